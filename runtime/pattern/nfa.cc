// The run of the automaton: Siddhi 5.1's state processors, one function per processor method.
// Comments name the Siddhi method each function reproduces where the correspondence helps.
#include "runtime/pattern/nfa.h"

#include <algorithm>
#include <cstdlib>

#include "absl/container/flat_hash_map.h"

#include "frontend/base/check.h"
#include "frontend/base/status_macros.h"

namespace talon::exec::pattern {

struct Nfa::Run {
  // Matches waiting for this state's event. An indexed state leaves holes (null entries) where
  // matches left, so that the positions its index holds stay valid until it compacts.
  std::vector<MatchPtr> pending;
  std::vector<MatchPtr> fresh;    // added during the current event: pending from the next one
  bool state_changed = false;     // the match just tried moved on (or died)
  bool success = false;           // counting state: the event was taken
  bool start_reset = false;       // counting state: re-arm the start on the next update
  bool initialized = false;
  bool active = true;             // absent start without `every`: off once it has fired
  bool started = false;
  bool returned = false;          // this state's post emitted the match just tried
  Timestamp last_scheduled = 0;   // absent: when the current wait ends
  Timestamp last_arrival = 0;     // absent inside and/or: when the absent event last came
  // Scheduled firing times, in the order they were asked for (Siddhi's scheduler queue is FIFO,
  // not sorted); timers[timer_head..] are still due.
  std::vector<Timestamp> timers;
  size_t timer_head = 0;

  // The equality index (NfaHost::Indexable): pending positions by key, for positions below
  // `bucketed`. Allocated for the states that have one. `head` skips the holes expiry leaves
  // at the front of an indexed state's pending list; `holes` counts them all.
  struct Index {
    size_t bucketed = 0;
    std::vector<uint64_t> keys;
    std::vector<uint8_t> keyed;
    absl::flat_hash_map<uint64_t, std::vector<uint32_t>> buckets;
  };
  bool index_checked = false;
  bool indexed = false;
  size_t head = 0;
  size_t holes = 0;
  std::unique_ptr<Index> index;

  bool has_timer() const { return timer_head < timers.size(); }
  Timestamp next_timer() const { return timers[timer_head]; }
  void PopTimer() {
    if (++timer_head == timers.size()) {
      timers.clear();
      timer_head = 0;
    }
  }
};

namespace {

// Scratch of Process / ProcessState, shared by every automaton the thread runs (a partition
// may have 100k of them) and kept between events to avoid allocating. Neither is re-entered.
struct Scratch {
  std::vector<MatchPtr> candidates;
  std::vector<MatchPtr> kept;
  std::vector<MatchPtr> returned;
  std::vector<Match*> raw;
  std::vector<uint8_t> mask;
  std::vector<uint32_t> positions;
  std::vector<uint32_t> kept_positions;
};
thread_local Scratch scratch;

bool IsAbsentKind(StateKind k) {
  return k == StateKind::kAbsent || k == StateKind::kAbsentLogical;
}

bool IsLogicalKind(StateKind k) {
  return k == StateKind::kLogical || k == StateKind::kAbsentLogical;
}

}  // namespace

Nfa::Nfa(const NfaSpec* spec, const std::vector<Schema>& input_schemas, Timestamp now)
    : spec_(spec), schemas_(&input_schemas), runs_(spec->states.size()), clock_(now) {
  stores_.resize(input_schemas.size());
  context_.store_of_state.assign(spec_->states.size(), nullptr);
  // StateStreamRuntime.initPartition: every start state gets its first (empty) match, then the
  // starting `not ... for` states start waiting (partitionCreated).
  for (int s : spec_->init_order) Init(s);
  for (int s : spec_->timer_order) {
    Run& r = runs_[s];
    const NfaState& st = spec_->states[s];
    if (r.started) continue;
    r.started = true;
    if (st.start && st.waiting_ms != -1 && r.active) {
      if (st.kind == StateKind::kAbsent) r.last_scheduled = now + st.waiting_ms;
      Schedule(s, now + st.waiting_ms);
    }
  }
}

Nfa::~Nfa() {
  // Matches reference each other's rows only through the stores; drop them before the stores.
  runs_.clear();
}

size_t Nfa::PendingMatches() const {
  size_t n = 0;
  for (const Run& r : runs_) n += r.pending.size() - r.holes + r.fresh.size();
  return n;
}

size_t Nfa::MemoryBytes() const {
  size_t bytes = 0;
  for (const Run& r : runs_) {
    bytes += (r.pending.capacity() + r.fresh.capacity()) * sizeof(MatchPtr);
    for (const MatchPtr& m : r.pending) bytes += m ? m->footprint() : 0;
    if (r.index != nullptr) {
      bytes += r.index->keys.capacity() * sizeof(uint64_t) + r.index->keyed.capacity();
      for (const auto& [key, positions] : r.index->buckets) {
        bytes += sizeof(key) + sizeof(positions) + positions.capacity() * sizeof(uint32_t);
      }
    }
    for (const MatchPtr& m : r.fresh) bytes += m->footprint();
  }
  for (const auto& store : stores_) {
    if (store == nullptr) continue;
    size_t row = sizeof(Timestamp) + sizeof(uint32_t) + store->column_count();  // + null flags
    for (size_t c = 0; c < store->column_count(); ++c) {
      switch (store->column(c).physical()) {
        case PhysicalType::kInt64: row += sizeof(int64_t); break;
        case PhysicalType::kDouble: row += sizeof(double); break;
        case PhysicalType::kString: row += sizeof(std::string); break;
        case PhysicalType::kObject: row += sizeof(Value); break;
      }
    }
    bytes += row * store->capacity_rows();
  }
  return bytes;
}

std::optional<Timestamp> Nfa::NextTimer() const {
  std::optional<Timestamp> next;
  for (const Run& r : runs_) {
    if (r.has_timer() && (!next || r.next_timer() < *next)) next = r.next_timer();
  }
  return next;
}

std::optional<Timestamp> Nfa::NextDue() const {
  std::optional<Timestamp> due = NextTimer();
  if (spec_->within_ms && expiry_due_ != INT64_MAX && (!due || expiry_due_ < *due)) {
    due = expiry_due_;
  }
  return due;
}

void Nfa::Schedule(int s, Timestamp t) { runs_[s].timers.push_back(t); }

Timestamp Nfa::ExpiryDue(const Match& m) const {
  Timestamp due = INT64_MAX;
  for (int s : spec_->start_states) {
    if (m.has(s)) due = std::min(due, m.EventTime(m.first(s), s) + *spec_->within_ms + 1);
  }
  return due;
}

void Nfa::NoteMatch(const Match& m) {
  if (spec_->within_ms) expiry_due_ = std::min(expiry_due_, ExpiryDue(m));
}

// ExpireEvents looks at the front of each pending list (and at every fresh match), so the next
// time it can remove anything is the earliest of theirs.
void Nfa::RecomputeExpiryDue() {
  expiry_due_ = INT64_MAX;
  for (const Run& r : runs_) {
    for (size_t k = r.head; k < r.pending.size(); ++k) {
      if (!r.pending[k]) continue;
      expiry_due_ = std::min(expiry_due_, ExpiryDue(*r.pending[k]));
      break;
    }
    for (const MatchPtr& m : r.fresh) expiry_due_ = std::min(expiry_due_, ExpiryDue(*m));
  }
}

// A store is created with the first event its input captures: most partition keys of a large
// partition never capture anything.
EventStore& Nfa::Store(int input) {
  if (stores_[input] == nullptr) {
    stores_[input] = std::make_unique<EventStore>((*schemas_)[input]);
    for (size_t s = 0; s < spec_->states.size(); ++s) {
      if (spec_->states[s].input == input) context_.store_of_state[s] = stores_[input].get();
    }
  }
  return *stores_[input];
}

uint32_t Nfa::Capture(const InputEvent& event) {
  if (current_row_ == kNoEvent) {
    current_row_ = Store(event.input).Add(*event.chunk, event.row, event.timestamp);
  }
  return current_row_;
}

// --- adding matches -------------------------------------------------------------------------

// StreamPreStateProcessor.init
void Nfa::Init(int s) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  bool next_absent = st.next >= 0 && IsAbsentKind(spec_->states[st.next].kind);
  if (st.start && (!r.initialized || st.next_every >= 0 || (spec_->sequence && next_absent))) {
    AddState(s, Match::New(&context_));
    r.initialized = true;
  }
}

// addState of each processor kind.
void Nfa::AddState(int s, const MatchPtr& m) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  NoteMatch(*m);
  switch (st.kind) {
    case StateKind::kStream:
    case StateKind::kCount:
      if (!spec_->sequence || r.fresh.empty()) r.fresh.push_back(m);
      if (st.kind == StateKind::kCount && st.min_count == 0 && !m->has(s)) CountMinReached(s, m);
      return;
    case StateKind::kAbsent:
      if (!r.active) return;
      if (spec_->sequence) r.fresh.clear();
      r.fresh.push_back(m);
      if (!st.start) {
        r.last_scheduled = m->timestamp() + st.waiting_ms;
        Schedule(s, r.last_scheduled);
      }
      return;
    case StateKind::kLogical:
      AddLogical(s, m);
      return;
    case StateKind::kAbsentLogical:
      if (!r.active) return;
      AddLogical(s, m);
      if (!st.start && st.waiting_ms != -1) {
        Schedule(s, m->timestamp() + st.waiting_ms);
        const NfaState& partner = spec_->states[st.partner];
        if (partner.kind == StateKind::kAbsentLogical) {
          Schedule(st.partner, m->timestamp() + partner.waiting_ms);
        }
      }
      return;
  }
}

// LogicalPreStateProcessor.addState: both sides wait for the same match.
void Nfa::AddLogical(int s, const MatchPtr& m) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  Run& partner = runs_[st.partner];
  if (st.start || spec_->sequence) {
    if (r.fresh.empty()) r.fresh.push_back(m);
    if (partner.fresh.empty()) partner.fresh.push_back(m);
  } else {
    r.fresh.push_back(m);
    partner.fresh.push_back(m);
  }
}

// addEveryState: a copy, cleared from this state on, starts over.
void Nfa::AddEveryState(int s, const MatchPtr& m) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  MatchPtr copy = m->Clone();
  copy->set_expired(false);
  NoteMatch(*copy);
  switch (st.kind) {
    case StateKind::kStream:
    case StateKind::kCount:
    case StateKind::kAbsent:
      for (int t : st.every_clears) copy->Set(t, kNoEvent);
      r.fresh.push_back(copy);
      if (st.kind == StateKind::kAbsent) {
        r.last_scheduled = m->timestamp() + st.waiting_ms;
        Schedule(s, r.last_scheduled);
      }
      return;
    case StateKind::kLogical:
      for (int t : st.every_clears) copy->Set(t, kNoEvent);
      r.fresh.push_back(copy);
      copy->Set(st.partner, kNoEvent);
      runs_[st.partner].fresh.push_back(copy);
      return;
    case StateKind::kAbsentLogical:
      if (copy->has(s)) copy->set_timestamp(copy->EventTime(copy->first(s), s));
      copy->Set(s, kNoEvent);
      copy->Set(st.partner, kNoEvent);
      r.fresh.push_back(copy);
      runs_[st.partner].fresh.push_back(copy);
      return;
  }
}

// --- the sweeps before each event -----------------------------------------------------------

// A sequence without `every` keeps its start quiet while the next state still has a match.
bool Nfa::SequenceHold(int s) const {
  const NfaState& st = spec_->states[s];
  return spec_->sequence && st.next_every < 0 && st.next >= 0 &&
         !runs_[st.next].pending.empty();
}

// resetState
void Nfa::ResetState(int s) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  switch (st.kind) {
    case StateKind::kStream:
    case StateKind::kCount:
      r.pending.clear();
      if (st.start && r.fresh.empty()) {
        if (SequenceHold(s)) return;
        Init(s);
      }
      return;
    case StateKind::kAbsent:
      r.pending.clear();
      if (st.start) {
        if (SequenceHold(s)) return;
        Init(s);
      }
      return;
    case StateKind::kLogical:
    case StateKind::kAbsentLogical: {
      Run& partner = runs_[st.partner];
      if (!st.is_and || r.pending.size() == partner.pending.size()) {
        r.pending.clear();
        partner.pending.clear();
        if (st.start && r.fresh.empty()) {
          if (SequenceHold(s)) return;
          Init(s);
        }
      }
      return;
    }
  }
}

// Fresh matches become pending, oldest first; matches with no event yet (-1) go last.
void Nfa::MoveFresh(int s) {
  Run& r = runs_[s];
  if (r.fresh.empty()) return;
  std::stable_sort(r.fresh.begin(), r.fresh.end(), [](const MatchPtr& a, const MatchPtr& b) {
    Timestamp x = a->timestamp(), y = b->timestamp();
    if (x == -1) return false;
    if (y == -1) return true;
    return x < y;
  });
  for (MatchPtr& m : r.fresh) r.pending.push_back(std::move(m));
  r.fresh.clear();
}

// updateState
void Nfa::UpdateState(int s) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  if (st.kind == StateKind::kCount && r.start_reset) {
    r.start_reset = false;
    Init(s);
  }
  MoveFresh(s);
  if (IsLogicalKind(st.kind)) MoveFresh(st.partner);
}

bool Nfa::IsExpired(const Match& m, Timestamp now) const {
  if (!spec_->within_ms) return false;
  for (int s : spec_->start_states) {
    if (!m.has(s)) continue;
    if (std::llabs(m.EventTime(m.first(s), s) - now) > *spec_->within_ms) return true;
  }
  return false;
}

// expireEvents: pending matches are in time order, so the scan stops at the first live one.
void Nfa::ExpireEvents(int s, Timestamp now) {
  if (!spec_->within_ms) return;
  Run& r = runs_[s];
  MatchPtr expired;
  size_t k = r.head;
  while (k < r.pending.size()) {
    MatchPtr& m = r.pending[k];
    if (m) {
      if (!IsExpired(*m, now)) break;
      if (!m->expired()) {
        m->set_expired(true);
        expired = m;
      }
      if (r.indexed) {
        m = MatchPtr();
        ++r.holes;
      }
    }
    ++k;
  }
  if (r.indexed) {
    r.head = k;
  } else if (k > 0) {
    r.pending.erase(r.pending.begin(), r.pending.begin() + k);
  }
  size_t kept = 0;
  for (size_t i = 0; i < r.fresh.size(); ++i) {
    if (IsExpired(*r.fresh[i], now)) {
      if (!r.fresh[i]->expired()) {
        r.fresh[i]->set_expired(true);
        expired = r.fresh[i];
      }
      continue;
    }
    if (kept != i) r.fresh[kept] = std::move(r.fresh[i]);
    ++kept;
  }
  r.fresh.resize(kept);
  int every = spec_->states[s].within_every;
  if (expired && every >= 0) {
    AddEveryState(every, expired);
    UpdateState(every);
  }
}

// --- events ---------------------------------------------------------------------------------

absl::Status Nfa::Process(const InputEvent& event, Timestamp clock, NfaHost& host) {
  // Each event moves the clock to its own time (events of one chunk arrive after the engine
  // moved it to the chunk's first), and the scheduler sees the clock "move" even when an event
  // leaves it where it is; an older event moves nothing.
  if (event.timestamp >= clock) {
    Timestamp now = event.timestamp;
    if (now > clock_) clock_ = now;
    TALON_RETURN_IF_ERROR(FireTimers(now, host));
  } else if (clock > clock_) {
    clock_ = clock;
  }

  // stabilizeStates
  for (size_t s = 0; s < runs_.size(); ++s) ExpireEvents(static_cast<int>(s), event.timestamp);
  const std::vector<int>& states = spec_->by_input[event.input];
  if (spec_->sequence) {
    for (int s : spec_->reset_order) ResetState(s);
    for (int s : spec_->update_order) UpdateState(s);
  } else {
    for (int s : states) UpdateState(s);
  }

  current_ = &event;
  current_row_ = kNoEvent;
  absl::Status status;
  std::vector<MatchPtr>& returned = scratch.returned;
  for (auto it = states.rbegin(); it != states.rend() && status.ok(); ++it) {
    returned.clear();
    status = ProcessState(*it, event, host, returned);
    for (const MatchPtr& m : returned) {
      if (!status.ok()) break;
      status = host.Emit(*m);
    }
  }
  returned.clear();
  if (current_row_ != kNoEvent) stores_[event.input]->Unref(current_row_);
  current_row_ = kNoEvent;
  current_ = nullptr;
  return status;
}

// processAndReturn of each processor kind.
absl::Status Nfa::ProcessState(int s, const InputEvent& event, NfaHost& host,
                               std::vector<MatchPtr>& returned) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  if (IsAbsentKind(st.kind) && !r.active) return absl::OkStatus();
  if (r.pending.empty()) return absl::OkStatus();
  if (!r.index_checked) {
    r.index_checked = true;
    r.indexed = !spec_->sequence && st.kind == StateKind::kStream && !st.start &&
                st.watch == s && host.Indexable(s);
    if (r.indexed) r.index = std::make_unique<Run::Index>();
  }
  if (r.indexed) return ProcessIndexed(s, event, host, returned);

  // A state whose condition reads only the event, and which the event fails, cannot change a
  // pattern's matches (a sequence still drops them below).
  int verdict = host.Verdict(s, event);
  if (verdict == 0 && !spec_->sequence &&
      (st.kind == StateKind::kStream || st.kind == StateKind::kCount ||
       st.kind == StateKind::kAbsent)) {
    return absl::OkStatus();
  }

  // Matches the loop drops before looking at the event.
  std::vector<MatchPtr>& candidates = scratch.candidates;
  candidates.clear();
  for (MatchPtr& m : r.pending) {
    if (st.kind == StateKind::kCount &&
        ((st.after1 >= 0 && m->has(st.after1)) || (st.after2 >= 0 && m->has(st.after2)))) {
      continue;
    }
    if (IsLogicalKind(st.kind) && !st.is_and && m->has(st.partner)) continue;
    candidates.push_back(std::move(m));
  }
  r.pending.clear();

  std::vector<uint8_t>& mask = scratch.mask;
  if (verdict >= 0) {
    mask.assign(candidates.size(), static_cast<uint8_t>(verdict));
  } else {
    std::vector<Match*>& raw = scratch.raw;
    raw.clear();
    for (const MatchPtr& m : candidates) raw.push_back(m.get());
    absl::Status tested = host.Test(s, event, raw, mask);
    if (!tested.ok()) {
      r.pending.swap(candidates);  // leave the state as it was
      candidates.clear();
      return tested;
    }
  }

  Run& watch = runs_[st.watch];
  std::vector<MatchPtr>& kept = scratch.kept;
  kept.clear();
  for (size_t k = 0; k < candidates.size(); ++k) {
    const MatchPtr& m = candidates[k];
    bool take = mask[k] != 0;
    r.state_changed = false;
    bool keep = true;
    switch (st.kind) {
      case StateKind::kStream:
      case StateKind::kLogical: {
        if (take) {
          m->Set(s, Capture(event));
          if (st.kind == StateKind::kStream) {
            StreamPost(s, m);
          } else {
            LogicalPost(s, m);
          }
        }
        if (watch.returned) {
          watch.returned = false;
          returned.push_back(m);
        }
        if (r.state_changed) {
          keep = false;
        } else {
          m->Set(s, kNoEvent);
          if (spec_->sequence) {
            keep = false;
            if (st.kind == StateKind::kStream && st.callback >= 0) {
              runs_[st.callback].start_reset = true;
            }
          }
        }
        break;
      }
      case StateKind::kCount: {
        r.success = false;
        if (take) {
          m->Append(s, Capture(event));
          CountPost(s, m);
        }
        if (watch.returned) {
          watch.returned = false;
          returned.push_back(m);
        }
        if (r.state_changed) keep = false;
        if (!r.success) {
          if (take) m->RemoveLast(s);
          if (spec_->sequence) keep = false;
        }
        break;
      }
      case StateKind::kAbsent: {
        if (take) {
          m->Set(s, Capture(event));
          // AbsentStreamPostStateProcessor: the awaited absence failed; wait again.
          r.state_changed = true;
          m->set_timestamp(event.timestamp);
          r.returned = true;
          if (st.start && st.next_every == s) AddEveryState(s, m);
          r.last_scheduled = event.timestamp + st.waiting_ms;
          Schedule(s, r.last_scheduled);
        }
        if (watch.returned) watch.returned = false;  // returned, then dropped
        if (r.state_changed) {
          keep = false;
        } else {
          m->Set(s, kNoEvent);
          if (spec_->sequence && st.callback >= 0) runs_[st.callback].start_reset = true;
        }
        break;
      }
      case StateKind::kAbsentLogical: {
        uint32_t before = m->first(s);
        m->Set(s, Capture(event));
        if (take) {
          // AbsentLogicalPostStateProcessor
          r.state_changed = true;
          r.returned = true;
          r.last_arrival = event.timestamp;
        }
        if (st.waiting_ms != -1 || (spec_->sequence && st.is_and && st.next_every >= 0)) {
          m->Set(s, before);
        }
        if (watch.returned) {
          watch.returned = false;
          keep = false;
          if (spec_->sequence) {
            auto& other = runs_[st.partner].pending;
            auto it = std::find(other.begin(), other.end(), m);
            if (it != other.end()) other.erase(it);
          }
        }
        if (!r.state_changed) {
          m->Set(s, before);
          if (spec_->sequence) keep = false;
        }
        break;
      }
    }
    if (keep) kept.push_back(m);
  }
  // Matches added to this state while it ran went to `fresh`; pending holds the survivors.
  r.pending.swap(kept);
  kept.clear();
  candidates.clear();
  return absl::OkStatus();
}

// ProcessState for a plain state of a pattern with an equality index: only the matches whose key
// equals the event's are tested. The others would fail the condition, and a plain state of a
// pattern does nothing with a match that fails (it keeps it, unchanged), so skipping them is
// exact.
absl::Status Nfa::ProcessIndexed(int s, const InputEvent& event, NfaHost& host,
                                 std::vector<MatchPtr>& returned) {
  Run& r = runs_[s];
  int verdict = host.Verdict(s, event);
  if (verdict == 0) return absl::OkStatus();
  if (r.holes > 1024 && r.holes * 2 > r.pending.size()) CompactIndexed(s);
  r.index->keys.resize(r.pending.size());
  r.index->keyed.resize(r.pending.size());
  for (size_t p = r.index->bucketed; p < r.pending.size(); ++p) {
    r.index->keyed[p] = 0;
    if (!r.pending[p]) continue;
    uint64_t key;
    if (host.IndexKey(s, r.pending[p].get(), nullptr, &key)) {
      r.index->keys[p] = key;
      r.index->keyed[p] = 1;
      r.index->buckets[key].push_back(static_cast<uint32_t>(p));
    }
  }
  r.index->bucketed = r.pending.size();

  uint64_t key;
  if (!host.IndexKey(s, nullptr, &event, &key)) return absl::OkStatus();
  auto bucket = r.index->buckets.find(key);
  if (bucket == r.index->buckets.end()) return absl::OkStatus();
  std::vector<uint32_t>& positions = scratch.positions;
  std::vector<Match*>& raw = scratch.raw;
  positions.clear();
  raw.clear();
  for (uint32_t p : bucket->second) {
    if (!r.pending[p]) continue;  // left through expiry
    positions.push_back(p);
    raw.push_back(r.pending[p].get());
  }
  if (positions.empty()) {
    r.index->buckets.erase(bucket);
    return absl::OkStatus();
  }
  std::vector<uint8_t>& mask = scratch.mask;
  if (verdict > 0) {
    mask.assign(raw.size(), 1);
  } else {
    TALON_RETURN_IF_ERROR(host.Test(s, event, raw, mask));
  }
  std::vector<uint32_t>& kept = scratch.kept_positions;
  kept.clear();
  for (size_t k = 0; k < positions.size(); ++k) {
    MatchPtr m = r.pending[positions[k]];
    r.state_changed = false;
    if (mask[k]) {
      m->Set(s, Capture(event));
      StreamPost(s, m);
    }
    if (r.returned) {
      r.returned = false;
      returned.push_back(m);
    }
    if (r.state_changed) {
      r.pending[positions[k]] = MatchPtr();
      ++r.holes;
    } else {
      m->Set(s, kNoEvent);
      kept.push_back(positions[k]);
    }
  }
  // StreamPost only adds to `fresh`, so the bucket is still there; look it up again anyway.
  if (kept.empty()) {
    r.index->buckets.erase(key);
  } else {
    r.index->buckets[key].assign(kept.begin(), kept.end());
  }
  return absl::OkStatus();
}

// Drops the holes of an indexed state's pending list and renumbers its index.
void Nfa::CompactIndexed(int s) {
  Run& r = runs_[s];
  std::vector<MatchPtr> pending;
  std::vector<uint64_t> keys;
  std::vector<uint8_t> keyed;
  pending.reserve(r.pending.size() - r.holes);
  r.index->buckets.clear();
  size_t bucketed = 0;
  for (size_t p = 0; p < r.pending.size(); ++p) {
    if (!r.pending[p]) continue;
    uint32_t q = static_cast<uint32_t>(pending.size());
    pending.push_back(std::move(r.pending[p]));
    bool seen = p < r.index->bucketed;  // positions past `bucketed` get their keys on the next event
    bool has_key = seen && r.index->keyed[p];
    if (seen) ++bucketed;
    keys.push_back(has_key ? r.index->keys[p] : 0);
    keyed.push_back(has_key ? 1 : 0);
    if (has_key) r.index->buckets[r.index->keys[p]].push_back(q);
  }
  r.pending = std::move(pending);
  r.index->keys = std::move(keys);
  r.index->keyed = std::move(keyed);
  r.head = 0;
  r.holes = 0;
  r.index->bucketed = bucketed;
}

// StreamPostStateProcessor.process
void Nfa::StreamPost(int s, const MatchPtr& m) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  r.state_changed = true;
  m->set_timestamp(m->EventTime(m->first(s), s));
  if (st.emits) r.returned = true;
  if (st.next >= 0) AddState(st.next, m);
  if (st.next_every >= 0) AddEveryState(st.next_every, m);
  if (st.callback >= 0) runs_[st.callback].start_reset = true;
}

// LogicalPostStateProcessor.process
void Nfa::LogicalPost(int s, const MatchPtr& m) {
  const NfaState& st = spec_->states[s];
  if (st.is_and) {
    bool proceed = spec_->states[st.partner].kind == StateKind::kAbsentLogical
                       ? PartnerCanProceed(st.partner, *m)
                       : m->has(st.partner);
    if (proceed) {
      StreamPost(s, m);
    } else {
      runs_[s].state_changed = true;
    }
    return;
  }
  StreamPost(s, m);
  // `from A or B select ...`: the first state looks at its partner's flag.
  if (spec_->states[st.partner].emits && st.watch == st.partner) runs_[st.partner].returned = true;
}

// CountPostStateProcessor.process
void Nfa::CountPost(int s, const MatchPtr& m) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  int64_t n = m->size(s);
  r.success = true;
  NoteMatch(*m);
  m->set_timestamp(m->EventTime(m->last(s), s));
  if (n >= st.min_count) {
    if (spec_->sequence) {
      if (st.next >= 0) AddState(st.next, m);
      if (n != st.max_count) AddState(s, m);
    } else if (n == st.min_count) {
      CountMinReached(s, m);
    }
    if (n == st.max_count) r.state_changed = true;
  }
}

// CountPostStateProcessor.processMinCountReached
void Nfa::CountMinReached(int s, const MatchPtr& m) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  if (st.emits) {
    r.state_changed = true;
    r.returned = true;
  }
  if (st.next >= 0) AddState(st.next, m);
  if (st.next_every >= 0) AddEveryState(st.next_every, m);
}

// AbsentLogicalPreStateProcessor.partnerCanProceed: may the present side of `not A and B` go on?
bool Nfa::PartnerCanProceed(int s, const Match& m) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  if (spec_->sequence && st.next_every < 0 && r.last_arrival > 0) return false;
  if (st.waiting_ms == -1) {
    if (st.next_every < 0) return !m.has(s);
    if (r.last_arrival > 0) {
      r.last_arrival = 0;
      Init(s);
      return false;
    }
    return true;
  }
  return m.has(s);
}

// --- time -----------------------------------------------------------------------------------

absl::Status Nfa::AdvanceTime(Timestamp now, NfaHost& host) {
  if (now > clock_) clock_ = now;
  TALON_RETURN_IF_ERROR(FireTimers(now, host));
  // Pruning on time as well as on events keeps state bounded while a key is idle; a key with
  // nothing old enough to expire costs one comparison.
  if (spec_->within_ms && now >= expiry_due_) {
    for (size_t s = 0; s < runs_.size(); ++s) ExpireEvents(static_cast<int>(s), now);
    RecomputeExpiryDue();
  }
  return absl::OkStatus();
}

// Each absent state has its own scheduler; each drains what is due before the next one runs.
absl::Status Nfa::FireTimers(Timestamp now, NfaHost& host) {
  // A `for 0 sec` wait could re-arm at the same instant forever; Siddhi would spin, Talon stops.
  int budget = 1 << 20;
  for (int s : spec_->timer_order) {
    Run& r = runs_[s];
    while (r.has_timer() && r.next_timer() <= now && --budget > 0) {
      Timestamp t = r.next_timer();
      r.PopTimer();
      if (spec_->states[s].kind == StateKind::kAbsent) {
        TALON_RETURN_IF_ERROR(AbsentTimer(s, t, now, host));
      } else {
        TALON_RETURN_IF_ERROR(AbsentLogicalTimer(s, t, now, host));
      }
    }
  }
  return absl::OkStatus();
}

// AbsentStreamPreStateProcessor.process (a timer event at time t)
absl::Status Nfa::AbsentTimer(int s, Timestamp t, Timestamp clock, NfaHost& host) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  if (!r.active) return absl::OkStatus();
  bool initialize = st.start && r.fresh.empty() && r.pending.empty();
  if (initialize && spec_->sequence && st.next_every < 0 && r.last_scheduled > 0) {
    initialize = false;
  }
  if (initialize) {
    AddState(s, Match::New(&context_));
  } else if (spec_->sequence && !r.fresh.empty()) {
    ResetState(s);
  }
  UpdateState(s);

  std::vector<MatchPtr> due;
  std::vector<MatchPtr> kept;
  for (MatchPtr& m : r.pending) {
    if (IsExpired(*m, t)) {
      if (st.within_every >= 0 && st.next_every != s && st.next_every >= 0) {
        AddEveryState(st.next_every, m);
      }
      continue;
    }
    if ((m->timestamp() == -1 && t >= r.last_scheduled) ||
        (m->timestamp() != -1 && t >= m->timestamp() + st.waiting_ms)) {
      m->set_timestamp(t);
      due.push_back(std::move(m));
      continue;
    }
    kept.push_back(std::move(m));
  }
  r.pending = std::move(kept);
  if (st.within_every >= 0) UpdateState(st.within_every);

  for (const MatchPtr& m : due) TALON_RETURN_IF_ERROR(Send(s, m, host));

  if (clock > st.waiting_ms + t) r.last_scheduled = clock + st.waiting_ms;
  if (due.empty() && r.last_scheduled < t) {
    r.last_scheduled = t + st.waiting_ms;
    Schedule(s, r.last_scheduled);
  }
  return absl::OkStatus();
}

// AbsentLogicalPreStateProcessor.process (a timer event at time t)
absl::Status Nfa::AbsentLogicalTimer(int s, Timestamp t, Timestamp clock, NfaHost& host) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  if (!r.active) return absl::OkStatus();
  bool none_sent = true;
  if (t >= r.last_arrival + st.waiting_ms) {
    if (st.start && spec_->sequence && r.fresh.empty() && r.pending.empty()) {
      AddState(s, Match::New(&context_));
    } else if (spec_->sequence && !r.fresh.empty()) {
      ResetState(s);
    }
    UpdateState(s);

    MatchPtr expired;
    std::vector<MatchPtr> due;
    std::vector<MatchPtr> kept;
    for (MatchPtr& m : r.pending) {
      if (IsExpired(*m, t)) {
        expired = m;
        continue;
      }
      Timestamp since = m->has(s) ? m->EventTime(m->first(s), s) : m->timestamp();
      if (t >= since + st.waiting_ms) {
        bool partner = m->has(st.partner);
        if (!st.is_and && !partner) {
          Store(st.input);
          m->Append(s, kEmptyEvent);  // the absence happened: an event with no attributes
          due.push_back(std::move(m));
        } else if (st.is_and && partner) {
          due.push_back(std::move(m));
        } else if (st.is_and && !partner) {
          Store(st.input);
          m->Append(s, kEmptyEvent);  // the partner may still come
        }
        continue;
      }
      kept.push_back(std::move(m));
    }
    r.pending = std::move(kept);
    if (expired && st.within_every >= 0) {
      AddEveryState(st.within_every, expired);
      UpdateState(st.within_every);
    }
    none_sent = due.empty();
    for (const MatchPtr& m : due) {
      m->set_timestamp(t);
      TALON_RETURN_IF_ERROR(Send(s, m, host));
    }
    r.last_arrival = 0;
  }
  if (st.waiting_ms != -1 && (st.next_every >= 0 || (none_sent && st.start))) {
    Timestamp next = r.last_arrival == 0 ? clock + st.waiting_ms : r.last_arrival + st.waiting_ms;
    Schedule(s, next);
  }
  return absl::OkStatus();
}

// sendEvent of the absent processors: the absence completed a step.
absl::Status Nfa::Send(int s, const MatchPtr& m, NfaHost& host) {
  const NfaState& st = spec_->states[s];
  Run& r = runs_[s];
  if (st.emits) TALON_RETURN_IF_ERROR(host.Emit(*m));
  if (st.next >= 0) AddState(st.next, m);
  if (st.next_every >= 0) {
    AddEveryState(st.next_every, m);
  } else if (st.start) {
    r.active = false;
    if (st.kind == StateKind::kAbsentLogical && !st.is_and &&
        spec_->states[st.partner].kind == StateKind::kAbsentLogical) {
      runs_[st.partner].active = false;
    }
  }
  if (st.callback >= 0) runs_[st.callback].start_reset = true;
  return absl::OkStatus();
}

}  // namespace talon::exec::pattern
