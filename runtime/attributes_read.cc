#include "runtime/attributes_read.h"

#include <variant>

namespace talon::exec {
namespace {

// Marks the attributes of `used` (a stream of `width` attributes) that `expr` reads through
// columns [offset, offset + width) of its scope.
void MarkRefs(const bound::Expr* expr, int offset, std::vector<bool>& used) {
  if (expr == nullptr) return;
  if (expr->kind == bound::ExprKind::kFieldRef) {
    int a = expr->column - offset;
    if (a >= 0 && a < static_cast<int>(used.size())) used[a] = true;
  }
  for (const bound::ExprPtr& op : expr->operands) MarkRefs(op.get(), offset, used);
}

void MarkAll(std::vector<bool>& used) { used.assign(used.size(), true); }

void MarkInput(const bound::SingleInput& input, std::vector<std::vector<bool>>& read) {
  if (input.source != bound::SourceKind::kStream) return;
  MarkAll(read[input.id]);
}

}  // namespace

std::vector<std::vector<bool>> AttributesRead(const bound::App& app) {
  std::vector<std::vector<bool>> read;
  read.reserve(app.streams.size());
  for (const bound::Stream& s : app.streams) read.emplace_back(s.schema.size(), false);

  for (const bound::Query& q : app.queries) {
    if (const auto* join = std::get_if<bound::JoinInput>(&q.input)) {
      MarkInput(join->left, read);
      MarkInput(join->right, read);
      continue;
    }
    if (const auto* pattern = std::get_if<bound::PatternInput>(&q.input)) {
      for (const bound::PatternState& state : pattern->states) MarkInput(state.input, read);
      continue;
    }
    const auto& input = std::get<bound::SingleInput>(q.input);
    if (input.source != bound::SourceKind::kStream) continue;
    std::vector<bool>& used = read[input.id];
    for (const bound::Handler& h : input.handlers) {
      switch (h.kind) {
        case bound::Handler::Kind::kFilter: MarkRefs(h.filter.get(), 0, used); break;
        case bound::Handler::Kind::kWindow:
          for (const bound::ExprPtr& a : h.window.args) MarkRefs(a.get(), 0, used);
          break;
        case bound::Handler::Kind::kStreamFunction: MarkAll(used); break;
      }
    }
    // The selector reads the input scope (whose first columns are the stream's attributes),
    // followed by aggregate columns; `having` reads output ++ that scope.
    const bound::Selector& sel = q.selector;
    for (const bound::AggregateCall& a : sel.aggregates) {
      for (const bound::ExprPtr& e : a.args) MarkRefs(e.get(), 0, used);
    }
    for (const bound::ExprPtr& g : sel.group_by) MarkRefs(g.get(), 0, used);
    for (const bound::Projection& p : sel.projections) MarkRefs(p.expr.get(), 0, used);
    MarkRefs(sel.having.get(), static_cast<int>(sel.output.size()), used);
  }
  for (const bound::Partition& p : app.partitions) {
    for (const bound::PartitionKey& key : p.keys) {
      if (key.stream < 0) continue;
      MarkRefs(key.value.get(), 0, read[key.stream]);
      for (const auto& [condition, label] : key.ranges) MarkRefs(condition.get(), 0, read[key.stream]);
    }
  }
  return read;
}

}  // namespace talon::exec
