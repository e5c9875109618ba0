// The contract for scalar functions (core, str:, regex:, math:, ...). Each family file under
// runtime/functions/ holds a table of ScalarFunctionDef rows and one Register*Functions() call.
// The interpreter calls ScalarFunction::Call per event; the JIT calls the same bodies through
// registered runtime symbols, so both backends share one implementation.
#ifndef TALON_RUNTIME_FUNCTIONS_SCALAR_FUNCTION_H_
#define TALON_RUNTIME_FUNCTIONS_SCALAR_FUNCTION_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/value.h"
#include "frontend/catalog.h"
#include "runtime/event.h"

namespace talon::exec {

// Per-event context a function may read.
struct CallContext {
  Timestamp event_timestamp = 0;  // eventTimestamp()
  Timestamp now = 0;              // the engine clock: event time in playback
  // The call's result is only handed on (runtime/attributes_read.h), so it may be a value of
  // another type than the resolved one: cast() then relabels like Siddhi's.
  bool carried = false;
};

// One call site's implementation, made by ScalarFunctionDef::bind. Immutable once made and
// shared by every partition, so Call must be thread-compatible (const, no hidden state).
class ScalarFunction {
 public:
  virtual ~ScalarFunction() = default;
  // Evaluates one event. `args[i]` has the type the analyzer resolved (or is NULL). Writes a
  // value of the resolved result type (or NULL) to `out`. An error status refuses the input
  // event that caused it (Siddhi throws, the conformance "runtime" expectation).
  virtual absl::Status Call(const Value* args, size_t arg_count, const CallContext& ctx,
                            Value& out) const = 0;
};

// What a function family registers. `resolve` runs at compile time (analyzer, through the
// Catalog) and `bind` when a kernel is built; both see the same ArgInfo (types and constants).
struct ScalarFunctionDef {
  std::string ns;    // "" for core functions, "str", "regex", "math", ...
  std::string name;  // as the user writes it, matched case-sensitively like Siddhi
  std::string signature;    // "str:concat(<string|int|...> arg, ...) -> string", for :functions
  std::string description;
  std::string example;
  bool stateful = false;  // depends on more than its arguments (UUID, currentTimeMillis)
  // Checks argument count/types/constants. Returns the result type or a LookupError whose
  // code is kWrongArgumentCount / kWrongArgumentType / kInvalidArgument / kInvalidRegex /
  // kUnsupportedRegex and whose arg_index points at the offending argument.
  std::function<frontend::Lookup<Type>(const std::vector<frontend::ArgInfo>& args)> resolve;
  // Builds the call site's implementation (e.g. compiles a constant regex once).
  std::function<absl::StatusOr<std::unique_ptr<ScalarFunction>>(
      const std::vector<frontend::ArgInfo>& args, Type result)>
      bind;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_FUNCTIONS_SCALAR_FUNCTION_H_
