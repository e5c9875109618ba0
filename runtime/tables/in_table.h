// `x in T`: true when the condition x holds for the event paired with at least one row of table
// T (Siddhi's InConditionExpressionExecutor -> Table.containsEvent). The analyzer binds it as a
// call with the reserved id bound::kInTableFunction (see frontend/bound.h); the interpreter
// evaluates it through EvalInTable, reading the table from EvalContext::stores.
#ifndef TALON_RUNTIME_TABLES_IN_TABLE_H_
#define TALON_RUNTIME_TABLES_IN_TABLE_H_

#include <functional>

#include "absl/status/status.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {

// Evaluates a bool condition over a batch whose columns are [scope ++ table columns].
using InTableCondition =
    std::function<absl::Status(const Batch& scope, const EvalContext& ctx, Column& out)>;

// Sets `out` (bool) for every row of `in`: whether `condition` holds for the row's first
// `width` columns beside some row of table `table`. FailedPrecondition when the context carries
// no stores (an expression evaluated outside an app).
absl::Status EvalInTable(int table, size_t width, const InTableCondition& condition,
                         const Batch& in, const EvalContext& ctx, Column& out);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TABLES_IN_TABLE_H_
