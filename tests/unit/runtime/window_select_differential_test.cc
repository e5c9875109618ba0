// Differential tests of the window and select fast paths, over random input with sums, counts,
// averages and extremes, with and without group by, across chunks of one and of several events:
//  - batch windows skip their expired events when the query inserts current events only
//    (window.h, "Expired events"; Siddhi's outputExpectsExpiredEvents): the same query
//    inserting all events keeps them, and its current events must be the same;
//  - the select step runs a batching query's aggregates a chunk at a time when the chunk's
//    leaving events are their groups' last (select_operator.cc, AccumulateAggregates): the same
//    query with an always-true `having` updates them event by event, and must agree;
//  - a window before a select step grouping by one bare attribute numbers the groups and
//    carries the numbers instead of the key (SelectSpec::carried_key): the same query grouping
//    by the attribute twice numbers them in the select step, and must agree, current and
//    expired events alike, plain, partitioned, with a `having` that reads the key, and under
//    output rate limiting.
#include <algorithm>
#include <cctype>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/engine.h"

namespace talon::exec {
namespace {

std::string Render(const Event& e) {
  std::vector<std::string> values;
  for (const Value& v : e.data) values.push_back(v.ToString());
  return absl::StrCat(absl::StrJoin(values, ","), "@", e.timestamp);
}

// Sixty chunks of one to seven events of S (symbol string, price double, ts long), a few
// hundred ms apart, a NULL price one time in nine (and a NULL symbol one time in eleven with
// `null_symbols`: the NULL key is a group too), heartbeats in between now and then.
void SendRandomChunks(AppRuntime& app, uint32_t seed, bool null_symbols) {
  std::mt19937 rng(seed);
  const char* symbols[] = {"IBM", "WSO2", "ORCL", "a-much-longer-symbol"};
  Timestamp t = 1000;
  for (int chunk = 0; chunk < 60; ++chunk) {
    const size_t size = 1 + rng() % 7;
    std::vector<Event> events;
    for (size_t i = 0; i < size; ++i) {
      t += static_cast<Timestamp>(rng() % 400);
      Event e;
      e.timestamp = t;
      Value symbol = null_symbols && rng() % 11 == 0 ? Value::Null(Type::kString)
                                                     : Value::String(symbols[rng() % 4]);
      e.data = {std::move(symbol),
                rng() % 9 == 0 ? Value::Null(Type::kDouble)
                               : Value::Double(static_cast<double>(rng() % 100) / 4),
                Value::Long(t)};
      events.push_back(std::move(e));
    }
    EXPECT_TRUE(app.SendChunk("S", std::move(events)).ok());
    if (rng() % 4 == 0) {
      EXPECT_TRUE(app.AdvanceTime(t + 700).ok());
    }
  }
}

struct Outputs {
  std::vector<std::string> current_only;  // query cur's events
  std::vector<std::string> all_current;   // query all's current events
  size_t all_expired = 0;                 // query all's expired events
};

// Runs `from S#window.<window> select <select>` twice in one app: query `cur` ends with
// `first`, query `all` with `second`.
Outputs RunBoth(const std::string& window, const std::string& select, uint32_t seed,
                const std::string& first = " insert into Cur;",
                const std::string& second = " insert all events into All;") {
  const std::string query = absl::StrCat("from S#window.", window, " select ", select);
  const std::string text = absl::StrCat(
      "define stream S (symbol string, price double, ts long);\n",
      "@info(name = 'cur') ", query, first, "\n",
      "@info(name = 'all') ", query, second, "\n");
  auto engine = Engine::Create();
  EXPECT_TRUE(engine.ok()) << engine.status();
  auto app = (*engine)->Deploy(text);
  EXPECT_TRUE(app.ok()) << app.status() << "\n" << text;
  Outputs out;
  if (!app.ok()) return out;
  // Query callbacks: they tell current from expired events (a stream gets both as events).
  EXPECT_TRUE((*app)->AddQueryCallback("cur", [&](Timestamp, const std::vector<Event>& current,
                                                  const std::vector<Event>& expired) {
                for (const Event& e : current) out.current_only.push_back(Render(e));
                EXPECT_TRUE(expired.empty());
              }).ok());
  EXPECT_TRUE((*app)->AddQueryCallback("all", [&](Timestamp, const std::vector<Event>& current,
                                                  const std::vector<Event>& expired) {
                for (const Event& e : current) out.all_current.push_back(Render(e));
                out.all_expired += expired.size();
              }).ok());
  EXPECT_TRUE((*app)->Start(0).ok());
  SendRandomChunks(**app, seed, /*null_symbols=*/false);
  return out;
}

using WindowCase = std::pair<const char*, const char*>;  // window, select clause

// A test name from the window call: "lengthBatch(4)" case 0 -> "lengthBatch_4__0".
std::string WindowCaseName(const ::testing::TestParamInfo<WindowCase>& info) {
  std::string name = absl::StrCat(info.param.first, "_", info.index);
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

class BatchWindowExpiryTest : public ::testing::TestWithParam<WindowCase> {};

TEST_P(BatchWindowExpiryTest, CurrentEventsAreTheSameWhetherOrNotExpiredEventsAreKept) {
  const auto [window, select] = GetParam();
  for (uint32_t seed = 1; seed <= 3; ++seed) {
    Outputs out = RunBoth(window, select, seed);
    ASSERT_FALSE(out.current_only.empty()) << window;
    if (std::string(select).find("group by") != std::string::npos) {
      // A group with no current event in a flushed batch leaves as an expired event. (Without
      // group by only a chunk's last event leaves, and that is a current one.)
      EXPECT_GT(out.all_expired, 0u) << window << ": the all-events query gets expired events";
    }
    // A group's place in a chunk's output comes from its first event, expired ones included,
    // so the two queries may order a chunk's groups differently: compare as multisets.
    std::sort(out.current_only.begin(), out.current_only.end());
    std::sort(out.all_current.begin(), out.all_current.end());
    EXPECT_EQ(out.current_only, out.all_current) << window << " / " << select << ", seed " << seed;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Windows, BatchWindowExpiryTest,
    ::testing::Values(
        std::pair{"lengthBatch(4)", "symbol, count() as c, sum(price) as s group by symbol"},
        std::pair{"lengthBatch(4)", "avg(price) as a, max(price) as m, count() as c"},
        std::pair{"lengthBatch(3, true)", "symbol, sum(price) as s, count() as c group by symbol"},
        std::pair{"timeBatch(1 sec)", "symbol, count() as c, avg(price) as a group by symbol"},
        std::pair{"timeBatch(1 sec, true)", "sum(price) as s, count() as c"},
        std::pair{"externalTimeBatch(ts, 1 sec)",
                  "symbol, count() as c, max(price) as m group by symbol"},
        std::pair{"externalTimeBatch(ts, 1 sec)", "sum(price) as s, count() as c"}),
    WindowCaseName);

class ChunkAtATimeTest : public ::testing::TestWithParam<WindowCase> {};

TEST_P(ChunkAtATimeTest, AgreesWithEventByEventUpdates) {
  const auto [window, select] = GetParam();
  for (uint32_t seed = 1; seed <= 3; ++seed) {
    // `having` sends the select step down its event-by-event path; this one always holds.
    Outputs out = RunBoth(window, select, seed, " insert into Cur;",
                          " having count() >= 0 insert into All;");
    ASSERT_FALSE(out.current_only.empty()) << window;
    EXPECT_EQ(out.current_only, out.all_current) << window << " / " << select << ", seed " << seed;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Windows, ChunkAtATimeTest,
    ::testing::Values(
        std::pair{"time(1 sec)", "symbol, sum(price) as s, min(price) as mn, max(price) as mx "
                                 "group by symbol"},
        std::pair{"time(1 sec)", "avg(price) as a, count() as c"},
        std::pair{"length(5)", "symbol, avg(price) as a, count() as c group by symbol"},
        std::pair{"externalTime(ts, 700 millisec)", "symbol, max(price) as m group by symbol"},
        std::pair{"lengthBatch(4)", "symbol, count() as c, sum(price) as s group by symbol"},
        std::pair{"timeBatch(1 sec)", "symbol, min(price) as m, count() as c group by symbol"},
        std::pair{"externalTimeBatch(ts, 1 sec)", "count() as c, avg(price) as a"}),
    WindowCaseName);

// Events of one query: current and expired, rendered in delivery order.
struct QueryOutput {
  std::vector<std::string> current;
  std::vector<std::string> expired;
};

// Deploys `queries` over S, feeds it random chunks with NULL symbols, and returns the output of
// the queries named a and b.
std::pair<QueryOutput, QueryOutput> RunTwo(const std::string& queries, uint32_t seed) {
  const std::string text =
      absl::StrCat("define stream S (symbol string, price double, ts long);\n", queries);
  auto engine = Engine::Create();
  EXPECT_TRUE(engine.ok()) << engine.status();
  auto app = (*engine)->Deploy(text);
  EXPECT_TRUE(app.ok()) << app.status() << "\n" << text;
  std::pair<QueryOutput, QueryOutput> out;
  if (!app.ok()) return out;
  for (auto [name, into] : {std::pair{"a", &out.first}, std::pair{"b", &out.second}}) {
    EXPECT_TRUE((*app)->AddQueryCallback(name, [into](Timestamp, const std::vector<Event>& current,
                                                      const std::vector<Event>& expired) {
                  for (const Event& e : current) into->current.push_back(Render(e));
                  for (const Event& e : expired) into->expired.push_back(Render(e));
                }).ok());
  }
  EXPECT_TRUE((*app)->Start(0).ok());
  SendRandomChunks(**app, seed, /*null_symbols=*/true);
  return out;
}

class CarriedGroupKeyTest : public ::testing::TestWithParam<const char*> {};

TEST_P(CarriedGroupKeyTest, AgreesWithTheSelectStepNumberingTheGroups) {
  const std::string window = GetParam();
  const std::string select = "symbol, count() as c, sum(price) as s, max(price) as m";
  const std::string carried = "group by symbol";
  const std::string numbered = "group by symbol, symbol";  // two keys: not carried
  for (const std::string& tail :
       {std::string(" insert all events into"), std::string(" having symbol != '~' insert into"),
        std::string(" having count() >= 0 insert into"),
        std::string(" output last every 3 events insert into"),
        std::string(" output all every 1 sec insert all events into"),
        std::string(" output snapshot every 1 sec insert into")}) {
    for (uint32_t seed = 1; seed <= 3; ++seed) {
      const std::string text = absl::StrCat(
          "@info(name = 'a') from S#window.", window, " select ", select, " ", carried, tail,
          " A;\n@info(name = 'b') from S#window.", window, " select ", select, " ", numbered,
          tail, " B;\n");
      auto [a, b] = RunTwo(text, seed);
      ASSERT_FALSE(a.current.empty()) << text;
      EXPECT_EQ(a.current, b.current) << text << "seed " << seed;
      EXPECT_EQ(a.expired, b.expired) << text << "seed " << seed;
    }
  }
}

TEST_P(CarriedGroupKeyTest, AgreesInsideAPartition) {
  const std::string window = GetParam();
  for (uint32_t seed = 1; seed <= 3; ++seed) {
    const std::string text = absl::StrCat(
        "partition with (price >= 10.0 as 'high' or price < 10.0 as 'low' of S) begin\n",
        "@info(name = 'a') from S#window.", window,
        " select symbol, sum(price) as s group by symbol insert into A;\n",
        "@info(name = 'b') from S#window.", window,
        " select symbol, sum(price) as s group by symbol, symbol insert into B;\nend;\n");
    auto [a, b] = RunTwo(text, seed);
    ASSERT_FALSE(a.current.empty()) << text;
    EXPECT_EQ(a.current, b.current) << text << "seed " << seed;
  }
}

INSTANTIATE_TEST_SUITE_P(Windows, CarriedGroupKeyTest,
                         ::testing::Values("length(5)", "time(1 sec)",
                                           "externalTime(ts, 700 millisec)", "lengthBatch(4)",
                                           "timeBatch(1 sec)", "externalTimeBatch(ts, 1 sec)"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                           std::string name = absl::StrCat(info.param, "_", info.index);
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace talon::exec
