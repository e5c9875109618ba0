// The join operator: the head of a join query's pipeline (`from A#window.length(5) join B on ...`,
// stream-table and named-window joins, inner/left/right/full outer, unidirectional). Built by
// runtime/builder.cc from the plan's Join node; the select step follows it.
#ifndef TALON_RUNTIME_JOIN_JOIN_OPERATOR_H_
#define TALON_RUNTIME_JOIN_JOIN_OPERATOR_H_

#include <memory>
#include <string>
#include <vector>

#include "frontend/base/schema.h"
#include "runtime/expr/kernel.h"
#include "runtime/aggregation/aggregation_reader.h"
#include "runtime/operator.h"
#include "runtime/tables/in_memory_table.h"
#include "runtime/tables/named_window.h"
#include "runtime/tables/store_set.h"
#include "runtime/windows/window.h"

namespace talon::exec {

// One side of a join: where its events come from, what runs on them before the join, and what
// the other side finds in it (Siddhi's FindableProcessor: the side's window, the named window
// or the table).
struct JoinSide {
  enum class Kind { kStream, kNamedWindow, kTable, kAggregation };
  Kind kind = Kind::kStream;
  // Filters on the side's input, before its window (Siddhi puts them before the pre-join
  // processor).
  std::vector<std::unique_ptr<Operator>> handlers;
  // The side's #window. A stream side without one behaves as Siddhi's implicit lengthBatch(0)
  // (JoinInputStreamParser): each event passes as current (then expired, then a reset) and the
  // other side finds nothing in it.
  std::unique_ptr<Window> window;
  NamedWindow* named_window = nullptr;  // kNamedWindow
  InMemoryTable* table = nullptr;       // kTable
  // kAggregation: what the other side's arriving event reads (`within ... per ...`).
  std::unique_ptr<AggregationReader> aggregation;
  bool triggers = false;  // its arrivals join (false for tables and the far side of unidirectional)
  bool outer = false;     // its unmatched arrivals leave with NULLs for the other side
  Schema scope;           // the side's columns in the join scope
  std::string description;
};

struct JoinSpec {
  JoinSide left;
  JoinSide right;
  // Over [left scope ++ right scope]; null: every pair matches.
  std::unique_ptr<PredicateKernel> on;
  // Both sides read the same stream or named window. The pipeline then delivers each chunk
  // once, as input 0: a stream feeds the left side, then the right; a named window feeds the
  // left side only (Siddhi's MultiProcessStreamReceiver with one or two processors).
  bool same_source = false;
  // The query outputs expired events, so a windowless stream side emits its expired copies
  // (LengthBatchWindowProcessor with length 0 checks outputExpectsExpiredEvents).
  bool expects_expired = false;
  // The app's stores, for `x in T` in the condition when a window fires on the clock (OnTime
  // gets no evaluation context of its own). May be null.
  const StoreSet* stores = nullptr;
};

// Output: [left scope ++ right scope] rows, one chunk per joined event (Siddhi's JoinProcessor
// hands the selector each event's matches as a chunk of their own), chunks ended by kTimer rows
// (windows/window.h). A joined row has the triggering event's kind and timestamp; a reset from
// a side's window passes as a reset row. The chunk's input index says which side it came from.
std::unique_ptr<Operator> MakeJoinOperator(JoinSpec spec);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_JOIN_JOIN_OPERATOR_H_
