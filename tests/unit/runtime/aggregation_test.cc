// Incremental aggregations driven directly (runtime/aggregation/): bucket time arithmetic, the
// `within` forms, java.util.HashMap iteration order, and an aggregation fed chunks and read per
// duration. Expected values follow Siddhi's IncrementalTimeConverterUtil,
// IncrementalStartTimeEndTimeFunctionExecutor and AggregationRuntime as the aggregation
// conformance cases (Aggregation1TestCase, Aggregation2TestCase) record them.
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/aggregation/bucket_time.h"
#include "runtime/aggregation/incremental_aggregation.h"
#include "runtime/aggregation/java_util_hash_map.h"
#include "runtime/aggregation/within_clause.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

using ::testing::ElementsAre;
using D = AggregationDuration;

const Registry& Builtins() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

// 2017-06-01 04:05:50.123 GMT.
constexpr Timestamp kT = 1496289950123;

TEST(AggregationTest, BucketStartPerDurationInGmt) {
  EXPECT_EQ(BucketStart(kT, D::kSeconds), 1496289950000);
  EXPECT_EQ(BucketStart(kT, D::kMinutes), 1496289900000);
  EXPECT_EQ(BucketStart(kT, D::kHours), 1496289600000);
  EXPECT_EQ(BucketStart(kT, D::kDays), 1496275200000);
  EXPECT_EQ(BucketStart(kT, D::kMonths), 1496275200000);  // June 1st
  EXPECT_EQ(BucketStart(kT, D::kYears), 1483228800000);
}

TEST(AggregationTest, NextBucketStartFollowsTheCalendar) {
  EXPECT_EQ(NextBucketStart(kT, D::kSeconds), 1496289951000);
  EXPECT_EQ(NextBucketStart(kT, D::kDays), 1496361600000);
  EXPECT_EQ(NextBucketStart(kT, D::kMonths), 1498867200000);  // July 1st
  EXPECT_EQ(NextBucketStart(kT, D::kYears), 1514764800000);
  // December rolls into the next year.
  EXPECT_EQ(NextBucketStart(1512086400000, D::kMonths), 1514764800000);
}

TEST(AggregationTest, BucketStartAtAnOffsetZone) {
  // A day at +05:30 starts at 18:30 GMT the day before.
  EXPECT_EQ(BucketStart(kT, D::kDays, 19800), 1496255400000);
}

TEST(AggregationTest, PerDurationNames) {
  EXPECT_EQ(ParsePerDuration("sec"), D::kSeconds);
  EXPECT_EQ(ParsePerDuration("Seconds"), D::kSeconds);
  EXPECT_EQ(ParsePerDuration("h"), D::kHours);
  EXPECT_EQ(ParsePerDuration("months"), D::kMonths);
  EXPECT_EQ(ParsePerDuration("week"), std::nullopt);
}

TEST(AggregationTest, AggregationTimeStrings) {
  EXPECT_EQ(*ParseAggregationTime("2017-06-01 04:05:50"), 1496289950000);
  EXPECT_EQ(*ParseAggregationTime(" 2017-06-01 09:35:50 +05:30 "), 1496289950000);
  EXPECT_FALSE(ParseAggregationTime("June 1, 2017 4:05:50 AM").ok());
  EXPECT_FALSE(ParseAggregationTime("2017-13-01 04:05:50").ok());
}

TEST(AggregationTest, WithinPatternsCoverTheirDuration) {
  absl::StatusOr<WithinRange> month = ParseWithin(Value::String("2017-06-** **:**:**"), nullptr);
  ASSERT_TRUE(month.ok()) << month.status();
  EXPECT_EQ(month->start, 1496275200000);
  EXPECT_EQ(month->end, 1498867200000);

  absl::StatusOr<WithinRange> minute = ParseWithin(Value::String("2017-06-01 04:05:**"), nullptr);
  ASSERT_TRUE(minute.ok());
  EXPECT_EQ(minute->start, 1496289900000);
  EXPECT_EQ(minute->end, 1496289960000);

  absl::StatusOr<WithinRange> second =
      ParseWithin(Value::String("2017-12-18 11:51:27 +05:30"), nullptr);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->start, 1513578087000);
  EXPECT_EQ(second->end, 1513578088000);
}

TEST(AggregationTest, WithinStartAndEnd) {
  Value end = Value::Long(1596434876000);
  absl::StatusOr<WithinRange> range = ParseWithin(Value::Long(1496200000000), &end);
  ASSERT_TRUE(range.ok());
  EXPECT_EQ(range->start, 1496200000000);
  EXPECT_EQ(range->end, 1596434876000);

  Value text_end = Value::String("2017-06-01 00:00:00");
  EXPECT_FALSE(ParseWithin(Value::String("2017-06-02 00:00:00"), &text_end).ok());
}

TEST(AggregationTest, WithinRefusesOtherForms) {
  EXPECT_FALSE(ParseWithin(Value::String("2017-06-** **:**:**:1000"), nullptr).ok());
  EXPECT_FALSE(ParseWithin(Value::String("2017-06-** 12:**:**"), nullptr).ok());
  EXPECT_FALSE(ParseWithin(Value::Long(5), nullptr).ok());
}

std::vector<std::string> Keys(const JavaUtilHashMap<int>& map) {
  std::vector<std::string> keys;
  map.ForEach([&](const std::string& k, const int&) { keys.push_back(k); });
  return keys;
}

TEST(AggregationTest, JavaHashMapOrdersByBinThenInsertion) {
  JavaUtilHashMap<int> map;
  map.FindOrInsert("c") = 1;
  map.FindOrInsert("a") = 2;
  map.FindOrInsert("b") = 3;
  EXPECT_THAT(Keys(map), ElementsAre("a", "b", "c"));
  // "BB" and "Aa" share String.hashCode 2112: one bin, insertion order.
  JavaUtilHashMap<int> collide;
  collide.FindOrInsert("BB");
  collide.FindOrInsert("Aa");
  EXPECT_THAT(Keys(collide), ElementsAre("BB", "Aa"));
}

// aggregation A from S (symbol string, price double, ts long)
//   select symbol, sum(price) as total, count() as n group by symbol
//   aggregate by ts every sec, min
bound::Aggregation SymbolTotals() {
  bound::Aggregation a;
  a.name = "A";
  a.input.scope =
      Schema({{"symbol", Type::kString}, {"price", Type::kDouble}, {"ts", Type::kLong}});
  a.timestamp = bound::MakeFieldRef(2, Type::kLong, "ts");
  a.group_by = {0};
  bound::AggregationOutput symbol;
  symbol.kind = bound::AggregationOutput::Kind::kGroupBy;
  symbol.name = "symbol";
  symbol.type = Type::kString;
  symbol.group_by = 0;
  bound::AggregationOutput total;
  total.name = "total";
  total.type = Type::kDouble;
  total.aggregate = {bound::IncrementalAggregate::Kind::kSum, 1, "price", Type::kDouble};
  bound::AggregationOutput n;
  n.name = "n";
  n.type = Type::kLong;
  n.aggregate = {bound::IncrementalAggregate::Kind::kCount, -1, "", Type::kObject};
  a.outputs.push_back(std::move(symbol));
  a.outputs.push_back(std::move(total));
  a.outputs.push_back(std::move(n));
  a.durations = {D::kSeconds, D::kMinutes};
  a.schema = Schema({{"AGG_TIMESTAMP", Type::kLong},
                     {"symbol", Type::kString},
                     {"total", Type::kDouble},
                     {"n", Type::kLong}});
  return a;
}

std::unique_ptr<IncrementalAggregation> Make(const bound::Aggregation& def) {
  KernelFactory kernels(Builtins(), JitMode::kOff);
  absl::StatusOr<std::unique_ptr<IncrementalAggregation>> a =
      IncrementalAggregation::Create(def, kernels);
  EXPECT_TRUE(a.ok()) << a.status();
  return *std::move(a);
}

void Send(IncrementalAggregation& a, const std::string& symbol, double price, Timestamp ts) {
  Batch b(Schema({{"symbol", Type::kString}, {"price", Type::kDouble}, {"ts", Type::kLong}}));
  b.Append(1000, EventKind::kCurrent,
           {Value::String(symbol), Value::Double(price), Value::Long(ts)});
  ASSERT_TRUE(a.Receive(b, EvalContext{}).ok());
}

std::vector<std::string> Rows(const Batch& b) {
  std::vector<std::string> rows;
  for (size_t i = 0; i < b.size(); ++i) {
    std::string row;
    for (const Value& v : b.Row(i)) row += v.ToString() + " ";
    rows.push_back(row);
  }
  return rows;
}

TEST(AggregationTest, LateEventsKeepTheirOwnBucket) {
  bound::Aggregation def = SymbolTotals();
  auto a = Make(def);
  // Aggregation1TestCase.incrementalStreamProcessorTest45's events.
  Send(*a, "WSO2", 50, 1496289950000);
  Send(*a, "IBM", 100, 1496289951011);
  Send(*a, "IBM", 400, 1496289952000);
  Send(*a, "IBM", 900, 1496289950000);  // late: its second has passed
  Send(*a, "WSO2", 500, 1496289951011);
  Send(*a, "IBM", 100, 1496289953000);  // finishes the second holding the three above
  Send(*a, "WSO2", 100, 1496289953000);
  absl::StatusOr<Batch> seconds = a->Find({0, 1496289953000}, D::kSeconds);
  ASSERT_TRUE(seconds.ok()) << seconds.status();
  // java.util.HashMap order over "<second>:-:<symbol>:-:" (the order Siddhi returns).
  EXPECT_THAT(Rows(*seconds),
              ElementsAre("1496289950000 IBM 900.0 1 ", "1496289952000 IBM 400.0 1 ",
                          "1496289951000 WSO2 500.0 1 ", "1496289951000 IBM 100.0 1 ",
                          "1496289950000 WSO2 50.0 1 "));
  absl::StatusOr<Batch> minutes = a->Find({0, 1543664151000}, D::kMinutes);
  ASSERT_TRUE(minutes.ok());
  EXPECT_THAT(Rows(*minutes),
              ElementsAre("1496289900000 IBM 1500.0 4 ", "1496289900000 WSO2 650.0 3 "));
}

TEST(AggregationTest, ReadsOnlyKeptDurations) {
  auto a = Make(SymbolTotals());
  EXPECT_FALSE(a->Find({0, 10}, D::kDays).ok());
}

TEST(AggregationTest, BadTimeStringRefusesTheChunk) {
  bound::Aggregation def = SymbolTotals();
  def.input.scope =
      Schema({{"symbol", Type::kString}, {"price", Type::kDouble}, {"ts", Type::kString}});
  def.timestamp = bound::MakeFieldRef(2, Type::kString, "ts");
  auto a = Make(def);
  Batch b(def.input.scope);
  b.Append(1, EventKind::kCurrent,
           {Value::String("A"), Value::Double(1), Value::String("2017-06-01 04:05:50")});
  b.Append(2, EventKind::kCurrent,
           {Value::String("B"), Value::Double(2), Value::String("June 1, 2017 4:05:50 AM")});
  EXPECT_FALSE(a->Receive(b, EvalContext{}).ok());
  absl::StatusOr<Batch> rows = a->Find({0, 1543664151000}, D::kSeconds);
  ASSERT_TRUE(rows.ok());
  EXPECT_TRUE(rows->empty());
}

TEST(AggregationTest, TimersFinishBucketsOfEventTime) {
  // Without `aggregate by`, buckets follow the events' timestamps and the clock finishes them.
  bound::Aggregation def = SymbolTotals();
  def.timestamp = nullptr;
  auto a = Make(def);
  Batch b(def.input.scope);
  b.Append(1000, EventKind::kCurrent, {Value::String("A"), Value::Double(1), Value::Long(0)});
  ASSERT_TRUE(a->Receive(b, EvalContext{}).ok());
  a->OnTime(2000);
  Batch c(def.input.scope);
  c.Append(2500, EventKind::kCurrent, {Value::String("A"), Value::Double(2), Value::Long(0)});
  ASSERT_TRUE(a->Receive(c, EvalContext{}).ok());
  absl::StatusOr<Batch> rows = a->Find({0, 10000}, D::kSeconds);
  ASSERT_TRUE(rows.ok());
  // The finished second from the table, then the running one.
  EXPECT_THAT(Rows(*rows), ElementsAre("1000 A 1.0 1 ", "2000 A 2.0 1 "));
}

}  // namespace
}  // namespace talon::exec
