// Output rate limiters driven directly: the select step's output (chunks separated by kTimer
// rows, resets, a trailing group-key column) in, the limiter's output chunks out, with the clock
// moved by hand. Expected outputs follow Siddhi 5.1's OutputRateLimiter family (the same
// behaviour ratelimit.jsonl records end to end).
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/operators/operators.h"

namespace talon::exec {
namespace {

using Kind = ast::OutputRate::Kind;
using Which = ast::OutputRate::Which;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The query output of every test: (ip string, total long).
Schema Output() {
  Schema schema;
  schema.Add("ip", Type::kString);
  schema.Add("total", Type::kLong);
  return schema;
}

// One row the select step hands on: "+ip:total@t" current, "-ip:total@t" expired, "R@t" reset,
// "|" chunk end. `group` is the group key (group-by queries).
struct Row {
  char kind = '+';
  std::string ip;
  int64_t total = 0;
  Timestamp time = 0;
  std::string group;
};

Row Cur(std::string ip, int64_t total, Timestamp t) { return Row{'+', ip, total, t, ip}; }
Row Exp(std::string ip, int64_t total, Timestamp t) { return Row{'-', ip, total, t, ip}; }
Row Reset(Timestamp t) { return Row{'R', "", 0, t, ""}; }
Row End() { return Row{'|', "", 0, 0, ""}; }

// "+ip:total@t" per row, "|" at each chunk end.
std::vector<std::string> Render(const Batch& out) {
  std::vector<std::string> rows;
  for (size_t i = 0; i < out.size(); ++i) {
    std::string text = absl::StrCat(out.column(0).Get(i).ToString(), ":",
                                     out.column(1).Get(i).ToString(), "@", out.timestamp(i));
    switch (out.kind(i)) {
      case EventKind::kCurrent: rows.push_back("+" + text); break;
      case EventKind::kExpired: rows.push_back("-" + text); break;
      case EventKind::kReset: rows.push_back("R"); break;
      case EventKind::kTimer: rows.push_back("|"); break;
    }
  }
  return rows;
}

class Limiter {
 public:
  explicit Limiter(RateLimitSpec spec) : group_by_(spec.group_by) {
    spec.output = Output();
    auto op = MakeRateLimitOperator(std::move(spec));
    EXPECT_TRUE(op.ok()) << op.status();
    op_ = std::move(*op);
    state_ = op_->CreateState();
  }

  void Start(Timestamp now) { op_->Start(state_.get(), now); }

  std::vector<std::string> Send(const std::vector<Row>& rows, Timestamp now) {
    Batch in(Output());
    if (group_by_) in.columns().emplace_back(Type::kString);
    for (const Row& r : rows) {
      EventKind kind = r.kind == '+'   ? EventKind::kCurrent
                       : r.kind == '-' ? EventKind::kExpired
                       : r.kind == 'R' ? EventKind::kReset
                                       : EventKind::kTimer;
      std::vector<Value> values;
      if (kind == EventKind::kCurrent || kind == EventKind::kExpired) {
        values = {Value::String(r.ip), Value::Long(r.total)};
      } else {
        values = {Value::Null(Type::kString), Value::Null(Type::kLong)};
      }
      if (group_by_) values.push_back(r.group.empty() ? Value::Null(Type::kString)
                                                       : Value::String(r.group));
      in.Append(r.time, kind, values);
    }
    ProcessContext ctx;
    ctx.now = now;
    ctx.eval.now = now;
    EXPECT_TRUE(op_->Process(state_.get(), in, ctx).ok());
    return Render(in);
  }

  std::vector<std::string> Tick(Timestamp now) {
    Batch out;
    EXPECT_TRUE(op_->OnTime(state_.get(), now, out).ok());
    return Render(out);
  }

 private:
  bool group_by_;
  std::unique_ptr<Operator> op_;
  std::unique_ptr<OperatorState> state_;
};

RateLimitSpec Spec(Kind kind, Which which, int64_t value, bool group_by = false) {
  RateLimitSpec spec;
  spec.kind = kind;
  spec.which = which;
  spec.value = value;
  spec.group_by = group_by;
  return spec;
}

RateLimitSpec Snapshot(int64_t period, bool windowed, bool group_by,
                       std::vector<int> aggregates = {}) {
  RateLimitSpec spec = Spec(Kind::kSnapshot, Which::kAll, period, group_by);
  spec.windowed = windowed;
  spec.aggregate_columns = std::move(aggregates);
  return spec;
}

TEST(RateLimitTest, AllEveryNEventsSendsWhatItCollectedAsOneChunk) {
  Limiter l(Spec(Kind::kEvents, Which::kAll, 2));
  EXPECT_THAT(l.Send({Cur("a", 1, 1)}, 1), IsEmpty());
  EXPECT_THAT(l.Send({Cur("b", 2, 2)}, 2), ElementsAre("+a:1@1", "+b:2@2", "|"));
  // Two rounds completed by one chunk still leave as one chunk.
  EXPECT_THAT(l.Send({Cur("c", 3, 3), Cur("d", 4, 3), Cur("e", 5, 3), Cur("f", 6, 3)}, 3),
              ElementsAre("+c:3@3", "+d:4@3", "+e:5@3", "+f:6@3", "|"));
}

TEST(RateLimitTest, FirstEveryNEventsCountsResetsToo) {
  Limiter l(Spec(Kind::kEvents, Which::kFirst, 2));
  EXPECT_THAT(l.Send({Cur("a", 1, 1)}, 1), ElementsAre("+a:1@1", "|"));
  EXPECT_THAT(l.Send({Cur("b", 1, 2)}, 2), IsEmpty());
  // FirstPerEventOutputRateLimiter counts every row of the chunk, the reset included: the
  // reset takes the first place of its round (and is not sent), so c closes the round.
  EXPECT_THAT(l.Send({Reset(3), Cur("c", 1, 3), Cur("d", 1, 3)}, 3), ElementsAre("+d:1@3", "|"));
  EXPECT_THAT(l.Send({Cur("e", 1, 4)}, 4), IsEmpty());
}

TEST(RateLimitTest, LastEveryNEventsKeepsKinds) {
  Limiter l(Spec(Kind::kEvents, Which::kLast, 2));
  EXPECT_THAT(l.Send({Cur("a", 1, 1)}, 1), IsEmpty());
  EXPECT_THAT(l.Send({Exp("a", 0, 2), Reset(2), Cur("b", 1, 2)}, 2), ElementsAre("-a:0@2", "|"));
}

TEST(RateLimitTest, LastPerGroupKeepsAGroupsFirstPlace) {
  Limiter l(Spec(Kind::kEvents, Which::kLast, 4, /*group_by=*/true));
  EXPECT_THAT(l.Send({Cur("x", 1, 1), Cur("y", 1, 2), Cur("x", 2, 3)}, 3), IsEmpty());
  EXPECT_THAT(l.Send({Cur("z", 1, 4)}, 4), ElementsAre("+x:2@3", "+y:1@2", "+z:1@4", "|"));
}

TEST(RateLimitTest, FirstPerGroupReopensAfterNEventsOfThatGroup) {
  Limiter l(Spec(Kind::kEvents, Which::kFirst, 2, /*group_by=*/true));
  EXPECT_THAT(l.Send({Cur("x", 1, 1)}, 1), ElementsAre("+x:1@1", "|"));
  EXPECT_THAT(l.Send({Cur("y", 1, 2)}, 2), ElementsAre("+y:1@2", "|"));
  EXPECT_THAT(l.Send({Cur("x", 2, 3)}, 3), IsEmpty());
  EXPECT_THAT(l.Send({Cur("x", 3, 4)}, 4), ElementsAre("+x:3@4", "|"));
}

TEST(RateLimitTest, TimeLimitersTickFromTheirStart) {
  Limiter all(Spec(Kind::kTime, Which::kAll, 1000));
  all.Start(500);
  EXPECT_THAT(all.Send({Cur("a", 1, 600)}, 600), IsEmpty());
  EXPECT_THAT(all.Send({Cur("b", 1, 900)}, 900), IsEmpty());
  EXPECT_THAT(all.Tick(1499), IsEmpty());
  EXPECT_THAT(all.Tick(1500), ElementsAre("+a:1@600", "+b:1@900", "|"));
  // Idle ticks send nothing; the next due one after a long gap is on the grid.
  EXPECT_THAT(all.Tick(9000), IsEmpty());
  EXPECT_THAT(all.Send({Cur("c", 1, 9100)}, 9100), IsEmpty());
  EXPECT_THAT(all.Tick(9499), IsEmpty());
  EXPECT_THAT(all.Tick(9500), ElementsAre("+c:1@9100", "|"));
}

TEST(RateLimitTest, LastPerTimeByGroupSendsEachGroupsLastEvent) {
  Limiter l(Spec(Kind::kTime, Which::kLast, 1000, /*group_by=*/true));
  l.Start(0);
  l.Send({Cur("x", 1, 10), Cur("y", 1, 20)}, 20);
  l.Send({Exp("x", 0, 30)}, 30);
  EXPECT_THAT(l.Tick(1000), ElementsAre("-x:0@30", "+y:1@20", "|"));
  EXPECT_THAT(l.Tick(2000), IsEmpty());
}

TEST(RateLimitTest, FirstPerTimeUsesTheClockAtArrival) {
  Limiter l(Spec(Kind::kTime, Which::kFirst, 1000));
  EXPECT_THAT(l.Send({Cur("a", 1, 0), Cur("b", 1, 0)}, 0), ElementsAre("+a:1@0", "|"));
  EXPECT_THAT(l.Send({Cur("c", 1, 999)}, 999), IsEmpty());
  EXPECT_THAT(l.Send({Cur("d", 1, 1000)}, 1000), ElementsAre("+d:1@1000", "|"));
}

TEST(RateLimitTest, SnapshotRepeatsTheLastEventAtEveryTick) {
  Limiter l(Snapshot(1000, /*windowed=*/false, /*group_by=*/false));
  l.Start(0);
  l.Send({Cur("a", 1, 10)}, 10);
  l.Send({Cur("b", 1, 20)}, 20);
  EXPECT_THAT(l.Tick(3000), ElementsAre("+b:1@20", "|", "+b:1@20", "|", "+b:1@20", "|"));
}

TEST(RateLimitTest, WindowedSnapshotFollowsTheWindowAndFlushesOnLateEvents) {
  Limiter l(Snapshot(1000, /*windowed=*/true, /*group_by=*/false));
  l.Start(0);
  l.Send({Cur("a", 1, 100), End(), Cur("b", 1, 101)}, 101);
  // Expired events stamped after two due ticks: each flushes once before leaving the window.
  EXPECT_THAT(l.Send({Exp("a", 1, 2500), Exp("b", 1, 2500)}, 2500),
              ElementsAre("+a:1@100", "+b:1@101", "+b:1@101", "|"));
  EXPECT_THAT(l.Tick(2500), IsEmpty());
  // A reset forgets the previous batch.
  l.Send({Cur("c", 1, 2600), Reset(2700), Cur("d", 1, 2700)}, 2700);
  EXPECT_THAT(l.Tick(3000), ElementsAre("+d:1@2700", "|"));
}

TEST(RateLimitTest, AggregationSnapshotSendsTheLatestAggregateWithEachEvent) {
  Limiter l(Snapshot(1000, /*windowed=*/true, /*group_by=*/false, /*aggregates=*/{1}));
  l.Start(0);
  l.Send({Cur("a", 3, 100)}, 100);
  l.Send({Cur("b", 9, 101)}, 101);
  EXPECT_THAT(l.Tick(1000), ElementsAre("+a:9@100", "+b:9@101", "|"));
  l.Send({Exp("a", 6, 1100)}, 1100);
  EXPECT_THAT(l.Tick(2000), ElementsAre("+b:6@101", "|"));
}

TEST(RateLimitTest, AllAggregationByGroupDropsEmptiedGroupsAndKeepsOrder) {
  Limiter l(Snapshot(1000, /*windowed=*/true, /*group_by=*/true, /*aggregates=*/{0, 1}));
  l.Start(0);
  l.Send({Cur("x", 3, 100)}, 100);
  l.Send({Cur("y", 6, 101)}, 101);
  EXPECT_THAT(l.Tick(1000), ElementsAre("+x:3@100", "+y:6@101", "|"));
  l.Send({Exp("x", 0, 1100)}, 1100);
  l.Send({Cur("x", 2, 1200)}, 1200);
  // x dropped out (count 0) at no snapshot, so it keeps its place.
  EXPECT_THAT(l.Tick(2000), ElementsAre("+x:2@1200", "+y:6@101", "|"));
  l.Send({Exp("x", 0, 2100)}, 2100);
  EXPECT_THAT(l.Tick(3000), ElementsAre("+y:6@101", "|"));
  l.Send({Cur("x", 5, 3100)}, 3100);
  EXPECT_THAT(l.Tick(4000), ElementsAre("+y:6@101", "+x:5@3100", "|"));
}

TEST(RateLimitTest, RejectsANonPositiveRate) {
  RateLimitSpec spec = Spec(Kind::kEvents, Which::kAll, 0);
  spec.output = Output();
  EXPECT_FALSE(MakeRateLimitOperator(std::move(spec)).ok());
}

}  // namespace
}  // namespace talon::exec
