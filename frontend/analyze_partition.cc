// Partitions: value and range keys over streams, the partition's queries, and its inner
// (#S) streams, which exist once per partition.
#include <set>

#include "absl/strings/str_cat.h"
#include "frontend/analyzer.h"

namespace talon::frontend {

int Analyzer::FindInnerStream(const std::string& name) const {
  auto it = inner_streams_.find(name);
  return it == inner_streams_.end() ? -1 : it->second;
}

std::vector<std::string> Analyzer::InnerStreamNames() const { return inner_order_; }

void Analyzer::AddInnerStream(const std::string& name, int stream) {
  inner_streams_.emplace(name, stream);
  inner_order_.push_back(name);
}

void Analyzer::AnalyzePartition(const ast::Partition& partition) {
  int index = static_cast<int>(app_.partitions.size());
  app_.partitions.emplace_back();
  app_.partitions[index].span = partition.span;

  std::set<std::string> partitioned;
  for (const ast::PartitionKey& key : partition.keys) {
    SourceSpan span = key.stream_span.empty() ? key.span : key.stream_span;
    const Definition* def = Find(key.stream);
    if (def == nullptr) {
      Diagnostic& d = diags_.Error(DiagCode::kUnknownStream, span,
                                   absl::StrCat("stream '", key.stream, "' is not defined"));
      std::string suggestion = ClosestMatch(key.stream, DefinitionNames());
      if (!suggestion.empty()) {
        d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
      }
      continue;
    }
    if (def->poisoned) continue;
    if (def->kind != DefKind::kStream && def->kind != DefKind::kTrigger) {
      diags_.Error(DiagCode::kInvalidPartition, span,
                   absl::StrCat("a partition splits streams, but '", key.stream, "' is not a ",
                                "stream"));
      continue;
    }
    if (!partitioned.insert(key.stream).second) {
      diags_.Error(DiagCode::kInvalidPartition, span,
                   absl::StrCat("stream '", key.stream, "' is partitioned twice in one partition"));
      continue;
    }

    bound::PartitionKey bound_key;
    bound_key.stream = def->index;
    ScopePart part;
    part.name = key.stream;
    part.what = "stream";
    part.schema = app_.streams[def->index].schema;
    Scope scope;
    scope.AddPart(part);
    if (key.value != nullptr) {
      ExprBinder binder(*this, scope, nullptr, "a partition key");
      bound_key.value = binder.Bind(*key.value);
    } else {
      for (const ast::RangePartitionCase& range : key.ranges) {
        ExprBinder binder(*this, scope, nullptr, "a partition range");
        if (bound::ExprPtr condition =
                binder.BindCondition(*range.condition, "a range partition condition")) {
          bound_key.ranges.emplace_back(std::move(condition), range.label);
        }
      }
    }
    app_.partitions[index].keys.push_back(std::move(bound_key));
  }

  // Inner streams (#S) belong to this partition only: the same name in another partition is
  // another stream.
  current_partition_ = index;
  inner_streams_.clear();
  inner_order_.clear();
  for (const ast::Query& query : partition.queries) AnalyzeQuery(query);
  current_partition_ = -1;
  inner_streams_.clear();
  inner_order_.clear();
}

}  // namespace talon::frontend
