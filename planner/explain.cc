#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "planner/planner.h"

namespace talon::plan {

std::string Explain(const Dag& dag) {
  const bound::App& app = dag.app();
  std::string out = absl::StrCat("app ", app.name, app.playback ? " (playback)" : "", "\n");
  for (const bound::Stream& s : app.streams) {
    absl::StrAppend(&out, "  stream ", s.name, " ", s.schema.ToString(), "\n");
  }
  for (const bound::Table& t : app.tables) {
    absl::StrAppend(&out, "  table ", t.name, " ", t.schema.ToString(), "\n");
  }
  for (const bound::NamedWindow& w : app.windows) {
    absl::StrAppend(&out, "  window ", w.name, " ", w.schema.ToString(), " ", w.window.name, "\n");
  }
  for (const bound::Aggregation& a : app.aggregations) {
    std::vector<std::string> durations;
    for (bound::AggregationDuration d : a.durations) {
      durations.push_back(std::string(bound::AggregationDurationName(d)));
    }
    absl::StrAppend(&out, "  aggregation ", a.name, " ", a.schema.ToString(), " from ",
                    a.input.name, a.timestamp ? " by " + bound::ToString(*a.timestamp) : "",
                    " every ", absl::StrJoin(durations, ", "), "\n");
  }
  for (int q = 0; q < static_cast<int>(app.queries.size()); ++q) {
    const bound::Query& query = app.queries[q];
    absl::StrAppend(&out, "query ", query.name);
    if (query.partition >= 0) absl::StrAppend(&out, " [partition ", query.partition, "]");
    absl::StrAppend(&out, "\n");
    for (NodeId id : dag.QueryNodes(q)) {
      absl::StrAppend(&out, "  #", id, " ", dag.node(id).label, " -> ",
                      dag.node(id).schema.ToString(), "\n");
    }
  }
  return out;
}

}  // namespace talon::plan
