#include "frontend/base/diagnostic.h"

#include <algorithm>
#include <cctype>

#include "absl/strings/str_cat.h"

namespace talon {

const char* DiagCodeName(DiagCode code) {
  switch (code) {
    case DiagCode::kSyntaxError: return "syntax-error";
    case DiagCode::kDeprecatedSyntax: return "deprecated-syntax";
    case DiagCode::kDuplicateDefinition: return "duplicate-definition";
    case DiagCode::kUnknownStream: return "unknown-stream";
    case DiagCode::kUnknownAttribute: return "unknown-attribute";
    case DiagCode::kAmbiguousAttribute: return "ambiguous-attribute";
    case DiagCode::kDuplicateAttribute: return "duplicate-attribute";
    case DiagCode::kTypeMismatch: return "type-mismatch";
    case DiagCode::kUnknownFunction: return "unknown-function";
    case DiagCode::kWrongArgumentCount: return "wrong-argument-count";
    case DiagCode::kWrongArgumentType: return "wrong-argument-type";
    case DiagCode::kInvalidArgument: return "invalid-argument";
    case DiagCode::kMisplacedAggregator: return "misplaced-aggregator";
    case DiagCode::kGroupBy: return "group-by";
    case DiagCode::kSchemaMismatch: return "schema-mismatch";
    case DiagCode::kUnknownWindow: return "unknown-window";
    case DiagCode::kInvalidWindow: return "invalid-window";
    case DiagCode::kInvalidAnnotation: return "invalid-annotation";
    case DiagCode::kInvalidRegex: return "invalid-regex";
    case DiagCode::kUnsupportedRegex: return "unsupported-regex";
    case DiagCode::kInvalidPattern: return "invalid-pattern";
    case DiagCode::kInvalidPartition: return "invalid-partition";
    case DiagCode::kInvalidOutputRate: return "invalid-output-rate";
    case DiagCode::kInvalidTableOperation: return "invalid-table-operation";
    case DiagCode::kUnboundedState: return "unbounded-state";
    case DiagCode::kUnsupported: return "unsupported";
    case DiagCode::kInternal: return "internal";
  }
  return "internal";
}

Diagnostic& Diagnostics::Error(DiagCode code, SourceSpan span, std::string message) {
  ++error_count_;
  diagnostics_.push_back(Diagnostic{Severity::kError, code, span, std::move(message), {}});
  return diagnostics_.back();
}

Diagnostic& Diagnostics::Warning(DiagCode code, SourceSpan span, std::string message) {
  diagnostics_.push_back(Diagnostic{Severity::kWarning, code, span, std::move(message), {}});
  return diagnostics_.back();
}

bool Diagnostics::HasCode(DiagCode code) const {
  return std::any_of(diagnostics_.begin(), diagnostics_.end(),
                     [code](const Diagnostic& d) { return d.code == code; });
}

std::string Diagnostics::RenderAll() const {
  std::string out;
  for (const Diagnostic& d : diagnostics_) out += Render(d, source_);
  return out;
}

absl::Status Diagnostics::ToStatus() const {
  if (!has_errors()) return absl::OkStatus();
  bool all_unsupported = std::all_of(diagnostics_.begin(), diagnostics_.end(), [](const auto& d) {
    return d.severity != Severity::kError || d.code == DiagCode::kUnsupported;
  });
  std::string text = RenderAll();
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return all_unsupported ? absl::UnimplementedError(text) : absl::InvalidArgumentError(text);
}

namespace {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

// Appends the source line holding `span` and a caret line under it (clipped to that line).
void AppendCaret(std::string& out, SourceSpan span, const SourceText& source) {
  LineColumn begin = source.Position(span.begin);
  std::string_view line = source.Line(begin.line);
  absl::StrAppend(&out, std::string(line), "\n");
  // Columns count code points; tabs are copied so the caret lines up under them.
  std::string caret;
  uint32_t column = 1;
  for (size_t i = 0; i < line.size() && column < begin.column; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    caret += line[i] == '\t' ? '\t' : ' ';
    ++column;
  }
  LineColumn end = source.Position(span.end > span.begin ? span.end : span.begin + 1);
  uint32_t width = end.line == begin.line && end.column > begin.column
                       ? end.column - begin.column
                       : std::max<uint32_t>(1, static_cast<uint32_t>(line.size()) + 1 - begin.column);
  caret.append(width, '^');
  absl::StrAppend(&out, caret, "\n");
}

}  // namespace

std::string Render(const Diagnostic& d, const SourceText* source) {
  std::string out;
  if (source != nullptr) {
    LineColumn pos = source->Position(d.span.begin);
    absl::StrAppend(&out, source->name(), ":", pos.line, ":", pos.column, ": ");
  }
  absl::StrAppend(&out, SeverityName(d.severity), ": ", d.message, " [", DiagCodeName(d.code),
                  "]\n");
  if (source != nullptr && !source->text().empty()) AppendCaret(out, d.span, *source);
  for (const DiagNote& note : d.notes) {
    if (source != nullptr && !note.span.empty()) {
      LineColumn pos = source->Position(note.span.begin);
      absl::StrAppend(&out, source->name(), ":", pos.line, ":", pos.column, ": note: ",
                      note.message, "\n");
      AppendCaret(out, note.span, *source);
    } else {
      absl::StrAppend(&out, "note: ", note.message, "\n");
    }
  }
  return out;
}

std::string ClosestMatch(std::string_view name, const std::vector<std::string>& candidates) {
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  std::string best;
  size_t best_distance = std::max<size_t>(1, name.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    // Levenshtein distance, case-insensitive, two rows.
    std::vector<size_t> prev(candidate.size() + 1), cur(candidate.size() + 1);
    for (size_t j = 0; j <= candidate.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= name.size(); ++i) {
      cur[0] = i;
      for (size_t j = 1; j <= candidate.size(); ++j) {
        size_t cost = lower(name[i - 1]) == lower(candidate[j - 1]) ? 0 : 1;
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      }
      std::swap(prev, cur);
    }
    if (prev[candidate.size()] < best_distance) {
      best_distance = prev[candidate.size()];
      best = candidate;
    }
  }
  return best;
}

}  // namespace talon
