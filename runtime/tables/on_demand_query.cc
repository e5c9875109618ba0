#include "runtime/tables/on_demand_query.h"

#include "frontend/base/status_macros.h"

namespace talon::exec {

absl::StatusOr<std::vector<Event>> RunOnDemand(const OnDemandPlan& plan, const StoreSet& stores,
                                               Timestamp now) {
  ProcessContext ctx;
  ctx.now = now;
  ctx.eval.now = now;
  ctx.eval.stores = &stores;

  Batch rows;
  if (plan.table != nullptr) {
    plan.table->Scan(rows);
  } else if (plan.window != nullptr) {
    plan.window->Contents(rows);
  } else {
    // No `from`: one event without attributes for the selector to compute its values over.
    rows.timestamps().push_back(now);
    rows.kinds().push_back(EventKind::kCurrent);
  }
  // Stored events are current events to the selector, whatever the store kept them as.
  for (size_t i = 0; i < rows.size(); ++i) rows.set_kind(i, EventKind::kCurrent);
  if (plan.on != nullptr && !rows.empty()) {
    std::vector<uint8_t> mask;
    TALON_RETURN_IF_ERROR(plan.on->Filter(rows, ctx.eval, mask));
    rows.Filter(mask);
  }

  Batch selected;
  if (!rows.empty()) {
    std::unique_ptr<OperatorState> state = plan.select->CreateState();
    selected = std::move(rows);
    TALON_RETURN_IF_ERROR(plan.select->Process(state.get(), selected, ctx));
  }

  std::vector<Event> result;
  if (plan.operation != nullptr) {
    if (!selected.empty()) TALON_RETURN_IF_ERROR(plan.operation->Apply(selected, ctx.eval));
    return result;
  }
  result.reserve(selected.size());
  for (size_t i = 0; i < selected.size(); ++i) {
    if (selected.kind(i) == EventKind::kCurrent) result.push_back(selected.GetEvent(i));
  }
  return result;
}

}  // namespace talon::exec
