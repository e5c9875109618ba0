// Parse(): CQL text -> ast::App (or an on-demand query, or one expression). Owns every ANTLR
// object; parser.cc is the only file in Talon with try/catch. Syntax errors become Diagnostics
// with spans; Siddhi 3 forms that still parse are reported as kDeprecatedSyntax with the
// Siddhi 5 replacement.
#ifndef TALON_FRONTEND_PARSER_H_
#define TALON_FRONTEND_PARSER_H_

#include "absl/status/statusor.h"
#include "frontend/ast.h"
#include "frontend/base/diagnostic.h"
#include "frontend/base/source.h"

namespace talon::frontend {

// Parses a whole app. On syntax errors returns InvalidArgument (the rendered diagnostics) and
// leaves every error in `diagnostics`.
absl::StatusOr<ast::App> ParseApp(const SourceText& source, Diagnostics& diagnostics);

// Parses one on-demand (store) query, e.g. "from StockTable on price > 10 select *".
absl::StatusOr<ast::OnDemandQuery> ParseOnDemandQuery(const SourceText& source,
                                                      Diagnostics& diagnostics);

// Parses a single expression (tests, REPL).
absl::StatusOr<ast::ExprPtr> ParseExpression(const SourceText& source, Diagnostics& diagnostics);

}  // namespace talon::frontend

#endif  // TALON_FRONTEND_PARSER_H_
