// The pattern/sequence automaton. NfaSpec is the immutable wiring built once per query from the
// bound pattern; Nfa is the mutable run of one partition key: per state, the partial matches
// waiting for an event of that state (`pending`) and those added while the current event was
// processed (`fresh`, visible from the next event on), plus the flags and timers that Siddhi
// 5.1 keeps in its pre/post state processors.
//
// The semantics are Siddhi's, step by step (StreamPreStateProcessor and its Count, Logical,
// Absent and AbsentLogical variants; StreamPostStateProcessor and its variants; the pattern and
// sequence stream receivers), because the conformance cases pin its exact behaviour:
//   - before each event: partial matches older than `within` are dropped (an expired one inside
//     `every` re-arms the `every`); then a pattern moves the fresh matches of the event's
//     states to pending, while a sequence resets every state (dropping matches that the previous
//     event did not advance: strict contiguity) and then does the same;
//   - the event is offered to the states of its stream, the later states first, so one event
//     never advances a match by two states;
//   - a state that takes the event hands the same match on to the next state (shared, not
//     copied), and `every` adds a copy, cleared from the `every` on, to the start of its scope;
//   - `not S for t` fires from timers at the event times it scheduled, on heartbeats as well as
//     on events.
// Conditions are evaluated by the host (the operator) for all candidate matches of a state at
// once; everything else here is bookkeeping on row ids.
#ifndef TALON_RUNTIME_PATTERN_NFA_H_
#define TALON_RUNTIME_PATTERN_NFA_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/bound.h"
#include "runtime/batch.h"
#include "runtime/pattern/event_store.h"
#include "runtime/pattern/match.h"

namespace talon::exec::pattern {

enum class StateKind {
  kStream,         // e=S[cond]
  kCount,          // e=S[cond]<min:max>, +, *, ?
  kAbsent,         // not S[cond] for t
  kLogical,        // one side of `A and B` / `A or B`
  kAbsentLogical,  // the `not S[cond] [for t]` side of `and` / `or`
};

// One state of the automaton (Siddhi's pre + post processor pair), indexed like
// bound::PatternInput::states.
struct NfaState {
  StateKind kind = StateKind::kStream;
  int input = 0;     // which input stream feeds it
  int order = 0;     // Siddhi's state id (parse order; `B` before `A` in `A and B`)
  bool start = false;
  bool named = false;  // has an event name (e2[last] inside e2's own condition means "previous")
  int64_t min_count = 1;
  int64_t max_count = 1;   // -1: unbounded
  int64_t waiting_ms = -1;  // absent: the `for` time; -1 when there is none
  bool is_and = false;      // logical
  int partner = -1;         // logical: the other side

  // Where a match goes when this state takes an event.
  int next = -1;          // the following state
  int next_every = -1;    // the start of the enclosing `every`, when this state ends it
  int callback = -1;      // sequence: a leading zero-count state to re-arm
  int within_every = -1;  // the `every` whose scope holds this state (re-armed on expiry)
  bool emits = false;     // completes the pattern: the match goes to the selector
  int watch = -1;         // whose "emitted" flag this state looks at after each match
  int after1 = -1;        // states with order + 1 and + 2 (a counting state lets go of a match
  int after2 = -1;        // that one of them has taken)
  std::vector<int> every_clears;  // states with order >= this one: cleared in `every` copies
};

struct NfaSpec {
  bool sequence = false;
  std::optional<int64_t> within_ms;
  std::vector<NfaState> states;
  std::vector<int> input_streams;          // bound stream id of each input
  std::vector<int> start_states;
  std::vector<std::vector<int>> by_input;  // states fed by each input, in registration order
  std::vector<int> init_order;             // the order Siddhi initialises states in
  std::vector<int> timer_order;            // absent states, in scheduler creation order
  std::vector<int> reset_order;            // sequence: the reset sweep before each event
  std::vector<int> update_order;           // sequence: the update sweep after it
};

// Wires the automaton of `pattern` as Siddhi's StateInputStreamParser does. Unimplemented for
// shapes Siddhi cannot express either (`every` inside `every`, counts inside `and`).
absl::StatusOr<NfaSpec> BuildNfaSpec(const bound::PatternInput& pattern);

// The event being processed: row `row` of `chunk`, from input `input`.
struct InputEvent {
  int input = 0;
  const Batch* chunk = nullptr;
  size_t row = 0;
  Timestamp timestamp = 0;
};

// What the automaton needs from its operator.
class NfaHost {
 public:
  virtual ~NfaHost() = default;
  // Sets mask[k] to whether `state`'s condition holds for candidates[k] with `event` placed in
  // it (appended for a counting state, replacing the state's event otherwise).
  virtual absl::Status Test(int state, const InputEvent& event,
                            const std::vector<Match*>& candidates,
                            std::vector<uint8_t>& mask) = 0;
  // 1 / 0 when `state`'s condition reads only the event (true / false whatever the match),
  // -1 when it depends on the match. Lets a pattern skip states an event cannot advance.
  virtual int Verdict(int state, const InputEvent& event) = 0;
  // A complete match for the selector, in Siddhi's order; it is read before Emit returns.
  virtual absl::Status Emit(const Match& match) = 0;

  // Equality index. A state whose condition has a conjunct `attr == e.x` (an attribute of the
  // event against an attribute of an earlier, fixed event) can look its candidates up by key
  // instead of testing every pending match. The key is a hash: equal values give equal keys,
  // and the condition still decides. Returns false when the value is NULL (nothing matches).
  virtual bool Indexable(int state) { return false; }
  // The key of `match` (when non-null) or of `event`.
  virtual bool IndexKey(int state, const Match* match, const InputEvent* event, uint64_t* key) {
    return false;
  }
};

class Nfa {
 public:
  // `now` is the engine clock when the instance is created (app start, or the first event of a
  // partition key): starting `not ... for` states count from it. `spec` and `input_schemas`
  // must outlive the automaton (the operator owns them).
  Nfa(const NfaSpec* spec, const std::vector<Schema>& input_schemas, Timestamp now);
  ~Nfa();

  // Processes one event. `clock` is the engine clock (timers due at it fire first, as Siddhi's
  // scheduler does when an event does not move the clock).
  absl::Status Process(const InputEvent& event, Timestamp clock, NfaHost& host);
  // The clock reached `now`: fires due `not ... for` timers at their own times, then drops
  // partial matches that `within` has expired.
  absl::Status AdvanceTime(Timestamp now, NfaHost& host);
  // The earliest pending timer, if any.
  std::optional<Timestamp> NextTimer() const;
  // The earliest clock time at which AdvanceTime has anything to do: a timer, or a partial
  // match that `within` may expire.
  std::optional<Timestamp> NextDue() const;

  // Partial matches alive, and bytes they use (matches + captured event rows).
  size_t live_matches() const { return context_.live_matches; }
  size_t PendingMatches() const;
  size_t MemoryBytes() const;

 private:
  struct Run;  // per-state mutable part

  void Init(int s);
  void AddState(int s, const MatchPtr& m);
  void AddLogical(int s, const MatchPtr& m);
  void AddEveryState(int s, const MatchPtr& m);
  void ResetState(int s);
  void UpdateState(int s);
  void MoveFresh(int s);
  void ExpireEvents(int s, Timestamp now);
  bool IsExpired(const Match& m, Timestamp now) const;
  void Schedule(int s, Timestamp t);
  // Lowers expiry_due_ to when `within` could first expire `m` (pruning on time skips idle keys).
  void NoteMatch(const Match& m);
  Timestamp ExpiryDue(const Match& m) const;
  void RecomputeExpiryDue();
  bool SequenceHold(int s) const;

  absl::Status ProcessState(int s, const InputEvent& event, NfaHost& host,
                            std::vector<MatchPtr>& returned);
  absl::Status ProcessIndexed(int s, const InputEvent& event, NfaHost& host,
                              std::vector<MatchPtr>& returned);
  void CompactIndexed(int s);
  void StreamPost(int s, const MatchPtr& m);
  void LogicalPost(int s, const MatchPtr& m);
  void CountPost(int s, const MatchPtr& m);
  void CountMinReached(int s, const MatchPtr& m);
  bool PartnerCanProceed(int s, const Match& m);
  absl::Status FireTimers(Timestamp now, NfaHost& host);
  absl::Status AbsentTimer(int s, Timestamp t, Timestamp clock, NfaHost& host);
  absl::Status AbsentLogicalTimer(int s, Timestamp t, Timestamp clock, NfaHost& host);
  absl::Status Send(int s, const MatchPtr& m, NfaHost& host);
  uint32_t Capture(const InputEvent& event);
  EventStore& Store(int input);

  const NfaSpec* spec_;
  const std::vector<Schema>* schemas_;               // per input; outlives the automaton
  std::vector<std::unique_ptr<EventStore>> stores_;  // per input, created on first capture
  MatchContext context_;
  std::vector<Run> runs_;
  // The row the current event was captured into (one copy however many matches take it).
  const InputEvent* current_ = nullptr;
  uint32_t current_row_ = kNoEvent;
  Timestamp clock_ = 0;
  // No partial match can expire before this time (a lower bound; see NoteMatch).
  Timestamp expiry_due_ = INT64_MAX;
};

}  // namespace talon::exec::pattern

#endif  // TALON_RUNTIME_PATTERN_NFA_H_
