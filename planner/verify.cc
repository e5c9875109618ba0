#include "absl/strings/str_cat.h"
#include "planner/planner.h"

namespace talon::plan {

absl::Status Verify(const Dag& dag) {
  const bound::App& app = dag.app();
  for (const Node& n : dag.nodes()) {
    for (NodeId in : n.inputs) {
      if (in < 0 || in >= n.id) {
        return absl::InternalError(absl::StrCat("plan node ", n.id, " (", NodeKindName(n.kind),
                                                ") reads node ", in, ", which does not precede it"));
      }
      if (dag.node(in).partition != n.partition) {
        return absl::InternalError(absl::StrCat("plan node ", n.id, " leaves its partition scope"));
      }
    }
    if (n.query < 0 || n.query >= static_cast<int>(app.queries.size())) {
      return absl::InternalError(absl::StrCat("plan node ", n.id, " has no query"));
    }
    const bound::Query& q = app.queries[n.query];
    switch (n.kind) {
      case NodeKind::kSource:
        if (!n.inputs.empty()) return absl::InternalError("a Source node has inputs");
        break;
      case NodeKind::kFilter:
      case NodeKind::kStreamFunction:
      case NodeKind::kWindow:
        if (n.handler == nullptr) {
          return absl::InternalError(absl::StrCat("plan node ", n.id, " has no handler"));
        }
        break;
      case NodeKind::kProject:
      case NodeKind::kAggregate:
      case NodeKind::kOrderLimit:
      case NodeKind::kRateLimit:
      case NodeKind::kInsert:
      case NodeKind::kTableOp:
        if (!(n.schema == q.selector.output)) {
          return absl::InternalError(absl::StrCat("plan node ", n.id, " schema ",
                                                  n.schema.ToString(), " differs from query '",
                                                  q.name, "' output ",
                                                  q.selector.output.ToString()));
        }
        break;
      case NodeKind::kPartitionRoute:
        if (n.partition < 0) return absl::InternalError("PartitionRoute outside a partition");
        break;
      case NodeKind::kJoin:
        if (n.inputs.size() != 2) {
          return absl::InternalError(absl::StrCat("Join node ", n.id, " needs two inputs"));
        }
        break;
      case NodeKind::kPattern:
        break;
    }
  }
  return absl::OkStatus();
}

}  // namespace talon::plan
