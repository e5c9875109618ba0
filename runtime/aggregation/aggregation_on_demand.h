// On-demand queries that read an aggregation: `from A [on cond] within ... per ... select ...`
// (Siddhi's on-demand find over an AggregationRuntime). AppRuntimeImpl::Query compiles the
// text, runtime/builder.cc builds the plan, RunAggregationOnDemand runs it once.
#ifndef TALON_RUNTIME_AGGREGATION_AGGREGATION_ON_DEMAND_H_
#define TALON_RUNTIME_AGGREGATION_AGGREGATION_ON_DEMAND_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "runtime/aggregation/aggregation_reader.h"
#include "runtime/event.h"
#include "runtime/expr/kernel.h"
#include "runtime/operator.h"

namespace talon::exec {

struct AggregationOnDemandPlan {
  std::unique_ptr<AggregationReader> reader;  // the buckets `within ... per ...` names
  std::unique_ptr<PredicateKernel> on;        // over the aggregation's schema; null: every row
  std::unique_ptr<Operator> select;           // the select step over the rows read
};

// Runs `plan` at clock `now`: the rows the reader finds, narrowed by `on`, through the select
// step as one chunk, in the order the aggregation returns them. Errors: a bad `within`/`per`
// or a duration the aggregation does not keep (InvalidArgument), a function refusing its input.
absl::StatusOr<std::vector<Event>> RunAggregationOnDemand(const AggregationOnDemandPlan& plan,
                                                          const EvalContext& ctx);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_AGGREGATION_ON_DEMAND_H_
