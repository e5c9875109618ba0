// bound::Expr -> LLVM IR, one Emit* per expression kind. Every rule mirrors a node of
// runtime/expr/interpreter.cc (the reference semantics, itself following Siddhi's executors):
//  - arithmetic with a NULL operand is NULL; division or modulo by zero is NULL;
//  - int wraps at 32 bits, long at 64 (INT_MIN / -1 wraps as in Java, never traps);
//  - float results are computed in double and rounded to float (columns hold floats widened);
//  - comparisons with a NULL operand are false, never NULL; and/or/not read NULL as false;
//  - double -> int/long casts truncate and saturate, NaN -> 0 (Java's narrowing).
// The emitted code is branch-free except for string comparisons, so the loop vectorizer can
// work on the batch loops; operands of and/or are both evaluated, as in the interpreter, which
// is safe because every operation here is total (division is guarded, not trapped).
#include "codegen/expr_emitter.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"

namespace talon::codegen {

Repr ReprOf(Type type) {
  switch (type) {
    case Type::kBool:
    case Type::kInt:
    case Type::kLong: return Repr::kInt64;
    case Type::kFloat:
    case Type::kDouble: return Repr::kDouble;
    case Type::kString: return Repr::kString;
    case Type::kObject: return Repr::kNone;
  }
  return Repr::kNone;
}

absl::Status CollectColumns(const bound::Expr& expr, const Schema& scope, std::vector<bool>& used) {
  if (expr.kind == bound::ExprKind::kFieldRef) {
    if (expr.column < 0 || static_cast<size_t>(expr.column) >= scope.size()) {
      return absl::InvalidArgumentError(absl::StrCat("field reference $", expr.column,
                                                     " is outside a scope of ", scope.size(),
                                                     " columns"));
    }
    used[expr.column] = true;
  }
  // Calls are not compiled (EmitCall says why), and some evaluate their operands over another
  // scope than the kernel's (`x in T` reads [scope ++ T's columns]).
  if (expr.kind == bound::ExprKind::kCall) return absl::OkStatus();
  for (const bound::ExprPtr& operand : expr.operands) {
    TALON_RETURN_IF_ERROR(CollectColumns(*operand, scope, used));
  }
  return absl::OkStatus();
}

namespace {

absl::Status ExpectOperands(const bound::Expr& e, size_t n) {
  if (e.operands.size() == n) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat("expression ", bound::ToString(e), " has ",
                                                 e.operands.size(), " operands, expected ", n));
}

absl::Status UnsupportedType(const bound::Expr& e, Type type) {
  return absl::UnimplementedError(absl::StrCat("values of type ", TypeName(type),
                                               " are not compiled (in ", bound::ToString(e), ")"));
}

}  // namespace

ExprEmitter::ExprEmitter(llvm::IRBuilderBase& builder, llvm::Module& module,
                         const StringLayout& strings, const Schema& scope,
                         const std::vector<ColumnAccess>& columns, llvm::Value* row)
    : b_(builder), module_(module), strings_(strings), scope_(scope), columns_(columns),
      row_(row) {}

absl::StatusOr<EmittedValue> ExprEmitter::Emit(const bound::Expr& e) {
  switch (e.kind) {
    case bound::ExprKind::kFieldRef: return EmitFieldRef(e);
    case bound::ExprKind::kConstant: return EmitConstant(e);
    case bound::ExprKind::kCall: return EmitCall(e);
    case bound::ExprKind::kCast: return EmitCast(e);
    case bound::ExprKind::kAnd:
    case bound::ExprKind::kOr: return EmitAndOr(e);
    case bound::ExprKind::kNot: return EmitNot(e);
    case bound::ExprKind::kCompare: return EmitCompare(e);
    case bound::ExprKind::kArithmetic: return EmitArithmetic(e);
    case bound::ExprKind::kNegate: return EmitNegate(e);
    case bound::ExprKind::kIsNull: return EmitIsNull(e);
  }
  return absl::InternalError("unknown expression kind");
}

llvm::Value* ExprEmitter::Truth(const EmittedValue& v) {
  return b_.CreateAnd(b_.CreateNot(v.is_null), b_.CreateICmpNE(v.value, b_.getInt64(0)));
}

llvm::Value* ExprEmitter::WrapInt(llvm::Value* v) {
  return b_.CreateSExt(b_.CreateTrunc(v, b_.getInt32Ty()), b_.getInt64Ty());
}

llvm::Value* ExprEmitter::RoundFloat(llvm::Value* v) {
  return b_.CreateFPExt(b_.CreateFPTrunc(v, b_.getFloatTy()), b_.getDoubleTy());
}

llvm::Value* ExprEmitter::Bool(llvm::Value* bit) { return b_.CreateZExt(bit, b_.getInt64Ty()); }

llvm::Function* ExprEmitter::Memcmp() {
  // int memcmp(const void*, const void*, size_t): LLVM knows it by name, so a comparison with
  // a short constant string is expanded inline (and `== 0` becomes bcmp) at O2.
  llvm::FunctionType* type = llvm::FunctionType::get(
      b_.getInt32Ty(), {b_.getPtrTy(), b_.getPtrTy(), b_.getInt64Ty()}, false);
  llvm::FunctionCallee callee = module_.getOrInsertFunction("memcmp", type);
  return llvm::cast<llvm::Function>(callee.getCallee());
}

// --- Leaves -----------------------------------------------------------------------------------

absl::StatusOr<EmittedValue> ExprEmitter::EmitFieldRef(const bound::Expr& e) {
  if (e.column < 0 || static_cast<size_t>(e.column) >= scope_.size()) {
    return absl::InvalidArgumentError(absl::StrCat("field reference $", e.column,
                                                   " is outside the scope ", scope_.ToString()));
  }
  Type column_type = scope_.at(e.column).type;
  Repr repr = ReprOf(column_type);
  if (repr == Repr::kNone) return UnsupportedType(e, column_type);
  // The interpreter hands the column itself on, so its physical form is what counts; a
  // reference typed differently from its column is left to the interpreter.
  if (ReprOf(e.type) != repr) {
    return absl::UnimplementedError(absl::StrCat("field reference typed ", TypeName(e.type),
                                                 " over a ", TypeName(column_type), " column"));
  }
  const ColumnAccess& column = columns_[e.column];
  if (column.values == nullptr || column.nulls == nullptr) {
    return absl::InternalError(absl::StrCat("column ", e.column, " was not loaded"));
  }
  EmittedValue out;
  llvm::Value* null_byte =
      b_.CreateLoad(b_.getInt8Ty(), b_.CreateInBoundsGEP(b_.getInt8Ty(), column.nulls, row_));
  out.is_null = b_.CreateICmpNE(null_byte, b_.getInt8(0));
  switch (repr) {
    case Repr::kInt64:
      out.value = b_.CreateLoad(b_.getInt64Ty(),
                                b_.CreateInBoundsGEP(b_.getInt64Ty(), column.values, row_));
      break;
    case Repr::kDouble:
      out.value = b_.CreateLoad(b_.getDoubleTy(),
                                b_.CreateInBoundsGEP(b_.getDoubleTy(), column.values, row_));
      break;
    case Repr::kString: {
      if (!strings_.supported) return UnsupportedType(e, column_type);
      // Read the std::string in place: no per-event copy, no call.
      llvm::Value* object = b_.CreateInBoundsGEP(
          b_.getInt8Ty(), column.values, b_.CreateMul(row_, b_.getInt64(strings_.stride)));
      out.value = b_.CreateLoad(
          b_.getPtrTy(),
          b_.CreateInBoundsGEP(b_.getInt8Ty(), object, b_.getInt64(strings_.data_offset)));
      out.size = b_.CreateLoad(
          b_.getInt64Ty(),
          b_.CreateInBoundsGEP(b_.getInt8Ty(), object, b_.getInt64(strings_.size_offset)));
      break;
    }
    case Repr::kNone: break;
  }
  return out;
}

absl::StatusOr<EmittedValue> ExprEmitter::EmitConstant(const bound::Expr& e) {
  const Value& v = e.value;
  // As in the interpreter, a NULL constant takes the type of its context (e.type) and a
  // non-NULL one keeps the type of its value.
  Type type = v.is_null() ? e.type : v.type();
  Repr repr = ReprOf(type);
  if (repr == Repr::kNone) return UnsupportedType(e, type);
  if (ReprOf(e.type) != repr) {
    return absl::UnimplementedError(absl::StrCat("constant typed ", TypeName(e.type),
                                                 " holding a ", TypeName(type), " value"));
  }
  if (repr == Repr::kString && !strings_.supported) return UnsupportedType(e, type);
  EmittedValue out;
  out.is_null = b_.getInt1(v.is_null());
  if (v.is_null()) {
    switch (repr) {
      case Repr::kInt64: out.value = b_.getInt64(0); break;
      case Repr::kDouble: out.value = llvm::ConstantFP::get(b_.getDoubleTy(), 0.0); break;
      case Repr::kString:
        // A valid empty string, so that comparisons can read it unconditionally.
        out.value = b_.CreateGlobalString("", ".str.null", 0, &module_);
        out.size = b_.getInt64(0);
        break;
      case Repr::kNone: break;
    }
    return out;
  }
  switch (type) {
    case Type::kBool: out.value = b_.getInt64(v.bool_value() ? 1 : 0); break;
    case Type::kInt: out.value = b_.getInt64(static_cast<int64_t>(v.int_value())); break;
    case Type::kLong: out.value = b_.getInt64(v.long_value()); break;
    case Type::kFloat:
      out.value = llvm::ConstantFP::get(b_.getDoubleTy(), static_cast<double>(v.float_value()));
      break;
    case Type::kDouble: out.value = llvm::ConstantFP::get(b_.getDoubleTy(), v.double_value()); break;
    case Type::kString:
      out.value = b_.CreateGlobalString(v.string_value(), ".str", 0, &module_);
      out.size = b_.getInt64(v.string_value().size());
      out.literal = &v.string_value();
      break;
    case Type::kObject: return UnsupportedType(e, type);
  }
  return out;
}

absl::StatusOr<EmittedValue> ExprEmitter::EmitCall(const bound::Expr& e) {
  // TODO: call the per-event bodies of scalar functions through runtime symbols (JitOptions::
  // symbols), plus inline emitters for the hot ones (codegen/function_emitters.cc).
  return absl::UnimplementedError(
      absl::StrCat("function '", e.name, "' is not compiled yet (no JIT function emitters)"));
}

// --- Conversions ------------------------------------------------------------------------------

absl::StatusOr<EmittedValue> ExprEmitter::EmitCast(const bound::Expr& e) {
  TALON_RETURN_IF_ERROR(ExpectOperands(e, 1));
  Type from = e.operands[0]->type, to = e.type;
  Repr rf = ReprOf(from), rt = ReprOf(to);
  if (rf == Repr::kNone) return UnsupportedType(e, from);
  if (rt == Repr::kNone) return UnsupportedType(e, to);
  if ((rf == Repr::kString) != (rt == Repr::kString)) {
    return absl::UnimplementedError(absl::StrCat("cast from ", TypeName(from), " to ",
                                                 TypeName(to), " is not compiled"));
  }
  TALON_ASSIGN_OR_RETURN(EmittedValue v, Emit(*e.operands[0]));
  if (rf == Repr::kString) return v;  // string -> string: the value itself
  llvm::Value* x = v.value;
  if (rf == Repr::kInt64 && rt == Repr::kInt64) {
    v.value = to == Type::kInt ? WrapInt(x) : x;
  } else if (rf == Repr::kInt64 && rt == Repr::kDouble) {
    llvm::Value* d = b_.CreateSIToFP(x, b_.getDoubleTy());
    v.value = to == Type::kFloat ? RoundFloat(d) : d;
  } else if (rf == Repr::kDouble && rt == Repr::kDouble) {
    v.value = to == Type::kFloat ? RoundFloat(x) : x;
  } else {
    // Java's (int)/(long) narrowing: truncate toward zero, saturate, NaN -> 0. That is exactly
    // llvm.fptosi.sat; the interpreter spells it out with comparisons.
    llvm::Type* target = to == Type::kInt ? b_.getInt32Ty() : b_.getInt64Ty();
    llvm::Value* i =
        b_.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {target, b_.getDoubleTy()}, {x});
    v.value = to == Type::kInt ? b_.CreateSExt(i, b_.getInt64Ty()) : i;
  }
  return v;
}

// --- Logic ------------------------------------------------------------------------------------

absl::StatusOr<EmittedValue> ExprEmitter::EmitAndOr(const bound::Expr& e) {
  TALON_RETURN_IF_ERROR(ExpectOperands(e, 2));
  for (const bound::ExprPtr& operand : e.operands) {
    if (ReprOf(operand->type) != Repr::kInt64) return UnsupportedType(e, operand->type);
  }
  TALON_ASSIGN_OR_RETURN(EmittedValue a, Emit(*e.operands[0]));
  TALON_ASSIGN_OR_RETURN(EmittedValue c, Emit(*e.operands[1]));
  llvm::Value* x = Truth(a);
  llvm::Value* y = Truth(c);
  EmittedValue out;
  out.value = Bool(e.kind == bound::ExprKind::kAnd ? b_.CreateAnd(x, y) : b_.CreateOr(x, y));
  out.is_null = b_.getInt1(false);
  return out;
}

absl::StatusOr<EmittedValue> ExprEmitter::EmitNot(const bound::Expr& e) {
  TALON_RETURN_IF_ERROR(ExpectOperands(e, 1));
  if (ReprOf(e.operands[0]->type) != Repr::kInt64) return UnsupportedType(e, e.operands[0]->type);
  TALON_ASSIGN_OR_RETURN(EmittedValue a, Emit(*e.operands[0]));
  EmittedValue out;
  out.value = Bool(b_.CreateNot(Truth(a)));  // not NULL is true
  out.is_null = b_.getInt1(false);
  return out;
}

absl::StatusOr<EmittedValue> ExprEmitter::EmitIsNull(const bound::Expr& e) {
  TALON_RETURN_IF_ERROR(ExpectOperands(e, 1));
  TALON_ASSIGN_OR_RETURN(EmittedValue a, Emit(*e.operands[0]));
  EmittedValue out;
  out.value = Bool(a.is_null);
  out.is_null = b_.getInt1(false);
  return out;
}

// --- Comparison -------------------------------------------------------------------------------

absl::StatusOr<EmittedValue> ExprEmitter::EmitCompare(const bound::Expr& e) {
  TALON_RETURN_IF_ERROR(ExpectOperands(e, 2));
  Type ta = e.operands[0]->type, tb = e.operands[1]->type;
  Repr repr = ReprOf(ta);
  if (repr == Repr::kNone) return UnsupportedType(e, ta);
  // The interpreter compares in the left operand's physical form; the analyzer casts both
  // sides to one type, and anything else stays with the interpreter.
  if (ReprOf(tb) != repr) {
    return absl::UnimplementedError(
        absl::StrCat("comparison of ", TypeName(ta), " with ", TypeName(tb), " is not compiled"));
  }
  TALON_ASSIGN_OR_RETURN(EmittedValue a, Emit(*e.operands[0]));
  TALON_ASSIGN_OR_RETURN(EmittedValue c, Emit(*e.operands[1]));
  llvm::Value* cmp = nullptr;
  switch (repr) {
    case Repr::kInt64: {
      llvm::CmpInst::Predicate p = llvm::CmpInst::ICMP_EQ;
      switch (e.compare) {
        case bound::CompareOp::kEq: p = llvm::CmpInst::ICMP_EQ; break;
        case bound::CompareOp::kNe: p = llvm::CmpInst::ICMP_NE; break;
        case bound::CompareOp::kLt: p = llvm::CmpInst::ICMP_SLT; break;
        case bound::CompareOp::kLe: p = llvm::CmpInst::ICMP_SLE; break;
        case bound::CompareOp::kGt: p = llvm::CmpInst::ICMP_SGT; break;
        case bound::CompareOp::kGe: p = llvm::CmpInst::ICMP_SGE; break;
      }
      cmp = b_.CreateICmp(p, a.value, c.value);
      break;
    }
    case Repr::kDouble: {
      // C++ operators on doubles: ordered predicates, except != which is true for NaN.
      llvm::CmpInst::Predicate p = llvm::CmpInst::FCMP_OEQ;
      switch (e.compare) {
        case bound::CompareOp::kEq: p = llvm::CmpInst::FCMP_OEQ; break;
        case bound::CompareOp::kNe: p = llvm::CmpInst::FCMP_UNE; break;
        case bound::CompareOp::kLt: p = llvm::CmpInst::FCMP_OLT; break;
        case bound::CompareOp::kLe: p = llvm::CmpInst::FCMP_OLE; break;
        case bound::CompareOp::kGt: p = llvm::CmpInst::FCMP_OGT; break;
        case bound::CompareOp::kGe: p = llvm::CmpInst::FCMP_OGE; break;
      }
      cmp = b_.CreateFCmp(p, a.value, c.value);
      break;
    }
    case Repr::kString: cmp = CompareStrings(e.compare, a, c); break;
    case Repr::kNone: return UnsupportedType(e, ta);
  }
  EmittedValue out;
  // A NULL on either side makes the comparison false, never NULL.
  out.value = Bool(b_.CreateAnd(b_.CreateNot(b_.CreateOr(a.is_null, c.is_null)), cmp));
  out.is_null = b_.getInt1(false);
  return out;
}

llvm::Value* ExprEmitter::CompareStrings(bound::CompareOp op, const EmittedValue& a,
                                         const EmittedValue& c) {
  llvm::LLVMContext& ctx = b_.getContext();
  llvm::Function* fn = b_.GetInsertBlock()->getParent();
  if (op == bound::CompareOp::kEq || op == bound::CompareOp::kNe) {
    llvm::Value* same_size = b_.CreateICmpEQ(a.size, c.size);
    constexpr size_t kInlineLiteral = 32;
    const std::string* literal = c.literal != nullptr ? c.literal : a.literal;
    if (literal != nullptr && literal->size() <= kInlineLiteral) {
      // Against a short literal ("symbol == 'IBM'"): compare the bytes as a few integers,
      // without a branch. When the lengths differ the bytes are read from the literal itself,
      // so no read goes past the end of a shorter string, and the result is false anyway.
      llvm::Value* literal_bytes = c.literal != nullptr ? c.value : a.value;
      llvm::Value* other = c.literal != nullptr ? a.value : c.value;
      llvm::Value* bytes = b_.CreateSelect(same_size, other, literal_bytes);
      llvm::Value* equal = b_.CreateAnd(same_size, EqualsLiteral(bytes, *literal));
      return op == bound::CompareOp::kEq ? equal : b_.CreateNot(equal);
    }
    // Otherwise lengths first, bytes (memcmp) only when they agree.
    llvm::BasicBlock* entry = b_.GetInsertBlock();
    llvm::BasicBlock* bytes = llvm::BasicBlock::Create(ctx, "str.bytes", fn);
    llvm::BasicBlock* join = llvm::BasicBlock::Create(ctx, "str.join", fn);
    b_.CreateCondBr(same_size, bytes, join);
    b_.SetInsertPoint(bytes);
    llvm::Value* same =
        b_.CreateICmpEQ(b_.CreateCall(Memcmp(), {a.value, c.value, a.size}), b_.getInt32(0));
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    llvm::PHINode* equal = b_.CreatePHI(b_.getInt1Ty(), 2);
    equal->addIncoming(b_.getInt1(false), entry);
    equal->addIncoming(same, bytes);
    return op == bound::CompareOp::kEq ? static_cast<llvm::Value*>(equal) : b_.CreateNot(equal);
  }
  // std::string::compare: memcmp over the shorter length, then the shorter string sorts first.
  // memcmp compares bytes as unsigned char, like char_traits<char>::compare.
  llvm::Value* a_shorter = b_.CreateICmpULT(a.size, c.size);
  llvm::Value* common = b_.CreateSelect(a_shorter, a.size, c.size);
  llvm::Value* bytes = b_.CreateCall(Memcmp(), {a.value, c.value, common});
  llvm::Value* tie = b_.CreateSelect(
      a_shorter, b_.getInt32(-1),
      b_.CreateSelect(b_.CreateICmpUGT(a.size, c.size), b_.getInt32(1), b_.getInt32(0)));
  llvm::Value* order = b_.CreateSelect(b_.CreateICmpEQ(bytes, b_.getInt32(0)), tie, bytes);
  switch (op) {
    case bound::CompareOp::kLt: return b_.CreateICmpSLT(order, b_.getInt32(0));
    case bound::CompareOp::kLe: return b_.CreateICmpSLE(order, b_.getInt32(0));
    case bound::CompareOp::kGt: return b_.CreateICmpSGT(order, b_.getInt32(0));
    case bound::CompareOp::kGe: return b_.CreateICmpSGE(order, b_.getInt32(0));
    case bound::CompareOp::kEq:
    case bound::CompareOp::kNe: break;  // handled above
  }
  return b_.getInt1(false);
}

llvm::Value* ExprEmitter::EqualsLiteral(llvm::Value* data, const std::string& literal) {
  // XOR 8/4/2/1-byte chunks with the literal's bytes and OR the differences together, which is
  // what LLVM's ExpandMemCmp does for memcmp(p, "const", n) == 0. Reading exactly
  // literal.size() bytes is in bounds: the caller checked the string has that length.
  const bool little_endian = module_.getDataLayout().isLittleEndian();
  llvm::Value* diff = b_.getInt64(0);
  size_t offset = 0;
  while (offset < literal.size()) {
    size_t chunk = 8;
    while (chunk > literal.size() - offset) chunk /= 2;
    uint64_t expected = 0;
    for (size_t k = 0; k < chunk; ++k) {
      uint64_t byte = static_cast<unsigned char>(literal[offset + k]);
      size_t shift = little_endian ? k : chunk - 1 - k;
      expected |= byte << (8 * shift);
    }
    llvm::Type* type = b_.getIntNTy(static_cast<unsigned>(8 * chunk));
    llvm::Value* loaded = b_.CreateAlignedLoad(
        type, b_.CreateInBoundsGEP(b_.getInt8Ty(), data, b_.getInt64(offset)), llvm::Align(1));
    llvm::Value* x = b_.CreateXor(loaded, llvm::ConstantInt::get(type, expected));
    diff = b_.CreateOr(diff, b_.CreateZExt(x, b_.getInt64Ty()));
    offset += chunk;
  }
  return b_.CreateICmpEQ(diff, b_.getInt64(0));
}

// --- Arithmetic -------------------------------------------------------------------------------

absl::StatusOr<EmittedValue> ExprEmitter::EmitArithmetic(const bound::Expr& e) {
  TALON_RETURN_IF_ERROR(ExpectOperands(e, 2));
  Repr repr = ReprOf(e.type);
  if (repr != Repr::kInt64 && repr != Repr::kDouble) return UnsupportedType(e, e.type);
  for (const bound::ExprPtr& operand : e.operands) {
    if (ReprOf(operand->type) != repr) {
      return absl::UnimplementedError(absl::StrCat("arithmetic on ", TypeName(operand->type),
                                                   " producing ", TypeName(e.type),
                                                   " is not compiled"));
    }
  }
  TALON_ASSIGN_OR_RETURN(EmittedValue a, Emit(*e.operands[0]));
  TALON_ASSIGN_OR_RETURN(EmittedValue c, Emit(*e.operands[1]));
  llvm::Value* x = a.value;
  llvm::Value* y = c.value;
  EmittedValue out;
  out.is_null = b_.CreateOr(a.is_null, c.is_null);
  bool divides = e.arith == bound::ArithOp::kDiv || e.arith == bound::ArithOp::kMod;

  if (repr == Repr::kInt64) {
    llvm::Value* v = nullptr;
    switch (e.arith) {
      // Plain (no nsw) i64 arithmetic wraps like the interpreter's uint64_t arithmetic.
      case bound::ArithOp::kAdd: v = b_.CreateAdd(x, y); break;
      case bound::ArithOp::kSub: v = b_.CreateSub(x, y); break;
      case bound::ArithOp::kMul: v = b_.CreateMul(x, y); break;
      case bound::ArithOp::kDiv:
      case bound::ArithOp::kMod: {
        // y == 0 -> NULL; y == -1 -> -x / 0 (Java wraps MIN / -1, C++ would trap). Both cases
        // divide by 1 instead, so the division never traps, and are then selected over.
        llvm::Value* zero = b_.CreateICmpEQ(y, b_.getInt64(0));
        llvm::Value* minus_one = b_.CreateICmpEQ(y, b_.getInt64(-1));
        llvm::Value* safe = b_.CreateSelect(b_.CreateOr(zero, minus_one), b_.getInt64(1), y);
        bool div = e.arith == bound::ArithOp::kDiv;
        llvm::Value* q = div ? b_.CreateSDiv(x, safe) : b_.CreateSRem(x, safe);
        llvm::Value* special = div ? b_.CreateSub(b_.getInt64(0), x) : b_.getInt64(0);
        v = b_.CreateSelect(minus_one, special, q);
        out.is_null = b_.CreateOr(out.is_null, zero);
        break;
      }
    }
    out.value = e.type == Type::kInt ? WrapInt(v) : v;
    return out;
  }

  llvm::Value* v = nullptr;
  switch (e.arith) {
    case bound::ArithOp::kAdd: v = b_.CreateFAdd(x, y); break;
    case bound::ArithOp::kSub: v = b_.CreateFSub(x, y); break;
    case bound::ArithOp::kMul: v = b_.CreateFMul(x, y); break;
    case bound::ArithOp::kDiv: v = b_.CreateFDiv(x, y); break;
    case bound::ArithOp::kMod: v = b_.CreateFRem(x, y); break;  // frem is C's fmod
  }
  if (divides) {
    // Division by 0.0 or -0.0 is NULL, not an infinity (Siddhi's Divide/Mod executors).
    llvm::Value* zero = b_.CreateFCmpOEQ(y, llvm::ConstantFP::get(b_.getDoubleTy(), 0.0));
    out.is_null = b_.CreateOr(out.is_null, zero);
  }
  out.value = e.type == Type::kFloat ? RoundFloat(v) : v;
  return out;
}

absl::StatusOr<EmittedValue> ExprEmitter::EmitNegate(const bound::Expr& e) {
  TALON_RETURN_IF_ERROR(ExpectOperands(e, 1));
  Repr repr = ReprOf(e.type);
  if (repr != Repr::kInt64 && repr != Repr::kDouble) return UnsupportedType(e, e.type);
  if (ReprOf(e.operands[0]->type) != repr) return UnsupportedType(e, e.operands[0]->type);
  TALON_ASSIGN_OR_RETURN(EmittedValue v, Emit(*e.operands[0]));
  if (repr == Repr::kInt64) {
    llvm::Value* n = b_.CreateSub(b_.getInt64(0), v.value);
    v.value = e.type == Type::kInt ? WrapInt(n) : n;
  } else {
    v.value = b_.CreateFNeg(v.value);
  }
  return v;
}

}  // namespace talon::codegen
