#include "runtime/windows/window_signature.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace talon::exec {
namespace {

bool Accepts(const WindowOverload& o, size_t count) {
  return o.variadic ? count >= o.params.size() : count == o.params.size();
}

const WindowParam& ParamAt(const WindowOverload& o, size_t i) {
  return i < o.params.size() ? o.params[i] : o.params.back();
}

// Index of the first argument whose type the overload rejects, or -1.
int FirstMismatch(const WindowOverload& o, const std::vector<frontend::ArgInfo>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (!ParamAt(o, i).types.Contains(args[i].type)) return static_cast<int>(i);
  }
  return -1;
}

std::string TypesText(TypeSet types) {
  std::vector<std::string> names;
  for (Type t : {Type::kBool, Type::kInt, Type::kLong, Type::kFloat, Type::kDouble, Type::kString,
                 Type::kObject}) {
    if (types.Contains(t)) names.emplace_back(TypeName(t));
  }
  return absl::StrCat("<", absl::StrJoin(names, "|"), ">");
}

std::string OverloadText(const WindowOverload& o) {
  std::vector<std::string> params;
  for (const WindowParam& p : o.params) {
    params.push_back(absl::StrCat(TypesText(p.types), " ", std::string(p.name)));
  }
  if (o.variadic) params.push_back("...");
  return absl::StrCat("(", absl::StrJoin(params, ", "), ")");
}

std::string ArgsText(const std::vector<frontend::ArgInfo>& args) {
  std::vector<std::string> types;
  for (const frontend::ArgInfo& a : args) types.push_back(FoundText(a));
  return absl::StrCat("(", absl::StrJoin(types, ", "), ")");
}

std::string OverloadsText(const std::vector<WindowOverload>& overloads) {
  std::vector<std::string> texts;
  for (const WindowOverload& o : overloads) texts.push_back(OverloadText(o));
  return absl::StrJoin(texts, " or ");
}

}  // namespace

frontend::Lookup<int> MatchWindowOverload(std::string_view window,
                                          const std::vector<WindowOverload>& overloads,
                                          const std::vector<frontend::ArgInfo>& args) {
  std::string mismatch_message =
      absl::StrCat("window '", std::string(window), "' expects ", OverloadsText(overloads),
                   ", found ", ArgsText(args));
  int furthest = -1;
  bool any_count = false;
  size_t max_count = 0;
  bool any_variadic = false;
  std::optional<frontend::LookupError> static_error;
  for (size_t k = 0; k < overloads.size(); ++k) {
    const WindowOverload& o = overloads[k];
    max_count = std::max(max_count, o.params.size());
    any_variadic |= o.variadic;
    if (!Accepts(o, args.size())) continue;
    any_count = true;
    int mismatch = FirstMismatch(o, args);
    if (mismatch >= 0) {
      furthest = std::max(furthest, mismatch);
      continue;
    }
    // Types match: every parameter not declared dynamic must be a constant. A later overload
    // may still accept the arguments (sort's attribute/order lists), so keep looking.
    bool all_static = true;
    for (size_t i = 0; i < args.size() && all_static; ++i) {
      const WindowParam& p = ParamAt(o, i);
      if (!p.dynamic && !args[i].constant.has_value()) {
        all_static = false;
        if (!static_error) {
          static_error = frontend::LookupError{
              DiagCode::kInvalidWindow,
              absl::StrCat("window '", std::string(window), "' expects its parameter '",
                           std::string(p.name), "' (argument ", i + 1,
                           ") to be a constant, found a dynamic value"),
              static_cast<int>(i)};
        }
      }
    }
    if (all_static) return static_cast<int>(k);
  }
  if (static_error) return *static_error;
  if (!any_count) {
    int index = !any_variadic && args.size() > max_count ? static_cast<int>(max_count) : -1;
    return frontend::LookupError{DiagCode::kWrongArgumentCount, mismatch_message, index};
  }
  return frontend::LookupError{DiagCode::kWrongArgumentType, mismatch_message, furthest};
}

std::string WindowSignatureText(std::string_view window,
                                const std::vector<WindowOverload>& overloads) {
  std::vector<std::string> texts;
  for (const WindowOverload& o : overloads) {
    texts.push_back(absl::StrCat("#window.", std::string(window), OverloadText(o)));
  }
  return absl::StrJoin(texts, " | ");
}

std::function<frontend::Lookup<frontend::WindowRef>(const std::vector<frontend::ArgInfo>&)>
MakeWindowResolve(std::string window, std::vector<WindowOverload> overloads, WindowCheck check) {
  return [window = std::move(window), overloads = std::move(overloads),
          check = std::move(check)](const std::vector<frontend::ArgInfo>& args)
             -> frontend::Lookup<frontend::WindowRef> {
    frontend::Lookup<int> matched = MatchWindowOverload(window, overloads, args);
    if (auto* error = std::get_if<frontend::LookupError>(&matched)) return *error;
    if (check) {
      if (std::optional<frontend::LookupError> error = check(std::get<int>(matched), args)) {
        return *error;
      }
    }
    return frontend::WindowRef{};
  };
}

frontend::LookupError WindowArgError(int index, std::string message) {
  return frontend::LookupError{DiagCode::kInvalidWindow, std::move(message), index};
}

std::optional<int64_t> ConstantInteger(const frontend::ArgInfo& arg) {
  if (!arg.constant || arg.constant->is_null()) return std::nullopt;
  if (arg.constant->type() == Type::kInt) return arg.constant->int_value();
  if (arg.constant->type() == Type::kLong) return arg.constant->long_value();
  return std::nullopt;
}

std::optional<frontend::LookupError> CheckNotNegative(std::string_view window, int index,
                                                      std::string_view what,
                                                      const frontend::ArgInfo& arg) {
  std::optional<int64_t> v = ConstantInteger(arg);
  if (v && *v < 0) {
    return WindowArgError(index, absl::StrCat("window '", std::string(window),
                                              "' needs a non-negative ", std::string(what),
                                              ", found ", *v));
  }
  return std::nullopt;
}

absl::StatusOr<int64_t> BoundInteger(const bound::Expr& arg, std::string_view what) {
  if (!arg.IsConstant() || arg.value.is_null() ||
      (arg.value.type() != Type::kInt && arg.value.type() != Type::kLong)) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(what), " must be an int or long constant"));
  }
  return arg.value.AsLong();
}

absl::StatusOr<bool> BoundBool(const bound::Expr& arg, std::string_view what) {
  if (!arg.IsConstant() || arg.value.is_null() || arg.value.type() != Type::kBool) {
    return absl::InvalidArgumentError(absl::StrCat(std::string(what), " must be a bool constant"));
  }
  return arg.value.bool_value();
}

absl::StatusOr<std::string> BoundString(const bound::Expr& arg, std::string_view what) {
  if (!arg.IsConstant() || arg.value.is_null() || arg.value.type() != Type::kString) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(what), " must be a string constant"));
  }
  return arg.value.string_value();
}

absl::StatusOr<int> BoundColumn(const bound::Expr& arg, std::string_view what) {
  if (arg.kind != bound::ExprKind::kFieldRef || arg.column < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(what), " must be an attribute of the input"));
  }
  return arg.column;
}

}  // namespace talon::exec
