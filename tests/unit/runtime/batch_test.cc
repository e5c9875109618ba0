// Column and Batch bulk copies (AppendRange, AppendGather) against row-by-row AppendFrom, and the
// column-batch stream callback.
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/app_runtime.h"
#include "runtime/batch.h"
#include "runtime/engine.h"
#include "runtime/vector.h"

namespace talon::exec {
namespace {

using ::testing::ElementsAre;

// Every row of a column as Values (foreign values included).
std::vector<Value> Values(const Column& c) {
  std::vector<Value> out;
  for (size_t i = 0; i < c.size(); ++i) out.push_back(c.Get(i));
  return out;
}

Column StringColumn() {
  Column c(Type::kString);
  c.Append(Value::String("a"));
  c.Append(Value::Null(Type::kString));
  c.Append(Value::String("a string too long for the small-string buffer"));
  c.Append(Value::String("d"));
  return c;
}

TEST(ColumnCopyTest, AppendRangeMatchesRowByRow) {
  for (Column source : {StringColumn(), [] {
         Column c(Type::kLong);
         for (int64_t v : {7, 8, 9, 10}) c.Append(Value::Long(v));
         c.SetNull(2);
         return c;
       }()}) {
    Column ranged(source.type()), rows(source.type());
    ranged.AppendRange(source, 1, 4);
    ranged.AppendRange(source, 0, 0);  // empty: a no-op
    for (size_t i = 1; i < 4; ++i) rows.AppendFrom(source, i);
    EXPECT_EQ(Values(ranged), Values(rows));
    EXPECT_EQ(ranged.size(), 3u);
  }
}

TEST(ColumnCopyTest, AppendGatherReordersRepeatsAndInsertsNulls) {
  Column source(Type::kDouble);
  for (double v : {1.5, 2.5, 3.5}) source.Append(Value::Double(v));
  Column out(Type::kDouble);
  out.Append(Value::Double(0.5));  // appends after what is there
  const uint32_t rows[] = {2, kNullRow, 0, 2};
  out.AppendGather(source, rows, 4);
  EXPECT_THAT(Values(out), ElementsAre(Value::Double(0.5), Value::Double(3.5),
                                       Value::Null(Type::kDouble), Value::Double(1.5),
                                       Value::Double(3.5)));
  Column strings(Type::kString);
  const uint32_t string_rows[] = {3, 2, kNullRow, 1};
  Column source_strings = StringColumn();
  strings.AppendGather(source_strings, string_rows, 4);
  EXPECT_THAT(Values(strings),
              ElementsAre(Value::String("d"),
                          Value::String("a string too long for the small-string buffer"),
                          Value::Null(Type::kString), Value::Null(Type::kString)));
}

TEST(ColumnCopyTest, BulkCopiesCarryForeignValuesBothWays) {
  Column mixed(Type::kBool);
  mixed.Append(Value::Bool(true));
  mixed.Append(Value::String("notAvailable"));  // a foreign value
  mixed.Append(Value::Bool(false));
  Column plain(Type::kBool);
  plain.Append(Value::Bool(false));

  // From a column with foreign values into one without, and on from a plain one.
  Column out(Type::kBool);
  out.AppendRange(plain, 0, 1);
  out.AppendRange(mixed, 1, 3);
  out.AppendRange(plain, 0, 1);
  EXPECT_THAT(Values(out), ElementsAre(Value::Bool(false), Value::String("notAvailable"),
                                       Value::Bool(false), Value::Bool(false)));
  EXPECT_TRUE(out.IsNull(1));  // typed readers still see NULL there

  Column gathered(Type::kBool);
  const uint32_t rows[] = {1, kNullRow, 0};
  gathered.AppendGather(mixed, rows, 3);
  gathered.AppendGather(plain, rows + 2, 1);
  EXPECT_THAT(Values(gathered), ElementsAre(Value::String("notAvailable"),
                                            Value::Null(Type::kBool), Value::Bool(true),
                                            Value::Bool(false)));
}

TEST(ColumnCopyTest, SliceKeepsARangeInPlace) {
  Column strings = StringColumn();
  strings.Slice(1, 3);
  EXPECT_THAT(Values(strings),
              ElementsAre(Value::Null(Type::kString),
                          Value::String("a string too long for the small-string buffer")));
  Column mixed(Type::kBool);
  mixed.Append(Value::Bool(true));
  mixed.Append(Value::String("notAvailable"));  // a foreign value
  mixed.Append(Value::Bool(false));
  mixed.Slice(1, 3);
  EXPECT_THAT(Values(mixed), ElementsAre(Value::String("notAvailable"), Value::Bool(false)));
  mixed.Slice(0, 0);
  EXPECT_EQ(mixed.size(), 0u);
  Column longs(Type::kLong);
  for (int64_t v : {1, 2, 3}) longs.Append(Value::Long(v));
  longs.Slice(0, 3);  // everything: unchanged
  EXPECT_THAT(Values(longs), ElementsAre(Value::Long(1), Value::Long(2), Value::Long(3)));
}

Schema TwoColumns() {
  Schema schema;
  schema.Add("s", Type::kString);
  schema.Add("v", Type::kInt);
  return schema;
}

TEST(BatchCopyTest, GatherWithKindsAndTimestamps) {
  Batch source(TwoColumns());
  source.Append(10, EventKind::kCurrent, {Value::String("x"), Value::Int(1)});
  source.Append(20, EventKind::kExpired, {Value::String("y"), Value::Int(2)});
  Batch out(TwoColumns());
  const uint32_t rows[] = {1, kNullRow, 0};
  const EventKind kinds[] = {EventKind::kCurrent, EventKind::kTimer, EventKind::kExpired};
  const Timestamp stamps[] = {5, 6, 7};
  out.AppendGather(source, rows, kinds, stamps, 3);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out.kind(0), EventKind::kCurrent);
  EXPECT_EQ(out.timestamp(0), 5);
  EXPECT_THAT(out.Row(0), ElementsAre(Value::String("y"), Value::Int(2)));
  EXPECT_EQ(out.kind(1), EventKind::kTimer);
  EXPECT_THAT(out.Row(1), ElementsAre(Value::Null(Type::kString), Value::Null(Type::kInt)));
  EXPECT_EQ(out.timestamp(2), 7);
  EXPECT_THAT(out.Row(2), ElementsAre(Value::String("x"), Value::Int(1)));

  // Without explicit kinds: the source's own kinds and timestamps.
  Batch copy(TwoColumns());
  copy.AppendGather(source, rows, 1);
  copy.AppendRange(source, 0, 2, EventKind::kReset, 99);
  ASSERT_EQ(copy.size(), 3u);
  EXPECT_EQ(copy.kind(0), EventKind::kExpired);
  EXPECT_EQ(copy.timestamp(0), 20);
  EXPECT_EQ(copy.kind(2), EventKind::kReset);
  EXPECT_EQ(copy.timestamp(2), 99);
  EXPECT_THAT(copy.Row(2), ElementsAre(Value::String("y"), Value::Int(2)));
}

TEST(BatchCopyTest, SliceKeepsRowsWithKindsAndTimestamps) {
  Batch b(TwoColumns());
  for (int i = 0; i < 5; ++i) {
    b.Append(10 * i, i % 2 ? EventKind::kExpired : EventKind::kCurrent,
             {Value::String(std::string(20, static_cast<char>('a' + i))), Value::Int(i)});
  }
  b.Slice(1, 4);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_THAT(b.timestamps(), ElementsAre(10, 20, 30));
  EXPECT_THAT(b.kinds(), ElementsAre(EventKind::kExpired, EventKind::kCurrent,
                                     EventKind::kExpired));
  EXPECT_THAT(Values(b.column(1)), ElementsAre(Value::Int(1), Value::Int(2), Value::Int(3)));
  EXPECT_EQ(b.column(0).Get(2), Value::String(std::string(20, 'd')));
}

TEST(BatchCopyTest, FilterKeepsMaskedRowsInOrder) {
  Batch b(TwoColumns());
  for (int i = 0; i < 5; ++i) b.Append(i, EventKind::kCurrent, {Value::String("k"), Value::Int(i)});
  b.Filter({1, 0, 0, 1, 1});
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b.timestamp(1), 3);
  EXPECT_THAT(b.Row(2), ElementsAre(Value::String("k"), Value::Int(4)));
  b.Filter({0, 0, 0});
  EXPECT_TRUE(b.empty());
}

// A pruned attribute (a window's, when its select step does not read it) keeps no values
// through every copy, and the batch's other columns and rows are unaffected.
TEST(BatchCopyTest, PrunedColumnsStayEmptyThroughCopies) {
  std::vector<Attribute> attributes = TwoColumns().attributes();
  attributes[0].pruned = true;
  const Schema pruned(attributes);
  Batch source(TwoColumns());
  for (int i = 0; i < 4; ++i) {
    source.Append(i, EventKind::kCurrent, {Value::String(std::string(i + 1, 's')), Value::Int(i)});
  }
  Batch b(pruned);
  ASSERT_TRUE(b.column(0).pruned());
  b.AppendRange(source, 0, 4);
  b.AppendRow(source, 1);
  const uint32_t rows[] = {3, 0};
  b.AppendGather(source, rows, 2);
  b.Append(9, EventKind::kCurrent, {Value::String("x"), Value::Int(9)});
  ASSERT_EQ(b.size(), 8u);
  EXPECT_EQ(b.column(0).size(), 0u);
  EXPECT_THAT(Values(b.column(1)),
              ElementsAre(Value::Int(0), Value::Int(1), Value::Int(2), Value::Int(3),
                          Value::Int(1), Value::Int(3), Value::Int(0), Value::Int(9)));
  EXPECT_THAT(b.Row(1), ElementsAre(Value::Null(Type::kString), Value::Int(1)));
  b.Filter({1, 0, 1, 0, 0, 0, 0, 1});
  ASSERT_EQ(b.size(), 3u);
  EXPECT_TRUE(b.column(0).pruned());
  EXPECT_EQ(b.column(0).size(), 0u);
  EXPECT_THAT(Values(b.column(1)), ElementsAre(Value::Int(0), Value::Int(2), Value::Int(9)));
  b.Slice(1, 3);
  EXPECT_THAT(b.Row(0), ElementsAre(Value::Null(Type::kString), Value::Int(2)));
}

TEST(StreamBatchCallbackTest, SeesTheSameChunksAsTheEventCallback) {
  auto engine = Engine::Create();
  ASSERT_TRUE(engine.ok()) << engine.status();
  auto app = (*engine)->Deploy(
      "define stream S (symbol string, price double);\n"
      "from S#window.length(2) select symbol, sum(price) as total insert all events into Out;");
  ASSERT_TRUE(app.ok()) << app.status();
  std::vector<std::string> via_events, via_batches;
  ASSERT_TRUE((*app)->AddStreamCallback("Out", [&](const std::vector<Event>& events) {
    std::string chunk;
    for (const Event& e : events) chunk += e.data[0].ToString() + "=" + e.data[1].ToString() + ";";
    via_events.push_back(chunk);
  }).ok());
  ASSERT_TRUE((*app)->AddStreamBatchCallback("Out", [&](const Batch& batch) {
    std::string chunk;
    for (size_t i = 0; i < batch.size(); ++i) {
      chunk += batch.column(0).Get(i).ToString() + "=" + batch.column(1).Get(i).ToString() + ";";
    }
    via_batches.push_back(chunk);
  }).ok());
  EXPECT_FALSE((*app)->AddStreamBatchCallback("Nope", [](const Batch&) {}).ok());
  ASSERT_TRUE((*app)->Start(0).ok());
  ASSERT_TRUE((*app)->Send("S", 1, {Value::String("a"), Value::Double(1.0)}).ok());
  ASSERT_TRUE((*app)->Send("S", 2, {Value::String("b"), Value::Double(2.0)}).ok());
  ASSERT_TRUE((*app)->Send("S", 3, {Value::String("c"), Value::Double(4.0)}).ok());
  EXPECT_EQ(via_batches, via_events);
  // c's arrival expires a in the same chunk; an aggregation without group by emits the chunk's
  // last event only.
  EXPECT_THAT(via_batches, ElementsAre("a=1.0;", "b=3.0;", "c=6.0;"));
}

TEST(SharedInputTest, FirstOperatorsLeaveTheChunkToTheOtherSubscribers) {
  // Three queries read S; the filter and the window read the published chunk in place
  // (Operator::ProcessFrom), so each query must still see every event of it unchanged.
  auto engine = Engine::Create();
  ASSERT_TRUE(engine.ok()) << engine.status();
  auto app = (*engine)->Deploy(
      "define stream S (symbol string, price double);\n"
      "from S[price > 10.0] select symbol, price insert into Big;\n"
      "from S#window.length(1) select symbol, price insert all events into Last;\n"
      "from S select symbol, price * 2.0 as twice insert into Twice;");
  ASSERT_TRUE(app.ok()) << app.status();
  std::vector<std::string> seen;
  for (const char* stream : {"Big", "Last", "Twice"}) {
    ASSERT_TRUE((*app)->AddStreamBatchCallback(stream, [&seen, stream](const Batch& b) {
      for (size_t i = 0; i < b.size(); ++i) {
        seen.push_back(std::string(stream) + " " + b.column(0).Get(i).ToString() + " " +
                       b.column(1).Get(i).ToString());
      }
    }).ok());
  }
  ASSERT_TRUE((*app)->Start(0).ok());
  Schema schema;
  schema.Add("symbol", Type::kString);
  schema.Add("price", Type::kDouble);
  Batch chunk(schema);
  chunk.Append(1, EventKind::kCurrent, {Value::String("a"), Value::Double(5.0)});
  chunk.Append(2, EventKind::kCurrent, {Value::String("b"), Value::Double(50.0)});
  ASSERT_TRUE((*app)->SendBatch("S", chunk).ok());
  // Last: a arrives; b's arrival expires a first (one chunk: current a, expired a, current b).
  EXPECT_THAT(seen, ElementsAre("Big b 50.0", "Last a 5.0", "Last a 5.0", "Last b 50.0",
                                "Twice a 10.0", "Twice b 100.0"));
  // The caller's batch is untouched.
  EXPECT_EQ(chunk.size(), 2u);
  EXPECT_EQ(chunk.column(0).Get(0), Value::String("a"));
}

}  // namespace
}  // namespace talon::exec
