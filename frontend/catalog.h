// Catalog: what the analyzer may ask about functions, aggregators, windows and stream functions.
// Abstract so the frontend does not depend on the runtime: runtime/registry.cc implements it and
// analyzer tests use a fake. Answers are plain data (ids and types), never runtime objects.
#ifndef TALON_FRONTEND_CATALOG_H_
#define TALON_FRONTEND_CATALOG_H_

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "frontend/base/diagnostic.h"
#include "frontend/base/schema.h"
#include "frontend/base/type.h"
#include "frontend/base/value.h"

namespace talon::frontend {

// What the analyzer knows about one argument of a call: its type, and its value when it is a
// constant (regex patterns, cast targets and window sizes are checked at compile time).
struct ArgInfo {
  Type type = Type::kObject;
  std::optional<Value> constant;
  bool is_attribute = false;  // a plain attribute reference (windows such as sort need one)
};

// Why a lookup failed. `arg_index` >= 0 points the diagnostic at that argument.
struct LookupError {
  DiagCode code = DiagCode::kUnknownFunction;
  std::string message;
  int arg_index = -1;
};

template <typename Ref>
using Lookup = std::variant<Ref, LookupError>;

struct FunctionRef {
  int id = -1;
  Type result = Type::kObject;
  bool stateful = false;  // e.g. UUID(), currentTimeMillis(): never constant-folded
};

struct AggregatorRef {
  int id = -1;
  Type result = Type::kObject;
};

struct WindowRef {
  int id = -1;
  // Whether the window emits expired events (length) or only batches; informational for explain.
  bool emits_expired = true;
};

struct StreamFunctionRef {
  int id = -1;
  // Attributes the function appends to every event (e.g. str:tokenize adds `token`).
  std::vector<Attribute> appended;
};

class Catalog {
 public:
  virtual ~Catalog() = default;

  virtual Lookup<FunctionRef> LookupFunction(std::string_view ns, std::string_view name,
                                             const std::vector<ArgInfo>& args) const = 0;
  // nullopt when `ns:name` is not an aggregator (it may still be a function).
  virtual std::optional<Lookup<AggregatorRef>> LookupAggregator(
      std::string_view ns, std::string_view name, const std::vector<ArgInfo>& args) const = 0;
  virtual Lookup<WindowRef> LookupWindow(std::string_view ns, std::string_view name,
                                         const std::vector<ArgInfo>& args) const = 0;
  virtual Lookup<StreamFunctionRef> LookupStreamFunction(std::string_view ns,
                                                         std::string_view name,
                                                         const std::vector<ArgInfo>& args,
                                                         const Schema& input) const = 0;
  // Names for "did you mean" notes.
  virtual std::vector<std::string> FunctionNames(std::string_view ns) const = 0;
};

}  // namespace talon::frontend

#endif  // TALON_FRONTEND_CATALOG_H_
