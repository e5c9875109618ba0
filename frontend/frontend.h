// The frontend's entry points: Compile = Parse + Analyze, for apps and on-demand queries.
#ifndef TALON_FRONTEND_FRONTEND_H_
#define TALON_FRONTEND_FRONTEND_H_

#include "absl/status/statusor.h"
#include "frontend/ast.h"
#include "frontend/base/diagnostic.h"
#include "frontend/base/source.h"
#include "frontend/bound.h"
#include "frontend/catalog.h"

namespace talon::frontend {

// Resolves and type-checks `app`. Keeps going after an error so that one run reports every
// independent problem. On errors returns InvalidArgument (Unimplemented when every error is
// kUnsupported) carrying the rendered diagnostics; warnings never fail.
absl::StatusOr<bound::App> Analyze(const ast::App& app, const Catalog& catalog,
                                   Diagnostics& diagnostics);

// Parses and analyzes `source`.
absl::StatusOr<bound::App> Compile(const SourceText& source, const Catalog& catalog,
                                   Diagnostics& diagnostics);

// Parses and analyzes an on-demand query against a deployed app.
absl::StatusOr<bound::OnDemandQuery> CompileOnDemandQuery(const SourceText& source,
                                                          const bound::App& app,
                                                          const Catalog& catalog,
                                                          Diagnostics& diagnostics);

}  // namespace talon::frontend

#endif  // TALON_FRONTEND_FRONTEND_H_
