// BuildKernel: wraps the IR of a KernelSpec's expressions into the batch loop of a TalonFilterFn
// or TalonProjectFn (kernel_abi.h). Internal to codegen/: jit.cc calls it for loading, dumping
// and object emission alike, so the IR -> object path never depends on how code is loaded.
#ifndef TALON_CODEGEN_KERNEL_BUILDER_H_
#define TALON_CODEGEN_KERNEL_BUILDER_H_

#include <string_view>

#include "absl/status/status.h"
#include "codegen/expr_emitter.h"
#include "codegen/jit.h"

namespace llvm {
class Module;
}  // namespace llvm

namespace talon::codegen {

// The runtime symbol that stores a string result: void(std::string* dst, const char*, uint64_t).
inline constexpr std::string_view kStringAssignSymbol = "talon_string_assign";

// Adds the external function `name` implementing `spec` to `module` and verifies it.
// Unimplemented when an expression cannot be compiled (nothing usable is left in `module` then;
// the caller discards it); InvalidArgument for a malformed spec.
absl::Status BuildKernel(const KernelSpec& spec, std::string_view name,
                         const StringLayout& strings, llvm::Module& module);

}  // namespace talon::codegen

#endif  // TALON_CODEGEN_KERNEL_BUILDER_H_
