// ast:: — Talon's syntax tree for CQL apps and on-demand queries. Built by frontend/ast_builder*.cc
// from the ANTLR parse tree (no ANTLR type appears here); consumed by the analyzer. Syntax only:
// names are unresolved and expressions untyped. Every node carries the SourceSpan it was parsed
// from, so later stages can point at it.
#ifndef TALON_FRONTEND_AST_H_
#define TALON_FRONTEND_AST_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "frontend/base/source.h"
#include "frontend/base/type.h"
#include "frontend/base/value.h"

namespace talon::ast {

// ---------------------------------------------------------------------------------------------
// Annotations: @name(key='value', 'positional', @nested(...)). Names keep their namespace as
// written ("app:name", "info", "source"); comparisons elsewhere are case-insensitive.
struct AnnotationElement {
  std::string key;  // empty for a positional element
  std::string value;
  SourceSpan span;
};

struct Annotation {
  std::string name;
  std::vector<AnnotationElement> elements;
  std::vector<Annotation> annotations;  // nested, e.g. @map inside @source
  SourceSpan span;
};

// ---------------------------------------------------------------------------------------------
// Expressions.

enum class ExprKind {
  kConstant,      // value (a time constant is a kLong of milliseconds with is_time set)
  kAttribute,     // attribute reference, see AttributeRef
  kFunctionCall,  // ns:name(args); `star` for Siddhi 3's count(*)
  kNot,           // not operands[0]
  kNegate,        // -operands[0]
  kBinary,        // operands[0] op operands[1]
  kIsNull,        // operands[0] is null
  kIsNullStream,  // e1 is null / S is null (pattern event missing): stream_ref
  kIn,            // operands[0] in table_name
};

enum class BinaryOp { kAdd, kSub, kMul, kDiv, kMod, kEq, kNe, kLt, kLe, kGt, kGe, kAnd, kOr };
std::string_view BinaryOpSymbol(BinaryOp op);

// Which event of a counted pattern state an attribute reference reads: e1[0].x, e1[last].x,
// e1[last-1].x. kNone when no index is written.
struct EventIndex {
  enum class Kind { kNone, kNumber, kLast };
  Kind kind = Kind::kNone;
  int64_t value = 0;  // kNumber: the index; kLast: how many before last (last-1 -> 1)
};

struct AttributeRef {
  std::string stream;  // "" when unqualified; a stream, table, alias or pattern event name
  bool stream_inner = false;  // #S.x
  bool stream_fault = false;  // !S.x (fault stream of S)
  EventIndex index;
  std::string name;
};

struct Expr {
  ExprKind kind = ExprKind::kConstant;
  SourceSpan span;

  Value value;           // kConstant
  bool is_time = false;  // kConstant written as a time constant (1 min 5 sec)

  AttributeRef attribute;  // kAttribute; kIsNullStream uses attribute.stream and .index

  std::string ns;    // kFunctionCall namespace ("" for core)
  std::string name;  // kFunctionCall name; kIn table name
  bool star = false;  // kFunctionCall written f(*)

  BinaryOp op = BinaryOp::kAdd;  // kBinary
  std::vector<std::unique_ptr<Expr>> operands;  // kNot/kNegate/kIsNull: 1; kBinary: 2; call: args
};
using ExprPtr = std::unique_ptr<Expr>;

// ---------------------------------------------------------------------------------------------
// Definitions.

struct AttributeDef {
  std::string name;
  Type type = Type::kObject;
  SourceSpan span;
};

struct StreamDef {
  std::vector<Annotation> annotations;
  std::string name;
  bool is_fault = false;  // define stream !S (rare; fault streams are normally implicit)
  std::vector<AttributeDef> attributes;
  SourceSpan span;
  SourceSpan name_span;
};

struct TableDef {
  std::vector<Annotation> annotations;
  std::string name;
  std::vector<AttributeDef> attributes;
  SourceSpan span;
  SourceSpan name_span;
};

// A window, stream function or filter attached to an input stream, in source order.
struct StreamHandler {
  enum class Kind { kFilter, kFunction, kWindow };
  Kind kind = Kind::kFilter;
  ExprPtr filter;      // kFilter
  std::string ns;      // kFunction/kWindow: `#window.ns:name(...)`, `#ns:name(...)`
  std::string name;
  std::vector<ExprPtr> args;
  SourceSpan span;
};

enum class OutputEventType { kDefault, kCurrent, kExpired, kAll };

struct WindowDef {
  std::vector<Annotation> annotations;
  std::string name;
  std::vector<AttributeDef> attributes;
  StreamHandler window;  // kind == kWindow
  OutputEventType output = OutputEventType::kDefault;  // `output all events` etc.
  SourceSpan span;
  SourceSpan name_span;
};

struct TriggerDef {
  std::vector<Annotation> annotations;
  std::string name;
  std::optional<int64_t> every_ms;  // at every <time>
  std::string at;                   // at 'start' or at '<cron>'
  SourceSpan span;
  SourceSpan name_span;
};

struct FunctionDef {
  std::vector<Annotation> annotations;
  std::string name;
  std::string language;
  Type return_type = Type::kObject;
  std::string body;
  SourceSpan span;
  SourceSpan name_span;
};

// ---------------------------------------------------------------------------------------------
// Query inputs.

struct SingleInput {
  std::string stream;
  bool is_inner = false;  // #S inside a partition
  bool is_fault = false;  // !S
  std::string alias;      // `as a`
  std::vector<StreamHandler> handlers;
  SourceSpan span;
  SourceSpan stream_span;
};

enum class JoinType { kInner, kLeftOuter, kRightOuter, kFullOuter };

struct JoinInput {
  SingleInput left;
  SingleInput right;
  JoinType type = JoinType::kInner;
  bool left_unidirectional = false;
  bool right_unidirectional = false;
  ExprPtr on;      // may be null
  ExprPtr within;      // may be null (aggregation joins): `within <start>[, <end>]`
  ExprPtr within_end;  // may be null: the <end> of `within <start>, <end>`
  ExprPtr per;         // may be null (aggregation joins)
  SourceSpan span;
};

// A pattern or sequence is a tree of state elements.
struct StateElement {
  enum class Kind {
    kStream,   // [e1=]S[filter]<min:max>
    kAbsent,   // not S[filter] [for <time>]
    kLogical,  // children[0] and|or children[1]
    kNext,     // children in order: `->` (pattern) or `,` (sequence)
    kEvery,    // every children[0]
  };
  Kind kind = Kind::kStream;
  SourceSpan span;

  std::string event_name;  // kStream: `e1` in e1=S; may be empty
  SingleInput input;       // kStream / kAbsent: the stream and its filters
  // kStream counts: <n> -> (n,n); <n:m>; <n:> -> max -1; <:m> -> min 0; sequence `+` (1,-1),
  // `*` (0,-1), `?` (0,1). Absent counts are (1,1).
  int64_t min_count = 1;
  int64_t max_count = 1;
  bool has_count = false;  // written with <..>, +, * or ?

  ExprPtr waiting_time;  // kAbsent: `for <time>`; may be null
  bool is_and = false;   // kLogical: and (true) / or (false)
  std::vector<std::unique_ptr<StateElement>> children;
  ExprPtr within;  // `within <time>` attached to this element (or the whole pattern at the root)
};

struct StateInput {
  bool is_sequence = false;
  std::unique_ptr<StateElement> root;
  ExprPtr within;  // may be null
  SourceSpan span;
};

using QueryInput = std::variant<SingleInput, JoinInput, StateInput>;

// ---------------------------------------------------------------------------------------------
// Selector and output.

struct OutputAttribute {
  ExprPtr expr;
  std::string alias;  // "" when not renamed
  SourceSpan span;
};

struct OrderByItem {
  ExprPtr expr;
  bool ascending = true;
  SourceSpan span;
};

struct Selector {
  bool select_all = true;  // `select *` or no select clause
  std::vector<OutputAttribute> attributes;
  std::vector<ExprPtr> group_by;
  ExprPtr having;
  std::vector<OrderByItem> order_by;
  ExprPtr limit;
  ExprPtr offset;
  SourceSpan span;
};

struct OutputRate {
  enum class Kind { kNone, kEvents, kTime, kSnapshot };
  enum class Which { kAll, kFirst, kLast };
  Kind kind = Kind::kNone;
  Which which = Which::kAll;
  ExprPtr value;  // events: int constant; time/snapshot: time constant
  SourceSpan span;
};

struct SetClause {
  ExprPtr target;  // attribute reference (T.a or a)
  ExprPtr value;
  SourceSpan span;
};

struct OutputAction {
  enum class Kind { kInsert, kDelete, kUpdate, kUpdateOrInsert, kReturn };
  Kind kind = Kind::kReturn;
  std::string target;  // stream or table name
  bool target_inner = false;
  bool target_fault = false;
  OutputEventType events = OutputEventType::kDefault;
  std::vector<SetClause> set;
  ExprPtr on;  // delete/update condition
  SourceSpan span;
  SourceSpan target_span;
};

struct Query {
  std::vector<Annotation> annotations;
  QueryInput input;
  Selector selector;
  OutputRate output_rate;
  OutputAction output;
  SourceSpan span;
};

struct AggregationDef {
  std::vector<Annotation> annotations;
  std::string name;
  SingleInput input;
  Selector selector;
  ExprPtr aggregate_by;  // attribute giving event time; may be null
  // Durations, canonical whatever the spelling ("seconds" -> "sec"): "sec", "min", "hour",
  // "day", "month", "year". Either a list, or a range (first ... last).
  std::vector<std::string> durations;
  bool duration_range = false;
  SourceSpan span;
  SourceSpan name_span;
};

// ---------------------------------------------------------------------------------------------
// Partitions.

struct RangePartitionCase {
  ExprPtr condition;
  std::string label;
  SourceSpan span;
};

struct PartitionKey {
  std::string stream;
  ExprPtr value;                          // value partition: `attr of S`
  std::vector<RangePartitionCase> ranges;  // range partition: `cond as 'label' or ... of S`
  SourceSpan span;
  SourceSpan stream_span;
};

struct Partition {
  std::vector<Annotation> annotations;
  std::vector<PartitionKey> keys;
  std::vector<Query> queries;
  SourceSpan span;
};

// ---------------------------------------------------------------------------------------------
// Apps and on-demand queries.

using Element = std::variant<StreamDef, TableDef, WindowDef, TriggerDef, AggregationDef,
                             FunctionDef, Query, Partition>;

struct App {
  std::vector<Annotation> annotations;  // @app:name(...) etc.
  std::vector<Element> elements;        // in source order
  SourceSpan span;
};

// An on-demand (store) query: `from T on cond select ...`, `select ... insert into T`,
// `delete T on ...`, `update T set ... on ...`, `update or insert into T set ... on ...`.
struct OnDemandQuery {
  bool has_input = false;
  std::string store;      // the table, window or aggregation read (`from T`)
  std::string alias;
  ExprPtr on;             // `on cond` after from
  ExprPtr within_start;   // aggregations: within <start>[, <end>]
  ExprPtr within_end;
  ExprPtr per;
  Selector selector;
  OutputAction output;    // kReturn for a plain find
  SourceSpan span;
  SourceSpan store_span;
};

}  // namespace talon::ast

#endif  // TALON_FRONTEND_AST_H_
