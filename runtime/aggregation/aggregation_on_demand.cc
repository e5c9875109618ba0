#include "runtime/aggregation/aggregation_on_demand.h"

#include "frontend/base/status_macros.h"

namespace talon::exec {

absl::StatusOr<std::vector<Event>> RunAggregationOnDemand(const AggregationOnDemandPlan& plan,
                                                          const EvalContext& ctx) {
  // An on-demand query has no event: its `within` and `per` are constants.
  TALON_ASSIGN_OR_RETURN(Batch rows, plan.reader->Find(Batch(), 0, ctx));
  if (plan.on != nullptr && !rows.empty()) {
    std::vector<uint8_t> mask;
    TALON_RETURN_IF_ERROR(plan.on->Filter(rows, ctx, mask));
    rows.Filter(mask);
  }
  std::vector<Event> result;
  if (rows.empty()) return result;
  ProcessContext process;
  process.now = ctx.now;
  process.eval = ctx;
  std::unique_ptr<OperatorState> state = plan.select->CreateState();
  TALON_RETURN_IF_ERROR(plan.select->Process(state.get(), rows, process));
  result.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows.kind(i) == EventKind::kCurrent) result.push_back(rows.GetEvent(i));
  }
  return result;
}

}  // namespace talon::exec
