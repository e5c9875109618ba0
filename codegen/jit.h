// codegen::Jit: compiles bound::Expr kernels (filter predicates and projections over column
// batches) to native code with LLVM 19's ORC LLJIT. runtime/expr/jit_kernels.cc is the caller;
// the interpreter stays the reference and takes over wherever Compile says Unimplemented.
// This header is LLVM-free (STYLE.md §2.1 rule 9): LLVM types live only in codegen/*.cc, and
// with TALON_ENABLE_JIT=OFF jit_disabled.cc implements it with Create() -> Unimplemented.
#ifndef TALON_CODEGEN_JIT_H_
#define TALON_CODEGEN_JIT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "codegen/kernel_abi.h"
#include "frontend/base/schema.h"
#include "frontend/bound.h"

namespace talon::codegen {

// How much work LLVM spends on a kernel: the IR pipeline the IRTransformLayer runs, and the
// instruction selector. Kernels are one loop over a batch, so what pays off is instcombine plus
// the loop vectorizer; LLVM's full O2 pipeline (inliner, GVN, ~80 passes) finds nothing more
// in them, and the SelectionDAG selector spends ~5x FastISel's time on a vectorized loop body.
// Measured on the benchmark kernels (see the JitTest.CompileLatencyPerLevel output and
// bench/expr_kernels_bench.cc): kFast compiles a filter in ~3-5 ms with the same events/s as
// kO2, which needs ~11-17 ms per kernel and so breaks the 20 ms/query budget as soon as a
// query has two kernels. kFast is therefore the default; kO2 remains for comparison.
enum class OptLevel {
  kO0,    // no IR passes; FastISel. Scalar code, cheapest compile.
  kFast,  // default: early-cse, instcombine, simplifycfg, loop-vectorize, instcombine,
          // simplifycfg; FastISel
  kO1,    // LLVM's per-module O1 pipeline; SelectionDAG at -O1
  kO2,    // LLVM's O2 pipeline (loop and SLP vectorizers); SelectionDAG at -O2
  kO3,    // LLVM's O3 pipeline; SelectionDAG at -O3
};
// "O0", "fast", "O1", "O2", "O3" (for flags and reports).
inline const char* OptLevelName(OptLevel level) {
  switch (level) {
    case OptLevel::kO0: return "O0";
    case OptLevel::kFast: return "fast";
    case OptLevel::kO1: return "O1";
    case OptLevel::kO2: return "O2";
    case OptLevel::kO3: return "O3";
  }
  return "?";
}
inline std::optional<OptLevel> ParseOptLevel(std::string_view name) {
  for (OptLevel level :
       {OptLevel::kO0, OptLevel::kFast, OptLevel::kO1, OptLevel::kO2, OptLevel::kO3}) {
    if (name == OptLevelName(level)) return level;
  }
  return std::nullopt;
}

// A function JIT'd code may call, entered into the JIT's symbol table by absolute address
// (e.g. per-event bodies of library functions registered by the runtime).
struct RuntimeSymbol {
  std::string name;
  const void* address = nullptr;
};

struct JitOptions {
  OptLevel opt_level = OptLevel::kFast;
  // Compile identical kernels once: the cache is keyed by a canonical form of the bound IR.
  bool cache = true;
  // Added to the built-in symbols (talon_string_assign and the libc/libm routines LLVM may call).
  std::vector<RuntimeSymbol> symbols;
};

enum class KernelKind {
  kFilter,   // one bool expression -> TalonFilterFn
  kProject,  // k expressions evaluated in one loop -> TalonProjectFn with k outputs
};

// What to compile. A view: `exprs` and `scope` must outlive the call that takes the spec.
struct KernelSpec {
  KernelKind kind = KernelKind::kFilter;
  std::vector<const bound::Expr*> exprs;
  const Schema* scope = nullptr;  // the columns the expressions' field references index
};

// Compiled code: shared by every CompiledKernel of the same key and freed (its ORC
// ResourceTracker removed) when the last of them is destroyed. Defined in jit.cc.
struct KernelCode;
// The LLJIT instance, its target machine, symbol table and cache. Defined in jit.cc.
struct JitState;

// A callable kernel. Keeps its machine code alive; may outlive the Jit that made it.
// Calling the function pointer is thread-safe (the code is pure over its arguments).
class CompiledKernel {
 public:
  CompiledKernel(std::shared_ptr<const KernelCode> code, KernelKind kind, void* fn,
                 std::string symbol, double compile_ms, bool cache_hit)
      : code_(std::move(code)),
        kind_(kind),
        fn_(fn),
        symbol_(std::move(symbol)),
        compile_ms_(compile_ms),
        cache_hit_(cache_hit) {}

  KernelKind kind() const { return kind_; }
  // The entry point; non-null only for the matching kind.
  TalonFilterFn filter_fn() const {
    return kind_ == KernelKind::kFilter ? reinterpret_cast<TalonFilterFn>(fn_) : nullptr;
  }
  TalonProjectFn project_fn() const {
    return kind_ == KernelKind::kProject ? reinterpret_cast<TalonProjectFn>(fn_) : nullptr;
  }
  // The JIT symbol of the entry point (unique per compiled code, shared by cache hits).
  const std::string& symbol() const { return symbol_; }
  // Wall time of emitting, optimizing and generating the code. A cache hit reports the time
  // of the compile it reuses; `cache_hit()` tells the two apart.
  double compile_ms() const { return compile_ms_; }
  bool cache_hit() const { return cache_hit_; }

 private:
  std::shared_ptr<const KernelCode> code_;
  KernelKind kind_;
  void* fn_;
  std::string symbol_;
  double compile_ms_;
  bool cache_hit_;
};

// Counters since the Jit was created.
struct JitStats {
  int compiled = 0;      // kernels that went through LLVM
  int cache_hits = 0;    // kernels served from the cache
  int live_code = 0;     // code units (ResourceTrackers) currently loaded
  double compile_ms = 0;  // total wall time of the compiles
};

// One per Engine. Thread-safe: compiles are serialized by an internal mutex.
class Jit {
 public:
  // Initializes the native target (once per process) and builds the LLJIT for the host CPU.
  // Unimplemented when built without LLVM; Internal when LLVM cannot target the host.
  static absl::StatusOr<std::unique_ptr<Jit>> Create(JitOptions options = {});
  ~Jit();
  Jit(const Jit&) = delete;
  Jit& operator=(const Jit&) = delete;

  // Compiles `spec`. Unimplemented (with the reason) for expressions the emitter does not
  // compile (library calls, object values, ...): the caller falls back to the interpreter.
  // InvalidArgument for a malformed spec; Internal for LLVM failures.
  absl::StatusOr<std::unique_ptr<CompiledKernel>> Compile(const KernelSpec& spec);
  absl::StatusOr<std::unique_ptr<CompiledKernel>> CompileFilter(const bound::Expr& predicate,
                                                                const Schema& scope);
  absl::StatusOr<std::unique_ptr<CompiledKernel>> CompileProject(const bound::Expr& expr,
                                                                 const Schema& scope);

  // The optimized LLVM IR of `spec`, as `talon explain --ir` prints it. Loads nothing.
  absl::StatusOr<std::string> DumpIR(const KernelSpec& spec);
  // The relocatable object file of `spec` for this host (the path ahead-of-time compilation of
  // policy files will ship). Loads nothing.
  absl::StatusOr<std::string> EmitObject(const KernelSpec& spec);

  // Address of a loaded symbol; NotFound once the code defining it has been freed.
  absl::StatusOr<uint64_t> LookupSymbol(std::string_view name);

  JitStats stats() const;
  const JitOptions& options() const;

 private:
  explicit Jit(std::shared_ptr<JitState> state);

  std::shared_ptr<JitState> state_;
};

}  // namespace talon::codegen

#endif  // TALON_CODEGEN_JIT_H_
