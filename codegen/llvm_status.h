// The one bridge from LLVM's error model (llvm::Error / llvm::Expected) to absl::Status
// (STYLE.md §2.5): every codegen/*.cc that calls a fallible LLVM API converts here, and nothing
// uses ExitOnError or cantFail. LLVM-free: the types are forward-declared, and ToStatusOr is a
// template instantiated only in .cc files that include LLVM.
#ifndef TALON_CODEGEN_LLVM_STATUS_H_
#define TALON_CODEGEN_LLVM_STATUS_H_

#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace llvm {
class Error;
template <class T>
class Expected;
}  // namespace llvm

namespace talon::codegen {

// Consumes `error`. Success -> OkStatus; a failure -> InternalError("<context>: <LLVM text>"):
// LLVM failing on IR we generated is a Talon bug or a broken host, never bad user input.
absl::Status ToStatus(llvm::Error error, std::string_view context);

// Consumes `expected`: its value, or ToStatus of its error.
template <typename T>
absl::StatusOr<T> ToStatusOr(llvm::Expected<T> expected, std::string_view context) {
  if (!expected) return ToStatus(expected.takeError(), context);
  return std::move(*expected);
}

}  // namespace talon::codegen

#endif  // TALON_CODEGEN_LLVM_STATUS_H_
