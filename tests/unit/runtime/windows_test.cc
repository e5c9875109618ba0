// Window state machines driven directly: chunks of events in, the window's output out, with the
// clock moved by hand. Expected outputs follow Siddhi 5.1's window processors (the same
// behaviour the conformance cases in window.jsonl record end to end).
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/registry.h"
#include "runtime/windows/window.h"

namespace talon::exec {
namespace {

using frontend::ArgInfo;
using frontend::LookupError;
using frontend::WindowRef;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

const Registry& Builtins() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

// The input schema of every test: (symbol string, price double, ts long).
Schema TestSchema() {
  Schema schema;
  schema.Add("symbol", Type::kString);
  schema.Add("price", Type::kDouble);
  schema.Add("ts", Type::kLong);
  return schema;
}

struct In {
  std::string symbol;
  double price = 0;
  Timestamp time = 0;
  int64_t ts = 0;  // the `ts` attribute (external time)
};

Batch Chunk(const std::vector<In>& events) {
  Batch batch(TestSchema());
  for (const In& e : events) {
    batch.Append(e.time, EventKind::kCurrent,
                 {Value::String(e.symbol), Value::Double(e.price), Value::Long(e.ts)});
  }
  return batch;
}

// "+A@5" current, "-A@5" expired, "R" reset, "|" chunk end.
std::vector<std::string> Render(const Batch& out) {
  std::vector<std::string> rows;
  for (size_t i = 0; i < out.size(); ++i) {
    switch (out.kind(i)) {
      case EventKind::kCurrent:
        rows.push_back(absl::StrCat("+", out.column(0).Get(i).ToString(), "@", out.timestamp(i)));
        break;
      case EventKind::kExpired:
        rows.push_back(absl::StrCat("-", out.column(0).Get(i).ToString(), "@", out.timestamp(i)));
        break;
      case EventKind::kReset: rows.push_back("R"); break;
      case EventKind::kTimer: rows.push_back("|"); break;
    }
  }
  return rows;
}

// A window with its state, fed chunk by chunk.
class Harness {
 public:
  Harness(std::string_view name, std::vector<bound::ExprPtr> args) : args_(std::move(args)) {
    std::vector<ArgInfo> infos;
    std::vector<const bound::Expr*> raw;
    for (const bound::ExprPtr& a : args_) {
      ArgInfo info;
      info.type = a->type;
      if (a->IsConstant()) info.constant = a->value;
      info.is_attribute = a->kind == bound::ExprKind::kFieldRef;
      infos.push_back(info);
      raw.push_back(a.get());
    }
    frontend::Lookup<WindowRef> ref = Builtins().LookupWindow("", name, infos);
    const WindowRef* found = std::get_if<WindowRef>(&ref);
    EXPECT_NE(found, nullptr) << std::get<LookupError>(ref).message;
    auto window = Builtins().window(found->id).bind(raw, TestSchema());
    EXPECT_TRUE(window.ok()) << window.status();
    window_ = std::move(*window);
    state_ = window_->CreateState();
  }

  std::vector<std::string> Send(const std::vector<In>& events, Timestamp now) {
    Batch out(TestSchema());
    EXPECT_TRUE(window_->Process(*state_, Chunk(events), now, out).ok());
    return Render(out);
  }
  std::vector<std::string> Tick(Timestamp now) {
    Batch out;  // as the pipeline passes it: no columns yet
    std::optional<Timestamp> due = window_->NextWakeup(*state_);
    if (due && *due <= now) {
      EXPECT_TRUE(window_->OnTime(*state_, now, out).ok());
    }
    return Render(out);
  }
  std::optional<Timestamp> NextWakeup() const { return window_->NextWakeup(*state_); }
  size_t Held() const { return window_->StateSize(*state_); }

 private:
  std::vector<bound::ExprPtr> args_;
  std::unique_ptr<Window> window_;
  std::unique_ptr<WindowState> state_;
};

bound::ExprPtr Int(int32_t v) { return bound::MakeConstant(Value::Int(v)); }
bound::ExprPtr Long(int64_t v) { return bound::MakeConstant(Value::Long(v)); }
bound::ExprPtr Bool(bool v) { return bound::MakeConstant(Value::Bool(v)); }
bound::ExprPtr Str(std::string v) { return bound::MakeConstant(Value::String(std::move(v))); }
bound::ExprPtr Symbol() { return bound::MakeFieldRef(0, Type::kString, "symbol"); }
bound::ExprPtr Price() { return bound::MakeFieldRef(1, Type::kDouble, "price"); }
bound::ExprPtr Ts() { return bound::MakeFieldRef(2, Type::kLong, "ts"); }

template <typename... A>
std::vector<bound::ExprPtr> Make(A... a) {
  std::vector<bound::ExprPtr> v;
  (v.push_back(std::move(a)), ...);
  return v;
}

LookupError ResolveError(std::string_view name, std::vector<ArgInfo> args) {
  frontend::Lookup<WindowRef> ref = Builtins().LookupWindow("", name, args);
  const LookupError* error = std::get_if<LookupError>(&ref);
  EXPECT_NE(error, nullptr) << "window '" << name << "' accepted the arguments";
  return error ? *error : LookupError{};
}

ArgInfo ConstArg(Value v) { return ArgInfo{v.type(), v, false}; }
ArgInfo AttrArg(Type t) { return ArgInfo{t, std::nullopt, true}; }
ArgInfo ExprArg(Type t) { return ArgInfo{t, std::nullopt, false}; }

// ---- length ----------------------------------------------------------------------------------

TEST(WindowsTest, LengthExpiresTheOldestStampedWithTheClock) {
  Harness w("length", Make(Int(2)));
  EXPECT_THAT(w.Send({{"A", 1, 1}}, 1), ElementsAre("+A@1", "|"));
  EXPECT_THAT(w.Send({{"B", 2, 2}}, 2), ElementsAre("+B@2", "|"));
  EXPECT_THAT(w.Send({{"C", 3, 5}}, 7), ElementsAre("-A@7", "+C@5", "|"));
  EXPECT_EQ(w.Held(), 2u);
  EXPECT_EQ(w.NextWakeup(), std::nullopt);
}

TEST(WindowsTest, LengthExpiresInsideAChunkBeforeEachArrival) {
  Harness w("length", Make(Int(1)));
  EXPECT_THAT(w.Send({{"A", 1, 1}, {"B", 2, 1}, {"C", 3, 1}}, 1),
              ElementsAre("+A@1", "-A@1", "+B@1", "-B@1", "+C@1", "|"));
}

TEST(WindowsTest, LengthZeroPassesEachEventWithItsExpiryAndAReset) {
  Harness w("length", Make(Int(0)));
  EXPECT_THAT(w.Send({{"A", 1, 3}}, 3), ElementsAre("+A@3", "-A@3", "R", "|"));
}

// ---- lengthBatch -----------------------------------------------------------------------------

TEST(WindowsTest, LengthBatchEmitsPreviousBatchResetAndNewBatch) {
  Harness w("lengthBatch", Make(Int(2)));
  EXPECT_THAT(w.Send({{"A", 1, 1}}, 1), IsEmpty());
  EXPECT_THAT(w.Send({{"B", 1, 2}}, 2), ElementsAre("R", "+A@1", "+B@2", "|"));
  EXPECT_THAT(w.Send({{"C", 1, 3}}, 3), IsEmpty());
  EXPECT_THAT(w.Send({{"D", 1, 4}}, 4), ElementsAre("-A@4", "-B@4", "R", "+C@3", "+D@4", "|"));
}

TEST(WindowsTest, LengthBatchCutsOneChunkPerBatch) {
  Harness w("lengthBatch", Make(Int(2)));
  EXPECT_THAT(w.Send({{"A", 1, 1}, {"B", 1, 1}, {"C", 1, 1}, {"D", 1, 1}, {"E", 1, 1}}, 1),
              ElementsAre("R", "+A@1", "+B@1", "|", "-A@1", "-B@1", "R", "+C@1", "+D@1", "|"));
}

TEST(WindowsTest, LengthBatchStreamingCurrentEvents) {
  Harness w("lengthBatch", Make(Int(2), Bool(true)));
  EXPECT_THAT(w.Send({{"A", 1, 1}}, 1), ElementsAre("+A@1", "|"));
  EXPECT_THAT(w.Send({{"B", 1, 2}}, 2), ElementsAre("+B@2", "|"));
  EXPECT_THAT(w.Send({{"C", 1, 3}}, 3), ElementsAre("-A@3", "-B@3", "R", "+C@3", "|"));
}

// ---- time ------------------------------------------------------------------------------------

TEST(WindowsTest, TimeExpiresOnTheClockThroughNotifications) {
  Harness w("time", Make(Long(1000)));
  EXPECT_THAT(w.Send({{"A", 1, 0}}, 0), ElementsAre("+A@0", "|"));
  EXPECT_THAT(w.Send({{"B", 1, 500}}, 500), ElementsAre("+B@500", "|"));
  EXPECT_EQ(w.NextWakeup(), 1000);
  EXPECT_THAT(w.Tick(999), IsEmpty());
  // Expired events carry the time the clock reached, not their expiry time.
  EXPECT_THAT(w.Tick(1200), ElementsAre("-A@1200", "|"));
  EXPECT_EQ(w.NextWakeup(), 1500);
  EXPECT_THAT(w.Tick(5000), ElementsAre("-B@5000", "|"));
  EXPECT_EQ(w.NextWakeup(), std::nullopt);
}

TEST(WindowsTest, TimeExpiresBeforeAnArrivalInTheSameChunk) {
  Harness w("time", Make(Long(100)));
  w.Send({{"A", 1, 0}}, 0);
  EXPECT_THAT(w.Send({{"B", 1, 150}}, 150), ElementsAre("-A@150", "+B@150", "|"));
}

// ---- timeBatch -------------------------------------------------------------------------------

TEST(WindowsTest, TimeBatchTumblesOnTheFirstEventsClock) {
  Harness w("timeBatch", Make(Long(1000)));
  EXPECT_THAT(w.Send({{"A", 1, 100}}, 100), IsEmpty());
  EXPECT_EQ(w.NextWakeup(), 1100);
  EXPECT_THAT(w.Send({{"B", 1, 600}}, 600), IsEmpty());
  EXPECT_THAT(w.Tick(1100), ElementsAre("R", "+A@100", "+B@600", "|"));
  EXPECT_EQ(w.NextWakeup(), 2100);
  EXPECT_THAT(w.Tick(2100), ElementsAre("-A@2100", "-B@2100", "|"));
}

TEST(WindowsTest, TimeBatchCatchesUpOnePeriodPerNotification) {
  Harness w("timeBatch", Make(Long(1000)));
  w.Send({{"A", 1, 0}}, 0);
  // The clock jumps three periods: each due notification is a chunk of its own.
  EXPECT_THAT(w.Tick(3500), ElementsAre("R", "+A@0", "|", "-A@3500", "|"));
  EXPECT_EQ(w.NextWakeup(), 4000);
}

TEST(WindowsTest, TimeBatchWithStartTimeAlignsTheBatches) {
  Harness w("timeBatch", Make(Long(1000), Long(123)));
  w.Send({{"A", 1, 1000000}}, 1000000);
  EXPECT_EQ(w.NextWakeup(), 1000123);
}

TEST(WindowsTest, TimeBatchStreamingCurrentEventsLeadTheirChunk) {
  Harness w("timeBatch", Make(Long(1000), Bool(true)));
  EXPECT_THAT(w.Send({{"A", 1, 0}}, 0), ElementsAre("+A@0", "|"));
  EXPECT_THAT(w.Tick(1000), ElementsAre("-A@1000", "R", "|"));
}

// ---- timeLength ------------------------------------------------------------------------------

TEST(WindowsTest, TimeLengthExpiresByCountAndByAge) {
  Harness w("timeLength", Make(Long(1000), Int(2)));
  w.Send({{"A", 1, 0}}, 0);
  w.Send({{"B", 1, 100}}, 100);
  EXPECT_THAT(w.Send({{"C", 1, 200}}, 200), ElementsAre("-A@200", "+C@200", "|"));
  EXPECT_THAT(w.Tick(1100), ElementsAre("-B@1100", "|"));
}

// ---- externalTime / externalTimeBatch ----------------------------------------------------------

TEST(WindowsTest, ExternalTimeExpiresByTheAttributeStampedWithIt) {
  Harness w("externalTime", Make(Ts(), Long(1000)));
  w.Send({{"A", 1, 5, 10000}}, 5);
  w.Send({{"B", 1, 6, 10500}}, 6);
  EXPECT_THAT(w.Send({{"C", 1, 7, 11000}}, 7), ElementsAre("-A@11000", "+C@7", "|"));
  EXPECT_EQ(w.NextWakeup(), std::nullopt);
}

TEST(WindowsTest, ExternalTimeBatchFlushesWhenAnEventPassesTheBatchEnd) {
  Harness w("externalTimeBatch", Make(Ts(), Long(1000)));
  EXPECT_THAT(w.Send({{"A", 1, 1, 10000}}, 1), IsEmpty());
  EXPECT_THAT(w.Send({{"B", 1, 2, 10500}}, 2), IsEmpty());
  EXPECT_THAT(w.Send({{"C", 1, 3, 11000}}, 3), ElementsAre("R", "+A@1", "+B@2", "|"));
  EXPECT_THAT(w.Send({{"D", 1, 4, 12000}}, 4),
              ElementsAre("-A@12000", "-B@12000", "R", "+C@3", "|"));
}

TEST(WindowsTest, ExternalTimeBatchTimeoutFlushesOnTheEngineClock) {
  Harness w("externalTimeBatch", Make(Ts(), Long(1000), Long(0), Long(500)));
  w.Send({{"A", 1, 100, 10000}}, 100);
  EXPECT_EQ(w.NextWakeup(), 600);
  EXPECT_THAT(w.Tick(600), ElementsAre("R", "+A@100", "|"));
}

// ---- sort ------------------------------------------------------------------------------------

TEST(WindowsTest, SortExpiresTheEventThatSortsLast) {
  Harness w("sort", Make(Int(2), Price()));
  w.Send({{"A", 30, 1}}, 1);
  w.Send({{"B", 10, 2}}, 2);
  EXPECT_THAT(w.Send({{"C", 20, 3}}, 3), ElementsAre("+C@3", "-A@3", "|"));
  EXPECT_THAT(w.Send({{"D", 5, 4}}, 4), ElementsAre("+D@4", "-C@4", "|"));
}

TEST(WindowsTest, SortDescendingKeepsTheLargest) {
  Harness w("sort", Make(Int(1), Price(), Str("desc")));
  w.Send({{"A", 30, 1}}, 1);
  EXPECT_THAT(w.Send({{"B", 10, 2}}, 2), ElementsAre("+B@2", "-B@2", "|"));
}

// ---- delay, batch ------------------------------------------------------------------------------

TEST(WindowsTest, DelayReleasesEventsAsCurrentStampedWithTheClock) {
  Harness w("delay", Make(Long(1000)));
  EXPECT_THAT(w.Send({{"A", 1, 0}}, 0), IsEmpty());
  EXPECT_THAT(w.Tick(1200), ElementsAre("+A@1200", "|"));
}

TEST(WindowsTest, BatchTreatsEachChunkAsABatch) {
  Harness w("batch", Make());
  EXPECT_THAT(w.Send({{"A", 1, 1}, {"B", 1, 1}}, 1), ElementsAre("+A@1", "+B@1", "|"));
  EXPECT_THAT(w.Send({{"C", 1, 2}}, 2), ElementsAre("-A@2", "-B@2", "R", "+C@2", "|"));
}

// ---- session ---------------------------------------------------------------------------------

TEST(WindowsTest, SessionExpiresAKeysEventsAfterTheGap) {
  Harness w("session", Make(Long(1000), Symbol()));
  EXPECT_THAT(w.Send({{"u0", 1, 0}}, 0), ElementsAre("+u0@0", "|"));
  EXPECT_THAT(w.Send({{"u0", 2, 1}}, 1), ElementsAre("+u0@1", "|"));
  EXPECT_THAT(w.Send({{"u1", 3, 12}}, 12), ElementsAre("+u1@12", "|"));
  // Notifications at 1000 (too early: u0 now ends at 1001), 1001 and 1012, each a chunk of its
  // own; expired events keep their own timestamps.
  EXPECT_THAT(w.Tick(3000), ElementsAre("-u0@0", "-u0@1", "|", "-u1@12", "|"));
}

// ---- frequent ----------------------------------------------------------------------------------

TEST(WindowsTest, FrequentDecrementsKeysInJavaHashOrder) {
  Harness w("frequent", Make(Int(2)));
  w.Send({{"3234-3244-2432-4124", 73.36, 0}}, 0);
  w.Send({{"1234-3244-2432-123", 46.36, 1}}, 1);
  // ConcurrentHashMap iterates "1234..." before "3234...", so that is the expiry order.
  EXPECT_THAT(w.Send({{"5768-3244-2432-5646", 48.36, 2}}, 2),
              ElementsAre("-1234-3244-2432-123@2", "-3234-3244-2432-4124@2",
                          "+5768-3244-2432-5646@2", "|"));
}

// ---- expression ------------------------------------------------------------------------------

TEST(WindowsTest, ExpressionWindowKeepsEventsWhileTheConditionHolds) {
  Harness w("expression", Make(Str("count() <= 2")));
  w.Send({{"A", 1, 1}}, 1);
  w.Send({{"B", 1, 2}}, 2);
  EXPECT_THAT(w.Send({{"C", 1, 3}}, 3), ElementsAre("-A@3", "+C@3", "|"));
  EXPECT_EQ(w.Held(), 2u);
}

TEST(WindowsTest, ExpressionWindowReadsFirstAndLast) {
  Harness w("expression", Make(Str("eventTimestamp(last) - eventTimestamp(first) <= 2")));
  w.Send({{"A", 1, 0}}, 0);
  w.Send({{"B", 1, 2}}, 2);
  EXPECT_THAT(w.Send({{"C", 1, 3}}, 3), ElementsAre("-A@3", "+C@3", "|"));
}

TEST(WindowsTest, ExpressionBatchFlushesWhenTheConditionFails) {
  Harness w("expressionBatch", Make(Str("sum(price) < 10")));
  EXPECT_THAT(w.Send({{"A", 4, 1}}, 1), IsEmpty());
  EXPECT_THAT(w.Send({{"B", 4, 2}}, 2), IsEmpty());
  EXPECT_THAT(w.Send({{"C", 4, 3}}, 3), ElementsAre("+A@3", "+B@3", "|"));
  // The aggregate restarted from C alone: 4 + 4 < 10 holds again.
  EXPECT_THAT(w.Send({{"D", 4, 4}}, 4), IsEmpty());
}

// ---- argument checking -------------------------------------------------------------------------

TEST(WindowsTest, ResolveRejectsWhatSiddhiRejects) {
  EXPECT_EQ(ResolveError("length", {ConstArg(Value::Int(2)), AttrArg(Type::kFloat)}).code,
            DiagCode::kWrongArgumentCount);
  LookupError type = ResolveError("lengthBatch", {ConstArg(Value::Int(1)), ExprArg(Type::kInt)});
  EXPECT_EQ(type.code, DiagCode::kWrongArgumentType);
  EXPECT_EQ(type.arg_index, 1);
  LookupError dynamic = ResolveError("lengthBatch", {ExprArg(Type::kInt)});
  EXPECT_EQ(dynamic.code, DiagCode::kInvalidWindow);
  EXPECT_EQ(dynamic.arg_index, 0);
  EXPECT_EQ(ResolveError("length", {ConstArg(Value::Int(-1))}).code, DiagCode::kInvalidWindow);
  EXPECT_EQ(ResolveError("timeLength", {ConstArg(Value::Long(4000))}).code,
            DiagCode::kWrongArgumentCount);
  EXPECT_EQ(ResolveError("externalTime", {AttrArg(Type::kInt), ConstArg(Value::Long(5000))}).code,
            DiagCode::kWrongArgumentType);
  EXPECT_EQ(ResolveError("sort", {ConstArg(Value::Int(2)), AttrArg(Type::kLong),
                                  ConstArg(Value::String("ecs"))})
                .code,
            DiagCode::kInvalidWindow);
  EXPECT_EQ(ResolveError("session", {ConstArg(Value::Long(5000)), ConstArg(Value::String("user")),
                                     ConstArg(Value::Long(2000))})
                .code,
            DiagCode::kInvalidWindow);
  EXPECT_EQ(ResolveError("batch", {ConstArg(Value::Int(-30))}).code, DiagCode::kInvalidWindow);
  EXPECT_EQ(ResolveError("timeBatch", {ConstArg(Value::Long(1000)), ConstArg(Value::Bool(true)),
                                       ConstArg(Value::Int(100))})
                .code,
            DiagCode::kWrongArgumentType);
}

TEST(WindowsTest, ExpressionThatIsNotBoolFailsToBind) {
  std::vector<bound::ExprPtr> args = Make(Str("eventTimestamp(last)"));
  std::vector<const bound::Expr*> raw{args[0].get()};
  const WindowDef* def = nullptr;
  for (const WindowDef& d : Builtins().windows()) {
    if (d.name == "expressionBatch") def = &d;
  }
  ASSERT_NE(def, nullptr);
  auto window = def->bind(raw, TestSchema());
  ASSERT_FALSE(window.ok());
  EXPECT_THAT(std::string(window.status().message()), ::testing::HasSubstr("does not return Bool"));
}

TEST(WindowsTest, CronResolvesButDoesNotRun) {
  std::vector<bound::ExprPtr> args = Make(Str("*/5 * * * * ?"));
  std::vector<const bound::Expr*> raw{args[0].get()};
  frontend::Lookup<WindowRef> ref =
      Builtins().LookupWindow("", "cron", {ConstArg(Value::String("*/5 * * * * ?"))});
  ASSERT_TRUE(std::holds_alternative<WindowRef>(ref));
  auto window = Builtins().window(std::get<WindowRef>(ref).id).bind(raw, TestSchema());
  EXPECT_EQ(window.status().code(), absl::StatusCode::kUnimplemented);
}

}  // namespace
}  // namespace talon::exec
