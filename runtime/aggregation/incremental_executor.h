// IncrementalExecutor: the running bucket of one duration of an incremental aggregation
// (Siddhi's IncrementalExecutor with its BaseIncrementalValueStore). The root executor (the
// shortest duration) receives the aggregation's input rows; every executor, when a row or timer
// reaches the next bucket, writes its finished bucket's groups to its table and passes them on
// to the executor of the next longer duration, followed by a timer at the new bucket's start.
// Owned by IncrementalAggregation; single-threaded like the rest of an app.
#ifndef TALON_RUNTIME_AGGREGATION_INCREMENTAL_EXECUTOR_H_
#define TALON_RUNTIME_AGGREGATION_INCREMENTAL_EXECUTOR_H_

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "runtime/aggregation/aggregate_row.h"
#include "runtime/aggregation/bucket_table.h"
#include "runtime/aggregation/java_util_hash_map.h"

namespace talon::exec {

class IncrementalExecutor {
 public:
  // `next` (may be null) receives this executor's finished buckets. A root executor asks for
  // timers through `wakeups` (Siddhi's Scheduler.notifyAt), which the aggregation fires.
  IncrementalExecutor(AggregationDuration duration, const RowLayout* layout,
                      IncrementalExecutor* next, std::set<Timestamp>* wakeups);

  AggregationDuration duration() const { return duration_; }
  const BucketTable& table() const { return table_; }

  // A row arrived; its AGG_TIMESTAMP (cells[0]) says which bucket it belongs to.
  void Process(const AggregateRow& row);
  // A timer at `time`: finishes the running bucket when `time` reached the next one.
  void OnTimer(Timestamp time);

  // The start of the bucket the latest row or timer fell in (getAggregationStartTimestamp);
  // -1 before the first.
  Timestamp bucket_start() const { return start_time_; }
  // The running bucket's groups as rows, with their group keys, in iteration order
  // (BaseIncrementalValueStore.getGroupedByEvents); empty when nothing arrived since the
  // bucket began.
  std::vector<std::pair<std::string, AggregateRow>> RunningRows() const;

 private:
  // Both kinds of arrival: `row` is null for a timer.
  void Step(Timestamp time, const AggregateRow* row);
  // Writes the running bucket to the table and the next executor, then starts a new bucket at
  // `new_start`.
  void Dispatch(Timestamp new_start);

  const AggregationDuration duration_;
  const RowLayout* layout_;
  IncrementalExecutor* next_;
  std::set<Timestamp>* wakeups_;  // root only
  BucketTable table_;

  Timestamp next_emit_ = -1;
  Timestamp start_time_ = -1;
  bool timer_started_ = false;
  // The running bucket: its start, whether a row arrived, and its groups.
  Timestamp bucket_timestamp_ = -1;
  bool processed_ = false;
  JavaUtilHashMap<GroupState> groups_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_INCREMENTAL_EXECUTOR_H_
