#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {
namespace {

// A predicate over any bool kernel: true where the value is non-NULL and true.
class ExprPredicate : public PredicateKernel {
 public:
  explicit ExprPredicate(std::unique_ptr<ExprKernel> expr) : expr_(std::move(expr)) {}
  absl::Status Filter(const Batch& in, const EvalContext& ctx,
                      std::vector<uint8_t>& mask) const override {
    TALON_RETURN_IF_ERROR(expr_->Eval(in, ctx, scratch_));
    mask.resize(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      mask[i] = !scratch_.IsNull(i) && scratch_.ints()[i] != 0;
    }
    return absl::OkStatus();
  }
  KernelInfo info() const override { return expr_->info(); }

 private:
  std::unique_ptr<ExprKernel> expr_;
  // Scratch output reused across batches; an app is driven by one thread.
  mutable Column scratch_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ExprKernel>> KernelFactory::MakeExpr(const bound::Expr& expr,
                                                                    const Schema& scope) {
  if (mode_ != JitMode::kOff) {
    // TODO: route through codegen::Jit once the ORC backend lands (issue: codegen). Until then
    // every expression falls back, and kForce reports that honestly.
    absl::Status jit = absl::UnimplementedError("the JIT backend is not built yet");
    if (mode_ == JitMode::kForce) return jit;
    stats_.fallbacks.push_back(absl::StrCat(bound::ToString(expr), ": ", jit.message()));
  }
  ++stats_.interpreted;
  return MakeInterpretedExpr(expr, scope, registry_);
}

absl::StatusOr<std::unique_ptr<PredicateKernel>> KernelFactory::MakePredicate(
    const bound::Expr& expr, const Schema& scope) {
  TALON_ASSIGN_OR_RETURN(std::unique_ptr<ExprKernel> kernel, MakeExpr(expr, scope));
  return std::make_unique<ExprPredicate>(std::move(kernel));
}

}  // namespace talon::exec
