// Match: one partial (or complete) match of a pattern, Siddhi's StateEvent. It holds, per
// pattern state, the events that state has taken (several for a counting state such as
// `e1=S<2:5>`), as row ids of the state's EventStore.
//
// A match is shared, not copied, when it moves on: Siddhi hands the same StateEvent to the next
// state while a counting state keeps collecting into it, and `and` keeps one match in both
// halves. MatchPtr counts those owners; `every` makes real copies (Clone).
#ifndef TALON_RUNTIME_PATTERN_MATCH_H_
#define TALON_RUNTIME_PATTERN_MATCH_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/event.h"
#include "runtime/pattern/event_store.h"

namespace talon::exec::pattern {

// What every match of one pattern instance shares: which store holds each state's events.
struct MatchContext {
  std::vector<EventStore*> store_of_state;
  size_t live_matches = 0;  // for memory accounting (benchmarks, explain)
};

class MatchPtr;

// Process-wide counts of live partial matches and captured event rows (every app, every key):
// what the benchmarks divide memory by.
struct PatternMemory {
  int64_t matches = 0;
  int64_t rows = 0;
};
PatternMemory GlobalPatternMemory();
void CountPatternMemory(int64_t matches, int64_t rows);

class Match {
 public:
  static MatchPtr New(MatchContext* ctx);

  Match(const Match&) = delete;
  Match& operator=(const Match&) = delete;
  ~Match();

  int state_count() const { return static_cast<int>(head_.size()); }
  // Number of events state `s` holds, and the k-th of them (oldest first).
  int size(int s) const;
  uint32_t at(int s, int k) const;
  uint32_t first(int s) const { return head_[s]; }
  uint32_t last(int s) const;
  bool has(int s) const { return head_[s] != kNoEvent; }

  // Replaces state s's events by `id` (kNoEvent clears them). Takes its own reference.
  void Set(int s, uint32_t id);
  // Appends `id` to state s's events (Siddhi addEvent).
  void Append(int s, uint32_t id);
  // Drops the newest event of state s (Siddhi removeLastEvent).
  void RemoveLast(int s);
  // A copy that shares the event rows (each gains a reference).
  MatchPtr Clone() const;

  Timestamp timestamp() const { return timestamp_; }
  void set_timestamp(Timestamp t) { timestamp_ = t; }
  bool expired() const { return expired_; }
  void set_expired(bool e) { expired_ = e; }
  Timestamp EventTime(uint32_t id, int s) const {
    return ctx_->store_of_state[s]->timestamp(id);
  }
  const EventStore& store(int s) const { return *ctx_->store_of_state[s]; }

  // Bytes this match occupies (excluding the shared event rows).
  size_t footprint() const;

 private:
  friend class MatchPtr;
  explicit Match(MatchContext* ctx);
  void Ref(int s, uint32_t id) const { ctx_->store_of_state[s]->Ref(id); }
  void Unref(int s, uint32_t id) const { ctx_->store_of_state[s]->Unref(id); }
  std::vector<uint32_t>& tail(int s);

  MatchContext* ctx_;
  uint32_t refs_ = 0;
  bool expired_ = false;
  Timestamp timestamp_ = -1;
  absl::InlinedVector<uint32_t, 4> head_;  // first event of each state, or kNoEvent
  // Later events of counting states; allocated by the first match that collects two.
  std::unique_ptr<std::vector<std::vector<uint32_t>>> tails_;
};

// Shared ownership of a Match (an intrusive count: one pointer wide).
class MatchPtr {
 public:
  MatchPtr() = default;
  explicit MatchPtr(Match* m) : m_(m) {
    if (m_ != nullptr) ++m_->refs_;
  }
  MatchPtr(const MatchPtr& o) : MatchPtr(o.m_) {}
  MatchPtr(MatchPtr&& o) noexcept : m_(o.m_) { o.m_ = nullptr; }
  MatchPtr& operator=(MatchPtr o) noexcept {
    std::swap(m_, o.m_);
    return *this;
  }
  ~MatchPtr() {
    if (m_ != nullptr && --m_->refs_ == 0) delete m_;
  }

  Match* get() const { return m_; }
  Match* operator->() const { return m_; }
  Match& operator*() const { return *m_; }
  explicit operator bool() const { return m_ != nullptr; }
  friend bool operator==(const MatchPtr& a, const MatchPtr& b) { return a.m_ == b.m_; }

 private:
  Match* m_ = nullptr;
};

}  // namespace talon::exec::pattern

#endif  // TALON_RUNTIME_PATTERN_MATCH_H_
