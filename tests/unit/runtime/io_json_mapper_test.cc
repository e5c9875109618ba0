// The JSON source and sink mappers of runtime/io: records parse straight into columns, and
// every kind of malformed record is refused with a reason and leaves no row behind.
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/io/batch_builder.h"
#include "runtime/io/mapper.h"

namespace talon::exec::io {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

Schema TradeSchema() {
  return Schema({{"symbol", Type::kString},
                 {"price", Type::kFloat},
                 {"volume", Type::kInt},
                 {"ts", Type::kLong},
                 {"ok", Type::kBool},
                 {"extra", Type::kObject}});
}

// Maps `records` (each padded as sources guarantee) and returns the rows and the errors.
struct Mapped {
  Batch batch;
  std::vector<std::string> errors;
};

Mapped MapAll(const MapSpec& map, const Schema& schema, const std::vector<std::string>& records,
              std::optional<size_t> time_attribute = std::nullopt) {
  absl::StatusOr<std::unique_ptr<SourceMapper>> mapper = MakeSourceMapper(map, schema);
  EXPECT_TRUE(mapper.ok()) << mapper.status();
  BatchBuilder builder(schema, 4);  // small capacity: arrays of events must grow it
  builder.set_time_attribute(time_attribute);
  Mapped result;
  int64_t index = 0;
  for (const std::string& record : records) {
    std::string padded = record + std::string(kRecordPadding, '\0');
    builder.set_default_time(index++);
    absl::Status status = (*mapper)->Map(std::string_view(padded.data(), record.size()), builder);
    if (!status.ok()) result.errors.emplace_back(status.message());
  }
  result.batch = builder.Take();
  return result;
}

std::vector<std::string> Rows(const Batch& batch) {
  std::vector<std::string> rows;
  for (size_t i = 0; i < batch.size(); ++i) rows.push_back(batch.GetEvent(i).ToString());
  return rows;
}

MapSpec Json() {
  MapSpec map;
  map.type = "json";
  return map;
}

TEST(IoJsonMapperTest, ParsesObjectsIntoTypedColumns) {
  Mapped m = MapAll(Json(), TradeSchema(),
                    {R"({"symbol": "IBM", "price": 700.5, "volume": 10, "ts": 1000, "ok": true,
                         "extra": [1, 2]})",
                     R"({"ok": false, "ts": 2000, "volume": -3, "price": 1e2, "symbol": "W\"SO2",
                         "extra": 7, "unknown": {"a": 1}})"});
  EXPECT_THAT(m.errors, ElementsAre());
  EXPECT_THAT(Rows(m.batch), ElementsAre("@0 current [IBM, 700.5, 10, 1000, true, [1, 2]]",
                                         "@1 current [W\"SO2, 100.0, -3, 2000, false, 7]"));
  EXPECT_EQ(m.batch.column(1).type(), Type::kFloat);
}

TEST(IoJsonMapperTest, AcceptsSiddhisEventWrapperArraysAndTimeKey) {
  Schema schema({{"a", Type::kLong}});
  Mapped m = MapAll(Json(), schema,
                    {R"({"event": {"a": 1}})", R"([{"a": 2}, {"event": {"a": 3}}])",
                     R"({"a": 4, "@time": 99})", R"({"a": null})"});
  EXPECT_THAT(m.errors, ElementsAre());
  EXPECT_THAT(Rows(m.batch), ElementsAre("@0 current [1]", "@1 current [2]", "@1 current [3]",
                                         "@99 current [4]", "@3 current [null]"));
}

TEST(IoJsonMapperTest, RefusesMalformedRecordsWithAReason) {
  Schema schema({{"a", Type::kInt}, {"s", Type::kString}});
  Mapped m = MapAll(Json(), schema,
                    {R"({"a": 1, "s": "x"})", R"({"a": "1", "s": "x"})", R"({"a": 1.5, "s": "x"})",
                     R"({"a": 3000000000, "s": "x"})", R"({"a": 1})", R"({"a": 1, "s": 2})",
                     R"(not json)", R"({"a": 1, "s": "x")", R"({"a": 1, "s": "x"} tail)",
                     R"([{"a": 1, "s": "ok"}, {"a": "bad", "s": "x"}])", R"(42)"});
  // Only the first record maps; the half-good array leaves nothing behind.
  EXPECT_THAT(Rows(m.batch), ElementsAre("@0 current [1, x]"));
  ASSERT_EQ(m.errors.size(), 10u);
  EXPECT_THAT(m.errors[0], HasSubstr("attribute 'a': expected int, found \"1\""));
  EXPECT_THAT(m.errors[1], HasSubstr("expected int, found 1.5"));
  EXPECT_THAT(m.errors[2], HasSubstr("expected int, found 3000000000"));
  EXPECT_THAT(m.errors[3], HasSubstr("attribute 's' is missing"));
  EXPECT_THAT(m.errors[4], HasSubstr("attribute 's': expected string"));
  EXPECT_THAT(m.errors[5], HasSubstr("JSON"));
  EXPECT_THAT(m.errors[6], HasSubstr("JSON"));
  EXPECT_FALSE(m.errors[7].empty());
  EXPECT_THAT(m.errors[8], HasSubstr("expected int"));
  EXPECT_THAT(m.errors[9], HasSubstr("expected a JSON object"));
}

TEST(IoJsonMapperTest, MissingAttributesAreNullWhenAllowed) {
  MapSpec map = Json();
  map.options.Set("fail.on.missing.attribute", "false");
  Schema schema({{"a", Type::kInt}, {"b", Type::kDouble}});
  Mapped m = MapAll(map, schema, {R"({"a": 1})", R"({"b": "NaN"})"});
  EXPECT_THAT(m.errors, ElementsAre());
  EXPECT_THAT(Rows(m.batch), ElementsAre("@0 current [1, null]", "@1 current [null, NaN]"));
}

TEST(IoJsonMapperTest, TimeAttributeMustBePresent) {
  Schema schema({{"ts", Type::kLong}, {"v", Type::kInt}});
  MapSpec map = Json();
  map.options.Set("fail.on.missing.attribute", "false");
  Mapped m = MapAll(map, schema, {R"({"ts": 5, "v": 1})", R"({"v": 2})"}, size_t{0});
  EXPECT_THAT(Rows(m.batch), ElementsAre("@5 current [5, 1]"));
  EXPECT_THAT(m.errors, ElementsAre(HasSubstr("no event time: 'ts' is missing")));
}

TEST(IoJsonMapperTest, CustomAttributePathsAndEnclosingElement) {
  MapSpec map = Json();
  map.options.Set("enclosing.element", "$.portfolio");
  map.attributes = {{"symbol", "$.stock.symbol"}, {"price", "$.stock.price"}};
  Schema schema({{"symbol", Type::kString}, {"price", Type::kDouble}});
  Mapped m = MapAll(map, schema,
                    {R"({"portfolio": [{"stock": {"symbol": "IBM", "price": 1.5}},
                                       {"stock": {"symbol": "WSO2", "price": 2}}]})",
                     R"({"portfolio": {"stock": {"symbol": "X"}}})"});
  EXPECT_THAT(Rows(m.batch), ElementsAre("@0 current [IBM, 1.5]", "@0 current [WSO2, 2.0]"));
  EXPECT_THAT(m.errors, ElementsAre(HasSubstr("attribute 'price' is missing")));
}

TEST(IoJsonMapperTest, SinkEnvelopes) {
  Schema schema({{"s", Type::kString}, {"f", Type::kFloat}, {"n", Type::kLong}});
  Event event{42, {Value::String("a\"b"), Value::Float(23.6f), Value::Null(Type::kLong)}};
  auto format = [&](const std::string& envelope) {
    MapSpec map = Json();
    if (!envelope.empty()) map.options.Set("envelope", envelope);
    absl::StatusOr<std::unique_ptr<SinkMapper>> mapper = MakeSinkMapper(map, "Out", schema);
    EXPECT_TRUE(mapper.ok());
    std::string out;
    (*mapper)->Format(event, out);
    return out;
  };
  EXPECT_EQ(format(""), R"({"event": {"s": "a\"b", "f": 23.6, "n": null}})");
  EXPECT_EQ(format("none"), R"({"s": "a\"b", "f": 23.6, "n": null})");
  EXPECT_EQ(format("talon"),
            R"({"stream": "Out", "time": 42, "data": {"s": "a\"b", "f": 23.6, "n": null}})");
  MapSpec payload = Json();
  payload.payload = {{"", R"({"sym": "{{s}}", "value": {{f}}})"}};
  absl::StatusOr<std::unique_ptr<SinkMapper>> mapper = MakeSinkMapper(payload, "Out", schema);
  ASSERT_TRUE(mapper.ok());
  std::string out;
  (*mapper)->Format(event, out);
  EXPECT_EQ(out, R"({"sym": "a\"b", "value": 23.6})");
}

TEST(IoJsonMapperTest, UnknownMapTypeAndAttributeAreBindErrors) {
  MapSpec xml;
  xml.type = "xml";
  EXPECT_FALSE(MakeSourceMapper(xml, TradeSchema()).ok());
  MapSpec map = Json();
  map.attributes = {{"nope", "$.x"}};
  EXPECT_FALSE(MakeSourceMapper(map, TradeSchema()).ok());
}

}  // namespace
}  // namespace talon::exec::io
