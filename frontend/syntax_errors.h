// Syntax errors from the ANTLR-generated CQL lexer and parser, worded for policy authors
// ("expected ')', found 'insert'") and positioned with byte spans. Used only by parser.cc; this
// header forward-declares the ANTLR types it names so that no ANTLR header leaks out of *.cc.
#ifndef TALON_FRONTEND_SYNTAX_ERRORS_H_
#define TALON_FRONTEND_SYNTAX_ERRORS_H_

#include <cstddef>
#include <memory>
#include <string>

#include "frontend/base/diagnostic.h"
#include "frontend/base/source.h"

namespace antlr4 {
class ANTLRErrorListener;
class ANTLRErrorStrategy;
class Token;
}  // namespace antlr4

namespace talon::frontend {

// Collects the syntax errors of one parse into `diagnostics` as kSyntaxError (or
// kDeprecatedSyntax, for Siddhi 3 phrases it recognizes) with the span of the offending token.
//
// Install listener() on the lexer and the parser (after removing ANTLR's console listener) and
// MakeErrorStrategy() on the parser. The strategy words each error from ANTLR's structured
// state (expected-token sets, offending token); the listener turns it into a Diagnostic and
// rewrites any raw ANTLR message ("mismatched input ... expecting ...") that reaches it some
// other way. Only the first error of a parse is kept: errors after ANTLR's recovery are mostly
// echoes of the first and would mislead.
//
// `source` and `diagnostics` must outlive the collector; the listener and strategy must not be
// used after the collector is destroyed. Not thread-safe (one per parse).
class SyntaxErrorCollector {
 public:
  SyntaxErrorCollector(const SourceText& source, Diagnostics& diagnostics);
  ~SyntaxErrorCollector();
  SyntaxErrorCollector(const SyntaxErrorCollector&) = delete;
  SyntaxErrorCollector& operator=(const SyntaxErrorCollector&) = delete;

  antlr4::ANTLRErrorListener& listener();
  std::shared_ptr<antlr4::ANTLRErrorStrategy> MakeErrorStrategy();

  // Syntax errors seen so far, including ones dropped after the first.
  int error_count() const { return error_count_; }

 private:
  class Listener;
  class Strategy;

  // Records one error and returns it for notes, or null when it is not the first.
  Diagnostic* Report(DiagCode code, SourceSpan span, std::string message);

  // Byte spans: of a token (code-point indexes mapped through the SourceText; EOF sits just
  // past the last non-blank character), of the code point at ANTLR's 1-based line and 0-based
  // column, and from `span` to the end of its line.
  SourceSpan TokenSpan(const antlr4::Token* token) const;
  SourceSpan LineColumnSpan(size_t line, size_t column) const;
  SourceSpan RestOfLine(SourceSpan span) const;

  const SourceText& source_;
  Diagnostics& diagnostics_;
  std::unique_ptr<Listener> listener_;
  int error_count_ = 0;
};

}  // namespace talon::frontend

#endif  // TALON_FRONTEND_SYNTAX_ERRORS_H_
