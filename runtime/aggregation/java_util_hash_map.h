// JavaUtilHashMap<V>: a string-keyed map that iterates in java.util.HashMap's order. Siddhi's
// incremental aggregation keeps each bucket's groups, and merges buckets on read, in HashMaps
// keyed by group-key strings; the rows a read returns come out in their iteration order, so
// reproducing Siddhi's output needs it: bins by (h ^ h >>> 16) & (capacity - 1) with
// h = String.hashCode(), insertion order inside a bin (HashMap.resize splits bins keeping it),
// 16 bins doubling once the size passes 3/4 of them. Tree bins (8+ colliding keys) are not
// modelled. (runtime/windows/java_hash_map.h models ConcurrentHashMap, which orders bins
// differently after a resize.)
#ifndef TALON_RUNTIME_AGGREGATION_JAVA_UTIL_HASH_MAP_H_
#define TALON_RUNTIME_AGGREGATION_JAVA_UTIL_HASH_MAP_H_

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "runtime/windows/java_hash_map.h"

namespace talon::exec {

template <typename V>
class JavaUtilHashMap {
 public:
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  V* Find(const std::string& key) {
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : &entries_[it->second].value;
  }

  // The value of `key`, inserted default-constructed when absent (HashMap.computeIfAbsent).
  V& FindOrInsert(const std::string& key) {
    auto [it, inserted] = index_.emplace(key, entries_.size());
    if (inserted) {
      uint32_t h = static_cast<uint32_t>(JavaStringHash(key));
      entries_.push_back(Entry{key, h ^ (h >> 16), V()});
      while (entries_.size() > capacity_ / 4 * 3) capacity_ *= 2;
    }
    return entries_[it->second].value;
  }

  // A fresh map: HashMap.clear() keeps the table, but Siddhi drops the map and makes a new one.
  void Clear() {
    entries_.clear();
    index_.clear();
    capacity_ = 16;
  }

  // Visits (key, value) in iteration order.
  template <typename F>
  void ForEach(F&& f) const {
    for (size_t i : Order()) f(entries_[i].key, entries_[i].value);
  }
  template <typename F>
  void ForEach(F&& f) {
    for (size_t i : Order()) f(entries_[i].key, entries_[i].value);
  }

 private:
  struct Entry {
    std::string key;
    uint32_t hash;
    V value;
  };

  std::vector<size_t> Order() const {
    std::vector<size_t> order(entries_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    const uint32_t mask = static_cast<uint32_t>(capacity_ - 1);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return (entries_[a].hash & mask) < (entries_[b].hash & mask);
    });
    return order;
  }

  std::deque<Entry> entries_;  // insertion order; a deque keeps references stable
  absl::flat_hash_map<std::string, size_t> index_;
  size_t capacity_ = 16;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_JAVA_UTIL_HASH_MAP_H_
