// AstBuilder: turns a CQL parse tree (grammar/generated) into Talon's ast::, one file per area
// (ast_builder_definitions/query/pattern/expr.cc), and the literal parsing they share. Used only
// by parser.cc and the ast_builder_*.cc files. ANTLR types appear here only as forward
// declarations: the per-area entry points take the base ParserRuleContext and each .cc file
// downcasts to the generated context class its comment names.
#ifndef TALON_FRONTEND_AST_BUILDER_H_
#define TALON_FRONTEND_AST_BUILDER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/ast.h"
#include "frontend/base/check.h"
#include "frontend/base/diagnostic.h"
#include "frontend/base/source.h"
#include "frontend/base/type.h"
#include "frontend/base/value.h"

namespace antlr4 {
class ParserRuleContext;
class Token;
namespace tree {
class TerminalNode;
}  // namespace tree
}  // namespace antlr4

namespace talon::frontend {

// ---------------------------------------------------------------------------------------------
// Literal parsing (no parse tree needed; unit-tested directly).

// The value of a STRING_LITERAL token as written (quotes included). '...' and "..." keep their
// content verbatim, backslashes included: Siddhi does not unescape them, and regex arguments
// such as "\s|\'" rely on that. """...""" is Java-unescaped, as Siddhi does with
// StringEscapeUtils.unescapeJava.
std::string StringLiteralValue(std::string_view token_text);

// Java's unescaping (commons-lang3 StringEscapeUtils.unescapeJava): \b \t \n \f \r \" \' \\,
// octal \0..\377, \uXXXX (UTF-8 encoded; surrogate pairs combined). A backslash before any
// other character is dropped.
std::string UnescapeJava(std::string_view text);

// Parses a numeric literal token (digits with an optional L/F/D suffix, decimals, exponents)
// as `type` (kInt, kLong, kFloat or kDouble), negated when `negative` (so that -2147483648 is
// an int, as Java's Integer.parseInt("-2147483648") is). Int and long literals out of range
// are errors, as in Siddhi; float/double overflow gives infinity, as Java's parseFloat does.
// The error message is ready for a diagnostic.
absl::StatusOr<Value> ParseNumericLiteral(std::string_view text, Type type, bool negative);

// Milliseconds per time unit as Siddhi spells them (case-insensitive): millisec(ond(s)) 1,
// sec(ond(s)) 1000, min(ute(s)) 60000, hour(s), day(s), week(s), month(s) = 30 days, year(s) =
// 365 days (io.siddhi.query.api.expression.Expression.Time). nullopt for anything else.
std::optional<int64_t> TimeUnitMillis(std::string_view unit);

// The canonical name of a time unit for ast::AggregationDef::durations: "sec", "min", "hour",
// "day", "week", "month", "year" or "millisec"; "" when `unit` is not one.
std::string CanonicalTimeUnit(std::string_view unit);

// ---------------------------------------------------------------------------------------------

// Builds the AST for one parse. Problems the grammar leaves to the builder (Siddhi rules the
// grammar accepts more loosely, literal ranges, Siddhi 3 syntax) become diagnostics; building
// continues past them with placeholder values, so one pass reports every such problem. Callers
// must check `diagnostics` before using the result.
//
// Assumes the tree has no syntax errors (parser.cc builds only error-free trees). `source` and
// `diagnostics` must outlive the builder. One builder per parse; not thread-safe.
class AstBuilder {
 public:
  AstBuilder(const SourceText& source, Diagnostics& diagnostics);

  // Entry points (ast_builder.cc), one per start rule: siddhi_app, store_query_final,
  // expression_final.
  ast::App BuildApp(antlr4::ParserRuleContext* siddhi_app);
  ast::OnDemandQuery BuildOnDemandQuery(antlr4::ParserRuleContext* store_query_final);
  ast::ExprPtr BuildExpression(antlr4::ParserRuleContext* expression_final);

  // --- Shared helpers (ast_builder.cc) ---

  // Byte spans. A rule's span runs from its first token's first byte to its last token's last
  // byte; ANTLR's code-point indexes are mapped through the SourceText.
  SourceSpan SpanOf(antlr4::ParserRuleContext* ctx) const;
  SourceSpan SpanOf(const antlr4::Token* token) const;
  SourceSpan SpanOf(antlr4::tree::TerminalNode* node) const;

  // The text of a `name` rule: keywords as written, `backquoted` ids without the backquotes.
  std::string Name(antlr4::ParserRuleContext* name) const;

  // The value of a STRING_LITERAL token.
  std::string StringValue(const antlr4::Token* token) const;

  // A whole-number token (counts, event indexes, `every 5 events`) that must fit in an int;
  // reports it and returns 0 when it does not.
  int64_t IntToken(const antlr4::Token* token);

  // Reports an error in the user's app; returns it so that notes can be attached.
  Diagnostic& Error(DiagCode code, SourceSpan span, std::string message) {
    return diagnostics_.Error(code, span, std::move(message));
  }

  // Siddhi's "active streams" (SiddhiQLBaseVisitorImpl.activeStreams): the stream names,
  // aliases and pattern event names seen so far in the current query. `x is null` tests a
  // stream (a missing pattern event) when `x` is one of them and an attribute otherwise.
  void AddActiveStream(std::string name) { active_streams_.insert(std::move(name)); }
  void RemoveActiveStream(const std::string& name) { active_streams_.erase(name); }
  bool IsActiveStream(const std::string& name) const { return active_streams_.count(name) > 0; }
  void ClearActiveStreams() { active_streams_.clear(); }

  // --- Definitions and annotations (ast_builder_definitions.cc) ---

  ast::Annotation Annotation(antlr4::ParserRuleContext* annotation);
  // `@app:name(...)`; reports `@plan:` (Siddhi 3) and other namespaces.
  ast::Annotation AppAnnotation(antlr4::ParserRuleContext* app_annotation);
  ast::StreamDef StreamDef(antlr4::ParserRuleContext* definition_stream);
  ast::TableDef TableDef(antlr4::ParserRuleContext* definition_table);
  ast::WindowDef WindowDef(antlr4::ParserRuleContext* definition_window);
  ast::TriggerDef TriggerDef(antlr4::ParserRuleContext* definition_trigger);
  ast::FunctionDef FunctionDef(antlr4::ParserRuleContext* definition_function);
  ast::AggregationDef AggregationDef(antlr4::ParserRuleContext* definition_aggregation);
  // The Siddhi type an attribute_type rule names.
  Type AttributeType(antlr4::ParserRuleContext* attribute_type) const;

  // --- Queries, partitions, on-demand queries (ast_builder_query.cc) ---

  ast::Query Query(antlr4::ParserRuleContext* query);
  ast::Partition Partition(antlr4::ParserRuleContext* partition);
  ast::OnDemandQuery OnDemandQuery(antlr4::ParserRuleContext* store_query);
  // `S[filter]#fn()#window.w()...` (standard_stream) and `S[filter]#fn()` (basic_source).
  ast::SingleInput StandardStream(antlr4::ParserRuleContext* standard_stream);
  ast::SingleInput BasicSource(antlr4::ParserRuleContext* basic_source);
  // query_section, or aggregation_selection.
  ast::Selector Selector(antlr4::ParserRuleContext* selection);
  // output_event_type; kDefault for null.
  ast::OutputEventType OutputEventType(antlr4::ParserRuleContext* output_event_type);
  // A window or stream function: function_operation with the handler kind.
  ast::StreamHandler FunctionHandler(antlr4::ParserRuleContext* function_operation,
                                     ast::StreamHandler::Kind kind);

  // --- Patterns and sequences (ast_builder_pattern.cc) ---

  // pattern_stream or sequence_stream.
  ast::StateInput StateInput(antlr4::ParserRuleContext* state_stream);

  // --- Expressions (ast_builder_expr.cc) ---

  ast::ExprPtr Expr(antlr4::ParserRuleContext* expression);
  ast::ExprPtr AttributeReference(antlr4::ParserRuleContext* attribute_reference);
  // function_operation as a kFunctionCall expression.
  ast::ExprPtr FunctionCall(antlr4::ParserRuleContext* function_operation);
  // time_value as a kConstant kLong of milliseconds with is_time set.
  ast::ExprPtr TimeValue(antlr4::ParserRuleContext* time_value);

 private:
  const SourceText& source_;
  Diagnostics& diagnostics_;
  std::set<std::string> active_streams_;
};

// Downcast for the per-area entry points: `ctx` must be a T, or null.
template <typename T>
T* As(antlr4::ParserRuleContext* ctx) {
  T* typed = dynamic_cast<T*>(ctx);
  TALON_CHECK(ctx == nullptr || typed != nullptr);
  return typed;
}

// A fresh expression node of `kind` at `span`.
inline ast::ExprPtr MakeExpr(ast::ExprKind kind, SourceSpan span) {
  auto expr = std::make_unique<ast::Expr>();
  expr->kind = kind;
  expr->span = span;
  return expr;
}

}  // namespace talon::frontend

#endif  // TALON_FRONTEND_AST_BUILDER_H_
