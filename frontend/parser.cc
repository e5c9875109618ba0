// The ANTLR boundary. ANTLR's runtime reports through exceptions; this is the one file in
// Talon that catches them (STYLE.md §2.5). Syntax errors arrive as Diagnostics through the
// SyntaxErrorCollector; anything else ANTLR throws is a Talon bug and becomes InternalError.
#include "frontend/parser.h"

#include <exception>
#include <memory>
#include <utility>

#include "absl/strings/str_cat.h"
#include "antlr4-runtime.h"
#include "frontend/ast_builder.h"
#include "frontend/syntax_errors.h"
#include "grammar/generated/CQLLexer.h"
#include "grammar/generated/CQLParser.h"

namespace talon::frontend {
namespace {

using grammar::CQLLexer;
using grammar::CQLParser;

// Parses `source` from the start rule `start` (a CQLParser member function) and hands the
// error-free tree to `build(AstBuilder&, tree)`.
template <typename Result, typename StartRule, typename Build>
absl::StatusOr<Result> ParseWith(const SourceText& source, Diagnostics& diagnostics,
                                 StartRule start, Build build) {
  if (diagnostics.source() == nullptr) diagnostics.set_source(&source);
  const int errors_before = diagnostics.error_count();
  SyntaxErrorCollector collector(source, diagnostics);
  try {
    antlr4::ANTLRInputStream input(source.text());
    CQLLexer lexer(&input);
    lexer.removeErrorListeners();
    lexer.addErrorListener(&collector.listener());
    antlr4::CommonTokenStream tokens(&lexer);
    CQLParser parser(&tokens);
    parser.removeErrorListeners();

    // ANTLR's two-stage strategy: SLL prediction, bailing out at the first error, parses
    // nearly every valid input and is much cheaper than full LL. Only when it fails is the
    // input parsed again with LL and the reporting strategy, so every reported error is LL's.
    auto* simulator = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
    simulator->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    antlr4::ParserRuleContext* tree = nullptr;
    try {
      tree = (parser.*start)();
    } catch (const antlr4::ParseCancellationException&) {
      parser.reset();  // rewinds the token stream too
      simulator->setPredictionMode(antlr4::atn::PredictionMode::LL);
      parser.setErrorHandler(collector.MakeErrorStrategy());
      parser.addErrorListener(&collector.listener());
      tree = (parser.*start)();
    }
    if (collector.error_count() > 0) return diagnostics.ToStatus();

    AstBuilder builder(source, diagnostics);
    Result result = build(builder, tree);
    if (diagnostics.error_count() > errors_before) return diagnostics.ToStatus();
    return result;
  } catch (const std::exception& e) {
    std::string message = absl::StrCat("the CQL parser failed unexpectedly: ", e.what());
    diagnostics.Error(DiagCode::kInternal, SourceSpan{}, message);
    return absl::InternalError(message);
  }
}

}  // namespace

absl::StatusOr<ast::App> ParseApp(const SourceText& source, Diagnostics& diagnostics) {
  return ParseWith<ast::App>(
      source, diagnostics, &CQLParser::siddhi_app,
      [](AstBuilder& b, antlr4::ParserRuleContext* tree) { return b.BuildApp(tree); });
}

absl::StatusOr<ast::OnDemandQuery> ParseOnDemandQuery(const SourceText& source,
                                                      Diagnostics& diagnostics) {
  return ParseWith<ast::OnDemandQuery>(
      source, diagnostics, &CQLParser::store_query_final,
      [](AstBuilder& b, antlr4::ParserRuleContext* tree) { return b.BuildOnDemandQuery(tree); });
}

absl::StatusOr<ast::ExprPtr> ParseExpression(const SourceText& source, Diagnostics& diagnostics) {
  return ParseWith<ast::ExprPtr>(
      source, diagnostics, &CQLParser::expression_final,
      [](AstBuilder& b, antlr4::ParserRuleContext* tree) { return b.BuildExpression(tree); });
}

}  // namespace talon::frontend
