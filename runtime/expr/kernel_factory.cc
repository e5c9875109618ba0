// KernelFactory: the JIT where the mode allows and codegen can compile the expression, else the
// interpreter. Impala's rule: a fallback is never silent; it is counted with its reason (shown
// by `talon explain`), and --jit=force turns it into an error so CI measures real coverage.
#include "absl/strings/str_cat.h"
#include "codegen/jit.h"
#include "frontend/base/status_macros.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {
namespace {

constexpr char kNoJit[] =
    "the JIT is not available (built with TALON_ENABLE_JIT=OFF, or LLVM cannot target this host)";

// A predicate over any bool kernel: true where the value is non-NULL and true.
class ExprPredicate : public PredicateKernel {
 public:
  ExprPredicate(std::unique_ptr<ExprKernel> expr, std::string fallback)
      : expr_(std::move(expr)), fallback_(std::move(fallback)) {}
  absl::Status Filter(const Batch& in, const EvalContext& ctx,
                      std::vector<uint8_t>& mask) const override {
    TALON_RETURN_IF_ERROR(expr_->Eval(in, ctx, scratch_));
    mask.resize(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      mask[i] = !scratch_.IsNull(i) && scratch_.ints()[i] != 0;
    }
    return absl::OkStatus();
  }
  KernelInfo info() const override { return {"interpreted", fallback_}; }

 private:
  std::unique_ptr<ExprKernel> expr_;
  std::string fallback_;
  // Scratch output reused across batches; an app is driven by one thread.
  mutable Column scratch_;
};

// An interpreted kernel that stands in for a JIT kernel: reports why.
class FallbackExpr : public ExprKernel {
 public:
  FallbackExpr(std::unique_ptr<ExprKernel> expr, std::string fallback)
      : expr_(std::move(expr)), fallback_(std::move(fallback)) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    return expr_->Eval(in, ctx, out);
  }
  KernelInfo info() const override { return {"interpreted", fallback_}; }
  Type type() const override { return expr_->type(); }

 private:
  std::unique_ptr<ExprKernel> expr_;
  std::string fallback_;
};

}  // namespace

absl::Status KernelFactory::Fallback(const bound::Expr& expr, const absl::Status& why) {
  if (mode_ == JitMode::kForce) {
    return absl::Status(why.code(), absl::StrCat("--jit=force: cannot compile ",
                                                 bound::ToString(expr), ": ", why.message()));
  }
  // Only "cannot compile this" falls back; a failing JIT is a bug to surface, not to hide.
  if (!absl::IsUnimplemented(why)) return why;
  stats_.fallbacks.push_back(absl::StrCat(bound::ToString(expr), ": ", why.message()));
  return absl::OkStatus();
}

void KernelFactory::CaptureIr(codegen::KernelKind kind, const bound::Expr& expr,
                              const Schema& scope) {
  if (!capture_ir_ || jit_ == nullptr) return;
  codegen::KernelSpec spec;
  spec.kind = kind;
  spec.exprs = {&expr};
  spec.scope = &scope;
  absl::StatusOr<std::string> ir = jit_->DumpIR(spec);
  stats_.ir.push_back(absl::StrCat("; ", bound::ToString(expr), "\n",
                                   ir.ok() ? *ir : std::string(ir.status().message())));
}

absl::StatusOr<std::unique_ptr<ExprKernel>> KernelFactory::MakeExpr(const bound::Expr& expr,
                                                                    const Schema& scope,
                                                                    bool carried) {
  std::string fallback;
  if (mode_ != JitMode::kOff) {
    absl::Status why = absl::UnimplementedError(kNoJit);
    if (jit_ != nullptr) {
      double before = jit_->stats().compile_ms;
      absl::StatusOr<std::unique_ptr<ExprKernel>> jitted = MakeJitExpr(*jit_, expr, scope, carried);
      if (jitted.ok()) {
        ++stats_.jit;
        stats_.jit_compile_ms += jit_->stats().compile_ms - before;
        CaptureIr(codegen::KernelKind::kProject, expr, scope);
        return jitted;
      }
      why = jitted.status();
    }
    TALON_RETURN_IF_ERROR(Fallback(expr, why));
    fallback = std::string(why.message());
  }
  ++stats_.interpreted;
  TALON_ASSIGN_OR_RETURN(std::unique_ptr<ExprKernel> kernel,
                         MakeInterpretedExpr(expr, scope, registry_, carried));
  if (fallback.empty()) return kernel;
  return std::make_unique<FallbackExpr>(std::move(kernel), std::move(fallback));
}

absl::StatusOr<std::unique_ptr<PredicateKernel>> KernelFactory::MakePredicate(
    const bound::Expr& expr, const Schema& scope) {
  std::string fallback;
  if (mode_ != JitMode::kOff) {
    absl::Status why = absl::UnimplementedError(kNoJit);
    if (jit_ != nullptr) {
      double before = jit_->stats().compile_ms;
      absl::StatusOr<std::unique_ptr<PredicateKernel>> jitted =
          MakeJitPredicate(*jit_, expr, scope);
      if (jitted.ok()) {
        ++stats_.jit;
        stats_.jit_compile_ms += jit_->stats().compile_ms - before;
        CaptureIr(codegen::KernelKind::kFilter, expr, scope);
        return jitted;
      }
      why = jitted.status();
    }
    TALON_RETURN_IF_ERROR(Fallback(expr, why));
    fallback = std::string(why.message());
  }
  ++stats_.interpreted;
  TALON_ASSIGN_OR_RETURN(std::unique_ptr<ExprKernel> kernel,
                         MakeInterpretedExpr(expr, scope, registry_));
  return std::make_unique<ExprPredicate>(std::move(kernel), std::move(fallback));
}

}  // namespace talon::exec
