// plan::Build: bound::App -> plan::Dag, then Verify. Constructs Talon cannot run yet are
// reported as kUnsupported diagnostics pointing at the query.
#ifndef TALON_PLANNER_PLANNER_H_
#define TALON_PLANNER_PLANNER_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "frontend/base/diagnostic.h"
#include "frontend/bound.h"
#include "planner/dag.h"

namespace talon::plan {

struct PlanOptions {
  bool verify = true;
};

absl::StatusOr<Dag> Build(std::shared_ptr<const bound::App> app, const PlanOptions& options,
                          Diagnostics& diagnostics);

// Per-construct planners, called by Build (plan_*.cc).
//
// A pattern or sequence query: one Source (+ PartitionRoute) per distinct input stream, in order
// of first appearance among the pattern's states, feeding one Pattern node.
absl::Status PlanPatternQuery(Dag& dag, int q, const bound::PatternInput& pattern,
                              Diagnostics& diagnostics);
// A join: each side's chain (see PlanInputChain), then one Join node reading both, then the
// selector tail. The Join node's schema is the join scope (left ++ right).
absl::Status PlanJoinQuery(Dag& dag, int q, const bound::JoinInput& join,
                           Diagnostics& diagnostics);
// One input's chain: Source -> [PartitionRoute] -> its handlers (Filter, StreamFunction,
// Window). Returns the last node.
NodeId PlanInputChain(Dag& dag, int q, const bound::SingleInput& input);
// The part every query shares after its input: Project|Aggregate -> [OrderLimit] -> [RateLimit]
// -> Insert|TableOp, chained after `prev`. Returns the last node.
NodeId PlanSelectorTail(Dag& dag, int q, NodeId prev);

// Checks structural invariants: inputs exist and precede their users, schemas line up with the
// bound queries, partition scopes nest. InternalError on a violation (a planner bug).
absl::Status Verify(const Dag& dag);

// Stable text: the app's definitions, then each query's chain of nodes.
std::string Explain(const Dag& dag);

}  // namespace talon::plan

#endif  // TALON_PLANNER_PLANNER_H_
