// exec::Operator: one step of a query pipeline. Operators are immutable plan-time objects shared
// by every partition key; anything that changes while events flow lives in an OperatorState,
// one per key (DuckDB's const PhysicalOperator + state split).
#ifndef TALON_RUNTIME_OPERATOR_H_
#define TALON_RUNTIME_OPERATOR_H_

#include <memory>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {

class OperatorState {
 public:
  virtual ~OperatorState() = default;
};

// What one operator state holds (`talon explain --state`, `talon run --state`): events (window
// contents, pending pattern matches) and an estimate of their bytes (payload: values, strings,
// timestamps; not container slack).
struct StateUsage {
  size_t events = 0;
  size_t bytes = 0;
};

// Per-call context: the clock, and the chunk boundary semantics operators need.
struct ProcessContext {
  Timestamp now = 0;
  EvalContext eval;
  int input = 0;  // which input of a multi-input operator (a pattern) the chunk came from
};

class Operator {
 public:
  virtual ~Operator() = default;
  // State for one partition key; nullptr for stateless operators.
  virtual std::unique_ptr<OperatorState> CreateState() const { return nullptr; }
  // Processes one chunk in place: on return `batch` holds what flows to the next operator
  // (possibly nothing). Runtime errors refuse the input chunk.
  virtual absl::Status Process(OperatorState* state, Batch& batch,
                               const ProcessContext& ctx) const = 0;
  // Process for a chunk the operator may not change (a pipeline's input, shared with other
  // subscribers): `out` receives what flows on. The default copies the chunk and processes the
  // copy; operators that read their input once to build a new batch (windows, filters) skip
  // that copy.
  virtual absl::Status ProcessFrom(OperatorState* state, const Batch& in, Batch& out,
                                   const ProcessContext& ctx) const {
    out = in;
    return Process(state, out, ctx);
  }
  // The clock reached `now`: appends to `out` (which has this operator's output schema) the
  // events that fall due. Most operators have nothing to do.
  virtual absl::Status OnTime(OperatorState* state, Timestamp now, Batch& out) const {
    return absl::OkStatus();
  }
  // Whether OnTime can ever produce events (lets the runtime skip idle operators).
  virtual bool time_driven() const { return false; }
  // A time-driven operator that knows when it is next due: NextDue(state) is the earliest clock
  // time at which OnTime has anything to do for `state` (nullopt: nothing until it processes
  // another chunk). When every time-driven operator of a pipeline reports it, the pipeline
  // visits only the partition keys that are due instead of all of them on every clock move.
  virtual bool reports_due() const { return false; }
  virtual std::optional<Timestamp> NextDue(const OperatorState* state) const {
    return std::nullopt;
  }
  // The state's instance began at `now`: the app started (an unpartitioned query) or a
  // partition key's first event arrived (Siddhi's PartitionCreationListener). Periodic
  // operators (time-based rate limiters) count from here.
  virtual void Start(OperatorState* state, Timestamp now) const {}
  // `next` is the state, for the same partition key, of the operator after this one; called
  // once both exist. For an operator that does part of the next one's work (a window numbering
  // its select step's groups, see SelectSpec::carried_key).
  virtual void Link(OperatorState* state, OperatorState* next) const {}
  // Whether every output row is a chunk of its own for the operators after this one (a pattern
  // hands each match to the selector alone, as Siddhi does).
  virtual bool emits_one_chunk_per_row() const { return false; }
  // One line for `talon explain`: the kernel backends chosen, state size.
  virtual std::string Describe(const OperatorState* state) const = 0;
  // The events `state` holds; nullopt for operators that hold no events (their Describe line
  // says what they keep, e.g. a select step's groups).
  virtual std::optional<StateUsage> Usage(const OperatorState* state) const {
    return std::nullopt;
  }
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_OPERATOR_H_
