#include "runtime/operators/group_ids.h"

#include <cmath>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace talon::exec {

void AppendGroupKey(std::string& key, const Column& column, size_t i) {
  if (column.IsNull(i)) {
    key += "\x01N";
    return;
  }
  key += '\x01';
  switch (column.physical()) {
    case PhysicalType::kInt64: absl::StrAppend(&key, "i", column.ints()[i]); break;
    case PhysicalType::kDouble: {
      double d = column.doubles()[i];
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      if (std::isnan(d)) bits = 0x7ff8000000000000ull;  // Double.toString: every NaN is "NaN"
      absl::StrAppend(&key, "d", bits);
      break;
    }
    case PhysicalType::kString: {
      // Length-prefixed: a string holding the separator cannot fake a second key value.
      const std::string& s = column.strings()[i];
      absl::StrAppend(&key, "s", s.size(), ":", s);
      break;
    }
    case PhysicalType::kObject: {
      Value v = column.Get(i);
      std::string text = v.ToString();
      absl::StrAppend(&key, "o", static_cast<int>(v.type()), ":", text.size(), ":", text);
      break;
    }
  }
}

uint32_t GroupIds::AddGroup(std::string encoded, const Column* key, size_t row) {
  if (keeps_key_values_ && key != nullptr) {
    if (key_values_.size() == 0 && key_values_.type() != key->type()) {
      key_values_ = Column(key->type());
    }
    key_values_.AppendFrom(*key, row);
  }
  encoded_keys_.push_back(std::move(encoded));
  return static_cast<uint32_t>(encoded_keys_.size() - 1);
}

void GroupIds::Assign(const std::vector<const Column*>& keys, size_t rows,
                      std::vector<uint32_t>& ids) {
  ids.resize(rows);
  if (keys.empty()) {
    if (encoded_keys_.empty()) AddGroup("");
    std::fill(ids.begin(), ids.end(), 0);
    return;
  }
  auto null_group = [&](const Column& c, size_t j) {
    if (null_group_ == kNone) {
      std::string encoded;
      AppendGroupKey(encoded, c, j);
      null_group_ = AddGroup(std::move(encoded), &c, j);
    }
    return null_group_;
  };
  if (keys.size() == 1 && keys[0]->physical() == PhysicalType::kString) {
    const Column& c = *keys[0];
    const std::string* values = c.strings();
    const uint8_t* nulls = c.nulls();
    for (size_t j = 0; j < rows; ++j) {
      if (nulls[j]) {
        ids[j] = null_group(c, j);
        continue;
      }
      const std::string& value = values[j];
      if (value.size() <= kMaxPackedString) {
        const uint64_t packed = PackShortString(value);
        auto it = by_short_string_.find(packed);
        if (it == by_short_string_.end()) {
          std::string encoded;
          AppendGroupKey(encoded, c, j);
          it = by_short_string_.emplace(packed, AddGroup(std::move(encoded), &c, j)).first;
        }
        ids[j] = it->second;
        continue;
      }
      auto it = by_string_.find(value);
      if (it == by_string_.end()) {
        std::string encoded;
        AppendGroupKey(encoded, c, j);
        it = by_string_.emplace(values[j], AddGroup(std::move(encoded), &c, j)).first;
      }
      ids[j] = it->second;
    }
    return;
  }
  if (keys.size() == 1 && keys[0]->physical() == PhysicalType::kInt64) {
    const Column& c = *keys[0];
    const int64_t* values = c.ints();
    const uint8_t* nulls = c.nulls();
    for (size_t j = 0; j < rows; ++j) {
      if (nulls[j]) {
        ids[j] = null_group(c, j);
        continue;
      }
      auto it = by_int_.find(values[j]);
      if (it == by_int_.end()) {
        std::string encoded;
        AppendGroupKey(encoded, c, j);
        it = by_int_.emplace(values[j], AddGroup(std::move(encoded), &c, j)).first;
      }
      ids[j] = it->second;
    }
    return;
  }
  std::string encoded;
  for (size_t j = 0; j < rows; ++j) {
    encoded.clear();
    for (const Column* c : keys) AppendGroupKey(encoded, *c, j);
    auto it = by_encoding_.find(encoded);
    if (it == by_encoding_.end()) it = by_encoding_.emplace(encoded, AddGroup(encoded)).first;
    ids[j] = it->second;
  }
}

void GroupIds::KeyValues(const std::vector<uint32_t>& groups, Column& out) const {
  out = Column(key_values_.type());
  out.AppendGather(key_values_, groups.data(), groups.size());
}

size_t GroupIds::bytes() const {
  size_t total = encoded_keys_.capacity() * sizeof(std::string);
  for (const std::string& k : encoded_keys_) total += k.capacity() > 15 ? k.capacity() : 0;
  // A flat_hash_map slot holds the key and the id, plus a control byte.
  total += by_string_.capacity() * (sizeof(std::string) + sizeof(uint32_t) + 1);
  total += by_short_string_.capacity() * (sizeof(uint64_t) + sizeof(uint32_t) + 1);
  total += by_int_.capacity() * (sizeof(int64_t) + sizeof(uint32_t) + 1);
  total += by_encoding_.capacity() * (sizeof(std::string) + sizeof(uint32_t) + 1);
  return total;
}

}  // namespace talon::exec
