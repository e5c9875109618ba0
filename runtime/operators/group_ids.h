// GroupIds: numbers the distinct group-by keys of a select step 0, 1, 2, ... in order of first
// appearance, so that aggregate state can live in arrays indexed by group (aggregator.h's
// GroupedAggregatorState) and per-chunk bookkeeping needs no second hash lookup.
//
// Keys are equal when Siddhi's would be: it joins String.valueOf of each key value, and Java's
// shortest round-trip double printing is exact, so two doubles are one key only when equal
// (0.0 and -0.0 apart, every NaN one key). One string or integral key column (`group by user`)
// is hashed on its raw values; several columns, doubles and objects go through an encoding.
// A string of at most 7 bytes (stock symbols, country codes, short user names) is packed with
// its length into one 64-bit word and looked up as an integer, as DuckDB's string_t and Velox's
// StringView inline short strings: no string hash, no byte-wise compare.
#ifndef TALON_RUNTIME_OPERATORS_GROUP_IDS_H_
#define TALON_RUNTIME_OPERATORS_GROUP_IDS_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/strings/string_view.h"
#include "runtime/vector.h"

namespace talon::exec {

class GroupIds {
 public:
  // Sets ids[j] (resized to `rows`) to the group of row j of the key columns, one column per
  // group-by expression. With no key column every row is group 0.
  void Assign(const std::vector<const Column*>& keys, size_t rows, std::vector<uint32_t>& ids);

  size_t size() const { return encoded_keys_.size(); }
  // An encoding of group g's key values: equal exactly for equal keys (what an output rate
  // limiter after the select step groups by).
  const std::string& key(uint32_t g) const { return encoded_keys_[g]; }
  // Keep each group's key value (one key column), for KeyValues; off by default.
  void set_keeps_key_values(bool keep) { keeps_key_values_ = keep; }
  // With one key column and key values kept: out = the key value of each group in `groups`
  // (kNullRow: NULL), in order. A group's value is that of the row that created it; equal keys
  // are equal values for string and integral keys, and the NULL key's value is NULL.
  void KeyValues(const std::vector<uint32_t>& groups, Column& out) const;
  // Approximate bytes held.
  size_t bytes() const;

 private:
  // `key`, `row`: with one key column, the row whose value the group keeps (KeyValues).
  uint32_t AddGroup(std::string encoded, const Column* key = nullptr, size_t row = 0);

  // String keys hash and compare through std::string_view; equality compares short keys
  // (group keys mostly are) inline instead of calling memcmp.
  struct KeyHash {
    using is_transparent = void;
    // absl::string_view: this Abseil's own string hash (std::string_view would fall back to
    // std::hash).
    size_t operator()(std::string_view s) const {
      return absl::Hash<absl::string_view>()(absl::string_view(s.data(), s.size()));
    }
  };
  struct KeyEq {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const {
      if (a.size() != b.size()) return false;
      if (a.size() > 16) return a == b;
      for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) return false;
      }
      return true;
    }
  };
  absl::flat_hash_map<std::string, uint32_t, KeyHash, KeyEq> by_string_;  // one string key column
  absl::flat_hash_map<uint64_t, uint32_t> by_short_string_;  // ... those of <= 7 bytes, packed
  absl::flat_hash_map<int64_t, uint32_t> by_int_;          // one int64 key column
  absl::flat_hash_map<std::string, uint32_t> by_encoding_;  // anything else
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t null_group_ = kNone;  // the NULL key of a single-column fast path
  std::vector<std::string> encoded_keys_;
  bool keeps_key_values_ = false;
  Column key_values_;  // one key column, when kept: each group's key value
};

// Appends the encoding of row i of `column` to `key`: type-tagged, so that 1 (int) and "1"
// (string) stay apart and no value's encoding is a prefix of another's.
void AppendGroupKey(std::string& key, const Column& column, size_t i);

// The longest string PackShortString takes.
inline constexpr size_t kMaxPackedString = 7;

// A string of at most kMaxPackedString bytes as one word: byte i of the string is byte i of the
// word (counting from the least significant), the length is the top byte. Distinct strings give
// distinct words. Reads only the string's own bytes, in at most three loads.
inline uint64_t PackShortString(const char* p, size_t n) {
  static_assert(std::endian::native == std::endian::little, "the overlapping loads assume it");
  uint64_t bytes = 0;
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);  // overlaps lo for n < 8: the same bytes land in one place
    bytes = uint64_t{lo} | (uint64_t{hi} << (8 * (n - 4)));
  } else if (n > 0) {
    const auto b = [p](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    bytes = b(0) | (b(n / 2) << (8 * (n / 2))) | (b(n - 1) << (8 * (n - 1)));
  }
  return bytes | (uint64_t{n} << 56);
}

// PackShortString for a std::string of at most kMaxPackedString bytes, without a branch on its
// length when the string's storage (capacity() + 1 bytes, its terminator's included) holds a
// whole word: one load, the bytes past the end masked off. Standard libraries keep at least 15
// bytes inline, so that is every short string there.
inline uint64_t PackShortString(const std::string& s) {
  const size_t n = s.size();
  if (s.capacity() + 1 < sizeof(uint64_t)) return PackShortString(s.data(), n);
  uint64_t word;
  std::memcpy(&word, s.data(), sizeof word);
  const uint64_t mask = n == 0 ? 0 : ~uint64_t{0} >> (8 * (sizeof(uint64_t) - n));
  return (word & mask) | (uint64_t{n} << 56);
}

}  // namespace talon::exec

#endif  // TALON_RUNTIME_OPERATORS_GROUP_IDS_H_
