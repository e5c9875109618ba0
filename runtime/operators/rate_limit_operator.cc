// Output rate limiting: `output [all|first|last] every <n> events`, `output [all|first|last]
// every <time>` and `output snapshot every <time>`, as Siddhi 5.1's OutputRateLimiter family
// does it (query/output/ratelimit/{event,time,snapshot}/*). The limiter sits after the select
// step and sees exactly what Siddhi's QuerySelector hands its OutputRateLimiter:
//   - the selected rows chunk by chunk (SelectSpec::mark_chunks separates chunks by kTimer rows);
//   - the resets that processNoGroupBy leaves in its chunk (SelectSpec::keep_resets), which the
//     snapshot limiters use to forget a batch window's previous batch;
//   - each row's group-by key (SelectSpec::group_key_column, a trailing string column) when the
//     query groups: Siddhi's GroupedComplexEvent.
// What a limiter sends in one call of Siddhi's process() is one output chunk; each timer tick is
// a call of its own. The operator writes its output chunks separated by kTimer rows, and the
// pipeline's emitter delivers them one by one.
//
// Time follows the engine clock (event time in playback; FORMAT.md "eventtime"): periodic
// limiters start counting when their partition instance starts (the app start, or a key's first
// event) and tick at start + k * period; every tick due when the clock moves fires, in order.
#include <algorithm>
#include <list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "runtime/operators/operators.h"

namespace talon::exec {
namespace {

using Kind = ast::OutputRate::Kind;
using Which = ast::OutputRate::Which;

// One event a limiter holds on to, or the one it is looking at.
struct HeldEvent {
  Timestamp ts = 0;
  EventKind kind = EventKind::kCurrent;
  std::vector<Value> data;  // the query's output columns
};

// A row of the select step's output: the event and, for group-by queries, its group key.
struct InEvent {
  HeldEvent event;
  std::string group;
};

// java.util.LinkedHashMap<String, V>: iteration in first-insertion order; putting an existing
// key replaces its value in place.
template <typename V>
class LinkedMap {
 public:
  using Entry = std::pair<std::string, V>;

  V* Find(const std::string& key) {
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : &it->second->second;
  }
  V& Put(const std::string& key, V value) {
    auto it = index_.find(key);
    if (it != index_.end()) {
      it->second->second = std::move(value);
      return it->second->second;
    }
    entries_.emplace_back(key, std::move(value));
    index_.emplace(key, std::prev(entries_.end()));
    return entries_.back().second;
  }
  void Remove(const std::string& key) {
    auto it = index_.find(key);
    if (it == index_.end()) return;
    entries_.erase(it->second);
    index_.erase(it);
  }
  // Removes the entry at `it`, returning the next one.
  typename std::list<Entry>::iterator Erase(typename std::list<Entry>::iterator it) {
    index_.erase(it->first);
    return entries_.erase(it);
  }
  void Clear() {
    entries_.clear();
    index_.clear();
  }
  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  std::list<Entry>& entries() { return entries_; }

 private:
  std::list<Entry> entries_;
  absl::flat_hash_map<std::string, typename std::list<Entry>::iterator> index_;
};

// Collects output chunks into a batch: rows, with a kTimer row closing each chunk.
class ChunkWriter {
 public:
  explicit ChunkWriter(Batch& out) : out_(out) {}
  void Add(const HeldEvent& e) { out_.Append(e.ts, e.kind, e.data); }
  void EndChunk() { exec::EndChunk(out_, out_.empty() ? 0 : out_.timestamp(out_.size() - 1)); }

 private:
  Batch& out_;
};

struct LimiterState {
  virtual ~LimiterState() = default;
  // Periodic limiters: the next tick (Siddhi's scheduledTime); unset until the instance starts.
  std::optional<Timestamp> scheduled;
};

// One member of the family. Chunk() sees one chunk of the select step's output and appends at
// most one output chunk; Flush() writes what one timer tick sends (periodic limiters only).
class Limiter {
 public:
  explicit Limiter(int64_t value) : value_(value) {}
  virtual ~Limiter() = default;
  virtual std::unique_ptr<LimiterState> NewState() const = 0;
  virtual void Chunk(LimiterState& state, std::vector<InEvent>& rows, Timestamp now,
                     ChunkWriter& out) const = 0;
  virtual bool periodic() const { return false; }
  // What one tick sends (nothing when the limiter has nothing to say), without closing the
  // chunk: a snapshot flushed by arriving events shares their call's chunk.
  virtual void Flush(LimiterState& state, ChunkWriter& out) const {}
  // Whether a tick now would send nothing, so idle ticks can be skipped in bulk.
  virtual bool Idle(const LimiterState& state) const { return false; }
  virtual std::string Name() const = 0;

  int64_t value() const { return value_; }

 protected:
  static bool IsEvent(EventKind k) { return k == EventKind::kCurrent || k == EventKind::kExpired; }

  // Siddhi's tryFlushEvents for snapshot limiters: an event at or after the scheduled time
  // flushes (into this call's single output chunk) before it is taken in.
  void TryFlush(LimiterState& state, Timestamp ts, ChunkWriter& out) const {
    if (!state.scheduled || ts < *state.scheduled) return;
    Flush(state, out);
    *state.scheduled += value_;
  }

  int64_t value_;
};

// ---------------------------------------------------------------------------------------------
// Per event count (event/*PerEventOutputRateLimiter).

// All: every `value` events, the events collected so far.
class AllPerEvent : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    int64_t counter = 0;
    std::vector<HeldEvent> held;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      if (!IsEvent(r.event.kind)) continue;
      s.held.push_back(std::move(r.event));
      if (++s.counter == value_) {
        for (const HeldEvent& e : s.held) out.Add(e);
        s.held.clear();
        s.counter = 0;
      }
    }
    out.EndChunk();
  }
  std::string Name() const override { return "all per event"; }
};

// First: the first of every `value` events. Siddhi counts every row here, resets included, and
// its counter never wraps when `value` is 1.
class FirstPerEvent : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    int64_t counter = 0;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      ++s.counter;
      if (s.counter == 1) {
        if (IsEvent(r.event.kind)) out.Add(r.event);
      } else if (s.counter == value_) {
        s.counter = 0;
      }
    }
    out.EndChunk();
  }
  std::string Name() const override { return "first per event"; }
};

// Last: the `value`-th event of every `value`.
class LastPerEvent : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    int64_t counter = 0;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      if (!IsEvent(r.event.kind)) continue;
      if (++s.counter == value_) {
        out.Add(r.event);
        s.counter = 0;
      }
    }
    out.EndChunk();
  }
  std::string Name() const override { return "last per event"; }
};

// First, per group: a group's first event, then nothing until `value` of its events passed.
class FirstGroupByPerEvent : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    absl::flat_hash_map<std::string, int64_t> counts;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      auto it = s.counts.find(r.group);
      if (it == s.counts.end()) {
        s.counts.emplace(r.group, 1);
        if (IsEvent(r.event.kind)) out.Add(r.event);
      } else if (it->second == value_ - 1) {
        s.counts.erase(it);
      } else {
        ++it->second;
      }
    }
    out.EndChunk();
  }
  std::string Name() const override { return "first per event, by group"; }
};

// Last, per group: every `value` events (of any group), the last event of each group seen.
class LastGroupByPerEvent : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    int64_t counter = 0;
    LinkedMap<HeldEvent> last;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      if (!IsEvent(r.event.kind)) continue;
      s.last.Put(r.group, std::move(r.event));
      if (++s.counter == value_) {
        s.counter = 0;
        for (const auto& [key, e] : s.last.entries()) out.Add(e);
        s.last.Clear();
      }
    }
    out.EndChunk();
  }
  std::string Name() const override { return "last per event, by group"; }
};

// ---------------------------------------------------------------------------------------------
// Per time period (time/*PerTimeOutputRateLimiter).

// All: at each tick, every event collected since the last one.
class AllPerTime : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    std::vector<HeldEvent> held;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter&) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      if (IsEvent(r.event.kind)) s.held.push_back(std::move(r.event));
    }
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (const HeldEvent& e : s.held) out.Add(e);
    s.held.clear();
  }
  bool Idle(const LimiterState& raw) const override {
    return static_cast<const State&>(raw).held.empty();
  }
  std::string Name() const override { return "all per time"; }
};

// First: the first row of a chunk that arrives `value` or more after the last one sent (no
// timer: the clock at arrival decides).
class FirstPerTime : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    std::optional<Timestamp> sent_at;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp now, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    if (rows.empty()) return;
    if (!s.sent_at || *s.sent_at + value_ <= now) {
      s.sent_at = now;
      if (IsEvent(rows.front().event.kind)) out.Add(rows.front().event);
      out.EndChunk();
    }
  }
  std::string Name() const override { return "first per time"; }
};

// First, per group: a group's row when `value` or more passed since that group last sent one.
class FirstGroupByPerTime : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    absl::flat_hash_map<std::string, Timestamp> sent_at;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp now, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      auto it = s.sent_at.find(r.group);
      if (it == s.sent_at.end() || it->second + value_ <= now) {
        s.sent_at[r.group] = now;
        if (IsEvent(r.event.kind)) out.Add(r.event);
      }
    }
    out.EndChunk();
  }
  std::string Name() const override { return "first per time, by group"; }
};

// Last: at each tick, the last event since the previous tick.
class LastPerTime : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    std::optional<HeldEvent> last;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter&) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      if (IsEvent(r.event.kind)) s.last = std::move(r.event);
    }
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    if (s.last) out.Add(*s.last);
    s.last.reset();
  }
  bool Idle(const LimiterState& raw) const override {
    return !static_cast<const State&>(raw).last.has_value();
  }
  std::string Name() const override { return "last per time"; }
};

// Last, per group: at each tick, the last event of each group since the previous tick.
class LastGroupByPerTime : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    LinkedMap<HeldEvent> last;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter&) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      if (IsEvent(r.event.kind)) s.last.Put(r.group, std::move(r.event));
    }
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (const auto& [key, e] : s.last.entries()) out.Add(e);
    s.last.Clear();
  }
  bool Idle(const LimiterState& raw) const override {
    return static_cast<const State&>(raw).last.empty();
  }
  std::string Name() const override { return "last per time, by group"; }
};

// ---------------------------------------------------------------------------------------------
// Snapshots (snapshot/*PerSnapshotOutputRateLimiter): at each tick, the current state of the
// query's output, re-sent as copies of the events that make it. Arriving events flush a due
// snapshot before they are taken in.

// No window, no group by: the last current event.
class PerSnapshot : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    std::optional<HeldEvent> last;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      TryFlush(s, r.event.ts, out);
      if (r.event.kind == EventKind::kCurrent) s.last = std::move(r.event);
    }
    out.EndChunk();
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    if (s.last) out.Add(*s.last);
  }
  bool Idle(const LimiterState& raw) const override {
    return !static_cast<const State&>(raw).last.has_value();
  }
  std::string Name() const override { return "snapshot"; }
};

// No window, group by: the last current event of each group.
class GroupByPerSnapshot : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    LinkedMap<HeldEvent> last;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      // Siddhi looks at current events only here: expired ones neither flush nor count.
      if (r.event.kind != EventKind::kCurrent) continue;
      TryFlush(s, r.event.ts, out);
      s.last.Put(r.group, std::move(r.event));
    }
    out.EndChunk();
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (const auto& [key, e] : s.last.entries()) out.Add(e);
  }
  bool Idle(const LimiterState& raw) const override {
    return static_cast<const State&>(raw).last.empty();
  }
  std::string Name() const override { return "snapshot, by group"; }
};

// A window, no aggregates (grouped or not): the events in the window, kept from the current
// events that entered it, the expired events that left it (the first equal event goes) and
// the resets that emptied it.
class WindowedPerSnapshot : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    std::list<HeldEvent> events;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      TryFlush(s, r.event.ts, out);
      switch (r.event.kind) {
        case EventKind::kCurrent: s.events.push_back(std::move(r.event)); break;
        case EventKind::kExpired:
          for (auto it = s.events.begin(); it != s.events.end(); ++it) {
            if (it->data == r.event.data) {
              s.events.erase(it);
              break;
            }
          }
          break;
        case EventKind::kReset: s.events.clear(); break;
        case EventKind::kTimer: break;
      }
    }
    out.EndChunk();
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    for (const HeldEvent& e : static_cast<State&>(raw).events) out.Add(e);
  }
  bool Idle(const LimiterState& raw) const override {
    return static_cast<const State&>(raw).events.empty();
  }
  std::string Name() const override { return "snapshot of the window"; }
};

// Siddhi's comparator for windowed aggregation snapshots: equal when every output column but
// the aggregate ones is equal. It reproduces the reference's stepping through the aggregate
// positions, which uses the column index where it means the position index (harmless with one
// aggregate column, and what the reference compares with several).
bool EqualIgnoringAggregates(const std::vector<Value>& a, const std::vector<Value>& b,
                             const std::vector<int>& positions) {
  size_t ignore_index = 0;
  int ignore_position = positions.empty() ? -1 : positions[0];
  for (size_t i = 0; i < a.size(); ++i) {
    if (ignore_position == static_cast<int>(i)) {
      ++ignore_index;
      if (ignore_index == positions.size()) {
        ignore_position = -1;
      } else {
        ignore_position = i < positions.size() ? positions[i] : -1;
      }
      continue;
    }
    if (!(a[i] == b[i])) return false;
  }
  return true;
}

// A window, no group by, some aggregate columns: the window's events, each sent with the
// latest aggregate values.
class AggregationWindowedPerSnapshot : public Limiter {
 public:
  AggregationWindowedPerSnapshot(int64_t value, std::vector<int> aggregates)
      : Limiter(value), aggregates_(std::move(aggregates)) {}
  struct State : LimiterState {
    std::list<HeldEvent> events;
    absl::flat_hash_map<int, Value> aggregate_values;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      TryFlush(s, r.event.ts, out);
      switch (r.event.kind) {
        case EventKind::kCurrent:
          for (int p : aggregates_) s.aggregate_values[p] = r.event.data[p];
          s.events.push_back(std::move(r.event));
          break;
        case EventKind::kExpired:
          for (auto it = s.events.begin(); it != s.events.end(); ++it) {
            if (EqualIgnoringAggregates(r.event.data, it->data, aggregates_)) {
              s.events.erase(it);
              for (int p : aggregates_) s.aggregate_values[p] = r.event.data[p];
              break;
            }
          }
          break;
        case EventKind::kReset:
          s.events.clear();
          s.aggregate_values.clear();
          break;
        case EventKind::kTimer: break;
      }
    }
    out.EndChunk();
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (const HeldEvent& e : s.events) {
      HeldEvent copy = e;
      for (int p : aggregates_) {
        auto it = s.aggregate_values.find(p);
        copy.data[p] = it == s.aggregate_values.end() ? Value::Null(copy.data[p].type()) : it->second;
      }
      out.Add(copy);
    }
  }
  bool Idle(const LimiterState& raw) const override {
    return static_cast<const State&>(raw).events.empty();
  }
  std::string Name() const override { return "snapshot of the window, with aggregates"; }

 private:
  std::vector<int> aggregates_;  // sorted
};

// A window, no group by, only aggregate columns: the last current event (an expired event or a
// reset forgets it).
class AllAggregationPerSnapshot : public Limiter {
 public:
  using Limiter::Limiter;
  struct State : LimiterState {
    std::optional<HeldEvent> last;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      TryFlush(s, r.event.ts, out);
      if (r.event.kind == EventKind::kCurrent) {
        s.last = std::move(r.event);
      } else {
        s.last.reset();
      }
    }
    out.EndChunk();
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    if (s.last) out.Add(*s.last);
  }
  bool Idle(const LimiterState& raw) const override {
    return !static_cast<const State&>(raw).last.has_value();
  }
  std::string Name() const override { return "snapshot of the aggregates"; }
};

// A window, group by, some aggregate columns: the window's events, one per group (its first),
// each sent with its group's latest aggregate values.
class AggregationGroupByWindowedPerSnapshot : public Limiter {
 public:
  AggregationGroupByWindowedPerSnapshot(int64_t value, std::vector<int> aggregates)
      : Limiter(value), aggregates_(std::move(aggregates)) {}
  struct Grouped {
    std::string group;
    HeldEvent event;
  };
  struct State : LimiterState {
    std::list<Grouped> events;
    absl::flat_hash_map<std::string, absl::flat_hash_map<int, Value>> aggregate_values;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      TryFlush(s, r.event.ts, out);
      absl::flat_hash_map<int, Value>& values = s.aggregate_values[r.group];
      switch (r.event.kind) {
        case EventKind::kCurrent:
          for (int p : aggregates_) values[p] = r.event.data[p];
          s.events.push_back(Grouped{r.group, std::move(r.event)});
          break;
        case EventKind::kExpired:
          for (auto it = s.events.begin(); it != s.events.end(); ++it) {
            if (EqualIgnoringAggregates(it->event.data, r.event.data, aggregates_)) {
              s.events.erase(it);
              for (int p : aggregates_) values[p] = r.event.data[p];
              break;
            }
          }
          break;
        case EventKind::kReset:
          s.events.clear();
          s.aggregate_values.clear();
          break;
        case EventKind::kTimer: break;
      }
    }
    out.EndChunk();
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    absl::flat_hash_map<std::string, bool> sent;
    for (const Grouped& g : s.events) {
      if (!sent.emplace(g.group, true).second) continue;
      HeldEvent copy = g.event;
      const auto& values = s.aggregate_values[g.group];
      for (int p : aggregates_) {
        auto it = values.find(p);
        copy.data[p] = it == values.end() ? Value::Null(copy.data[p].type()) : it->second;
      }
      out.Add(copy);
    }
  }
  bool Idle(const LimiterState& raw) const override {
    return static_cast<const State&>(raw).events.empty();
  }
  std::string Name() const override { return "snapshot of the window, with aggregates, by group"; }

 private:
  std::vector<int> aggregates_;  // sorted
};

// A window, group by, only aggregate columns: per group, the last event and how many of the
// group's events the window holds; a group whose count fell to zero is dropped at the next
// snapshot.
class AllAggregationGroupByWindowedPerSnapshot : public Limiter {
 public:
  using Limiter::Limiter;
  struct Holder {
    int64_t count = 0;
    std::optional<HeldEvent> last;
  };
  struct State : LimiterState {
    LinkedMap<Holder> groups;
  };
  std::unique_ptr<LimiterState> NewState() const override { return std::make_unique<State>(); }
  bool periodic() const override { return true; }
  void Chunk(LimiterState& raw, std::vector<InEvent>& rows, Timestamp, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    for (InEvent& r : rows) {
      TryFlush(s, r.event.ts, out);
      Holder* holder = s.groups.Find(r.group);
      if (holder == nullptr) holder = &s.groups.Put(r.group, Holder{});
      switch (r.event.kind) {
        case EventKind::kCurrent:
          holder->last = std::move(r.event);
          ++holder->count;
          break;
        case EventKind::kExpired:
          holder->last = std::move(r.event);
          --holder->count;
          break;
        case EventKind::kReset: s.groups.Clear(); break;
        case EventKind::kTimer: break;
      }
    }
    out.EndChunk();
  }
  void Flush(LimiterState& raw, ChunkWriter& out) const override {
    auto& s = static_cast<State&>(raw);
    auto& entries = s.groups.entries();
    for (auto it = entries.begin(); it != entries.end();) {
      Holder& h = it->second;
      if (h.count <= 0) h.last.reset();
      if (!h.last) {
        it = s.groups.Erase(it);
        continue;
      }
      out.Add(*h.last);
      ++it;
    }
  }
  bool Idle(const LimiterState& raw) const override {
    // Not idle while groups remain: a flush drops the emptied ones.
    return static_cast<const State&>(raw).groups.empty();
  }
  std::string Name() const override { return "snapshot of the aggregates, by group"; }
};

// ---------------------------------------------------------------------------------------------

struct RateLimitState : OperatorState {
  std::unique_ptr<LimiterState> limiter;
};

class RateLimitOperator : public Operator {
 public:
  RateLimitOperator(std::unique_ptr<Limiter> limiter, RateLimitSpec spec)
      : limiter_(std::move(limiter)), spec_(std::move(spec)) {}

  std::unique_ptr<OperatorState> CreateState() const override {
    auto state = std::make_unique<RateLimitState>();
    state->limiter = limiter_->NewState();
    return state;
  }

  void Start(OperatorState* raw, Timestamp now) const override {
    auto* state = static_cast<RateLimitState*>(raw);
    if (limiter_->periodic()) state->limiter->scheduled = now + limiter_->value();
  }

  absl::Status Process(OperatorState* raw, Batch& batch, const ProcessContext& ctx) const override {
    auto* state = static_cast<RateLimitState*>(raw);
    LimiterState& s = *state->limiter;
    if (limiter_->periodic() && !s.scheduled) s.scheduled = ctx.now + limiter_->value();
    Batch out;
    PrepareOutput(out, spec_.output);
    ChunkWriter writer(out);
    const size_t columns = spec_.output.size();
    std::vector<InEvent> rows;
    auto flush = [&] {
      if (!rows.empty()) limiter_->Chunk(s, rows, ctx.now, writer);
      rows.clear();
    };
    for (size_t r = 0; r < batch.size(); ++r) {
      EventKind kind = batch.kind(r);
      if (kind == EventKind::kTimer) {
        flush();
        continue;
      }
      InEvent in;
      in.event.ts = batch.timestamp(r);
      in.event.kind = kind;
      in.event.data.reserve(columns);
      for (size_t c = 0; c < columns; ++c) in.event.data.push_back(batch.column(c).Get(r));
      if (spec_.group_by && batch.column_count() > columns && !batch.column(columns).IsNull(r)) {
        in.group = batch.column(columns).strings()[r];
      }
      rows.push_back(std::move(in));
    }
    flush();
    batch = std::move(out);
    return absl::OkStatus();
  }

  absl::Status OnTime(OperatorState* raw, Timestamp now, Batch& out) const override {
    auto* state = static_cast<RateLimitState*>(raw);
    LimiterState& s = *state->limiter;
    if (!limiter_->periodic() || !s.scheduled) return absl::OkStatus();
    PrepareOutput(out, spec_.output);
    ChunkWriter writer(out);
    const int64_t period = limiter_->value();
    // Every tick due by `now` fires in order, each a chunk of its own (Siddhi's scheduler sends
    // one TIMER event per due notification). Ticks that would send nothing are skipped at once.
    while (*s.scheduled <= now) {
      if (limiter_->Idle(s)) {
        *s.scheduled += ((now - *s.scheduled) / period + 1) * period;
        break;
      }
      limiter_->Flush(s, writer);
      writer.EndChunk();
      *s.scheduled += period;
    }
    return absl::OkStatus();
  }

  bool time_driven() const override { return limiter_->periodic(); }

  std::string Describe(const OperatorState* raw) const override {
    std::string out = absl::StrCat("rate limit: ", limiter_->Name(), " (", limiter_->value(),
                                   spec_.kind == Kind::kEvents ? " events" : " ms", ")");
    if (raw != nullptr) {
      const LimiterState& s = *static_cast<const RateLimitState*>(raw)->limiter;
      if (s.scheduled) absl::StrAppend(&out, ", next tick at ", *s.scheduled);
    }
    return out;
  }

 private:
  std::unique_ptr<Limiter> limiter_;
  RateLimitSpec spec_;
};

// OutputParser.constructOutputRateLimiter and WrappedSnapshotOutputRateLimiter.init: which
// member of the family a query gets.
std::unique_ptr<Limiter> ChooseLimiter(const RateLimitSpec& spec) {
  const int64_t v = spec.value;
  switch (spec.kind) {
    case Kind::kEvents:
      switch (spec.which) {
        case Which::kAll: return std::make_unique<AllPerEvent>(v);
        case Which::kFirst:
          if (spec.group_by) return std::make_unique<FirstGroupByPerEvent>(v);
          return std::make_unique<FirstPerEvent>(v);
        case Which::kLast:
          if (spec.group_by) return std::make_unique<LastGroupByPerEvent>(v);
          return std::make_unique<LastPerEvent>(v);
      }
      break;
    case Kind::kTime:
      switch (spec.which) {
        case Which::kAll: return std::make_unique<AllPerTime>(v);
        case Which::kFirst:
          if (spec.group_by) return std::make_unique<FirstGroupByPerTime>(v);
          return std::make_unique<FirstPerTime>(v);
        case Which::kLast:
          if (spec.group_by) return std::make_unique<LastGroupByPerTime>(v);
          return std::make_unique<LastPerTime>(v);
      }
      break;
    case Kind::kSnapshot: {
      std::vector<int> aggregates = spec.aggregate_columns;
      std::sort(aggregates.begin(), aggregates.end());
      const bool all_aggregates = aggregates.size() == spec.output.size();
      if (!spec.windowed) {
        if (spec.group_by) return std::make_unique<GroupByPerSnapshot>(v);
        return std::make_unique<PerSnapshot>(v);
      }
      if (spec.group_by) {
        if (all_aggregates) return std::make_unique<AllAggregationGroupByWindowedPerSnapshot>(v);
        if (!aggregates.empty()) {
          return std::make_unique<AggregationGroupByWindowedPerSnapshot>(v, std::move(aggregates));
        }
        return std::make_unique<WindowedPerSnapshot>(v);
      }
      if (all_aggregates) return std::make_unique<AllAggregationPerSnapshot>(v);
      if (!aggregates.empty()) {
        return std::make_unique<AggregationWindowedPerSnapshot>(v, std::move(aggregates));
      }
      return std::make_unique<WindowedPerSnapshot>(v);
    }
    case Kind::kNone: break;
  }
  return nullptr;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Operator>> MakeRateLimitOperator(RateLimitSpec spec) {
  if (spec.value <= 0) {
    return absl::InvalidArgumentError("an output rate needs a positive number of events or time");
  }
  std::unique_ptr<Limiter> limiter = ChooseLimiter(spec);
  if (limiter == nullptr) return absl::InternalError("no output rate limiter for this query");
  return std::make_unique<RateLimitOperator>(std::move(limiter), std::move(spec));
}

}  // namespace talon::exec
