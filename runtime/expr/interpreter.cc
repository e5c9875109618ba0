// The interpreter: evaluates bound::Expr trees a whole batch at a time. It is the reference
// semantics that the JIT is tested against, so every rule below follows a Siddhi executor:
//  - arithmetic with a NULL operand is NULL; division or modulo by zero is NULL
//    (DivideExpressionExecutor*, ModExpressionExecutor*);
//  - int arithmetic wraps at 32 bits and float arithmetic rounds to float, as in Java;
//  - comparisons with a NULL operand are false, never NULL (CompareConditionExpressionExecutor);
//  - and/or treat NULL as false; `not NULL` is true.
#include <cmath>
#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "frontend/base/check.h"
#include "frontend/base/status_macros.h"
#include "runtime/attributes_read.h"
#include "runtime/expr/kernel.h"
#include "runtime/registry.h"
#include "runtime/tables/in_table.h"

namespace talon::exec {
namespace {

// One node of the prepared tree; children evaluated into scratch columns.
class Node {
 public:
  virtual ~Node() = default;
  virtual absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const = 0;
};
using NodePtr = std::unique_ptr<Node>;

absl::StatusOr<NodePtr> Prepare(const bound::Expr& expr, const Registry& registry, bool carried);

void ResetColumn(Column& out, Type type, size_t n) {
  if (out.type() != type || out.physical() != PhysicalTypeOf(type)) out = Column(type);
  out.Clear();
  out.Resize(n);
}

// A foreign value (runtime/vector.h) where an operator needs the declared type: Siddhi fails
// with a ClassCastException; Talon refuses the input. The input check
// (runtime/attributes_read.h) keeps them out of such positions, so this is the last guard.
absl::Status ForeignValueError(const Column& column, std::string_view what) {
  const Value* v = column.FirstForeign();
  if (v == nullptr) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      std::string(what), " holds a ", std::string(TypeName(v->type())), " value (", v->ToString(),
      ") where a ", std::string(TypeName(column.type())), " is needed"));
}

// `carried`: the value is only handed on (a projection, an argument of instanceOf*, ...), so
// a foreign value may pass.
class FieldRefNode : public Node {
 public:
  FieldRefNode(int column, std::string name, bool carried)
      : column_(column), name_(std::move(name)), carried_(carried) {}
  absl::Status Eval(const Batch& in, const EvalContext&, Column& out) const override {
    TALON_RETURN_IF_ERROR(Check(in));
    out = in.column(column_);
    return absl::OkStatus();
  }
  // The root of an expression that is a bare reference (InterpretedExpr::EvalConsuming).
  absl::Status TakeColumn(Batch& in, Column& out) const {
    TALON_RETURN_IF_ERROR(Check(in));
    out = std::move(in.column(column_));
    return absl::OkStatus();
  }

 private:
  absl::Status Check(const Batch& in) const {
    const Column& column = in.column(column_);
    if (!carried_ && column.has_foreign()) {
      return ForeignValueError(column, absl::StrCat("attribute '", name_, "'"));
    }
    return absl::OkStatus();
  }

  int column_;
  std::string name_;
  bool carried_;
};

class ConstantNode : public Node {
 public:
  explicit ConstantNode(Value value) : value_(std::move(value)) {}
  absl::Status Eval(const Batch& in, const EvalContext&, Column& out) const override {
    size_t n = in.size();
    ResetColumn(out, value_.type(), n);
    if (value_.is_null()) return absl::OkStatus();
    for (size_t i = 0; i < n; ++i) out.Set(i, value_);
    return absl::OkStatus();
  }

 private:
  Value value_;
};

// Rounds a double result to the storage precision of `type` (float, or wrap int to 32 bits).
inline double RoundFloat(double v) { return static_cast<float>(v); }
inline int64_t WrapInt(int64_t v) { return static_cast<int32_t>(static_cast<uint32_t>(v)); }

class CastNode : public Node {
 public:
  CastNode(NodePtr operand, Type from, Type to)
      : operand_(std::move(operand)), from_(from), to_(to) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    Column arg;
    TALON_RETURN_IF_ERROR(operand_->Eval(in, ctx, arg));
    size_t n = in.size();
    ResetColumn(out, to_, n);
    PhysicalType from = PhysicalTypeOf(from_), to = PhysicalTypeOf(to_);
    for (size_t i = 0; i < n; ++i) {
      if (arg.IsNull(i)) continue;
      out.nulls()[i] = 0;
      if (from == PhysicalType::kInt64 && to == PhysicalType::kInt64) {
        out.ints()[i] = to_ == Type::kInt ? WrapInt(arg.ints()[i]) : arg.ints()[i];
      } else if (from == PhysicalType::kInt64 && to == PhysicalType::kDouble) {
        double d = static_cast<double>(arg.ints()[i]);
        out.doubles()[i] = to_ == Type::kFloat ? RoundFloat(d) : d;
      } else if (from == PhysicalType::kDouble && to == PhysicalType::kDouble) {
        out.doubles()[i] = to_ == Type::kFloat ? RoundFloat(arg.doubles()[i]) : arg.doubles()[i];
      } else if (from == PhysicalType::kDouble && to == PhysicalType::kInt64) {
        // Java's (long)/(int) narrowing: truncation toward zero, NaN -> 0, saturating.
        double d = arg.doubles()[i];
        int64_t v = std::isnan(d) ? 0
                    : d >= 9.2233720368547758e18 ? INT64_MAX
                    : d <= -9.2233720368547758e18 ? INT64_MIN
                                                  : static_cast<int64_t>(d);
        if (to_ == Type::kInt) {
          v = std::isnan(d) ? 0 : d >= 2147483647.0 ? 2147483647 : d <= -2147483648.0 ? -2147483648LL
                                                                                       : static_cast<int32_t>(d);
        }
        out.ints()[i] = v;
      } else {
        out.Set(i, arg.Get(i));  // same physical type (string/object)
      }
    }
    return absl::OkStatus();
  }

 private:
  NodePtr operand_;
  Type from_, to_;
};

class ArithmeticNode : public Node {
 public:
  ArithmeticNode(NodePtr l, NodePtr r, bound::ArithOp op, Type type)
      : l_(std::move(l)), r_(std::move(r)), op_(op), type_(type) {}

  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    Column a, b;
    TALON_RETURN_IF_ERROR(l_->Eval(in, ctx, a));
    TALON_RETURN_IF_ERROR(r_->Eval(in, ctx, b));
    size_t n = in.size();
    ResetColumn(out, type_, n);
    uint8_t* nulls = out.nulls();
    for (size_t i = 0; i < n; ++i) nulls[i] = a.nulls()[i] | b.nulls()[i];
    if (PhysicalTypeOf(type_) == PhysicalType::kInt64) {
      const int64_t* x = a.ints();
      const int64_t* y = b.ints();
      int64_t* o = out.ints();
      bool wrap = type_ == Type::kInt;
      for (size_t i = 0; i < n; ++i) {
        if (nulls[i]) continue;
        uint64_t ux = static_cast<uint64_t>(x[i]), uy = static_cast<uint64_t>(y[i]);
        int64_t v = 0;
        switch (op_) {
          case bound::ArithOp::kAdd: v = static_cast<int64_t>(ux + uy); break;
          case bound::ArithOp::kSub: v = static_cast<int64_t>(ux - uy); break;
          case bound::ArithOp::kMul: v = static_cast<int64_t>(ux * uy); break;
          case bound::ArithOp::kDiv:
          case bound::ArithOp::kMod:
            if (y[i] == 0) {
              nulls[i] = 1;
              continue;
            }
            // INT_MIN / -1 overflows in C++ but wraps in Java.
            if (y[i] == -1) {
              v = op_ == bound::ArithOp::kDiv ? static_cast<int64_t>(0 - ux) : 0;
            } else {
              v = op_ == bound::ArithOp::kDiv ? x[i] / y[i] : x[i] % y[i];
            }
            break;
        }
        o[i] = wrap ? WrapInt(v) : v;
      }
    } else {
      const double* x = a.doubles();
      const double* y = b.doubles();
      double* o = out.doubles();
      bool is_float = type_ == Type::kFloat;
      for (size_t i = 0; i < n; ++i) {
        if (nulls[i]) continue;
        double v = 0;
        switch (op_) {
          case bound::ArithOp::kAdd: v = x[i] + y[i]; break;
          case bound::ArithOp::kSub: v = x[i] - y[i]; break;
          case bound::ArithOp::kMul: v = x[i] * y[i]; break;
          case bound::ArithOp::kDiv:
          case bound::ArithOp::kMod:
            if (y[i] == 0) {
              nulls[i] = 1;
              continue;
            }
            v = op_ == bound::ArithOp::kDiv ? x[i] / y[i] : std::fmod(x[i], y[i]);
            break;
        }
        o[i] = is_float ? RoundFloat(v) : v;
      }
    }
    return absl::OkStatus();
  }

 private:
  NodePtr l_, r_;
  bound::ArithOp op_;
  Type type_;
};

class NegateNode : public Node {
 public:
  NegateNode(NodePtr operand, Type type) : operand_(std::move(operand)), type_(type) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    TALON_RETURN_IF_ERROR(operand_->Eval(in, ctx, out));
    for (size_t i = 0; i < out.size(); ++i) {
      if (out.IsNull(i)) continue;
      if (out.physical() == PhysicalType::kInt64) {
        int64_t v = static_cast<int64_t>(0 - static_cast<uint64_t>(out.ints()[i]));
        out.ints()[i] = type_ == Type::kInt ? WrapInt(v) : v;
      } else {
        out.doubles()[i] = -out.doubles()[i];
      }
    }
    return absl::OkStatus();
  }

 private:
  NodePtr operand_;
  Type type_;
};

template <typename T>
inline bool Compare(bound::CompareOp op, const T& x, const T& y) {
  switch (op) {
    case bound::CompareOp::kEq: return x == y;
    case bound::CompareOp::kNe: return x != y;
    case bound::CompareOp::kLt: return x < y;
    case bound::CompareOp::kLe: return x <= y;
    case bound::CompareOp::kGt: return x > y;
    case bound::CompareOp::kGe: return x >= y;
  }
  return false;
}

class CompareNode : public Node {
 public:
  CompareNode(NodePtr l, NodePtr r, bound::CompareOp op)
      : l_(std::move(l)), r_(std::move(r)), op_(op) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    Column a, b;
    TALON_RETURN_IF_ERROR(l_->Eval(in, ctx, a));
    TALON_RETURN_IF_ERROR(r_->Eval(in, ctx, b));
    size_t n = in.size();
    ResetColumn(out, Type::kBool, n);
    int64_t* o = out.ints();
    std::fill(out.nulls(), out.nulls() + n, 0);
    for (size_t i = 0; i < n; ++i) {
      if (a.IsNull(i) || b.IsNull(i)) {
        o[i] = 0;
        continue;
      }
      bool r = false;
      switch (a.physical()) {
        case PhysicalType::kInt64: r = Compare(op_, a.ints()[i], b.ints()[i]); break;
        case PhysicalType::kDouble: r = Compare(op_, a.doubles()[i], b.doubles()[i]); break;
        case PhysicalType::kString: r = Compare(op_, a.strings()[i], b.strings()[i]); break;
        case PhysicalType::kObject: {
          Value x = a.Get(i), y = b.Get(i);
          r = op_ == bound::CompareOp::kEq ? x == y : op_ == bound::CompareOp::kNe ? !(x == y) : false;
          break;
        }
      }
      o[i] = r;
    }
    return absl::OkStatus();
  }

 private:
  NodePtr l_, r_;
  bound::CompareOp op_;
};

class LogicalNode : public Node {
 public:
  enum class Op { kAnd, kOr, kNot };
  LogicalNode(Op op, NodePtr l, NodePtr r) : op_(op), l_(std::move(l)), r_(std::move(r)) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    Column a, b;
    TALON_RETURN_IF_ERROR(l_->Eval(in, ctx, a));
    if (r_) TALON_RETURN_IF_ERROR(r_->Eval(in, ctx, b));
    size_t n = in.size();
    ResetColumn(out, Type::kBool, n);
    std::fill(out.nulls(), out.nulls() + n, 0);
    int64_t* o = out.ints();
    for (size_t i = 0; i < n; ++i) {
      bool x = !a.IsNull(i) && a.ints()[i] != 0;
      switch (op_) {
        case Op::kAnd: o[i] = x && !b.IsNull(i) && b.ints()[i] != 0; break;
        case Op::kOr: o[i] = x || (!b.IsNull(i) && b.ints()[i] != 0); break;
        case Op::kNot: o[i] = !x; break;
      }
    }
    return absl::OkStatus();
  }

 private:
  Op op_;
  NodePtr l_, r_;
};

class IsNullNode : public Node {
 public:
  explicit IsNullNode(NodePtr operand) : operand_(std::move(operand)) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    Column a;
    TALON_RETURN_IF_ERROR(operand_->Eval(in, ctx, a));
    size_t n = in.size();
    ResetColumn(out, Type::kBool, n);
    std::fill(out.nulls(), out.nulls() + n, 0);
    for (size_t i = 0; i < n; ++i) out.ints()[i] = a.IsNull(i);
    return absl::OkStatus();
  }

 private:
  NodePtr operand_;
};

// Library functions run per event on boxed Values: their bodies are shared with the JIT's
// runtime symbols, and the hot operators (arithmetic, comparison, logic) are nodes above.
class CallNode : public Node {
 public:
  // `carried`: the result is only handed on, so it may be of another type (cast relabels).
  CallNode(std::vector<NodePtr> args, std::unique_ptr<ScalarFunction> fn, Type type,
           bool carried)
      : args_(std::move(args)), fn_(std::move(fn)), type_(type), carried_(carried) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    std::vector<Column> cols(args_.size());
    for (size_t a = 0; a < args_.size(); ++a) {
      TALON_RETURN_IF_ERROR(args_[a]->Eval(in, ctx, cols[a]));
    }
    size_t n = in.size();
    ResetColumn(out, type_, n);
    std::vector<Value> values(args_.size());
    Value result;
    CallContext call_ctx;
    call_ctx.now = ctx.now;
    call_ctx.carried = carried_;
    for (size_t i = 0; i < n; ++i) {
      for (size_t a = 0; a < args_.size(); ++a) values[a] = cols[a].Get(i);
      call_ctx.event_timestamp = in.timestamp(i);
      result = Value::Null(type_);
      TALON_RETURN_IF_ERROR(fn_->Call(values.data(), values.size(), call_ctx, result));
      if (!result.is_null() && result.type() != type_ && type_ != Type::kObject && !carried_) {
        return absl::InternalError(absl::StrCat("function returned ", TypeName(result.type()),
                                                " where ", TypeName(type_), " was resolved"));
      }
      out.Set(i, result);
    }
    return absl::OkStatus();
  }

 private:
  std::vector<NodePtr> args_;
  std::unique_ptr<ScalarFunction> fn_;
  Type type_;
  bool carried_;
};

// `x in T`: the condition runs over [scope ++ T's rows] for each event (runtime/tables/).
class InTableNode : public Node {
 public:
  InTableNode(NodePtr condition, int table, size_t width)
      : condition_(std::move(condition)), table_(table), width_(width) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    return EvalInTable(
        table_, width_,
        [this](const Batch& scope, const EvalContext& c, Column& result) {
          return condition_->Eval(scope, c, result);
        },
        in, ctx, out);
  }

 private:
  NodePtr condition_;
  int table_;
  size_t width_;
};

// `carried`: e's value is only handed on (runtime/attributes_read.h): the first argument of an
// object function is, and so is cast's when the cast is.
absl::StatusOr<NodePtr> Prepare(const bound::Expr& e, const Registry& registry, bool carried) {
  std::vector<NodePtr> ops;
  const bool object_function = IsObjectFunction(e);
  for (size_t i = 0; i < e.operands.size(); ++i) {
    bool operand_carried = object_function && i == 0 && (!IsCast(e) || carried);
    TALON_ASSIGN_OR_RETURN(NodePtr node, Prepare(*e.operands[i], registry, operand_carried));
    ops.push_back(std::move(node));
  }
  switch (e.kind) {
    case bound::ExprKind::kFieldRef:
      return std::make_unique<FieldRefNode>(e.column, e.name, carried);
    case bound::ExprKind::kConstant: {
      Value v = e.value;
      if (v.is_null()) v = Value::Null(e.type);
      return std::make_unique<ConstantNode>(std::move(v));
    }
    case bound::ExprKind::kCast:
      return std::make_unique<CastNode>(std::move(ops[0]), e.operands[0]->type, e.type);
    case bound::ExprKind::kArithmetic:
      return std::make_unique<ArithmeticNode>(std::move(ops[0]), std::move(ops[1]), e.arith,
                                              e.type);
    case bound::ExprKind::kNegate: return std::make_unique<NegateNode>(std::move(ops[0]), e.type);
    case bound::ExprKind::kCompare:
      return std::make_unique<CompareNode>(std::move(ops[0]), std::move(ops[1]), e.compare);
    case bound::ExprKind::kAnd:
      return std::make_unique<LogicalNode>(LogicalNode::Op::kAnd, std::move(ops[0]),
                                           std::move(ops[1]));
    case bound::ExprKind::kOr:
      return std::make_unique<LogicalNode>(LogicalNode::Op::kOr, std::move(ops[0]),
                                           std::move(ops[1]));
    case bound::ExprKind::kNot:
      return std::make_unique<LogicalNode>(LogicalNode::Op::kNot, std::move(ops[0]), nullptr);
    case bound::ExprKind::kIsNull: return std::make_unique<IsNullNode>(std::move(ops[0]));
    case bound::ExprKind::kCall: {
      if (e.function_id == bound::kInTableFunction) {
        return std::make_unique<InTableNode>(std::move(ops[0]), e.value.int_value(),
                                             static_cast<size_t>(e.column));
      }
      const ScalarFunctionDef& def = registry.scalar(e.function_id);
      std::vector<frontend::ArgInfo> args;
      for (const bound::ExprPtr& operand : e.operands) {
        frontend::ArgInfo info;
        info.type = operand->type;
        info.is_attribute = operand->kind == bound::ExprKind::kFieldRef;
        if (operand->IsConstant()) info.constant = operand->value;
        args.push_back(std::move(info));
      }
      TALON_ASSIGN_OR_RETURN(std::unique_ptr<ScalarFunction> fn, def.bind(args, e.type));
      return std::make_unique<CallNode>(std::move(ops), std::move(fn), e.type, carried);
    }
  }
  return absl::InternalError("unknown expression kind");
}

class InterpretedExpr : public ExprKernel {
 public:
  InterpretedExpr(NodePtr root, Type type) : root_(std::move(root)), type_(type) {}
  absl::Status Eval(const Batch& in, const EvalContext& ctx, Column& out) const override {
    return root_->Eval(in, ctx, out);
  }
  absl::Status EvalConsuming(Batch& in, const EvalContext& ctx, Column& out) const override {
    if (const auto* ref = dynamic_cast<const FieldRefNode*>(root_.get())) {
      return ref->TakeColumn(in, out);
    }
    return root_->Eval(in, ctx, out);
  }
  KernelInfo info() const override { return {"interpreted", ""}; }
  Type type() const override { return type_; }

 private:
  NodePtr root_;
  Type type_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<ExprKernel>> MakeInterpretedExpr(const bound::Expr& expr,
                                                                const Schema& scope,
                                                                const Registry& registry,
                                                                bool carried) {
  TALON_ASSIGN_OR_RETURN(NodePtr root, Prepare(expr, registry, carried));
  return std::make_unique<InterpretedExpr>(std::move(root), expr.type);
}

}  // namespace talon::exec
