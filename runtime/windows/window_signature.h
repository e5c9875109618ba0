// Argument checking shared by the window rows, after Siddhi's @Parameter / @ParameterOverload
// validation (InputParameterValidator): an overload must match the argument types exactly (a
// time constant such as `1 sec` is a long), then every parameter not declared `dynamic` must be
// a constant ("static"). Window-specific rules (negative lengths, session keys, sort orders) run
// after a match. Also the helpers windows use to read their constant arguments when bound.
#ifndef TALON_RUNTIME_WINDOWS_WINDOW_SIGNATURE_H_
#define TALON_RUNTIME_WINDOWS_WINDOW_SIGNATURE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/bound.h"
#include "frontend/catalog.h"
#include "runtime/functions/scalar_adapter.h"

namespace talon::exec {

// One window parameter as Siddhi documents it.
struct WindowParam {
  std::string_view name;
  TypeSet types;
  bool dynamic = false;  // may be an attribute or expression; otherwise it must be a constant
};

// One accepted parameter list. With `variadic`, the last parameter repeats (Siddhi's "...").
struct WindowOverload {
  std::vector<WindowParam> params;
  bool variadic = false;
};

inline constexpr TypeSet kTimeTypes{Type::kInt, Type::kLong};  // <INT|LONG|TIME>

// Finds the first overload that accepts `args` and checks its static parameters. Returns the
// index of that overload, or the error to report (kWrongArgumentCount, kWrongArgumentType or
// kInvalidWindow, pointing at the offending argument).
frontend::Lookup<int> MatchWindowOverload(std::string_view window,
                                          const std::vector<WindowOverload>& overloads,
                                          const std::vector<frontend::ArgInfo>& args);
// "(<int> window.length) | (<int> window.length, <bool> stream.current.event)".
std::string WindowSignatureText(std::string_view window,
                                const std::vector<WindowOverload>& overloads);
// A resolve function for a window whose only rules are its overloads plus `check`, which runs
// after a match with the overload index (nullopt: accepted).
using WindowCheck = std::function<std::optional<frontend::LookupError>(
    int overload, const std::vector<frontend::ArgInfo>& args)>;
std::function<frontend::Lookup<frontend::WindowRef>(const std::vector<frontend::ArgInfo>&)>
MakeWindowResolve(std::string window, std::vector<WindowOverload> overloads,
                  WindowCheck check = nullptr);

// kInvalidWindow at argument `index`.
frontend::LookupError WindowArgError(int index, std::string message);
// The argument's constant as an integer (int or long), if it is one.
std::optional<int64_t> ConstantInteger(const frontend::ArgInfo& arg);
// Rejects a negative constant: "window 'w' needs a non-negative <what>, found -3".
std::optional<frontend::LookupError> CheckNotNegative(std::string_view window, int index,
                                                      std::string_view what,
                                                      const frontend::ArgInfo& arg);

// Bind-time readers of constant arguments (resolve has already checked them).
absl::StatusOr<int64_t> BoundInteger(const bound::Expr& arg, std::string_view what);
absl::StatusOr<bool> BoundBool(const bound::Expr& arg, std::string_view what);
absl::StatusOr<std::string> BoundString(const bound::Expr& arg, std::string_view what);
// The input column an attribute argument reads.
absl::StatusOr<int> BoundColumn(const bound::Expr& arg, std::string_view what);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_WINDOW_SIGNATURE_H_
