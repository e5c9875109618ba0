// Analyzer internals shared by frontend/analyze_*.cc: the definitions table, scopes (which
// columns a name can reach) and the Analyzer driver that turns an ast::App into a bound::App.
// Not a public API: callers use Analyze()/Compile() from frontend/frontend.h.
#ifndef TALON_FRONTEND_ANALYZER_H_
#define TALON_FRONTEND_ANALYZER_H_

#include <map>
#include <set>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontend/ast.h"
#include "frontend/base/diagnostic.h"
#include "frontend/base/schema.h"
#include "frontend/bound.h"
#include "frontend/catalog.h"

namespace talon::frontend {

// ---------------------------------------------------------------------------------------------
// Definitions table.

// What an app-level name refers to. Streams, tables, named windows, triggers and aggregations
// share one namespace (Siddhi's DuplicateDefinitionException covers all of them).
enum class DefKind { kStream, kTable, kWindow, kTrigger, kAggregation };

struct Definition {
  DefKind kind = DefKind::kStream;
  int index = -1;  // into bound::App streams/tables/windows; triggers: their stream
  SourceSpan span;  // the defining name, or the `insert into` target for implicit streams
  bool implicit = false;  // defined by a query's `insert into`
  // Defined with errors (or not supported): references are silent, so one mistake is reported
  // once and not again at every use.
  bool poisoned = false;
};

// ---------------------------------------------------------------------------------------------
// Patterns: the states a pattern's expressions can name, and the StateRefs they create.

struct PatternStateInfo {
  std::string event_name;  // `e1` in e1=S; may be empty
  std::string stream;      // the stream's name ("#S" for inner streams)
  Schema schema;           // after stream functions
  bool counted = false;    // written with a count (<n:m>, +, *, ?): e1[0].x is allowed
  bool poisoned = false;
  SourceSpan span;

  // The name that qualifies this state's attributes: the event name, else the stream name.
  const std::string& qualifier() const { return event_name.empty() ? stream : event_name; }
};

// Owns nothing: `refs` points into the bound::PatternInput being built. Every distinct
// (state, index, attribute) reference becomes one StateRef, i.e. one column of the pattern scope.
struct PatternStates {
  std::vector<PatternStateInfo> states;
  std::vector<bound::StateRef>* refs = nullptr;
  std::vector<std::string> ref_names;  // "e1.price", "e2[last].price", "e1" (whole event)

  // Index of the ref, adding it if new.
  int AddRef(int state, ast::EventIndex index, int attribute, Type type, bool all_events = false);
  // The ref for `attribute` of `state` read without an index from `current_state`'s condition
  // (-1: the selector): a counted state read by the selector yields all its events as a list.
  int AddAttributeRef(int state, int attribute, int current_state);
};

// ---------------------------------------------------------------------------------------------
// Scopes.

// A column that an attribute reference resolved to.
struct ResolvedColumn {
  int column = -1;
  Type type = Type::kObject;
  std::string name;
};

// One named group of columns: an input stream, a join side, a table, the query's output.
struct ScopePart {
  std::string name;   // the definition's name ("StockStream", "#Inner", "!S")
  std::string alias;  // `as a` or a pattern event name: when set, qualified names must use it
  std::string what;   // "stream", "table", "window", "query output": for messages
  Schema schema;
  int offset = 0;  // scope column of schema.at(0)
  // Unqualified names resolve in the lowest tier that has them; within a tier a name found in
  // two parts is ambiguous. (having: output before input; table operations: output before table.)
  int tier = 0;
  bool qualifiable = true;
  bool resolves_unqualified = true;
  bool poisoned = false;
  // Set for a pattern's event references; its columns are pattern->refs, so its size grows as
  // references are bound. It is always the last part of a scope.
  PatternStates* pattern = nullptr;
  int current_state = -1;  // pattern conditions: the state whose condition this is
  // A join side whose arrivals alone trigger the join: its event is the one being processed,
  // so `eventTimestamp(alias)` is the current event's timestamp.
  bool triggers_alone = false;

  int size() const;
  // "stream 'S'", "the query output"
  std::string Describe() const;
};

// The columns an expression is evaluated over, as named parts laid out one after another.
class Scope {
 public:
  void AddPart(ScopePart part);
  const std::vector<ScopePart>& parts() const { return parts_; }
  int size() const;
  bool poisoned() const;

  // A copy whose columns start at `offset` and whose parts sit `tier` tiers lower.
  Scope Shifted(int offset, int tier) const;

  // Resolves an ast kAttribute. Reports a diagnostic and returns nullopt when the name does not
  // resolve; returns nullopt silently when the reference may belong to a poisoned part.
  std::optional<ResolvedColumn> Resolve(const ast::Expr& ref, Diagnostics& diags) const;
  // Resolves the event of `e1 is null` (ast kIsNullStream) in a pattern scope.
  std::optional<ResolvedColumn> ResolveEvent(const ast::Expr& ref, Diagnostics& diags) const;

  // Every column, for `select *`: pattern scopes expand to each state's attributes (creating
  // the refs). `owners` receives the describing part name for each column.
  std::vector<ResolvedColumn> Expand(std::vector<std::string>* owners) const;

 private:
  std::optional<ResolvedColumn> ResolveInPattern(const ScopePart& part, const ast::Expr& ref,
                                                 bool qualified, Diagnostics& diags) const;
  const ScopePart* PatternPart() const;

  std::vector<ScopePart> parts_;
};

// ---------------------------------------------------------------------------------------------
// Expression binding.

// Where aggregator calls may appear (select, having) and where they are lifted to.
struct AggregateSink {
  const Scope* arg_scope = nullptr;  // aggregator arguments bind over the input scope
  std::vector<bound::AggregateCall>* calls = nullptr;
  int column_base = 0;  // added to input-scope size + k: the output width in `having`
};

// A field ref standing for aggregate k carries column AggregatePlaceholder(k) until the input
// scope is final (pattern scopes grow while the selector is bound); PatchAggregatePlaceholders
// then walks the bound trees that survived and sets the real column. No pointer into a tree is
// kept meanwhile: subtrees dropped after an error (a call that does not resolve, a duplicate
// output name) take their placeholders with them.
constexpr int AggregatePlaceholder(int k) { return -2 - k; }
// Sets every placeholder's column in `expr` to first_column + k.
void PatchAggregatePlaceholders(bound::Expr& expr, int first_column);

class Analyzer;

// Binds one ast::Expr tree over a scope. Returns nullptr after reporting (or silently, when the
// error is a consequence of one already reported), so callers just skip the expression.
class ExprBinder {
 public:
  // `context` names where the expression sits, for misplaced-aggregator messages ("a filter").
  ExprBinder(Analyzer& analyzer, const Scope& scope, AggregateSink* aggregates,
             std::string_view context);

  bound::ExprPtr Bind(const ast::Expr& expr);
  // Binds and requires a bool result: "<what> must be bool, but ... is <type>".
  bound::ExprPtr BindCondition(const ast::Expr& expr, std::string_view what);

 private:
  bound::ExprPtr BindAttribute(const ast::Expr& expr);
  bound::ExprPtr BindCall(const ast::Expr& expr);
  // eventTimestamp(x) where x names a join side, not an attribute: the call, or a null ExprPtr
  // after reporting; nullopt when x is not a side (bind as usual).
  std::optional<bound::ExprPtr> BindEventTimestampOf(const ast::Expr& expr);
  bound::ExprPtr BindAggregate(const ast::Expr& expr, std::string_view display);
  bound::ExprPtr BindBinary(const ast::Expr& expr);
  bound::ExprPtr BindArithmetic(const ast::Expr& expr, bound::ExprPtr left, bound::ExprPtr right);
  bound::ExprPtr BindCompare(const ast::Expr& expr, bound::ExprPtr left, bound::ExprPtr right);
  bound::ExprPtr BindLogical(const ast::Expr& expr, bound::ExprPtr left, bound::ExprPtr right);
  bool RequireBool(const ast::Expr& expr, const bound::Expr& bound, std::string_view what);

  Analyzer& analyzer_;
  const Scope& scope_;
  AggregateSink* aggregates_;
  std::string context_;
};

// Case-insensitive ASCII comparison: annotation names and keys (`@App:name`, `@primaryKey`).
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// The value of element `key` (case-insensitive) of `annotation`, or nullptr.
const ast::AnnotationElement* FindElement(const ast::Annotation& annotation, std::string_view key);

// ArgInfo for catalog lookups: type, constant value, plain attribute reference.
ArgInfo MakeArgInfo(const ast::Expr& ast_arg, const bound::Expr& bound_arg);
// `expr` converted to numeric `type`: a kCast node, or the constant itself converted (10 meeting a
// float becomes 10.0F). Unchanged when the type already matches.
bound::ExprPtr CastTo(bound::ExprPtr expr, Type type);
// "ns:name" or "name".
std::string QualifiedName(std::string_view ns, std::string_view name);
// Reports a catalog LookupError at the offending argument (or `call_span`).
Diagnostic& ReportLookupError(Diagnostics& diags, const LookupError& error, SourceSpan call_span,
                              const std::vector<SourceSpan>& arg_spans);

// ---------------------------------------------------------------------------------------------
// The driver.

// One analysis of one app (or one on-demand query). Not reusable, not thread-safe.
class Analyzer {
 public:
  Analyzer(const Catalog& catalog, Diagnostics& diagnostics)
      : catalog_(catalog), diags_(diagnostics) {}

  bound::App AnalyzeApp(const ast::App& app);
  // Analyzes `query` against an already analyzed app's tables and named windows.
  bound::OnDemandQuery AnalyzeOnDemandQuery(const ast::OnDemandQuery& query,
                                            const bound::App& app);

  const Catalog& catalog() const { return catalog_; }
  Diagnostics& diags() { return diags_; }
  bound::App& app() { return app_; }
  bool IsScriptFunction(std::string_view ns, std::string_view name) const;

  // --- analyzer.cc: definitions table.
  const Definition* Find(std::string_view name) const;
  // Claims `name` for a new definition; reports kDuplicateDefinition (with a note at the first)
  // and returns false when it is taken.
  bool Claim(const std::string& name, Definition def, SourceSpan span, std::string_view what);
  // Candidates for "did you mean" on an unknown stream name.
  std::vector<std::string> DefinitionNames() const;
  // The fault stream "!S" of stream S (schema S ++ `_error object`), defined on first use.
  // Returns -1 after reporting when S is not a stream.
  int FaultStream(const std::string& base, SourceSpan span, bool* poisoned);
  // Adds a stream to the app and returns its index.
  int AddStream(bound::Stream stream);

  // --- analyze_definitions.cc
  void AnalyzeAppAnnotations(const std::vector<ast::Annotation>& annotations);
  void DefineStream(const ast::StreamDef& def);
  void DefineTable(const ast::TableDef& def);
  void DefineWindow(const ast::WindowDef& def);
  void DefineTrigger(const ast::TriggerDef& def);
  void DefineAggregation(const ast::AggregationDef& def);  // analyze_aggregation.cc
  void DefineFunction(const ast::FunctionDef& def);
  // Checks attribute names for duplicates and builds the schema (duplicates are dropped).
  Schema BuildSchema(const std::vector<ast::AttributeDef>& attributes, std::string_view owner);
  // Binds a window call over `schema` through the catalog; false after reporting.
  bool BindWindow(const ast::StreamHandler& handler, const Scope& scope, bound::WindowCall* out);

  // --- analyze_query.cc
  void AnalyzeQuery(const ast::Query& query);
  // Resolves a single input's source and binds its handlers. `role` limits what it may read.
  enum class InputRole { kQuery, kJoin, kPattern };
  // Returns the scope part describing the input's columns (poisoned after errors).
  ScopePart AnalyzeSingleInput(const ast::SingleInput& input, InputRole role,
                               bound::SingleInput* out);
  // Binds the selector over `input`. Returns false when an output column could not be typed.
  bool AnalyzeSelector(const ast::Selector& selector, const Scope& input, SourceSpan query_span,
                       bound::Selector* out);
  bound::OutputRate AnalyzeOutputRate(const ast::OutputRate& rate);
  void AnalyzeOutput(const ast::OutputAction& action, const Schema& output, bool output_known,
                     bound::Output* out);
  // Table operations (delete/update/update or insert): target, `on`, `set`.
  void AnalyzeTableOperation(const ast::OutputAction& action, const Schema& output,
                             bool output_known, bound::Output* out);
  // Constant int/long >= 0 (limit, offset); nullopt after reporting.
  std::optional<int64_t> NonNegativeConstant(const ast::Expr& expr, std::string_view what);
  // A time constant (or integral constant) in milliseconds; nullopt after reporting with `code`.
  std::optional<int64_t> TimeConstant(const ast::Expr& expr, std::string_view what,
                                      DiagCode code);

  // --- analyze_aggregation.cc
  // Binds `within start[, end] per duration` of a join or on-demand query that reads
  // `aggregation`, over `scope` (the join's other side, or no columns); `at` locates the
  // query for a missing clause. False after reporting.
  bool AnalyzeAggregationRead(const ast::Expr* within_start, const ast::Expr* within_end,
                              const ast::Expr* per, const Scope& scope, SourceSpan at,
                              std::string_view aggregation, bound::AggregationRead* out);

  // --- analyze_pattern.cc
  // Binds a pattern/sequence input; fills `states` (kept alive by the caller) and `out`.
  // Returns the scope the selector sees (a pattern part over out->refs).
  Scope AnalyzePattern(const ast::StateInput& input, PatternStates* states,
                       bound::PatternInput* out);

  // --- analyze_partition.cc
  void AnalyzePartition(const ast::Partition& partition);
  int current_partition() const { return current_partition_; }
  // The inner stream "#S" of the current partition, or -1.
  int FindInnerStream(const std::string& name) const;
  std::vector<std::string> InnerStreamNames() const;
  void AddInnerStream(const std::string& name, int stream);

 private:
  // The name of the next query: @info(name) or "query<N>".
  std::string QueryName(const ast::Query& query);
  // Every @info(name) of the app (and each generated name once given), so generated names
  // never collide with another query's.
  void CollectExplicitQueryNames(const ast::App& app);

  const Catalog& catalog_;
  Diagnostics& diags_;
  bound::App app_;

  std::map<std::string, Definition, std::less<>> definitions_;
  std::vector<std::string> definition_order_;  // for deterministic "did you mean"
  std::map<std::string, int, std::less<>> fault_streams_;
  std::vector<std::string> script_functions_;
  std::map<std::string, SourceSpan, std::less<>> query_names_;
  int query_count_ = 0;
  std::set<std::string, std::less<>> explicit_query_names_;

  int current_partition_ = -1;
  std::map<std::string, int, std::less<>> inner_streams_;  // of the current partition
  std::vector<std::string> inner_order_;
};

}  // namespace talon::frontend

#endif  // TALON_FRONTEND_ANALYZER_H_
