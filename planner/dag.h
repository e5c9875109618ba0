// plan::Dag: the partition-aware operator DAG the planner builds from a bound::App and the
// runtime builder turns into pipelines. A value: it owns the bound app its nodes point into,
// prints through Explain() and is checked by Verify().
#ifndef TALON_PLANNER_DAG_H_
#define TALON_PLANNER_DAG_H_

#include <memory>
#include <string>
#include <vector>

#include "frontend/base/schema.h"
#include "frontend/bound.h"
#include "planner/node_kind.h"

namespace talon::plan {

using NodeId = int;

struct Node {
  NodeId id = -1;
  NodeKind kind = NodeKind::kSource;
  std::vector<NodeId> inputs;
  Schema schema;       // the events this node emits
  int query = -1;      // index into bound::App::queries
  int partition = -1;  // index into bound::App::partitions; -1: not partitioned
  // What the node does; which member is set depends on `kind`.
  int stream = -1;                         // kSource: stream (or window) index
  bound::SourceKind source = bound::SourceKind::kStream;
  const bound::Handler* handler = nullptr;  // kFilter / kStreamFunction / kWindow
  std::string label;                        // one line for Explain
};

class Dag {
 public:
  explicit Dag(std::shared_ptr<const bound::App> app) : app_(std::move(app)) {}

  const bound::App& app() const { return *app_; }
  std::shared_ptr<const bound::App> shared_app() const { return app_; }
  const std::vector<Node>& nodes() const { return nodes_; }
  const Node& node(NodeId id) const { return nodes_[id]; }

  NodeId Add(Node node);
  // The chain of nodes that belongs to query `q`, in data-flow order.
  std::vector<NodeId> QueryNodes(int q) const;

 private:
  std::shared_ptr<const bound::App> app_;
  std::vector<Node> nodes_;
};

}  // namespace talon::plan

#endif  // TALON_PLANNER_DAG_H_
