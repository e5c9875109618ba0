// The pattern benchmarks of issue 5, run through the public Engine API (parse, plan, pattern
// operator, selector, callbacks), on generated event-time streams:
//
//   HaSwitch   Eagle's HA-switch policy over 10k hosts:
//                every a=S[metric=='hastate'] -> b=S[host==a.host and value!=a.value]
//                within 10 min
//              One event per ms of event time; half the events are `hastate` reports (the rest
//              `cpu`), a host flips between active and standby on 1% of its reports, so about
//              260k partial matches wait at b (every hastate report of the last 10 minutes).
//   LoginBurst "5 failed logins then a success within 1 min" over 100k users:
//                every e1=Login[ok==false]<5:> -> e2=Login[ok==true and user==e1[0].user]
//                within 1 min
//              partitioned by user, as such a policy is deployed (unpartitioned, Siddhi's
//              counting state collects every user's failures into one match); one event per
//              ms, 10% failures, except that 5% of the events hit 100 users under attack with
//              90% failures (those produce the matches). With `every` on e1 alone, each fifth
//              failure starts another collecting match while the earlier ones go on collecting
//              (Siddhi's semantics), so a user under attack holds many.
//   LoginBurstGrouped  the same with `every (e1 -> e2)`, the policy as usually meant.
//   LoginBurstUnpartitioned  the query exactly as written above, at 100 events/s, on 200k
//              events only: unpartitioned, every failure is appended to every collecting match
//              of the last minute and each match `within` expires re-arms the `every` (Siddhi's
//              semantics), so the cost per event grows with the failure rate; it is there to
//              show that trap, not as a throughput.
//
// Events go in chunks of 1000 (SendChunk), as a source would deliver them. Items/s are events/s.
// Counters: `pending` partial matches alive at the end (for a partitioned query that includes
// the one empty match every user's instance waits with), `rows` captured events they hold,
// `B/pending` heap growth over the run (glibc mallinfo2) divided by pending matches: the matches,
// their event rows, the index and, partitioned, each instance's automaton and selector state;
// `matches` completed matches.
//
//   TALON_PATTERN_EVENTS=N overrides the 10M events of HaSwitch and LoginBurst;
//   TALON_PATTERN_UNPARTITIONED_EVENTS=N the 200k of LoginBurstUnpartitioned.
#include <benchmark/benchmark.h>

#include <malloc.h>

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

int64_t EventCount(const char* variable = "TALON_PATTERN_EVENTS", int64_t fallback = 10'000'000) {
  const char* env = std::getenv(variable);
  return env != nullptr ? std::atoll(env) : fallback;
}

[[noreturn]] void Die(const std::string& what, const absl::Status& status) {
  std::fprintf(stderr, "pattern_bench: %s: %s\n", what.c_str(), status.ToString().c_str());
  std::abort();
}

// Bytes the heap has handed out and not taken back (glibc): unlike the resident set, it falls
// when memory is freed, so one benchmark's garbage does not count in the next one's figure.
int64_t HeapInUse() {
  struct mallinfo2 info = mallinfo2();
  return static_cast<int64_t>(info.uordblks + info.hblkhd);
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

void Report(benchmark::State& state, int64_t events, int64_t matches, int64_t heap_before) {
  pattern::PatternMemory memory = pattern::GlobalPatternMemory();
  state.SetItemsProcessed(events);
  state.counters["pending"] = static_cast<double>(memory.matches);
  state.counters["rows"] = static_cast<double>(memory.rows);
  state.counters["matches"] = static_cast<double>(matches);
  if (memory.matches > 0) {
    state.counters["B/pending"] =
        static_cast<double>(HeapInUse() - heap_before) / static_cast<double>(memory.matches);
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
    int64_t heap_before = HeapInUse();
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
    Report(state, n, matches, heap_before);
    app.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_HaSwitch)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void RunLogins(benchmark::State& state, const std::string& app_text, int users, int step_ms,
               int64_t n) {
  std::vector<std::string> names;
  for (int u = 0; u < users; ++u) names.push_back(absl::StrCat("user", u));
  for (auto _ : state) {
    state.PauseTiming();
    auto engine = Engine::Create();
    if (!engine.ok()) Die("engine", engine.status());
    int64_t matches = 0;
    std::unique_ptr<AppRuntime> app = Deploy(**engine, app_text, &matches);
    Rng rng;
    int64_t heap_before = HeapInUse();
    std::vector<Event> chunk;
    chunk.reserve(1000);
    state.ResumeTiming();
    for (int64_t i = 0; i < n; ++i) {
      // 5% of the events are logins to 100 users under attack (90% of them fail); the rest
      // spread over every user and fail 10% of the time.
      bool attacked = rng.Below(20) == 0;
      uint32_t u = attacked ? rng.Below(100) : rng.Below(users);
      bool ok = attacked ? rng.Below(10) == 0 : rng.Below(10) != 0;
      chunk.push_back(Event{i * step_ms, {Value::String(names[u]), Value::Bool(ok)}});
      if (chunk.size() == 1000 || i + 1 == n) {
        if (absl::Status s = app->SendChunk("Login", std::move(chunk)); !s.ok()) Die("send", s);
        chunk.clear();
      }
    }
    state.PauseTiming();
    Report(state, n, matches, heap_before);
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
            100'000, 1, EventCount());
}
BENCHMARK(BM_LoginBurst)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// The usual way to write the policy: `every` over the whole group, so a user's next attempt
// starts after a match (or after `within` expires the current one).
void BM_LoginBurstGrouped(benchmark::State& state) {
  RunLogins(state,
            "define stream Login (user string, ok bool);"
            "partition with (user of Login) begin "
            "from every (e1=Login[ok==false]<5:> -> e2=Login[ok==true and user==e1[0].user]) "
            "within 1 min "
            "select e1[0].user as user, e2.ok as ok insert into Alerts; end;",
            100'000, 1, EventCount());
}
BENCHMARK(BM_LoginBurstGrouped)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoginBurstUnpartitioned(benchmark::State& state) {
  RunLogins(state,
            "define stream Login (user string, ok bool);"
            "from every e1=Login[ok==false]<5:> -> e2=Login[ok==true and user==e1[0].user] "
            "within 1 min "
            "select e1[0].user as user, e2.ok as ok insert into Alerts;",
            100'000, 10, EventCount("TALON_PATTERN_UNPARTITIONED_EVENTS", 200'000));
}
BENCHMARK(BM_LoginBurstUnpartitioned)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace talon::exec
