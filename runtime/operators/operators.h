// Factories for the built-in operators; builder.cc is their only caller.
#ifndef TALON_RUNTIME_OPERATORS_OPERATORS_H_
#define TALON_RUNTIME_OPERATORS_OPERATORS_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/bound.h"
#include "runtime/aggregators/aggregator.h"
#include "runtime/functions/stream_function.h"
#include "runtime/operator.h"
#include "runtime/operators/group_ids.h"
#include "runtime/windows/window.h"

namespace talon::exec {

std::unique_ptr<Operator> MakeFilterOperator(std::unique_ptr<PredicateKernel> predicate);

// `output` is the scope after the function: input columns ++ appended columns.
std::unique_ptr<Operator> MakeStreamFunctionOperator(std::unique_ptr<StreamFunction> function,
                                                     std::vector<std::unique_ptr<ExprKernel>> args,
                                                     Schema output, std::string name);

std::unique_ptr<Operator> MakeWindowOperator(std::unique_ptr<Window> window,
                                             std::string description);
// A window that numbers the groups of the select step after it (SelectSpec::carried_key): it
// numbers each arriving event's group by input column `key` and hands the window the event
// without that attribute (pruned in the window's schema, whose last attribute is the number).
std::unique_ptr<Operator> MakeNumberingWindowOperator(std::unique_ptr<Window> window,
                                                      std::string description, int key,
                                                      Schema window_schema);

// Everything the select step needs, prepared by the builder. The select step is Siddhi's
// QuerySelector: aggregates, projections, having, order by, offset and limit, applied chunk by
// chunk (a window's chunks are separated by kTimer rows, see windows/window.h).
struct SelectSpec {
  std::vector<std::unique_ptr<ExprKernel>> projections;  // over input ++ aggregate columns
  std::vector<std::unique_ptr<Aggregator>> aggregators;
  std::vector<std::vector<std::unique_ptr<ExprKernel>>> aggregator_args;  // over input scope
  std::vector<Type> aggregate_types;
  std::vector<std::unique_ptr<ExprKernel>> group_by;  // over input scope
  // The input column a group-by key or aggregate argument is when it is a bare attribute
  // reference (read in place, no kernel call), else -1. Missing entries mean -1.
  std::vector<int> group_by_refs;
  std::vector<std::vector<int>> aggregator_arg_refs;
  // Likewise the selector-scope column a projection is when it is a bare reference: the last
  // step may then take the column instead of copying it (ExprKernel::EvalConsuming).
  std::vector<int> projection_refs;
  // Per input column: whether the select step reads it at all (group by, aggregate arguments,
  // projections, having, order by), and whether a projection reads it. The rows it copies
  // carry only those columns (the others stay empty). Empty vectors mean every column.
  std::vector<bool> input_reads;
  std::vector<bool> projection_reads;
  // Per selector-scope column (input, then aggregates): whether having or order by reads it,
  // after the projections ran. Empty means every column.
  std::vector<bool> late_reads;
  // Per output column: whether having or order by reads it. Empty means every column.
  std::vector<bool> late_output_reads;
  std::unique_ptr<PredicateKernel> having;           // over output ++ input ++ aggregates
  std::vector<bound::OrderBy> order_by;              // output columns
  std::optional<int64_t> limit;
  std::optional<int64_t> offset;
  Schema output;
  bool emit_current = true;
  bool emit_expired = false;
  // QuerySelector's batchingEnabled (off only under snapshot rate limiting): a query that
  // groups or aggregates then emits, per chunk, the last event of each group (or the chunk's
  // last event) rather than every event.
  bool batching = true;
  // Keep chunk boundaries in the output: the rows of consecutive chunks are separated by a
  // kTimer row, so that the emitter can deliver each chunk separately as Siddhi does (a query
  // callback gets each chunk's current events, then its expired ones). Only for emitters that
  // split on kTimer rows.
  bool mark_chunks = false;
  // For an output rate limiter after the select step (rate_limit_operator.cc), which must see
  // what Siddhi's selector hands its OutputRateLimiter: the resets that processNoGroupBy keeps
  // in its chunk (as kReset rows without data), and each row's group-by key as a trailing
  // string column (Siddhi's GroupedComplexEvent; NULL on resets and chunk ends).
  bool keep_resets = false;
  bool group_key_column = false;
  // Carried group numbers: the window before the select step numbers the groups as events
  // arrive (MakeNumberingWindowOperator, with this step's GroupIds) and carries each event's
  // number in the input's last column instead of the key, input column `carried_key` (the one
  // group-by key, a bare string or integral attribute that the step reads otherwise only as
  // bare projections). The step takes the groups from that column, and those projections are
  // the groups' key values (GroupIds::KeyValues). -1: the step numbers the groups itself.
  int carried_key = -1;
};
absl::StatusOr<std::unique_ptr<Operator>> MakeSelectOperator(SelectSpec spec);
// The group numbering of a select step's state (for the window that carries its numbers).
GroupIds* SelectGroupIds(OperatorState* select_state);

// The plan's OrderLimit node. Siddhi orders and limits inside the selector, per chunk and
// differently per selector mode, so the select step does the work (SelectSpec::order_by,
// limit, offset) and this operator only marks the step in `talon explain`.
struct OrderLimitSpec {
  std::vector<bound::OrderBy> order_by;
  std::optional<int64_t> limit;
  std::optional<int64_t> offset;
};
std::unique_ptr<Operator> MakeOrderLimitOperator(OrderLimitSpec spec);

// Output rate limiting (`output ... every ...`), Siddhi's OutputRateLimiter family. It reads
// the select step's output with SelectSpec::mark_chunks and keep_resets set, and with
// group_key_column when `group_by`; it writes its output chunks separated by kTimer rows.
struct RateLimitSpec {
  ast::OutputRate::Kind kind = ast::OutputRate::Kind::kEvents;
  ast::OutputRate::Which which = ast::OutputRate::Which::kAll;
  int64_t value = 0;  // events, or milliseconds
  Schema output;      // the query's output columns (without the group key)
  bool group_by = false;
  // Snapshots only: whether the query reads through a window (or is a join), and which output
  // columns are aggregate results (`sum(x) as total`).
  bool windowed = false;
  std::vector<int> aggregate_columns;
};
absl::StatusOr<std::unique_ptr<Operator>> MakeRateLimitOperator(RateLimitSpec spec);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_OPERATORS_OPERATORS_H_
