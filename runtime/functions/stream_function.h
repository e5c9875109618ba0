// The contract for stream functions: `#str:tokenize(text, ',')`, `#pol2Cart(theta, rho)`,
// `#log(...)`. A stream function sees every event of a chunk with its evaluated arguments and
// emits zero or more events per input event, each the input's attributes followed by the
// attributes the function appends (Siddhi's StreamProcessor / StreamFunctionProcessor).
#ifndef TALON_RUNTIME_FUNCTIONS_STREAM_FUNCTION_H_
#define TALON_RUNTIME_FUNCTIONS_STREAM_FUNCTION_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "frontend/catalog.h"
#include "runtime/batch.h"

namespace talon::exec {

// One call site. Immutable and shared by every partition key.
class StreamFunction {
 public:
  virtual ~StreamFunction() = default;
  // `in` holds the input scope; `args[k]` the k-th argument evaluated over `in`. Appends to
  // `out` (input columns ++ appended columns) the events to pass on, keeping each input event's
  // timestamp and kind. A runtime error refuses the chunk (Siddhi throws).
  virtual absl::Status Process(const Batch& in, const std::vector<Column>& args,
                               Batch& out) const = 0;
};

struct StreamFunctionDef {
  std::string ns;
  std::string name;
  std::string signature;
  std::string description;
  std::string example;
  // Checks the arguments; returns the attributes appended to every event.
  std::function<frontend::Lookup<std::vector<Attribute>>(
      const std::vector<frontend::ArgInfo>& args, const Schema& input)>
      resolve;
  std::function<absl::StatusOr<std::unique_ptr<StreamFunction>>(
      const std::vector<frontend::ArgInfo>& args, const Schema& input)>
      bind;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_FUNCTIONS_STREAM_FUNCTION_H_
