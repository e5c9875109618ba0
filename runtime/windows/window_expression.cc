#include "runtime/windows/window_expression.h"

#include <optional>

#include "absl/strings/str_cat.h"
#include "frontend/ast.h"
#include "frontend/base/diagnostic.h"
#include "frontend/base/source.h"
#include "frontend/base/status_macros.h"
#include "frontend/parser.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

// The built-in registry: expression windows compile their condition at run time, from inside
// a window, where the app's registry is out of reach.
const Registry& BuiltinRegistry() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

bound::ExprPtr Node(bound::ExprKind kind, Type type) {
  auto node = std::make_unique<bound::Expr>();
  node->kind = kind;
  node->type = type;
  return node;
}

bound::ExprPtr CastTo(bound::ExprPtr expr, Type type) {
  if (expr->type == type) return expr;
  if (expr->IsConstant() && expr->value.is_null()) {
    expr->value = Value::Null(type);
    expr->type = type;
    return expr;
  }
  bound::ExprPtr cast = Node(bound::ExprKind::kCast, type);
  cast->operands.push_back(std::move(expr));
  return cast;
}

bool IsNullLiteral(const bound::Expr& e) {
  return e.IsConstant() && e.value.is_null() && e.type == Type::kObject;
}

// A pending aggregator call: its registry row, bound arguments and result type.
struct PendingAggregate {
  int id = -1;
  std::vector<frontend::ArgInfo> infos;
  std::vector<bound::ExprPtr> args;
  Type type = Type::kObject;
};

// ast::Expr -> bound::Expr over the expression scope (see WindowExpression::scope_).
class Binder {
 public:
  Binder(const Schema& schema, const Registry& registry)
      : schema_(schema), n_(static_cast<int>(schema.size())), registry_(registry) {}

  absl::StatusOr<bound::ExprPtr> Bind(const ast::Expr& e) {
    switch (e.kind) {
      case ast::ExprKind::kConstant: return bound::MakeConstant(e.value);
      case ast::ExprKind::kAttribute: return BindAttribute(e.attribute);
      case ast::ExprKind::kFunctionCall: return BindCall(e);
      case ast::ExprKind::kNot: {
        TALON_ASSIGN_OR_RETURN(bound::ExprPtr operand, Bind(*e.operands[0]));
        if (operand->type != Type::kBool) return Error("'not' needs a bool operand");
        bound::ExprPtr node = Node(bound::ExprKind::kNot, Type::kBool);
        node->operands.push_back(std::move(operand));
        return node;
      }
      case ast::ExprKind::kNegate: {
        TALON_ASSIGN_OR_RETURN(bound::ExprPtr operand, Bind(*e.operands[0]));
        if (!IsNumeric(operand->type)) return Error("'-' needs a numeric operand");
        bound::ExprPtr node = Node(bound::ExprKind::kNegate, operand->type);
        node->operands.push_back(std::move(operand));
        return node;
      }
      case ast::ExprKind::kIsNull: {
        TALON_ASSIGN_OR_RETURN(bound::ExprPtr operand, Bind(*e.operands[0]));
        bound::ExprPtr node = Node(bound::ExprKind::kIsNull, Type::kBool);
        node->operands.push_back(std::move(operand));
        return node;
      }
      case ast::ExprKind::kBinary: return BindBinary(e);
      case ast::ExprKind::kIsNullStream:
      case ast::ExprKind::kIn: break;
    }
    return Error("this kind of expression is not supported in a window expression");
  }

  std::vector<PendingAggregate>& aggregates() { return aggregates_; }
  int first_aggregate_column() const { return 3 * n_ + 3; }

 private:
  static absl::Status Error(std::string message) {
    return absl::InvalidArgumentError(std::move(message));
  }

  absl::StatusOr<bound::ExprPtr> BindAttribute(const ast::AttributeRef& ref) {
    int base = 0;
    if (ref.stream == "first") {
      base = n_;
    } else if (ref.stream == "last") {
      base = 2 * n_;
    } else if (!ref.stream.empty()) {
      return Error(absl::StrCat("unknown event '", ref.stream,
                                "' (a window expression reads 'first' and 'last')"));
    }
    std::optional<size_t> index = schema_.IndexOf(ref.name);
    if (!index) return Error(absl::StrCat("no attribute '", ref.name, "'"));
    return bound::MakeFieldRef(base + static_cast<int>(*index), schema_.at(*index).type,
                               ref.name);
  }

  absl::StatusOr<bound::ExprPtr> BindCall(const ast::Expr& e) {
    if (e.ns.empty() && e.name == "eventTimestamp") {
      int column = 3 * n_;  // the evaluated event
      if (e.operands.size() == 1 && e.operands[0]->kind == ast::ExprKind::kAttribute &&
          e.operands[0]->attribute.stream.empty()) {
        const std::string& which = e.operands[0]->attribute.name;
        if (which == "first") column = 3 * n_ + 1;
        if (which == "last") column = 3 * n_ + 2;
        if (which != "first" && which != "last") return Error("eventTimestamp() reads first or last");
      } else if (!e.operands.empty()) {
        return Error("eventTimestamp() reads first or last");
      }
      return bound::MakeFieldRef(column, Type::kLong, "eventTimestamp");
    }
    std::vector<bound::ExprPtr> args;
    std::vector<frontend::ArgInfo> infos;
    for (const ast::ExprPtr& arg : e.operands) {
      TALON_ASSIGN_OR_RETURN(bound::ExprPtr bound_arg, Bind(*arg));
      frontend::ArgInfo info;
      info.type = bound_arg->type;
      if (bound_arg->IsConstant()) info.constant = bound_arg->value;
      info.is_attribute = arg->kind == ast::ExprKind::kAttribute;
      infos.push_back(info);
      args.push_back(std::move(bound_arg));
    }
    if (auto aggregator = registry_.LookupAggregator(e.ns, e.name, infos)) {
      if (auto* error = std::get_if<frontend::LookupError>(&*aggregator)) {
        return Error(error->message);
      }
      const frontend::AggregatorRef& ref = std::get<frontend::AggregatorRef>(*aggregator);
      int column = first_aggregate_column() + static_cast<int>(aggregates_.size());
      aggregates_.push_back(PendingAggregate{ref.id, std::move(infos), std::move(args), ref.result});
      return bound::MakeFieldRef(column, ref.result, e.name);
    }
    frontend::Lookup<frontend::FunctionRef> function =
        registry_.LookupFunction(e.ns, e.name, infos);
    if (auto* error = std::get_if<frontend::LookupError>(&function)) return Error(error->message);
    const frontend::FunctionRef& ref = std::get<frontend::FunctionRef>(function);
    bound::ExprPtr call = Node(bound::ExprKind::kCall, ref.result);
    call->function_id = ref.id;
    call->stateful = ref.stateful;
    call->name = e.ns.empty() ? e.name : absl::StrCat(e.ns, ":", e.name);
    call->operands = std::move(args);
    return call;
  }

  absl::StatusOr<bound::ExprPtr> BindBinary(const ast::Expr& e) {
    TALON_ASSIGN_OR_RETURN(bound::ExprPtr left, Bind(*e.operands[0]));
    TALON_ASSIGN_OR_RETURN(bound::ExprPtr right, Bind(*e.operands[1]));
    if (IsNullLiteral(*left) && right->type != Type::kObject) left = CastTo(std::move(left), right->type);
    if (IsNullLiteral(*right) && left->type != Type::kObject) right = CastTo(std::move(right), left->type);
    std::string op(ast::BinaryOpSymbol(e.op));
    switch (e.op) {
      case ast::BinaryOp::kAnd:
      case ast::BinaryOp::kOr: {
        if (left->type != Type::kBool || right->type != Type::kBool) {
          return Error(absl::StrCat("'", op, "' needs bool operands"));
        }
        bound::ExprPtr node = Node(
            e.op == ast::BinaryOp::kAnd ? bound::ExprKind::kAnd : bound::ExprKind::kOr, Type::kBool);
        node->operands.push_back(std::move(left));
        node->operands.push_back(std::move(right));
        return node;
      }
      case ast::BinaryOp::kAdd:
      case ast::BinaryOp::kSub:
      case ast::BinaryOp::kMul:
      case ast::BinaryOp::kDiv:
      case ast::BinaryOp::kMod: {
        std::optional<Type> type = PromoteNumeric(left->type, right->type);
        if (!type) return Error(absl::StrCat("'", op, "' needs numeric operands"));
        bound::ExprPtr node = Node(bound::ExprKind::kArithmetic, *type);
        switch (e.op) {
          case ast::BinaryOp::kAdd: node->arith = bound::ArithOp::kAdd; break;
          case ast::BinaryOp::kSub: node->arith = bound::ArithOp::kSub; break;
          case ast::BinaryOp::kMul: node->arith = bound::ArithOp::kMul; break;
          case ast::BinaryOp::kDiv: node->arith = bound::ArithOp::kDiv; break;
          default: node->arith = bound::ArithOp::kMod; break;
        }
        node->operands.push_back(CastTo(std::move(left), *type));
        node->operands.push_back(CastTo(std::move(right), *type));
        return node;
      }
      default: {
        std::optional<Type> type = PromoteNumeric(left->type, right->type);
        if (!type) {
          bool ordering = e.op != ast::BinaryOp::kEq && e.op != ast::BinaryOp::kNe;
          if (left->type != right->type || left->type == Type::kObject || ordering) {
            return Error(absl::StrCat("cannot compare ", TypeName(left->type), " with ",
                                      TypeName(right->type), " using '", op, "'"));
          }
          type = left->type;
        }
        bound::ExprPtr node = Node(bound::ExprKind::kCompare, Type::kBool);
        switch (e.op) {
          case ast::BinaryOp::kEq: node->compare = bound::CompareOp::kEq; break;
          case ast::BinaryOp::kNe: node->compare = bound::CompareOp::kNe; break;
          case ast::BinaryOp::kLt: node->compare = bound::CompareOp::kLt; break;
          case ast::BinaryOp::kLe: node->compare = bound::CompareOp::kLe; break;
          case ast::BinaryOp::kGt: node->compare = bound::CompareOp::kGt; break;
          default: node->compare = bound::CompareOp::kGe; break;
        }
        node->operands.push_back(CastTo(std::move(left), *type));
        node->operands.push_back(CastTo(std::move(right), *type));
        return node;
      }
    }
  }

  const Schema& schema_;
  int n_;
  const Registry& registry_;
  std::vector<PendingAggregate> aggregates_;
};

void AppendRowTo(std::vector<Column>& columns, size_t first, EventRef ref, size_t n) {
  for (size_t c = 0; c < n; ++c) columns[first + c].AppendFrom(ref.batch->column(c), ref.row);
}

}  // namespace

absl::StatusOr<std::unique_ptr<WindowExpression>> WindowExpression::Compile(std::string_view text,
                                                                            const Schema& schema) {
  std::unique_ptr<WindowExpression> expr(new WindowExpression());
  expr->text_ = std::string(text);
  expr->schema_ = schema;
  SourceText source("window expression", std::string(text));
  Diagnostics diagnostics(&source);
  absl::StatusOr<ast::ExprPtr> parsed = frontend::ParseExpression(source, diagnostics);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("window expression '", std::string(text), "' does not parse: ",
                     std::string(parsed.status().message())));
  }
  const Registry& registry = BuiltinRegistry();
  Binder binder(schema, registry);
  absl::StatusOr<bound::ExprPtr> bound = binder.Bind(**parsed);
  if (!bound.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("window expression '", std::string(text),
                                                   "': ", std::string(bound.status().message())));
  }
  if ((*bound)->type != Type::kBool) {
    return absl::InvalidArgumentError(
        absl::StrCat("Expression ('", std::string(text), "') does not return Bool"));
  }

  // The scope: event, first, last, their timestamps, then one column per aggregator.
  for (const char* prefix : {"", "first.", "last."}) {
    for (const Attribute& a : schema.attributes()) {
      expr->scope_.Add(absl::StrCat(prefix, a.name), a.type);
    }
  }
  expr->scope_.Add("eventTimestamp()", Type::kLong);
  expr->scope_.Add("eventTimestamp(first)", Type::kLong);
  expr->scope_.Add("eventTimestamp(last)", Type::kLong);
  for (size_t k = 0; k < binder.aggregates().size(); ++k) {
    expr->scope_.Add(absl::StrCat("_agg", k), binder.aggregates()[k].type);
  }
  for (PendingAggregate& p : binder.aggregates()) {
    AggregateCall call;
    TALON_ASSIGN_OR_RETURN(call.aggregator, registry.aggregator(p.id).bind(p.infos, p.type));
    for (const bound::ExprPtr& arg : p.args) {
      TALON_ASSIGN_OR_RETURN(std::unique_ptr<ExprKernel> kernel,
                             MakeInterpretedExpr(*arg, expr->scope_, registry));
      call.args.push_back(std::move(kernel));
    }
    expr->aggregates_.push_back(std::move(call));
  }
  TALON_ASSIGN_OR_RETURN(expr->condition_, MakeInterpretedExpr(**bound, expr->scope_, registry));
  return expr;
}

std::unique_ptr<WindowExpression::State> WindowExpression::CreateState() const {
  auto state = std::make_unique<State>();
  for (const AggregateCall& call : aggregates_) {
    state->aggregates.push_back(call.aggregator->CreateState());
  }
  return state;
}

absl::StatusOr<bool> WindowExpression::Evaluate(State& state, EventKind kind, EventRef event,
                                                EventRef first, EventRef last,
                                                Timestamp now) const {
  if (kind == EventKind::kReset) {
    for (size_t k = 0; k < aggregates_.size(); ++k) {
      aggregates_[k].aggregator->Reset(*state.aggregates[k]);
    }
    return false;
  }
  const size_t n = schema_.size();
  Batch scope;
  for (const Attribute& a : scope_.attributes()) scope.columns().emplace_back(a.type);
  std::vector<Column>& columns = scope.columns();
  AppendRowTo(columns, 0, event, n);
  AppendRowTo(columns, n, first, n);
  AppendRowTo(columns, 2 * n, last, n);
  columns[3 * n].Append(Value::Long(event.batch->timestamp(event.row)));
  columns[3 * n + 1].Append(Value::Long(first.batch->timestamp(first.row)));
  columns[3 * n + 2].Append(Value::Long(last.batch->timestamp(last.row)));
  for (size_t k = 0; k < aggregates_.size(); ++k) columns[3 * n + 3 + k].Resize(1);
  scope.timestamps().push_back(event.batch->timestamp(event.row));
  scope.kinds().push_back(kind);

  EvalContext ctx{now};
  std::vector<Value> args;
  for (size_t k = 0; k < aggregates_.size(); ++k) {
    const AggregateCall& call = aggregates_[k];
    args.clear();
    for (const auto& kernel : call.args) {
      Column value;
      TALON_RETURN_IF_ERROR(kernel->Eval(scope, ctx, value));
      args.push_back(value.Get(0));
    }
    if (kind == EventKind::kCurrent) {
      call.aggregator->Add(*state.aggregates[k], args.data());
    } else {
      call.aggregator->Remove(*state.aggregates[k], args.data());
    }
    columns[3 * n + 3 + k].Set(0, call.aggregator->Result(*state.aggregates[k]));
  }
  Column result;
  TALON_RETURN_IF_ERROR(condition_->Eval(scope, ctx, result));
  return !result.IsNull(0) && result.ints()[0] != 0;
}

}  // namespace talon::exec
