// The pattern benchmarks of issue 5, run through the public Engine API (parse, plan, pattern
// operator, selector, callbacks), on generated event-time streams:
//
//   HaSwitch   Eagle's HA-switch policy over 10k hosts:
//                every a=S[metric=='hastate'] -> b=S[host==a.host and value!=a.value]
//                within 10 min
//              One event per ms of event time; half the events are `hastate` reports (the rest
//              `cpu`), a host flips between active and standby on 1% of its reports, so about
//              300k partial matches wait at b (every hastate report of the last 10 minutes).
//   LoginBurst "5 failed logins then a success within 1 min" over 100k users:
//                every e1=Login[ok==false]<5:> -> e2=Login[ok==true and user==e1[0].user]
//                within 1 min
//              partitioned by user, as such a policy is deployed (unpartitioned, Siddhi's
//              counting state collects every user's failures into one match); 10% failures,
//              one event per ms. LoginBurstUnpartitioned runs the query exactly as written
//              above at 100 events/s.
//
// Events go in chunks of 1000 (SendChunk), as a source would deliver them. Items/s are events/s.
// Counters: `pending` partial matches alive at the end, `B/pending` bytes per pending match
// (resident memory growth over the run divided by pending matches; it includes the captured
// event rows they share and the allocator's slack), `matches` completed matches.
//
//   TALON_PATTERN_EVENTS=N overrides the 10M events per benchmark.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/engine.h"
#include "runtime/pattern/match.h"

namespace talon::exec {
namespace {

int64_t EventCount() {
  const char* env = std::getenv("TALON_PATTERN_EVENTS");
  return env != nullptr ? std::atoll(env) : 10'000'000;
}

[[noreturn]] void Die(const std::string& what, const absl::Status& status) {
  std::fprintf(stderr, "pattern_bench: %s: %s\n", what.c_str(), status.ToString().c_str());
  std::abort();
}

// Resident set size in bytes (Linux).
int64_t Rss() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  long pages = 0, resident = 0;
  if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
  std::fclose(f);
  return static_cast<int64_t>(resident) * 4096;
}

// xorshift64*: fast and deterministic.
struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint64_t Next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 2685821657736338717ull;
  }
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>((Next() >> 33) % n); }
};

std::unique_ptr<AppRuntime> Deploy(Engine& engine, const std::string& app, int64_t* matches) {
  absl::StatusOr<std::unique_ptr<AppRuntime>> runtime = engine.Deploy(app);
  if (!runtime.ok()) Die("deploy", runtime.status());
  absl::Status s = (*runtime)->AddStreamCallback(
      "Alerts", [matches](const std::vector<Event>& events) { *matches += events.size(); });
  if (!s.ok()) Die("callback", s);
  if (absl::Status st = (*runtime)->Start(0); !st.ok()) Die("start", st);
  return *std::move(runtime);
}

void Report(benchmark::State& state, int64_t events, int64_t matches, int64_t rss_before) {
  pattern::PatternMemory memory = pattern::GlobalPatternMemory();
  state.SetItemsProcessed(events);
  state.counters["pending"] = static_cast<double>(memory.matches);
  state.counters["rows"] = static_cast<double>(memory.rows);
  state.counters["matches"] = static_cast<double>(matches);
  if (memory.matches > 0) {
    state.counters["B/pending"] =
        static_cast<double>(Rss() - rss_before) / static_cast<double>(memory.matches);
  }
}

void BM_HaSwitch(benchmark::State& state) {
  constexpr int kHosts = 10'000;
  const int64_t n = EventCount();
  std::vector<std::string> hosts;
  for (int h = 0; h < kHosts; ++h) hosts.push_back(absl::StrCat("namenode-", h));
  for (auto _ : state) {
    state.PauseTiming();
    auto engine = Engine::Create();
    if (!engine.ok()) Die("engine", engine.status());
    int64_t matches = 0;
    std::unique_ptr<AppRuntime> app = Deploy(**engine,
        "define stream S (host string, metric string, value string);"
        "from every a=S[metric=='hastate'] -> b=S[host==a.host and value != a.value] "
        "within 10 min "
        "select a.host as host, a.value as from_state, b.value as to_state insert into Alerts;",
        &matches);
    std::vector<uint8_t> active(kHosts, 1);
    Rng rng;
    int64_t rss_before = Rss();
    std::vector<Event> chunk;
    chunk.reserve(1000);
    state.ResumeTiming();
    for (int64_t i = 0; i < n; ++i) {
      uint32_t h = rng.Below(kHosts);
      bool hastate = rng.Below(2) == 0;
      if (hastate && rng.Below(100) == 0) active[h] ^= 1;
      chunk.push_back(Event{i, {Value::String(hosts[h]), Value::String(hastate ? "hastate" : "cpu"),
                                Value::String(active[h] ? "active" : "standby")}});
      if (chunk.size() == 1000 || i + 1 == n) {
        if (absl::Status s = app->SendChunk("S", std::move(chunk)); !s.ok()) Die("send", s);
        chunk.clear();
      }
    }
    state.PauseTiming();
    Report(state, n, matches, rss_before);
    app.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_HaSwitch)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void RunLogins(benchmark::State& state, const std::string& app_text, int users, int step_ms) {
  const int64_t n = EventCount();
  std::vector<std::string> names;
  for (int u = 0; u < users; ++u) names.push_back(absl::StrCat("user", u));
  for (auto _ : state) {
    state.PauseTiming();
    auto engine = Engine::Create();
    if (!engine.ok()) Die("engine", engine.status());
    int64_t matches = 0;
    std::unique_ptr<AppRuntime> app = Deploy(**engine, app_text, &matches);
    Rng rng;
    int64_t rss_before = Rss();
    std::vector<Event> chunk;
    chunk.reserve(1000);
    state.ResumeTiming();
    for (int64_t i = 0; i < n; ++i) {
      uint32_t u = rng.Below(users);
      bool ok = rng.Below(10) != 0;
      chunk.push_back(Event{i * step_ms, {Value::String(names[u]), Value::Bool(ok)}});
      if (chunk.size() == 1000 || i + 1 == n) {
        if (absl::Status s = app->SendChunk("Login", std::move(chunk)); !s.ok()) Die("send", s);
        chunk.clear();
      }
    }
    state.PauseTiming();
    Report(state, n, matches, rss_before);
    app.reset();
    state.ResumeTiming();
  }
}

void BM_LoginBurst(benchmark::State& state) {
  RunLogins(state,
            "define stream Login (user string, ok bool);"
            "partition with (user of Login) begin "
            "from every e1=Login[ok==false]<5:> -> e2=Login[ok==true and user==e1[0].user] "
            "within 1 min "
            "select e1[0].user as user, e2.ok as ok insert into Alerts; end;",
            100'000, 1);
}
BENCHMARK(BM_LoginBurst)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoginBurstUnpartitioned(benchmark::State& state) {
  RunLogins(state,
            "define stream Login (user string, ok bool);"
            "from every e1=Login[ok==false]<5:> -> e2=Login[ok==true and user==e1[0].user] "
            "within 1 min "
            "select e1[0].user as user, e2.ok as ok insert into Alerts;",
            100'000, 10);
}
BENCHMARK(BM_LoginBurstUnpartitioned)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace talon::exec
