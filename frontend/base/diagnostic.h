// Compile-time diagnostics: stable codes, positioned messages, a collector, and the clang-like
// renderer ("file:line:col: error: message [code]" + source line + carets). docs/errors.md lists
// every code with an example.
#ifndef TALON_FRONTEND_BASE_DIAGNOSTIC_H_
#define TALON_FRONTEND_BASE_DIAGNOSTIC_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "frontend/base/source.h"

namespace talon {

// One code per kind of problem. Names (DiagCodeName) are stable: tests and `.test` files match them.
enum class DiagCode {
  kSyntaxError,            // syntax-error
  kDeprecatedSyntax,       // deprecated-syntax: Siddhi 3 forms with a Siddhi 5 replacement
  kDuplicateDefinition,    // duplicate-definition
  kUnknownStream,          // unknown-stream
  kUnknownAttribute,       // unknown-attribute
  kAmbiguousAttribute,     // ambiguous-attribute
  kDuplicateAttribute,     // duplicate-attribute
  kTypeMismatch,           // type-mismatch
  kUnknownFunction,        // unknown-function
  kWrongArgumentCount,     // wrong-argument-count
  kWrongArgumentType,      // wrong-argument-type
  kInvalidArgument,        // invalid-argument: a constant argument with a bad value
  kMisplacedAggregator,    // misplaced-aggregator: an aggregator outside select/having
  kGroupBy,                // group-by: a selected attribute neither grouped nor aggregated
  kSchemaMismatch,         // schema-mismatch: insert into a stream whose attributes differ
  kUnknownWindow,          // unknown-window
  kInvalidWindow,          // invalid-window: wrong window parameters, two windows on one input
  kInvalidAnnotation,      // invalid-annotation
  kInvalidRegex,           // invalid-regex
  kUnsupportedRegex,       // unsupported-regex: a Java regex feature re2 does not have
  kInvalidPattern,         // invalid-pattern: bad event references, counts, `every` placement
  kInvalidPartition,       // invalid-partition
  kInvalidOutputRate,      // invalid-output-rate
  kInvalidTableOperation,  // invalid-table-operation
  kUnboundedState,         // unbounded-state (warning): state that grows forever
  kUnsupported,            // unsupported: valid Siddhi that Talon does not run yet
  kInternal,               // internal: a Talon bug surfaced as a diagnostic
};

const char* DiagCodeName(DiagCode code);

enum class Severity { kError, kWarning, kNote };

// A note attached to a diagnostic: "did you mean 'price'?" or a second location.
struct DiagNote {
  std::string message;
  SourceSpan span;  // empty: the note has no location of its own
};

struct Diagnostic {
  Severity severity = Severity::kError;
  DiagCode code = DiagCode::kInternal;
  SourceSpan span;
  std::string message;  // lower-case start, no trailing period, user's names quoted
  std::vector<DiagNote> notes;
};

// Collects diagnostics for one SourceText. Not thread-safe; one per compile.
class Diagnostics {
 public:
  explicit Diagnostics(const SourceText* source = nullptr) : source_(source) {}

  void set_source(const SourceText* source) { source_ = source; }
  // Keeps `source` alive as long as these diagnostics, so they render after the compile that
  // produced them has returned (the Engine compiles text it does not keep).
  void AdoptSource(std::shared_ptr<const SourceText> source) {
    owned_source_ = std::move(source);
    source_ = owned_source_.get();
  }
  const SourceText* source() const { return source_; }

  // Adds an error and returns it so callers can attach notes.
  Diagnostic& Error(DiagCode code, SourceSpan span, std::string message);
  Diagnostic& Warning(DiagCode code, SourceSpan span, std::string message);

  const std::vector<Diagnostic>& all() const { return diagnostics_; }
  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  bool HasCode(DiagCode code) const;

  // Every diagnostic rendered (see Render), in the order reported.
  std::string RenderAll() const;
  // OK when there are no errors; else InvalidArgument (Unimplemented when every error is
  // kUnsupported) carrying RenderAll().
  absl::Status ToStatus() const;

 private:
  const SourceText* source_;
  std::shared_ptr<const SourceText> owned_source_;
  std::vector<Diagnostic> diagnostics_;
  int error_count_ = 0;
};

// Renders one diagnostic against `source` (may be null: then no position or caret line):
//   app.cql:3:18: error: stream 'S' has no attribute 'prce' [unknown-attribute]
//   from S[prce > 10] select symbol insert into Out;
//          ^^^^
//   note: did you mean 'price'?
std::string Render(const Diagnostic& diagnostic, const SourceText* source);

// The closest candidate to `name` by edit distance (case-insensitive), or "" when none is close
// enough to be a plausible typo. Feeds "did you mean" notes.
std::string ClosestMatch(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace talon

#endif  // TALON_FRONTEND_BASE_DIAGNOSTIC_H_
