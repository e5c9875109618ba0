// Builds ScalarFunctionDef rows from declarative specs (signatures, result type, per-event body)
// for the family files under runtime/functions/, so argument checking and its messages are
// written once, like Siddhi's @ParameterOverload validation (InputParameterValidator).
#ifndef TALON_RUNTIME_FUNCTIONS_SCALAR_ADAPTER_H_
#define TALON_RUNTIME_FUNCTIONS_SCALAR_ADAPTER_H_

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/type.h"
#include "frontend/base/value.h"
#include "frontend/catalog.h"
#include "runtime/functions/scalar_function.h"

namespace talon::exec {

// A set of types one parameter accepts (Siddhi's `type = {DataType.INT, ...}`). Matching is
// exact: like Siddhi, functions never widen int to long or float to double implicitly.
class TypeSet {
 public:
  constexpr TypeSet() = default;
  constexpr TypeSet(std::initializer_list<Type> types) {
    for (Type t : types) bits_ |= Bit(t);
  }
  constexpr bool Contains(Type t) const { return (bits_ & Bit(t)) != 0; }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr TypeSet operator|(TypeSet other) const { return TypeSet(bits_ | other.bits_); }
  friend constexpr bool operator==(TypeSet a, TypeSet b) { return a.bits_ == b.bits_; }
  // "int", "int or long", "int, long, float or double"; "any value" for every type.
  std::string ToString() const;

 private:
  constexpr explicit TypeSet(uint32_t bits) : bits_(bits) {}
  static constexpr uint32_t Bit(Type t) { return 1u << static_cast<uint32_t>(t); }
  uint32_t bits_ = 0;
};

inline constexpr TypeSet kNumericTypes{Type::kInt, Type::kLong, Type::kFloat, Type::kDouble};
inline constexpr TypeSet kAnyType{Type::kBool,  Type::kInt,    Type::kLong,  Type::kFloat,
                                  Type::kDouble, Type::kString, Type::kObject};

// One parameter: its name (as Siddhi documents it, used in messages) and accepted types.
struct Param {
  std::string_view name;
  TypeSet types;
};

// One accepted argument list. With `variadic`, the last parameter may repeat: the call takes
// params.size() or more arguments (Siddhi's `{"arg", "..."}` overloads).
struct Signature {
  std::vector<Param> params;
  bool variadic = false;
};

// The arguments of one event, as a body sees them.
struct ScalarArgs {
  const Value* values = nullptr;
  size_t count = 0;
  const CallContext* ctx = nullptr;
  Type result = Type::kObject;  // the resolved result type of this call site

  const Value& operator[](size_t i) const { return values[i]; }
  size_t size() const { return count; }
};

// A per-event body. Writes a value of `args.result` (or NULL) to `out`; an error status refuses
// the event (the conformance "runtime" expectation). Plain function pointers so the JIT can call
// the same bodies later.
using ScalarBody = absl::Status (*)(const ScalarArgs& args, Value& out);

// Checks that need more than types (constant arguments, same-type rules) and computes the
// result type. Runs after a signature matched; `fn` is the display name ("str:substr").
using RefineFn = std::function<frontend::Lookup<Type>(
    std::string_view fn, const std::vector<frontend::ArgInfo>& args)>;

using BindFn = std::function<absl::StatusOr<std::unique_ptr<ScalarFunction>>(
    const std::vector<frontend::ArgInfo>& args, Type result)>;

struct ScalarSpec {
  std::string_view ns{};
  std::string_view name{};
  std::vector<Signature> signatures{};
  Type result = Type::kObject;  // used when `refine` is unset
  std::string_view result_doc{};  // for the signature text when `refine` decides the type
  RefineFn refine{};              // optional
  ScalarBody body = nullptr;      // used by the default bind
  BindFn bind{};                  // optional: call sites that prepare something (constant regex)
  bool stateful = false;
  std::string_view description{};
  std::string_view example{};
};

// Builds the registry row: resolve = signature matching (+ refine), bind = `bind` or a stateless
// wrapper around `body`.
ScalarFunctionDef MakeScalar(const ScalarSpec& spec);

// Wraps a stateless body as a call site.
std::unique_ptr<ScalarFunction> MakeBodyFunction(ScalarBody body, Type result);

// ---- Rules and bodies shared by several families -------------------------------------------

// refine: every argument has the first one's type, which is the result (coalesce, maximum,
// str:coalesce).
frontend::Lookup<Type> RefineSameTypes(std::string_view fn,
                                       const std::vector<frontend::ArgInfo>& args);
// body: the first non-null argument, else NULL (coalesce, str:coalesce).
absl::Status FirstNonNullBody(const ScalarArgs& args, Value& out);

// ---- Messages shared by the families -------------------------------------------------------

// "str:charAt" or "ifThenElse".
std::string QualifiedName(std::string_view ns, std::string_view name);
// "first", "second", ... for argument index 0, 1, ...
std::string Ordinal(int index);
// What the user wrote for a type: "null" for the null literal, else the type name.
std::string FoundText(const frontend::ArgInfo& arg);

// kWrongArgumentType: "function 'fn' expects <expected> as its <ordinal> argument, found 'x'".
frontend::LookupError ArgTypeError(std::string_view fn, int index, std::string_view expected,
                                   const frontend::ArgInfo& found);
// kInvalidArgument pointing at argument `index` with `message` as written.
frontend::LookupError ArgValueError(int index, std::string message);

// The value of a constant, non-null string argument, or nullptr.
const std::string* ConstantString(const frontend::ArgInfo& arg);

// Runtime: "fn: the <ordinal> argument cannot be null" (Siddhi refuses such events).
absl::Status NullArgumentError(std::string_view fn, int index);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_FUNCTIONS_SCALAR_ADAPTER_H_
