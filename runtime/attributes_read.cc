#include "runtime/attributes_read.h"

#include <string_view>
#include <variant>

#include "absl/strings/match.h"

namespace talon::exec {
namespace {

using Uses = std::vector<AttributeUse>;

void Note(Uses& uses, int a, AttributeUse use) {
  if (a < 0 || a >= static_cast<int>(uses.size())) return;
  if (use > uses[a]) uses[a] = use;
}

// Calls note(column, use) for every scope column `expr` reads; `carried` says whether expr's
// value is only carried.
template <typename NoteFn>
void MarkWith(const bound::Expr* expr, bool carried, const NoteFn& note) {
  if (expr == nullptr) return;
  if (expr->kind == bound::ExprKind::kFieldRef) {
    note(expr->column, carried ? AttributeUse::kCarried : AttributeUse::kTyped);
  }
  bool object_function = expr->kind == bound::ExprKind::kCall && IsObjectFunction(*expr);
  for (size_t i = 0; i < expr->operands.size(); ++i) {
    bool operand_carried = object_function && i == 0 && (!IsCast(*expr) || carried);
    MarkWith(expr->operands[i].get(), operand_carried, note);
  }
}

// Marks the attributes of `uses` (a stream's) that `expr` reads through columns
// [offset, offset + width) of its scope.
void Mark(const bound::Expr* expr, int offset, bool carried, Uses& uses) {
  MarkWith(expr, carried, [&](int column, AttributeUse use) { Note(uses, column - offset, use); });
}

void MarkAll(Uses& uses) { uses.assign(uses.size(), AttributeUse::kTyped); }

void MarkInput(const bound::SingleInput& input, std::vector<Uses>& streams) {
  if (input.source != bound::SourceKind::kStream) return;
  MarkAll(streams[input.id]);
}

// Whether the selector hands its rows on one to one, so a projection's value reaches the
// output unchanged: no aggregation or ordering (the target is the caller's to check).
bool SelectorHandsRowsOn(const bound::Selector& sel) {
  return sel.aggregates.empty() && sel.group_by.empty() && sel.order_by.empty();
}

// The same, for a query whose target is a stream (or only callbacks).
bool SelectorMayCarry(const bound::Query& q) {
  return SelectorHandsRowsOn(q.selector) &&
         (q.output.target_kind == bound::Output::TargetKind::kStream ||
          q.output.target_kind == bound::Output::TargetKind::kNone);
}

// What a query input's filters and window parameters read of its stream; stream functions,
// not analyzed precisely, read all of it.
void MarkHandlers(const bound::SingleInput& input, Uses& uses) {
  for (const bound::Handler& h : input.handlers) {
    switch (h.kind) {
      case bound::Handler::Kind::kFilter: Mark(h.filter.get(), 0, false, uses); break;
      case bound::Handler::Kind::kWindow:
        for (const bound::ExprPtr& a : h.window.args) Mark(a.get(), 0, false, uses);
        break;
      case bound::Handler::Kind::kStreamFunction: MarkAll(uses); break;
    }
  }
}

// What the selector reads of its input scope, as note(column, use) with column counted in that
// scope (aggregate columns follow it; `having` reads output ++ scope).
template <typename NoteFn>
void MarkSelector(const bound::Selector& sel, const std::vector<bool>& carried,
                  const NoteFn& note) {
  for (const bound::AggregateCall& a : sel.aggregates) {
    for (const bound::ExprPtr& e : a.args) MarkWith(e.get(), false, note);
  }
  for (const bound::ExprPtr& g : sel.group_by) MarkWith(g.get(), false, note);
  for (size_t p = 0; p < sel.projections.size(); ++p) {
    MarkWith(sel.projections[p].expr.get(), carried[p], note);
  }
  const int outputs = static_cast<int>(sel.output.size());
  MarkWith(sel.having.get(), false,
           [&](int column, AttributeUse use) { note(column - outputs, use); });
  for (const bound::OrderBy& o : sel.order_by) {
    if (o.input) note(o.column, AttributeUse::kTyped);
  }
}

// Output columns that `having` reads (its scope is output ++ selector scope).
void MarkOutputRefs(const bound::Expr* expr, std::vector<bool>& carried) {
  if (expr == nullptr) return;
  if (expr->kind == bound::ExprKind::kFieldRef && expr->column >= 0 &&
      expr->column < static_cast<int>(carried.size())) {
    carried[expr->column] = false;
  }
  for (const bound::ExprPtr& op : expr->operands) MarkOutputRefs(op.get(), carried);
}

// A join reads what each side's filters and window parameters read of it, and what `on` and
// the selector read of the joined scope (left ++ right). A side with stream functions reads
// its whole stream.
void MarkJoin(const bound::Query& q, const bound::JoinInput& join,
              const std::vector<bool>& carried, std::vector<Uses>& streams) {
  const bound::SingleInput* sides[2] = {&join.left, &join.right};
  Uses* uses[2] = {nullptr, nullptr};
  for (int s = 0; s < 2; ++s) {
    const bound::SingleInput& in = *sides[s];
    if (in.source != bound::SourceKind::kStream) continue;
    uses[s] = &streams[in.id];
    MarkHandlers(in, *uses[s]);
  }
  const int left_width = static_cast<int>(join.left.scope.size());
  const int width = left_width + static_cast<int>(join.right.scope.size());
  auto note = [&](int column, AttributeUse use) {
    if (column < 0 || column >= width) return;  // an aggregate column
    int s = column < left_width ? 0 : 1;
    if (uses[s] != nullptr) Note(*uses[s], column - (s == 0 ? 0 : left_width), use);
  };
  MarkWith(join.on.get(), false, note);
  // A join with an aggregation: `within` and `per` read the other side's event alone.
  const int reader = join.left.source == bound::SourceKind::kAggregation ? 1 : 0;
  if (uses[reader] != nullptr) {
    for (const bound::ExprPtr* e : {&join.aggregation_read.within_start,
                                    &join.aggregation_read.within_end,
                                    &join.aggregation_read.per}) {
      Mark(e->get(), 0, false, *uses[reader]);
    }
  }
  MarkSelector(q.selector, carried, note);
}

// A pattern reads, per state, what its condition reads of its own event and of earlier events
// (through refs), and what the selector reads through refs. A state with stream functions
// reads its whole stream.
void MarkPattern(const bound::Query& q, const bound::PatternInput& pattern,
                 const std::vector<bool>& carried, std::vector<Uses>& streams) {
  auto plain = [](const bound::SingleInput& in) {
    return in.source == bound::SourceKind::kStream && in.handlers.empty();
  };
  // Scope column k of a selector, or of a condition past its own stream: refs[k].
  auto note_ref = [&](int k, AttributeUse use) {
    if (k < 0 || k >= static_cast<int>(pattern.refs.size())) return;
    const bound::StateRef& ref = pattern.refs[k];
    if (ref.state < 0 || ref.attribute < 0) return;  // `e is null` reads no attribute
    const bound::SingleInput& in = pattern.states[ref.state].input;
    if (plain(in)) Note(streams[in.id], ref.attribute, use);
  };
  for (const bound::PatternState& state : pattern.states) {
    const bound::SingleInput& in = state.input;
    if (in.source != bound::SourceKind::kStream) continue;
    if (!plain(in)) {
      MarkAll(streams[in.id]);
      continue;
    }
    const int own = static_cast<int>(in.scope.size());
    MarkWith(state.condition.get(), false, [&](int column, AttributeUse use) {
      if (column < own) {
        Note(streams[in.id], column, use);
      } else {
        note_ref(column - own, use);
      }
    });
  }
  MarkSelector(q.selector, carried, note_ref);
}

std::vector<Uses> StreamUses(const bound::App& app,
                             const std::vector<std::vector<bool>>& carried) {
  std::vector<Uses> streams;
  streams.reserve(app.streams.size());
  for (const bound::Stream& s : app.streams) streams.emplace_back(s.schema.size(), AttributeUse::kUnread);

  for (size_t qi = 0; qi < app.queries.size(); ++qi) {
    const bound::Query& q = app.queries[qi];
    if (const auto* join = std::get_if<bound::JoinInput>(&q.input)) {
      MarkJoin(q, *join, carried[qi], streams);
      continue;
    }
    if (const auto* pattern = std::get_if<bound::PatternInput>(&q.input)) {
      MarkPattern(q, *pattern, carried[qi], streams);
      continue;
    }
    const auto& input = std::get<bound::SingleInput>(q.input);
    if (input.source != bound::SourceKind::kStream) continue;
    Uses& uses = streams[input.id];
    MarkHandlers(input, uses);
    // The input scope's first columns are the stream's attributes.
    MarkSelector(q.selector, carried[qi],
                 [&](int column, AttributeUse use) { Note(uses, column, use); });
  }
  // Incremental aggregations read their input stream's attributes as typed.
  for (const bound::Aggregation& a : app.aggregations) MarkInput(a.input, streams);
  for (const bound::Partition& p : app.partitions) {
    for (const bound::PartitionKey& key : p.keys) {
      if (key.stream < 0) continue;
      Mark(key.value.get(), 0, false, streams[key.stream]);
      for (const auto& [condition, label] : key.ranges) {
        Mark(condition.get(), 0, false, streams[key.stream]);
      }
    }
  }
  return streams;
}

}  // namespace

bool IsCast(const bound::Expr& call) {
  return call.kind == bound::ExprKind::kCall && call.name == "cast";
}

bool IsObjectFunction(const bound::Expr& call) {
  if (call.kind != bound::ExprKind::kCall) return false;
  return call.name == "cast" || call.name == "convert" ||
         absl::StartsWith(call.name, "instanceOf");
}

std::vector<bool> OnDemandCarriedProjections(const bound::OnDemandQuery& query) {
  const bound::Selector& sel = query.selector;
  bool may_carry = SelectorHandsRowsOn(sel) &&
                   query.output.target_kind == bound::Output::TargetKind::kNone;
  std::vector<bool> carried(sel.projections.size(), may_carry);
  MarkOutputRefs(sel.having.get(), carried);
  return carried;
}

ValueUses AnalyzeValueUses(const bound::App& app) {
  ValueUses result;
  std::vector<std::vector<bool>>& carried = result.carried_projections;
  carried.reserve(app.queries.size());
  for (const bound::Query& q : app.queries) {
    std::vector<bool> c(q.selector.projections.size(), SelectorMayCarry(q));
    MarkOutputRefs(q.selector.having.get(), c);
    carried.push_back(std::move(c));
  }
  // A projection inserted into a stream carries its value only if nothing reads that stream's
  // attribute as typed. Carried projections only become typed, so this ends.
  while (true) {
    result.streams = StreamUses(app, carried);
    bool changed = false;
    for (size_t qi = 0; qi < app.queries.size(); ++qi) {
      const bound::Output& out = app.queries[qi].output;
      if (out.target_kind != bound::Output::TargetKind::kStream || out.target < 0) continue;
      const Uses& target = result.streams[out.target];
      for (size_t p = 0; p < carried[qi].size(); ++p) {
        if (carried[qi][p] && p < target.size() && target[p] == AttributeUse::kTyped) {
          carried[qi][p] = false;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return result;
}

}  // namespace talon::exec
