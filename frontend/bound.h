// bound:: — the typed, resolved app that the analyzer hands to the planner. Names are resolved
// to indexes (streams, tables, attributes) and to catalog ids (functions, aggregators, windows);
// every expression is typed. bound::Expr is the only expression form after analysis: the planner
// rewrites it, the runtime interpreter evaluates it and codegen compiles it.
#ifndef TALON_FRONTEND_BOUND_H_
#define TALON_FRONTEND_BOUND_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "frontend/ast.h"
#include "frontend/base/schema.h"
#include "frontend/base/source.h"
#include "frontend/base/type.h"
#include "frontend/base/value.h"

namespace talon::bound {

// ---------------------------------------------------------------------------------------------
// Expressions: a small closed set. A new builtin is a new function id, never a new kind.

enum class ExprKind {
  kFieldRef,    // column `column` of the scope the expression is evaluated over
  kConstant,    // value (typed; a NULL constant has the type its context needs)
  kCall,        // function `function_id` over operands
  kCast,        // operands[0] converted to `type` (numeric widening inserted by the analyzer)
  kAnd,         // operands[0] and operands[1]; NULL counts as false (Siddhi)
  kOr,          // operands[0] or operands[1]
  kNot,         // not operands[0]
  kCompare,     // operands[0] cmp operands[1]; operands have one common type
  kArithmetic,  // operands[0] arith operands[1]; operands have the result type
  kNegate,      // -operands[0]
  kIsNull,      // operands[0] is null
};

// Calls the runtime resolves itself rather than through the catalog. They stay kCall nodes so
// the set of kinds stays closed; whoever walks calls (the JIT, folding) must leave a negative
// function_id alone (the JIT reports Unimplemented, the interpreter handles it).
//
// `x in T` (Siddhi's InConditionExpressionExecutor): type bool, `stateful` (never folded),
// value = Int(table index), column = the width of the enclosing scope, operands[0] = the
// condition x over [enclosing scope ++ T's columns]: T's column j is column `column + j`.
inline constexpr int kInTableFunction = -2;

enum class CompareOp { kEq, kNe, kLt, kLe, kGt, kGe };
enum class ArithOp { kAdd, kSub, kMul, kDiv, kMod };

std::string_view CompareOpSymbol(CompareOp op);
std::string_view ArithOpSymbol(ArithOp op);

struct Expr {
  ExprKind kind = ExprKind::kConstant;
  Type type = Type::kObject;
  SourceSpan span;

  int column = -1;           // kFieldRef
  std::string name;          // kFieldRef: attribute name (for explain); kCall: "ns:name"
  Value value;               // kConstant
  int function_id = -1;      // kCall
  bool stateful = false;     // kCall: not foldable
  CompareOp compare = CompareOp::kEq;
  ArithOp arith = ArithOp::kAdd;
  std::vector<std::unique_ptr<Expr>> operands;

  std::unique_ptr<Expr> Clone() const;
  bool IsConstant() const { return kind == ExprKind::kConstant; }
};
using ExprPtr = std::unique_ptr<Expr>;

ExprPtr MakeFieldRef(int column, Type type, std::string name, SourceSpan span = {});
ExprPtr MakeConstant(Value value, SourceSpan span = {});

// Deterministic text for explain and tests: ($2:price > 10.0F).
std::string ToString(const Expr& expr);

// ---------------------------------------------------------------------------------------------
// Definitions.

enum class StreamKind { kStream, kInner, kFault };

struct Stream {
  std::string name;
  Schema schema;
  StreamKind kind = StreamKind::kStream;
  int partition = -1;  // inner streams belong to one partition
  std::vector<ast::Annotation> annotations;  // @source/@sink/@async... for the runtime
  SourceSpan span;
};

struct Table {
  std::string name;
  Schema schema;
  std::vector<int> primary_key;  // column indexes
  std::vector<int> indexes;
  std::vector<ast::Annotation> annotations;
  SourceSpan span;
};

// A window call: the catalog window id and its arguments, typed over the input's scope.
struct WindowCall {
  int window_id = -1;
  std::string name;  // "ns:name" or "name", for explain
  std::vector<ExprPtr> args;
  SourceSpan span;
};

struct NamedWindow {
  std::string name;
  Schema schema;
  WindowCall window;
  ast::OutputEventType output = ast::OutputEventType::kAll;
  SourceSpan span;
};

struct Trigger {
  std::string name;  // its stream has one attribute: triggered_time long
  std::optional<int64_t> every_ms;
  std::string at;  // "start" or a cron expression
  int stream = -1;
  SourceSpan span;
};

// ---------------------------------------------------------------------------------------------
// Query inputs. Each input produces a "scope": the columns that selector expressions read.

struct Handler {
  enum class Kind { kFilter, kStreamFunction, kWindow };
  Kind kind = Kind::kFilter;
  ExprPtr filter;                // kFilter, over the scope at this point
  int function_id = -1;          // kStreamFunction
  std::string function_name;
  std::vector<ExprPtr> args;     // kStreamFunction
  WindowCall window;             // kWindow
  Schema output;                 // the scope after this handler
  SourceSpan span;
};

// Where a single input reads from.
enum class SourceKind { kStream, kNamedWindow, kTable, kAggregation };

struct SingleInput {
  SourceKind source = SourceKind::kStream;
  int id = -1;  // stream / named window / table / aggregation index
  std::string name;
  std::string alias;
  std::vector<Handler> handlers;
  Schema scope;  // schema after all handlers
  SourceSpan span;
};

// ---------------------------------------------------------------------------------------------
// Incremental aggregations: `define aggregation A from S select ... group by ...
// aggregate [by ts] every sec ... year`, fed by S and read by joins and on-demand queries with
// `within ... per ...` (runtime/aggregation/). Analyzed in frontend/analyze_aggregation.cc.

// The bucket sizes an aggregation can keep, in Siddhi's TimePeriod.Duration order.
enum class AggregationDuration { kSeconds, kMinutes, kHours, kDays, kMonths, kYears };
// Siddhi's names ("SECONDS", "MINUTES", ...), which its messages use.
std::string_view AggregationDurationName(AggregationDuration duration);

// One incremental aggregator of an aggregation's select. Buckets keep base values and merge
// them (Siddhi's IncrementalAttributeAggregator): avg is a sum and a count, distinctCount a set.
struct IncrementalAggregate {
  enum class Kind { kSum, kCount, kAvg, kMin, kMax, kDistinctCount };
  Kind kind = Kind::kSum;
  int column = -1;        // the argument: a column of the aggregation's input scope; -1: count()
  std::string attribute;  // the argument's name; base values are named after it (AGG_SUM_price)
  Type argument_type = Type::kObject;
};

// One output attribute of an aggregation (after AGG_TIMESTAMP).
struct AggregationOutput {
  enum class Kind { kGroupBy, kAggregate, kLatest };
  Kind kind = Kind::kAggregate;
  std::string name;
  Type type = Type::kObject;
  int group_by = -1;               // kGroupBy: index into Aggregation::group_by
  IncrementalAggregate aggregate;  // kAggregate
  // kLatest (any other expression): over the input scope; a bucket keeps the value of its
  // latest event (by `aggregate by` time when given, else by arrival).
  ExprPtr latest;
};

struct Aggregation {
  std::string name;
  SingleInput input;  // the stream and its filters; input.scope is what the select reads
  // `aggregate by`: each event's time, a long (ms) or a 'yyyy-MM-dd HH:mm:ss[ +hh:mm]' string,
  // over the input scope; null when buckets follow the events' own timestamps.
  ExprPtr timestamp;
  std::vector<int> group_by;  // input scope columns
  std::vector<AggregationOutput> outputs;
  std::vector<AggregationDuration> durations;  // ascending; a range is filled in
  Schema schema;  // AGG_TIMESTAMP long, then one attribute per output
  SourceSpan span;
};

// How a join or an on-demand query reads an aggregation: `within start[, end] per duration`.
// The expressions are over the reading scope: the join's other side, or no columns (on demand).
struct AggregationRead {
  ExprPtr within_start;  // string, or long when within_end is set
  ExprPtr within_end;    // string or long; null for a single 'yyyy-MM-** **:**:**' pattern
  ExprPtr per;           // string: a duration name ('seconds', 'min', 'days', ...)
};

struct JoinInput {
  SingleInput left;
  SingleInput right;
  ast::JoinType type = ast::JoinType::kInner;
  // Which side's arrivals trigger a join (unidirectional). Tables and aggregations never
  // trigger: the analyzer sets false for them.
  bool left_triggers = true;
  bool right_triggers = true;
  ExprPtr on;                  // over scope = left.scope ++ right.scope; may be null
  std::optional<int64_t> within_ms;
  // A join with an aggregation: which buckets it reads, over the other side's scope alone.
  AggregationRead aggregation_read;
  Schema scope;
  SourceSpan span;
};

// One reference to a pattern event's attribute (e1.x, e1[0].x, e1[last].x), materialized as a
// column of the pattern scope.
//
// `index` is as written (e1[0] -> kNumber 0, e1[last-1] -> kLast 1), except that [0] and [last] on
// an event without a count are normalized to kNone (the single event). `attribute == -1` is the
// whole event: the analyzer binds `e1 is null` as kIsNull over a kFieldRef (type kObject) to
// such a ref, whose value must be NULL while the state has no event and non-NULL once it has one.
struct StateRef {
  int state = -1;      // index into PatternInput::states
  ast::EventIndex index;
  int attribute = -1;  // column of that state's stream (after its stream functions); -1: event
  Type type = Type::kObject;
  // `e2.price` (no index) in the selector, over a counted state: every collected event's value,
  // as one list (Siddhi's MultiValueVariableFunctionExecutor; CountPatternTestCase.testQuery16
  // outputs [23.6, 23.6, ...]). `type` is then kObject.
  bool all_events = false;
};

struct PatternState {
  enum class Kind { kStream, kAbsent };
  Kind kind = Kind::kStream;
  std::string event_name;
  // The stream and its stream functions (input.handlers holds no filters: they may read other
  // events, so they are all in `condition`).
  SingleInput input;
  // Every filter of the state, ANDed, over [input.scope ++ refs columns] (refs column k is
  // input.scope.size() + k); unqualified names are this stream's. May be null.
  ExprPtr condition;
  int64_t min_count = 1;
  int64_t max_count = 1;      // -1: unbounded
  bool counted = false;       // written with a count (<n:m>, +, *, ?), <1:1> included
  std::optional<int64_t> waiting_ms;  // kAbsent `for`
  SourceSpan span;
};

// The pattern/sequence structure over PatternState indexes.
struct StateNode {
  enum class Kind { kState, kNext, kEvery, kAnd, kOr };
  Kind kind = Kind::kState;
  int state = -1;
  std::vector<std::unique_ptr<StateNode>> children;
  std::optional<int64_t> within_ms;
  SourceSpan span;
};

struct PatternInput {
  bool is_sequence = false;
  std::vector<PatternState> states;
  std::unique_ptr<StateNode> root;
  std::vector<StateRef> refs;  // selector scope = refs (by column order)
  std::optional<int64_t> within_ms;
  Schema scope;
  SourceSpan span;
};

using QueryInput = std::variant<SingleInput, JoinInput, PatternInput>;

// ---------------------------------------------------------------------------------------------
// Selector: aggregates are lifted out of expressions. Projection expressions read the
// "selector scope" = input scope ++ one column per aggregate (in `aggregates` order).

struct AggregateCall {
  int aggregator_id = -1;
  std::string name;
  std::vector<ExprPtr> args;  // over the input scope
  Type type = Type::kObject;
  SourceSpan span;
};

struct Projection {
  std::string name;
  ExprPtr expr;  // over the selector scope
};

struct OrderBy {
  int column = -1;  // output column, or with `input` a column of the selector's input scope
  bool ascending = true;
  // An attribute that is not selected, found in the input (Siddhi resolves it there too:
  // `order by AGG_TIMESTAMP` over an aggregation join).
  bool input = false;
};

struct Selector {
  // One per distinct (aggregator, arguments): sum(x) in select and in having share a column.
  std::vector<AggregateCall> aggregates;
  std::vector<Projection> projections;
  std::vector<ExprPtr> group_by;  // over the input scope
  ExprPtr having;                 // over output ++ selector scope; may be null
  std::vector<OrderBy> order_by;
  std::optional<int64_t> limit;
  std::optional<int64_t> offset;
  Schema output;
};

struct OutputRate {
  ast::OutputRate::Kind kind = ast::OutputRate::Kind::kNone;
  ast::OutputRate::Which which = ast::OutputRate::Which::kAll;
  int64_t value = 0;  // events or milliseconds
};

struct Output {
  ast::OutputAction::Kind kind = ast::OutputAction::Kind::kReturn;
  enum class TargetKind { kNone, kStream, kTable, kNamedWindow };
  TargetKind target_kind = TargetKind::kNone;
  int target = -1;
  std::string target_name;
  ast::OutputEventType events = ast::OutputEventType::kCurrent;
  // Table operations: `on` over [output ++ table columns]; set values over the same scope.
  ExprPtr on;
  std::vector<std::pair<int, ExprPtr>> set;  // table column <- value
};

struct Query {
  std::string name;  // @info(name) or "query<N>"
  int partition = -1;
  QueryInput input;
  Selector selector;
  OutputRate rate;
  Output output;
  SourceSpan span;
};

// ---------------------------------------------------------------------------------------------
// Partitions.

struct PartitionKey {
  int stream = -1;
  ExprPtr value;  // value partition, over the stream's schema
  std::vector<std::pair<ExprPtr, std::string>> ranges;  // range partition: condition -> label
};

struct Partition {
  std::vector<PartitionKey> keys;
  std::vector<int> queries;
  SourceSpan span;
};

struct App {
  std::string name;        // @app:name, else "talon-app"
  bool playback = false;   // @app:playback
  std::vector<Stream> streams;
  std::vector<Table> tables;
  std::vector<NamedWindow> windows;
  std::vector<Trigger> triggers;
  std::vector<Query> queries;
  std::vector<Partition> partitions;
  std::vector<Aggregation> aggregations;

  // Index of the stream/table/window/aggregation named `name`, or -1.
  int FindStream(std::string_view name) const;
  int FindTable(std::string_view name) const;
  int FindWindow(std::string_view name) const;
  int FindAggregation(std::string_view name) const;
};

// An on-demand (store) query, analyzed against a deployed app's tables and named windows.
struct OnDemandQuery {
  // kTable, kNamedWindow or kAggregation when there is a `from`.
  SourceKind source = SourceKind::kTable;
  int id = -1;  // -1: no `from` (select ... insert into T)
  std::string name;
  ExprPtr on;        // over the store's schema; may be null
  AggregationRead aggregation_read;  // kAggregation: `within ... per ...` (constants)
  Selector selector;  // over the store's schema (or nothing when there is no `from`)
  Output output;      // kReturn for a plain find; table operations otherwise
  SourceSpan span;
};

}  // namespace talon::bound

#endif  // TALON_FRONTEND_BOUND_H_
