// Expression kernels: what operators hold to evaluate bound::Exprs over batches. Operators never
// know whether a kernel is interpreted or JIT-compiled; KernelFactory chooses and records why.
#ifndef TALON_RUNTIME_EXPR_KERNEL_H_
#define TALON_RUNTIME_EXPR_KERNEL_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "frontend/bound.h"
#include "runtime/batch.h"
#include "runtime/options.h"

namespace talon::codegen {
class Jit;
enum class KernelKind;
}  // namespace talon::codegen

namespace talon::exec {

class Registry;
struct StoreSet;

// Where a kernel came from, for explain and stats.
struct KernelInfo {
  std::string backend;   // "interpreted" or "jit"
  std::string fallback;  // why the JIT was not used ("" when it was, or when JIT is off)
};

// Per-batch evaluation context.
struct EvalContext {
  Timestamp now = 0;  // the engine clock (currentTimeMillis() in playback)
  // The app's tables, which `x in T` reads (runtime/tables/in_table.h); null outside an app.
  const StoreSet* stores = nullptr;
};

// Evaluates one typed expression over a batch whose columns are the expression's scope.
class ExprKernel {
 public:
  virtual ~ExprKernel() = default;
  // Writes one value per row of `in` to `out` (reset to the expression's type and size).
  // Returns a runtime error when a function refuses its input.
  virtual absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const = 0;
  // Eval for a caller done with `in`'s columns that this expression reads: a bare attribute
  // reference takes its column instead of copying it. Others evaluate as Eval does.
  virtual absl::Status EvalConsuming(Batch& in, const EvalContext& ctx, Column& out) const {
    return Eval(in, ctx, out);
  }
  virtual KernelInfo info() const = 0;
  virtual Type type() const = 0;
};

// Narrows a batch to the rows where a bool expression is true (NULL counts as false).
class PredicateKernel {
 public:
  virtual ~PredicateKernel() = default;
  // Sets mask[i] to 1 where the predicate holds, 0 elsewhere.
  virtual absl::Status Filter(const Batch& in, const EvalContext& ctx,
                              std::vector<uint8_t>& mask) const = 0;
  virtual KernelInfo info() const = 0;
};

// Counts what the factory did, for `talon explain` and `--jit=force`.
struct KernelStats {
  int jit = 0;
  int interpreted = 0;
  double jit_compile_ms = 0;  // wall time this factory spent in the JIT (cache hits add ~0)
  std::vector<std::string> fallbacks;  // one line per fallback: expression and reason
  std::vector<std::string> ir;  // optimized LLVM IR per JIT kernel, when capture_ir is set
};

// Chooses a backend per expression: the JIT when the mode allows and it can compile the
// expression, else the interpreter (the reference semantics).
class KernelFactory {
 public:
  // `jit` (owned by the Engine, may be null when the JIT is unavailable) must outlive the
  // factory; kernels it makes keep their own code alive.
  KernelFactory(const Registry& registry, JitMode mode, codegen::Jit* jit = nullptr)
      : registry_(registry), mode_(mode), jit_(jit) {}

  // `carried`: the kernel's value is only handed on (a projection that
  // runtime/attributes_read.h found carried), so it may hold foreign values (runtime/vector.h);
  // otherwise a foreign value the expression reads is a runtime error.
  absl::StatusOr<std::unique_ptr<ExprKernel>> MakeExpr(const bound::Expr& expr,
                                                       const Schema& scope, bool carried = false);
  absl::StatusOr<std::unique_ptr<PredicateKernel>> MakePredicate(const bound::Expr& expr,
                                                                 const Schema& scope);

  const KernelStats& stats() const { return stats_; }
  // Keeps the optimized IR of every JIT-compiled kernel in stats().ir (`talon explain --ir`).
  void set_capture_ir(bool capture) { capture_ir_ = capture; }
  const Registry& registry() const { return registry_; }

 private:
  // Records why the JIT was not used, or returns the error when it must not fall back.
  absl::Status Fallback(const bound::Expr& expr, const absl::Status& why);
  void CaptureIr(codegen::KernelKind kind, const bound::Expr& expr, const Schema& scope);

  const Registry& registry_;
  JitMode mode_;
  codegen::Jit* jit_;
  KernelStats stats_;
  bool capture_ir_ = false;
};

// The interpreter backend (interpreter.cc).
absl::StatusOr<std::unique_ptr<ExprKernel>> MakeInterpretedExpr(const bound::Expr& expr,
                                                                const Schema& scope,
                                                                const Registry& registry,
                                                                bool carried = false);

// The JIT backend (jit_kernels.cc): Unimplemented when codegen cannot compile `expr`.
absl::StatusOr<std::unique_ptr<ExprKernel>> MakeJitExpr(codegen::Jit& jit, const bound::Expr& expr,
                                                        const Schema& scope, bool carried = false);
absl::StatusOr<std::unique_ptr<PredicateKernel>> MakeJitPredicate(codegen::Jit& jit,
                                                                  const bound::Expr& expr,
                                                                  const Schema& scope);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_EXPR_KERNEL_H_
