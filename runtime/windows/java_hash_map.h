// JavaHashMap<V>: a string-keyed map that iterates in the order java.util.concurrent.
// ConcurrentHashMap does. Siddhi's frequent, lossyFrequent and session windows walk such maps
// (keySet(), values()) to decide which events expire and in what order, so reproducing their
// output needs the same order: bins by spread(String.hashCode()) & (n - 1), insertion order
// inside a bin, a table of 16 bins doubling when the size reaches 3/4 of it, and
// ConcurrentHashMap.transfer's bin splitting (which reverses part of each bin). Tree bins
// (more than 8 colliding keys) are not modelled.
#ifndef TALON_RUNTIME_WINDOWS_JAVA_HASH_MAP_H_
#define TALON_RUNTIME_WINDOWS_JAVA_HASH_MAP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/functions/java_compat.h"

namespace talon::exec {

// String.hashCode() of the UTF-16 form of `utf8`.
inline int32_t JavaStringHash(std::string_view utf8) {
  uint32_t h = 0;
  if (IsAscii(utf8)) {
    for (unsigned char c : utf8) h = 31 * h + c;
  } else {
    for (char16_t c : ToUtf16(utf8)) h = 31 * h + static_cast<uint32_t>(c);
  }
  return static_cast<int32_t>(h);
}

template <typename V>
class JavaHashMap {
 public:
  JavaHashMap() : bins_(16) {}

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  V* Find(const std::string& key) {
    for (Node& n : bins_[Index(Spread(key))]) {
      if (n.key == key) return &n.value;
    }
    return nullptr;
  }

  // Inserts or replaces (a replaced key keeps its place). Returns true when the key is new.
  bool Put(const std::string& key, V value) {
    int32_t hash = Spread(key);
    std::vector<Node>& bin = bins_[Index(hash)];
    for (Node& n : bin) {
      if (n.key == key) {
        n.value = std::move(value);
        return false;
      }
    }
    bin.push_back(Node{hash, key, std::move(value)});
    if (++size_ >= bins_.size() - bins_.size() / 4) Grow();
    return true;
  }

  // Removes `key`; returns whether it was there (and its value through `removed`).
  bool Remove(const std::string& key, V* removed = nullptr) {
    std::vector<Node>& bin = bins_[Index(Spread(key))];
    for (size_t i = 0; i < bin.size(); ++i) {
      if (bin[i].key != key) continue;
      if (removed != nullptr) *removed = std::move(bin[i].value);
      bin.erase(bin.begin() + static_cast<std::ptrdiff_t>(i));
      --size_;
      return true;
    }
    return false;
  }

  // Keys in iteration order (ConcurrentHashMap.keySet()).
  std::vector<std::string> Keys() const {
    std::vector<std::string> keys;
    keys.reserve(size_);
    for (const std::vector<Node>& bin : bins_) {
      for (const Node& n : bin) keys.push_back(n.key);
    }
    return keys;
  }

  // Visits (key, value) in iteration order.
  template <typename F>
  void ForEach(F&& f) const {
    for (const std::vector<Node>& bin : bins_) {
      for (const Node& n : bin) f(n.key, n.value);
    }
  }
  template <typename F>
  void ForEach(F&& f) {
    for (std::vector<Node>& bin : bins_) {
      for (Node& n : bin) f(n.key, n.value);
    }
  }

 private:
  struct Node {
    int32_t hash;
    std::string key;
    V value;
  };

  static int32_t Spread(const std::string& key) {
    uint32_t h = static_cast<uint32_t>(JavaStringHash(key));
    return static_cast<int32_t>((h ^ (h >> 16)) & 0x7fffffffu);
  }
  size_t Index(int32_t hash) const { return static_cast<size_t>(hash) & (bins_.size() - 1); }

  // ConcurrentHashMap.transfer: each bin splits into a low and a high bin. The longest tail
  // whose nodes all go the same way moves as is; the nodes before it are prepended one by one.
  void Grow() {
    size_t n = bins_.size();
    std::vector<std::vector<Node>> next(2 * n);
    for (size_t i = 0; i < n; ++i) {
      std::vector<Node>& bin = bins_[i];
      if (bin.empty()) continue;
      size_t last_run = 0;
      size_t run_bit = static_cast<size_t>(bin[0].hash) & n;
      for (size_t k = 1; k < bin.size(); ++k) {
        size_t b = static_cast<size_t>(bin[k].hash) & n;
        if (b != run_bit) {
          run_bit = b;
          last_run = k;
        }
      }
      std::vector<Node> low, high;
      std::vector<Node>& tail = run_bit == 0 ? low : high;
      for (size_t k = last_run; k < bin.size(); ++k) tail.push_back(std::move(bin[k]));
      for (size_t k = 0; k < last_run; ++k) {
        std::vector<Node>& to = (static_cast<size_t>(bin[k].hash) & n) == 0 ? low : high;
        to.insert(to.begin(), std::move(bin[k]));
      }
      next[i] = std::move(low);
      next[i + n] = std::move(high);
    }
    bins_ = std::move(next);
  }

  std::vector<std::vector<Node>> bins_;
  size_t size_ = 0;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_JAVA_HASH_MAP_H_
