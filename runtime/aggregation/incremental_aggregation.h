// IncrementalAggregation: the running form of `define aggregation A from S select ...
// group by ... aggregate [by ts] every sec ... year` (Siddhi's AggregationRuntime). S's junction
// hands it every chunk (before the queries reading S, as Siddhi defines aggregations first); one
// IncrementalExecutor per duration keeps the running bucket and a table of finished ones. Joins
// and on-demand queries read it through AggregationReader (`within ... per ...`).
//
// Buckets follow event time: the `aggregate by` attribute when given, else each event's
// timestamp. (Siddhi buckets by its processing clock and keys by the `aggregate by` time's
// bucket; the rows a read returns are the same, and following the aggregation's own times is
// what reproduces the order Siddhi returns them in, which the conformance cases record.)
// Owned by the app (AppRuntimeImpl); single-threaded like the rest of an app.
#ifndef TALON_RUNTIME_AGGREGATION_INCREMENTAL_AGGREGATION_H_
#define TALON_RUNTIME_AGGREGATION_INCREMENTAL_AGGREGATION_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/bound.h"
#include "runtime/aggregation/aggregate_row.h"
#include "runtime/aggregation/incremental_executor.h"
#include "runtime/aggregation/within_clause.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {

class IncrementalAggregation {
 public:
  // Builds the aggregation `def`, its expressions compiled by `kernels`. Unimplemented for an
  // input with stream functions.
  static absl::StatusOr<std::unique_ptr<IncrementalAggregation>> Create(
      const bound::Aggregation& def, KernelFactory& kernels);

  const std::string& name() const { return name_; }
  // What reads return: AGG_TIMESTAMP, then the aggregation's outputs.
  const Schema& schema() const { return layout_.output_schema(); }
  bool HasDuration(AggregationDuration duration) const;

  // A chunk of the input stream (its schema). Events that pass the input's filters join their
  // buckets. A string `aggregate by` time that does not parse refuses the whole chunk with
  // InvalidArgument (IncrementalAggregationProcessor drops it), the buckets unchanged.
  absl::Status Receive(const Batch& chunk, const EvalContext& ctx);
  // The clock reached `now`: the root's due timers finish buckets.
  void OnTime(Timestamp now);

  // The buckets of duration `per` whose time (the `aggregate by` time's bucket, else the
  // bucket start) lies in `range`, finished and running ones merged as Siddhi's
  // IncrementalAggregateCompileCondition.find merges them, in the order it returns them.
  // InvalidArgument when the aggregation does not keep `per`.
  absl::StatusOr<Batch> Find(const WithinRange& range, AggregationDuration per) const;

  std::string Describe() const;

 private:
  explicit IncrementalAggregation(const bound::Aggregation& def);

  // The start of the oldest running bucket at or below `per`, -1 when none has begun
  // (getOldestInMemoryEventTimestamp).
  Timestamp OldestRunningBucket(AggregationDuration per) const;

  std::string name_;
  RowLayout layout_;
  std::vector<AggregationDuration> durations_;
  std::vector<std::unique_ptr<PredicateKernel>> filters_;        // over the input stream
  std::unique_ptr<ExprKernel> timestamp_;                        // `aggregate by`; null: event time
  std::vector<std::unique_ptr<ExprKernel>> latest_;              // by output index; null elsewhere
  std::set<Timestamp> wakeups_;                                  // the root's timers
  std::vector<std::unique_ptr<IncrementalExecutor>> executors_;  // by durations_ index
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_INCREMENTAL_AGGREGATION_H_
