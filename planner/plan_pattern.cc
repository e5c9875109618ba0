// Plans a pattern or sequence query: Source -> [PartitionRoute] for each distinct input stream
// (in order of first appearance among the states: the runtime numbers the pattern's inputs the
// same way), all feeding one Pattern node whose output is the pattern scope, then the selector
// tail every query shares.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "planner/planner.h"

namespace talon::plan {
namespace {

std::string StateText(const bound::PatternInput& pattern, const bound::StateNode& node) {
  std::string sep = pattern.is_sequence ? ", " : " -> ";
  switch (node.kind) {
    case bound::StateNode::Kind::kState: {
      const bound::PatternState& s = pattern.states[node.state];
      std::string text = s.kind == bound::PatternState::Kind::kAbsent ? "not " : "";
      if (!s.event_name.empty()) absl::StrAppend(&text, s.event_name, "=");
      absl::StrAppend(&text, s.input.name);
      if (s.condition != nullptr) absl::StrAppend(&text, "[", bound::ToString(*s.condition), "]");
      if (s.min_count != 1 || s.max_count != 1) {
        absl::StrAppend(&text, "<", s.min_count, ":",
                        s.max_count < 0 ? "" : absl::StrCat(s.max_count), ">");
      }
      if (s.waiting_ms) absl::StrAppend(&text, " for ", *s.waiting_ms, "ms");
      return text;
    }
    case bound::StateNode::Kind::kNext: {
      std::vector<std::string> parts;
      for (const auto& c : node.children) parts.push_back(StateText(pattern, *c));
      return absl::StrCat("(", absl::StrJoin(parts, sep), ")");
    }
    case bound::StateNode::Kind::kEvery:
      return absl::StrCat("every ", StateText(pattern, *node.children[0]));
    case bound::StateNode::Kind::kAnd:
    case bound::StateNode::Kind::kOr: {
      std::vector<std::string> parts;
      for (const auto& c : node.children) parts.push_back(StateText(pattern, *c));
      return absl::StrCat(
          "(", absl::StrJoin(parts, node.kind == bound::StateNode::Kind::kAnd ? " and " : " or "),
          ")");
    }
  }
  return "?";
}

}  // namespace

absl::Status PlanPatternQuery(Dag& dag, int q, const bound::PatternInput& pattern,
                              Diagnostics& diagnostics) {
  const bound::App& app = dag.app();
  const bound::Query& query = app.queries[q];
  std::vector<int> streams;
  for (const bound::PatternState& s : pattern.states) {
    if (s.input.source != bound::SourceKind::kStream) {
      diagnostics.Error(DiagCode::kUnsupported, s.span,
                        absl::StrCat("a pattern event must read a stream; '", s.input.name,
                                     "' is not one"));
      return absl::OkStatus();
    }
    if (std::find(streams.begin(), streams.end(), s.input.id) == streams.end()) {
      streams.push_back(s.input.id);
    }
  }

  Node node;
  node.kind = NodeKind::kPattern;
  node.query = q;
  node.partition = query.partition;
  node.schema = pattern.scope;
  for (int stream : streams) {
    Node source;
    source.kind = NodeKind::kSource;
    source.query = q;
    source.partition = query.partition;
    source.stream = stream;
    source.source = bound::SourceKind::kStream;
    source.schema = app.streams[stream].schema;
    source.label = absl::StrCat("Source(", app.streams[stream].name, ")");
    NodeId prev = dag.Add(std::move(source));
    if (query.partition >= 0) {
      Node route;
      route.kind = NodeKind::kPartitionRoute;
      route.query = q;
      route.partition = query.partition;
      route.schema = app.streams[stream].schema;
      route.inputs.push_back(prev);
      route.label = absl::StrCat("PartitionRoute(partition ", query.partition, ")");
      prev = dag.Add(std::move(route));
    }
    node.inputs.push_back(prev);
  }
  node.label = absl::StrCat(pattern.is_sequence ? "Sequence" : "Pattern", "(",
                            pattern.root ? StateText(pattern, *pattern.root) : "", ")");
  if (pattern.within_ms) absl::StrAppend(&node.label, " within ", *pattern.within_ms, "ms");
  NodeId id = dag.Add(std::move(node));
  PlanSelectorTail(dag, q, id);
  return absl::OkStatus();
}

}  // namespace talon::plan
