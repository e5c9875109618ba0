// Talon's own declarative query tests (tests/queries/**/*.test), loaded into the same
// ConformanceCase struct as the recorded Siddhi cases so one runner judges both. The format is
// described in docs/testing.md.
#ifndef TALON_TOOLS_QUERY_TEST_FILE_H_
#define TALON_TOOLS_QUERY_TEST_FILE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "tools/conformance_case.h"

namespace talon::tools {

// Reads every case of one .test file. Case ids are "<area>/<file stem>#<n>" where area is the
// folder the file sits in. InvalidArgument naming file:line for a malformed directive.
absl::StatusOr<std::vector<ConformanceCase>> LoadQueryTestFile(const std::string& path);

}  // namespace talon::tools

#endif  // TALON_TOOLS_QUERY_TEST_FILE_H_
