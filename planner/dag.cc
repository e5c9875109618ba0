#include "planner/dag.h"

namespace talon::plan {

const char* NodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kSource: return "Source";
    case NodeKind::kPartitionRoute: return "PartitionRoute";
    case NodeKind::kFilter: return "Filter";
    case NodeKind::kStreamFunction: return "StreamFunction";
    case NodeKind::kWindow: return "Window";
    case NodeKind::kJoin: return "Join";
    case NodeKind::kPattern: return "Pattern";
    case NodeKind::kProject: return "Project";
    case NodeKind::kAggregate: return "Aggregate";
    case NodeKind::kOrderLimit: return "OrderLimit";
    case NodeKind::kRateLimit: return "RateLimit";
    case NodeKind::kInsert: return "Insert";
    case NodeKind::kTableOp: return "TableOp";
  }
  return "?";
}

NodeId Dag::Add(Node node) {
  node.id = static_cast<NodeId>(nodes_.size());
  nodes_.push_back(std::move(node));
  return nodes_.back().id;
}

std::vector<NodeId> Dag::QueryNodes(int q) const {
  std::vector<NodeId> ids;
  for (const Node& n : nodes_) {
    if (n.query == q) ids.push_back(n.id);
  }
  return ids;
}

}  // namespace talon::plan
