// The join operator driven directly: chunks arrive for the left (input 0) or right (input 1)
// side and the joined rows come out with their kinds and chunk ends. Expected behaviour follows
// Siddhi's JoinProcessor as the join conformance cases record it (JoinTestCase, OuterJoinTestCase,
// JoinTableTestCase).
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/engine.h"
#include "runtime/join/join_operator.h"
#include "runtime/registry.h"
#include "runtime/tables/in_memory_table.h"

namespace talon::exec {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const Registry& Builtins() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

// Left: cse (symbol string, price float); right: twitter (tweet string, company string).
Schema Cse() { return Schema({{"symbol", Type::kString}, {"price", Type::kFloat}}); }
Schema Twitter() { return Schema({{"tweet", Type::kString}, {"company", Type::kString}}); }

Batch CseEvent(std::string symbol, float price, Timestamp ts) {
  Batch b(Cse());
  b.Append(ts, EventKind::kCurrent, {Value::String(std::move(symbol)), Value::Float(price)});
  return b;
}
Batch Tweet(std::string tweet, std::string company, Timestamp ts) {
  Batch b(Twitter());
  b.Append(ts, EventKind::kCurrent,
           {Value::String(std::move(tweet)), Value::String(std::move(company))});
  return b;
}

std::unique_ptr<Window> LengthWindow(int32_t length, const Schema& schema) {
  std::vector<frontend::ArgInfo> infos = {{Type::kInt, Value::Int(length), false}};
  frontend::Lookup<frontend::WindowRef> ref = Builtins().LookupWindow("", "length", infos);
  bound::ExprPtr arg = bound::MakeConstant(Value::Int(length));
  return *Builtins().window(std::get<frontend::WindowRef>(ref).id).bind({arg.get()}, schema);
}

// cse.symbol == twitter.company over [symbol, price, tweet, company].
std::unique_ptr<PredicateKernel> SymbolIsCompany() {
  auto e = std::make_unique<bound::Expr>();
  e->kind = bound::ExprKind::kCompare;
  e->type = Type::kBool;
  e->compare = bound::CompareOp::kEq;
  e->operands.push_back(bound::MakeFieldRef(0, Type::kString, "symbol"));
  e->operands.push_back(bound::MakeFieldRef(3, Type::kString, "company"));
  Schema scope = Cse();
  const Schema twitter = Twitter();
  for (const Attribute& a : twitter.attributes()) scope.Add(a.name, a.type);
  KernelFactory kernels(Builtins(), JitMode::kOff);
  return *kernels.MakePredicate(*e, scope);
}

// "+WSO2/HW@5": current row (symbol or -, tweet or -), "-": expired, "R" reset, "|" chunk end.
std::vector<std::string> Render(const Batch& out) {
  std::vector<std::string> rows;
  for (size_t i = 0; i < out.size(); ++i) {
    std::string left = out.column(0).IsNull(i) ? "-" : out.column(0).Get(i).ToString();
    std::string right = out.column(2).IsNull(i) ? "-" : out.column(2).Get(i).ToString();
    switch (out.kind(i)) {
      case EventKind::kCurrent:
        rows.push_back(absl::StrCat("+", left, "/", right, "@", out.timestamp(i)));
        break;
      case EventKind::kExpired:
        rows.push_back(absl::StrCat("-", left, "/", right, "@", out.timestamp(i)));
        break;
      case EventKind::kReset: rows.push_back("R"); break;
      case EventKind::kTimer: rows.push_back("|"); break;
    }
  }
  return rows;
}

class JoinHarness {
 public:
  explicit JoinHarness(JoinSpec spec) : op_(MakeJoinOperator(std::move(spec))) {
    state_ = op_->CreateState();
  }
  std::vector<std::string> Send(int side, const Batch& chunk, Timestamp now) {
    ProcessContext ctx;
    ctx.now = now;
    ctx.eval.now = now;
    ctx.input = side;
    Batch batch = chunk;
    EXPECT_TRUE(op_->Process(state_.get(), batch, ctx).ok());
    return Render(batch);
  }

 private:
  std::unique_ptr<Operator> op_;
  std::unique_ptr<OperatorState> state_;
};

JoinSide StreamSide(const Schema& scope, int window_length) {
  JoinSide side;
  side.kind = JoinSide::Kind::kStream;
  side.scope = scope;
  side.triggers = true;
  if (window_length >= 0) side.window = LengthWindow(window_length, scope);
  return side;
}

TEST(JoinTest, WindowJoinJoinsArrivalsAndExpiredEvents) {
  // JoinTestCase.joinTest5 with an `on` condition: length(1) on both sides.
  JoinSpec spec;
  spec.left = StreamSide(Cse(), 1);
  spec.right = StreamSide(Twitter(), 1);
  spec.on = SymbolIsCompany();
  JoinHarness join(std::move(spec));
  EXPECT_THAT(join.Send(0, CseEvent("WSO2", 55.6f, 1), 1), IsEmpty());
  EXPECT_THAT(join.Send(1, Tweet("HW", "WSO2", 2), 2), ElementsAre("+WSO2/HW@2", "|"));
  // The expired WSO2 still finds the tweet; the new IBM finds nothing. One chunk per event.
  EXPECT_THAT(join.Send(0, CseEvent("IBM", 75.6f, 3), 3), ElementsAre("-WSO2/HW@3", "|"));
}

TEST(JoinTest, OuterSideEmitsUnmatchedArrivalsWithNulls) {
  // OuterJoinTestCase.joinTest2: right outer; only right arrivals produce NULL rows.
  JoinSpec spec;
  spec.left = StreamSide(Cse(), 1);
  spec.right = StreamSide(Twitter(), 2);
  spec.right.outer = true;
  spec.on = SymbolIsCompany();
  JoinHarness join(std::move(spec));
  EXPECT_THAT(join.Send(1, Tweet("HW", "WSO2", 1), 1), ElementsAre("+-/HW@1", "|"));
  EXPECT_THAT(join.Send(0, CseEvent("BMW", 57.6f, 2), 2), IsEmpty());
  EXPECT_THAT(join.Send(0, CseEvent("WSO2", 57.6f, 3), 3), ElementsAre("+WSO2/HW@3", "|"));
}

TEST(JoinTest, WindowlessStreamPassesCurrentExpiredAndReset) {
  // A stream without a window is Siddhi's lengthBatch(0): the event joins as current, then as
  // expired (when the query outputs expired events), then resets the aggregates; the other side
  // never finds it (PrimaryKeyTableTestCase.persistenceTest47).
  InMemoryTable table("T", Twitter(), {});
  Batch rows = Tweet("HW", "WSO2", 0);
  ASSERT_TRUE(table.Insert(rows, 0).ok());
  JoinSpec spec;
  spec.left = StreamSide(Cse(), -1);
  spec.right.kind = JoinSide::Kind::kTable;
  spec.right.table = &table;
  spec.right.scope = Twitter();
  spec.on = SymbolIsCompany();
  spec.expects_expired = true;
  JoinHarness join(std::move(spec));
  EXPECT_THAT(join.Send(0, CseEvent("WSO2", 1, 10), 12),
              ElementsAre("+WSO2/HW@10", "|", "-WSO2/HW@12", "|", "R", "|"));
}

TEST(JoinTest, SelfJoinFeedsLeftThenRight) {
  // JoinTestCase.joinTest3: `S#window.length(5) as a join S#window.length(5) as b`: the left
  // side joins before the right window holds the event, the right side after.
  JoinSpec spec;
  spec.left = StreamSide(Cse(), 5);
  spec.right = StreamSide(Cse(), 5);
  spec.same_source = true;
  JoinHarness join(std::move(spec));
  std::vector<std::string> out = join.Send(0, CseEvent("IBM", 75.6f, 1), 1);
  EXPECT_THAT(out, ElementsAre("+IBM/IBM@1", "|"));
}

TEST(JoinTest, EventTimestampOfASideThatDoesNotTriggerAloneIsUnsupported) {
  auto engine = Engine::Create();
  ASSERT_TRUE(engine.ok()) << engine.status();
  auto app = (*engine)->Deploy(
      "define stream S (symbol string);\n"
      "define stream U (symbol string);\n"
      "from S#window.length(2) as f join U#window.length(2) as u on f.symbol == u.symbol\n"
      "select eventTimestamp(u) as at insert into O;");
  ASSERT_FALSE(app.ok());
  EXPECT_EQ(app.status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_THAT(std::string(app.status().message()),
              testing::HasSubstr("eventTimestamp(u): Talon gives the timestamp of the event that "
                                 "triggers the join, and 'u' is not the only side that does"));
  // With `unidirectional`, only f triggers: eventTimestamp(f) is its event's timestamp.
  auto one_way = (*engine)->Deploy(
      "define stream S (symbol string);\n"
      "define stream U (symbol string);\n"
      "from S#window.length(2) as f unidirectional join U#window.length(2) as u\n"
      "on f.symbol == u.symbol select eventTimestamp(f) as at insert into O;");
  EXPECT_TRUE(one_way.ok()) << one_way.status();
}

}  // namespace
}  // namespace talon::exec
