// Window + aggregation benchmarks of issue 4, each run two ways over the same in-memory events:
// through Talon's real runtime (Engine::Deploy, SendBatch of column chunks, a column-batch
// stream callback counting the output) and as a hand-written C++ loop computing the same output events with
// Siddhi's semantics. Once per run, outside the timed region, the two outputs are compared
// (event count and an order-insensitive checksum of every output value); a mismatch fails the
// benchmark.
//
//   TimeGroupAgg   from S#window.time(10 sec)
//                  select symbol, sum(price) as s, avg(price) as a, min(price) as mn,
//                         max(price) as mx group by symbol insert into Out;
//   LengthHaving   from S#window.length(1000) select symbol, avg(price) as a group by symbol
//                  having a > 900.0 insert into Out;
//   ExtBatchCount  from S#window.externalTimeBatch(ts, 1 sec)
//                  select symbol, count() as c group by symbol insert into Out;
//
// Events: (symbol string, price double, volume long, ts long), 1000 symbols drawn uniformly,
// each symbol's price a fixed base in [10, 1000) plus up to ±1% noise (about 10% of the
// symbols have a base above 900), one event per ms of event time (1000 events/s), event time =
// ts. They go to the runtime in chunks of TALON_WINDOW_CHUNK events (default 1024, about one
// second of event time), as a source hands over batches. Items/s are input events/s.
//
// Semantics the hand loops reproduce (Talon's window and select operators, which the
// conformance suite checks against Siddhi 5.1):
//   - the engine clock moves to a chunk's last timestamp before the chunk is processed, and a
//     time window expires, before each arrival, every event with ts + 10 s <= clock;
//   - expired events leave their group's aggregates; each arrival adds to its group;
//   - the select step batches (Siddhi's QuerySelector batchingEnabled): per window output
//     chunk (here: per input chunk) it emits, for each group, its last event that passes
//     `having`, with the aggregates as they were at that event;
//   - length(1000) expires the oldest event once 1000 are held, before the arrival;
//   - externalTimeBatch emits, when an event at or past the batch end arrives, one event per
//     group of the batch (the count of its events); the last, unfinished batch emits nothing.
//
//   TALON_WINDOW_EVENTS=N overrides the 10M events per benchmark.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/app_runtime.h"
#include "runtime/batch.h"
#include "runtime/engine.h"

namespace talon::exec {
namespace {

// The allocator set up as the talon CLI sets it (runtime/engine.h), before any benchmark runs;
// the hand-written loops run in the same process.
[[maybe_unused]] const bool kAllocatorTuned = (TuneAllocatorForStreaming(), true);

constexpr int kSymbols = 1000;
constexpr double kHavingThreshold = 900.0;

int64_t EventCount() {
  const char* env = std::getenv("TALON_WINDOW_EVENTS");
  return env != nullptr ? std::atoll(env) : 10'000'000;
}

size_t ChunkSize() {
  const char* env = std::getenv("TALON_WINDOW_CHUNK");
  return env != nullptr ? static_cast<size_t>(std::atoll(env)) : 1024;
}

[[noreturn]] void Die(const std::string& what, const absl::Status& status) {
  std::fprintf(stderr, "window_bench: %s: %s\n", what.c_str(), status.ToString().c_str());
  std::abort();
}

Schema StockSchema() {
  Schema schema;
  schema.Add("symbol", Type::kString);
  schema.Add("price", Type::kDouble);
  schema.Add("volume", Type::kLong);
  schema.Add("ts", Type::kLong);
  return schema;
}

const std::vector<std::string>& SymbolNames() {
  static const std::vector<std::string>* names = [] {
    auto* v = new std::vector<std::string>;
    for (int s = 0; s < kSymbols; ++s) v->push_back(absl::StrFormat("SYM%04d", s));
    return v;
  }();
  return *names;
}

// The input, generated once and shared by every benchmark: chunks of ChunkSize() events.
const std::vector<Batch>& Input() {
  static const std::vector<Batch>* chunks = [] {
    auto* out = new std::vector<Batch>;
    const int64_t n = EventCount();
    const size_t chunk = ChunkSize();
    std::mt19937_64 rng(4);
    std::vector<double> base(kSymbols);
    for (double& b : base) b = std::uniform_real_distribution<double>(10, 1000)(rng);
    std::uniform_real_distribution<double> noise(-0.01, 0.01);
    const std::vector<std::string>& names = SymbolNames();
    Schema schema = StockSchema();
    for (int64_t start = 0; start < n; start += static_cast<int64_t>(chunk)) {
      const size_t m = static_cast<size_t>(std::min<int64_t>(chunk, n - start));
      Batch& b = out->emplace_back(schema);
      for (Column& c : b.columns()) c.Resize(m);
      for (size_t i = 0; i < m; ++i) {
        const int64_t ts = start + static_cast<int64_t>(i);
        const int s = static_cast<int>(rng() % kSymbols);
        b.column(0).strings()[i] = names[s];
        b.column(1).doubles()[i] = base[s] * (1 + noise(rng));
        b.column(2).ints()[i] = static_cast<int64_t>(rng() % 10'000);
        b.column(3).ints()[i] = ts;
      }
      for (Column& c : b.columns()) std::fill(c.nulls(), c.nulls() + m, 0);
      b.timestamps().resize(m);
      for (size_t i = 0; i < m; ++i) b.timestamps()[i] = start + static_cast<int64_t>(i);
      b.kinds().assign(m, EventKind::kCurrent);
    }
    return out;
  }();
  return *chunks;
}

// Output digest: the number of events and an order-insensitive checksum of their values.
struct Digest {
  int64_t events = 0;
  uint64_t checksum = 0;
  bool operator==(const Digest&) const = default;
};

uint64_t Mix(uint64_t x) {  // splitmix64's finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}
uint64_t Bits(double d) {
  uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return u;
}
uint64_t HashSymbol(std::string_view s) { return absl::HashOf(s); }

// One output event: its symbol and numeric values, folded with position-sensitive mixing
// inside the event and a commutative sum across events.
template <typename... T>
void Add(Digest& d, std::string_view symbol, T... values) {
  uint64_t h = Mix(HashSymbol(symbol));
  ((h = Mix(h ^ values)), ...);
  d.checksum += h;
  ++d.events;
}

// Row i of an output batch (symbol first, then numeric columns), as Add folds it.
void AddRow(Digest& d, const Batch& b, size_t i) {
  uint64_t h = Mix(HashSymbol(b.column(0).strings()[i]));
  for (size_t c = 1; c < b.column_count(); ++c) {
    const Column& col = b.column(c);
    h = Mix(h ^ (col.physical() == PhysicalType::kDouble ? Bits(col.doubles()[i])
                                                         : static_cast<uint64_t>(col.ints()[i])));
  }
  d.checksum += h;
  ++d.events;
}

// ---- Talon ---------------------------------------------------------------------------------

Digest RunTalon(const std::string& query) {
  absl::StatusOr<std::unique_ptr<Engine>> engine = Engine::Create();
  if (!engine.ok()) Die("engine", engine.status());
  absl::StatusOr<std::unique_ptr<AppRuntime>> app = (*engine)->Deploy(
      "define stream S (symbol string, price double, volume long, ts long);\n" + query);
  if (!app.ok()) Die("deploy", app.status());
  Digest digest;
  absl::Status s = (*app)->AddStreamBatchCallback("Out", [&digest](const Batch& chunk) {
    for (size_t i = 0; i < chunk.size(); ++i) AddRow(digest, chunk, i);
  });
  if (!s.ok()) Die("callback", s);
  if (absl::Status st = (*app)->Start(0); !st.ok()) Die("start", st);
  for (const Batch& chunk : Input()) {
    if (absl::Status st = (*app)->SendBatch("S", chunk); !st.ok()) Die("send", st);
  }
  return digest;
}

// ---- Hand-written loops --------------------------------------------------------------------

// Keyed by views into the input (symbols outlive the run); groups live in a deque so that
// pointers to them stay valid.
template <typename G>
struct Groups {
  absl::flat_hash_map<std::string_view, G*> index;
  std::deque<G> storage;
  G* Find(std::string_view key) {
    auto [it, inserted] = index.try_emplace(key, nullptr);
    if (inserted) it->second = &storage.emplace_back();
    return it->second;
  }
};

// (i) time(10 sec), sum/avg/min/max by symbol. min and max keep Siddhi's candidate deques
// (monotonic queues: a value beaten by a later one can never be the extreme again).
Digest HandTimeGroupAgg() {
  struct Group {
    double sum = 0;       // sum(price)
    double avg_sum = 0;   // avg's own running sum (same additions, kept apart as Talon does)
    int64_t count = 0;
    std::deque<std::pair<int64_t, double>> mins, maxs;  // (arrival seq, price)
    // This chunk's output for the group: the values at its last event.
    int64_t chunk = -1;
    uint64_t out[4] = {};
    std::string_view symbol;
  };
  struct Held {
    int64_t ts;
    int64_t seq;
    double price;
    Group* group;
  };
  constexpr int64_t kWindow = 10'000;
  Groups<Group> groups;
  std::deque<Held> held;
  Digest digest;
  int64_t seq = 0, chunk_no = 0;
  std::vector<Group*> touched;
  for (const Batch& chunk : Input()) {
    ++chunk_no;
    touched.clear();
    const Timestamp now = chunk.timestamps().back();
    const std::string* symbol = chunk.column(0).strings();
    const double* price = chunk.column(1).doubles();
    for (size_t i = 0; i < chunk.size(); ++i) {
      while (!held.empty() && held.front().ts - now + kWindow <= 0) {
        const Held& e = held.front();
        Group& g = *e.group;
        g.sum -= e.price;
        --g.count;
        g.avg_sum -= e.price;
        if (!g.mins.empty() && g.mins.front().first == e.seq) g.mins.pop_front();
        if (!g.maxs.empty() && g.maxs.front().first == e.seq) g.maxs.pop_front();
        held.pop_front();
      }
      Group* g = groups.Find(symbol[i]);
      const double p = price[i];
      g->sum += p;
      ++g->count;
      g->avg_sum += p;
      while (!g->mins.empty() && p < g->mins.back().second) g->mins.pop_back();
      g->mins.emplace_back(seq, p);
      while (!g->maxs.empty() && g->maxs.back().second < p) g->maxs.pop_back();
      g->maxs.emplace_back(seq, p);
      held.push_back(Held{chunk.timestamp(i), seq, p, g});
      ++seq;
      if (g->chunk != chunk_no) {
        g->chunk = chunk_no;
        g->symbol = symbol[i];
        touched.push_back(g);
      }
      g->out[0] = Bits(g->sum);
      g->out[1] = Bits(g->avg_sum / static_cast<double>(g->count));
      g->out[2] = Bits(g->mins.front().second);
      g->out[3] = Bits(g->maxs.front().second);
    }
    for (const Group* g : touched) Add(digest, g->symbol, g->out[0], g->out[1], g->out[2], g->out[3]);
  }
  return digest;
}

// (ii) length(1000), avg by symbol, having avg > 900.
Digest HandLengthHaving() {
  struct Group {
    double sum = 0;
    int64_t count = 0;
    int64_t chunk = -1;  // the last chunk in which an event of the group passed `having`
    double out = 0;      // avg at that event
    std::string_view symbol;
  };
  struct Held {
    double price;
    Group* group;
  };
  constexpr size_t kLength = 1000;
  Groups<Group> groups;
  std::vector<Held> ring(kLength);
  size_t head = 0, size = 0;
  Digest digest;
  int64_t chunk_no = 0;
  std::vector<Group*> touched;
  for (const Batch& chunk : Input()) {
    ++chunk_no;
    touched.clear();
    const std::string* symbol = chunk.column(0).strings();
    const double* price = chunk.column(1).doubles();
    for (size_t i = 0; i < chunk.size(); ++i) {
      if (size == kLength) {
        const Held& e = ring[head];
        --e.group->count;
        e.group->sum -= e.price;
        head = head + 1 == kLength ? 0 : head + 1;
        --size;
      }
      Group* g = groups.Find(symbol[i]);
      ++g->count;
      g->sum += price[i];
      size_t tail = head + size;
      if (tail >= kLength) tail -= kLength;
      ring[tail] = Held{price[i], g};
      ++size;
      const double a = g->sum / static_cast<double>(g->count);
      if (a > kHavingThreshold) {
        if (g->chunk != chunk_no) {
          g->chunk = chunk_no;
          g->symbol = symbol[i];
          touched.push_back(g);
        }
        g->out = a;
      }
    }
    for (const Group* g : touched) Add(digest, g->symbol, Bits(g->out));
  }
  return digest;
}

// (iii) externalTimeBatch(ts, 1 sec), count() by symbol: per finished batch, one event per
// group with its count.
Digest HandExtBatchCount() {
  constexpr int64_t kBatch = 1000;
  absl::flat_hash_map<std::string_view, int64_t> counts;
  Digest digest;
  bool started = false;
  int64_t end = 0;
  for (const Batch& chunk : Input()) {
    const std::string* symbol = chunk.column(0).strings();
    const int64_t* ts = chunk.column(3).ints();
    for (size_t i = 0; i < chunk.size(); ++i) {
      if (!started) {
        started = true;
        end = ts[i] + kBatch;
      } else if (ts[i] >= end) {
        for (const auto& [key, c] : counts) Add(digest, key, static_cast<uint64_t>(c));
        counts.clear();
        end += kBatch * ((ts[i] - end) / kBatch + 1);
      }
      ++counts[symbol[i]];
    }
  }
  return digest;
}

// ---- Benchmarks ----------------------------------------------------------------------------

constexpr char kTimeGroupAgg[] =
    "from S#window.time(10 sec) select symbol, sum(price) as s, avg(price) as a, "
    "min(price) as mn, max(price) as mx group by symbol insert into Out;";
constexpr char kLengthHaving[] =
    "from S#window.length(1000) select symbol, avg(price) as a group by symbol "
    "having a > 900.0 insert into Out;";
constexpr char kExtBatchCount[] =
    "from S#window.externalTimeBatch(ts, 1 sec) select symbol, count() as c group by symbol "
    "insert into Out;";

void Report(benchmark::State& state, const Digest& d) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * EventCount());
  state.counters["outputs"] = static_cast<double>(d.events);
  state.counters["chunk"] = static_cast<double>(ChunkSize());
}

void RunTalonBench(benchmark::State& state, const char* query, Digest (*hand)()) {
  Input();  // generated outside the timed region
  Digest digest;
  for (auto _ : state) digest = RunTalon(query);
  Digest expected = hand();
  if (!(digest == expected)) {
    state.SkipWithError(absl::StrCat("output differs from the hand loop: ", digest.events,
                                     " events vs ", expected.events, ", checksum ",
                                     digest.checksum, " vs ", expected.checksum)
                            .c_str());
  }
  Report(state, digest);
}

void RunHandBench(benchmark::State& state, Digest (*hand)()) {
  Input();
  Digest digest;
  for (auto _ : state) {
    digest = hand();
    benchmark::DoNotOptimize(digest);
  }
  Report(state, digest);
}

void BM_W_TimeGroupAgg_Talon(benchmark::State& s) { RunTalonBench(s, kTimeGroupAgg, HandTimeGroupAgg); }
void BM_W_TimeGroupAgg_Hand(benchmark::State& s) { RunHandBench(s, HandTimeGroupAgg); }
void BM_W_LengthHaving_Talon(benchmark::State& s) { RunTalonBench(s, kLengthHaving, HandLengthHaving); }
void BM_W_LengthHaving_Hand(benchmark::State& s) { RunHandBench(s, HandLengthHaving); }
void BM_W_ExtBatchCount_Talon(benchmark::State& s) { RunTalonBench(s, kExtBatchCount, HandExtBatchCount); }
void BM_W_ExtBatchCount_Hand(benchmark::State& s) { RunHandBench(s, HandExtBatchCount); }

BENCHMARK(BM_W_TimeGroupAgg_Talon)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_W_TimeGroupAgg_Hand)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_W_LengthHaving_Talon)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_W_LengthHaving_Hand)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_W_ExtBatchCount_Talon)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_W_ExtBatchCount_Hand)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace talon::exec
