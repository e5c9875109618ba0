// MatchScope: the batch a condition that pairs one event with many stored events is evaluated
// over: join `on` conditions (left ++ right), table operation `on`/`set` expressions
// (query output ++ table) and `x in T` conditions (scope ++ table). Siddhi evaluates such a
// condition once per (event, stored event) pair through a StateEvent; Talon lays the pairs of
// one event out as a batch so the condition runs as one vectorized kernel call.
#ifndef TALON_RUNTIME_TABLES_MATCH_SCOPE_H_
#define TALON_RUNTIME_TABLES_MATCH_SCOPE_H_

#include <cstdint>
#include <vector>

#include "absl/status/status.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {

// Fills `out` with one row per row of `stored`: the first `width` columns of row `row` of
// `probe` (repeated) and the columns of `stored`, the probe's first when `probe_first`, else
// after the stored columns. Timestamps and kinds are the probe row's.
void BuildMatchScope(const Batch& probe, size_t row, size_t width, const Batch& stored,
                     bool probe_first, Batch& out);

// Sets mask[i] when `condition` (null: always true) holds for row `row` of `probe` paired with
// row i of `stored`. `scratch` is reused between calls.
absl::Status MatchRows(const PredicateKernel* condition, const Batch& probe, size_t row,
                       size_t width, const Batch& stored, bool probe_first, const EvalContext& ctx,
                       Batch& scratch, std::vector<uint8_t>& mask);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TABLES_MATCH_SCOPE_H_
