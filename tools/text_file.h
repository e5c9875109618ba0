// Reading whole text files (apps, case files, input data) with a Status instead of a stream
// state the caller must remember to check.
#ifndef TALON_TOOLS_TEXT_FILE_H_
#define TALON_TOOLS_TEXT_FILE_H_

#include <string>

#include "absl/status/statusor.h"

namespace talon::tools {

// The bytes of `path`. NotFound when it does not exist, FailedPrecondition when it is a
// directory or cannot be read; the message names the path and the OS reason.
absl::StatusOr<std::string> ReadTextFile(const std::string& path);

}  // namespace talon::tools

#endif  // TALON_TOOLS_TEXT_FILE_H_
