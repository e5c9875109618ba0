// The runtime side of the JIT: KernelFactory picks JIT kernels in auto mode, falls back to the
// interpreter on Unimplemented with the reason counted and shown, and fails in force mode.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "codegen/jit.h"
#include "gtest/gtest.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

Schema Scope() {
  Schema scope;
  scope.Add("price", Type::kDouble);
  scope.Add("payload", Type::kObject);
  return scope;
}

bound::ExprPtr PriceAbove(double threshold) {
  auto e = std::make_unique<bound::Expr>();
  e->kind = bound::ExprKind::kCompare;
  e->type = Type::kBool;
  e->compare = bound::CompareOp::kGt;
  e->operands.push_back(bound::MakeFieldRef(0, Type::kDouble, "price"));
  e->operands.push_back(bound::MakeConstant(Value::Double(threshold)));
  return e;
}

// `payload is null`: the interpreter runs it, the JIT does not compile object values.
bound::ExprPtr PayloadIsNull() {
  auto e = std::make_unique<bound::Expr>();
  e->kind = bound::ExprKind::kIsNull;
  e->type = Type::kBool;
  e->operands.push_back(bound::MakeFieldRef(1, Type::kObject, "payload"));
  return e;
}

Batch Prices(const std::vector<double>& prices) {
  Batch batch(Scope());
  for (double p : prices) batch.Append(0, EventKind::kCurrent, {Value::Double(p), Value()});
  return batch;
}

class JitKernelFactoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<codegen::Jit>> jit = codegen::Jit::Create();
    ASSERT_TRUE(jit.ok()) << jit.status();
    jit_ = *std::move(jit);
  }
  Registry registry_;
  std::unique_ptr<codegen::Jit> jit_;
};

TEST_F(JitKernelFactoryTest, AutoUsesTheJit) {
  KernelFactory factory(registry_, JitMode::kAuto, jit_.get());
  Schema scope = Scope();
  bound::ExprPtr expr = PriceAbove(10);
  auto predicate = factory.MakePredicate(*expr, scope);
  ASSERT_TRUE(predicate.ok()) << predicate.status();
  EXPECT_EQ((*predicate)->info().backend, "jit");
  auto value = factory.MakeExpr(*expr, scope);
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_EQ((*value)->info().backend, "jit");
  EXPECT_EQ(factory.stats().jit, 2);
  EXPECT_EQ(factory.stats().interpreted, 0);
  EXPECT_TRUE(factory.stats().fallbacks.empty());

  std::vector<uint8_t> mask;
  ASSERT_TRUE((*predicate)->Filter(Prices({5, 20, 10.5}), EvalContext{}, mask).ok());
  EXPECT_EQ(mask, (std::vector<uint8_t>{0, 1, 1}));
}

TEST_F(JitKernelFactoryTest, AutoFallsBackWithTheReason) {
  KernelFactory factory(registry_, JitMode::kAuto, jit_.get());
  Schema scope = Scope();
  bound::ExprPtr expr = PayloadIsNull();
  auto predicate = factory.MakePredicate(*expr, scope);
  ASSERT_TRUE(predicate.ok()) << predicate.status();
  EXPECT_EQ((*predicate)->info().backend, "interpreted");
  EXPECT_TRUE(absl::StrContains((*predicate)->info().fallback, "object")) 
      << (*predicate)->info().fallback;
  ASSERT_EQ(factory.stats().fallbacks.size(), 1u);
  EXPECT_TRUE(absl::StrContains(factory.stats().fallbacks[0], "payload"))
      << factory.stats().fallbacks[0];
  EXPECT_EQ(factory.stats().interpreted, 1);

  std::vector<uint8_t> mask;
  ASSERT_TRUE((*predicate)->Filter(Prices({1, 2}), EvalContext{}, mask).ok());
  EXPECT_EQ(mask, (std::vector<uint8_t>{1, 1}));
}

TEST_F(JitKernelFactoryTest, ForceTurnsFallbackIntoAnError) {
  KernelFactory factory(registry_, JitMode::kForce, jit_.get());
  Schema scope = Scope();
  bound::ExprPtr expr = PayloadIsNull();
  absl::Status status = factory.MakeExpr(*expr, scope).status();
  EXPECT_TRUE(absl::IsUnimplemented(status)) << status;
  EXPECT_TRUE(absl::StrContains(status.message(), "--jit=force")) << status;
  bound::ExprPtr ok = PriceAbove(1);
  EXPECT_TRUE(factory.MakePredicate(*ok, scope).ok());
}

TEST_F(JitKernelFactoryTest, OffNeverTouchesTheJit) {
  KernelFactory factory(registry_, JitMode::kOff, jit_.get());
  Schema scope = Scope();
  bound::ExprPtr expr = PriceAbove(10);
  auto predicate = factory.MakePredicate(*expr, scope);
  ASSERT_TRUE(predicate.ok());
  EXPECT_EQ((*predicate)->info().backend, "interpreted");
  EXPECT_EQ((*predicate)->info().fallback, "");
  EXPECT_TRUE(factory.stats().fallbacks.empty());
  EXPECT_EQ(jit_->stats().compiled, 0);
}

TEST_F(JitKernelFactoryTest, AutoWithoutAJitFallsBackEverywhere) {
  KernelFactory factory(registry_, JitMode::kAuto, nullptr);
  Schema scope = Scope();
  bound::ExprPtr expr = PriceAbove(10);
  auto predicate = factory.MakePredicate(*expr, scope);
  ASSERT_TRUE(predicate.ok());
  EXPECT_EQ((*predicate)->info().backend, "interpreted");
  ASSERT_EQ(factory.stats().fallbacks.size(), 1u);
  EXPECT_TRUE(absl::StrContains(factory.stats().fallbacks[0], "not available"));
}

// Batch size 1 and odd sizes go through the same kernel (STYLE.md §2.1 rule 5).
TEST_F(JitKernelFactoryTest, OddBatchSizes) {
  KernelFactory factory(registry_, JitMode::kForce, jit_.get());
  Schema scope = Scope();
  bound::ExprPtr expr = PriceAbove(0);
  auto predicate = factory.MakePredicate(*expr, scope);
  ASSERT_TRUE(predicate.ok());
  for (size_t n : {0, 1, 3, 7, 17, 1025}) {
    std::vector<double> prices(n);
    for (size_t i = 0; i < n; ++i) prices[i] = (i % 3 == 0) ? 1.0 : -1.0;
    std::vector<uint8_t> mask;
    ASSERT_TRUE((*predicate)->Filter(Prices(prices), EvalContext{}, mask).ok());
    ASSERT_EQ(mask.size(), n);
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(mask[i], i % 3 == 0) << "n=" << n << " i=" << i;
  }
}

}  // namespace
}  // namespace talon::exec
