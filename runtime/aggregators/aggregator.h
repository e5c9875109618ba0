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

namespace talon::exec {

// Per group (and per partition key) running state of one aggregate call.
class AggregatorState {
 public:
  virtual ~AggregatorState() = default;
};

// One call site's aggregator. Immutable; all mutation is on the state it creates.
class Aggregator {
 public:
  virtual ~Aggregator() = default;
  virtual std::unique_ptr<AggregatorState> CreateState() const = 0;
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
