#include "frontend/bound.h"

#include "absl/strings/str_cat.h"

namespace talon::bound {

std::string_view CompareOpSymbol(CompareOp op) {
  switch (op) {
    case CompareOp::kEq: return "==";
    case CompareOp::kNe: return "!=";
    case CompareOp::kLt: return "<";
    case CompareOp::kLe: return "<=";
    case CompareOp::kGt: return ">";
    case CompareOp::kGe: return ">=";
  }
  return "?";
}

std::string_view ArithOpSymbol(ArithOp op) {
  switch (op) {
    case ArithOp::kAdd: return "+";
    case ArithOp::kSub: return "-";
    case ArithOp::kMul: return "*";
    case ArithOp::kDiv: return "/";
    case ArithOp::kMod: return "%";
  }
  return "?";
}

std::unique_ptr<Expr> Expr::Clone() const {
  auto copy = std::make_unique<Expr>();
  copy->kind = kind;
  copy->type = type;
  copy->span = span;
  copy->column = column;
  copy->name = name;
  copy->value = value;
  copy->function_id = function_id;
  copy->stateful = stateful;
  copy->compare = compare;
  copy->arith = arith;
  copy->operands.reserve(operands.size());
  for (const ExprPtr& operand : operands) copy->operands.push_back(operand->Clone());
  return copy;
}

ExprPtr MakeFieldRef(int column, Type type, std::string name, SourceSpan span) {
  auto expr = std::make_unique<Expr>();
  expr->kind = ExprKind::kFieldRef;
  expr->type = type;
  expr->column = column;
  expr->name = std::move(name);
  expr->span = span;
  return expr;
}

ExprPtr MakeConstant(Value value, SourceSpan span) {
  auto expr = std::make_unique<Expr>();
  expr->kind = ExprKind::kConstant;
  expr->type = value.type();
  expr->value = std::move(value);
  expr->span = span;
  return expr;
}

namespace {

void Append(std::string& out, const Expr& expr);

void AppendOperands(std::string& out, const Expr& expr) {
  for (size_t i = 0; i < expr.operands.size(); ++i) {
    if (i > 0) out += ", ";
    Append(out, *expr.operands[i]);
  }
}

// Binary forms are parenthesized so that the text shows the tree unambiguously.
void AppendBinary(std::string& out, const Expr& expr, std::string_view symbol) {
  out += "(";
  Append(out, *expr.operands[0]);
  absl::StrAppend(&out, " ", std::string(symbol), " ");
  Append(out, *expr.operands[1]);
  out += ")";
}

void Append(std::string& out, const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::kFieldRef:
      absl::StrAppend(&out, "$", expr.column, ":", expr.name);
      return;
    case ExprKind::kConstant:
      // A typed NULL shows its type: the planner and runtime see `null:int`, not an object.
      if (expr.value.is_null() && expr.type != Type::kObject) {
        absl::StrAppend(&out, "null:", std::string(TypeName(expr.type)));
      } else {
        out += expr.value.ToLiteral();
      }
      return;
    case ExprKind::kCall:
      absl::StrAppend(&out, expr.name, "(");
      AppendOperands(out, expr);
      out += ")";
      return;
    case ExprKind::kCast:
      out += "cast(";
      Append(out, *expr.operands[0]);
      absl::StrAppend(&out, " as ", std::string(TypeName(expr.type)), ")");
      return;
    case ExprKind::kAnd:
      AppendBinary(out, expr, "and");
      return;
    case ExprKind::kOr:
      AppendBinary(out, expr, "or");
      return;
    case ExprKind::kNot:
      out += "(not ";
      Append(out, *expr.operands[0]);
      out += ")";
      return;
    case ExprKind::kCompare:
      AppendBinary(out, expr, CompareOpSymbol(expr.compare));
      return;
    case ExprKind::kArithmetic:
      AppendBinary(out, expr, ArithOpSymbol(expr.arith));
      return;
    case ExprKind::kNegate:
      out += "(-";
      Append(out, *expr.operands[0]);
      out += ")";
      return;
    case ExprKind::kIsNull:
      out += "(";
      Append(out, *expr.operands[0]);
      out += " is null)";
      return;
  }
}

template <typename T>
int FindByName(const std::vector<T>& items, std::string_view name) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::string ToString(const Expr& expr) {
  std::string out;
  Append(out, expr);
  return out;
}

int App::FindStream(std::string_view name) const { return FindByName(streams, name); }
int App::FindTable(std::string_view name) const { return FindByName(tables, name); }
int App::FindWindow(std::string_view name) const { return FindByName(windows, name); }
int App::FindAggregation(std::string_view name) const { return FindByName(aggregations, name); }

std::string_view AggregationDurationName(AggregationDuration duration) {
  switch (duration) {
    case AggregationDuration::kSeconds: return "SECONDS";
    case AggregationDuration::kMinutes: return "MINUTES";
    case AggregationDuration::kHours: return "HOURS";
    case AggregationDuration::kDays: return "DAYS";
    case AggregationDuration::kMonths: return "MONTHS";
    case AggregationDuration::kYears: return "YEARS";
  }
  return "SECONDS";
}

}  // namespace talon::bound
