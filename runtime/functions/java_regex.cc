#include "runtime/functions/java_regex.h"

#include <map>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "re2/re2.h"
#include "runtime/functions/java_compat.h"

namespace talon::exec {
namespace {

RegexError Unsupported(std::string_view what, std::string_view spelling) {
  return RegexError{DiagCode::kUnsupportedRegex,
                    absl::StrCat("regex ", std::string(what), " '", std::string(spelling),
                                 "' is not supported (Talon uses RE2); rewrite without it")};
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsOctal(char c) { return c >= '0' && c <= '7'; }

// Java's POSIX-style \p{Name} classes and RE2's [:name:] equivalents.
const std::map<std::string_view, std::string_view>& PosixClasses() {
  static const auto* kClasses = new std::map<std::string_view, std::string_view>{
      {"Lower", "lower"}, {"Upper", "upper"}, {"ASCII", "ascii"}, {"Alpha", "alpha"},
      {"Digit", "digit"}, {"Alnum", "alnum"}, {"Punct", "punct"}, {"Graph", "graph"},
      {"Print", "print"}, {"Blank", "blank"}, {"Cntrl", "cntrl"}, {"XDigit", "xdigit"},
      {"Space", "space"}};
  return *kClasses;
}

// Java's \h (horizontal whitespace) and \v (vertical whitespace, Java 8+), as class members.
constexpr std::string_view kHorizontalSpace =
    " \\t\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}";
constexpr std::string_view kVerticalSpace = "\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}";

// Rewrites a Java pattern into RE2 syntax, or explains which Java construct RE2 lacks. Syntax
// errors are left for RE2 to report. One pass over the pattern, tracking escapes, \Q...\E
// quoting and character classes (where most metacharacters are literal).
std::variant<std::string, RegexError> TranslateJavaRegex(std::string_view p) {
  std::string out;
  out.reserve(p.size() + 8);
  bool in_class = false;
  size_t i = 0;
  auto next = [&](size_t k) -> char { return i + k < p.size() ? p[i + k] : '\0'; };
  while (i < p.size()) {
    char c = p[i];
    if (c == '\\') {
      char d = next(1);
      if (d == '\0') {  // trailing backslash: RE2 reports it
        out.push_back(c);
        ++i;
        continue;
      }
      if (d == 'Q') {  // \Q...\E quotes verbatim; RE2 has the same syntax
        size_t end = p.find("\\E", i + 2);
        size_t stop = end == std::string_view::npos ? p.size() : end + 2;
        out.append(p.substr(i, stop - i));
        i = stop;
        continue;
      }
      if (!in_class && d >= '1' && d <= '9') {
        return Unsupported("backreference", p.substr(i, 2));
      }
      if (d == 'k' && next(2) == '<') return Unsupported("named backreference", "\\k<");
      if (d == 'G' || d == 'Z') return Unsupported("anchor", p.substr(i, 2));
      if (d == 'R') return Unsupported("linebreak matcher", "\\R");
      if (d == 'X') return Unsupported("grapheme cluster matcher", "\\X");
      if (d == 'H' || d == 'V') return Unsupported("negated whitespace class", p.substr(i, 2));
      if (d == 'h' || d == 'v') {
        std::string_view members = d == 'h' ? kHorizontalSpace : kVerticalSpace;
        if (in_class) {
          out.append(members);
        } else {
          absl::StrAppend(&out, "[", std::string(members), "]");
        }
        i += 2;
        continue;
      }
      if (d == 'e') {  // escape character
        out.append("\\x1B");
        i += 2;
        continue;
      }
      if (d == '0') {  // Java octal \0n, \0nn, \0mnn (m <= 3); RE2 reads octal differently
        size_t k = 2;
        int value = 0;
        int max_digits = IsOctal(next(2)) && next(2) <= '3' ? 3 : 2;
        while (k < 2 + static_cast<size_t>(max_digits) && IsOctal(next(k))) {
          value = value * 8 + (next(k) - '0');
          ++k;
        }
        if (k == 2) return RegexError{DiagCode::kInvalidRegex,
                                      absl::StrCat("invalid regex '", std::string(p),
                                                   "': illegal octal escape")};
        absl::StrAppendFormat(&out, "\\x{%X}", value);
        i += k;
        continue;
      }
      if (d == 'c' && i + 2 < p.size()) {  // control character \cX
        absl::StrAppendFormat(&out, "\\x{%X}", static_cast<unsigned char>(p[i + 2]) ^ 64);
        i += 3;
        continue;
      }
      if ((d == 'p' || d == 'P') && next(2) == '{') {
        size_t close = p.find('}', i + 3);
        if (close != std::string_view::npos) {
          std::string_view name = p.substr(i + 3, close - i - 3);
          bool negated = d == 'P';
          if (name.substr(0, 2) == "Is" && name.size() > 2 && name != "IsAlphabetic") {
            name.remove_prefix(2);  // \p{IsLatin} / \p{IsLu}: RE2 spells them \p{Latin}, \p{Lu}
          }
          auto posix = PosixClasses().find(name);
          if (posix != PosixClasses().end()) {
            std::string cls =
                absl::StrCat("[:", negated ? "^" : "", std::string(posix->second), ":]");
            if (in_class) {
              out.append(cls);
            } else {
              absl::StrAppend(&out, "[", cls, "]");
            }
          } else if (name.substr(0, 4) == "java" || name.substr(0, 2) == "In" ||
                     name == "IsAlphabetic" || name.find('=') != std::string_view::npos) {
            return Unsupported("character property", p.substr(i, close + 1 - i));
          } else {
            absl::StrAppend(&out, "\\", std::string(1, d), "{", std::string(name), "}");
          }
          i = close + 1;
          continue;
        }
      }
      out.append(p.substr(i, 2));
      i += 2;
      continue;
    }

    if (in_class) {
      if (c == '[') return Unsupported("nested character class", "[");
      if (c == '&' && next(1) == '&') return Unsupported("character class intersection", "&&");
      if (c == ']') in_class = false;
      out.push_back(c);
      ++i;
      continue;
    }

    switch (c) {
      case '[': {
        in_class = true;
        out.push_back(c);
        ++i;
        if (next(0) == '^') {
          out.push_back('^');
          ++i;
        }
        if (next(0) == ']') {  // a leading ']' is a literal member
          out.append("\\]");
          ++i;
        }
        continue;
      }
      case '(': {
        if (next(1) != '?') break;
        char d = next(2);
        if (d == '=') return Unsupported("lookahead", "(?=");
        if (d == '!') return Unsupported("negative lookahead", "(?!");
        if (d == '>') return Unsupported("atomic group", "(?>");
        if (d == '<') {
          if (next(3) == '=') return Unsupported("lookbehind", "(?<=");
          if (next(3) == '!') return Unsupported("negative lookbehind", "(?<!");
          out.append("(?P<");  // named group; this RE2 only knows the Python spelling
          i += 3;
          continue;
        }
        // Inline flags (?idmsuxU-idmsuxU) or (?flags:...). RE2 knows i, m and s; Java's u
        // (Unicode case folding) is RE2's default, so it is dropped.
        size_t k = 2;
        std::string flags;
        while (i + k < p.size() && p[i + k] != ')' && p[i + k] != ':') {
          char f = p[i + k];
          if (f == 'i' || f == 'm' || f == 's' || f == '-') {
            flags.push_back(f);
          } else if (f != 'u') {
            if (f == 'x' || f == 'd' || f == 'U' || f == 'c') {
              return Unsupported("flag", absl::StrCat("(?", std::string(1, f), ")"));
            }
            break;  // not a flag group; RE2 reports the syntax error
          }
          ++k;
        }
        if (i + k < p.size() && (p[i + k] == ')' || p[i + k] == ':')) {
          if (flags.empty() || flags == "-") {
            // "(?u)" alone becomes nothing; "(?u:" becomes a plain group.
            if (p[i + k] == ':') out.append("(?:");
          } else {
            absl::StrAppend(&out, "(?", flags, std::string(1, p[i + k]));
          }
          i += k + 1;
          continue;
        }
        break;
      }
      case '*':
      case '+':
      case '?':
        if (next(1) == '+') return Unsupported("possessive quantifier", p.substr(i, 2));
        break;
      case '{': {
        // A bounded quantifier {n}, {n,}, {n,m}: only its possessive form needs attention.
        size_t k = 1;
        while (IsAsciiDigit(next(k)) || next(k) == ',') ++k;
        if (k > 1 && next(k) == '}' && next(k + 1) == '+') {
          return Unsupported("possessive quantifier", p.substr(i, k + 2));
        }
        break;
      }
      default:
        break;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

// Byte length of the code point starting at `offset` (1 for ASCII and at the end).
size_t CodePointLength(std::string_view s, size_t offset) {
  if (offset >= s.size()) return 1;
  unsigned char c = static_cast<unsigned char>(s[offset]);
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(n, s.size() - offset);
}

}  // namespace

JavaRegex::JavaRegex(std::string pattern, std::unique_ptr<re2::RE2> re)
    : pattern_(std::move(pattern)), re_(std::move(re)) {}

JavaRegex::~JavaRegex() = default;

std::variant<std::shared_ptr<const JavaRegex>, RegexError> JavaRegex::Compile(
    std::string_view pattern) {
  std::variant<std::string, RegexError> translated = TranslateJavaRegex(pattern);
  if (auto* error = std::get_if<RegexError>(&translated)) return std::move(*error);
  re2::RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<re2::RE2>(std::get<std::string>(translated), options);
  if (!re->ok()) {
    return RegexError{DiagCode::kInvalidRegex,
                      absl::StrCat("invalid regex '", std::string(pattern), "': ", re->error())};
  }
  return std::shared_ptr<const JavaRegex>(new JavaRegex(std::string(pattern), std::move(re)));
}

int JavaRegex::group_count() const { return re_->NumberOfCapturingGroups(); }

bool JavaRegex::Matches(std::string_view input) const {
  return re_->Match(Piece(input), 0, input.size(), re2::RE2::ANCHOR_BOTH, nullptr, 0);
}

bool JavaRegex::LookingAt(std::string_view input) const {
  return re_->Match(Piece(input), 0, input.size(), re2::RE2::ANCHOR_START, nullptr, 0);
}

bool JavaRegex::Find(std::string_view input, size_t from, RegexMatch* match) const {
  if (from > input.size()) return false;
  int n = match == nullptr ? 0 : group_count() + 1;
  std::vector<re2::StringPiece> pieces(n);
  if (!re_->Match(Piece(input), from, input.size(), re2::RE2::UNANCHORED, pieces.data(), n)) {
    return false;
  }
  if (match != nullptr) {
    match->groups.assign(n, std::nullopt);
    for (int g = 0; g < n; ++g) {
      if (pieces[g].data() != nullptr) {
        match->groups[g] = std::string_view(pieces[g].data(), pieces[g].size());
      }
    }
    match->begin = static_cast<size_t>(pieces[0].data() - input.data());
    match->end = match->begin + pieces[0].size();
  }
  return true;
}

absl::StatusOr<std::string> JavaRegex::Replace(std::string_view input,
                                               std::string_view replacement, bool all) const {
  std::string out;
  size_t copied = 0;  // input before this offset is already in `out`
  size_t from = 0;
  RegexMatch m;
  while (from <= input.size() && Find(input, from, &m)) {
    out.append(input.substr(copied, m.begin - copied));
    // Matcher.appendReplacement: backslash escapes the next character, $n / ${name} insert a
    // group. Group numbers take as many digits as still name an existing group.
    for (size_t i = 0; i < replacement.size(); ++i) {
      char c = replacement[i];
      if (c == '\\') {
        if (++i >= replacement.size()) {
          return absl::InvalidArgumentError("character to be escaped is missing in replacement");
        }
        out.push_back(replacement[i]);
      } else if (c == '$') {
        if (++i >= replacement.size()) {
          return absl::InvalidArgumentError(
              "illegal group reference in replacement: group index is missing");
        }
        int group = -1;
        if (replacement[i] == '{') {
          size_t close = replacement.find('}', i);
          if (close == std::string_view::npos) {
            return absl::InvalidArgumentError("named capturing group is missing trailing '}'");
          }
          std::string name(replacement.substr(i + 1, close - i - 1));
          auto it = re_->NamedCapturingGroups().find(name);
          if (it == re_->NamedCapturingGroups().end()) {
            return absl::InvalidArgumentError(absl::StrCat("no group with name: ", name));
          }
          group = it->second;
          i = close;
        } else {
          if (!IsAsciiDigit(replacement[i])) {
            return absl::InvalidArgumentError(
                absl::StrCat("illegal group reference in replacement: ", std::string(replacement)));
          }
          group = replacement[i] - '0';
          while (i + 1 < replacement.size() && IsAsciiDigit(replacement[i + 1])) {
            int longer = group * 10 + (replacement[i + 1] - '0');
            if (longer > group_count()) break;
            group = longer;
            ++i;
          }
          if (group > group_count()) {
            return absl::InvalidArgumentError(absl::StrCat("no group ", group));
          }
        }
        if (m.groups[group].has_value()) out.append(*m.groups[group]);
      } else {
        out.push_back(c);
      }
    }
    copied = m.end;
    if (!all) break;
    // After an empty match, Java's find() resumes one character further on.
    from = m.end == m.begin ? m.end + CodePointLength(input, m.end) : m.end;
  }
  out.append(input.substr(std::min(copied, input.size())));
  return out;
}

std::vector<std::string_view> JavaRegex::Split(std::string_view input) const {
  std::vector<std::string_view> parts;
  size_t index = 0;
  size_t from = 0;
  bool matched = false;
  RegexMatch m;
  while (from <= input.size() && Find(input, from, &m)) {
    from = m.end == m.begin ? m.end + CodePointLength(input, m.end) : m.end;
    if (m.end == 0) continue;  // a zero-width match at the start adds no leading ""
    matched = true;
    parts.push_back(input.substr(index, m.begin - index));
    index = m.end;
  }
  if (!matched) return {input};
  parts.push_back(input.substr(index));
  while (!parts.empty() && parts.back().empty()) parts.pop_back();
  return parts;
}

std::optional<frontend::LookupError> CheckConstantRegex(const std::vector<frontend::ArgInfo>& args,
                                                        int index) {
  const frontend::ArgInfo& arg = args[index];
  if (!arg.constant.has_value() || arg.constant->is_null() ||
      arg.constant->type() != Type::kString) {
    return std::nullopt;
  }
  auto compiled = JavaRegex::Compile(arg.constant->string_value());
  if (auto* error = std::get_if<RegexError>(&compiled)) {
    return frontend::LookupError{error->code, error->message, index};
  }
  return std::nullopt;
}

absl::StatusOr<std::shared_ptr<const JavaRegex>> RegexSource::CompileConstant(
    const std::vector<frontend::ArgInfo>& args, int index) {
  const frontend::ArgInfo& arg = args[index];
  if (!arg.constant.has_value() || arg.constant->is_null() ||
      arg.constant->type() != Type::kString) {
    return nullptr;
  }
  auto compiled = JavaRegex::Compile(arg.constant->string_value());
  if (auto* error = std::get_if<RegexError>(&compiled)) {
    return absl::InvalidArgumentError(error->message);
  }
  return std::get<std::shared_ptr<const JavaRegex>>(std::move(compiled));
}

absl::StatusOr<std::shared_ptr<const JavaRegex>> RegexSource::Get(std::string_view fn,
                                                                  const Value& pattern) const {
  if (constant_ != nullptr) return constant_;
  const std::string& text = pattern.string_value();
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (last_ != nullptr && last_->pattern() == text) return last_;
  }
  auto compiled = JavaRegex::Compile(text);
  if (auto* error = std::get_if<RegexError>(&compiled)) {
    return absl::InvalidArgumentError(absl::StrCat(std::string(fn), ": ", error->message));
  }
  auto regex = std::get<std::shared_ptr<const JavaRegex>>(std::move(compiled));
  std::lock_guard<std::mutex> lock(mu_);
  last_ = regex;
  return regex;
}

namespace {

class RegexFunction final : public ScalarFunction {
 public:
  RegexFunction(RegexBody body, Type result, std::shared_ptr<const JavaRegex> constant)
      : body_(body), result_(result), source_(std::move(constant)) {}
  absl::Status Call(const Value* args, size_t arg_count, const CallContext& ctx,
                    Value& out) const override {
    return body_(ScalarArgs{args, arg_count, &ctx, result_}, source_, out);
  }

 private:
  RegexBody body_;
  Type result_;
  RegexSource source_;
};

}  // namespace

RefineFn RegexRefine(int index, Type result) {
  return [index, result](std::string_view,
                         const std::vector<frontend::ArgInfo>& args) -> frontend::Lookup<Type> {
    if (auto error = CheckConstantRegex(args, index)) return *std::move(error);
    return result;
  };
}

BindFn RegexBind(RegexBody body, int index) {
  return [body, index](const std::vector<frontend::ArgInfo>& args,
                       Type result) -> absl::StatusOr<std::unique_ptr<ScalarFunction>> {
    std::shared_ptr<const JavaRegex> constant;
    if (static_cast<size_t>(index) < args.size() && args[index].type == Type::kString) {
      auto compiled = RegexSource::CompileConstant(args, index);
      if (!compiled.ok()) return compiled.status();
      constant = *std::move(compiled);
    }
    return std::make_unique<RegexFunction>(body, result, std::move(constant));
  };
}

}  // namespace talon::exec
