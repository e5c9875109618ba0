// codegen::Jit without LLVM (TALON_ENABLE_JIT=OFF): Create() reports Unimplemented, so the
// runtime's KernelFactory uses the interpreter for every expression (and --jit=force fails
// with this message). The other members exist only to link; no Jit object is ever made.
#include "codegen/jit.h"

namespace talon::codegen {

struct JitState {
  JitOptions options;
};
struct KernelCode {};

namespace {
absl::Status Disabled() {
  return absl::UnimplementedError("Talon was built without the JIT (TALON_ENABLE_JIT=OFF)");
}
}  // namespace

Jit::Jit(std::shared_ptr<JitState> state) : state_(std::move(state)) {}
Jit::~Jit() = default;

absl::StatusOr<std::unique_ptr<Jit>> Jit::Create(JitOptions) { return Disabled(); }
absl::StatusOr<std::unique_ptr<CompiledKernel>> Jit::Compile(const KernelSpec&) {
  return Disabled();
}
absl::StatusOr<std::unique_ptr<CompiledKernel>> Jit::CompileFilter(const bound::Expr&,
                                                                   const Schema&) {
  return Disabled();
}
absl::StatusOr<std::unique_ptr<CompiledKernel>> Jit::CompileProject(const bound::Expr&,
                                                                    const Schema&) {
  return Disabled();
}
absl::StatusOr<std::string> Jit::DumpIR(const KernelSpec&) { return Disabled(); }
absl::StatusOr<std::string> Jit::EmitObject(const KernelSpec&) { return Disabled(); }
absl::StatusOr<uint64_t> Jit::LookupSymbol(std::string_view) { return Disabled(); }
JitStats Jit::stats() const { return {}; }
const JitOptions& Jit::options() const { return state_->options; }

}  // namespace talon::codegen
