// Plans every query as a chain: Source -> [PartitionRoute] -> handlers (Filter, StreamFunction,
// Window) -> Project|Aggregate -> [OrderLimit] -> [RateLimit] -> Insert|TableOp.
#include <variant>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "planner/planner.h"

namespace talon::plan {
namespace {

NodeId AddChained(Dag& dag, NodeId prev, Node node) {
  if (prev >= 0) node.inputs.push_back(prev);
  return dag.Add(std::move(node));
}

std::string OutputLabel(const bound::Query& q) {
  using Kind = ast::OutputAction::Kind;
  std::string events;
  switch (q.output.events) {
    case ast::OutputEventType::kAll: events = "all"; break;
    case ast::OutputEventType::kExpired: events = "expired"; break;
    default: events = "current"; break;
  }
  switch (q.output.kind) {
    case Kind::kInsert: return absl::StrCat("Insert(", q.output.target_name, ", ", events, ")");
    case Kind::kReturn: return absl::StrCat("Return(", events, ")");
    case Kind::kDelete: return absl::StrCat("Delete(", q.output.target_name, ")");
    case Kind::kUpdate: return absl::StrCat("Update(", q.output.target_name, ")");
    case Kind::kUpdateOrInsert: return absl::StrCat("UpdateOrInsert(", q.output.target_name, ")");
  }
  return "Output";
}

absl::Status PlanSingleInputQuery(Dag& dag, int q, const bound::SingleInput& input,
                                  Diagnostics& diagnostics) {
  const bound::App& app = dag.app();
  const bound::Query& query = app.queries[q];
  if (input.source == bound::SourceKind::kTable || input.source == bound::SourceKind::kAggregation) {
    diagnostics.Error(DiagCode::kUnsupported, query.span,
                      absl::StrCat("reading '", input.name, "' directly is not supported"));
    return absl::OkStatus();
  }
  PlanSelectorTail(dag, q, PlanInputChain(dag, q, input));
  return absl::OkStatus();
}

}  // namespace

NodeId PlanInputChain(Dag& dag, int q, const bound::SingleInput& input) {
  const bound::App& app = dag.app();
  const bound::Query& query = app.queries[q];
  Node source;
  source.kind = NodeKind::kSource;
  source.query = q;
  source.partition = query.partition;
  source.stream = input.id;
  source.source = input.source;
  switch (input.source) {
    case bound::SourceKind::kStream: source.schema = app.streams[input.id].schema; break;
    case bound::SourceKind::kNamedWindow: source.schema = app.windows[input.id].schema; break;
    case bound::SourceKind::kTable: source.schema = app.tables[input.id].schema; break;
    case bound::SourceKind::kAggregation: source.schema = input.scope; break;
  }
  source.label = absl::StrCat("Source(", input.name, ")");
  NodeId prev = dag.Add(std::move(source));

  if (query.partition >= 0) {
    Node route;
    route.kind = NodeKind::kPartitionRoute;
    route.query = q;
    route.partition = query.partition;
    route.schema = dag.node(prev).schema;
    route.label = absl::StrCat("PartitionRoute(partition ", query.partition, ")");
    prev = AddChained(dag, prev, std::move(route));
  }

  for (const bound::Handler& h : input.handlers) {
    Node node;
    node.query = q;
    node.partition = query.partition;
    node.handler = &h;
    node.schema = h.output;
    switch (h.kind) {
      case bound::Handler::Kind::kFilter:
        node.kind = NodeKind::kFilter;
        node.label = absl::StrCat("Filter", bound::ToString(*h.filter));
        break;
      case bound::Handler::Kind::kStreamFunction:
        node.kind = NodeKind::kStreamFunction;
        node.label = absl::StrCat("StreamFunction(", h.function_name, ")");
        break;
      case bound::Handler::Kind::kWindow: {
        node.kind = NodeKind::kWindow;
        std::vector<std::string> args;
        for (const bound::ExprPtr& a : h.window.args) args.push_back(bound::ToString(*a));
        node.label = absl::StrCat("Window(", h.window.name, "(", absl::StrJoin(args, ", "), "))");
        break;
      }
    }
    prev = AddChained(dag, prev, std::move(node));
  }
  return prev;
}

NodeId PlanSelectorTail(Dag& dag, int q, NodeId prev) {
  const bound::Query& query = dag.app().queries[q];
  const bound::Selector& sel = query.selector;
  Node select;
  select.query = q;
  select.partition = query.partition;
  select.schema = sel.output;
  std::vector<std::string> names;
  for (const bound::Projection& p : sel.projections) {
    names.push_back(absl::StrCat(p.name, "=", bound::ToString(*p.expr)));
  }
  if (sel.aggregates.empty() && sel.group_by.empty()) {
    select.kind = NodeKind::kProject;
    select.label = absl::StrCat("Project(", absl::StrJoin(names, ", "), ")");
  } else {
    select.kind = NodeKind::kAggregate;
    std::vector<std::string> aggs;
    for (const bound::AggregateCall& a : sel.aggregates) {
      std::vector<std::string> args;
      for (const bound::ExprPtr& e : a.args) args.push_back(bound::ToString(*e));
      aggs.push_back(absl::StrCat(a.name, "(", absl::StrJoin(args, ", "), ")"));
    }
    std::vector<std::string> keys;
    for (const bound::ExprPtr& g : sel.group_by) keys.push_back(bound::ToString(*g));
    select.label = absl::StrCat("Aggregate(", absl::StrJoin(aggs, ", "), "; group by [",
                                absl::StrJoin(keys, ", "), "]; ", absl::StrJoin(names, ", "), ")");
  }
  if (sel.having) absl::StrAppend(&select.label, " having ", bound::ToString(*sel.having));
  prev = AddChained(dag, prev, std::move(select));

  if (!sel.order_by.empty() || sel.limit || sel.offset) {
    Node order;
    order.kind = NodeKind::kOrderLimit;
    order.query = q;
    order.partition = query.partition;
    order.schema = sel.output;
    order.label = absl::StrCat("OrderLimit(limit ", sel.limit ? *sel.limit : -1, ", offset ",
                               sel.offset ? *sel.offset : 0, ")");
    prev = AddChained(dag, prev, std::move(order));
  }
  if (query.rate.kind != ast::OutputRate::Kind::kNone) {
    Node rate;
    rate.kind = NodeKind::kRateLimit;
    rate.query = q;
    rate.partition = query.partition;
    rate.schema = sel.output;
    rate.label = absl::StrCat("RateLimit(", query.rate.value, ")");
    prev = AddChained(dag, prev, std::move(rate));
  }
  Node out;
  out.kind = query.output.target_kind == bound::Output::TargetKind::kTable ? NodeKind::kTableOp
                                                                         : NodeKind::kInsert;
  out.query = q;
  out.partition = query.partition;
  out.schema = sel.output;
  out.label = OutputLabel(query);
  return AddChained(dag, prev, std::move(out));
}

absl::StatusOr<Dag> Build(std::shared_ptr<const bound::App> app, const PlanOptions& options,
                          Diagnostics& diagnostics) {
  Dag dag(app);
  for (int q = 0; q < static_cast<int>(app->queries.size()); ++q) {
    const bound::Query& query = app->queries[q];
    if (const auto* single = std::get_if<bound::SingleInput>(&query.input)) {
      absl::Status s = PlanSingleInputQuery(dag, q, *single, diagnostics);
      if (!s.ok()) return s;
    } else if (const auto* join = std::get_if<bound::JoinInput>(&query.input)) {
      absl::Status s = PlanJoinQuery(dag, q, *join, diagnostics);
      if (!s.ok()) return s;
    } else {
      absl::Status s =
          PlanPatternQuery(dag, q, std::get<bound::PatternInput>(query.input), diagnostics);
      if (!s.ok()) return s;
    }
  }
  if (diagnostics.has_errors()) return diagnostics.ToStatus();
  if (options.verify) {
    absl::Status s = Verify(dag);
    if (!s.ok()) return s;
  }
  return dag;
}

}  // namespace talon::plan
