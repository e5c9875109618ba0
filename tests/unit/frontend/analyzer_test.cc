// AnalyzerTest: ast::App -> bound::App. Pins each analyzer diagnostic's code, message and
// position, and what gets bound (via bound::ToString), over a fake catalog so the frontend
// tests do not depend on the runtime's function library.
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "absl/strings/str_cat.h"
#include "frontend/analyzer.h"
#include "frontend/frontend.h"
#include "frontend/parser.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace talon::frontend {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// A few functions, aggregators, windows and stream functions with Siddhi-like signatures.
class FakeCatalog : public Catalog {
 public:
  Lookup<FunctionRef> LookupFunction(std::string_view ns, std::string_view name,
                                     const std::vector<ArgInfo>& args) const override {
    if (ns.empty() && name == "coalesce") {
      if (args.empty()) return LookupError{DiagCode::kWrongArgumentCount, "'coalesce' needs arguments", -1};
      return FunctionRef{1, args[0].type, false};
    }
    if (ns.empty() && name == "UUID") return FunctionRef{2, Type::kString, true};
    if (ns == "str" && name == "length") {
      if (args.size() != 1) {
        return LookupError{DiagCode::kWrongArgumentCount, "'str:length' takes 1 argument", -1};
      }
      if (args[0].type != Type::kString) {
        return LookupError{DiagCode::kWrongArgumentType,
                           "'str:length' needs a string, but found " +
                               std::string(TypeName(args[0].type)),
                           0};
      }
      return FunctionRef{3, Type::kInt, false};
    }
    return LookupError{DiagCode::kUnknownFunction,
                       "unknown function '" + QualifiedName(ns, name) + "'", -1};
  }

  std::optional<Lookup<AggregatorRef>> LookupAggregator(
      std::string_view ns, std::string_view name, const std::vector<ArgInfo>& args) const override {
    if (!ns.empty()) return std::nullopt;
    if (name == "count") return Lookup<AggregatorRef>(AggregatorRef{10, Type::kLong});
    if (name == "sum" || name == "avg") {
      if (args.size() != 1) {
        return Lookup<AggregatorRef>(
            LookupError{DiagCode::kWrongArgumentCount, "'" + std::string(name) + "' takes 1 argument", -1});
      }
      if (!IsNumeric(args[0].type)) {
        return Lookup<AggregatorRef>(LookupError{
            DiagCode::kWrongArgumentType, "'" + std::string(name) + "' needs a number", 0});
      }
      if (name == "avg") return Lookup<AggregatorRef>(AggregatorRef{12, Type::kDouble});
      bool integral = IsIntegral(args[0].type);
      return Lookup<AggregatorRef>(AggregatorRef{11, integral ? Type::kLong : Type::kDouble});
    }
    return std::nullopt;
  }

  Lookup<WindowRef> LookupWindow(std::string_view ns, std::string_view name,
                                 const std::vector<ArgInfo>& args) const override {
    if (ns.empty() && (name == "length" || name == "lengthBatch")) {
      if (args.size() != 1 || !args[0].constant || args[0].type != Type::kInt) {
        return LookupError{DiagCode::kInvalidWindow,
                           "'" + std::string(name) + "' takes one int constant", -1};
      }
      if (args[0].constant->int_value() <= 0) {
        return LookupError{DiagCode::kInvalidArgument, "window length must be positive", 0};
      }
      return WindowRef{20, true};
    }
    if (ns.empty() && name == "time") return WindowRef{21, true};
    return LookupError{DiagCode::kUnknownWindow,
                       "unknown window '" + QualifiedName(ns, name) + "'", -1};
  }

  Lookup<StreamFunctionRef> LookupStreamFunction(std::string_view ns, std::string_view name,
                                                 const std::vector<ArgInfo>& args,
                                                 const Schema& input) const override {
    if (ns == "str" && name == "tokenize") return StreamFunctionRef{30, {{"token", Type::kString}}};
    if (ns.empty() && name == "log") return StreamFunctionRef{31, {}};
    return LookupError{DiagCode::kUnknownFunction,
                       "unknown stream function '" + QualifiedName(ns, name) + "'", -1};
  }

  std::vector<std::string> FunctionNames(std::string_view ns) const override {
    if (ns == "str") return {"length", "tokenize"};
    return {"coalesce", "UUID", "count", "sum", "avg"};
  }
};

class AnalyzerTest : public ::testing::Test {
 protected:
  absl::StatusOr<bound::App> Compile(std::string text) {
    source_ = std::make_unique<SourceText>("app.cql", std::move(text));
    diags_ = std::make_unique<Diagnostics>(source_.get());
    return frontend::Compile(*source_, catalog_, *diags_);
  }

  // Compiles an app that must be accepted, and returns it.
  bound::App Accept(std::string text) {
    absl::StatusOr<bound::App> app = Compile(std::move(text));
    EXPECT_TRUE(app.ok()) << app.status();
    if (!app.ok()) return bound::App{};
    return *std::move(app);
  }

  // "line:col code: message" for each error and warning, in order.
  std::vector<std::string> Diags() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags_->all()) out.push_back(Format(d.span, d.code, d.message));
    return out;
  }
  std::string Format(SourceSpan span, DiagCode code, const std::string& message) const {
    LineColumn pos = source_->Position(span.begin);
    return absl::StrCat(pos.line, ":", pos.column, " ", std::string(DiagCodeName(code)), ": ",
                        message);
  }
  // The notes of diagnostic `i` ("line:col message" or "message" when unpositioned).
  std::vector<std::string> Notes(size_t i) const {
    std::vector<std::string> out;
    for (const DiagNote& n : diags_->all().at(i).notes) {
      if (n.span.empty()) {
        out.push_back(n.message);
      } else {
        LineColumn pos = source_->Position(n.span.begin);
        out.push_back(absl::StrCat(pos.line, ":", pos.column, " ", n.message));
      }
    }
    return out;
  }
  // The source text a diagnostic points at.
  std::string_view Text(size_t i) const { return source_->Slice(diags_->all().at(i).span); }

  FakeCatalog catalog_;
  std::unique_ptr<SourceText> source_;
  std::unique_ptr<Diagnostics> diags_;
};

std::string Str(const bound::ExprPtr& e) { return e == nullptr ? "<null>" : bound::ToString(*e); }

const bound::SingleInput& Single(const bound::Query& q) {
  return std::get<bound::SingleInput>(q.input);
}

// ---------------------------------------------------------------------------------------------
// Binding results.

TEST_F(AnalyzerTest, FilterCastsLiteralToAttributeType) {
  bound::App app = Accept(
      "define stream S (symbol string, price float, volume long);\n"
      "from S[price > 15] select symbol insert into Out;");
  ASSERT_EQ(app.queries.size(), 1u);
  const bound::Query& q = app.queries[0];
  EXPECT_EQ(q.name, "query1");
  ASSERT_EQ(Single(q).handlers.size(), 1u);
  EXPECT_EQ(Str(Single(q).handlers[0].filter), "($1:price > 15.0F)");
  EXPECT_EQ(Str(q.selector.projections[0].expr), "$0:symbol");
  // `insert into` a new name defines the stream with the output attributes.
  int out = app.FindStream("Out");
  ASSERT_GE(out, 0);
  EXPECT_EQ(app.streams[out].schema.ToString(), "(symbol string)");
  EXPECT_EQ(q.output.target, out);
  EXPECT_EQ(q.output.events, ast::OutputEventType::kCurrent);
  EXPECT_THAT(Diags(), IsEmpty());
}

TEST_F(AnalyzerTest, ArithmeticPromotesAndCasts) {
  bound::App app = Accept(
      "define stream S (price float, volume long, n int);\n"
      "from S select price * volume as a, n + 1 as b, volume / 2.0 as c, n % 3 as d,"
      " -n as e insert into Out;");
  const bound::Selector& sel = app.queries[0].selector;
  EXPECT_EQ(Str(sel.projections[0].expr), "($0:price * cast($1:volume as float))");
  EXPECT_EQ(Str(sel.projections[1].expr), "($2:n + 1)");
  EXPECT_EQ(Str(sel.projections[2].expr), "(cast($1:volume as double) / 2.0)");
  EXPECT_EQ(Str(sel.projections[3].expr), "($2:n % 3)");
  EXPECT_EQ(Str(sel.projections[4].expr), "(-$2:n)");
  EXPECT_EQ(sel.output.ToString(), "(a float, b int, c double, d int, e int)");
}

TEST_F(AnalyzerTest, LogicalIsNullAndStringCompare) {
  bound::App app = Accept(
      "define stream S (symbol string, price double, ok bool);\n"
      "from S[not ok and (symbol == 'IBM' or price is null) and ok != true] select symbol "
      "insert into Out;");
  EXPECT_EQ(Str(Single(app.queries[0]).handlers[0].filter),
            "(((not $2:ok) and (($0:symbol == 'IBM') or ($1:price is null))) and "
            "($2:ok != true))");
}

TEST_F(AnalyzerTest, FunctionsResolveThroughTheCatalog) {
  bound::App app = Accept(
      "define stream S (symbol string, a int, b int);\n"
      "from S select str:length(symbol) as n, coalesce(a, b) as c, UUID() as id "
      "insert into Out;");
  const bound::Selector& sel = app.queries[0].selector;
  EXPECT_EQ(Str(sel.projections[0].expr), "str:length($0:symbol)");
  EXPECT_EQ(sel.projections[0].expr->function_id, 3);
  EXPECT_EQ(Str(sel.projections[1].expr), "coalesce($1:a, $2:b)");
  EXPECT_TRUE(sel.projections[2].expr->stateful);
  EXPECT_EQ(sel.output.ToString(), "(n int, c int, id string)");
}

TEST_F(AnalyzerTest, AggregatesAreLiftedAfterTheInputColumns) {
  bound::App app = Accept(
      "define stream S (symbol string, price double, volume long);\n"
      "from S#window.length(5) select symbol, sum(volume) as total, count() as n "
      "group by symbol having total > 100 and avg(price) > 2 and sum(volume) < 10 "
      "order by total desc limit 3 offset 1 insert into Out;");
  const bound::Query& q = app.queries[0];
  const bound::Selector& sel = q.selector;
  ASSERT_EQ(Single(q).handlers.size(), 1u);
  EXPECT_EQ(Single(q).handlers[0].window.name, "length");
  EXPECT_EQ(Single(q).handlers[0].window.window_id, 20);
  ASSERT_EQ(sel.aggregates.size(), 3u);  // sum(volume) is computed once
  EXPECT_EQ(sel.aggregates[0].name, "sum");
  EXPECT_EQ(Str(sel.aggregates[0].args[0]), "$2:volume");
  EXPECT_EQ(sel.aggregates[1].name, "count");
  EXPECT_EQ(sel.aggregates[2].name, "avg");
  // Selector scope = input (3 columns) ++ aggregates.
  EXPECT_EQ(Str(sel.projections[1].expr), "$3:sum(volume)");
  EXPECT_EQ(Str(sel.projections[2].expr), "$4:count()");
  EXPECT_EQ(Str(sel.group_by[0]), "$0:symbol");
  // having reads output (3) ++ input (3) ++ aggregates: `total` is output column 1.
  EXPECT_EQ(Str(sel.having),
            "((($1:total > 100L) and ($8:avg(price) > 2.0)) and ($6:sum(volume) < 10L))");
  ASSERT_EQ(sel.order_by.size(), 1u);
  EXPECT_EQ(sel.order_by[0].column, 1);
  EXPECT_FALSE(sel.order_by[0].ascending);
  EXPECT_EQ(sel.limit, 3);
  EXPECT_EQ(sel.offset, 1);
  EXPECT_EQ(sel.output.ToString(), "(symbol string, total long, n long)");
}

TEST_F(AnalyzerTest, StreamFunctionsAppendAttributes) {
  bound::App app = Accept(
      "define stream S (text string);\n"
      "from S#str:tokenize(text, ' ')#log() select text, token insert into Out;");
  const bound::SingleInput& in = Single(app.queries[0]);
  ASSERT_EQ(in.handlers.size(), 2u);
  EXPECT_EQ(in.handlers[0].kind, bound::Handler::Kind::kStreamFunction);
  EXPECT_EQ(in.handlers[0].output.ToString(), "(text string, token string)");
  EXPECT_EQ(in.scope.ToString(), "(text string, token string)");
  EXPECT_EQ(Str(app.queries[0].selector.projections[1].expr), "$1:token");
}

TEST_F(AnalyzerTest, JoinScopeIsLeftThenRight) {
  bound::App app = Accept(
      "define stream A (id int, x double);\n"
      "define table T (id int, v string);\n"
      "from A#window.length(2) as a unidirectional join T on a.id == T.id "
      "select a.id, v, x insert into Out;");
  const auto& join = std::get<bound::JoinInput>(app.queries[0].input);
  EXPECT_EQ(join.right.source, bound::SourceKind::kTable);
  EXPECT_TRUE(join.left_triggers);
  EXPECT_FALSE(join.right_triggers);
  EXPECT_EQ(join.scope.ToString(), "(id int, x double, id int, v string)");
  EXPECT_EQ(Str(join.on), "($0:id == $2:id)");
  EXPECT_EQ(Str(app.queries[0].selector.projections[1].expr), "$3:v");
}

TEST_F(AnalyzerTest, PatternReferencesBecomeStateRefs) {
  bound::App app = Accept(
      "define stream S (symbol string, price float);\n"
      "from every e1=S[price > 15] -> e2=S[price > e1.price]<2:> -> e3=S[e3.price < e2[last].price]"
      " within 1 min select e1.symbol, e2[0].price as p0, e3.price as p3 insert into Out;");
  const auto& p = std::get<bound::PatternInput>(app.queries[0].input);
  ASSERT_EQ(p.states.size(), 3u);
  EXPECT_EQ(p.within_ms, 60000);
  EXPECT_EQ(p.states[1].min_count, 2);
  EXPECT_EQ(p.states[1].max_count, -1);
  // Conditions read [own stream (2 columns) ++ refs]; unqualified names are the own stream.
  EXPECT_EQ(Str(p.states[0].condition), "($1:price > 15.0F)");
  EXPECT_EQ(Str(p.states[1].condition), "($1:price > $2:e1.price)");
  EXPECT_EQ(Str(p.states[2].condition), "($1:price < $3:e2[last].price)");
  EXPECT_TRUE(p.states[1].input.handlers.empty());  // filters live in the condition
  // Selector scope = refs, in the order they were first referenced.
  EXPECT_EQ(p.scope.ToString(),
            "(e1.price float, e2[last].price float, e1.symbol string, e2[0].price float, "
            "e3.price float)");
  const bound::Selector& sel = app.queries[0].selector;
  EXPECT_EQ(Str(sel.projections[0].expr), "$2:e1.symbol");
  EXPECT_EQ(Str(sel.projections[1].expr), "$3:e2[0].price");
  EXPECT_EQ(p.refs[3].state, 1);
  EXPECT_EQ(p.refs[3].index.kind, ast::EventIndex::Kind::kNumber);
  ASSERT_NE(p.root, nullptr);
  EXPECT_EQ(p.root->kind, bound::StateNode::Kind::kNext);
  EXPECT_EQ(sel.output.ToString(), "(symbol string, p0 float, p3 float)");
  EXPECT_THAT(Diags(), IsEmpty());  // `within` bounds the pattern: no warning
}

TEST_F(AnalyzerTest, CountedEventWithoutIndexIsAListInTheSelector) {
  // Siddhi CountPatternTestCase.testQuery16: `e2.price` of e2=S<2:> outputs every price.
  bound::App app = Accept(
      "define stream S (price float);\n"
      "from e1=S -> e2=S[price > e1.price]<2:5> -> e3=S[price > e2.price] "
      "select e1.price as a, e2.price as b insert into Out;");
  const auto& p = std::get<bound::PatternInput>(app.queries[0].input);
  // In e3's condition e2.price is one value; in the selector it is the list.
  EXPECT_EQ(Str(p.states[2].condition), "($0:price > $2:e2.price)");
  // The selector reads the refs only: e1.price, e2.price (from e3's condition), e2[*].price.
  ASSERT_EQ(p.refs.size(), 3u);
  EXPECT_EQ(Str(app.queries[0].selector.projections[1].expr), "$2:e2[*].price");
  EXPECT_FALSE(p.refs[1].all_events);
  EXPECT_TRUE(p.refs[2].all_events);
  EXPECT_EQ(app.queries[0].selector.output.ToString(), "(a float, b object)");
}

TEST_F(AnalyzerTest, StarArgumentPassesEveryInputAttribute) {
  // Siddhi MaximumFunctionExtensionTestCase.testMaxFunctionExtension6: maximum(*).
  bound::App app = Accept(
      "define stream S (a int, b int);\n"
      "from S select coalesce(*) as c insert into Out;");
  EXPECT_EQ(Str(app.queries[0].selector.projections[0].expr), "coalesce($0:a, $1:b)");
}

TEST_F(AnalyzerTest, PatternEventIsNullIsAWholeEventRef) {
  bound::App app = Accept(
      "define stream A (x int); define stream B (y int);\n"
      "from e1=A -> not B[y > e1.x] for 1 sec and e2=A select e1.x, e2 is null as missing "
      "insert into Out;");
  const auto& p = std::get<bound::PatternInput>(app.queries[0].input);
  ASSERT_EQ(p.states.size(), 3u);
  EXPECT_EQ(p.states[1].kind, bound::PatternState::Kind::kAbsent);
  EXPECT_EQ(p.states[1].waiting_ms, 1000);
  const bound::Selector& sel = app.queries[0].selector;
  EXPECT_EQ(Str(sel.projections[1].expr), "($1:e2 is null)");
  EXPECT_EQ(p.refs[1].attribute, -1);
  EXPECT_EQ(p.refs[1].type, Type::kObject);
}

TEST_F(AnalyzerTest, PatternSelectStarExpandsEveryEvent) {
  bound::App app = Accept(
      "define stream A (x int); define stream B (y int);\n"
      "from e1=A -> e2=B select * insert into Out;");
  EXPECT_EQ(app.queries[0].selector.output.ToString(), "(x int, y int)");
  EXPECT_EQ(Str(app.queries[0].selector.projections[1].expr), "$1:y");
}

TEST_F(AnalyzerTest, PartitionsOwnTheirInnerStreams) {
  bound::App app = Accept(
      "define stream S (symbol string, price double);\n"
      "partition with (symbol of S) begin\n"
      "  from S select symbol, price insert into #Inner;\n"
      "  from #Inner select symbol insert into Out;\n"
      "end;\n"
      "partition with (price < 15 as 'low' or price >= 15 as 'high' of S) begin\n"
      "  from S select price insert into #Inner;\n"
      "  from #Inner select price insert into Out2;\n"
      "end;");
  ASSERT_EQ(app.partitions.size(), 2u);
  EXPECT_EQ(Str(app.partitions[0].keys[0].value), "$0:symbol");
  ASSERT_EQ(app.partitions[1].keys[0].ranges.size(), 2u);
  EXPECT_EQ(Str(app.partitions[1].keys[0].ranges[0].first), "($1:price < 15.0)");
  EXPECT_EQ(app.partitions[1].keys[0].ranges[1].second, "high");
  EXPECT_THAT(app.partitions[0].queries, ElementsAre(0, 1));
  EXPECT_EQ(app.queries[3].partition, 1);
  // The same #Inner in two partitions is two streams.
  std::vector<int> inner;
  for (size_t i = 0; i < app.streams.size(); ++i) {
    if (app.streams[i].kind == bound::StreamKind::kInner) inner.push_back(static_cast<int>(i));
  }
  ASSERT_EQ(inner.size(), 2u);
  EXPECT_EQ(app.streams[inner[0]].name, "#Inner");
  EXPECT_EQ(app.streams[inner[0]].partition, 0);
  EXPECT_EQ(app.streams[inner[1]].schema.ToString(), "(price double)");
  EXPECT_EQ(Single(app.queries[3]).id, inner[1]);
}

TEST_F(AnalyzerTest, TableDefinitionsAndOperations) {
  bound::App app = Accept(
      "define stream S (symbol string, price float, volume long);\n"
      "@PrimaryKey('symbol') @Index('volume') define table T (symbol string, price float, "
      "volume long);\n"
      "from S insert into T;\n"
      "from S update T set T.price = price + 1, volume = 5 on T.symbol == symbol;\n"
      "from S select symbol, price, volume update or insert into T on T.symbol == symbol;\n"
      "from S delete T on T.volume < volume;");
  ASSERT_EQ(app.tables.size(), 1u);
  EXPECT_THAT(app.tables[0].primary_key, ElementsAre(0));
  EXPECT_THAT(app.tables[0].indexes, ElementsAre(2));
  EXPECT_EQ(app.queries[0].output.target_kind, bound::Output::TargetKind::kTable);
  // `on` and `set` read [output (3) ++ table (3)].
  const bound::Output& update = app.queries[1].output;
  EXPECT_EQ(Str(update.on), "($3:symbol == $0:symbol)");
  ASSERT_EQ(update.set.size(), 2u);
  EXPECT_EQ(update.set[0].first, 1);
  EXPECT_EQ(Str(update.set[0].second), "($1:price + 1.0F)");
  // An int assigned to a long attribute stays an int: Siddhi stores the value's own object.
  EXPECT_EQ(Str(update.set[1].second), "5");
  // Without `set`, every table attribute takes the same-named output attribute.
  EXPECT_EQ(app.queries[2].output.set.size(), 3u);
  EXPECT_EQ(Str(app.queries[3].output.on), "($5:volume < $2:volume)");
}

TEST_F(AnalyzerTest, NamedWindowsTriggersFaultStreamsAndRates) {
  bound::App app = Accept(
      "@app:name('demo') @app:playback\n"
      "define stream S (a int);\n"
      "define window W (a int) length(3) output all events;\n"
      "define trigger T at every 5 sec;\n"
      "from S insert into W;\n"
      "from W[a > 1] select a output last every 2 events insert into Out;\n"
      "from T select triggered_time output snapshot every 1 min insert into Ticks;\n"
      "from !S select a, _error insert into Faults;");
  EXPECT_EQ(app.name, "demo");
  EXPECT_TRUE(app.playback);
  ASSERT_EQ(app.windows.size(), 1u);
  EXPECT_EQ(app.windows[0].window.window_id, 20);
  EXPECT_EQ(Str(app.windows[0].window.args[0]), "3");
  EXPECT_EQ(app.queries[0].output.target_kind, bound::Output::TargetKind::kNamedWindow);
  EXPECT_EQ(Single(app.queries[1]).source, bound::SourceKind::kNamedWindow);
  EXPECT_EQ(app.queries[1].rate.value, 2);
  EXPECT_EQ(app.queries[1].rate.which, ast::OutputRate::Which::kLast);
  ASSERT_EQ(app.triggers.size(), 1u);
  EXPECT_EQ(app.triggers[0].every_ms, 5000);
  EXPECT_EQ(app.streams[app.triggers[0].stream].schema.ToString(), "(triggered_time long)");
  EXPECT_EQ(app.queries[2].rate.value, 60000);
  int fault = app.FindStream("!S");
  ASSERT_GE(fault, 0);
  EXPECT_EQ(app.streams[fault].kind, bound::StreamKind::kFault);
  EXPECT_EQ(app.streams[fault].schema.ToString(), "(a int, _error object)");
}

TEST_F(AnalyzerTest, InsertIntoMatchingStreamIsAccepted) {
  Accept(
      "define stream S (a int, b string);\n"
      "define stream Out (a int, b string);\n"
      "from S select * insert into Out;\n"
      "from S select a, b insert into Out;");
}

TEST_F(AnalyzerTest, OnDemandQueryOverATable) {
  bound::App app = Accept(
      "define stream S (symbol string, price float);\n"
      "define table T (symbol string, price float);\n"
      "from S insert into T;");
  SourceText query("query", "from T on price > 5 select symbol, sum(price) as total group by symbol");
  Diagnostics diags(&query);
  absl::StatusOr<bound::OnDemandQuery> q = CompileOnDemandQuery(query, app, catalog_, diags);
  ASSERT_TRUE(q.ok()) << q.status();
  EXPECT_EQ(q->source, bound::SourceKind::kTable);
  EXPECT_EQ(q->id, 0);
  EXPECT_EQ(Str(q->on), "($1:price > 5.0F)");
  EXPECT_EQ(q->selector.output.ToString(), "(symbol string, total double)");
  EXPECT_EQ(q->output.target_kind, bound::Output::TargetKind::kNone);

  SourceText bad("query", "from T on prce > 5 select symbol");
  Diagnostics bad_diags(&bad);
  EXPECT_FALSE(CompileOnDemandQuery(bad, app, catalog_, bad_diags).ok());
  ASSERT_EQ(bad_diags.all().size(), 1u);
  EXPECT_EQ(bad_diags.all()[0].message, "table 'T' has no attribute 'prce'");
}

// ---------------------------------------------------------------------------------------------
// Diagnostics: one test per kind, pinning code, message and position.

TEST_F(AnalyzerTest, UnknownAttributeSuggestsTheClosestName) {
  EXPECT_FALSE(Compile("define stream StockStream (symbol string, price float);\n"
                       "from StockStream[prce > 10] select symbol insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:18 unknown-attribute: stream 'StockStream' has no "
                                   "attribute 'prce'"));
  EXPECT_EQ(Text(0), "prce");
  EXPECT_THAT(Notes(0), ElementsAre("did you mean 'price'?"));
  EXPECT_THAT(diags_->RenderAll(), HasSubstr("app.cql:2:18: error: stream 'StockStream' has no "
                                             "attribute 'prce' [unknown-attribute]\n"
                                             "from StockStream[prce > 10] select symbol insert "
                                             "into Out;\n                 ^^^^\n"));
}

TEST_F(AnalyzerTest, UnknownStreamDoesNotCascade) {
  // One error for the unknown stream; nothing for its attributes, nor for the stream the
  // broken query defines, nor for the query that reads that stream.
  EXPECT_FALSE(Compile("define stream StockStream (symbol string);\n"
                       "from StockStrem[price > 1] select symbol, price insert into Mid;\n"
                       "from Mid[price > 2] select volume insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:6 unknown-stream: stream 'StockStrem' is not defined"));
  EXPECT_THAT(Notes(0), ElementsAre("did you mean 'StockStream'?"));
}

TEST_F(AnalyzerTest, IndependentErrorsAreAllReported) {
  EXPECT_FALSE(Compile("define stream S (a int, b string);\n"
                       "from S[c > 1] select a insert into O1;\n"
                       "from S[b > 1] select a insert into O2;")
                   .ok());
  EXPECT_THAT(Diags(),
              ElementsAre("2:8 unknown-attribute: stream 'S' has no attribute 'c'",
                          "3:8 type-mismatch: cannot compare string with int using '>'"));
}

TEST_F(AnalyzerTest, DuplicateDefinitionPointsAtTheFirst) {
  EXPECT_FALSE(Compile("define stream T (a int);\n"
                       "define table T (a int);")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:14 duplicate-definition: cannot define table 'T': 'T' is "
                                   "already defined as a stream"));
  EXPECT_THAT(Notes(0), ElementsAre("1:15 'T' is first defined here"));
}

TEST_F(AnalyzerTest, DuplicateQueryName) {
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "@info(name='q') from S insert into A;\n"
                       "@info(name='q') from S insert into B;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("3:7 duplicate-definition: query name 'q' is used twice"));
  EXPECT_THAT(Notes(0), ElementsAre("2:7 'q' is first used here"));
}

TEST_F(AnalyzerTest, DuplicateAttributeInDefinition) {
  EXPECT_FALSE(Compile("define stream S (a int, b long, a string);").ok());
  EXPECT_THAT(Diags(), ElementsAre("1:33 duplicate-attribute: attribute 'a' is defined twice in "
                                   "stream 'S'"));
  EXPECT_THAT(Notes(0), ElementsAre("1:18 'a' is first defined here"));
}

TEST_F(AnalyzerTest, DuplicateOutputAttribute) {
  EXPECT_FALSE(Compile("define stream S (a int, b int);\n"
                       "from S select a, b as a insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:18 duplicate-attribute: the query outputs 'a' twice"));
  EXPECT_THAT(Notes(0), ElementsAre("2:15 'a' is first selected here",
                                    "rename one of them with 'as'"));
}

TEST_F(AnalyzerTest, JoinSelectStarWithSharedNames) {
  // Siddhi JoinTestCase.joinTest13: "Duplicate attribute exist in streams".
  EXPECT_FALSE(Compile("define stream A (symbol string, p int);\n"
                       "define stream B (symbol string, q int);\n"
                       "from A#window.length(1) join B#window.length(1) on A.p == B.q "
                       "select * insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("3:63 duplicate-attribute: 'select *' would output 'symbol' "
                                   "twice: both 'A' and 'B' have it"));
}

TEST_F(AnalyzerTest, AmbiguousAttributeInJoin) {
  EXPECT_FALSE(Compile("define stream A (symbol string, p int);\n"
                       "define stream B (symbol string, q int);\n"
                       "from A join B select symbol, p insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("3:22 ambiguous-attribute: attribute 'symbol' is ambiguous: "
                                   "both stream 'A' and stream 'B' have it"));
  EXPECT_THAT(Notes(0), ElementsAre("qualify it, e.g. 'A.symbol'"));
}

TEST_F(AnalyzerTest, AliasedJoinInputIsNotReachableByStreamName) {
  // Siddhi JoinTestCase.joinTest7: "Stream with reference 'B' not found".
  EXPECT_FALSE(Compile("define stream A (p int);\n"
                       "define stream B (q int);\n"
                       "from A as a join B as b select a.p, B.q insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("3:37 unknown-stream: 'B' in 'B.q' is not an input of this "
                                   "query"));
  EXPECT_THAT(Notes(0), ElementsAre("'B' is renamed 'b' here; write 'b.q'"));
}

TEST_F(AnalyzerTest, TypeMismatchMessages) {
  EXPECT_FALSE(Compile("define stream S (x bool, y int, s string, f float);\n"
                       "from S[volume] select x insert into O1;\n"
                       "from S[y] select x insert into O2;\n"
                       "from S[x > y] select x insert into O3;\n"
                       "from S[s < 'a'] select x insert into O4;\n"
                       "from S[f == s] select x insert into O5;\n"
                       "from S[y and x] select x insert into O6;\n"
                       "from S select s + 1 as t insert into O7;\n"
                       "from S[not f] select x insert into O8;")
                   .ok());
  EXPECT_THAT(
      Diags(),
      ElementsAre("2:8 unknown-attribute: stream 'S' has no attribute 'volume'",
                  "3:8 type-mismatch: a filter condition must be bool, but 'y' is int",
                  "4:8 type-mismatch: cannot compare bool with int using '>'",
                  "5:8 type-mismatch: '<' cannot compare string values; only '==' and '!=' apply "
                  "to string",
                  "6:8 type-mismatch: cannot compare float with string using '=='",
                  "7:8 type-mismatch: each operand of 'and' must be bool, but 'y' is int",
                  "8:15 type-mismatch: '+' needs numeric operands, but 's' is string",
                  "9:12 type-mismatch: the operand of 'not' must be bool, but 'f' is float"));
}

TEST_F(AnalyzerTest, FunctionLookupErrors) {
  EXPECT_FALSE(Compile("define stream S (a int, s string);\n"
                       "from S select coalesse(a) as c insert into O1;\n"
                       "from S select str:length(a) as n insert into O2;\n"
                       "from S select str:length(s, s) as n insert into O3;")
                   .ok());
  EXPECT_THAT(Diags(),
              ElementsAre("2:15 unknown-function: unknown function 'coalesse'",
                          "3:26 wrong-argument-type: 'str:length' needs a string, but found int",
                          "4:15 wrong-argument-count: 'str:length' takes 1 argument"));
  EXPECT_THAT(Notes(0), ElementsAre("did you mean 'coalesce'?"));
}

TEST_F(AnalyzerTest, MisplacedAggregator) {
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "from S[sum(a) > 10] select a insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:8 misplaced-aggregator: aggregator 'sum' cannot be used in "
                                   "a filter; aggregators belong in 'select' or 'having'"));
}

TEST_F(AnalyzerTest, AggregatorArgumentErrorPointsAtTheArgument) {
  EXPECT_FALSE(Compile("define stream S (a string);\n"
                       "from S select sum(a) as t insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:19 wrong-argument-type: 'sum' needs a number"));
}

TEST_F(AnalyzerTest, SchemaMismatchNamesBothSchemas) {
  // Siddhi SimpleQueryValidatorTestCase.testQueryWithDuplicateDefinition.
  EXPECT_FALSE(Compile("define stream S (symbol string, price float, volume long);\n"
                       "define stream Out (symbol string, price float);\n"
                       "from S select symbol, price, volume insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("3:49 schema-mismatch: the query output (symbol string, price "
                                   "float, volume long) does not match stream 'Out' (symbol "
                                   "string, price float)"));
  EXPECT_THAT(Notes(0), ElementsAre("the query outputs 3 attributes; 'Out' has 2",
                                    "2:15 'Out' is defined here"));
}

TEST_F(AnalyzerTest, SchemaMismatchWithAnImplicitStream) {
  EXPECT_FALSE(Compile("define stream S (a int, b long);\n"
                       "from S select a insert into Mid;\n"
                       "from S select b as a insert into Mid;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("3:34 schema-mismatch: the query output (a long) does not "
                                   "match stream 'Mid' (a int)"));
  EXPECT_THAT(Notes(0), ElementsAre("attribute 1 is 'a long' in the query output but 'a int' in "
                                    "'Mid'",
                                    "2:29 'Mid' is defined by the output of this earlier query"));
}

TEST_F(AnalyzerTest, WindowErrors) {
  // (A second window on one input is a syntax error: the grammar allows one.)
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "define window W (a int) length(2);\n"
                       "define window W2 (a int) length(a);\n"
                       "from S#window.lenght(2) select a insert into O1;\n"
                       "from S#window.length(0) select a insert into O2;\n"
                       "from W#window.length(2) select a insert into O3;")
                   .ok());
  EXPECT_THAT(
      Diags(),
      ElementsAre("3:26 invalid-window: 'length' takes one int constant",
                  "4:7 unknown-window: unknown window 'lenght'",
                  "5:22 invalid-argument: window length must be positive",
                  "6:7 invalid-window: 'W' is a named window; it cannot have another window "
                  "('#window.length')"));
}

TEST_F(AnalyzerTest, TableAnnotationErrors) {
  EXPECT_FALSE(Compile("@PrimaryKey('symbl') @Index('price') @Index('price')\n"
                       "@PrimaryKey('price')\n"
                       "define table T (symbol string, price float);")
                   .ok());
  EXPECT_THAT(Diags(),
              ElementsAre("1:13 unknown-attribute: table 'T' has no attribute 'symbl' (named in "
                          "'@PrimaryKey')",
                          "1:45 invalid-annotation: attribute 'price' of table 'T' is indexed "
                          "twice",
                          "2:1 invalid-annotation: '@PrimaryKey' is given twice for table 'T'; "
                          "list every key attribute in one '@PrimaryKey'"));
  EXPECT_THAT(Notes(0), ElementsAre("did you mean 'symbol'?"));
}

TEST_F(AnalyzerTest, TableReadOutsideAJoin) {
  EXPECT_FALSE(Compile("define table T (a int);\n"
                       "from T select a insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:6 invalid-table-operation: 'T' is a table, not a stream; a "
                                   "query reads a table only in a join"));
}

TEST_F(AnalyzerTest, AggregatesInsideDroppedExpressionsAreHarmless) {
  // Found by the fuzzer (tests/fuzz/regressions/): an aggregate inside a call that does not
  // resolve, and one in a projection refused for its duplicate name. The aggregate columns of
  // the expressions that remain are still numbered after the input scope.
  EXPECT_FALSE(Compile("define stream S (symbol string, price float);\n"
                       "from S select nosuch(sum(price), 0.0) as a, avg(price) as b, "
                       "sum(price) as b, count() as c insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:15 unknown-function: unknown function 'nosuch'",
                                   "2:62 duplicate-attribute: the query outputs 'b' twice"));
  bound::App app = Accept(
      "define stream S (symbol string, price float);\n"
      "from S select symbol, sum(price) + 1.0 as total, count() as n having count() > 2 "
      "insert into Out;");
  const bound::Selector& sel = app.queries[0].selector;
  // Scope: symbol, price, then aggregates sum, count; having reads output ++ scope.
  EXPECT_EQ(Str(sel.projections[1].expr), "($2:sum(price) + 1.0)");
  EXPECT_EQ(Str(sel.projections[2].expr), "$3:count()");
  EXPECT_EQ(Str(sel.having), "($6:count() > 2L)");
}

TEST_F(AnalyzerTest, TableOperationNeedsATable) {
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "define table T (a int);\n"
                       "from S delete S on a == 1;\n"
                       "from S update T set T.b = a on T.a == a;\n"
                       "from S select a, a as b update or insert into T on T.a == a;")
                   .ok());
  EXPECT_THAT(
      Diags(),
      ElementsAre("3:15 invalid-table-operation: 'delete' needs a table, but 'S' is a stream",
                  "4:21 unknown-attribute: table 'T' has no attribute 'b'",
                  "5:47 schema-mismatch: the query output (a int, b int) does not match table 'T' "
                  "(a int)"));
}

TEST_F(AnalyzerTest, PatternErrors) {
  EXPECT_FALSE(Compile("define stream S (price float);\n"
                       "from e1=S -> e2=S[price > e3.price] select e1.price as p insert into O1;\n"
                       "from e1=S -> e2=S select e2.prise as p insert into O2;\n"
                       "from e1=S<3:2> select e1[0].price as p insert into O3;")
                   .ok());
  EXPECT_THAT(Diags(),
              ElementsAre("2:27 invalid-pattern: 'e3' is not an event of this pattern",
                          "3:26 unknown-attribute: event 'e2' (stream 'S') has no attribute "
                          "'prise'",
                          "4:6 invalid-pattern: invalid count <3:2>: counts need 0 <= min <= max "
                          "and max >= 1"));
  EXPECT_THAT(Notes(0), ElementsAre("did you mean 'e1'?"));
  EXPECT_THAT(Notes(1), ElementsAre("did you mean 'price'?"));
}

TEST_F(AnalyzerTest, PatternIndexOnASingleEventWarns) {
  bound::App app = Accept("define stream S (price float);\n"
                          "from e1=S -> e2=S select e1[0].price as a, e1[1].price as b "
                          "insert into Out;");
  EXPECT_THAT(Diags(), ElementsAre("2:44 invalid-pattern: 'e1[1].price' is always null: 'e1' "
                                   "matches a single event"));
  // e1[0] of a single event is the event itself.
  const auto& p = std::get<bound::PatternInput>(app.queries[0].input);
  EXPECT_EQ(p.refs[0].index.kind, ast::EventIndex::Kind::kNone);
}

TEST_F(AnalyzerTest, UnboundedStateWarning) {
  bound::App app = Accept("define stream S (price float);\n"
                          "from every e1=S -> e2=S[price > e1.price] select e1.price as a "
                          "insert into Out;");
  ASSERT_EQ(diags_->all().size(), 1u);
  EXPECT_EQ(diags_->all()[0].severity, Severity::kWarning);
  EXPECT_THAT(Diags(), ElementsAre("2:6 unbounded-state: pattern state is unbounded: 'every' "
                                   "without 'within' keeps partial matches forever; add 'within "
                                   "<time>'"));
}

TEST_F(AnalyzerTest, PartitionErrors) {
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "define table T (a int);\n"
                       "partition with (a of T) begin from S select a insert into #X; end;\n"
                       "from #X select a insert into Out;")
                   .ok());
  EXPECT_THAT(Diags(),
              ElementsAre("3:22 invalid-partition: a partition splits streams, but 'T' is not a "
                          "stream",
                          "4:6 invalid-partition: inner stream '#X' can only be read inside a "
                          "partition"));
}

TEST_F(AnalyzerTest, UnknownInnerStream) {
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "partition with (a of S) begin\n"
                       "  from S select a insert into #Mid;\n"
                       "  from #Md select a insert into Out;\n"
                       "end;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("4:8 unknown-stream: inner stream '#Md' is not defined in "
                                   "this partition"));
  EXPECT_EQ(Notes(0).at(0), "did you mean '#Mid'?");
}

TEST_F(AnalyzerTest, OutputRateAndLimitErrors) {
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "from S select a output every 0 events insert into O1;\n"
                       "from S select a limit -1 insert into O2;\n"
                       "from S select a order by b insert into O3;")
                   .ok());
  EXPECT_THAT(Diags(),
              ElementsAre("2:30 invalid-output-rate: 'output every <n> events' needs a positive "
                          "number of events",
                          "3:23 invalid-argument: 'limit' cannot be negative, but found -1",
                          "4:26 unknown-attribute: 'order by' needs an attribute of the query "
                          "output or its input, but 'b' is neither"));
}

TEST_F(AnalyzerTest, OrderByAnInputAttributeThatIsNotSelected) {
  bound::App app = Accept(
      "define stream S (a int, c int);\n"
      "from S#window.lengthBatch(3) select a, c as a2 order by c desc, a2 insert into O;");
  const bound::Selector& sel = app.queries[0].selector;
  ASSERT_EQ(sel.order_by.size(), 2u);
  EXPECT_TRUE(sel.order_by[0].input);  // `c` is not an output name: the input's column 1
  EXPECT_EQ(sel.order_by[0].column, 1);
  EXPECT_FALSE(sel.order_by[0].ascending);
  EXPECT_FALSE(sel.order_by[1].input);  // `a2` is output column 1
  EXPECT_EQ(sel.order_by[1].column, 1);
}

TEST_F(AnalyzerTest, UnsupportedConstructs) {
  absl::StatusOr<bound::App> app =
      Compile("define function concat[javascript] return string { return data[0] + data[1]; };\n"
              "define stream S (a int);\n"
              "define table T (a int);\n"
              "from S select concat(a, a) as c insert into Out;");
  ASSERT_FALSE(app.ok());
  // Only kUnsupported errors: Unimplemented, so callers can tell "not yet" from "wrong".
  EXPECT_TRUE(absl::IsUnimplemented(app.status())) << app.status();
  EXPECT_THAT(Diags(),
              ElementsAre("1:17 unsupported: script functions ('javascript') are not supported"));
}

TEST_F(AnalyzerTest, InTableIsAReservedCallOverScopeAndTable) {
  // `x in T`: x reads the stream's columns, then T's; unqualified names prefer the stream
  // (InsertIntoTableTestCase.insertIntoTableTest4).
  absl::StatusOr<bound::App> app =
      Compile("define stream S (symbol string, price float);\n"
              "define table T (symbol string, volume long);\n"
              "from S[symbol == T.symbol in T] select symbol insert into Out;");
  ASSERT_TRUE(app.ok()) << app.status();
  const bound::Expr& in = *Single(app->queries[0]).handlers[0].filter;
  EXPECT_EQ(in.kind, bound::ExprKind::kCall);
  EXPECT_EQ(in.function_id, bound::kInTableFunction);
  EXPECT_EQ(in.value, Value::Int(0));  // table index
  EXPECT_EQ(in.column, 2);             // T's columns follow S's two
  EXPECT_EQ(Str(in.operands[0]), "($0:symbol == $2:symbol)");
}

TEST_F(AnalyzerTest, InNeedsATable) {
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "from S[a == S.a in S] select a insert into Out;\n"
                       "from S[a == 1 in Missing] select a insert into Out2;")
                   .ok());
  EXPECT_THAT(Diags(), ElementsAre("2:8 invalid-table-operation: 'in' needs a table, but 'S' is "
                                   "not a table",
                                   "3:8 unknown-stream: table 'Missing' is not defined"));
}

TEST_F(AnalyzerTest, DeprecatedPlanAnnotation) {
  // The AST builder rejects `@plan:` itself; an AST built another way still gets the message.
  SourceText source("app.cql", "@app:name('x') define stream S (a int);");
  Diagnostics parse_diags(&source);
  absl::StatusOr<ast::App> app = ParseApp(source, parse_diags);
  ASSERT_TRUE(app.ok()) << app.status();
  app->annotations[0].name = "plan:name";
  Diagnostics diags(&source);
  EXPECT_FALSE(Analyze(*app, catalog_, diags).ok());
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].code, DiagCode::kDeprecatedSyntax);
  EXPECT_EQ(diags.all()[0].message, "'@plan:name' is Siddhi 3 syntax; use '@app:name'");
  EXPECT_EQ(source.Position(diags.all()[0].span.begin).column, 1u);
}

TEST_F(AnalyzerTest, AggregationJoinReadsWithinAndPerOverTheStream) {
  absl::StatusOr<bound::App> app =
      Compile("define stream S (a int, ts long, per string);\n"
              "define aggregation Agg from S select a, sum(a) as s group by a "
              "aggregate by ts every sec ... hour;\n"
              "from S as i join Agg as g within 0L, i.ts per i.per select g.a, s insert into Out;");
  ASSERT_TRUE(app.ok()) << app.status();
  const bound::Aggregation& agg = app->aggregations[0];
  EXPECT_EQ(agg.schema.ToString(), "(AGG_TIMESTAMP long, a int, s long)");
  EXPECT_EQ(agg.durations.size(), 3u);
  const auto& join = std::get<bound::JoinInput>(app->queries[0].input);
  EXPECT_EQ(join.right.source, bound::SourceKind::kAggregation);
  EXPECT_FALSE(join.right_triggers);
  // within/per read the stream side alone: i.ts is its column 1.
  EXPECT_EQ(Str(join.aggregation_read.within_end), "$1:ts");
  EXPECT_EQ(Str(join.aggregation_read.per), "$2:per");
}

TEST_F(AnalyzerTest, WithinPerNeedsAnAggregation) {
  EXPECT_FALSE(Compile("define stream S (a int);\n"
                       "define aggregation Agg2 from S select sum(a) as s aggregate every sec;\n"
                       "from S join Agg within '2017-01-01 00:00:00', '2018-01-01 00:00:00' "
                       "per 'days' select a insert into Out;\n"
                       "from S join Agg2 within 5, 'x' per 'weeks' select a insert into Out2;")
                   .ok());
  EXPECT_THAT(Diags(),
              ElementsAre("3:13 unknown-stream: stream 'Agg' is not defined",
                          "4:36 invalid-argument: 'per' must name a duration (seconds, minutes, "
                          "hours, days, months or years), but found 'weeks'",
                          "4:25 type-mismatch: the start of 'within' must be a long (ms) or a "
                          "string, but it is int"));
}

}  // namespace
}  // namespace talon::frontend
