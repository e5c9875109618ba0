#include "runtime/tables/in_table.h"

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/tables/match_scope.h"
#include "runtime/tables/store_set.h"

namespace talon::exec {

absl::Status EvalInTable(int table, size_t width, const InTableCondition& condition,
                         const Batch& in, const EvalContext& ctx, Column& out) {
  if (ctx.stores == nullptr || table < 0 || table >= static_cast<int>(ctx.stores->tables.size())) {
    return absl::FailedPreconditionError(
        absl::StrCat("'in' reads table #", table, ", but no such table is available here"));
  }
  const InMemoryTable& store = *ctx.stores->tables[table];
  const size_t n = in.size();
  if (out.type() != Type::kBool) out = Column(Type::kBool);
  out.Clear();
  out.Resize(n);
  Batch scope;
  Column result;
  for (size_t i = 0; i < n; ++i) {
    bool found = false;
    if (store.size() > 0) {
      BuildMatchScope(in, i, width, store.rows(), /*probe_first=*/true, scope);
      TALON_RETURN_IF_ERROR(condition(scope, ctx, result));
      for (size_t r = 0; r < result.size() && !found; ++r) {
        found = !result.IsNull(r) && result.ints()[r] != 0;
      }
    }
    out.nulls()[i] = 0;
    out.ints()[i] = found ? 1 : 0;
  }
  return absl::OkStatus();
}

}  // namespace talon::exec
