// The JIT through the public Engine API: one app run with --jit=off, auto and force and with
// batch sizes 1, 7 and the default must produce identical output (STYLE.md §2.1 rule 5), the
// kernels must really be JIT kernels, and a deployed app must keep working after its Engine is
// gone (kernels own their code).
#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "runtime/app_runtime.h"
#include "runtime/engine.h"

namespace talon::exec {
namespace {

constexpr char kApp[] = R"(
define stream S (symbol string, price double, volume long, qty int, ratio float);
@info(name = 'q1')
from S[(price > 500.0 and volume < 1000) or symbol == 'WSO2' or ratio / qty > 0.5]
select symbol, price * volume / 100.0 as value, volume + 1 as next, qty % 7 as bucket,
       -ratio as neg, not (price is null) as priced
insert into Out;
)";

std::vector<Event> Input() {
  std::mt19937_64 rng(5);
  const char* symbols[] = {"IBM", "WSO2", "ORCL"};
  std::vector<Event> events;
  for (int i = 0; i < 300; ++i) {
    Event e;
    e.timestamp = 1000 + i;
    auto maybe = [&](Value v, Type t) { return rng() % 10 == 0 ? Value::Null(t) : v; };
    e.data = {maybe(Value::String(symbols[rng() % 3]), Type::kString),
              maybe(Value::Double(static_cast<double>(rng() % 1000)), Type::kDouble),
              maybe(Value::Long(static_cast<int64_t>(rng() % 2000)), Type::kLong),
              maybe(Value::Int(static_cast<int32_t>(rng() % 5) - 1), Type::kInt),
              maybe(Value::Float(static_cast<float>(rng() % 100) / 10.0f), Type::kFloat)};
    events.push_back(std::move(e));
  }
  return events;
}

struct AppOutput {
  std::vector<std::string> out;
  std::string describe;
};

// Deploys kApp, sends the input in chunks of 50 and returns what reached Out. With
// `drop_engine` the Engine is destroyed before any event is sent.
AppOutput Deploy(JitMode mode, int batch_size, bool drop_engine = false) {
  EngineOptions options;
  options.jit = mode;
  options.batch_size = batch_size;
  absl::StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(options);
  EXPECT_TRUE(engine.ok()) << engine.status();
  if (!engine.ok()) return {};
  absl::StatusOr<std::unique_ptr<AppRuntime>> app = (*engine)->Deploy(kApp);
  EXPECT_TRUE(app.ok()) << app.status();
  if (!app.ok()) return {};
  if (drop_engine) engine->reset();
  AppOutput run;
  EXPECT_TRUE((*app)
                  ->AddStreamCallback("Out",
                                      [&run](const std::vector<Event>& events) {
                                        for (const Event& e : events) {
                                          run.out.push_back(e.ToString());
                                        }
                                      })
                  .ok());
  EXPECT_TRUE((*app)->Start(0).ok());
  std::vector<Event> input = Input();
  for (size_t i = 0; i < input.size(); i += 50) {
    std::vector<Event> chunk(input.begin() + i, input.begin() + std::min(i + 50, input.size()));
    absl::Status sent = (*app)->SendChunk("S", std::move(chunk));
    EXPECT_TRUE(sent.ok()) << sent;
  }
  run.describe = (*app)->Describe();
  return run;
}

TEST(JitEngineTest, EveryModeAndBatchSizeAgrees) {
  AppOutput reference = Deploy(JitMode::kOff, 1024);
  ASSERT_FALSE(reference.out.empty());
  for (JitMode mode : {JitMode::kOff, JitMode::kAuto, JitMode::kForce}) {
    for (int batch_size : {1, 7, 1024}) {
      AppOutput run = Deploy(mode, batch_size);
      EXPECT_EQ(run.out, reference.out)
          << "mode " << static_cast<int>(mode) << ", batch size " << batch_size;
    }
  }
}

TEST(JitEngineTest, AutoCompilesTheKernels) {
  AppOutput run = Deploy(JitMode::kAuto, 1024);
  EXPECT_TRUE(absl::StrContains(run.describe, "[jit]")) << run.describe;
  EXPECT_TRUE(absl::StrContains(run.describe, "0 fallbacks")) << run.describe;
}

TEST(JitEngineTest, AppOutlivesItsEngine) {
  AppOutput reference = Deploy(JitMode::kOff, 1024);
  AppOutput run = Deploy(JitMode::kForce, 1024, /*drop_engine=*/true);
  EXPECT_EQ(run.out, reference.out);
}

}  // namespace
}  // namespace talon::exec
