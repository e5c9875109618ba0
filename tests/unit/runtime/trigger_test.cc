// Triggers on the event-time clock (periodic, 'start', cron) and the Quartz cron expressions
// they use. Expected firings follow Siddhi 5.1's PeriodicTrigger / StartTrigger / CronTrigger,
// with time taken from the engine clock as the conformance cases ("eventtime") record it.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/engine.h"
#include "runtime/triggers/cron_expression.h"

namespace talon::exec {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Deploys an app and records what reaches the observed streams as "stream:v1,v2@t".
class App {
 public:
  App(std::string_view text, const std::vector<std::string>& observe, Timestamp start = 0) {
    auto engine = Engine::Create();
    EXPECT_TRUE(engine.ok()) << engine.status();
    engine_ = std::move(*engine);
    auto app = engine_->Deploy(text);
    EXPECT_TRUE(app.ok()) << app.status();
    app_ = std::move(*app);
    for (const std::string& name : observe) {
      EXPECT_TRUE(app_->AddStreamCallback(name, [this, name](const std::vector<Event>& events) {
                    for (const Event& e : events) {
                      std::vector<std::string> values;
                      for (const Value& v : e.data) values.push_back(v.ToString());
                      seen_.push_back(
                          absl::StrCat(name, ":", absl::StrJoin(values, ","), "@", e.timestamp));
                    }
                  }).ok());
    }
    EXPECT_TRUE(app_->Start(start).ok());
  }

  void Send(std::string_view stream, Timestamp t, std::vector<Value> data) {
    absl::Status s = app_->Send(stream, t, std::move(data));
    EXPECT_TRUE(s.ok()) << s;
  }
  void Advance(Timestamp t) { EXPECT_TRUE(app_->AdvanceTime(t).ok()); }
  std::vector<std::string> Take() { return std::exchange(seen_, {}); }

 private:
  std::unique_ptr<Engine> engine_;
  std::unique_ptr<AppRuntime> app_;
  std::vector<std::string> seen_;
};

TEST(TriggerTest, PeriodicTriggerFiresOnTheEventClockFromTheStart) {
  App app("define trigger T at every 500 milliseconds;", {"T"}, /*start=*/1000);
  app.Advance(2100);
  EXPECT_THAT(app.Take(), ElementsAre("T:1500@1500", "T:2000@2000"));
}

TEST(TriggerTest, StartTriggerFiresOnceAtStart) {
  App app("define trigger T at 'start';", {"T"}, /*start=*/700);
  EXPECT_THAT(app.Take(), ElementsAre("T:700@700"));
  app.Advance(5000);
  EXPECT_THAT(app.Take(), IsEmpty());
}

TEST(TriggerTest, CronTriggerFiresOnTheEventClock) {
  App app("define trigger T at '*/2 * * * * ?';", {"T"}, /*start=*/1500);
  app.Advance(6000);
  EXPECT_THAT(app.Take(), ElementsAre("T:2000@2000", "T:4000@4000", "T:6000@6000"));
}

// 2024-02-29T00:00:00Z (a Thursday), in epoch milliseconds.
constexpr int64_t kLeapDay = 1709164800000;

int64_t Next(std::string_view cron, int64_t after) {
  auto parsed = CronExpression::Parse(cron);
  EXPECT_TRUE(parsed.ok()) << parsed.status();
  std::optional<int64_t> next = parsed->NextAfter(after);
  EXPECT_TRUE(next.has_value());
  return next.value_or(-1);
}

TEST(TriggerTest, CronFieldsStepsAndNames) {
  EXPECT_EQ(Next("0 0 12 * * ?", kLeapDay), kLeapDay + 12 * 3600000);
  EXPECT_EQ(Next("0 0 12 * * ?", kLeapDay + 12 * 3600000), kLeapDay + 36 * 3600000);
  EXPECT_EQ(Next("0 15,45 * * * ?", kLeapDay), kLeapDay + 15 * 60000);
  EXPECT_EQ(Next("0 0/20 * * * ?", kLeapDay + 1), kLeapDay + 20 * 60000);
  // The next Monday after Thursday Feb 29 is March 4.
  EXPECT_EQ(Next("0 0 0 ? * MON", kLeapDay), kLeapDay + 4 * 86400000LL);
  EXPECT_EQ(Next("0 0 0 1 MAR ?", kLeapDay), kLeapDay + 86400000LL);
}

TEST(TriggerTest, CronLastAndNearestWeekdays) {
  // The last day of February 2024 is the 29th itself: from just before it.
  EXPECT_EQ(Next("0 0 0 L * ?", kLeapDay - 1), kLeapDay);
  // The last Friday of March 2024 is the 29th.
  EXPECT_EQ(Next("0 0 0 ? * 6L", kLeapDay), kLeapDay + 29 * 86400000LL);
  // The second Tuesday of March 2024 is the 12th.
  EXPECT_EQ(Next("0 0 0 ? * 3#2", kLeapDay), kLeapDay + 12 * 86400000LL);
  // March 2, 2024 is a Saturday: the nearest weekday is Friday the 1st.
  EXPECT_EQ(Next("0 0 0 2W * ?", kLeapDay), kLeapDay + 86400000LL);
}

TEST(TriggerTest, CronRejectsMalformedExpressions) {
  EXPECT_FALSE(CronExpression::Parse("* * * *").ok());
  EXPECT_FALSE(CronExpression::Parse("0 0 12 * * *").ok());  // neither day field is '?'
  EXPECT_FALSE(CronExpression::Parse("61 * * * * ?").ok());
  EXPECT_FALSE(CronExpression::Parse("0 0 0 ? FOO *").ok());
}

}  // namespace
}  // namespace talon::exec
