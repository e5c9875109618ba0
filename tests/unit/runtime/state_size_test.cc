// AppRuntime::StateSizes / StateReport (`talon explain --state`, `talon run --state`): what each
// window, partition instance and table holds after known input.
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/engine.h"

namespace talon::exec {
namespace {

using ::testing::HasSubstr;

constexpr char kApp[] = R"(
define stream S (symbol string, price double, volume long, ts long);
define table T (symbol string, price double);
@info(name = 'len') from S#window.length(3) select symbol, sum(price) as s group by symbol insert into Out1;
@info(name = 'time') from S#window.time(10 sec) select avg(price) as a insert into Out2;
@info(name = 'all') from S#window.length(3) select * insert into Out4;
@info(name = 'filtered') from S#window.length(3)[volume > 0] select symbol insert into Out5;
@info(name = 'store') from S select symbol, price insert into T;
partition with (symbol of S) begin
  @info(name = 'keyed') from S#window.length(2) select symbol, count() as c insert into Out3;
end;
)";

// The payload of one (symbol, price, volume, ts) row with a short (inline) symbol: timestamp
// and kind, then a null flag and a value per attribute.
constexpr int64_t kEventBytes = sizeof(Timestamp) + sizeof(EventKind);
constexpr int64_t kStringBytes = 1 + sizeof(std::string);
constexpr int64_t kNumberBytes = 1 + 8;
constexpr int64_t kRowBytes = kEventBytes + kStringBytes + 3 * kNumberBytes;

std::unique_ptr<AppRuntime> Deploy(Engine& engine) {
  auto app = engine.Deploy(kApp);
  EXPECT_TRUE(app.ok()) << app.status();
  EXPECT_TRUE((*app)->Start(0).ok());
  return std::move(*app);
}

// Five events, one per second, alternating IBM / WSO2.
void SendFive(AppRuntime& app) {
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(app.Send("S", i * 1000,
                         {Value::String(i % 2 ? "IBM" : "WSO2"), Value::Double(10.0 * i),
                          Value::Long(100), Value::Long(i * 1000)})
                    .ok());
  }
}

const StateSize* Find(const std::vector<StateSize>& sizes, const std::string& owner) {
  for (const StateSize& s : sizes) {
    if (s.owner == owner) return &s;
  }
  return nullptr;
}

TEST(StateSizeTest, WindowsPartitionsAndTablesAfterKnownInput) {
  auto engine = Engine::Create();
  ASSERT_TRUE(engine.ok());
  std::unique_ptr<AppRuntime> app = Deploy(**engine);
  SendFive(*app);
  std::vector<StateSize> sizes = app->StateSizes();

  const StateSize* len = Find(sizes, "query len");
  ASSERT_NE(len, nullptr);
  EXPECT_EQ(len->what, "window Window(length(3))");
  EXPECT_EQ(len->events, 3);  // length(3) after 5 events
  // The window keeps only what its select step reads: price, and in place of the symbol,
  // which the query reads only as its group-by key and projects bare, the group's number
  // (SelectSpec::carried_key); volume and ts are pruned (Attribute::pruned).
  EXPECT_EQ(len->bytes, 3 * (kEventBytes + 2 * kNumberBytes));
  EXPECT_EQ(Find(sizes, "query all")->bytes, 3 * kRowBytes);
  // A filter after the window may read any attribute: nothing is pruned.
  EXPECT_EQ(Find(sizes, "query filtered")->bytes, 3 * kRowBytes);
  EXPECT_EQ(len->keys, 1);

  const StateSize* time = Find(sizes, "query time");
  ASSERT_NE(time, nullptr);
  EXPECT_EQ(time->events, 5);  // all within 10 s
  EXPECT_EQ(time->bytes, 5 * (kEventBytes + kNumberBytes));  // price only

  // Partition instances: IBM holds its 2 events, WSO2 the last 2 of its 3.
  const StateSize* keyed = Find(sizes, "query keyed");
  ASSERT_NE(keyed, nullptr);
  EXPECT_EQ(keyed->events, 4);
  EXPECT_EQ(keyed->keys, 2);

  const StateSize* table = Find(sizes, "table T");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->events, 5);
  EXPECT_EQ(table->bytes,
            5 * static_cast<int64_t>(sizeof(Timestamp) + sizeof(EventKind) +
                                     (1 + sizeof(std::string)) + (1 + 8)));

  // A heartbeat at 12.5 s expires the events of 0, 1 and 2 s from the time window only.
  ASSERT_TRUE(app->AdvanceTime(12'500).ok());
  sizes = app->StateSizes();
  EXPECT_EQ(Find(sizes, "query time")->events, 2);
  EXPECT_EQ(Find(sizes, "query len")->events, 3);

  std::string report = app->StateReport();
  EXPECT_THAT(report, HasSubstr("query len:\n  window Window(length(3)): 3 events, ~"));
  EXPECT_THAT(report, HasSubstr("query time:\n  window Window(time(10000L)): 2 events, ~"));
  EXPECT_THAT(report, HasSubstr("query keyed (partitioned, 2 keys):\n"
                                "  window Window(length(2)): 4 events, ~"));
  EXPECT_THAT(report, HasSubstr(" over 2 keys"));
  EXPECT_THAT(report, HasSubstr("table T: 5 rows, ~"));
}

TEST(StateSizeTest, LongStringsCountTheirHeapBuffers) {
  auto engine = Engine::Create();
  ASSERT_TRUE(engine.ok());
  std::unique_ptr<AppRuntime> app = Deploy(**engine);
  const std::string symbol(100, 'x');
  ASSERT_TRUE(app->Send("S", 0, {Value::String(symbol), Value::Double(1), Value::Long(1),
                                 Value::Long(0)})
                  .ok());
  const StateSize* all = Find(app->StateSizes(), "query all");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->events, 1);
  EXPECT_GE(all->bytes, kRowBytes + 101);
}

TEST(StateSizeTest, FreshAppHoldsNothing) {
  auto engine = Engine::Create();
  ASSERT_TRUE(engine.ok());
  std::unique_ptr<AppRuntime> app = Deploy(**engine);
  for (const StateSize& s : app->StateSizes()) {
    EXPECT_EQ(s.events, 0) << s.owner;
    EXPECT_EQ(s.bytes, 0) << s.owner;
  }
  EXPECT_THAT(app->StateReport(), HasSubstr("query keyed (partitioned, 0 keys):"));
}

}  // namespace
}  // namespace talon::exec
