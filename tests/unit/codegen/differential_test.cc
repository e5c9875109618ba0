// The test that keeps the JIT honest (STYLE.md §2.7): random typed bound::Expr trees over random
// batches with NULLs and edge values, evaluated by the JIT and by the interpreter (the reference
// semantics); every result must agree exactly — NULL flags, integers, strings, and doubles bit
// for bit (any NaN equals any NaN). Velox's expression fuzzer does the same for its codegen.
//
// TALON_DIFF_SEED and TALON_DIFF_ITERS (default 250 per result type) override the seed and the
// number of expressions, for longer fuzzing runs; a failure prints the seed, the expression and
// the first differing event.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "codegen/jit.h"
#include "gtest/gtest.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

constexpr Type kNumeric[] = {Type::kInt, Type::kLong, Type::kFloat, Type::kDouble};
constexpr Type kAll[] = {Type::kBool,  Type::kInt,    Type::kLong,  Type::kFloat,
                         Type::kDouble, Type::kString};
// Batch sizes around the vectorizer's block sizes and the default batch size.
constexpr size_t kBatchSizes[] = {0, 1, 7, 1023, 1025};

// Two columns of every compiled type, so binary expressions can mix columns.
Schema TestScope() {
  Schema scope;
  for (Type t : kAll) {
    scope.Add(absl::StrCat(TypeName(t), "0"), t);
    scope.Add(absl::StrCat(TypeName(t), "1"), t);
  }
  return scope;
}

uint64_t EnvOr(const char* name, uint64_t fallback) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::strtoull(v, nullptr, 10) : fallback;
}

class RandomValues {
 public:
  explicit RandomValues(uint64_t seed) : rng_(seed) {}

  bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  size_t Index(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  template <typename T, size_t N>
  T Pick(const T (&items)[N]) {
    return items[Index(N)];
  }

  // Half edge values (0, -1, extremes, NaN, infinities, -0.0), half ordinary ones.
  Value Make(Type type, double null_chance) {
    if (Chance(null_chance)) return Value::Null(type);
    bool edge = Chance(0.5);
    switch (type) {
      case Type::kBool: return Value::Bool(Chance(0.5));
      case Type::kInt: {
        constexpr int32_t kEdges[] = {0, 1, -1, 2, -2, std::numeric_limits<int32_t>::min(),
                                      std::numeric_limits<int32_t>::max(), 1000, 999};
        if (edge) return Value::Int(Pick(kEdges));
        return Value::Int(std::uniform_int_distribution<int32_t>(-100000, 100000)(rng_));
      }
      case Type::kLong: {
        constexpr int64_t kEdges[] = {0, 1, -1, 3, std::numeric_limits<int64_t>::min(),
                                      std::numeric_limits<int64_t>::max(),
                                      std::numeric_limits<int32_t>::min(),
                                      int64_t{1} << 40, 1000};
        if (edge) return Value::Long(Pick(kEdges));
        return Value::Long(std::uniform_int_distribution<int64_t>(-(int64_t{1} << 50),
                                                                  int64_t{1} << 50)(rng_));
      }
      case Type::kFloat: {
        constexpr float kEdges[] = {0.0f, -0.0f, 1.0f, -1.0f, 0.5f, 3.4e38f, -3.4e38f, 1e-40f,
                                    std::numeric_limits<float>::quiet_NaN(),
                                    std::numeric_limits<float>::infinity(),
                                    -std::numeric_limits<float>::infinity(), 500.0f};
        if (edge) return Value::Float(Pick(kEdges));
        return Value::Float(std::uniform_real_distribution<float>(-1e4f, 1e4f)(rng_));
      }
      case Type::kDouble: {
        constexpr double kEdges[] = {0.0, -0.0, 1.0, -1.0, 0.1, 2147483647.5, -2147483648.5,
                                     9.3e18, -9.3e18, 1e308, 5e-324,
                                     std::numeric_limits<double>::quiet_NaN(),
                                     std::numeric_limits<double>::infinity(),
                                     -std::numeric_limits<double>::infinity(), 500.0};
        if (edge) return Value::Double(Pick(kEdges));
        return Value::Double(std::uniform_real_distribution<double>(-1e6, 1e6)(rng_));
      }
      case Type::kString: {
        static const std::string kStrings[] = {"", "a", "ab", "abc", "IBM", "WSO2", "ORCL",
                                               "IBMX", "\xff", std::string("a\0b", 3), "zz"};
        if (edge || Chance(0.5)) return Value::String(Pick(kStrings));
        // Longer than the small-string buffer, to cover heap-allocated strings.
        return Value::String(std::string(16 + Index(20), static_cast<char>('a' + Index(3))));
      }
      case Type::kObject: break;
    }
    return Value::Null(type);
  }

  std::mt19937_64& rng() { return rng_; }

 private:
  std::mt19937_64 rng_;
};

bound::ExprPtr Node(bound::ExprKind kind, Type type, bound::ExprPtr a, bound::ExprPtr b = nullptr) {
  auto e = std::make_unique<bound::Expr>();
  e->kind = kind;
  e->type = type;
  e->operands.push_back(std::move(a));
  if (b) e->operands.push_back(std::move(b));
  return e;
}

// Random well-typed trees, shaped like the analyzer's output: operands of arithmetic carry the
// result type, comparisons compare one common type, casts convert between numeric types.
class ExprGenerator {
 public:
  ExprGenerator(RandomValues& random, const Schema& scope) : random_(random), scope_(scope) {}

  bound::ExprPtr Make(Type type, int depth) {
    if (depth == 0 || random_.Chance(0.25)) return Leaf(type);
    switch (type) {
      case Type::kBool: return MakeBool(depth);
      case Type::kInt:
      case Type::kLong:
      case Type::kFloat:
      case Type::kDouble: return MakeNumber(type, depth);
      case Type::kString: {
        if (random_.Chance(0.5)) return Leaf(type);
        return Node(bound::ExprKind::kCast, Type::kString, Make(Type::kString, depth - 1));
      }
      case Type::kObject: break;
    }
    return Leaf(type);
  }

 private:
  bound::ExprPtr Leaf(Type type) {
    if (random_.Chance(0.7)) {
      int column = 2 * static_cast<int>(TypeIndex(type)) + static_cast<int>(random_.Index(2));
      return bound::MakeFieldRef(column, type, scope_.at(column).name);
    }
    auto e = bound::MakeConstant(random_.Make(type, 0.1));
    e->type = type;  // a NULL constant takes its context's type
    return e;
  }

  static size_t TypeIndex(Type type) {
    for (size_t i = 0; i < std::size(kAll); ++i) {
      if (kAll[i] == type) return i;
    }
    return 0;
  }

  bound::ExprPtr MakeBool(int depth) {
    switch (random_.Index(6)) {
      case 0:
      case 1: {
        Type operand = random_.Pick(kAll);
        auto e = Node(bound::ExprKind::kCompare, Type::kBool, Make(operand, depth - 1),
                      Make(operand, depth - 1));
        e->compare = static_cast<bound::CompareOp>(random_.Index(6));
        return e;
      }
      case 2:
        return Node(bound::ExprKind::kAnd, Type::kBool, Make(Type::kBool, depth - 1),
                    Make(Type::kBool, depth - 1));
      case 3:
        return Node(bound::ExprKind::kOr, Type::kBool, Make(Type::kBool, depth - 1),
                    Make(Type::kBool, depth - 1));
      case 4: return Node(bound::ExprKind::kNot, Type::kBool, Make(Type::kBool, depth - 1));
      default:
        return Node(bound::ExprKind::kIsNull, Type::kBool, Make(random_.Pick(kAll), depth - 1));
    }
  }

  bound::ExprPtr MakeNumber(Type type, int depth) {
    switch (random_.Index(5)) {
      case 0: return Node(bound::ExprKind::kNegate, type, Make(type, depth - 1));
      case 1: {
        Type from = random_.Pick(kNumeric);
        return Node(bound::ExprKind::kCast, type, Make(from, depth - 1));
      }
      default: {
        auto e = Node(bound::ExprKind::kArithmetic, type, Make(type, depth - 1),
                      Make(type, depth - 1));
        e->arith = static_cast<bound::ArithOp>(random_.Index(5));
        return e;
      }
    }
  }

  RandomValues& random_;
  const Schema& scope_;
};

bool SameDouble(double a, double b) {
  if (std::isnan(a) && std::isnan(b)) return true;
  return std::memcmp(&a, &b, sizeof a) == 0;
}

// Compares event by event; reports the first difference.
::testing::AssertionResult SameColumn(const Column& jit, const Column& interp, size_t n) {
  if (jit.size() != n || interp.size() != n) {
    return ::testing::AssertionFailure()
           << "sizes: jit " << jit.size() << ", interpreter " << interp.size() << ", batch " << n;
  }
  for (size_t i = 0; i < n; ++i) {
    if (jit.IsNull(i) != interp.IsNull(i)) {
      return ::testing::AssertionFailure() << "event " << i << ": jit " << jit.Get(i).ToLiteral()
                                           << ", interpreter " << interp.Get(i).ToLiteral();
    }
    if (jit.IsNull(i)) continue;
    bool same = false;
    switch (interp.physical()) {
      case PhysicalType::kInt64: same = jit.ints()[i] == interp.ints()[i]; break;
      case PhysicalType::kDouble: same = SameDouble(jit.doubles()[i], interp.doubles()[i]); break;
      case PhysicalType::kString: same = jit.strings()[i] == interp.strings()[i]; break;
      case PhysicalType::kObject: same = false; break;
    }
    if (!same) {
      return ::testing::AssertionFailure() << "event " << i << ": jit " << jit.Get(i).ToLiteral()
                                           << ", interpreter " << interp.Get(i).ToLiteral();
    }
  }
  return ::testing::AssertionSuccess();
}

class DifferentialTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<std::unique_ptr<codegen::Jit>> jit = codegen::Jit::Create();
    ASSERT_TRUE(jit.ok()) << jit.status();
    jit_ = std::move(*jit).release();
  }
  static void TearDownTestSuite() {
    delete jit_;
    jit_ = nullptr;
  }

  // A Jit at another level than the shipped one, for the smaller cross-level runs.
  static std::unique_ptr<codegen::Jit> JitAt(codegen::OptLevel level) {
    codegen::JitOptions options;
    options.opt_level = level;
    absl::StatusOr<std::unique_ptr<codegen::Jit>> jit = codegen::Jit::Create(options);
    EXPECT_TRUE(jit.ok()) << jit.status();
    return jit.ok() ? *std::move(jit) : nullptr;
  }

  // One batch per size, every column with ~20% NULLs.
  static std::vector<Batch> MakeBatches(RandomValues& random, const Schema& scope) {
    std::vector<Batch> batches;
    for (size_t n : kBatchSizes) {
      Batch batch(scope);
      std::vector<Value> row(scope.size());
      for (size_t i = 0; i < n; ++i) {
        for (size_t c = 0; c < scope.size(); ++c) row[c] = random.Make(scope.at(c).type, 0.2);
        batch.Append(static_cast<Timestamp>(i), EventKind::kCurrent, row);
      }
      batches.push_back(std::move(batch));
    }
    return batches;
  }

  // Runs `count` random expressions of `type` through both backends; `as_filter` also checks
  // the filter kernel (bool only).
  void RunRandom(Type type, uint64_t seed_offset, bool as_filter) {
    RunRandom(*jit_, type, seed_offset, as_filter, EnvOr("TALON_DIFF_ITERS", 250));
  }
  void RunRandom(codegen::Jit& jit_under_test, Type type, uint64_t seed_offset, bool as_filter,
                 uint64_t count) {
    const uint64_t seed = EnvOr("TALON_DIFF_SEED", 20240611) + seed_offset;
    RandomValues random(seed);
    Schema scope = TestScope();
    std::vector<Batch> batches = MakeBatches(random, scope);
    ExprGenerator generator(random, scope);
    Registry registry;  // no functions: the generator makes no calls
    EvalContext ctx;
    for (uint64_t k = 0; k < count; ++k) {
      bound::ExprPtr expr = generator.Make(type, 1 + static_cast<int>(random.Index(4)));
      std::string what = absl::StrCat(codegen::OptLevelName(jit_under_test.options().opt_level),
                                      " seed ", seed, " #", k, ": ", bound::ToString(*expr));
      absl::StatusOr<std::unique_ptr<ExprKernel>> interp =
          MakeInterpretedExpr(*expr, scope, registry);
      ASSERT_TRUE(interp.ok()) << what << ": " << interp.status();
      absl::StatusOr<std::unique_ptr<ExprKernel>> jit = MakeJitExpr(jit_under_test, *expr, scope);
      ASSERT_TRUE(jit.ok()) << what << ": " << jit.status();
      std::unique_ptr<PredicateKernel> filter;
      if (as_filter) {
        absl::StatusOr<std::unique_ptr<PredicateKernel>> f =
            MakeJitPredicate(jit_under_test, *expr, scope);
        ASSERT_TRUE(f.ok()) << what << ": " << f.status();
        filter = *std::move(f);
      }
      Column jit_out, interp_out;
      std::vector<uint8_t> mask;
      for (const Batch& batch : batches) {
        ASSERT_TRUE((*interp)->Eval(batch, ctx, interp_out).ok()) << what;
        ASSERT_TRUE((*jit)->Eval(batch, ctx, jit_out).ok()) << what;
        ASSERT_TRUE(SameColumn(jit_out, interp_out, batch.size()))
            << what << " (batch of " << batch.size() << ")";
        if (!filter) continue;
        ASSERT_TRUE(filter->Filter(batch, ctx, mask).ok()) << what;
        ASSERT_EQ(mask.size(), batch.size());
        for (size_t i = 0; i < batch.size(); ++i) {
          // The interpreter's predicate: non-NULL and true.
          uint8_t expected = !interp_out.IsNull(i) && interp_out.ints()[i] != 0;
          ASSERT_EQ(mask[i], expected) << what << ": filter event " << i << " of "
                                       << batch.size();
        }
      }
    }
  }

  static codegen::Jit* jit_;
};

codegen::Jit* DifferentialTest::jit_ = nullptr;

TEST_F(DifferentialTest, BoolExpressionsAndFilters) { RunRandom(Type::kBool, 1, true); }
TEST_F(DifferentialTest, IntExpressions) { RunRandom(Type::kInt, 2, false); }
TEST_F(DifferentialTest, LongExpressions) { RunRandom(Type::kLong, 3, false); }
TEST_F(DifferentialTest, FloatExpressions) { RunRandom(Type::kFloat, 4, false); }
TEST_F(DifferentialTest, DoubleExpressions) { RunRandom(Type::kDouble, 5, false); }
TEST_F(DifferentialTest, StringExpressions) { RunRandom(Type::kString, 6, false); }

// The other levels run fewer expressions: the optimizer must never change a result.
TEST_F(DifferentialTest, OtherOptLevels) {
  const uint64_t count = EnvOr("TALON_DIFF_ITERS", 250) / 5;
  for (codegen::OptLevel level : {codegen::OptLevel::kO0, codegen::OptLevel::kO2}) {
    std::unique_ptr<codegen::Jit> jit = JitAt(level);
    ASSERT_NE(jit, nullptr);
    for (Type type : kAll) {
      RunRandom(*jit, type, 100 + static_cast<uint64_t>(type), type == Type::kBool, count);
      if (HasFatalFailure()) return;
    }
  }
}

// Hand-picked cases the random trees hit only by luck.
TEST_F(DifferentialTest, EdgeCases) {
  Schema scope = TestScope();
  auto col = [&](Type t, int k) {
    int c = 0;
    for (size_t i = 0; i < std::size(kAll); ++i) {
      if (kAll[i] == t) c = 2 * static_cast<int>(i) + k;
    }
    return bound::MakeFieldRef(c, t, scope.at(c).name);
  };
  auto arith = [](bound::ArithOp op, Type t, bound::ExprPtr a, bound::ExprPtr b) {
    auto e = Node(bound::ExprKind::kArithmetic, t, std::move(a), std::move(b));
    e->arith = op;
    return e;
  };
  std::vector<bound::ExprPtr> cases;
  for (Type t : {Type::kInt, Type::kLong}) {
    for (bound::ArithOp op : {bound::ArithOp::kDiv, bound::ArithOp::kMod}) {
      cases.push_back(arith(op, t, col(t, 0), col(t, 1)));  // MIN / -1, x / 0 from the data
      auto zero = bound::MakeConstant(t == Type::kInt ? Value::Int(0) : Value::Long(0));
      cases.push_back(arith(op, t, col(t, 0), std::move(zero)));
      auto minus_one = bound::MakeConstant(t == Type::kInt ? Value::Int(-1) : Value::Long(-1));
      cases.push_back(arith(op, t, col(t, 0), std::move(minus_one)));
    }
  }
  for (Type t : {Type::kFloat, Type::kDouble}) {
    for (bound::ArithOp op : {bound::ArithOp::kDiv, bound::ArithOp::kMod}) {
      cases.push_back(arith(op, t, col(t, 0), col(t, 1)));
    }
    for (Type to : {Type::kInt, Type::kLong}) {
      cases.push_back(Node(bound::ExprKind::kCast, to, col(t, 0)));
    }
  }
  // Every comparison operator on strings, including prefixes and bytes >= 0x80.
  for (int op = 0; op < 6; ++op) {
    auto e = Node(bound::ExprKind::kCompare, Type::kBool, col(Type::kString, 0),
                  col(Type::kString, 1));
    e->compare = static_cast<bound::CompareOp>(op);
    cases.push_back(std::move(e));
  }

  RandomValues random(7);
  std::vector<Batch> batches = MakeBatches(random, scope);
  Registry registry;
  EvalContext ctx;
  for (const bound::ExprPtr& expr : cases) {
    std::string what = bound::ToString(*expr);
    absl::StatusOr<std::unique_ptr<ExprKernel>> interp =
        MakeInterpretedExpr(*expr, scope, registry);
    absl::StatusOr<std::unique_ptr<ExprKernel>> jit = MakeJitExpr(*jit_, *expr, scope);
    ASSERT_TRUE(interp.ok() && jit.ok()) << what;
    Column jit_out, interp_out;
    for (const Batch& batch : batches) {
      ASSERT_TRUE((*interp)->Eval(batch, ctx, interp_out).ok());
      ASSERT_TRUE((*jit)->Eval(batch, ctx, jit_out).ok());
      ASSERT_TRUE(SameColumn(jit_out, interp_out, batch.size())) << what;
    }
  }
}

}  // namespace
}  // namespace talon::exec
