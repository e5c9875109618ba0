// Runs one conformance case on a fresh Engine and judges it: deploy, observe the listed
// callbacks, replay the inputs, compare deliveries (`talon conformance`).
#ifndef TALON_TOOLS_CASE_RUNNER_H_
#define TALON_TOOLS_CASE_RUNNER_H_

#include <string>

#include "runtime/options.h"
#include "tools/conformance_case.h"

namespace talon::tools {

struct CaseResult {
  enum class Verdict { kPass, kFail, kSkip };
  Verdict verdict = Verdict::kFail;
  // Empty on a pass; otherwise the first difference, the unexpected error, or the skip reason.
  std::string reason;

  static CaseResult Pass() { return {Verdict::kPass, ""}; }
  static CaseResult Fail(std::string reason) { return {Verdict::kFail, std::move(reason)}; }
};

// Runs `c` in this process with `options` and judges it by FORMAT.md:
// - expect.error "compile": passes iff Deploy fails with InvalidArgument. Unimplemented means
//   Talon does not run the construct, which is not the rejection the case asks for.
// - otherwise the app must deploy, every input must be accepted except, for "runtime" cases,
//   the one at siddhi_error.input_index, which must be refused; then the deliveries must match.
// A crash or hang in the engine is not contained here; see case_sandbox.h.
CaseResult RunCase(const ConformanceCase& c, const exec::EngineOptions& options);

}  // namespace talon::tools

#endif  // TALON_TOOLS_CASE_RUNNER_H_
