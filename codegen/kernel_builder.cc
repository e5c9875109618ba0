// The batch loops around emitted expressions. One call of a kernel handles a whole batch:
//
//   void kernel(const TalonColumnView* cols, uint64_t n, <mask | TalonColumnOut* out>) {
//     <load the base pointers of every column read, and of every output>   // once per call
//     for (uint64_t i = 0; i < n; ++i) { <expression IR for event i>; <store> }
//   }
//
// Base pointers are loaded before the loop on purpose: the stores into the mask/outputs are
// byte stores that LLVM must assume may alias the views array, so loads of cols[c] inside the
// loop could not be hoisted and would block vectorization.
#include "codegen/kernel_builder.h"

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "llvm/IR/Attributes.h"
#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

namespace talon::codegen {
namespace {

// Bytes between consecutive TalonColumnView / TalonColumnOut entries and to their `nulls`.
constexpr uint64_t kViewStride = sizeof(TalonColumnView);
constexpr uint64_t kViewNullsOffset = offsetof(TalonColumnView, nulls);
static_assert(sizeof(TalonColumnOut) == kViewStride &&
              offsetof(TalonColumnOut, nulls) == kViewNullsOffset);

// Loads the two pointers of entry `index` of a TalonColumnView/TalonColumnOut array.
ColumnAccess LoadView(llvm::IRBuilderBase& b, llvm::Value* array, uint64_t index, Repr repr) {
  ColumnAccess access;
  access.repr = repr;
  llvm::Value* entry = b.CreateInBoundsGEP(b.getInt8Ty(), array, b.getInt64(index * kViewStride));
  access.values = b.CreateAlignedLoad(b.getPtrTy(), entry, llvm::Align(8));
  access.nulls = b.CreateAlignedLoad(
      b.getPtrTy(), b.CreateInBoundsGEP(b.getInt8Ty(), entry, b.getInt64(kViewNullsOffset)),
      llvm::Align(8));
  return access;
}

absl::Status CheckSpec(const KernelSpec& spec, const StringLayout& strings) {
  if (spec.scope == nullptr) return absl::InvalidArgumentError("kernel spec without a scope");
  if (spec.exprs.empty()) return absl::InvalidArgumentError("kernel spec without expressions");
  for (const bound::Expr* e : spec.exprs) {
    if (e == nullptr) return absl::InvalidArgumentError("kernel spec with a null expression");
  }
  if (spec.kind == KernelKind::kFilter) {
    if (spec.exprs.size() != 1) {
      return absl::InvalidArgumentError("a filter kernel takes exactly one predicate");
    }
    if (ReprOf(spec.exprs[0]->type) != Repr::kInt64) {
      return absl::UnimplementedError(absl::StrCat("a predicate of type ",
                                                   TypeName(spec.exprs[0]->type),
                                                   " is not compiled"));
    }
    return absl::OkStatus();
  }
  for (const bound::Expr* e : spec.exprs) {
    Repr repr = ReprOf(e->type);
    if (repr == Repr::kNone || (repr == Repr::kString && !strings.supported)) {
      return absl::UnimplementedError(
          absl::StrCat("results of type ", TypeName(e->type), " are not compiled"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status BuildKernel(const KernelSpec& spec, std::string_view name,
                         const StringLayout& strings, llvm::Module& module) {
  TALON_RETURN_IF_ERROR(CheckSpec(spec, strings));
  const Schema& scope = *spec.scope;
  std::vector<bool> used(scope.size(), false);
  for (const bound::Expr* e : spec.exprs) TALON_RETURN_IF_ERROR(CollectColumns(*e, scope, used));
  for (size_t c = 0; c < scope.size(); ++c) {
    if (!used[c]) continue;
    Repr repr = ReprOf(scope.at(c).type);
    if (repr == Repr::kNone || (repr == Repr::kString && !strings.supported)) {
      return absl::UnimplementedError(absl::StrCat("attribute '", scope.at(c).name, "' of type ",
                                                   TypeName(scope.at(c).type),
                                                   " is not compiled"));
    }
  }

  llvm::LLVMContext& ctx = module.getContext();
  llvm::IRBuilder<> b(ctx);
  llvm::FunctionType* type = llvm::FunctionType::get(
      b.getVoidTy(), {b.getPtrTy(), b.getInt64Ty(), b.getPtrTy()}, false);
  llvm::Function* fn =
      llvm::Function::Create(type, llvm::Function::ExternalLinkage, std::string(name), module);
  fn->addFnAttr(llvm::Attribute::NoUnwind);
  llvm::Argument* cols = fn->getArg(0);
  llvm::Argument* n = fn->getArg(1);
  llvm::Argument* sink = fn->getArg(2);
  cols->setName("cols");
  n->setName("n");
  for (llvm::Argument* arg : {cols, sink}) arg->addAttr(llvm::Attribute::NoCapture);
  cols->addAttr(llvm::Attribute::ReadOnly);
  if (spec.kind == KernelKind::kFilter) {
    // The mask is the caller's own buffer: it aliases no column, which frees the vectorizer
    // from runtime overlap checks.
    sink->setName("mask");
    sink->addAttr(llvm::Attribute::NoAlias);
  } else {
    sink->setName("out");
    sink->addAttr(llvm::Attribute::ReadOnly);
  }

  // Entry: base pointers of the columns read and of the outputs.
  llvm::BasicBlock* entry = llvm::BasicBlock::Create(ctx, "entry", fn);
  b.SetInsertPoint(entry);
  std::vector<ColumnAccess> columns(scope.size());
  for (size_t c = 0; c < scope.size(); ++c) {
    if (used[c]) columns[c] = LoadView(b, cols, c, ReprOf(scope.at(c).type));
  }
  std::vector<ColumnAccess> outputs;
  if (spec.kind == KernelKind::kProject) {
    for (size_t j = 0; j < spec.exprs.size(); ++j) {
      outputs.push_back(LoadView(b, sink, j, ReprOf(spec.exprs[j]->type)));
    }
  }
  llvm::BasicBlock* loop = llvm::BasicBlock::Create(ctx, "loop", fn);
  llvm::BasicBlock* exit = llvm::BasicBlock::Create(ctx, "exit", fn);
  b.CreateCondBr(b.CreateICmpEQ(n, b.getInt64(0)), exit, loop);

  // Loop body: one event.
  b.SetInsertPoint(loop);
  llvm::PHINode* row = b.CreatePHI(b.getInt64Ty(), 2, "i");
  row->addIncoming(b.getInt64(0), entry);
  ExprEmitter emitter(b, module, strings, scope, columns, row);
  std::vector<EmittedValue> values;
  for (const bound::Expr* e : spec.exprs) {
    TALON_ASSIGN_OR_RETURN(EmittedValue v, emitter.Emit(*e));
    values.push_back(v);
  }
  if (spec.kind == KernelKind::kFilter) {
    llvm::Value* bit = b.CreateZExt(emitter.Truth(values[0]), b.getInt8Ty());
    b.CreateStore(bit, b.CreateInBoundsGEP(b.getInt8Ty(), sink, row));
  } else {
    for (size_t j = 0; j < values.size(); ++j) {
      const EmittedValue& v = values[j];
      const ColumnAccess& out = outputs[j];
      b.CreateStore(b.CreateZExt(v.is_null, b.getInt8Ty()),
                    b.CreateInBoundsGEP(b.getInt8Ty(), out.nulls, row));
      switch (out.repr) {
        case Repr::kInt64:
          // NULLs store 0 so outputs are deterministic (the interpreter leaves 0 there too).
          b.CreateStore(b.CreateSelect(v.is_null, b.getInt64(0), v.value),
                        b.CreateInBoundsGEP(b.getInt64Ty(), out.values, row));
          break;
        case Repr::kDouble:
          b.CreateStore(
              b.CreateSelect(v.is_null, llvm::ConstantFP::get(b.getDoubleTy(), 0.0), v.value),
              b.CreateInBoundsGEP(b.getDoubleTy(), out.values, row));
          break;
        case Repr::kString: {
          // Strings are assigned through the runtime (std::string owns heap memory); NULL rows
          // are skipped.
          llvm::FunctionCallee assign = module.getOrInsertFunction(
              std::string(kStringAssignSymbol),
              llvm::FunctionType::get(b.getVoidTy(), {b.getPtrTy(), b.getPtrTy(), b.getInt64Ty()},
                                      false));
          llvm::BasicBlock* store = llvm::BasicBlock::Create(ctx, "str.store", fn);
          llvm::BasicBlock* next = llvm::BasicBlock::Create(ctx, "str.next", fn);
          b.CreateCondBr(v.is_null, next, store);
          b.SetInsertPoint(store);
          llvm::Value* dst = b.CreateInBoundsGEP(b.getInt8Ty(), out.values,
                                                 b.CreateMul(row, b.getInt64(strings.stride)));
          b.CreateCall(assign, {dst, v.value, v.size});
          b.CreateBr(next);
          b.SetInsertPoint(next);
          break;
        }
        case Repr::kNone: return absl::InternalError("output of no physical type");
      }
    }
  }
  llvm::Value* next_row = b.CreateAdd(row, b.getInt64(1), "i.next", /*HasNUW=*/true);
  row->addIncoming(next_row, b.GetInsertBlock());
  b.CreateCondBr(b.CreateICmpEQ(next_row, n), exit, loop);

  b.SetInsertPoint(exit);
  b.CreateRetVoid();

  std::string problems;
  llvm::raw_string_ostream os(problems);
  if (llvm::verifyFunction(*fn, &os)) {
    os.flush();
    return absl::InternalError(absl::StrCat("generated IR does not verify: ", problems));
  }
  return absl::OkStatus();
}

}  // namespace talon::codegen
