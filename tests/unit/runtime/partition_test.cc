// Partitions end to end: instances shared by the queries of a partition, keys computed per
// stream, streams the partition does not key reaching every instance, keys travelling only into
// inner streams. Expected outputs follow Siddhi 5.1's PartitionRuntime / PartitionStreamReceiver.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/engine.h"
#include "runtime/partition_instances.h"

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

TEST(PartitionTest, AnUnkeyedStreamReachesEveryInstanceOfThePartition) {
  // The second query reads an outer stream the partition does not key: each event reaches the
  // instances that exist (made by the first query), and makes none.
  App app(
      "define stream S (id string, v int);"
      "partition with (id of S) begin "
      "  from S select id, v insert into Out;"
      "  from Out select id, v insert into Copies;"
      "end;",
      {"Copies"});
  app.Send("S", 1, {Value::String("a"), Value::Int(1)});
  EXPECT_THAT(app.Take(), ElementsAre("Copies:a,1@1"));
  app.Send("S", 2, {Value::String("b"), Value::Int(2)});
  EXPECT_THAT(app.Take(), ElementsAre("Copies:b,2@2", "Copies:b,2@2"));
}

TEST(PartitionTest, KeysTravelIntoInnerStreamsOnly) {
  App app(
      "define stream S (id string, v int);"
      "partition with (id of S) begin "
      "  from S select id, v insert into #Inner;"
      "  from #Inner select id, sum(v) as total insert into Out;"
      "end;",
      {"Out"});
  app.Send("S", 1, {Value::String("a"), Value::Int(1)});
  app.Send("S", 2, {Value::String("b"), Value::Int(10)});
  app.Send("S", 3, {Value::String("a"), Value::Int(2)});
  EXPECT_THAT(app.Take(), ElementsAre("Out:a,1@1", "Out:b,10@2", "Out:a,3@3"));
}

TEST(PartitionTest, AnEventWithoutAKeyGoesNowhere) {
  App app(
      "define stream S (id string, v int);"
      "partition with (id of S) begin from S select id, v insert into Out; end;",
      {"Out"});
  app.Send("S", 1, {Value::Null(Type::kString), Value::Int(1)});
  app.Send("S", 2, {Value::String("a"), Value::Int(2)});
  EXPECT_THAT(app.Take(), ElementsAre("Out:a,2@2"));
}

TEST(PartitionTest, RangePartitionsSendAnEventToEveryRangeThatHolds) {
  App app(
      "define stream S (id string, v int);"
      "partition with (v < 10 as 'small' or v < 100 as 'medium' of S) begin "
      "  from S select id, count() as n insert into Out;"
      "end;",
      {"Out"});
  app.Send("S", 1, {Value::String("a"), Value::Int(5)});
  app.Send("S", 2, {Value::String("b"), Value::Int(50)});
  app.Send("S", 3, {Value::String("c"), Value::Int(500)});
  EXPECT_THAT(app.Take(), ElementsAre("Out:a,1@1", "Out:a,1@1", "Out:b,2@2"));
}

TEST(PartitionTest, AnInstanceStartsInEveryQueryOfThePartitionAtOnce) {
  // The instance of key "k" starts when S1 brings it (t=1000), so the rate limiter of the
  // query reading S2 ticks at 2000, 3000, ... although its first event comes at 1500.
  App app(
      "define stream S1 (id string); define stream S2 (id string, v int);"
      "partition with (id of S1, id of S2) begin "
      "  from S1 select id insert into Ignored;"
      "  from S2 select id, v output last every 1 sec insert into Out;"
      "end;",
      {"Out"});
  app.Send("S1", 1000, {Value::String("k")});
  app.Send("S2", 1500, {Value::String("k"), Value::Int(1)});
  app.Advance(1999);
  EXPECT_THAT(app.Take(), IsEmpty());
  app.Advance(2000);
  EXPECT_THAT(app.Take(), ElementsAre("Out:k,1@1500"));
}

TEST(PartitionTest, JavaHashSetOrderBucketsBySpreadHash) {
  // "a" (97) and "q" (113) share bucket 1 of a 16-bucket table; "b" (98) is in bucket 2.
  EXPECT_THAT(JavaHashSetOrder({"q", "b", "a"}), ElementsAre("q", "a", "b"));
  EXPECT_THAT(JavaHashSetOrder({"b", "a"}), ElementsAre("a", "b"));
  EXPECT_THAT(JavaHashSetOrder({}), IsEmpty());
}

TEST(PartitionTest, BroadcastOrderFollowsTheKeySet) {
  PartitionInstances instances;
  EXPECT_TRUE(instances.Touch("b", 1));
  EXPECT_TRUE(instances.Touch("q", 2));
  EXPECT_FALSE(instances.Touch("b", 3));
  EXPECT_TRUE(instances.Touch("a", 4));
  EXPECT_THAT(instances.BroadcastOrder(), ElementsAre("q", "a", "b"));
}

}  // namespace
}  // namespace talon::exec
