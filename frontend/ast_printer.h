// Deterministic S-expression dump of the AST, for golden tests and the REPL's :ast.
#ifndef TALON_FRONTEND_AST_PRINTER_H_
#define TALON_FRONTEND_AST_PRINTER_H_

#include <string>

#include "frontend/ast.h"

namespace talon::ast {

std::string ToString(const App& app);
std::string ToString(const Expr& expr);
std::string ToString(const OnDemandQuery& query);

}  // namespace talon::ast

#endif  // TALON_FRONTEND_AST_PRINTER_H_
