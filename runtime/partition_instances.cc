#include "runtime/partition_instances.h"

#include <algorithm>
#include <cstdint>

namespace talon::exec {

bool PartitionInstances::Touch(const std::string& key, Timestamp now) {
  bool added = keys_.Put(key, now);
  if (added) order_valid_ = false;
  return added;
}

const std::vector<std::string>& PartitionInstances::BroadcastOrder() const {
  if (!order_valid_) {
    broadcast_order_ = JavaHashSetOrder(keys_.Keys());
    order_valid_ = true;
  }
  return broadcast_order_;
}

std::vector<std::string> JavaHashSetOrder(const std::vector<std::string>& keys) {
  // HashSet(Collection c): new HashMap<>(Math.max((int) (c.size() / .75f) + 1, 16)), whose
  // table is the next power of two; the elements are then added in c's order, so no resize.
  size_t wanted = std::max<size_t>(static_cast<size_t>(static_cast<float>(keys.size()) / .75f) + 1, 16);
  size_t capacity = 1;
  while (capacity < wanted) capacity <<= 1;
  std::vector<std::pair<size_t, size_t>> slots;  // (bucket, position in `keys`)
  slots.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t h = static_cast<uint32_t>(JavaStringHash(keys[i]));
    slots.emplace_back(static_cast<size_t>(h ^ (h >> 16)) & (capacity - 1), i);
  }
  std::stable_sort(slots.begin(), slots.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> order;
  order.reserve(keys.size());
  for (const auto& [bucket, i] : slots) order.push_back(keys[i]);
  return order;
}

}  // namespace talon::exec
