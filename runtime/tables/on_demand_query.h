// On-demand (store) queries, Siddhi's OnDemandQueryRuntime: `from T on cond select ...` reads a
// table or named window; `select ... insert into T`, `delete T on ...`, `update T set ... on
// ...` and `update or insert into T ...` change a table. AppRuntime::Query compiles the text,
// runtime/builder.cc builds an OnDemandPlan, RunOnDemand executes it once.
#ifndef TALON_RUNTIME_TABLES_ON_DEMAND_QUERY_H_
#define TALON_RUNTIME_TABLES_ON_DEMAND_QUERY_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "runtime/event.h"
#include "runtime/expr/kernel.h"
#include "runtime/operator.h"
#include "runtime/tables/store_set.h"
#include "runtime/tables/table_operation.h"

namespace talon::exec {

struct OnDemandPlan {
  // The store read by `from`; both null when the query has none (it then selects once, from
  // no attributes, as Siddhi evaluates `select 10 as id ... insert into T`).
  const InMemoryTable* table = nullptr;
  const NamedWindow* window = nullptr;
  std::unique_ptr<PredicateKernel> on;        // over the store's schema; null: every row
  std::unique_ptr<Operator> select;           // the select step over the rows read
  std::unique_ptr<TableOperation> operation;  // null for a plain find
};

// Runs `plan` at clock `now`. A find returns the selected events, in the store's iteration
// order as the select step leaves them (one chunk, so aggregates and group by see every row
// at once); a table operation returns no events. Errors: a function refusing its input, or a
// primary key refusing a row (InvalidArgument).
absl::StatusOr<std::vector<Event>> RunOnDemand(const OnDemandPlan& plan, const StoreSet& stores,
                                               Timestamp now);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TABLES_ON_DEMAND_QUERY_H_
