// The JIT backend of ExprKernel / PredicateKernel: each wraps a codegen::CompiledKernel and calls
// it once per batch over TalonColumnViews of the batch's columns (codegen/kernel_abi.h), so no
// event is boxed and no virtual call happens per event. KernelFactory decides when to use them.
#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "codegen/jit.h"
#include "codegen/kernel_abi.h"
#include "frontend/base/status_macros.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {
namespace {

// One column a kernel reads, with the physical form it was compiled for.
struct ColumnUse {
  size_t column;
  PhysicalType physical;
};

void CollectUses(const bound::Expr& e, const Schema& scope, std::vector<ColumnUse>& uses) {
  if (e.kind == bound::ExprKind::kFieldRef && e.column >= 0 &&
      static_cast<size_t>(e.column) < scope.size()) {
    size_t c = static_cast<size_t>(e.column);
    bool seen = std::any_of(uses.begin(), uses.end(), [c](const ColumnUse& u) { return u.column == c; });
    if (!seen) uses.push_back({c, PhysicalTypeOf(scope.at(c).type)});
  }
  if (e.kind == bound::ExprKind::kCall) return;  // not compiled; may use another scope
  for (const bound::ExprPtr& operand : e.operands) CollectUses(*operand, scope, uses);
}

// Builds the kernel's view array for a batch. The kernel trusts the views blindly (a string
// view over an int column would read out of bounds), so every batch is checked against what
// the kernel was compiled for; a mismatch is a runtime bug and reported as Internal.
class ColumnViews {
 public:
  ColumnViews(const bound::Expr& expr, const Schema& scope) {
    CollectUses(expr, scope, uses_);
    for (const Attribute& a : scope.attributes()) scope_names_.push_back(a.name);
  }

  absl::StatusOr<const TalonColumnView*> Bind(const Batch& in) {
    const size_t n = in.size();
    views_.assign(in.column_count(), TalonColumnView{nullptr, nullptr});
    for (const ColumnUse& use : uses_) {
      if (use.column >= in.column_count()) {
        return absl::InternalError(absl::StrCat("JIT kernel reads column ", use.column,
                                                " of a batch with ", in.column_count()));
      }
      const Column& column = in.column(use.column);
      if (column.physical() != use.physical || column.size() < n) {
        return absl::InternalError(absl::StrCat("JIT kernel column ", use.column,
                                                " does not match the compiled scope"));
      }
      // A foreign value (runtime/vector.h) reads as NULL through the typed arrays; a kernel
      // reads its columns as typed, so it refuses one instead (as the interpreter does).
      if (const Value* foreign = column.FirstForeign()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "attribute '", scope_names_[use.column], "' holds a ",
            std::string(TypeName(foreign->type())), " value (", foreign->ToString(),
            ") where a ", std::string(TypeName(column.type())), " is needed"));
      }
      TalonColumnView& view = views_[use.column];
      view.nulls = column.nulls();
      switch (column.physical()) {
        case PhysicalType::kInt64: view.values = column.ints(); break;
        case PhysicalType::kDouble: view.values = column.doubles(); break;
        case PhysicalType::kString: view.values = column.strings(); break;
        case PhysicalType::kObject:
          return absl::InternalError("JIT kernel reads an object column");
      }
    }
    return views_.data();
  }

 private:
  std::vector<ColumnUse> uses_;
  std::vector<std::string> scope_names_;
  std::vector<TalonColumnView> views_;
};

class JitExpr : public ExprKernel {
 public:
  JitExpr(std::unique_ptr<codegen::CompiledKernel> kernel, const bound::Expr& expr,
          const Schema& scope)
      : kernel_(std::move(kernel)), type_(expr.type), views_(expr, scope) {}

  absl::Status Eval(const Batch& in, const EvalContext&, Column& out) const override {
    TALON_ASSIGN_OR_RETURN(const TalonColumnView* views, views_.Bind(in));
    const size_t n = in.size();
    if (out.type() != type_ || out.physical() != PhysicalTypeOf(type_)) out = Column(type_);
    // Numeric outputs are overwritten in full, so a reused column is only resized (no fill);
    // strings are rebuilt so NULL slots hold no stale text (the kernel skips them).
    if (out.physical() == PhysicalType::kString) out.Clear();
    out.Resize(n);
    TalonColumnOut target{nullptr, out.nulls()};
    switch (out.physical()) {
      case PhysicalType::kInt64: target.values = out.ints(); break;
      case PhysicalType::kDouble: target.values = out.doubles(); break;
      case PhysicalType::kString: target.values = out.strings(); break;
      case PhysicalType::kObject: return absl::InternalError("JIT kernel producing objects");
    }
    kernel_->project_fn()(views, n, &target);
    return absl::OkStatus();
  }
  KernelInfo info() const override { return {"jit", ""}; }
  Type type() const override { return type_; }

 private:
  std::unique_ptr<codegen::CompiledKernel> kernel_;
  Type type_;
  // Scratch reused across batches; an app is driven by one thread.
  mutable ColumnViews views_;
};

// A bare attribute reference (`select symbol, price`) needs no code: both backends hand the
// column on (the interpreter's FieldRefNode makes exactly this copy), so compiling a copy loop
// would only spend ~5-10 ms of the 20 ms/query compile budget per projected attribute. It counts
// as a JIT kernel: nothing falls back to the interpreter.
class ColumnRef : public ExprKernel {
 public:
  // `carried`: the column is only handed on, so foreign values (runtime/vector.h) may pass.
  ColumnRef(size_t column, Type type, std::string name, bool carried)
      : column_(column), type_(type), name_(std::move(name)), carried_(carried) {}
  absl::Status Eval(const Batch& in, const EvalContext&, Column& out) const override {
    TALON_RETURN_IF_ERROR(Check(in));
    out = in.column(column_);
    return absl::OkStatus();
  }
  absl::Status EvalConsuming(Batch& in, const EvalContext&, Column& out) const override {
    TALON_RETURN_IF_ERROR(Check(in));
    out = std::move(in.column(column_));
    return absl::OkStatus();
  }
  KernelInfo info() const override { return {"jit", ""}; }
  Type type() const override { return type_; }

 private:
  absl::Status Check(const Batch& in) const {
    if (column_ >= in.column_count()) {
      return absl::InternalError(absl::StrCat("column reference ", column_, " of a batch with ",
                                              in.column_count(), " columns"));
    }
    const Column& column = in.column(column_);
    if (!carried_) {
      if (const Value* foreign = column.FirstForeign()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "attribute '", name_, "' holds a ", std::string(TypeName(foreign->type())),
            " value (", foreign->ToString(), ") where a ", std::string(TypeName(column.type())),
            " is needed"));
      }
    }
    return absl::OkStatus();
  }

  size_t column_;
  Type type_;
  std::string name_;
  bool carried_;
};

class JitPredicate : public PredicateKernel {
 public:
  JitPredicate(std::unique_ptr<codegen::CompiledKernel> kernel, const bound::Expr& expr,
               const Schema& scope)
      : kernel_(std::move(kernel)), views_(expr, scope) {}

  absl::Status Filter(const Batch& in, const EvalContext&,
                      std::vector<uint8_t>& mask) const override {
    TALON_ASSIGN_OR_RETURN(const TalonColumnView* views, views_.Bind(in));
    mask.resize(in.size());
    kernel_->filter_fn()(views, in.size(), mask.data());
    return absl::OkStatus();
  }
  KernelInfo info() const override { return {"jit", ""}; }

 private:
  std::unique_ptr<codegen::CompiledKernel> kernel_;
  mutable ColumnViews views_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ExprKernel>> MakeJitExpr(codegen::Jit& jit, const bound::Expr& expr,
                                                        const Schema& scope, bool carried) {
  if (expr.kind == bound::ExprKind::kFieldRef && expr.column >= 0 &&
      static_cast<size_t>(expr.column) < scope.size()) {
    return std::make_unique<ColumnRef>(static_cast<size_t>(expr.column), expr.type, expr.name,
                                       carried);
  }
  TALON_ASSIGN_OR_RETURN(std::unique_ptr<codegen::CompiledKernel> kernel,
                         jit.CompileProject(expr, scope));
  return std::make_unique<JitExpr>(std::move(kernel), expr, scope);
}

absl::StatusOr<std::unique_ptr<PredicateKernel>> MakeJitPredicate(codegen::Jit& jit,
                                                                  const bound::Expr& expr,
                                                                  const Schema& scope) {
  TALON_ASSIGN_OR_RETURN(std::unique_ptr<codegen::CompiledKernel> kernel,
                         jit.CompileFilter(expr, scope));
  return std::make_unique<JitPredicate>(std::move(kernel), expr, scope);
}

}  // namespace talon::exec
