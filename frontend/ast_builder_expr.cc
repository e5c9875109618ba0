// Expressions: operators in the grammar's precedence (CQL.g4 `expression`), attribute
// references, function calls, null checks and constants, including time constants.
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "antlr4-runtime.h"
#include "frontend/ast_builder.h"
#include "grammar/generated/CQLParser.h"

namespace talon::frontend {

using grammar::CQLParser;

namespace {

ast::ExprPtr Binary(ast::BinaryOp op, ast::ExprPtr left, ast::ExprPtr right, SourceSpan span) {
  ast::ExprPtr e = MakeExpr(ast::ExprKind::kBinary, span);
  e->op = op;
  e->operands.push_back(std::move(left));
  e->operands.push_back(std::move(right));
  return e;
}

ast::ExprPtr Unary(ast::ExprKind kind, ast::ExprPtr operand, SourceSpan span) {
  ast::ExprPtr e = MakeExpr(kind, span);
  e->operands.push_back(std::move(operand));
  return e;
}

// The numeric literal directly under `-`/`+`, if that is what the operand is, with the type
// its token gives it.
struct NumericLiteral {
  antlr4::Token* token = nullptr;
  Type type = Type::kInt;
};

std::optional<NumericLiteral> AsNumericLiteral(CQLParser::ExpressionContext* operand) {
  auto* constant_expr = dynamic_cast<CQLParser::ConstantExprContext*>(operand);
  if (constant_expr == nullptr) return std::nullopt;
  CQLParser::ConstantContext* constant = constant_expr->constant();
  if (auto* c = dynamic_cast<CQLParser::IntConstantContext*>(constant)) {
    return NumericLiteral{c->INT_LITERAL()->getSymbol(), Type::kInt};
  }
  if (auto* c = dynamic_cast<CQLParser::LongConstantContext*>(constant)) {
    return NumericLiteral{c->LONG_LITERAL()->getSymbol(), Type::kLong};
  }
  if (auto* c = dynamic_cast<CQLParser::FloatConstantContext*>(constant)) {
    return NumericLiteral{c->FLOAT_LITERAL()->getSymbol(), Type::kFloat};
  }
  if (auto* c = dynamic_cast<CQLParser::DoubleConstantContext*>(constant)) {
    return NumericLiteral{c->DOUBLE_LITERAL()->getSymbol(), Type::kDouble};
  }
  return std::nullopt;
}

// Fills an EventIndex from attribute_index (`[0]`, `[last]`, `[last-2]`).
ast::EventIndex EventIndexOf(AstBuilder& b, CQLParser::Attribute_indexContext* ctx) {
  ast::EventIndex index;
  if (auto* n = dynamic_cast<CQLParser::NumericIndexContext*>(ctx)) {
    index.kind = ast::EventIndex::Kind::kNumber;
    index.value = b.IntToken(n->index);
  } else if (auto* l = dynamic_cast<CQLParser::LastIndexContext*>(ctx)) {
    index.kind = ast::EventIndex::Kind::kLast;
    index.value = l->last_offset == nullptr ? 0 : b.IntToken(l->last_offset);
  }
  return index;
}

}  // namespace

ast::ExprPtr AstBuilder::Expr(antlr4::ParserRuleContext* expression) {
  auto* ctx = As<CQLParser::ExpressionContext>(expression);
  SourceSpan span = SpanOf(ctx);

  if (auto* c = dynamic_cast<CQLParser::ParenExprContext*>(ctx)) return Expr(c->inner);
  if (auto* c = dynamic_cast<CQLParser::ConstantExprContext*>(ctx)) {
    CQLParser::ConstantContext* constant = c->constant();
    ast::ExprPtr e = MakeExpr(ast::ExprKind::kConstant, span);
    if (auto* t = dynamic_cast<CQLParser::TimeConstantContext*>(constant)) {
      return TimeValue(t->time_value());
    }
    if (std::optional<NumericLiteral> literal = AsNumericLiteral(ctx)) {
      absl::StatusOr<Value> v =
          ParseNumericLiteral(literal->token->getText(), literal->type, false);
      if (v.ok()) {
        e->value = *std::move(v);
      } else {
        Error(DiagCode::kSyntaxError, span, std::string(v.status().message()));
        e->value = Value::Null(literal->type);
      }
    } else if (auto* s = dynamic_cast<CQLParser::StringConstantContext*>(constant)) {
      e->value = Value::String(StringValue(s->STRING_LITERAL()->getSymbol()));
    } else if (auto* bc = dynamic_cast<CQLParser::BoolConstantContext*>(constant)) {
      e->value = Value::Bool(bc->TRUE() != nullptr);
    } else if (dynamic_cast<CQLParser::NullConstantContext*>(constant) != nullptr) {
      // Siddhi 5.1 has no null literal (SiddhiQL.g4 constant_value); CQL.g4 parses one only to
      // say so.
      Error(DiagCode::kSyntaxError, span,
            "'null' is not a value in CQL; to test for a missing value write 'x is null'");
      e->value = Value();
    }
    return e;
  }
  if (auto* c = dynamic_cast<CQLParser::AttributeRefExprContext*>(ctx)) {
    return AttributeReference(c->attribute_reference());
  }
  if (auto* c = dynamic_cast<CQLParser::FunctionCallExprContext*>(ctx)) {
    return FunctionCall(c->function_operation());
  }
  if (auto* c = dynamic_cast<CQLParser::UnaryMinusContext*>(ctx)) {
    // Siddhi writes negative numbers as signed literals (signed_int_value etc.); fold `-5` into
    // the constant so that -2147483648 and -9223372036854775808L are in range.
    if (std::optional<NumericLiteral> literal = AsNumericLiteral(c->operand)) {
      ast::ExprPtr e = MakeExpr(ast::ExprKind::kConstant, span);
      absl::StatusOr<Value> v = ParseNumericLiteral(literal->token->getText(), literal->type, true);
      if (v.ok()) {
        e->value = *std::move(v);
      } else {
        Error(DiagCode::kSyntaxError, span, std::string(v.status().message()));
        e->value = Value::Null(literal->type);
      }
      return e;
    }
    return Unary(ast::ExprKind::kNegate, Expr(c->operand), span);
  }
  if (auto* c = dynamic_cast<CQLParser::UnaryPlusContext*>(ctx)) {
    // `+x` is `x`; a folded literal keeps the sign's span.
    ast::ExprPtr operand = Expr(c->operand);
    if (AsNumericLiteral(c->operand)) operand->span = span;
    return operand;
  }
  if (auto* c = dynamic_cast<CQLParser::NotExprContext*>(ctx)) {
    return Unary(ast::ExprKind::kNot, Expr(c->operand), span);
  }
  if (auto* c = dynamic_cast<CQLParser::MulDivModExprContext*>(ctx)) {
    ast::BinaryOp op = c->op->getType() == CQLParser::STAR  ? ast::BinaryOp::kMul
                       : c->op->getType() == CQLParser::DIV ? ast::BinaryOp::kDiv
                                                            : ast::BinaryOp::kMod;
    return Binary(op, Expr(c->left), Expr(c->right), span);
  }
  if (auto* c = dynamic_cast<CQLParser::AddSubExprContext*>(ctx)) {
    ast::BinaryOp op =
        c->op->getType() == CQLParser::PLUS ? ast::BinaryOp::kAdd : ast::BinaryOp::kSub;
    return Binary(op, Expr(c->left), Expr(c->right), span);
  }
  if (auto* c = dynamic_cast<CQLParser::CompareExprContext*>(ctx)) {
    ast::BinaryOp op;
    switch (c->op->getType()) {
      case CQLParser::GT_EQ: op = ast::BinaryOp::kGe; break;
      case CQLParser::LT_EQ: op = ast::BinaryOp::kLe; break;
      case CQLParser::GT: op = ast::BinaryOp::kGt; break;
      default: op = ast::BinaryOp::kLt; break;
    }
    return Binary(op, Expr(c->left), Expr(c->right), span);
  }
  if (auto* c = dynamic_cast<CQLParser::EqualityExprContext*>(ctx)) {
    ast::BinaryOp op = c->op->getType() == CQLParser::EQ ? ast::BinaryOp::kEq : ast::BinaryOp::kNe;
    return Binary(op, Expr(c->left), Expr(c->right), span);
  }
  if (auto* c = dynamic_cast<CQLParser::AndExprContext*>(ctx)) {
    return Binary(ast::BinaryOp::kAnd, Expr(c->left), Expr(c->right), span);
  }
  if (auto* c = dynamic_cast<CQLParser::OrExprContext*>(ctx)) {
    return Binary(ast::BinaryOp::kOr, Expr(c->left), Expr(c->right), span);
  }
  if (auto* c = dynamic_cast<CQLParser::InExprContext*>(ctx)) {
    ast::ExprPtr e = Unary(ast::ExprKind::kIn, Expr(c->operand), span);
    e->name = Name(c->table_name);
    return e;
  }
  if (auto* c = dynamic_cast<CQLParser::IsNullExprContext*>(ctx)) {
    // `e1 is null` parses as an attribute test; like Siddhi's visitNull_check, it tests the
    // stream (a pattern event that did not arrive) when `e1` names a stream or event in scope.
    auto* ref_expr = dynamic_cast<CQLParser::AttributeRefExprContext*>(c->operand);
    if (ref_expr != nullptr && ref_expr->attribute_reference()->stream_name == nullptr) {
      std::string name = Name(ref_expr->attribute_reference()->attribute_name);
      if (IsActiveStream(name)) {
        ast::ExprPtr e = MakeExpr(ast::ExprKind::kIsNullStream, span);
        e->attribute.stream = name;
        return e;
      }
    }
    // SiddhiQL.g4 null_check: only attribute references, stream references and function
    // calls can be tested.
    if (ref_expr == nullptr &&
        dynamic_cast<CQLParser::FunctionCallExprContext*>(c->operand) == nullptr) {
      Error(DiagCode::kSyntaxError, SpanOf(c->operand),
            "'is null' applies to an attribute, a stream or a function call");
    }
    return Unary(ast::ExprKind::kIsNull, Expr(c->operand), span);
  }
  if (auto* c = dynamic_cast<CQLParser::IsNullStreamExprContext*>(ctx)) {
    CQLParser::Stream_referenceContext* ref = c->stream_reference();
    ast::ExprPtr e = MakeExpr(ast::ExprKind::kIsNullStream, span);
    e->attribute.stream = Name(ref->stream_name);
    e->attribute.stream_inner = ref->hash != nullptr;
    e->attribute.stream_fault = ref->fault != nullptr;
    if (ref->stream_index != nullptr) e->attribute.index = EventIndexOf(*this, ref->stream_index);
    return e;
  }
  // Every labelled alternative is handled above; a new one must be added here.
  Error(DiagCode::kInternal, span, "unhandled expression form in the AST builder");
  return MakeExpr(ast::ExprKind::kConstant, span);
}

ast::ExprPtr AstBuilder::AttributeReference(antlr4::ParserRuleContext* attribute_reference) {
  auto* ctx = As<CQLParser::Attribute_referenceContext>(attribute_reference);
  ast::ExprPtr e = MakeExpr(ast::ExprKind::kAttribute, SpanOf(ctx));
  ast::AttributeRef& ref = e->attribute;
  ref.name = Name(ctx->attribute_name);
  if (ctx->stream_name != nullptr) {
    ref.stream = Name(ctx->stream_name);
    ref.stream_inner = ctx->hash != nullptr;
    ref.stream_fault = ctx->fault != nullptr;
    if (ctx->stream_index != nullptr) ref.index = EventIndexOf(*this, ctx->stream_index);
  }
  if (ctx->function_id != nullptr) {
    // Siddhi's Variable.functionId: an attribute a stream function adds, addressed through
    // the function (`S#fn.x`). Nothing in Talon produces such references yet.
    Error(DiagCode::kUnsupported, SpanOf(ctx),
          absl::StrCat("referring to an attribute through a stream function ('", ctx->getText(),
                       "') is not supported; write '", ref.name, "'"));
  }
  return e;
}

ast::ExprPtr AstBuilder::FunctionCall(antlr4::ParserRuleContext* function_operation) {
  auto* ctx = As<CQLParser::Function_operationContext>(function_operation);
  ast::ExprPtr e = MakeExpr(ast::ExprKind::kFunctionCall, SpanOf(ctx));
  if (ctx->ns != nullptr) e->ns = Name(ctx->ns);
  e->name = Name(ctx->function_name);
  if (CQLParser::Function_argsContext* args = ctx->function_args()) {
    // Siddhi 5.1 accepts `f(*)` and passes no arguments (visitAttribute_list), so count(*)
    // is count(); the star is kept for messages and dumps.
    if (args->star != nullptr) {
      e->star = true;
    } else {
      for (CQLParser::ExpressionContext* arg : args->expression()) e->operands.push_back(Expr(arg));
    }
  }
  return e;
}

ast::ExprPtr AstBuilder::TimeValue(antlr4::ParserRuleContext* time_value) {
  auto* ctx = As<CQLParser::Time_valueContext>(time_value);
  ast::ExprPtr e = MakeExpr(ast::ExprKind::kConstant, SpanOf(ctx));
  e->is_time = true;
  int64_t total = 0;
  int64_t previous_unit = 0;  // millis of the unit before; Siddhi wants strictly decreasing units
  bool reported = false;
  for (CQLParser::Time_value_partContext* part : ctx->time_value_part()) {
    std::string unit_text = part->time_unit()->getText();
    int64_t unit = TimeUnitMillis(unit_text).value_or(0);
    if (previous_unit != 0 && unit >= previous_unit && !reported) {
      // SiddhiQL.g4 time_value: year month week day hour min sec millisec, each at most once.
      Error(DiagCode::kSyntaxError, SpanOf(part),
            absl::StrCat("time units must go from largest to smallest, each at most once, "
                         "but '",
                         unit_text, "' follows a unit no larger than it"));
      reported = true;
    }
    previous_unit = unit;
    int64_t amount = 0;
    absl::StatusOr<Value> v = ParseNumericLiteral(part->amount->getText(), Type::kLong, false);
    if (v.ok()) amount = v->long_value();
    int64_t part_ms = 0;
    if (!v.ok() || __builtin_mul_overflow(amount, unit, &part_ms) ||
        __builtin_add_overflow(total, part_ms, &total)) {
      Error(DiagCode::kSyntaxError, SpanOf(part), "time value is too large");
      total = 0;
      break;
    }
  }
  e->value = Value::Long(total);
  return e;
}

}  // namespace talon::frontend
