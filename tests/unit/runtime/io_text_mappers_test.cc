// CSV and text (RE2) mappers of runtime/io, the line splitter's bounds, and the --input/--output
// and annotation bindings.
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/io/batch_builder.h"
#include "runtime/io/io_spec.h"
#include "runtime/io/line_splitter.h"
#include "runtime/io/mapper.h"

namespace talon::exec::io {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Mapped {
  std::vector<std::string> rows;
  std::vector<std::string> errors;
};

Mapped MapAll(const MapSpec& map, const Schema& schema, const std::vector<std::string>& records) {
  absl::StatusOr<std::unique_ptr<SourceMapper>> mapper = MakeSourceMapper(map, schema);
  EXPECT_TRUE(mapper.ok()) << mapper.status();
  BatchBuilder builder(schema, 16);
  Mapped result;
  for (const std::string& record : records) {
    std::string padded = record + std::string(kRecordPadding, '\0');
    absl::Status status = (*mapper)->Map(std::string_view(padded.data(), record.size()), builder);
    if (!status.ok()) result.errors.emplace_back(status.message());
  }
  Batch batch = builder.Take();
  for (size_t i = 0; i < batch.size(); ++i) result.rows.push_back(batch.GetEvent(i).ToString());
  return result;
}

Schema Trades() {
  return Schema({{"symbol", Type::kString}, {"price", Type::kDouble}, {"volume", Type::kLong}});
}

TEST(IoCsvMapperTest, PositionalQuotedAndEmptyFields) {
  MapSpec map;
  map.type = "csv";
  Mapped m = MapAll(map, Trades(),
                    {"IBM,700.5,10", R"("W,SO2",1.5,"7")", R"("say ""hi""",2,)", "X,abc,1", "Y,1"});
  EXPECT_THAT(m.rows, ElementsAre("@0 current [IBM, 700.5, 10]", "@0 current [W,SO2, 1.5, 7]",
                                  "@0 current [say \"hi\", 2.0, null]"));
  EXPECT_THAT(m.errors, ElementsAre(HasSubstr("attribute 'price': expected double, found 'abc'"),
                                    HasSubstr("expected 3 fields, found 2")));
}

TEST(IoCsvMapperTest, HeaderDecidesPositions) {
  MapSpec map;
  map.type = "csv";
  map.options.Set("header.present", "true");
  map.options.Set("delimiter", ";");
  Mapped m = MapAll(map, Trades(), {"volume;ignored;symbol;price", "3;x;IBM;1.25"});
  EXPECT_THAT(m.errors, ElementsAre());
  EXPECT_THAT(m.rows, ElementsAre("@0 current [IBM, 1.25, 3]"));
}

TEST(IoCsvMapperTest, SinkQuotesWhatNeedsIt) {
  MapSpec map;
  map.type = "csv";
  map.options.Set("header", "true");
  absl::StatusOr<std::unique_ptr<SinkMapper>> mapper = MakeSinkMapper(map, "Out", Trades());
  ASSERT_TRUE(mapper.ok());
  std::string out;
  (*mapper)->Format(Event{1, {Value::String("a,\"b\""), Value::Double(2), Value::Null(Type::kLong)}},
                    out);
  EXPECT_EQ(out, R"("a,""b""",2.0,)");
  EXPECT_EQ((*mapper)->Header(), "symbol,price,volume");
}

// The HDFS audit log mapping of examples/hdfs_audit_text.cql, on Eagle's sample lines.
TEST(IoTextMapperTest, NamedGroupsMapHdfsAuditLines) {
  MapSpec map;
  map.type = "text";
  map.options.Set("datetime.attributes", "timestamp");
  map.options.Set(
      "regex",
      R"(^(?<timestamp>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})\s.*?allowed=(?<allowed>\w+)\s+)"
      R"(ugi=(?<user>[^/@\s(]+)\S*.*?\s+ip=/(?<host>\S+)\s+cmd=(?<cmd>\S+)\s+src=(?<src>\S+)\s+)"
      R"(dst=(?<dst>\S+))");
  Schema schema({{"timestamp", Type::kLong}, {"allowed", Type::kBool}, {"cmd", Type::kString},
                 {"src", Type::kString}, {"dst", Type::kString}, {"host", Type::kString},
                 {"user", Type::kString}});
  Mapped m = MapAll(
      map, schema,
      {"2015-04-24 12:49:16,145 INFO FSNamesystem.audit: allowed=true\tugi=hdfs (auth:SIMPLE)\t"
       "ip=/10.0.2.15\tcmd=getfileinfo\tsrc=/tmp\tdst=null\tperm=null\tproto=rpc",
       "2015-09-21 21:36:52,172 INFO FSNamesystem.audit: allowed=true ugi=hadoop/host123.xyz.com@"
       "APD.xyz.com (auth:SIMPLE)     ip=/10.0.2.15   cmd=getfileinfo src=/tmp/hive   dst=null",
       "2015-07-09 01:10:45,417 INFO FSNamesystem.audit: allowed=true\tugi=hue (auth:PROXY) via "
       "hue (auth:SIMPLE)\tip=/10.0.2.15\tcmd=delete\tsrc=/\tdst=/x\tperm=null",
       "some other log line"});
  EXPECT_THAT(m.rows,
              ElementsAre("@0 current [1429879756145, true, getfileinfo, /tmp, null, "
                          "10.0.2.15, hdfs]",
                          "@0 current [1442871412172, true, getfileinfo, /tmp/hive, "
                          "null, 10.0.2.15, hadoop]",
                          "@0 current [1436404245417, true, delete, /, /x, 10.0.2.15, "
                          "hue]"));
  EXPECT_THAT(m.errors, ElementsAre(HasSubstr("does not match")));
}

TEST(IoTextMapperTest, SiddhiRegexIdsAndGroups) {
  MapSpec map;
  map.type = "text";
  map.options.Set("regex.A", R"((\w+)\s([-0-9.]+))");
  map.options.Set("regex.B", R"(volume\s(\d+))");
  map.attributes = {{"symbol", "A[1]"}, {"price", "A[2]"}, {"volume", "B"}};
  Mapped m = MapAll(map, Trades(), {"IBM 12.5 volume 100", "IBM 12.5"});
  EXPECT_THAT(m.rows, ElementsAre("@0 current [IBM, 12.5, 100]"));
  EXPECT_THAT(m.errors, ElementsAre(HasSubstr("does not match regex 1")));
}

TEST(IoTextMapperTest, BadRegexIsABindError) {
  MapSpec map;
  map.type = "text";
  map.options.Set("regex", "(?<nope>x");
  EXPECT_FALSE(MakeSourceMapper(map, Trades()).ok());
  map.options.Set("regex", "(?<unknown>x)");
  EXPECT_THAT(std::string(MakeSourceMapper(map, Trades()).status().message()),
              HasSubstr("'unknown' is not an attribute"));
}

TEST(IoLineSplitterTest, SplitsAndBoundsLines) {
  LineSplitter splitter(8);
  std::vector<std::string> lines;
  auto feed = [&](const std::string& bytes) {
    char* buffer = splitter.Reserve(bytes.size());
    std::copy(bytes.begin(), bytes.end(), buffer);
    splitter.Commit(bytes.size());
    std::string_view line;
    bool too_long = false;
    while (splitter.Next(line, too_long)) {
      lines.push_back((too_long ? "LONG:" : "") + std::string(line));
    }
  };
  feed("ab\r\ncd\nef");
  feed("gh\n0123456789");  // the second line passes the limit before its newline arrives
  feed("0123456789\nxy\n");
  feed("123456789\n");  // 9 bytes: over the limit of 8, reported once
  std::string_view line;
  bool too_long = false;
  EXPECT_FALSE(splitter.Rest(line, too_long));
  EXPECT_THAT(lines,
              ElementsAre("ab", "cd", "efgh", "LONG:01234567", "xy", "LONG:12345678"));
  EXPECT_LT(splitter.pending(), 9u);
}

TEST(IoSpecTest, FlagsBecomeSpecs) {
  absl::StatusOr<IoSpec> spec =
      SpecFromFlag(IoSpec::Direction::kSource, "S=data/in.csv?map.header.present=true&tailing=true");
  ASSERT_TRUE(spec.ok()) << spec.status();
  EXPECT_EQ(spec->stream, "S");
  EXPECT_EQ(spec->type, "file");
  EXPECT_EQ(spec->map.type, "csv");
  EXPECT_EQ(spec->options.Get("file.uri"), "data/in.csv");
  EXPECT_EQ(spec->map.options.Get("header.present"), "true");

  spec = SpecFromFlag(IoSpec::Direction::kSource, "S=kafka://127.0.0.1:9092/a,b?group.id=g");
  ASSERT_TRUE(spec.ok());
  EXPECT_EQ(spec->type, "kafka");
  EXPECT_EQ(spec->options.Get("topic.list"), "a,b");
  EXPECT_EQ(spec->options.Get("group.id"), "g");
  EXPECT_THAT(spec->options.UnusedKeys(), ElementsAre("bootstrap.servers"));

  spec = SpecFromFlag(IoSpec::Direction::kSink, "Out=tcp://localhost:9000");
  ASSERT_TRUE(spec.ok());
  EXPECT_EQ(spec->options.Get("port"), "9000");
  EXPECT_FALSE(SpecFromFlag(IoSpec::Direction::kSource, "nobinding").ok());
  EXPECT_FALSE(SpecFromFlag(IoSpec::Direction::kSource, "S=log:").ok());
}

TEST(IoSpecTest, AnnotationsBecomeSpecs) {
  setenv("TALON_IO_TEST_BROKERS", "b1:9092", 1);
  ast::Annotation map;
  map.name = "map";
  map.elements = {{"type", "csv", {}}, {"delimiter", ";", {}}};
  map.annotations.push_back(ast::Annotation{"attributes", {{"a", "0", {}}}, {}, {}});
  ast::Annotation source{"Source",
                         {{"type", "kafka", {}}, {"bootstrap.servers", "${TALON_IO_TEST_BROKERS}", {}}},
                         {map},
                         {}};
  ast::Annotation info{"info", {{"name", "x", {}}}, {}, {}};
  absl::StatusOr<std::vector<IoSpec>> specs = SpecsFromAnnotations("S", {info, source});
  ASSERT_TRUE(specs.ok()) << specs.status();
  ASSERT_EQ(specs->size(), 1u);
  EXPECT_EQ((*specs)[0].type, "kafka");
  EXPECT_EQ((*specs)[0].options.Get("bootstrap.servers"), "b1:9092");
  EXPECT_EQ((*specs)[0].map.type, "csv");
  EXPECT_THAT((*specs)[0].map.attributes, ElementsAre(std::make_pair("a", "0")));

  ast::Annotation unset{"sink", {{"type", "log", {}}, {"prefix", "${TALON_IO_TEST_UNSET_X}", {}}},
                        {}, {}};
  EXPECT_FALSE(SpecsFromAnnotations("S", {unset}).ok());
}

}  // namespace
}  // namespace talon::exec::io
