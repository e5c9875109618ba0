// The expression benchmarks of the JIT issue, over one in-memory batch of 1M events of
// (symbol string, price double, volume long, ts long), each measured three ways in one run:
//   Jit    the kernel KernelFactory makes with --jit=force (what the engine runs);
//   Interp the interpreter kernel KernelFactory makes with --jit=off (the reference);
//   Hand   a hand-written C++ loop doing the same work on the same columns, NULL flags included.
// (a) price > 500.0 and volume < 1000            filter, writes a selection mask
// (b) symbol == 'IBM' or symbol == 'WSO2'         filter on strings
// (c) price * volume / 100.0, volume + 1          projection into two output columns
// (d) sum(price), avg(price), count() group by symbol
// The JIT has no aggregate kernels yet: (d)'s "Jit" row is the select operator over JIT-made
// argument/key kernels, so it measures the interpreter's aggregation loop, not compiled code.
// Items/s in the output are events/s. BM_Compile_* measure uncached JIT compile latency.
//
//   TALON_BENCH_OPT=O0|fast|O1|O2|O3 picks the JIT level (default: the shipped JitOptions).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "codegen/jit.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"
#include "runtime/operators/operators.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

constexpr size_t kEvents = 1'000'000;

enum class Backend { kJit, kInterp };

[[noreturn]] void Die(const std::string& what, const absl::Status& status) {
  std::fprintf(stderr, "talon_bench: %s: %s\n", what.c_str(), status.ToString().c_str());
  std::abort();
}

Schema StockScope() {
  Schema scope;
  scope.Add("symbol", Type::kString);
  scope.Add("price", Type::kDouble);
  scope.Add("volume", Type::kLong);
  scope.Add("ts", Type::kLong);
  return scope;
}

// Prices uniform in [0, 1000), volumes in [0, 2000), eight symbols: (a) keeps ~25% and (b) ~25%
// of the events, at random positions (no help from branch prediction).
const Batch& Stocks() {
  static const Batch* batch = [] {
    auto* b = new Batch(StockScope());
    std::mt19937_64 rng(42);
    const char* symbols[] = {"IBM", "WSO2", "ORCL", "MSFT", "GOOG", "AAPL", "AMZN", "META"};
    for (Column& c : b->columns()) c.Resize(kEvents);
    for (size_t i = 0; i < kEvents; ++i) {
      b->column(0).strings()[i] = symbols[rng() % 8];
      b->column(1).doubles()[i] = std::uniform_real_distribution<double>(0, 1000)(rng);
      b->column(2).ints()[i] = static_cast<int64_t>(rng() % 2000);
      b->column(3).ints()[i] = static_cast<int64_t>(i);
    }
    for (Column& c : b->columns()) std::fill(c.nulls(), c.nulls() + kEvents, 0);
    b->timestamps().resize(kEvents);
    for (size_t i = 0; i < kEvents; ++i) b->timestamps()[i] = static_cast<Timestamp>(i);
    b->kinds().assign(kEvents, EventKind::kCurrent);
    return b;
  }();
  return *batch;
}

codegen::JitOptions BenchJitOptions() {
  codegen::JitOptions options;
  if (const char* name = std::getenv("TALON_BENCH_OPT")) {
    std::optional<codegen::OptLevel> level = codegen::ParseOptLevel(name);
    if (!level) Die("TALON_BENCH_OPT", absl::InvalidArgumentError("want O0, fast, O1, O2 or O3"));
    options.opt_level = *level;
  }
  return options;
}

codegen::Jit& SharedJit() {
  static codegen::Jit* jit = [] {
    absl::StatusOr<std::unique_ptr<codegen::Jit>> created = codegen::Jit::Create(BenchJitOptions());
    if (!created.ok()) Die("creating the JIT", created.status());
    return created->release();
  }();
  return *jit;
}

const Registry& SharedRegistry() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

// --- Expressions, typed as the analyzer types them (int literals widened to long) ---------

bound::ExprPtr Node(bound::ExprKind kind, Type type, bound::ExprPtr a, bound::ExprPtr b = nullptr) {
  auto e = std::make_unique<bound::Expr>();
  e->kind = kind;
  e->type = type;
  e->operands.push_back(std::move(a));
  if (b) e->operands.push_back(std::move(b));
  return e;
}
bound::ExprPtr Compare(bound::CompareOp op, bound::ExprPtr a, bound::ExprPtr b) {
  auto e = Node(bound::ExprKind::kCompare, Type::kBool, std::move(a), std::move(b));
  e->compare = op;
  return e;
}
bound::ExprPtr Arith(bound::ArithOp op, Type type, bound::ExprPtr a, bound::ExprPtr b) {
  auto e = Node(bound::ExprKind::kArithmetic, type, std::move(a), std::move(b));
  e->arith = op;
  return e;
}
bound::ExprPtr Symbol() { return bound::MakeFieldRef(0, Type::kString, "symbol"); }
bound::ExprPtr Price() { return bound::MakeFieldRef(1, Type::kDouble, "price"); }
bound::ExprPtr Volume() { return bound::MakeFieldRef(2, Type::kLong, "volume"); }

// (a) price > 500.0 and volume < 1000
bound::ExprPtr FilterA() {
  return Node(bound::ExprKind::kAnd, Type::kBool,
              Compare(bound::CompareOp::kGt, Price(), bound::MakeConstant(Value::Double(500.0))),
              Compare(bound::CompareOp::kLt, Volume(), bound::MakeConstant(Value::Long(1000))));
}
// (b) symbol == 'IBM' or symbol == 'WSO2'
bound::ExprPtr FilterB() {
  return Node(bound::ExprKind::kOr, Type::kBool,
              Compare(bound::CompareOp::kEq, Symbol(), bound::MakeConstant(Value::String("IBM"))),
              Compare(bound::CompareOp::kEq, Symbol(), bound::MakeConstant(Value::String("WSO2"))));
}
// (c) price * volume / 100.0
bound::ExprPtr ProjectC1() {
  return Arith(bound::ArithOp::kDiv, Type::kDouble,
               Arith(bound::ArithOp::kMul, Type::kDouble, Price(),
                     Node(bound::ExprKind::kCast, Type::kDouble, Volume())),
               bound::MakeConstant(Value::Double(100.0)));
}
// (c) volume + 1
bound::ExprPtr ProjectC2() {
  return Arith(bound::ArithOp::kAdd, Type::kLong, Volume(), bound::MakeConstant(Value::Long(1)));
}

JitMode ModeOf(Backend backend) { return backend == Backend::kJit ? JitMode::kForce : JitMode::kOff; }

std::unique_ptr<PredicateKernel> MakePredicate(Backend backend, const bound::Expr& expr) {
  KernelFactory factory(SharedRegistry(), ModeOf(backend), &SharedJit());
  absl::StatusOr<std::unique_ptr<PredicateKernel>> kernel = factory.MakePredicate(expr, StockScope());
  if (!kernel.ok()) Die(bound::ToString(expr), kernel.status());
  return *std::move(kernel);
}

std::unique_ptr<ExprKernel> MakeExpr(Backend backend, const bound::Expr& expr) {
  KernelFactory factory(SharedRegistry(), ModeOf(backend), &SharedJit());
  absl::StatusOr<std::unique_ptr<ExprKernel>> kernel = factory.MakeExpr(expr, StockScope());
  if (!kernel.ok()) Die(bound::ToString(expr), kernel.status());
  return *std::move(kernel);
}

void CountSelected(benchmark::State& state, const std::vector<uint8_t>& mask) {
  size_t selected = 0;
  for (uint8_t m : mask) selected += m;
  state.counters["selected"] = static_cast<double>(selected);
}

// --- (a) and (b): filters -----------------------------------------------------------------

void RunFilter(benchmark::State& state, Backend backend, bound::ExprPtr (*make)()) {
  bound::ExprPtr expr = make();
  std::unique_ptr<PredicateKernel> kernel = MakePredicate(backend, *expr);
  const Batch& batch = Stocks();
  EvalContext ctx;
  std::vector<uint8_t> mask;
  for (auto _ : state) {
    absl::Status status = kernel->Filter(batch, ctx, mask);
    if (!status.ok()) state.SkipWithError(status.ToString().c_str());
    benchmark::DoNotOptimize(mask.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * batch.size()));
  CountSelected(state, mask);
}

void BM_A_Filter_Jit(benchmark::State& state) { RunFilter(state, Backend::kJit, FilterA); }
void BM_A_Filter_Interp(benchmark::State& state) { RunFilter(state, Backend::kInterp, FilterA); }
void BM_A_Filter_Hand(benchmark::State& state) {
  const Batch& batch = Stocks();
  const size_t n = batch.size();
  std::vector<uint8_t> mask;
  for (auto _ : state) {
    const double* price = batch.column(1).doubles();
    const uint8_t* price_null = batch.column(1).nulls();
    const int64_t* volume = batch.column(2).ints();
    const uint8_t* volume_null = batch.column(2).nulls();
    mask.resize(n);
    uint8_t* out = mask.data();
    // Branch-free, as a performance-minded engineer writes it (&& would branch per event).
    for (size_t i = 0; i < n; ++i) {
      out[i] = (!price_null[i] & (price[i] > 500.0)) & (!volume_null[i] & (volume[i] < 1000));
    }
    benchmark::DoNotOptimize(mask.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
  CountSelected(state, mask);
}

void BM_B_Filter_Jit(benchmark::State& state) { RunFilter(state, Backend::kJit, FilterB); }
void BM_B_Filter_Interp(benchmark::State& state) { RunFilter(state, Backend::kInterp, FilterB); }
void BM_B_Filter_Hand(benchmark::State& state) {
  const Batch& batch = Stocks();
  const size_t n = batch.size();
  constexpr std::string_view kIbm = "IBM", kWso2 = "WSO2";
  std::vector<uint8_t> mask;
  for (auto _ : state) {
    const std::string* symbol = batch.column(0).strings();
    const uint8_t* symbol_null = batch.column(0).nulls();
    mask.resize(n);
    uint8_t* out = mask.data();
    for (size_t i = 0; i < n; ++i) {
      std::string_view s = symbol[i];
      out[i] = !symbol_null[i] && (s == kIbm || s == kWso2);
    }
    benchmark::DoNotOptimize(mask.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
  CountSelected(state, mask);
}

// --- (c): projection ----------------------------------------------------------------------

// The select operator evaluates one kernel per projected expression, so the JIT row runs two
// kernels, as the engine does.
void RunProject(benchmark::State& state, Backend backend) {
  bound::ExprPtr c1 = ProjectC1(), c2 = ProjectC2();
  std::unique_ptr<ExprKernel> k1 = MakeExpr(backend, *c1), k2 = MakeExpr(backend, *c2);
  const Batch& batch = Stocks();
  EvalContext ctx;
  Column out1, out2;
  for (auto _ : state) {
    absl::Status s1 = k1->Eval(batch, ctx, out1);
    absl::Status s2 = k2->Eval(batch, ctx, out2);
    if (!s1.ok() || !s2.ok()) state.SkipWithError("projection failed");
    benchmark::DoNotOptimize(out1.doubles());
    benchmark::DoNotOptimize(out2.ints());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * batch.size()));
}

void BM_C_Project_Jit(benchmark::State& state) { RunProject(state, Backend::kJit); }
void BM_C_Project_Interp(benchmark::State& state) { RunProject(state, Backend::kInterp); }

// Both projections in one compiled loop (KernelKind::kProject with two outputs), the shape a
// fused select kernel would have; not what the select operator runs today.
void BM_C_Project_JitFused(benchmark::State& state) {
  bound::ExprPtr c1 = ProjectC1(), c2 = ProjectC2();
  Schema scope = StockScope();
  absl::StatusOr<std::unique_ptr<codegen::CompiledKernel>> kernel = SharedJit().Compile(
      codegen::KernelSpec{codegen::KernelKind::kProject, {c1.get(), c2.get()}, &scope});
  if (!kernel.ok()) Die("fused projection", kernel.status());
  const Batch& batch = Stocks();
  const size_t n = batch.size();
  std::vector<double> v1(n);
  std::vector<int64_t> v2(n);
  std::vector<uint8_t> n1(n), n2(n);
  for (auto _ : state) {
    TalonColumnView views[4] = {
        {batch.column(0).strings(), batch.column(0).nulls()},
        {batch.column(1).doubles(), batch.column(1).nulls()},
        {batch.column(2).ints(), batch.column(2).nulls()},
        {batch.column(3).ints(), batch.column(3).nulls()}};
    TalonColumnOut outs[2] = {{v1.data(), n1.data()}, {v2.data(), n2.data()}};
    (*kernel)->project_fn()(views, n, outs);
    benchmark::DoNotOptimize(v1.data());
    benchmark::DoNotOptimize(v2.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
}

void BM_C_Project_Hand(benchmark::State& state) {
  const Batch& batch = Stocks();
  const size_t n = batch.size();
  // Output columns of the same form the kernels write (values + NULL flags), reused like the
  // JIT kernels reuse theirs.
  Column out1(Type::kDouble), out2(Type::kLong);
  for (auto _ : state) {
    const double* price = batch.column(1).doubles();
    const uint8_t* price_null = batch.column(1).nulls();
    const int64_t* volume = batch.column(2).ints();
    const uint8_t* volume_null = batch.column(2).nulls();
    out1.Resize(n);
    out2.Resize(n);
    double* o1 = out1.doubles();
    int64_t* o2 = out2.ints();
    uint8_t* o1_null = out1.nulls();
    uint8_t* o2_null = out2.nulls();
    for (size_t i = 0; i < n; ++i) {
      uint8_t null = price_null[i] | volume_null[i];
      o1_null[i] = null;
      o1[i] = null ? 0.0 : price[i] * static_cast<double>(volume[i]) / 100.0;
      o2_null[i] = volume_null[i];
      o2[i] = volume_null[i] ? 0 : volume[i] + 1;
    }
    benchmark::DoNotOptimize(o1);
    benchmark::DoNotOptimize(o2);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
}

// --- (d): group-by aggregation ------------------------------------------------------------

int FindAggregator(const Registry& registry, std::string_view name) {
  for (size_t i = 0; i < registry.aggregators().size(); ++i) {
    const AggregatorDef& def = registry.aggregators()[i];
    if (def.ns.empty() && def.name == name) return static_cast<int>(i);
  }
  return -1;
}

// `select symbol, sum(price), avg(price), count() group by symbol` as the builder wires it,
// fed the batch as one chunk (so it emits one event per group).
void RunGroupBy(benchmark::State& state, Backend backend) {
  const Registry& registry = SharedRegistry();
  int sum = FindAggregator(registry, "sum"), avg = FindAggregator(registry, "avg"),
      count = FindAggregator(registry, "count");
  if (sum < 0 || avg < 0 || count < 0) {
    state.SkipWithError("the sum/avg/count aggregators are not registered yet");
    return;
  }
  Schema scope = StockScope();
  bound::ExprPtr price = Price(), symbol = Symbol();
  frontend::ArgInfo price_info;
  price_info.type = Type::kDouble;
  price_info.is_attribute = true;
  SelectSpec spec;
  Schema selector_scope = scope;
  struct Call {
    int id;
    bool takes_price;
    Type type;
  };
  for (const Call& call : {Call{sum, true, Type::kDouble}, Call{avg, true, Type::kDouble},
                           Call{count, false, Type::kLong}}) {
    std::vector<frontend::ArgInfo> infos;
    std::vector<std::unique_ptr<ExprKernel>> args;
    std::vector<int> refs;
    if (call.takes_price) {
      infos.push_back(price_info);
      args.push_back(MakeExpr(backend, *price));
      refs.push_back(1);  // a bare attribute: read in place, as the builder wires it
    }
    absl::StatusOr<std::unique_ptr<Aggregator>> aggregator =
        registry.aggregator(call.id).bind(infos, call.type);
    if (!aggregator.ok()) Die("binding an aggregator", aggregator.status());
    spec.aggregators.push_back(*std::move(aggregator));
    spec.aggregator_args.push_back(std::move(args));
    spec.aggregator_arg_refs.push_back(std::move(refs));
    spec.aggregate_types.push_back(call.type);
    selector_scope.Add("_agg" + std::to_string(spec.aggregate_types.size() - 1), call.type);
  }
  spec.group_by.push_back(MakeExpr(backend, *symbol));
  spec.group_by_refs.push_back(0);
  KernelFactory factory(registry, ModeOf(backend), &SharedJit());
  for (int column : {0, 4, 5, 6}) {
    bound::ExprPtr ref = bound::MakeFieldRef(column, selector_scope.at(column).type, "");
    absl::StatusOr<std::unique_ptr<ExprKernel>> kernel = factory.MakeExpr(*ref, selector_scope);
    if (!kernel.ok()) Die("projection", kernel.status());
    spec.projections.push_back(*std::move(kernel));
  }
  spec.output.Add("symbol", Type::kString);
  spec.output.Add("total", Type::kDouble);
  spec.output.Add("average", Type::kDouble);
  spec.output.Add("events", Type::kLong);
  spec.batching = true;  // one output event per group per chunk
  absl::StatusOr<std::unique_ptr<Operator>> select = MakeSelectOperator(std::move(spec));
  if (!select.ok()) Die("select operator", select.status());

  // Steady state: one operator state processes batch after batch, as in a running query (its
  // groups and scratch buffers persist); the hand-written loop keeps its hash map likewise.
  const Batch& input = Stocks();
  ProcessContext ctx;
  std::unique_ptr<OperatorState> op_state = (*select)->CreateState();
  for (auto _ : state) {
    state.PauseTiming();
    Batch batch = input;  // Process works in place
    state.ResumeTiming();
    absl::Status status = (*select)->Process(op_state.get(), batch, ctx);
    if (!status.ok()) state.SkipWithError(status.ToString().c_str());
    benchmark::DoNotOptimize(batch.size());
    state.PauseTiming();
    batch = Batch();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * input.size()));
}

void BM_D_GroupBy_Jit(benchmark::State& state) { RunGroupBy(state, Backend::kJit); }
void BM_D_GroupBy_Interp(benchmark::State& state) { RunGroupBy(state, Backend::kInterp); }
void BM_D_GroupBy_Hand(benchmark::State& state) {
  const Batch& batch = Stocks();
  const size_t n = batch.size();
  struct Group {
    double sum = 0;
    int64_t priced = 0;  // non-NULL prices, avg's divisor
    int64_t count = 0;
  };
  // Keyed by views into the batch: no per-event key string is built.
  absl::flat_hash_map<std::string_view, Group> groups;
  Group null_group;
  for (auto _ : state) {
    const std::string* symbol = batch.column(0).strings();
    const uint8_t* symbol_null = batch.column(0).nulls();
    const double* price = batch.column(1).doubles();
    const uint8_t* price_null = batch.column(1).nulls();
    for (size_t i = 0; i < n; ++i) {
      Group& g = symbol_null[i] ? null_group : groups[std::string_view(symbol[i])];
      if (!price_null[i]) {
        g.sum += price[i];
        ++g.priced;
      }
      ++g.count;
    }
    // One output event per group, as the select operator emits.
    std::vector<std::tuple<std::string, double, double, int64_t>> out;
    out.reserve(groups.size());
    for (const auto& [key, g] : groups) {
      out.emplace_back(std::string(key), g.sum, g.priced ? g.sum / g.priced : 0.0, g.count);
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
}

// --- Compile latency ----------------------------------------------------------------------

// Uncached compiles of a query's kernels at the benchmark's level: (a) 1 kernel, (b) 1, (c) 2.
void RunCompile(benchmark::State& state, std::vector<bound::ExprPtr> exprs, bool filter) {
  codegen::JitOptions options = BenchJitOptions();
  options.cache = false;
  absl::StatusOr<std::unique_ptr<codegen::Jit>> jit = codegen::Jit::Create(options);
  if (!jit.ok()) Die("creating the JIT", jit.status());
  Schema scope = StockScope();
  for (auto _ : state) {
    for (const bound::ExprPtr& e : exprs) {
      absl::StatusOr<std::unique_ptr<codegen::CompiledKernel>> kernel =
          filter ? (*jit)->CompileFilter(*e, scope) : (*jit)->CompileProject(*e, scope);
      if (!kernel.ok()) {
        state.SkipWithError(kernel.status().ToString().c_str());
        return;
      }
      benchmark::DoNotOptimize(kernel->get());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * exprs.size()));
}

std::vector<bound::ExprPtr> Exprs(std::initializer_list<bound::ExprPtr (*)()> makers) {
  std::vector<bound::ExprPtr> out;
  for (auto make : makers) out.push_back(make());
  return out;
}

void BM_Compile_A(benchmark::State& state) { RunCompile(state, Exprs({FilterA}), true); }
void BM_Compile_B(benchmark::State& state) { RunCompile(state, Exprs({FilterB}), true); }
void BM_Compile_C(benchmark::State& state) {
  RunCompile(state, Exprs({ProjectC1, ProjectC2}), false);
}

BENCHMARK(BM_A_Filter_Jit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_A_Filter_Interp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_A_Filter_Hand)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_B_Filter_Jit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_B_Filter_Interp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_B_Filter_Hand)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_C_Project_Jit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_C_Project_JitFused)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_C_Project_Interp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_C_Project_Hand)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_D_GroupBy_Jit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_D_GroupBy_Interp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_D_GroupBy_Hand)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compile_A)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compile_B)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Compile_C)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace talon::exec
