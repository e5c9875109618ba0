// Compile = Parse + Analyze, for apps and on-demand queries (frontend.h).
#include "frontend/frontend.h"

#include "frontend/analyzer.h"
#include "frontend/base/status_macros.h"
#include "frontend/parser.h"

namespace talon::frontend {

absl::StatusOr<bound::App> Analyze(const ast::App& app, const Catalog& catalog,
                                   Diagnostics& diagnostics) {
  Analyzer analyzer(catalog, diagnostics);
  bound::App result = analyzer.AnalyzeApp(app);
  if (diagnostics.has_errors()) return diagnostics.ToStatus();
  return result;
}

absl::StatusOr<bound::App> Compile(const SourceText& source, const Catalog& catalog,
                                   Diagnostics& diagnostics) {
  if (diagnostics.source() == nullptr) diagnostics.set_source(&source);
  TALON_ASSIGN_OR_RETURN(ast::App app, ParseApp(source, diagnostics));
  return Analyze(app, catalog, diagnostics);
}

absl::StatusOr<bound::OnDemandQuery> CompileOnDemandQuery(const SourceText& source,
                                                          const bound::App& app,
                                                          const Catalog& catalog,
                                                          Diagnostics& diagnostics) {
  if (diagnostics.source() == nullptr) diagnostics.set_source(&source);
  TALON_ASSIGN_OR_RETURN(ast::OnDemandQuery query, ParseOnDemandQuery(source, diagnostics));
  Analyzer analyzer(catalog, diagnostics);
  bound::OnDemandQuery result = analyzer.AnalyzeOnDemandQuery(query, app);
  if (diagnostics.has_errors()) return diagnostics.ToStatus();
  return result;
}

}  // namespace talon::frontend
