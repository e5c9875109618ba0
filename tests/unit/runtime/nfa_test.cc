// The pattern automaton driven directly: bound patterns built by hand, conditions as lambdas,
// completed matches recorded as "a1 b2" (the value each state took, in state order).
#include "runtime/pattern/nfa.h"

#include <functional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace talon::exec::pattern {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using Node = std::unique_ptr<bound::StateNode>;

Node Leaf(int state) {
  auto n = std::make_unique<bound::StateNode>();
  n->kind = bound::StateNode::Kind::kState;
  n->state = state;
  return n;
}

Node Group(bound::StateNode::Kind kind, std::vector<Node> children) {
  auto n = std::make_unique<bound::StateNode>();
  n->kind = kind;
  n->children = std::move(children);
  return n;
}

template <typename... N>
Node Next(N... nodes) {
  std::vector<Node> children;
  (children.push_back(std::move(nodes)), ...);
  return Group(bound::StateNode::Kind::kNext, std::move(children));
}

Node Every(Node inner) {
  std::vector<Node> children;
  children.push_back(std::move(inner));
  return Group(bound::StateNode::Kind::kEvery, std::move(children));
}

Node Logical(bool is_and, Node a, Node b) {
  std::vector<Node> children;
  children.push_back(std::move(a));
  children.push_back(std::move(b));
  return Group(is_and ? bound::StateNode::Kind::kAnd : bound::StateNode::Kind::kOr,
               std::move(children));
}

// Two streams, A (input 0) and B (input 1), each with one attribute `v long`.
class NfaTest : public ::testing::Test, public NfaHost {
 protected:
  int AddState(int stream, std::string name, int64_t min = 1, int64_t max = 1, bool counted = false) {
    bound::PatternState s;
    s.event_name = std::move(name);
    s.input.source = bound::SourceKind::kStream;
    s.input.id = stream;
    s.input.name = stream == 0 ? "A" : "B";
    s.min_count = min;
    s.max_count = max;
    s.counted = counted;
    pattern_.states.push_back(std::move(s));
    return static_cast<int>(pattern_.states.size()) - 1;
  }
  int AddAbsent(int stream, int64_t waiting_ms) {
    int s = AddState(stream, "");
    pattern_.states[s].kind = bound::PatternState::Kind::kAbsent;
    pattern_.states[s].waiting_ms = waiting_ms;
    return s;
  }

  void Start(Node root, Timestamp now = 0) {
    pattern_.root = std::move(root);
    absl::StatusOr<NfaSpec> spec = BuildNfaSpec(pattern_);
    ASSERT_TRUE(spec.ok()) << spec.status();
    spec_ = *std::move(spec);
    Schema schema;
    schema.Add("v", Type::kLong);
    schemas_.assign(spec_.input_streams.size(), schema);
    nfa_ = std::make_unique<Nfa>(&spec_, schemas_, now);
  }

  // Sends value v on stream (0 = A, 1 = B) at time t.
  void Send(int stream, int64_t v, Timestamp t) {
    Batch chunk;
    chunk.columns().emplace_back(Type::kLong);
    chunk.Append(t, EventKind::kCurrent, {Value::Long(v)});
    int input = 0;
    for (size_t i = 0; i < spec_.input_streams.size(); ++i) {
      if (spec_.input_streams[i] == stream) input = static_cast<int>(i);
    }
    if (t > clock_) clock_ = t;
    InputEvent event{input, &chunk, 0, t};
    ASSERT_TRUE(nfa_->Process(event, clock_, *this).ok());
  }
  void Advance(Timestamp t) {
    clock_ = t;
    ASSERT_TRUE(nfa_->AdvanceTime(t, *this).ok());
  }

  absl::Status Test(int state, const InputEvent& event, const std::vector<Match*>& candidates,
                    std::vector<uint8_t>& mask) override {
    int64_t v = event.chunk->column(0).ints()[event.row];
    mask.clear();
    for (Match* m : candidates) mask.push_back(condition_ ? condition_(state, v, *m) : 1);
    return absl::OkStatus();
  }
  int Verdict(int, const InputEvent&) override { return -1; }
  absl::Status Emit(const Match& m) override {
    std::vector<std::string> parts;
    for (int s = 0; s < m.state_count(); ++s) {
      std::string part = pattern_.states[s].input.name == "A" ? "a" : "b";
      if (m.size(s) == 0) {
        absl::StrAppend(&part, "-");
      }
      for (int k = 0; k < m.size(s); ++k) {
        uint32_t row = m.at(s, k);
        absl::StrAppend(&part, k > 0 ? "," : "",
                        row >= kEmptyEvent ? "_" : absl::StrCat(Value0(m, s, row)));
      }
      parts.push_back(part);
    }
    matches_.push_back(absl::StrCat(absl::StrJoin(parts, " "), " @", m.timestamp()));
    return absl::OkStatus();
  }
  static int64_t Value0(const Match& m, int s, uint32_t row) {
    return m.store(s).column(0).ints()[row];
  }

  bound::PatternInput pattern_;
  NfaSpec spec_;
  std::vector<Schema> schemas_;
  std::unique_ptr<Nfa> nfa_;
  std::function<bool(int, int64_t, const Match&)> condition_;
  std::vector<std::string> matches_;
  Timestamp clock_ = 0;
};

TEST_F(NfaTest, FollowedByMatchesOnceWithoutEvery) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  Start(Next(Leaf(a), Leaf(b)));
  Send(0, 1, 10);
  Send(0, 2, 20);
  Send(1, 3, 30);
  Send(0, 4, 40);
  Send(1, 5, 50);
  EXPECT_THAT(matches_, ElementsAre("a1 b3 @30"));
}

TEST_F(NfaTest, EveryOnTheFirstEventStartsAMatchPerEvent) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  Start(Next(Every(Leaf(a)), Leaf(b)));
  Send(0, 1, 10);
  Send(0, 2, 20);
  Send(1, 3, 30);
  Send(1, 4, 40);
  EXPECT_THAT(matches_, ElementsAre("a1 b3 @30", "a2 b3 @30"));
}

TEST_F(NfaTest, EveryOverAGroupRestartsAfterEachMatch) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  Start(Every(Next(Leaf(a), Leaf(b))));
  Send(0, 1, 10);
  Send(0, 2, 20);
  Send(1, 3, 30);
  Send(0, 4, 40);
  Send(1, 5, 50);
  EXPECT_THAT(matches_, ElementsAre("a1 b3 @30", "a4 b5 @50"));
}

TEST_F(NfaTest, ConditionsSeeEarlierEvents) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  condition_ = [&](int s, int64_t v, const Match& m) {
    if (s != b) return true;
    return v > Value0(m, a, m.first(a));  // e2.v > e1.v
  };
  Start(Next(Every(Leaf(a)), Leaf(b)));
  Send(0, 5, 10);
  Send(0, 1, 20);
  Send(1, 3, 30);
  EXPECT_THAT(matches_, ElementsAre("a1 b3 @30"));
}

TEST_F(NfaTest, WithinDropsOldPartialMatchesOnTimeToo) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  pattern_.within_ms = 100;
  Start(Next(Every(Leaf(a)), Leaf(b)));
  Send(0, 1, 0);
  Send(0, 2, 50);
  EXPECT_EQ(nfa_->PendingMatches(), 3u);  // two at e2, the next start at e1
  Advance(120);                            // a1 is 120 ms old: gone without another event
  EXPECT_EQ(nfa_->PendingMatches(), 2u);
  Send(1, 3, 130);
  EXPECT_THAT(matches_, ElementsAre("a2 b3 @130"));
}

// NextDue tells a partitioned pipeline when AdvanceTime has work: the earliest `within`
// expiry (a start event's time + within + 1) or absence timer; nothing for an idle instance.
TEST_F(NfaTest, NextDueIsTheEarliestExpiry) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  pattern_.within_ms = 100;
  Start(Next(Every(Leaf(a)), Leaf(b)));
  EXPECT_EQ(nfa_->NextDue(), std::nullopt);  // only the empty start match: nothing to expire
  Send(0, 1, 0);
  Send(0, 2, 50);
  EXPECT_EQ(nfa_->NextDue(), std::optional<Timestamp>(101));
  Advance(101);  // a1 is more than 100 ms old
  EXPECT_EQ(nfa_->PendingMatches(), 2u);
  EXPECT_EQ(nfa_->NextDue(), std::optional<Timestamp>(151));
  Advance(151);
  EXPECT_EQ(nfa_->PendingMatches(), 1u);
  EXPECT_EQ(nfa_->NextDue(), std::nullopt);
  EXPECT_THAT(matches_, IsEmpty());
}

TEST_F(NfaTest, NextDueIsTheAbsenceTimer) {
  int a = AddState(0, "e1"), b = AddAbsent(1, 100);
  Start(Next(Leaf(a), Leaf(b)));
  EXPECT_EQ(nfa_->NextDue(), std::nullopt);
  Send(0, 1, 10);
  EXPECT_EQ(nfa_->NextDue(), std::optional<Timestamp>(110));
  Advance(110);
  EXPECT_THAT(matches_, ElementsAre("a1 b- @110"));
}

TEST_F(NfaTest, CountCollectsUpToItsMaximumAndSharesTheMatch) {
  int a = AddState(0, "e1", 2, 3, true), b = AddState(1, "e2");
  Start(Next(Leaf(a), Leaf(b)));
  Send(0, 1, 10);
  Send(0, 2, 20);  // minimum reached: the match is handed to e2, and e1 keeps collecting
  Send(0, 3, 30);  // maximum reached
  Send(0, 4, 40);
  Send(1, 5, 50);
  EXPECT_THAT(matches_, ElementsAre("a1,2,3 b5 @50"));
}

TEST_F(NfaTest, AbsenceFiresOnTimeAndNotWhenTheEventComes) {
  int a = AddState(0, "e1"), b = AddAbsent(1, 100);
  Start(Next(Every(Leaf(a)), Leaf(b)));
  Send(0, 1, 0);
  Send(0, 2, 50);
  Send(1, 9, 120);  // too late for a1 (fired at 100), in time to cancel a2
  Advance(100);
  Advance(200);
  EXPECT_THAT(matches_, ElementsAre("a1 b- @100"));
}

TEST_F(NfaTest, LeadingAbsenceCountsFromTheStart) {
  int a = AddAbsent(0, 100), b = AddState(1, "e2");
  Start(Next(Leaf(a), Leaf(b)), /*now=*/1000);
  Send(1, 1, 1050);  // still waiting: no match
  Advance(1100);
  Send(1, 2, 1150);
  EXPECT_THAT(matches_, ElementsAre("a- b2 @1150"));
}

TEST_F(NfaTest, SequenceNeedsContiguousEvents) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  pattern_.is_sequence = true;
  condition_ = [&](int s, int64_t v, const Match&) { return s != a || v > 0; };
  Start(Next(Every(Leaf(a)), Leaf(b)));
  Send(0, 1, 10);
  Send(0, 0, 20);  // breaks the sequence started by a1
  Send(1, 2, 30);
  Send(0, 3, 40);
  Send(1, 4, 50);
  EXPECT_THAT(matches_, ElementsAre("a3 b4 @50"));
}

TEST_F(NfaTest, AndWaitsForBothSides) {
  int x = AddState(0, "e0"), a = AddState(0, "e1"), b = AddState(1, "e2");
  condition_ = [&](int s, int64_t v, const Match&) { return s != x || v == 0; };
  Start(Next(Leaf(x), Logical(/*is_and=*/true, Leaf(a), Leaf(b))));
  Send(0, 0, 5);
  Send(1, 1, 10);
  Send(1, 2, 20);
  EXPECT_THAT(matches_, IsEmpty());
  Send(0, 3, 30);
  EXPECT_THAT(matches_, ElementsAre("a0 a3 b1 @30"));
}

// Siddhi 5.1 quirk, kept: when `A and B` is the whole pattern, its first processor (A) watches
// the last one's (B's) "emitted" flag, so an AND that A completes is not emitted.
TEST_F(NfaTest, RootAndCompletedByItsLeftSideEmitsNothing) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  Start(Logical(/*is_and=*/true, Leaf(a), Leaf(b)));
  Send(1, 1, 10);
  Send(0, 3, 30);
  EXPECT_THAT(matches_, IsEmpty());
}

TEST_F(NfaTest, OrTakesTheFirstSide) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  Start(Every(Logical(/*is_and=*/false, Leaf(a), Leaf(b))));
  Send(1, 1, 10);
  Send(0, 2, 20);
  EXPECT_THAT(matches_, ElementsAre("a- b1 @10", "a2 b- @20"));
}

TEST_F(NfaTest, PartialMatchesShareCapturedRows) {
  int a = AddState(0, "e1"), b = AddState(1, "e2");
  Start(Next(Every(Leaf(a)), Leaf(b)));
  for (int i = 0; i < 100; ++i) Send(0, i, i);
  // One row per captured event, however many matches and `every` copies refer to it.
  EXPECT_EQ(nfa_->live_matches(), 101u);
  Send(1, 7, 200);
  EXPECT_EQ(matches_.size(), 100u);
  EXPECT_EQ(nfa_->live_matches(), 1u);  // only the next start is left
}

TEST(NfaSpecTest, LogicalNumbersTheRightSideFirstAndPutsTheAbsenceFirst) {
  bound::PatternInput p;
  for (int i = 0; i < 3; ++i) {
    bound::PatternState s;
    s.input.source = bound::SourceKind::kStream;
    s.input.id = i;
    p.states.push_back(std::move(s));
  }
  p.states[2].kind = bound::PatternState::Kind::kAbsent;
  p.states[2].waiting_ms = 1000;
  p.root = Next(Leaf(0), Logical(true, Leaf(1), Leaf(2)));
  absl::StatusOr<NfaSpec> spec = BuildNfaSpec(p);
  ASSERT_TRUE(spec.ok()) << spec.status();
  EXPECT_EQ(spec->states[0].order, 0);
  EXPECT_EQ(spec->states[1].order, 1);  // the present side is Siddhi's element 2
  EXPECT_EQ(spec->states[2].order, 2);
  EXPECT_EQ(spec->states[2].kind, StateKind::kAbsentLogical);
  EXPECT_EQ(spec->states[0].next, 2);   // -> the logical's first processor: the absence
  EXPECT_TRUE(spec->states[1].emits);
  EXPECT_TRUE(spec->states[2].emits);
  EXPECT_EQ(spec->states[0].watch, 1);  // the first state watches the last one
}

}  // namespace
}  // namespace talon::exec::pattern
