// PartitionInstances: the keys of one `partition with (...) begin ... end`, shared by all its
// queries. Siddhi creates a partition instance when a key's first event arrives and creates it
// in every query of the partition at once (PartitionRuntime.initPartition), so a query that
// reads a stream the partition does not key reaches every instance that exists, whichever query
// made it, and periodic operators of every query start counting at that moment.
#ifndef TALON_RUNTIME_PARTITION_INSTANCES_H_
#define TALON_RUNTIME_PARTITION_INSTANCES_H_

#include <string>
#include <vector>

#include "runtime/event.h"
#include "runtime/windows/java_hash_map.h"

namespace talon::exec {

class PartitionInstances {
 public:
  // Records that `key` saw an event at `now`. Returns true when the key is new.
  bool Touch(const std::string& key, Timestamp now);
  size_t size() const { return keys_.size(); }

  // The keys in the order Siddhi's PartitionStreamReceiver visits them for an event of a stream
  // the partition does not key: new HashSet<>(ConcurrentHashMap.keySet()).
  const std::vector<std::string>& BroadcastOrder() const;

 private:
  JavaHashMap<Timestamp> keys_;  // key -> last event time, as PartitionRuntime keeps them
  mutable std::vector<std::string> broadcast_order_;
  mutable bool order_valid_ = true;
};

// The iteration order of a java.util.HashSet<String> built from `keys` (inserted in that
// order): buckets by the spread hash over the set's table, insertion order within a bucket.
std::vector<std::string> JavaHashSetOrder(const std::vector<std::string>& keys);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_PARTITION_INSTANCES_H_
