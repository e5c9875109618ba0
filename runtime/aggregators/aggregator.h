// The contract for attribute aggregators (sum, avg, count, min, max, ...). Sliding windows
// remove expired events, so Remove is part of the contract (Siddhi's AttributeAggregatorExecutor
// dispatches processAdd / processRemove / processReset the same way).
#ifndef TALON_RUNTIME_AGGREGATORS_AGGREGATOR_H_
#define TALON_RUNTIME_AGGREGATORS_AGGREGATOR_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/base/value.h"
#include "frontend/catalog.h"
#include "runtime/event.h"
#include "runtime/vector.h"

namespace talon::exec {

// Per group (and per partition key) running state of one aggregate call.
class AggregatorState {
 public:
  virtual ~AggregatorState() = default;
};

// Where GroupedAggregatorState::Update writes results: event row j's result goes to row j of
// `column`, or, with `rows`, to row rows[j] when that is not negative (the select step asks only
// for the rows that leave the query: one per group per chunk when it batches).
struct ResultRows {
  Column* column = nullptr;
  const int32_t* rows = nullptr;
  int64_t at(size_t j) const { return rows == nullptr ? static_cast<int64_t>(j) : rows[j]; }
};

// Every group's state of one aggregate call, column-wise. The select step numbers its groups
// 0, 1, 2, ... in order of appearance; group g's running values live at index g of typed arrays,
// so that one call updates a whole run of events without boxing a value or making a virtual call
// per event (Velox's accumulators, DuckDB's aggregate states).
class GroupedAggregatorState {
 public:
  virtual ~GroupedAggregatorState() = default;
  // Makes room for groups [0, n); groups new to the state start empty.
  virtual void Resize(size_t n) = 0;
  // For each event row j in [begin, end): adds (kCurrent) or removes (kExpired) the argument
  // values `args[k]` row j to or from group `groups[j]`, then writes that group's result to
  // `out` (whose column has the result type, NULL where nothing is written).
  virtual void Update(const uint32_t* groups, const EventKind* kinds,
                      const std::vector<const Column*>& args, size_t begin, size_t end,
                      ResultRows out) = 0;
  // Update without results, for when only the groups' values after the last row are wanted
  // (a batching select step's leaving events are each the last of their group in the chunk).
  // `kinds` null means every row is a current event.
  virtual void Accumulate(const uint32_t* groups, const EventKind* kinds,
                          const std::vector<const Column*>& args, size_t begin, size_t end) = 0;
  // Writes group g's present value to row `row` of `column`, as Update would have after the
  // group's last row (leaves the row NULL where Update writes nothing).
  virtual void WriteResult(uint32_t g, Column& column, size_t row) const = 0;
  // A batch window emptied: every group starts again.
  virtual void ResetAll() = 0;
  // Approximate bytes held, for `talon explain --state`.
  virtual size_t bytes() const = 0;
};

// One call site's aggregator. Immutable; all mutation is on the state it creates.
class Aggregator {
 public:
  virtual ~Aggregator() = default;
  virtual std::unique_ptr<AggregatorState> CreateState() const = 0;
  // The column-wise state for every group of a select step. The default keeps one
  // AggregatorState per group and goes through Add / Remove / Result with boxed values; the
  // common aggregators (sum, avg, count, min, max) override it with typed arrays. The
  // aggregator must outlive the state.
  virtual std::unique_ptr<GroupedAggregatorState> CreateGrouped() const;
  // A current event arrived with argument values `args`.
  virtual void Add(AggregatorState& state, const Value* args) const = 0;
  // An expired event left the window.
  virtual void Remove(AggregatorState& state, const Value* args) const = 0;
  // A batch window reset its contents.
  virtual void Reset(AggregatorState& state) const = 0;
  virtual Value Result(const AggregatorState& state) const = 0;
};

struct AggregatorDef {
  std::string ns;
  std::string name;
  std::string signature;
  std::string description;
  std::string example;
  std::function<frontend::Lookup<Type>(const std::vector<frontend::ArgInfo>& args)> resolve;
  std::function<absl::StatusOr<std::unique_ptr<Aggregator>>(
      const std::vector<frontend::ArgInfo>& args, Type result)>
      bind;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATORS_AGGREGATOR_H_
