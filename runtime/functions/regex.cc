// regex:* scalar functions of siddhi-execution-regex 5.x: find, matches, lookingAt and group,
// with java.util.regex.Matcher semantics on RE2 (java_regex.h). A constant pattern is checked
// at compile time (bad syntax: kInvalidRegex; Java-only constructs such as lookaround or
// backreferences: kUnsupportedRegex) and compiled once per call site.
//
// NULLs follow the Siddhi classes: a NULL regex refuses the event; a NULL input makes find,
// matches and lookingAt answer false (they log and return false), while group refuses it.
#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/functions/java_compat.h"
#include "runtime/functions/java_regex.h"
#include "runtime/functions/scalar_adapter.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

const TypeSet kString{Type::kString};

// regex:find(regex, input[, startingIndex]): Matcher.find(), or find(start) where start counts
// UTF-16 units and must lie within the input. A NULL input or start gives false
// (FindFunctionExtension).
absl::Status FindBody(const ScalarArgs& a, const RegexSource& regex, Value& out) {
  constexpr std::string_view kFn = "regex:find";
  if (a[0].is_null()) return NullArgumentError(kFn, 0);
  if (a[1].is_null() || (a.size() == 3 && a[2].is_null())) {
    out = Value::Bool(false);
    return absl::OkStatus();
  }
  absl::StatusOr<std::shared_ptr<const JavaRegex>> re = regex.Get(kFn, a[0]);
  if (!re.ok()) return re.status();
  const std::string& input = a[1].string_value();
  size_t from = 0;
  if (a.size() == 3) {
    std::optional<size_t> offset = ByteOffsetOfJavaIndex(input, a[2].int_value());
    if (!offset) {
      return absl::InvalidArgumentError(absl::StrCat(
          std::string(kFn), ": starting index ", a[2].int_value(),
          " is out of range for the input: ", input));
    }
    from = *offset;
  }
  out = Value::Bool((*re)->Find(input, from, nullptr));
  return absl::OkStatus();
}

// regex:matches(regex, input): the whole input (Matcher.matches).
absl::Status MatchesBody(const ScalarArgs& a, const RegexSource& regex, Value& out) {
  constexpr std::string_view kFn = "regex:matches";
  if (a[0].is_null()) return NullArgumentError(kFn, 0);
  if (a[1].is_null()) {
    out = Value::Bool(false);
    return absl::OkStatus();
  }
  absl::StatusOr<std::shared_ptr<const JavaRegex>> re = regex.Get(kFn, a[0]);
  if (!re.ok()) return re.status();
  out = Value::Bool((*re)->Matches(a[1].string_value()));
  return absl::OkStatus();
}

// regex:lookingAt(regex, input): a prefix of the input (Matcher.lookingAt).
absl::Status LookingAtBody(const ScalarArgs& a, const RegexSource& regex, Value& out) {
  constexpr std::string_view kFn = "regex:lookingAt";
  if (a[0].is_null()) return NullArgumentError(kFn, 0);
  if (a[1].is_null()) {
    out = Value::Bool(false);
    return absl::OkStatus();
  }
  absl::StatusOr<std::shared_ptr<const JavaRegex>> re = regex.Get(kFn, a[0]);
  if (!re.ok()) return re.status();
  out = Value::Bool((*re)->LookingAt(a[1].string_value()));
  return absl::OkStatus();
}

// regex:group(regex, input, groupId): that group of the first match. NULL when nothing matches,
// the group does not exist (GroupFunctionExtension checks groupId <= groupCount) or did not take
// part; a negative group id refuses the event, as Matcher.group(-1) throws.
absl::Status GroupBody(const ScalarArgs& a, const RegexSource& regex, Value& out) {
  constexpr std::string_view kFn = "regex:group";
  for (size_t i = 0; i < 3; ++i) {
    if (a[i].is_null()) return NullArgumentError(kFn, static_cast<int>(i));
  }
  absl::StatusOr<std::shared_ptr<const JavaRegex>> re = regex.Get(kFn, a[0]);
  if (!re.ok()) return re.status();
  int32_t group = a[2].int_value();
  RegexMatch m;
  out = Value::Null(Type::kString);
  if (!(*re)->Find(a[1].string_value(), 0, &m) || group > (*re)->group_count()) {
    return absl::OkStatus();
  }
  if (group < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(kFn), ": group id must not be negative: ", group));
  }
  if (m.groups[group]) out = Value::String(std::string(*m.groups[group]));
  return absl::OkStatus();
}

std::vector<ScalarSpec> RegexFunctions() {
  const Param regex{"regex", kString};
  const Param input{"input.sequence", kString};
  return {
      {.ns = "regex", .name = "find",
       .signatures = {{{regex, input}},
                      {{regex, input, {"starting.index", {Type::kInt}}}}},
       .result = Type::kBool, .refine = RegexRefine(0, Type::kBool),
       .bind = RegexBind(FindBody, 0),
       .description = "Whether some part of the input (from the starting index) matches.",
       .example = "regex:find('\\\\d\\\\d(.*)WSO2', '21 products are produced by WSO2') -> true"},
      {.ns = "regex", .name = "group",
       .signatures = {{{regex, input, {"group.id", {Type::kInt}}}}},
       .result = Type::kString, .refine = RegexRefine(0, Type::kString),
       .bind = RegexBind(GroupBody, 0),
       .description = "The given group of the first match, or null.",
       .example = "regex:group('(\\\\d\\\\d)(.*)(WSO2.*)', '21 products by WSO2 staff', 3) -> "
                  "'WSO2 staff'"},
      {.ns = "regex", .name = "lookingAt",
       .signatures = {{{regex, input}}},
       .result = Type::kBool, .refine = RegexRefine(0, Type::kBool),
       .bind = RegexBind(LookingAtBody, 0),
       .description = "Whether a prefix of the input matches.",
       .example = "regex:lookingAt('\\\\d\\\\d(.*)WSO2', '21 products are produced by WSO2 "
                  "currently') -> true"},
      {.ns = "regex", .name = "matches",
       .signatures = {{{regex, input}}},
       .result = Type::kBool, .refine = RegexRefine(0, Type::kBool),
       .bind = RegexBind(MatchesBody, 0),
       .description = "Whether the whole input matches.",
       .example = "regex:matches('WSO2(.*)middleware(.*)', 'WSO2 is a middleware company') -> "
                  "true"},
  };
}

}  // namespace

void RegisterRegexFunctions(Registry& registry) {
  for (const ScalarSpec& spec : RegexFunctions()) registry.AddScalar(MakeScalar(spec));
}

}  // namespace talon::exec
