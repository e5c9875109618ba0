#include "runtime/batch.h"

#include <algorithm>

#include "frontend/base/check.h"

namespace talon::exec {

Batch::Batch(const Schema& schema) {
  columns_.reserve(schema.size());
  for (const Attribute& a : schema.attributes()) columns_.emplace_back(a.type, a.pruned);
}

void Batch::Append(Timestamp ts, EventKind kind, const std::vector<Value>& values) {
  TALON_DCHECK(values.size() == columns_.size());
  timestamps_.push_back(ts);
  kinds_.push_back(kind);
  for (size_t c = 0; c < columns_.size(); ++c) columns_[c].Append(values[c]);
}

void Batch::AppendRow(const Batch& other, size_t i) {
  AppendRow(other, i, other.kinds_[i], other.timestamps_[i]);
}

void Batch::AppendRow(const Batch& other, size_t i, EventKind kind, Timestamp ts) {
  TALON_DCHECK(other.columns_.size() == columns_.size());
  timestamps_.push_back(ts);
  kinds_.push_back(kind);
  for (size_t c = 0; c < columns_.size(); ++c) columns_[c].AppendFrom(other.columns_[c], i);
}

void Batch::Slice(size_t begin, size_t end) {
  const auto b = static_cast<std::ptrdiff_t>(begin), e = static_cast<std::ptrdiff_t>(end);
  timestamps_.erase(timestamps_.begin() + e, timestamps_.end());
  timestamps_.erase(timestamps_.begin(), timestamps_.begin() + b);
  kinds_.erase(kinds_.begin() + e, kinds_.end());
  kinds_.erase(kinds_.begin(), kinds_.begin() + b);
  for (Column& c : columns_) c.Slice(begin, end);
}

void Batch::Reserve(size_t rows) {
  // Geometric, so that reserving before each of many appends stays linear.
  if (timestamps_.capacity() >= rows) return;
  rows = std::max(rows, 2 * timestamps_.capacity());
  timestamps_.reserve(rows);
  kinds_.reserve(rows);
  for (Column& c : columns_) c.Reserve(rows);
}

void Batch::AppendRange(const Batch& other, size_t begin, size_t end) {
  TALON_DCHECK(other.columns_.size() == columns_.size());
  Reserve(size() + (end - begin) + 1);
  timestamps_.insert(timestamps_.end(), other.timestamps_.begin() + begin,
                     other.timestamps_.begin() + end);
  kinds_.insert(kinds_.end(), other.kinds_.begin() + begin, other.kinds_.begin() + end);
  for (size_t c = 0; c < columns_.size(); ++c) {
    columns_[c].AppendRange(other.columns_[c], begin, end);
  }
}

void Batch::AppendRange(const Batch& other, size_t begin, size_t end, EventKind kind,
                        Timestamp ts) {
  TALON_DCHECK(other.columns_.size() == columns_.size());
  Reserve(size() + (end - begin) + 1);
  timestamps_.resize(timestamps_.size() + (end - begin), ts);
  kinds_.resize(kinds_.size() + (end - begin), kind);
  for (size_t c = 0; c < columns_.size(); ++c) {
    columns_[c].AppendRange(other.columns_[c], begin, end);
  }
}

void Batch::AppendGather(const Batch& other, const uint32_t* rows, size_t n) {
  TALON_DCHECK(other.columns_.size() == columns_.size());
  Reserve(size() + n + 1);
  for (size_t k = 0; k < n; ++k) {
    timestamps_.push_back(other.timestamps_[rows[k]]);
    kinds_.push_back(other.kinds_[rows[k]]);
  }
  for (size_t c = 0; c < columns_.size(); ++c) {
    columns_[c].AppendGather(other.columns_[c], rows, n);
  }
}

void Batch::AppendGather(const Batch& other, const uint32_t* rows, const EventKind* kinds,
                         const Timestamp* timestamps, size_t n) {
  TALON_DCHECK(other.columns_.size() == columns_.size());
  Reserve(size() + n + 1);
  timestamps_.insert(timestamps_.end(), timestamps, timestamps + n);
  kinds_.insert(kinds_.end(), kinds, kinds + n);
  for (size_t c = 0; c < columns_.size(); ++c) {
    columns_[c].AppendGather(other.columns_[c], rows, n);
  }
}

void Batch::AppendMasked(const Batch& other, const std::vector<uint8_t>& mask) {
  std::vector<uint32_t> rows;
  rows.reserve(other.size());
  for (size_t i = 0; i < other.size(); ++i) {
    if (mask[i]) rows.push_back(static_cast<uint32_t>(i));
  }
  AppendGather(other, rows.data(), rows.size());
}

void Batch::Filter(const std::vector<uint8_t>& mask) {
  if (std::all_of(mask.begin(), mask.begin() + static_cast<std::ptrdiff_t>(size()),
                  [](uint8_t keep) { return keep != 0; })) {
    return;
  }
  Batch kept;
  kept.columns_.reserve(columns_.size());
  for (const Column& c : columns_) kept.columns_.emplace_back(c.type(), c.pruned());
  kept.AppendMasked(*this, mask);
  *this = std::move(kept);
}

void Batch::Clear() {
  timestamps_.clear();
  kinds_.clear();
  for (Column& c : columns_) c.Clear();
}

std::vector<Value> Batch::Row(size_t i) const {
  std::vector<Value> row;
  row.reserve(columns_.size());
  for (const Column& c : columns_) row.push_back(c.Get(i));
  return row;
}

Event Batch::GetEvent(size_t i) const { return Event{timestamps_[i], Row(i), kinds_[i]}; }

}  // namespace talon::exec
