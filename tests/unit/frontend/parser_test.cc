// ParseApp / ParseOnDemandQuery / ParseExpression: golden AST dumps for representative apps,
// expression shapes, spans, syntax-error diagnostics and the checks the AST builder makes.
#include "frontend/parser.h"

#include <string>
#include <string_view>
#include <variant>

#include "frontend/ast_printer.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace talon::frontend {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The AST dump of `text` parsed as an app, or its rendered diagnostics when it fails.
std::string DumpApp(std::string_view text) {
  SourceText source("app.cql", std::string(text));
  Diagnostics diagnostics(&source);
  absl::StatusOr<ast::App> app = ParseApp(source, diagnostics);
  return app.ok() ? ast::ToString(*app) : diagnostics.RenderAll();
}

std::string DumpOnDemand(std::string_view text) {
  SourceText source("query.cql", std::string(text));
  Diagnostics diagnostics(&source);
  absl::StatusOr<ast::OnDemandQuery> query = ParseOnDemandQuery(source, diagnostics);
  return query.ok() ? ast::ToString(*query) : diagnostics.RenderAll();
}

std::string DumpExpr(std::string_view text) {
  SourceText source("expr", std::string(text));
  Diagnostics diagnostics(&source);
  absl::StatusOr<ast::ExprPtr> expr = ParseExpression(source, diagnostics);
  return expr.ok() ? ast::ToString(**expr) : diagnostics.RenderAll();
}

// The diagnostics of parsing `text` as an app (empty when it parses cleanly).
struct ParseResult {
  std::vector<Diagnostic> diagnostics;
  std::string rendered;
  absl::Status status;
};

ParseResult ParseWithDiagnostics(std::string_view text) {
  SourceText source("app.cql", std::string(text));
  Diagnostics diagnostics(&source);
  absl::StatusOr<ast::App> app = ParseApp(source, diagnostics);
  return ParseResult{diagnostics.all(), diagnostics.RenderAll(), app.status()};
}

// The first diagnostic's code and message for `text`, "" when there is none.
std::string FirstError(std::string_view text) {
  ParseResult r = ParseWithDiagnostics(text);
  if (r.diagnostics.empty()) return "";
  return std::string(DiagCodeName(r.diagnostics[0].code)) + ": " + r.diagnostics[0].message;
}

// ---------------------------------------------------------------------------------------------
// Golden dumps.

TEST(ParserTest, DefinitionsAndAnnotations) {
  EXPECT_EQ(DumpApp(R"(
@app:name('Shop')
@app:statistics(reporter = 'console', interval = '5')
@source(type = 'inMemory', topic = 'stock', @map(type = 'json', @attributes(symbol = '$.s', price = '$.p')))
define stream StockStream (symbol string, price float, volume long, ts long);
@PrimaryKey('symbol') @Index('price')
define table StockTable (symbol string, price float);
define window RecentStock (symbol string, price float) lengthBatch(10) output all events;
define trigger FiveSecTrigger at every 5 sec;
define trigger StartTrigger at 'start';
define function concatFn[javascript] return string { return data[0] + data[1]; };
define aggregation StockAgg from StockStream select symbol, avg(price) as avgPrice group by symbol aggregate by ts every sec ... year;
define aggregation HourlyAgg from StockStream select sum(volume) as total aggregate every min, hour, day;
)"),
            R"((app
  (@app:name 'Shop')
  (@app:statistics (reporter 'console') (interval '5'))
  (define-stream StockStream
    (@source
      (type 'inMemory')
      (topic 'stock')
      (@map (type 'json') (@attributes (symbol '$.s') (price '$.p'))))
    (symbol string)
    (price float)
    (volume long)
    (ts long))
  (define-table StockTable (@PrimaryKey 'symbol') (@Index 'price') (symbol string) (price float))
  (define-window RecentStock
    (symbol string)
    (price float)
    (window lengthBatch 10)
    (output all-events))
  (define-trigger FiveSecTrigger (every 5000))
  (define-trigger StartTrigger (at 'start'))
  (define-function concatFn
    (language javascript)
    (returns string)
    (body ' return data[0] + data[1]; '))
  (define-aggregation StockAgg
    (from (stream StockStream))
    (select symbol (as (call avg price) avgPrice) (group-by symbol))
    (aggregate-by ts)
    (every sec ... year))
  (define-aggregation HourlyAgg
    (from (stream StockStream))
    (select (as (call sum volume) total))
    (every min hour day))))");
}

TEST(ParserTest, FiltersWindowsJoinsRatesAndTableOperations) {
  EXPECT_EQ(DumpApp(R"(
define stream StockStream (symbol string, price float, volume long);
define stream NewsStream (symbol string, headline string);
define table StockTable (symbol string, price float);
@info(name = 'filterWindow')
from StockStream[price > 10.5 and not (symbol == 'X')]#window.time(1 min 30 sec)#str:tokenize(symbol, ',')
select symbol, avg(price) as avgPrice, count() as n, math:abs(-price) as ap
group by symbol having avgPrice >= 20 order by avgPrice desc, symbol limit 5 offset 1
output last every 3 events
insert expired events into #AvgStream;
from StockStream#window.length(10) as s unidirectional left outer join NewsStream#window.time(1 hour) as n
  on s.symbol == n.symbol
select s.symbol, n.headline
output snapshot every 1 sec
insert into JoinedStream;
from StockStream[symbol in StockTable and price is null] select * output every 500 millisec return;
from StockStream delete StockTable for all events on StockTable.symbol == symbol;
from StockStream select symbol, price update StockTable set StockTable.price = price + 1 on StockTable.symbol == symbol;
from StockStream update or insert into StockTable on StockTable.symbol == symbol;
)"),
            R"((app
  (define-stream StockStream (symbol string) (price float) (volume long))
  (define-stream NewsStream (symbol string) (headline string))
  (define-table StockTable (symbol string) (price float))
  (query
    (@info (name 'filterWindow'))
    (from
      (stream StockStream
        (filter (and (> price 10.5) (not (== symbol 'X'))))
        (window time (time 90000))
        (function str:tokenize symbol ',')))
    (select
      symbol
      (as (call avg price) avgPrice)
      (as (call count) n)
      (as (call math:abs (neg price)) ap)
      (group-by symbol)
      (having (>= avgPrice 20))
      (order-by (desc avgPrice) (asc symbol))
      (limit 5)
      (offset 1))
    (output-rate events last 3)
    (insert expired-events #AvgStream))
  (query
    (from
      (join left-outer
        (stream StockStream (as s) (window length 10))
        (stream NewsStream (as n) (window time (time 3600000)))
        (unidirectional left)
        (on (== s.symbol n.symbol))))
    (select s.symbol n.headline)
    (output-rate snapshot (time 1000))
    (insert JoinedStream))
  (query
    (from (stream StockStream (filter (and (in symbol StockTable) (is-null price)))))
    (select *)
    (output-rate time all (time 500))
    (return))
  (query
    (from (stream StockStream))
    (select *)
    (delete StockTable (for all-events) (on (== StockTable.symbol symbol))))
  (query
    (from (stream StockStream))
    (select symbol price)
    (update StockTable (set (= StockTable.price (+ price 1))) (on (== StockTable.symbol symbol))))
  (query
    (from (stream StockStream))
    (select *)
    (update-or-insert StockTable (on (== StockTable.symbol symbol))))))");
}

TEST(ParserTest, PatternsSequencesAndPartitions) {
  EXPECT_EQ(DumpApp(R"(
define stream A (id string, v int);
define stream B (id string, v int);
from every (e1=A[v > 10] -> e2=B[id == e1.id]<2:5>) -> not A[v > e2[last].v] for 10 sec
  within 1 min
select e1.id, e2[0].v as first, e2[last - 1].v as secondLast
insert into Alerts;
from e1=A -> e2=B[e1 is null or e2[0] is null] and e3=A -> e4=A<3:> -> not B and e5=A
select e1.id insert into Out2;
from every e1=A, e2=B+, e3=A*, e4=B?, not A for 2 sec, e5=B<:4> within 5 sec
select e1.id, e5.v insert into Seq;
partition with (id of A, v < 10 as 'low' or v >= 10 as 'high' of B)
begin
  from A select id, count() as n insert into #Counts;
  from #Counts select * insert into CountsOut;
end;
)"),
            R"((app
  (define-stream A (id string) (v int))
  (define-stream B (id string) (v int))
  (query
    (from
      (pattern
        (next
          (every
            (next
              (state e1 (stream A (filter (> v 10))))
              (state e2 (stream B (filter (== id e1.id))) (count 2 5))))
          (absent (stream A (filter (> v e2[last].v))) (for (time 10000))))
        (within (time 60000))))
    (select e1.id (as e2[0].v first) (as e2[last-1].v secondLast))
    (insert Alerts))
  (query
    (from
      (pattern
        (next
          (state e1 (stream A))
          (and
            (state e2 (stream B (filter (or (is-null-stream e1) (is-null-stream e2[0])))))
            (state e3 (stream A)))
          (state e4 (stream A) (count 3 -1))
          (and (absent (stream B)) (state e5 (stream A))))))
    (select e1.id)
    (insert Out2))
  (query
    (from
      (sequence
        (next
          (every (state e1 (stream A)))
          (state e2 (stream B) (count 1 -1))
          (state e3 (stream A) (count 0 -1))
          (state e4 (stream B) (count 0 1))
          (absent (stream A) (for (time 2000)))
          (state e5 (stream B) (count 0 4)))
        (within (time 5000))))
    (select e1.id e5.v)
    (insert Seq))
  (partition
    (with (key A id) (key B (range (< v 10) 'low') (range (>= v 10) 'high')))
    (query (from (stream A)) (select id (as (call count) n)) (insert #Counts))
    (query (from (stream #Counts)) (select *) (insert CountsOut)))))");
}

TEST(ParserTest, AggregationJoinKeepsWithinRangeAndPer) {
  EXPECT_EQ(DumpApp("define stream In (symbol string); from In as i join StockAgg as s "
                    "within '2017-01-01 00:00:00', '2021-01-01 00:00:00' per 'months' "
                    "select s.symbol, avgPrice insert all events into Out;"),
            R"((app
  (define-stream In (symbol string))
  (query
    (from
      (join inner
        (stream In (as i))
        (stream StockAgg (as s))
        (within '2017-01-01 00:00:00' '2021-01-01 00:00:00')
        (per 'months')))
    (select s.symbol avgPrice)
    (insert all-events Out))))");
}

TEST(ParserTest, OnDemandQueries) {
  EXPECT_EQ(DumpOnDemand("from StockTable as t on t.price > 10 select t.symbol, t.price "
                         "order by t.price desc limit 3"),
            R"((on-demand
  (from StockTable (as t) (on (> t.price 10)))
  (select t.symbol t.price (order-by (desc t.price)) (limit 3))
  (return)))");
  EXPECT_EQ(DumpOnDemand("from StockAgg on symbol == 'IBM' within 1000L, 5000L per 'sec' select *"),
            R"((on-demand
  (from StockAgg (on (== symbol 'IBM')) (within 1000L 5000L) (per 'sec'))
  (select *)
  (return)))");
  EXPECT_EQ(DumpOnDemand("from StockTable"), "(on-demand (from StockTable) (select *) (return))");
  EXPECT_EQ(DumpOnDemand("select 'WSO2' as symbol, 55.6f as price insert into StockTable"),
            "(on-demand (select (as 'WSO2' symbol) (as 55.6F price)) (insert StockTable))");
  EXPECT_EQ(DumpOnDemand("delete StockTable on StockTable.price < 10;"),
            "(on-demand (select *) (delete StockTable (on (< StockTable.price 10))))");
  EXPECT_EQ(DumpOnDemand("update StockTable set StockTable.price = 10.5f "
                         "on StockTable.symbol == 'IBM'"),
            R"((on-demand
  (select *)
  (update StockTable (set (= StockTable.price 10.5F)) (on (== StockTable.symbol 'IBM')))))");
  EXPECT_EQ(DumpOnDemand("select 'IBM' as symbol, 1.5f as price update or insert into StockTable "
                         "set StockTable.price = price on StockTable.symbol == symbol"),
            R"((on-demand
  (select (as 'IBM' symbol) (as 1.5F price))
  (update-or-insert StockTable (set (= StockTable.price price)) (on (== StockTable.symbol symbol)))))");
}

TEST(ParserTest, AnnotationKeysJoinSidesRatesAndEventTypes) {
  EXPECT_EQ(DumpApp(R"(
@async(buffer.size = '64', 'positional', 'my key' = 'v', idle-time = '1', a:b = 'c')
define stream S (a int);
from S#window.length(1) right outer join S#window.length(2) as t unidirectional on S.a == t.a
select S.a output first every 2 sec return all events;
from S#window.length(1) as x full outer join S#window.length(2) as y
select x.a insert current events into Out;
from S#window.time(1 sec) select a output all every 2 events insert expired events into Out2;
)"),
            R"((app
  (define-stream S
    (@async (buffer.size '64') 'positional' ('my key' 'v') (idle-time '1') (a:b 'c'))
    (a int))
  (query
    (from
      (join right-outer
        (stream S (window length 1))
        (stream S (as t) (window length 2))
        (unidirectional right)
        (on (== S.a t.a))))
    (select S.a)
    (output-rate time first (time 2000))
    (return all-events))
  (query
    (from (join full-outer (stream S (as x) (window length 1)) (stream S (as y) (window length 2))))
    (select x.a)
    (insert current-events Out))
  (query
    (from (stream S (window time (time 1000))))
    (select a)
    (output-rate events all 2)
    (insert expired-events Out2))))");
}

// ---------------------------------------------------------------------------------------------
// Expressions.

TEST(ParserTest, ExpressionPrecedenceFollowsSiddhi) {
  EXPECT_EQ(DumpExpr("1 + 2 * 3 > 4 and a or b"), "(or (and (> (+ 1 (* 2 3)) 4) a) b)");
  EXPECT_EQ(DumpExpr("a - b - c"), "(- (- a b) c)");
  EXPECT_EQ(DumpExpr("a == b != c"), "(!= (== a b) c)");
  EXPECT_EQ(DumpExpr("a < b == c >= d"), "(== (< a b) (>= c d))");
  // As in Siddhi, `not` binds tighter than comparisons.
  EXPECT_EQ(DumpExpr("not a == b"), "(== (not a) b)");
  EXPECT_EQ(DumpExpr("not (a == b)"), "(not (== a b))");
  EXPECT_EQ(DumpExpr("x in T and y % 2 == 0"), "(and (in x T) (== (% y 2) 0))");
}

TEST(ParserTest, UnaryMinusFoldsIntoNumericLiterals) {
  EXPECT_EQ(DumpExpr("-5"), "-5");
  EXPECT_EQ(DumpExpr("-2147483648"), "-2147483648");
  EXPECT_EQ(DumpExpr("-9223372036854775808L"), "-9223372036854775808L");
  EXPECT_EQ(DumpExpr("-2.5"), "-2.5");
  EXPECT_EQ(DumpExpr("+7"), "7");
  EXPECT_EQ(DumpExpr("2 * -3"), "(* 2 -3)");
  EXPECT_EQ(DumpExpr("a - -1"), "(- a -1)");
  EXPECT_EQ(DumpExpr("-price"), "(neg price)");
  EXPECT_EQ(DumpExpr("-(5)"), "(neg 5)");
}

TEST(ParserTest, AttributeReferences) {
  EXPECT_EQ(DumpExpr("price"), "price");
  EXPECT_EQ(DumpExpr("S.price"), "S.price");
  EXPECT_EQ(DumpExpr("#S.price"), "#S.price");
  EXPECT_EQ(DumpExpr("!S.price"), "!S.price");
  EXPECT_EQ(DumpExpr("e1[0].price"), "e1[0].price");
  EXPECT_EQ(DumpExpr("e1[last].price"), "e1[last].price");
  EXPECT_EQ(DumpExpr("e1[last-1].price"), "e1[last-1].price");
  EXPECT_EQ(DumpExpr("`select`.`from`"), "select.from");
}

TEST(ParserTest, FunctionCallsAndNullChecks) {
  EXPECT_EQ(DumpExpr("count()"), "(call count)");
  // Siddhi 5.1 accepts f(*) and passes no arguments: not a deprecation.
  EXPECT_EQ(DumpExpr("count(*)"), "(call count *)");
  EXPECT_EQ(DumpExpr("str:concat(a, 'b', 1)"), "(call str:concat a 'b' 1)");
  EXPECT_EQ(DumpExpr("price is null"), "(is-null price)");
  EXPECT_EQ(DumpExpr("f(x) is null"), "(is-null (call f x))");
  EXPECT_EQ(DumpExpr("e1[0] is null"), "(is-null-stream e1[0])");
  EXPECT_EQ(DumpExpr("#S is null"), "(is-null-stream #S)");
  EXPECT_EQ(DumpExpr("!S is null"), "(is-null-stream !S)");
}

TEST(ParserTest, IsNullOnAStreamInScopeTestsTheStream) {
  // e1 is a pattern event and S a stream of the query: both are stream checks; `price` is not.
  EXPECT_EQ(DumpApp("define stream S (price float); "
                    "from e1=S -> e2=S[e1 is null] select e1.price as p having price is null "
                    "insert into Out;"),
            R"((app
  (define-stream S (price float))
  (query
    (from (pattern (next (state e1 (stream S)) (state e2 (stream S (filter (is-null-stream e1)))))))
    (select (as e1.price p) (having (is-null price)))
    (insert Out))))");
}

TEST(ParserTest, NamesMayBeKeywordsOrBackquoted) {
  EXPECT_EQ(DumpApp("define stream `my stream` (time long, last string, `from` int);"),
            "(app (define-stream my stream (time long) (last string) (from int)))");
}

TEST(ParserTest, CommentsAndCaseInsensitiveKeywords) {
  EXPECT_EQ(DumpApp("-- a line comment\nDEFINE Stream S (a INT); /* block\n comment */\n"
                    "FROM S SELECT a INSERT INTO Out;"),
            "(app (define-stream S (a int)) (query (from (stream S)) (select a) (insert Out)))");
}

// ---------------------------------------------------------------------------------------------
// Spans.

// The first filter expression of the query at element `index`.
const ast::Expr& FirstFilter(const ast::App& app, size_t index) {
  const auto& query = std::get<ast::Query>(app.elements[index]);
  return *std::get<ast::SingleInput>(query.input).handlers[0].filter;
}

TEST(ParserTest, SpansAreByteOffsetsEvenAfterNonAsciiText) {
  // '€' is three bytes and 'é' two; ANTLR counts each as one code point.
  std::string text =
      "define stream S (nom string, price float);\n"
      "-- prix en \xE2\x82\xAC\n"
      "from S[nom == 'caf\xC3\xA9' and price > 1] select nom insert into Out;";
  SourceText source("app.cql", text);
  Diagnostics diagnostics(&source);
  absl::StatusOr<ast::App> app = ParseApp(source, diagnostics);
  ASSERT_TRUE(app.ok()) << diagnostics.RenderAll();

  const ast::Expr& filter = FirstFilter(*app, 1);
  ASSERT_EQ(filter.kind, ast::ExprKind::kBinary);
  const ast::Expr& comparison = *filter.operands[1];
  const ast::Expr& price = *comparison.operands[0];
  EXPECT_EQ(price.span.begin, text.find("price > 1"));
  EXPECT_EQ(source.Slice(price.span), "price");
  EXPECT_EQ(source.Slice(comparison.span), "price > 1");
  EXPECT_EQ(source.Slice(filter.operands[0]->operands[1]->span), "'caf\xC3\xA9'");
  EXPECT_EQ(source.Slice(filter.span), "nom == 'caf\xC3\xA9' and price > 1");
  LineColumn position = source.Position(price.span.begin);
  EXPECT_EQ(position.line, 3u);
  EXPECT_EQ(position.column, 26u);  // columns count code points: 'é' is one

  const auto& def = std::get<ast::StreamDef>(app->elements[0]);
  EXPECT_EQ(source.Slice(def.name_span), "S");
  EXPECT_EQ(source.Slice(def.attributes[1].span), "price float");
  const auto& query = std::get<ast::Query>(app->elements[1]);
  EXPECT_EQ(source.Slice(query.output.target_span), "Out");
  EXPECT_EQ(source.Slice(query.span),
            "from S[nom == 'caf\xC3\xA9' and price > 1] select nom insert into Out");
}

TEST(ParserTest, FoldedLiteralSpanCoversTheSign) {
  SourceText source("expr", "a > - 42");
  Diagnostics diagnostics(&source);
  absl::StatusOr<ast::ExprPtr> expr = ParseExpression(source, diagnostics);
  ASSERT_TRUE(expr.ok());
  EXPECT_EQ(source.Slice((*expr)->operands[1]->span), "- 42");
}

// ---------------------------------------------------------------------------------------------
// Syntax errors.

TEST(ParserTest, SyntaxErrorRendersWithLineColumnAndCarets) {
  ParseResult r = ParseWithDiagnostics(
      "define stream S (symbol string, price float);\n"
      "from S[price > 10]\n"
      "selct symbol insert into Out;\n");
  EXPECT_EQ(r.rendered,
            "app.cql:3:1: error: expected 'select', 'insert', 'delete', 'update', 'return' or "
            "'output', found 'selct' [syntax-error]\n"
            "selct symbol insert into Out;\n"
            "^^^^^\n"
            "note: did you mean 'select'?\n");
  EXPECT_TRUE(absl::IsInvalidArgument(r.status));
  EXPECT_THAT(std::string(r.status.message()), HasSubstr("app.cql:3:1"));
}

TEST(ParserTest, SyntaxErrorMessagesNameWhatWasExpected) {
  EXPECT_EQ(FirstError("define stream S (a int); from S[a > 10 select a insert into Out;"),
            "syntax-error: expected ']' or an operator, found 'select'");
  EXPECT_EQ(FirstError("define stream S (a int); from S[a > ] select a insert into Out;"),
            "syntax-error: expected an expression, found ']'");
  EXPECT_EQ(FirstError("define stream S (a int); from S select a + 1 insert into Out;"),
            "syntax-error: expected 'as', found 'insert'");
  EXPECT_EQ(FirstError("define stream S (); "), "syntax-error: expected a name, found ')'");
  EXPECT_EQ(FirstError("define stream S (a integer);"),
            "syntax-error: expected 'string', 'int', 'long', 'float', 'double', 'bool' or "
            "'object', found 'integer'");
  EXPECT_EQ(FirstError("define stream S (a int) from S select a insert into Out;"),
            "syntax-error: expected end of input or ';', found 'from'");
  EXPECT_EQ(FirstError("define stream S (a int); from S select a"),
            "syntax-error: expected 'insert', 'delete', 'update', 'return' or 'output', found "
            "end of input");
  EXPECT_EQ(FirstError("define stream S (a string); from S[a == 'abc] select a insert into Out;"),
            "syntax-error: unterminated string literal");
  EXPECT_EQ(FirstError("define stream S (a int); from S select a as b, ~ insert into Out;"),
            "syntax-error: unexpected character '~'");
  EXPECT_EQ(FirstError("@PrimaryKey() define table T (a int);"),
            "syntax-error: expected a name, '@' or a string, found ')'");
  EXPECT_EQ(FirstError("@PrimaryKey'symbol' define table T (a int);"),
            "syntax-error: expected ':', '(', '@', 'define', 'from' or 'partition', found the "
            "string 'symbol'");
}

TEST(ParserTest, AliasOnASingleStreamGetsAHint) {
  ParseResult r =
      ParseWithDiagnostics("define stream S (a int); from S as s select a insert into Out;");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_THAT(r.diagnostics[0].message, HasSubstr("found 'select'"));
  ASSERT_EQ(r.diagnostics[0].notes.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].notes[0].message,
            "'as s' renames a stream only in a join; a single input stream keeps its name");
}

TEST(ParserTest, EndOfInputErrorPointsAfterTheLastToken) {
  ParseResult r = ParseWithDiagnostics("define stream S (a int\n\n");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.rendered,
            "app.cql:1:23: error: expected ')' or ',', found end of input [syntax-error]\n"
            "define stream S (a int\n"
            "                      ^\n");
}

TEST(ParserTest, OnlyTheFirstSyntaxErrorIsReported) {
  ParseResult r = ParseWithDiagnostics(
      "define stream S (a int);\nfrom S[a >] select a insert into Out;\n"
      "from S select a as insert into Out2;\n");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, DiagCode::kSyntaxError);
}

TEST(ParserTest, NoAstIsBuiltForASyntaxError) {
  SourceText source("app.cql", "define stream S (a int) from");
  Diagnostics diagnostics(&source);
  EXPECT_FALSE(ParseApp(source, diagnostics).ok());
  EXPECT_TRUE(diagnostics.HasCode(DiagCode::kSyntaxError));
}

TEST(ParserTest, OnDemandAndExpressionSyntaxErrors) {
  EXPECT_EQ(DumpOnDemand("from StockTable1 on price > 5 select symbol1, sum(volume) totalVolume"),
            "query.cql:1:59: error: expected 'as', found 'totalVolume' [syntax-error]\n"
            "from StockTable1 on price > 5 select symbol1, sum(volume) totalVolume\n"
            "                                                          ^^^^^^^^^^^\n");
  EXPECT_THAT(DumpExpr("a +"), HasSubstr("expected an expression, found end of input"));
}

// ---------------------------------------------------------------------------------------------
// Siddhi 3 syntax.

TEST(ParserTest, PlanAnnotationIsDeprecated) {
  ParseResult r = ParseWithDiagnostics(
      "@plan:name('Old') define stream S (a int); from S select a insert into Out;");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, DiagCode::kDeprecatedSyntax);
  EXPECT_EQ(r.rendered,
            "app.cql:1:1: error: '@plan:name' is Siddhi 3 syntax; use '@app:name' "
            "[deprecated-syntax]\n"
            "@plan:name('Old') define stream S (a int); from S select a insert into Out;\n"
            "^^^^^^^^^^\n");
}

TEST(ParserTest, InsertOverwriteIsDeprecated) {
  EXPECT_EQ(FirstError("define stream S (a int); define table T (a int); "
                       "from S select a insert overwrite T on T.a == a;"),
            "deprecated-syntax: 'insert overwrite' is Siddhi 3 syntax; use 'update or insert "
            "into <table> set ... on <condition>'");
}

// ---------------------------------------------------------------------------------------------
// Rules the grammar leaves to the builder (grammar/README.md "What the builder must check").

TEST(ParserTest, BuilderRejectsWhatSiddhiRejects) {
  EXPECT_EQ(FirstError("@foo:name('x') define stream S (a int);"),
            "syntax-error: unknown annotation namespace 'foo' in '@foo:name'; app-level "
            "annotations are written '@app:name'");
  EXPECT_EQ(FirstError("define stream S (a int); from S select a insert into Out; "
                       "define stream T (a int);"),
            "syntax-error: definitions must come before queries and partitions");
  EXPECT_EQ(FirstError("define stream #S (a int);"),
            "syntax-error: a stream definition cannot be an inner stream; '#S' names a stream "
            "inside a partition");
  EXPECT_EQ(FirstError("define table !T (a int);"),
            "syntax-error: a table cannot be a fault stream; '!T' exists when 'T' has "
            "@OnError(action='stream')");
  EXPECT_EQ(FirstError("define stream S (a int); from S#window.length(1) outer join "
                       "S#window.length(1) as t select * insert into Out;"),
            "syntax-error: 'outer join' needs a side: write 'left outer join', 'right outer "
            "join' or 'full outer join'");
  EXPECT_EQ(FirstError("define stream S (a int); from every (e1=S -> every e2=S) "
                       "select * insert into Out;"),
            "invalid-pattern: 'every' cannot be nested inside another 'every'");
  EXPECT_EQ(FirstError("define stream S (a int); from e1=S, every e2=S select * insert into Out;"),
            "invalid-pattern: in a sequence, 'every' can only start the first element");
  EXPECT_EQ(FirstError("define stream S (a int); from e1=S -> not S or e2=S "
                       "select * insert into Out;"),
            "invalid-pattern: 'not S' needs 'for <time>' when combined with 'or'");
  EXPECT_EQ(FirstError("define stream S (a int); from e1=S -> not S and not S for 1 sec "
                       "select * insert into Out;"),
            "invalid-pattern: 'not S' needs 'for <time>' when the other side of 'and' is also "
            "'not'");
  EXPECT_EQ(FirstError("define stream S (a int); from S#window.time(1 sec 1 min) select * "
                       "insert into Out;"),
            "syntax-error: time units must go from largest to smallest, each at most once, but "
            "'min' follows a unit no larger than it");
  EXPECT_EQ(FirstError("define stream S (a int, ts long); define aggregation A from S "
                       "select sum(a) as s aggregate by ts every week;"),
            "syntax-error: aggregations cannot be kept per 'week'; use sec, min, hour, day, "
            "month or year");
  EXPECT_EQ(FirstError("define stream S (a int); from S select null as n insert into Out;"),
            "syntax-error: 'null' is not a value in CQL; to test for a missing value write "
            "'x is null'");
  EXPECT_EQ(FirstError("define stream S (a int); from S[a + 1 is null] select * insert into Out;"),
            "syntax-error: 'is null' applies to an attribute, a stream or a function call");
  EXPECT_EQ(FirstError("define stream S (a int); from S select a limit a insert into Out;"),
            "invalid-argument: 'limit' takes an int or long constant");
  EXPECT_EQ(FirstError("define stream S (a int); define table T (a int); "
                       "from S delete #T on T.a == a;"),
            "invalid-table-operation: '#T' is a stream; delete and update work on tables only");
  EXPECT_EQ(FirstError("define stream S (a int); from S[a > 3000000000] select a insert into Out;"),
            "syntax-error: integer literal '3000000000' does not fit in an int; write "
            "'3000000000L' for a long");
  EXPECT_EQ(FirstError("define stream S (a int); from S#fn()#window.length(1) as x join "
                       "S#window.length(1) as y select x#fn.b as b insert into Out;"),
            "unsupported: referring to an attribute through a stream function ('x#fn.b') is "
            "not supported; write 'b'");
}

TEST(ParserTest, BuilderReportsEveryProblemInOnePass) {
  ParseResult r = ParseWithDiagnostics(
      "@plan:name('x') define stream #S (a int); from S[a > 3000000000] select a limit a "
      "insert into Out;");
  std::vector<DiagCode> codes;
  for (const Diagnostic& d : r.diagnostics) codes.push_back(d.code);
  EXPECT_THAT(codes, ElementsAre(DiagCode::kDeprecatedSyntax, DiagCode::kSyntaxError,
                                 DiagCode::kSyntaxError, DiagCode::kInvalidArgument));
}

}  // namespace
}  // namespace talon::frontend
