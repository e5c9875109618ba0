#include "runtime/tables/in_memory_table.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "runtime/windows/java_hash_map.h"

namespace talon::exec {
namespace {

// Double.compare: -0.0 before 0.0, NaN after everything.
int CompareJavaDouble(double a, double b) {
  if (a < b) return -1;
  if (a > b) return 1;
  bool na = std::isnan(a), nb = std::isnan(b);
  if (na || nb) return na == nb ? 0 : (na ? 1 : -1);
  bool sa = std::signbit(a), sb = std::signbit(b);
  return sa == sb ? 0 : (sa ? -1 : 1);
}

// HashMap.hash(): the high half folded into the low half.
uint32_t Spread(int32_t h) {
  uint32_t u = static_cast<uint32_t>(h);
  return u ^ (u >> 16);
}

}  // namespace

InMemoryTable::InMemoryTable(std::string name, Schema schema, std::vector<int> primary_key)
    : name_(std::move(name)),
      schema_(std::move(schema)),
      primary_key_(std::move(primary_key)),
      rows_(schema_) {}

bool InMemoryTable::NumericKey() const {
  return primary_key_.size() == 1 && IsNumeric(schema_.at(primary_key_[0]).type);
}

std::string InMemoryTable::KeyOf(const Batch& batch, size_t row) const {
  std::string key;
  for (int c : primary_key_) {
    const Column& column = batch.column(c);
    // A tag keeps NULL apart from the string "null".
    if (column.IsNull(row)) {
      key += "\x01";
    } else {
      absl::StrAppend(&key, "\x02", column.Get(row).ToString());
    }
    key += "\x1f";
  }
  return key;
}

std::string InMemoryTable::KeyOf(size_t position) const { return KeyOf(rows_, position); }

bool InMemoryTable::KeyTaken(const std::string& key, size_t except) const {
  auto it = keys_.find(key);
  return it != keys_.end() && it->second != except;
}

void InMemoryTable::RebuildKeys() {
  keys_.clear();
  if (primary_key_.empty()) return;
  for (size_t i = 0; i < rows_.size(); ++i) keys_[KeyOf(i)] = i;
  order_valid_ = false;
}

absl::Status InMemoryTable::Insert(const Batch& events, size_t row) {
  if (!primary_key_.empty()) {
    std::string key = KeyOf(events, row);
    if (keys_.contains(key)) {
      std::string shown;
      for (size_t k = 0; k < primary_key_.size(); ++k) {
        if (k > 0) shown += ":-:";
        shown += events.column(primary_key_[k]).Get(row).ToString();
      }
      return absl::InvalidArgumentError(
          absl::StrCat("table '", name_, "' dropped an event: an event with primary key '", shown,
                       "' is already stored"));
    }
    keys_.emplace(std::move(key), rows_.size());
    // HashMap.putVal: resize once the size passes 3/4 of the capacity.
    while (keys_.size() > hash_capacity_ / 4 * 3) hash_capacity_ *= 2;
  }
  rows_.AppendRow(events, row, EventKind::kCurrent, events.timestamp(row));
  order_valid_ = false;
  return absl::OkStatus();
}

void InMemoryTable::Delete(const std::vector<uint8_t>& mask) {
  bool any = false;
  for (size_t i = 0; i < rows_.size(); ++i) any |= mask[i] != 0;
  if (!any) return;
  std::vector<uint8_t> keep(rows_.size());
  for (size_t i = 0; i < rows_.size(); ++i) keep[i] = mask[i] == 0;
  rows_.Filter(keep);
  RebuildKeys();
  order_valid_ = false;
}

void InMemoryTable::Set(size_t position, size_t column, const Column& value, size_t row) {
  Column& target = rows_.column(column);
  if (value.type() != target.type() || value.foreign(row) != nullptr || target.has_foreign()) {
    // A value of another type (Siddhi stores the set expression's own object) or a slot with
    // a foreign value: through Value, which keeps or clears the foreign value.
    target.Set(position, value.Get(row));
    order_valid_ = false;
    return;
  }
  if (value.IsNull(row)) {
    target.SetNull(position);
  } else if (target.physical() == value.physical() && target.type() != Type::kObject) {
    // Same storage: copy the cell without boxing.
    switch (target.physical()) {
      case PhysicalType::kInt64: target.ints()[position] = value.ints()[row]; break;
      case PhysicalType::kDouble: target.doubles()[position] = value.doubles()[row]; break;
      case PhysicalType::kString: target.strings()[position] = value.strings()[row]; break;
      case PhysicalType::kObject: break;
    }
    target.nulls()[position] = 0;
  } else {
    target.Set(position, value.Get(row));
  }
  order_valid_ = false;
}

void InMemoryTable::MoveToEnd(const std::vector<size_t>& positions) {
  std::vector<uint8_t> moving(rows_.size(), 0);
  for (size_t p : positions) moving[p] = 1;
  Batch moved(schema_);
  for (size_t i = 0; i < rows_.size(); ++i) {
    if (!moving[i]) moved.AppendRow(rows_, i);
  }
  for (size_t p : positions) moved.AppendRow(rows_, p);
  rows_ = std::move(moved);
  RebuildKeys();
}

int32_t InMemoryTable::JavaKeyHash(size_t position) const {
  if (primary_key_.size() == 1) {
    const Column& column = rows_.column(primary_key_[0]);
    if (column.IsNull(position)) return 0;  // HashMap.hash(null)
    switch (column.type()) {
      case Type::kBool: return column.ints()[position] != 0 ? 1231 : 1237;  // Boolean.hashCode
      case Type::kString: return JavaStringHash(column.strings()[position]);
      default: return JavaStringHash(column.Get(position).ToString());
    }
  }
  // IndexEventHolder.constructPrimaryKey: a StringBuilder of each value and the delimiter.
  std::string key;
  for (int c : primary_key_) absl::StrAppend(&key, rows_.column(c).Get(position).ToString(), ":-:");
  return JavaStringHash(key);
}

void InMemoryTable::ComputeOrder() const {
  order_.resize(rows_.size());
  for (size_t i = 0; i < rows_.size(); ++i) order_[i] = i;
  if (primary_key_.empty()) return;
  if (NumericKey()) {
    // TreeMap over the key: ascending. Keys are unique, so the order is total.
    const Column& key = rows_.column(primary_key_[0]);
    bool integral = key.physical() == PhysicalType::kInt64;
    std::stable_sort(order_.begin(), order_.end(), [&](size_t a, size_t b) {
      bool na = key.IsNull(a), nb = key.IsNull(b);
      if (na || nb) return na && !nb;
      if (integral) return key.ints()[a] < key.ints()[b];
      return CompareJavaDouble(key.doubles()[a], key.doubles()[b]) < 0;
    });
    return;
  }
  std::vector<uint32_t> bins(rows_.size());
  for (size_t i = 0; i < rows_.size(); ++i) {
    bins[i] = Spread(JavaKeyHash(i)) & static_cast<uint32_t>(hash_capacity_ - 1);
  }
  // Within a bin, nodes keep insertion order (HashMap.resize splits bins order-preserving).
  std::stable_sort(order_.begin(), order_.end(),
                   [&](size_t a, size_t b) { return bins[a] < bins[b]; });
}

const std::vector<size_t>& InMemoryTable::Order() const {
  if (!order_valid_ || order_.size() != rows_.size()) {
    ComputeOrder();
    order_valid_ = true;
  }
  return order_;
}

void InMemoryTable::Scan(Batch& out) const {
  if (out.column_count() == 0) out = Batch(schema_);
  for (size_t position : Order()) out.AppendRow(rows_, position);
}

}  // namespace talon::exec
