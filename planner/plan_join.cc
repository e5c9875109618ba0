// Plans a join query: Source(left) -> [PartitionRoute] -> left handlers, the same for the right
// side, then one Join node reading both chains, then the selector tail every query shares.
// Which side's arrivals trigger the join and which side is outer is in the bound JoinInput the
// Join node's query points at; the label spells it out for explain.
#include "absl/strings/str_cat.h"
#include "planner/planner.h"

namespace talon::plan {
namespace {

const char* JoinTypeName(ast::JoinType type) {
  switch (type) {
    case ast::JoinType::kInner: return "inner";
    case ast::JoinType::kLeftOuter: return "left outer";
    case ast::JoinType::kRightOuter: return "right outer";
    case ast::JoinType::kFullOuter: return "full outer";
  }
  return "inner";
}

std::string SideLabel(const bound::SingleInput& side, bool triggers) {
  std::string label = side.name;
  if (!side.alias.empty()) absl::StrAppend(&label, " as ", side.alias);
  if (!triggers) absl::StrAppend(&label, " (no trigger)");
  return label;
}

}  // namespace

absl::Status PlanJoinQuery(Dag& dag, int q, const bound::JoinInput& join,
                           Diagnostics& diagnostics) {
  const bound::Query& query = dag.app().queries[q];
  NodeId left = PlanInputChain(dag, q, join.left);
  NodeId right = PlanInputChain(dag, q, join.right);

  Node node;
  node.kind = NodeKind::kJoin;
  node.query = q;
  node.partition = query.partition;
  node.inputs = {left, right};
  node.schema = join.scope;
  node.label =
      absl::StrCat("Join(", JoinTypeName(join.type), "; ", SideLabel(join.left, join.left_triggers),
                   ", ", SideLabel(join.right, join.right_triggers), "; on ",
                   join.on ? bound::ToString(*join.on) : std::string("true"), ")");
  // An aggregation side is read per arriving event: which buckets, at what granularity.
  const bound::AggregationRead& read = join.aggregation_read;
  if (read.per != nullptr && read.within_start != nullptr) {
    absl::StrAppend(&node.label, " within ", bound::ToString(*read.within_start),
                    read.within_end ? absl::StrCat(", ", bound::ToString(*read.within_end)) : "",
                    " per ", bound::ToString(*read.per));
  }
  PlanSelectorTail(dag, q, dag.Add(std::move(node)));
  return absl::OkStatus();
}

}  // namespace talon::plan
