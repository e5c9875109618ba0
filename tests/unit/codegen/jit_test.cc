// codegen::Jit as a unit: the C ABI of compiled kernels, the compile cache, freeing code through
// ResourceTrackers, Unimplemented for what is not compiled, IR dumps, object emission and
// compile latency per optimization level.
#include "codegen/jit.h"

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace talon::codegen {
namespace {

// (symbol string, price double, volume long, ts long): the benchmark schema.
Schema StockScope() {
  Schema scope;
  scope.Add("symbol", Type::kString);
  scope.Add("price", Type::kDouble);
  scope.Add("volume", Type::kLong);
  scope.Add("ts", Type::kLong);
  scope.Add("payload", Type::kObject);
  return scope;
}

bound::ExprPtr Binary(bound::ExprKind kind, Type type, bound::ExprPtr a, bound::ExprPtr b) {
  auto e = std::make_unique<bound::Expr>();
  e->kind = kind;
  e->type = type;
  e->operands.push_back(std::move(a));
  e->operands.push_back(std::move(b));
  return e;
}

bound::ExprPtr Compare(bound::CompareOp op, bound::ExprPtr a, bound::ExprPtr b) {
  auto e = Binary(bound::ExprKind::kCompare, Type::kBool, std::move(a), std::move(b));
  e->compare = op;
  return e;
}

// price > `threshold` and volume < 1000
bound::ExprPtr PriceAndVolume(double threshold = 500.0, std::string price_name = "price") {
  return Binary(
      bound::ExprKind::kAnd, Type::kBool,
      Compare(bound::CompareOp::kGt, bound::MakeFieldRef(1, Type::kDouble, price_name),
              bound::MakeConstant(Value::Double(threshold))),
      Compare(bound::CompareOp::kLt, bound::MakeFieldRef(2, Type::kLong, "volume"),
              bound::MakeConstant(Value::Long(1000))));
}

std::unique_ptr<Jit> MakeJit(JitOptions options = {}) {
  absl::StatusOr<std::unique_ptr<Jit>> jit = Jit::Create(std::move(options));
  EXPECT_TRUE(jit.ok()) << jit.status();
  return jit.ok() ? *std::move(jit) : nullptr;
}

// Runs the (price, volume) filter over a small hand-made batch through the raw C ABI.
std::vector<uint8_t> RunPriceFilter(const CompiledKernel& kernel) {
  std::vector<std::string> symbols = {"IBM", "WSO2", "X", "Y", "Z"};
  std::vector<double> price = {600.0, 400.0, 600.0, 700.0, NAN};
  std::vector<int64_t> volume = {10, 10, 5000, 999, 1};
  std::vector<uint8_t> no_nulls(5, 0);
  std::vector<uint8_t> price_nulls = {0, 0, 0, 1, 0};
  std::vector<TalonColumnView> views = {{symbols.data(), no_nulls.data()},
                                        {price.data(), price_nulls.data()},
                                        {volume.data(), no_nulls.data()},
                                        {nullptr, nullptr},
                                        {nullptr, nullptr}};
  std::vector<uint8_t> mask(5, 7);
  kernel.filter_fn()(views.data(), mask.size(), mask.data());
  return mask;
}

TEST(JitTest, FilterKernelFollowsTheCAbi) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  bound::ExprPtr expr = PriceAndVolume();
  absl::StatusOr<std::unique_ptr<CompiledKernel>> kernel = jit->CompileFilter(*expr, scope);
  ASSERT_TRUE(kernel.ok()) << kernel.status();
  EXPECT_EQ((*kernel)->kind(), KernelKind::kFilter);
  EXPECT_EQ((*kernel)->project_fn(), nullptr);
  // NULL price (row 3) and NaN price (row 4) are false, never true.
  EXPECT_EQ(RunPriceFilter(**kernel), (std::vector<uint8_t>{1, 0, 0, 0, 0}));
}

TEST(JitTest, ProjectKernelWritesValuesNullsAndStrings) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  // price / volume (double), volume + 1 (long), symbol (string)
  auto ratio = Binary(bound::ExprKind::kArithmetic, Type::kDouble,
                      bound::MakeFieldRef(1, Type::kDouble, "price"),
                      [] {
                        auto cast = std::make_unique<bound::Expr>();
                        cast->kind = bound::ExprKind::kCast;
                        cast->type = Type::kDouble;
                        cast->operands.push_back(bound::MakeFieldRef(2, Type::kLong, "volume"));
                        return cast;
                      }());
  ratio->arith = bound::ArithOp::kDiv;
  auto plus_one = Binary(bound::ExprKind::kArithmetic, Type::kLong,
                         bound::MakeFieldRef(2, Type::kLong, "volume"),
                         bound::MakeConstant(Value::Long(1)));
  auto symbol = bound::MakeFieldRef(0, Type::kString, "symbol");
  KernelSpec spec{KernelKind::kProject, {ratio.get(), plus_one.get(), symbol.get()}, &scope};
  absl::StatusOr<std::unique_ptr<CompiledKernel>> kernel = jit->Compile(spec);
  ASSERT_TRUE(kernel.ok()) << kernel.status();

  std::vector<std::string> symbols = {"IBM", std::string(40, 'w'), "gone"};
  std::vector<uint8_t> symbol_nulls = {0, 0, 1};
  std::vector<double> price = {10.0, 7.0, 1.0};
  std::vector<int64_t> volume = {4, 0, -1};
  std::vector<uint8_t> no_nulls(3, 0);
  std::vector<TalonColumnView> views = {{symbols.data(), symbol_nulls.data()},
                                        {price.data(), no_nulls.data()},
                                        {volume.data(), no_nulls.data()}};
  std::vector<double> out_ratio(3, -1);
  std::vector<int64_t> out_plus(3, -1);
  std::vector<std::string> out_symbol(3, "stale");
  std::vector<uint8_t> n0(3), n1(3), n2(3);
  std::vector<TalonColumnOut> outs = {{out_ratio.data(), n0.data()},
                                      {out_plus.data(), n1.data()},
                                      {out_symbol.data(), n2.data()}};
  (*kernel)->project_fn()(views.data(), 3, outs.data());
  EXPECT_EQ(out_ratio[0], 2.5);
  EXPECT_EQ(n0, (std::vector<uint8_t>{0, 1, 0}));  // 7.0 / 0 is NULL
  EXPECT_EQ(out_ratio[1], 0.0);                    // and a NULL stores zero
  EXPECT_EQ(out_ratio[2], -1.0);
  EXPECT_EQ(out_plus, (std::vector<int64_t>{5, 1, 0}));
  EXPECT_EQ(out_symbol[0], "IBM");
  EXPECT_EQ(out_symbol[1], std::string(40, 'w'));
  EXPECT_EQ(n2, (std::vector<uint8_t>{0, 0, 1}));
}

TEST(JitTest, IdenticalExpressionsCompileOnce) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  bound::ExprPtr first = PriceAndVolume(500.0, "price");
  bound::ExprPtr same = PriceAndVolume(500.0, "p");  // names do not shape code
  bound::ExprPtr other = PriceAndVolume(501.0);
  auto a = jit->CompileFilter(*first, scope);
  auto b = jit->CompileFilter(*same, scope);
  auto c = jit->CompileFilter(*other, scope);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_FALSE((*a)->cache_hit());
  EXPECT_TRUE((*b)->cache_hit());
  EXPECT_FALSE((*c)->cache_hit());
  EXPECT_EQ((*a)->symbol(), (*b)->symbol());
  EXPECT_NE((*a)->symbol(), (*c)->symbol());
  EXPECT_EQ((*b)->filter_fn(), (*a)->filter_fn());
  JitStats stats = jit->stats();
  EXPECT_EQ(stats.compiled, 2);
  EXPECT_EQ(stats.cache_hits, 1);
  EXPECT_EQ(stats.live_code, 2);

  // 0.0 and -0.0 are different constants (x / -0.0 and x / 0.0 differ in sign).
  auto zero = PriceAndVolume(0.0);
  auto negative_zero = PriceAndVolume(-0.0);
  auto z1 = jit->CompileFilter(*zero, scope);
  auto z2 = jit->CompileFilter(*negative_zero, scope);
  ASSERT_TRUE(z1.ok() && z2.ok());
  EXPECT_FALSE((*z2)->cache_hit());
}

TEST(JitTest, CacheCanBeTurnedOff) {
  JitOptions options;
  options.cache = false;
  std::unique_ptr<Jit> jit = MakeJit(options);
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  bound::ExprPtr expr = PriceAndVolume();
  auto a = jit->CompileFilter(*expr, scope);
  auto b = jit->CompileFilter(*expr, scope);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_FALSE((*b)->cache_hit());
  EXPECT_NE((*a)->symbol(), (*b)->symbol());
}

TEST(JitTest, LastKernelFreesItsCode) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  bound::ExprPtr expr = PriceAndVolume();
  auto first = jit->CompileFilter(*expr, scope);
  auto hit = jit->CompileFilter(*expr, scope);
  ASSERT_TRUE(first.ok() && hit.ok());
  std::string symbol = (*first)->symbol();
  EXPECT_TRUE(jit->LookupSymbol(symbol).ok());
  EXPECT_EQ(jit->stats().live_code, 1);

  first->reset();  // the cache hit still holds the code
  EXPECT_EQ(jit->stats().live_code, 1);
  EXPECT_TRUE(jit->LookupSymbol(symbol).ok());
  EXPECT_EQ(RunPriceFilter(**hit), (std::vector<uint8_t>{1, 0, 0, 0, 0}));

  hit->reset();  // ResourceTracker::remove(): code and symbol are gone
  EXPECT_EQ(jit->stats().live_code, 0);
  EXPECT_TRUE(absl::IsNotFound(jit->LookupSymbol(symbol).status()));

  // The cache entry died with the code: the next request compiles again.
  auto again = jit->CompileFilter(*expr, scope);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE((*again)->cache_hit());
  EXPECT_NE((*again)->symbol(), symbol);
}

TEST(JitTest, KernelOutlivesTheJit) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  bound::ExprPtr expr = PriceAndVolume();
  auto kernel = jit->CompileFilter(*expr, scope);
  ASSERT_TRUE(kernel.ok());
  jit.reset();
  EXPECT_EQ(RunPriceFilter(**kernel), (std::vector<uint8_t>{1, 0, 0, 0, 0}));
}

TEST(JitTest, UnsupportedExpressionsAreUnimplemented) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();

  auto call = std::make_unique<bound::Expr>();
  call->kind = bound::ExprKind::kCall;
  call->type = Type::kDouble;
  call->name = "math:abs";
  call->function_id = 0;
  call->operands.push_back(bound::MakeFieldRef(1, Type::kDouble, "price"));
  absl::Status status = jit->CompileProject(*call, scope).status();
  EXPECT_TRUE(absl::IsUnimplemented(status)) << status;
  EXPECT_TRUE(absl::StrContains(status.message(), "math:abs")) << status;

  auto object = bound::MakeFieldRef(4, Type::kObject, "payload");
  status = jit->CompileProject(*object, scope).status();
  EXPECT_TRUE(absl::IsUnimplemented(status)) << status;

  auto to_string = std::make_unique<bound::Expr>();
  to_string->kind = bound::ExprKind::kCast;
  to_string->type = Type::kString;
  to_string->operands.push_back(bound::MakeFieldRef(2, Type::kLong, "volume"));
  status = jit->CompileProject(*to_string, scope).status();
  EXPECT_TRUE(absl::IsUnimplemented(status)) << status;

  // Nothing reached LLVM.
  EXPECT_EQ(jit->stats().compiled, 0);
  EXPECT_EQ(jit->stats().live_code, 0);
}

TEST(JitTest, MalformedSpecsAreInvalidArgument) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  auto outside = bound::MakeFieldRef(9, Type::kLong, "nope");
  EXPECT_TRUE(absl::IsInvalidArgument(jit->CompileProject(*outside, scope).status()));
  EXPECT_TRUE(absl::IsInvalidArgument(jit->Compile(KernelSpec{}).status()));
}

TEST(JitTest, DumpsOptimizedIr) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  bound::ExprPtr expr = PriceAndVolume();
  absl::StatusOr<std::string> ir =
      jit->DumpIR(KernelSpec{KernelKind::kFilter, {expr.get()}, &scope});
  ASSERT_TRUE(ir.ok()) << ir.status();
  EXPECT_TRUE(absl::StrContains(*ir, "define void @talon_kernel")) << *ir;
  EXPECT_TRUE(absl::StrContains(*ir, "fcmp ogt")) << *ir;
  // O2 vectorizes the loop: the comparisons work on vectors of doubles.
  EXPECT_TRUE(absl::StrContains(*ir, "x double>")) << *ir;
  EXPECT_EQ(jit->stats().live_code, 0);  // dumping loads nothing
}

TEST(JitTest, EmitsARelocatableObject) {
  std::unique_ptr<Jit> jit = MakeJit();
  ASSERT_NE(jit, nullptr);
  Schema scope = StockScope();
  bound::ExprPtr expr = PriceAndVolume();
  absl::StatusOr<std::string> object =
      jit->EmitObject(KernelSpec{KernelKind::kFilter, {expr.get()}, &scope});
  ASSERT_TRUE(object.ok()) << object.status();
  ASSERT_GT(object->size(), 4u);
  EXPECT_EQ(object->substr(0, 4), "\x7f" "ELF");
}

// Compile latency of the benchmark kernels at every level (uncached), printed for
// docs/performance.md. The bound is loose on purpose: CI machines are noisy; the 20 ms/query
// target is tracked by the benchmark and `talon compile --stats`.
TEST(JitTest, CompileLatencyPerLevel) {
  Schema scope = StockScope();
  bound::ExprPtr filter = PriceAndVolume();
  auto is_ibm = Binary(bound::ExprKind::kOr, Type::kBool,
                       Compare(bound::CompareOp::kEq, bound::MakeFieldRef(0, Type::kString, "s"),
                               bound::MakeConstant(Value::String("IBM"))),
                       Compare(bound::CompareOp::kEq, bound::MakeFieldRef(0, Type::kString, "s"),
                               bound::MakeConstant(Value::String("WSO2"))));
  for (OptLevel level :
       {OptLevel::kO0, OptLevel::kFast, OptLevel::kO1, OptLevel::kO2, OptLevel::kO3}) {
    JitOptions options;
    options.opt_level = level;
    options.cache = false;
    std::unique_ptr<Jit> jit = MakeJit(options);
    ASSERT_NE(jit, nullptr);
    double worst = 0, total = 0;
    constexpr int kRounds = 5;
    for (int round = 0; round < kRounds; ++round) {
      for (const bound::Expr* e : {filter.get(), is_ibm.get()}) {
        auto kernel = jit->CompileFilter(*e, scope);
        ASSERT_TRUE(kernel.ok()) << kernel.status();
        worst = std::max(worst, (*kernel)->compile_ms());
        total += (*kernel)->compile_ms();
      }
    }
    std::printf("[ latency  ] %-4s: mean %.2f ms, worst %.2f ms per filter kernel\n",
                OptLevelName(level), total / (2 * kRounds), worst);
    EXPECT_LT(worst, 500.0);
  }
}

}  // namespace
}  // namespace talon::codegen
