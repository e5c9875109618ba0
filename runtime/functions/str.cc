// str:* scalar functions of siddhi-execution-string 5.x (io.siddhi.extension.execution.string).
// Behaviour follows each Siddhi class and the conformance cases in ext-string.jsonl: most
// functions refuse an event with a NULL argument ("Invalid input given to str:length()
// function. The argument cannot be null"); contains and equalsIgnoreCase answer false for some
// NULLs; concat skips NULLs; coalesce picks the first non-NULL. Argument types match exactly, as
// Siddhi's @ParameterOverload validation does (str:length(longAttr) is a compile error).
//
// Not here: str:groupConcat is an aggregator and str:tokenize a stream function; they belong to
// the aggregator and stream-function families. Java's String indexes count UTF-16 code units;
// java_compat.h converts, so charAt/substr/locate/length agree with Siddhi on non-ASCII text.
// Deviation: lower/upper/equalsIgnoreCase map ASCII letters only (Java maps all of Unicode).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/functions/java_compat.h"
#include "runtime/functions/java_regex.h"
#include "runtime/functions/scalar_adapter.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

using frontend::ArgInfo;
using frontend::Lookup;

const TypeSet kString{Type::kString};
const TypeSet kInt{Type::kInt};

// Repeated strings beyond this many bytes are refused rather than exhausting memory (Java
// would throw OutOfMemoryError much the same way).
constexpr int64_t kMaxResultBytes = int64_t{1} << 30;

// Returns NullArgumentError for the first of `a[0..count)` that is NULL.
absl::Status RequireNonNull(std::string_view fn, const ScalarArgs& a, size_t count) {
  for (size_t i = 0; i < count && i < a.size(); ++i) {
    if (a[i].is_null()) return NullArgumentError(fn, static_cast<int>(i));
  }
  return absl::OkStatus();
}

absl::Status IndexError(std::string_view fn, int64_t index, std::string_view text) {
  return absl::InvalidArgumentError(
      absl::StrCat(std::string(fn), ": index ", index,
                   " is negative or not less than the length of the string: ", std::string(text)));
}

// The UTF-16 substring [begin, end) of `s` (String.substring), or an error.
absl::StatusOr<std::string> JavaSubstring(std::string_view fn, std::string_view s, int64_t begin,
                                          int64_t end) {
  std::optional<size_t> b = ByteOffsetOfJavaIndex(s, begin);
  std::optional<size_t> e = ByteOffsetOfJavaIndex(s, end);
  if (!b || !e || begin > end) {
    return absl::InvalidArgumentError(absl::StrCat(std::string(fn), ": range [", begin, ", ", end,
                                                   ") is out of bounds for the string: ",
                                                   std::string(s)));
  }
  return std::string(s.substr(*b, *e - *b));
}

// ---- Bodies --------------------------------------------------------------------------------

absl::Status CharAtBody(const ScalarArgs& a, Value& out) {
  constexpr std::string_view kFn = "str:charAt";
  if (absl::Status s = RequireNonNull(kFn, a, 2); !s.ok()) return s;
  const std::string& s = a[0].string_value();
  int32_t index = a[1].int_value();
  if (IsAscii(s)) {
    if (index < 0 || index >= static_cast<int64_t>(s.size())) return IndexError(kFn, index, s);
    out = Value::String(s.substr(index, 1));
    return absl::OkStatus();
  }
  std::u16string u = ToUtf16(s);
  if (index < 0 || index >= static_cast<int64_t>(u.size())) return IndexError(kFn, index, s);
  out = Value::String(ToUtf8(std::u16string_view(u).substr(index, 1)));  // a lone half: U+FFFD
  return absl::OkStatus();
}

// str:charFrequency(input, char) -> long: occurrences of one UTF-16 character.
absl::Status CharFrequencyBody(const ScalarArgs& a, Value& out) {
  constexpr std::string_view kFn = "str:charFrequency";
  if (absl::Status s = RequireNonNull(kFn, a, 2); !s.ok()) return s;
  const std::string& input = a[0].string_value();
  const std::string& ch = a[1].string_value();
  std::u16string unit = ToUtf16(ch);
  if (unit.size() != 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        std::string(kFn), ": the second argument must be a single character, found: '", ch, "'"));
  }
  int64_t count;
  if (IsAscii(input) && IsAscii(ch)) {
    count = std::count(input.begin(), input.end(), ch[0]);
  } else {
    std::u16string u = ToUtf16(input);
    count = std::count(u.begin(), u.end(), unit[0]);
  }
  out = Value::Long(count);
  return absl::OkStatus();
}

// str:concat skips NULL arguments (ConcatFunctionExtension).
absl::Status ConcatBody(const ScalarArgs& a, Value& out) {
  std::string result;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!a[i].is_null()) result += a[i].string_value();
  }
  out = Value::String(std::move(result));
  return absl::OkStatus();
}

// A NULL input string answers false; a NULL search string is an error (ContainsFunctionExtension).
absl::Status ContainsBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) {
    out = Value::Bool(false);
    return absl::OkStatus();
  }
  if (a[1].is_null()) return NullArgumentError("str:contains", 1);
  out = Value::Bool(a[0].string_value().find(a[1].string_value()) != std::string::npos);
  return absl::OkStatus();
}

// A NULL first argument is an error, a NULL second one is simply not equal.
absl::Status EqualsIgnoreCaseBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) return NullArgumentError("str:equalsIgnoreCase", 0);
  out = Value::Bool(!a[1].is_null() &&
                    AsciiEqualsIgnoreCase(a[0].string_value(), a[1].string_value()));
  return absl::OkStatus();
}

// str:fillTemplate(template, v1, v2, ...): "{{n}}" becomes the n-th value. Like
// FillTemplateFunctionExtension, the template is split on "{{" and "}}" (trailing empty parts
// dropped, as String.split does) and every odd part is a placeholder; a placeholder whose value
// is NULL is left as its bare key. A key that is not a number, or names a missing argument,
// refuses the event. Deviation: Siddhi's constant-template path reuses (and overwrites) its
// split array between events; Talon treats every event alike.
absl::Status FillTemplateBody(const ScalarArgs& a, Value& out) {
  constexpr std::string_view kFn = "str:fillTemplate";
  if (a[0].is_null()) return NullArgumentError(kFn, 0);
  std::string_view t = a[0].string_value();
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i + 1 < t.size();) {
    if ((t[i] == '{' && t[i + 1] == '{') || (t[i] == '}' && t[i + 1] == '}')) {
      parts.push_back(t.substr(start, i - start));
      i += 2;
      start = i;
    } else {
      ++i;
    }
  }
  parts.push_back(t.substr(start));
  while (parts.size() > 1 && parts.back().empty()) parts.pop_back();

  std::string result;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (k % 2 == 0) {
      result.append(parts[k]);
      continue;
    }
    std::string_view key = JavaTrim(parts[k]);
    std::optional<int32_t> index = JavaParseInt(key);
    if (!index) {
      return absl::InvalidArgumentError(absl::StrCat(
          std::string(kFn), ": template placeholder is not an argument number: {{",
          std::string(key), "}}"));
    }
    if (*index < 0 || *index >= static_cast<int64_t>(a.size())) {
      return absl::InvalidArgumentError(absl::StrCat(
          std::string(kFn), ": template placeholder refers to a missing argument: {{", *index,
          "}} with ", a.size() - 1, " values"));
    }
    const Value& v = a[*index];
    if (v.is_null()) {
      result.append(parts[k]);
    } else {
      result.append(v.ToString());
    }
  }
  out = Value::String(std::move(result));
  return absl::OkStatus();
}

// str:hex: Integer.toHexString of every UTF-16 unit, unpadded (HexFunctionExtension).
absl::Status HexBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) return NullArgumentError("str:hex", 0);
  std::string result;
  for (char16_t unit : ToUtf16(a[0].string_value())) absl::StrAppendFormat(&result, "%x", unit);
  out = Value::String(std::move(result));
  return absl::OkStatus();
}

// str:unhex: each pair of hex digits is one character U+0000..U+00FF (Character.toChars), so
// "c3a9" gives "Ã©", exactly as Siddhi. An odd length or a bad digit refuses the event.
absl::Status UnhexBody(const ScalarArgs& a, Value& out) {
  constexpr std::string_view kFn = "str:unhex";
  if (a[0].is_null()) return NullArgumentError(kFn, 0);
  const std::string& s = a[0].string_value();
  std::string result;
  for (size_t i = 0; i < s.size(); i += 2) {
    std::optional<int32_t> code =
        i + 2 <= s.size() ? JavaParseInt(std::string_view(s).substr(i, 2), 16) : std::nullopt;
    if (!code || *code < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(std::string(kFn), ": the input is not a sequence of hex pairs: ", s));
    }
    AppendUtf8(static_cast<char32_t>(*code), result);
  }
  out = Value::String(std::move(result));
  return absl::OkStatus();
}

absl::Status LengthBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) return NullArgumentError("str:length", 0);
  out = Value::Int(static_cast<int32_t>(JavaLength(a[0].string_value())));
  return absl::OkStatus();
}

// str:locate(searchFor, searchIn[, start]). Reproduces LocateFunctionExtension: with a start
// position the result is indexOf(substring(start)) + start, so "not found" is start - 1.
absl::Status LocateBody(const ScalarArgs& a, Value& out) {
  constexpr std::string_view kFn = "str:locate";
  if (absl::Status s = RequireNonNull(kFn, a, a.size()); !s.ok()) return s;
  const std::string& needle = a[0].string_value();
  const std::string& haystack = a[1].string_value();
  int32_t start = a.size() == 3 ? a[2].int_value() : 0;
  std::optional<size_t> from = ByteOffsetOfJavaIndex(haystack, start);
  if (!from) {
    return absl::InvalidArgumentError(absl::StrCat(
        std::string(kFn), ": start position ", start, " is out of range for the string: ",
        haystack));
  }
  size_t pos = haystack.find(needle, *from);
  if (pos == std::string::npos) {
    out = Value::Int(start - 1);
  } else {
    out = Value::Int(static_cast<int32_t>(JavaIndexOfByteOffset(haystack, pos)));
  }
  return absl::OkStatus();
}

absl::Status LowerBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) return NullArgumentError("str:lower", 0);
  out = Value::String(AsciiLower(a[0].string_value()));
  return absl::OkStatus();
}

absl::Status UpperBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) return NullArgumentError("str:upper", 0);
  out = Value::String(AsciiUpper(a[0].string_value()));
  return absl::OkStatus();
}

// str:regexp(input, regex): Matcher.matches(), the whole input.
absl::Status RegexpBody(const ScalarArgs& a, const RegexSource& regex, Value& out) {
  constexpr std::string_view kFn = "str:regexp";
  if (absl::Status s = RequireNonNull(kFn, a, 2); !s.ok()) return s;
  absl::StatusOr<std::shared_ptr<const JavaRegex>> re = regex.Get(kFn, a[1]);
  if (!re.ok()) return re.status();
  out = Value::Bool((*re)->Matches(a[0].string_value()));
  return absl::OkStatus();
}

absl::Status RepeatBody(const ScalarArgs& a, Value& out) {
  constexpr std::string_view kFn = "str:repeat";
  if (absl::Status s = RequireNonNull(kFn, a, 2); !s.ok()) return s;
  const std::string& s = a[0].string_value();
  int32_t times = std::max(a[1].int_value(), 0);
  if (static_cast<int64_t>(s.size()) * times > kMaxResultBytes) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(kFn), ": the result would be too long: ", times, " times"));
  }
  std::string result;
  result.reserve(s.size() * times);
  for (int32_t i = 0; i < times; ++i) result += s;
  out = Value::String(std::move(result));
  return absl::OkStatus();
}

template <bool kAll>
absl::Status ReplaceBody(const ScalarArgs& a, const RegexSource& regex, Value& out) {
  constexpr std::string_view kFn = kAll ? "str:replaceAll" : "str:replaceFirst";
  if (absl::Status s = RequireNonNull(kFn, a, 3); !s.ok()) return s;
  absl::StatusOr<std::shared_ptr<const JavaRegex>> re = regex.Get(kFn, a[1]);
  if (!re.ok()) return re.status();
  absl::StatusOr<std::string> replaced =
      (*re)->Replace(a[0].string_value(), a[2].string_value(), kAll);
  if (!replaced.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(kFn), ": ", replaced.status().message()));
  }
  out = Value::String(*std::move(replaced));
  return absl::OkStatus();
}

// StringBuilder.reverse() keeps surrogate pairs together, i.e. it reverses code points.
absl::Status ReverseBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) return NullArgumentError("str:reverse", 0);
  const std::string& s = a[0].string_value();
  std::string result;
  result.reserve(s.size());
  size_t end = s.size();
  while (end > 0) {
    size_t begin = end - 1;
    while (begin > 0 && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80) --begin;
    result.append(s, begin, end - begin);
    end = begin;
  }
  out = Value::String(std::move(result));
  return absl::OkStatus();
}

// str:split(input, regex, index): the index-th part of String.split(regex).
absl::Status SplitBody(const ScalarArgs& a, const RegexSource& regex, Value& out) {
  constexpr std::string_view kFn = "str:split";
  if (absl::Status s = RequireNonNull(kFn, a, 3); !s.ok()) return s;
  absl::StatusOr<std::shared_ptr<const JavaRegex>> re = regex.Get(kFn, a[1]);
  if (!re.ok()) return re.status();
  const std::string& input = a[0].string_value();
  std::vector<std::string_view> parts = (*re)->Split(input);
  int32_t index = a[2].int_value();
  if (index < 0 || index >= static_cast<int64_t>(parts.size())) {
    return IndexError(kFn, index, input);
  }
  out = Value::String(std::string(parts[index]));
  return absl::OkStatus();
}

absl::Status StrcmpBody(const ScalarArgs& a, Value& out) {
  if (absl::Status s = RequireNonNull("str:strcmp", a, 2); !s.ok()) return s;
  out = Value::Int(JavaCompareTo(a[0].string_value(), a[1].string_value()));
  return absl::OkStatus();
}

// str:substr has four forms (SubstrFunctionExtension's Type1..Type4 executors):
//   (s, begin), (s, begin, length)  -> String.substring
//   (s, regex)                      -> the first match, "" when none
//   (s, regex, group)               -> that group of the first match, "" when none, NULL when the
//                                      group did not take part, an error when it does not exist
absl::Status SubstrBody(const ScalarArgs& a, const RegexSource& regex, Value& out) {
  constexpr std::string_view kFn = "str:substr";
  if (absl::Status s = RequireNonNull(kFn, a, a.size()); !s.ok()) return s;
  const std::string& s = a[0].string_value();
  if (a[1].type() == Type::kInt) {
    int64_t begin = a[1].int_value();
    int64_t end = a.size() == 3 ? begin + a[2].int_value() : JavaLength(s);
    absl::StatusOr<std::string> sub = JavaSubstring(kFn, s, begin, end);
    if (!sub.ok()) return sub.status();
    out = Value::String(*std::move(sub));
    return absl::OkStatus();
  }
  absl::StatusOr<std::shared_ptr<const JavaRegex>> re = regex.Get(kFn, a[1]);
  if (!re.ok()) return re.status();
  int32_t group = a.size() == 3 ? a[2].int_value() : 0;
  RegexMatch m;
  if (!(*re)->Find(s, 0, &m)) {
    out = Value::String("");
    return absl::OkStatus();
  }
  if (group < 0 || group > (*re)->group_count()) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(kFn), ": the regex has no group ", group, ": ",
                     (*re)->pattern()));
  }
  out = m.groups[group] ? Value::String(std::string(*m.groups[group])) : Value::Null(Type::kString);
  return absl::OkStatus();
}

absl::Status TrimBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) return NullArgumentError("str:trim", 0);
  out = Value::String(std::string(JavaTrim(a[0].string_value())));
  return absl::OkStatus();
}

// substr's second argument is a regex only in its (s, string...) forms.
Lookup<Type> RefineSubstr(std::string_view, const std::vector<ArgInfo>& args) {
  if (args[1].type == Type::kString) {
    if (auto error = CheckConstantRegex(args, 1)) return *std::move(error);
  }
  return Type::kString;
}

// ---- Table ---------------------------------------------------------------------------------

std::vector<ScalarSpec> StringFunctions() {
  const Param input{"input.string", kString};
  const Param regex{"regex", kString};
  return {
      {.ns = "str", .name = "charAt",
       .signatures = {{{{"input.value", kString}, {"index", kInt}}}},
       .result = Type::kString, .body = CharAtBody,
       .description = "The character at a (UTF-16) index.",
       .example = "str:charAt('WSO2', 1) -> 'S'"},
      {.ns = "str", .name = "charFrequency",
       .signatures = {{{input, {"char", kString}}}},
       .result = Type::kLong, .body = CharFrequencyBody,
       .description = "How often a character occurs in the string.",
       .example = "str:charFrequency('WSO2,ABM,NSFT', ',') -> 2"},
      {.ns = "str", .name = "coalesce",
       .signatures = {{{{"arg", kAnyType}}, /*variadic=*/true}},
       .result_doc = "<type of the arguments>", .refine = RefineSameTypes,
       .body = FirstNonNullBody,
       .description = "The first argument that is not null; all arguments have one type.",
       .example = "str:coalesce(null, 'BBB', 'CCC') -> 'BBB'"},
      {.ns = "str", .name = "concat",
       .signatures = {{{{"arg", kString}, {"arg", kString}}, /*variadic=*/true}},
       .result = Type::kString, .body = ConcatBody,
       .description = "Concatenates two or more strings, skipping nulls.",
       .example = "str:concat('D533', '8JU^', 'XYZ') -> 'D5338JU^XYZ'"},
      {.ns = "str", .name = "contains",
       .signatures = {{{input, {"search.string", kString}}}},
       .result = Type::kBool, .body = ContainsBody,
       .description = "Whether the input contains the search string (false for a null input).",
       .example = "str:contains('21 products are produced by WSO2', 'WSO2') -> true"},
      {.ns = "str", .name = "equalsIgnoreCase",
       .signatures = {{{{"arg1", kString}, {"arg2", kString}}}},
       .result = Type::kBool, .body = EqualsIgnoreCaseBody,
       .description = "Whether the strings are equal ignoring (ASCII) case.",
       .example = "str:equalsIgnoreCase('WSO2', 'wso2') -> true"},
      {.ns = "str", .name = "fillTemplate",
       .signatures = {{{{"template", kString},
                        {"replacement",
                         {Type::kString, Type::kInt, Type::kLong, Type::kDouble, Type::kFloat,
                          Type::kBool}}},
                       /*variadic=*/true}},
       .result = Type::kString, .body = FillTemplateBody,
       .description = "Replaces {{1}}, {{2}}, ... in the template with the following arguments.",
       .example = "str:fillTemplate('{{1}} > 100 && {{2}} < 10000', 200, 300)"},
      {.ns = "str", .name = "hex", .signatures = {{{input}}}, .result = Type::kString,
       .body = HexBody, .description = "The hexadecimal codes of the string's characters.",
       .example = "str:hex('MySQL') -> '4d7953514c'"},
      {.ns = "str", .name = "length", .signatures = {{{input}}}, .result = Type::kInt,
       .body = LengthBody, .description = "The length in (UTF-16) characters.",
       .example = "str:length('Hello World') -> 11"},
      {.ns = "str", .name = "locate",
       .signatures = {{{{"string.to.search.for", kString}, {"string.to.search.in", kString}}},
                      {{{"string.to.search.for", kString},
                        {"string.to.search.in", kString},
                        {"searching.start.position", kInt}}}},
       .result = Type::kInt, .body = LocateBody,
       .description = "The index of the first occurrence, or -1 (start - 1 when a start "
                      "position is given, as in Siddhi).",
       .example = "str:locate('@wso2.com', 'streamin@wso2.com') -> 8"},
      {.ns = "str", .name = "lower", .signatures = {{{input}}}, .result = Type::kString,
       .body = LowerBody, .description = "The string in lower case (ASCII letters).",
       .example = "str:lower('Hello World') -> 'hello world'"},
      {.ns = "str", .name = "regexp", .signatures = {{{input, regex}}},
       .result = Type::kBool, .refine = RegexRefine(1, Type::kBool),
       .bind = RegexBind(RegexpBody, 1),
       .description = "Whether the whole string matches the (Java) regex.",
       .example = "str:regexp('WSO2 abcdh', 'WSO(.*h)') -> true"},
      {.ns = "str", .name = "repeat",
       .signatures = {{{input, {"times", kInt}}}},
       .result = Type::kString, .body = RepeatBody,
       .description = "The string repeated a number of times.",
       .example = "str:repeat('StRing 1', 3) -> 'StRing 1StRing 1StRing 1'"},
      {.ns = "str", .name = "replaceAll",
       .signatures = {{{input, regex, {"replacement.string", kString}}}},
       .result = Type::kString, .refine = RegexRefine(1, Type::kString),
       .bind = RegexBind(ReplaceBody<true>, 1),
       .description = "Replaces every match of the regex ($1 inserts a group).",
       .example = "str:replaceAll('hello hi hello', 'hello', 'test') -> 'test hi test'"},
      {.ns = "str", .name = "replaceFirst",
       .signatures = {{{input, regex, {"replacement.string", kString}}}},
       .result = Type::kString, .refine = RegexRefine(1, Type::kString),
       .bind = RegexBind(ReplaceBody<false>, 1),
       .description = "Replaces the first match of the regex ($1 inserts a group).",
       .example = "str:replaceFirst('hello WSO2 A hello', 'WSO2(.*)A', 'XXXX') -> "
                  "'hello XXXX hello'"},
      {.ns = "str", .name = "reverse", .signatures = {{{input}}}, .result = Type::kString,
       .body = ReverseBody, .description = "The string reversed.",
       .example = "str:reverse('Hello World') -> 'dlroW olleH'"},
      {.ns = "str", .name = "split",
       .signatures = {{{input, {"split.string", kString}, {"group.number", kInt}}}},
       .result = Type::kString, .refine = RegexRefine(1, Type::kString),
       .bind = RegexBind(SplitBody, 1),
       .description = "The part at an index after splitting on a regex.",
       .example = "str:split('WSO2,ABM,NSFT', ',', 0) -> 'WSO2'"},
      {.ns = "str", .name = "strcmp",
       .signatures = {{{{"arg1", kString}, {"arg2", kString}}}},
       .result = Type::kInt, .body = StrcmpBody,
       .description = "Compares lexicographically (String.compareTo).",
       .example = "str:strcmp('AbCDefghiJ KLMN', 'Hello') -> -7"},
      {.ns = "str", .name = "substr",
       .signatures = {{{input, {"begin.index", kInt}}},
                      {{input, {"begin.index", kInt}, {"length", kInt}}},
                      {{input, regex}},
                      {{input, regex, {"group.number", kInt}}}},
       .result = Type::kString, .refine = RefineSubstr, .bind = RegexBind(SubstrBody, 1),
       .description = "A substring by index and length, or by regex (and group).",
       .example = "str:substr('AbCDefghiJ KLMN', 2, 4) -> 'CDef'"},
      {.ns = "str", .name = "trim", .signatures = {{{input}}}, .result = Type::kString,
       .body = TrimBody, .description = "The string without leading and trailing whitespace.",
       .example = "str:trim('  AbCDefghiJ KLMN  ') -> 'AbCDefghiJ KLMN'"},
      {.ns = "str", .name = "unhex", .signatures = {{{input}}}, .result = Type::kString,
       .body = UnhexBody, .description = "The string of hexadecimal character codes.",
       .example = "str:unhex('4d7953514c') -> 'MySQL'"},
      {.ns = "str", .name = "upper", .signatures = {{{input}}}, .result = Type::kString,
       .body = UpperBody, .description = "The string in upper case (ASCII letters).",
       .example = "str:upper('Hello World') -> 'HELLO WORLD'"},
  };
}

}  // namespace

void RegisterStringFunctions(Registry& registry) {
  for (const ScalarSpec& spec : StringFunctions()) registry.AddScalar(MakeScalar(spec));
}

}  // namespace talon::exec
