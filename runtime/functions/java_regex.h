// JavaRegex: java.util.regex semantics (matches / lookingAt / find, String.split, replaceAll
// with $1) on RE2, shared by the str: and regex: families. Java-only constructs are rejected
// with kUnsupportedRegex rather than misread; spellings RE2 writes differently are translated.
#ifndef TALON_RUNTIME_FUNCTIONS_JAVA_REGEX_H_
#define TALON_RUNTIME_FUNCTIONS_JAVA_REGEX_H_

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/value.h"
#include "frontend/catalog.h"
#include "runtime/functions/scalar_adapter.h"

namespace re2 {
class RE2;
}

namespace talon::exec {

// Why a pattern was rejected: kInvalidRegex (bad syntax) or kUnsupportedRegex (valid Java that
// RE2 lacks). `message` is a full diagnostic sentence.
struct RegexError {
  DiagCode code = DiagCode::kInvalidRegex;
  std::string message;
};

// One match: group 0 is the whole match; an unset optional is a group that did not participate
// (Java's group() returning null). Views point into the searched input.
struct RegexMatch {
  std::vector<std::optional<std::string_view>> groups;
  size_t begin = 0;  // byte offsets of group 0
  size_t end = 0;
};

// An immutable compiled pattern; safe to share between threads. Differences from Java that are
// not rejected: '.' excludes only '\n' (Java also '\r', U+0085, U+2028, U+2029) and '$' without
// (?m) matches only at the very end (Java also before a final line terminator).
class JavaRegex {
 public:
  static std::variant<std::shared_ptr<const JavaRegex>, RegexError> Compile(
      std::string_view pattern);
  ~JavaRegex();

  const std::string& pattern() const { return pattern_; }
  int group_count() const;

  // Matcher.matches(): the whole input.
  bool Matches(std::string_view input) const;
  // Matcher.lookingAt(): a prefix of the input.
  bool LookingAt(std::string_view input) const;
  // Matcher.find(from): the first match starting at byte offset >= `from`. Anchors and \b see
  // the whole input, as Java's do after reset().
  bool Find(std::string_view input, size_t from, RegexMatch* match) const;

  // String.replaceAll / replaceFirst with Java's replacement syntax ($n, ${name}, \x escapes).
  // A malformed replacement or a reference to a missing group is InvalidArgument.
  absl::StatusOr<std::string> Replace(std::string_view input, std::string_view replacement,
                                      bool all) const;
  // String.split(regex) (limit 0): trailing empty strings removed; a zero-width match at the
  // start produces no leading empty string.
  std::vector<std::string_view> Split(std::string_view input) const;

 private:
  JavaRegex(std::string pattern, std::unique_ptr<re2::RE2> re);

  std::string pattern_;
  std::unique_ptr<re2::RE2> re_;
};

// Compile-time check for a regex argument: when argument `index` is a constant string, compiles
// it and turns a failure into a LookupError pointing at that argument.
std::optional<frontend::LookupError> CheckConstantRegex(const std::vector<frontend::ArgInfo>& args,
                                                        int index);

// Where a call site gets its pattern: compiled once when the argument is constant, else
// compiled per event with the last pattern cached (events of one stream usually repeat it).
// Thread-safe; the cache is guarded by a mutex because call sites are shared by partitions.
class RegexSource {
 public:
  // `constant` is the compiled constant pattern, or null when the pattern varies per event.
  explicit RegexSource(std::shared_ptr<const JavaRegex> constant)
      : constant_(std::move(constant)) {}

  // Prepares argument `index` of a call site: compiles it when constant.
  static absl::StatusOr<std::shared_ptr<const JavaRegex>> CompileConstant(
      const std::vector<frontend::ArgInfo>& args, int index);

  // The pattern for this event; `pattern` must be a non-null string. A bad per-event pattern
  // is InvalidArgument naming `fn`.
  absl::StatusOr<std::shared_ptr<const JavaRegex>> Get(std::string_view fn,
                                                       const Value& pattern) const;

 private:
  std::shared_ptr<const JavaRegex> constant_;
  mutable std::mutex mu_;
  mutable std::shared_ptr<const JavaRegex> last_;  // guarded by mu_
};

// A per-event body of a function with a regex argument; it asks `regex` for the compiled
// pattern once its null checks have passed.
using RegexBody = absl::Status (*)(const ScalarArgs& args, const RegexSource& regex, Value& out);

// refine for a function whose argument `index` is a regex: rejects a bad constant pattern at
// compile time (kInvalidRegex / kUnsupportedRegex at that argument), else gives `result`.
RefineFn RegexRefine(int index, Type result);
// bind for such a function: compiles a constant pattern once, else caches per-event patterns.
BindFn RegexBind(RegexBody body, int index);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_FUNCTIONS_JAVA_REGEX_H_
