// BucketTable: one duration's finished buckets (Siddhi's aggregation tables A_SECONDS,
// A_MINUTES, ...). An executor adds a bucket's rows when it moves to the next bucket; reads scan
// the table of their `per` duration. Rows are keyed by AGG_TIMESTAMP, [AGG_EXTERNAL_TIMESTAMP]
// and the group-by attributes and iterate as Siddhi's IndexEventHolder does: by ascending
// AGG_TIMESTAMP when it is the whole key (a TreeMap), else in java.util.HashMap order over the
// key string ("v1:-:v2:-:...").
#ifndef TALON_RUNTIME_AGGREGATION_BUCKET_TABLE_H_
#define TALON_RUNTIME_AGGREGATION_BUCKET_TABLE_H_

#include <map>
#include <string>

#include "runtime/aggregation/aggregate_row.h"
#include "runtime/aggregation/java_util_hash_map.h"

namespace talon::exec {

class BucketTable {
 public:
  explicit BucketTable(const RowLayout* layout);

  size_t size() const { return numeric_key_ ? by_time_.size() : hashed_.size(); }

  // Adds `row`. A row whose key is already stored is dropped, as IndexEventHolder.add drops it
  // (a bucket is written once).
  void Add(AggregateRow row);

  // Visits the rows in Siddhi's iteration order.
  template <typename F>
  void ForEach(F&& f) const {
    if (numeric_key_) {
      for (const auto& [time, row] : by_time_) f(row);
    } else {
      hashed_.ForEach([&](const std::string&, const AggregateRow& row) { f(row); });
    }
  }

 private:
  const RowLayout* layout_;
  bool numeric_key_;
  JavaUtilHashMap<AggregateRow> hashed_;
  std::map<Timestamp, AggregateRow> by_time_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_BUCKET_TABLE_H_
