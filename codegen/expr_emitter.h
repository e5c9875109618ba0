// ExprEmitter: bound::Expr -> LLVM IR for one event, as a (value, null flag) pair per node, with
// exactly the interpreter's semantics (runtime/expr/interpreter.cc is the reference). Used by
// kernel_builder.cc inside its batch loops. Internal to codegen/; LLVM types are only
// forward-declared here so the header stays LLVM-free.
#ifndef TALON_CODEGEN_EXPR_EMITTER_H_
#define TALON_CODEGEN_EXPR_EMITTER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "frontend/base/type.h"
#include "frontend/bound.h"

namespace llvm {
class Function;
class IRBuilderBase;
class Module;
class Value;
}  // namespace llvm

namespace talon::codegen {

// The physical form of a value inside kernels (kernel_abi.h): bool/int/long as i64, float and
// double as double, strings as (data pointer, byte length). kNone: not compiled (object).
enum class Repr { kInt64, kDouble, kString, kNone };
Repr ReprOf(Type type);

// Where the fields of a std::string live, found by probing the C++ library at start-up
// (jit.cc). Kernels read string columns in place through it; when the probe fails
// `supported` is false and every string expression is Unimplemented.
struct StringLayout {
  bool supported = false;
  uint64_t stride = 0;       // sizeof(std::string)
  uint64_t data_offset = 0;  // offset of the `const char*` to the bytes
  uint64_t size_offset = 0;  // offset of the uint64_t length
};

// One expression's value for the current event. `value` is i64 / double, or for strings the
// data pointer with `size` the length; `is_null` is an i1. A NULL's value is unspecified.
struct EmittedValue {
  llvm::Value* value = nullptr;
  llvm::Value* size = nullptr;
  llvm::Value* is_null = nullptr;
  // A non-NULL string constant's bytes (owned by the bound::Expr), so comparisons against it
  // can be emitted as a few integer compares instead of a memcmp call.
  const std::string* literal = nullptr;
};

// One input column as the kernel sees it: base pointers loaded once per call.
struct ColumnAccess {
  Repr repr = Repr::kNone;
  llvm::Value* values = nullptr;  // null when the expression does not read the column
  llvm::Value* nulls = nullptr;
};

// Marks in `used` (sized to the scope) every column `expr` reads outside of calls. InvalidArgument
// when such a field reference is outside the scope.
absl::Status CollectColumns(const bound::Expr& expr, const Schema& scope, std::vector<bool>& used);

// Emits IR at the builder's insertion point; may add basic blocks (string comparisons), leaving
// the builder at the block where the value is available. Not thread-safe; one per kernel.
class ExprEmitter {
 public:
  // `columns[c]` must be loaded for every column the expressions read; `row` is the i64
  // event index of the enclosing loop.
  ExprEmitter(llvm::IRBuilderBase& builder, llvm::Module& module, const StringLayout& strings,
              const Schema& scope, const std::vector<ColumnAccess>& columns, llvm::Value* row);

  // Unimplemented (naming the construct) for what is not compiled: library calls, object
  // values, casts to or from string; InvalidArgument/Internal for malformed trees.
  absl::StatusOr<EmittedValue> Emit(const bound::Expr& expr);

  // The i1 truth of a bool value as and/or/not and filters see it: non-NULL and non-zero.
  llvm::Value* Truth(const EmittedValue& v);

 private:
  absl::StatusOr<EmittedValue> EmitFieldRef(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitConstant(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitCall(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitCast(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitAndOr(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitNot(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitCompare(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitArithmetic(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitNegate(const bound::Expr& e);
  absl::StatusOr<EmittedValue> EmitIsNull(const bound::Expr& e);

  // Helpers shared by several kinds.
  llvm::Value* WrapInt(llvm::Value* v);      // Java int: keep the low 32 bits, sign-extended
  llvm::Value* RoundFloat(llvm::Value* v);   // Java float: round the double to float and back
  llvm::Value* Bool(llvm::Value* bit);       // i1 -> i64 0/1, the bool representation
  llvm::Value* CompareStrings(bound::CompareOp op, const EmittedValue& a, const EmittedValue& b);
  // i1: the `literal.size()` bytes at `data` equal `literal` (which is short).
  llvm::Value* EqualsLiteral(llvm::Value* data, const std::string& literal);
  llvm::Function* Memcmp();

  llvm::IRBuilderBase& b_;
  llvm::Module& module_;
  const StringLayout& strings_;
  const Schema& scope_;
  const std::vector<ColumnAccess>& columns_;
  llvm::Value* row_;
};

}  // namespace talon::codegen

#endif  // TALON_CODEGEN_EXPR_EMITTER_H_
