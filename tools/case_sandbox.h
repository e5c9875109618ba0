// Runs a conformance case in a forked child process so that a crash, an abort (TALON_CHECK) or
// an endless loop in the engine costs one case instead of the whole run.
#ifndef TALON_TOOLS_CASE_SANDBOX_H_
#define TALON_TOOLS_CASE_SANDBOX_H_

#include <chrono>
#include <functional>

#include "tools/case_runner.h"

namespace talon::tools {

// Forks, runs `body` in the child and returns its result through a pipe. Fails the case with
// reason "crashed (...)" when the child dies by a signal or exits without a result (the tail
// of its stderr is appended, which is where TALON_CHECK writes), and "timed out after N s"
// when it runs past `timeout` (the child is then killed). The caller must be single-threaded
// when calling this: the child inherits only the calling thread.
CaseResult RunInChild(const std::function<CaseResult()>& body, std::chrono::milliseconds timeout);

}  // namespace talon::tools

#endif  // TALON_TOOLS_CASE_SANDBOX_H_
