// Patterns inside partitions, driven through the Engine API: on a clock move a pipeline visits
// only the keys whose pattern has a timer or a `within` expiry due (Operator::NextDue), and
// visits them in first-seen key order, as the full sweep over every key did (Siddhi notifies
// the schedulers of partition instances in creation order).
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/engine.h"

namespace talon::exec {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Deploys an app and records the events of `observe` as "v1,v2@t".
class App {
 public:
  App(std::string_view text, const std::string& observe) {
    auto engine = Engine::Create();
    EXPECT_TRUE(engine.ok()) << engine.status();
    engine_ = std::move(*engine);
    auto app = engine_->Deploy(text);
    EXPECT_TRUE(app.ok()) << app.status();
    app_ = std::move(*app);
    EXPECT_TRUE(app_->AddStreamCallback(observe, [this](const std::vector<Event>& events) {
                      for (const Event& e : events) {
                        std::vector<std::string> values;
                        for (const Value& v : e.data) values.push_back(v.ToString());
                        seen_.push_back(absl::StrCat(absl::StrJoin(values, ","), "@", e.timestamp));
                      }
                    }).ok());
    EXPECT_TRUE(app_->Start(0).ok());
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

constexpr char kNoSuccess[] =
    "define stream Login (user string, ok bool);"
    "partition with (user of Login) begin "
    "from every e1=Login[ok == false] -> not Login[ok == true] for 1 sec "
    "select e1.user as user insert into Alerts; end;";

TEST(PatternPartitionTest, AbsenceTimersOfSeveralKeysFireInFirstSeenKeyOrder) {
  App app(kNoSuccess, "Alerts");
  app.Send("Login", 0, {Value::String("x"), Value::Bool(true)});    // x's instance first
  app.Send("Login", 10, {Value::String("y"), Value::Bool(false)});  // y due at 1010
  app.Send("Login", 20, {Value::String("x"), Value::Bool(false)});  // x due at 1020
  app.Advance(500);
  EXPECT_THAT(app.Take(), IsEmpty());
  app.Advance(2000);  // both due on one clock move: x first, as it was seen first
  EXPECT_THAT(app.Take(), ElementsAre("x@1020", "y@1010"));
}

TEST(PatternPartitionTest, OnlyTheKeyWhoseTimerIsDueFires) {
  App app(kNoSuccess, "Alerts");
  app.Send("Login", 0, {Value::String("x"), Value::Bool(false)});    // due at 1000
  app.Send("Login", 600, {Value::String("y"), Value::Bool(false)});  // due at 1600
  app.Advance(1200);
  EXPECT_THAT(app.Take(), ElementsAre("x@1000"));
  app.Send("Login", 1300, {Value::String("y"), Value::Bool(true)});  // y's wait fails
  app.Advance(5000);
  EXPECT_THAT(app.Take(), IsEmpty());
}

// `within` prunes on time: an idle key's partial match expires without another event of its
// own, so a later success does not complete it.
TEST(PatternPartitionTest, WithinExpiresIdleKeysOnTime) {
  App app(
      "define stream Login (user string, ok bool);"
      "partition with (user of Login) begin "
      "from every e1=Login[ok == false] -> e2=Login[ok == true] within 1 sec "
      "select e1.user as user, e2.ok as ok insert into Alerts; end;",
      "Alerts");
  app.Send("Login", 0, {Value::String("x"), Value::Bool(false)});
  app.Send("Login", 100, {Value::String("y"), Value::Bool(false)});
  app.Advance(5000);
  app.Send("Login", 5100, {Value::String("x"), Value::Bool(true)});
  app.Send("Login", 5200, {Value::String("y"), Value::Bool(false)});
  app.Send("Login", 5300, {Value::String("y"), Value::Bool(true)});
  EXPECT_THAT(app.Take(), ElementsAre("y,true@5300"));
}

}  // namespace
}  // namespace talon::exec
