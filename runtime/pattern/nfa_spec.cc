// BuildNfaSpec: the wiring of Siddhi's StateInputStreamParser, computed once per query.
//
// Siddhi numbers states in parse order, visiting the right side of `and` / `or` before the left,
// and puts the `not` side of a mixed `and` / `or` on the left whatever the written order
// (State.logicalNotAnd / logicalOr). Those numbers matter: `every` copies clear the states from
// the `every` on, a counting state looks one and two states ahead, and a stream feeding several
// states offers each event to the highest-numbered state first.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "runtime/pattern/nfa.h"

namespace talon::exec::pattern {
namespace {

struct Piece {
  int first = -1;
  int last = -1;
};

class SpecBuilder {
 public:
  SpecBuilder(const bound::PatternInput& pattern, NfaSpec& spec) : pattern_(pattern), spec_(spec) {}

  absl::StatusOr<Piece> Build(const bound::StateNode& node, bool start,
                              std::vector<int>* scope) {
    if (node.within_ms && !spec_.within_ms) spec_.within_ms = node.within_ms;
    switch (node.kind) {
      case bound::StateNode::Kind::kState: {
        int s = node.state;
        const bound::PatternState& ps = pattern_.states[s];
        NfaState& st = spec_.states[s];
        if (ps.kind == bound::PatternState::Kind::kAbsent) {
          st.kind = StateKind::kAbsent;
          spec_.timer_order.push_back(s);
        } else if (ps.counted) {
          st.kind = StateKind::kCount;
        } else {
          st.kind = StateKind::kStream;
        }
        Visit(s, start, scope);
        return Piece{s, s};
      }
      case bound::StateNode::Kind::kNext: {
        std::vector<Piece> pieces;
        for (size_t i = 0; i < node.children.size(); ++i) {
          absl::StatusOr<Piece> piece = Build(*node.children[i], start && i == 0, scope);
          if (!piece.ok()) return piece.status();
          pieces.push_back(*piece);
        }
        for (size_t i = 0; i + 1 < pieces.size(); ++i) WireNext(pieces[i].last, pieces[i + 1].first);
        return Piece{pieces.front().first, pieces.back().last};
      }
      case bound::StateNode::Kind::kEvery: {
        if (in_every_) return absl::UnimplementedError("'every' inside 'every'");
        in_every_ = true;
        std::vector<int> inner;
        absl::StatusOr<Piece> piece = Build(*node.children[0], start, &inner);
        in_every_ = false;
        if (!piece.ok()) return piece.status();
        SetNextEvery(piece->last, piece->first);
        for (int s : inner) spec_.states[s].within_every = piece->first;
        if (scope != nullptr) scope->insert(scope->end(), inner.begin(), inner.end());
        return *piece;
      }
      case bound::StateNode::Kind::kAnd:
      case bound::StateNode::Kind::kOr: {
        if (node.children.size() != 2 ||
            node.children[0]->kind != bound::StateNode::Kind::kState ||
            node.children[1]->kind != bound::StateNode::Kind::kState) {
          return absl::UnimplementedError("'and' / 'or' over more than two single events");
        }
        int a = node.children[0]->state;
        int b = node.children[1]->state;
        auto absent = [&](int s) {
          return pattern_.states[s].kind == bound::PatternState::Kind::kAbsent;
        };
        for (int s : {a, b}) {
          if (!absent(s) && pattern_.states[s].counted) {
            return absl::UnimplementedError("a count inside 'and' / 'or'");
          }
        }
        // Siddhi puts the `not` side first (State.logicalNotAnd / logicalOr).
        int p1 = a, p2 = b;
        if (absent(b) && !absent(a)) std::swap(p1, p2);
        bool is_and = node.kind == bound::StateNode::Kind::kAnd;
        for (int s : {p1, p2}) {
          NfaState& st = spec_.states[s];
          st.kind = absent(s) ? StateKind::kAbsentLogical : StateKind::kLogical;
          st.is_and = is_and;
          st.partner = s == p1 ? p2 : p1;
          if (absent(s)) spec_.timer_order.push_back(s);
        }
        Visit(p2, start, scope);
        Visit(p1, start, scope);
        return Piece{p1, p2};
      }
    }
    return absl::InternalError("unknown pattern node");
  }

  void Finish(const Piece& root) {
    NfaState& last = spec_.states[root.last];
    last.emits = true;
    if (IsLogical(root.last)) spec_.states[last.partner].emits = true;
    for (size_t s = 0; s < spec_.states.size(); ++s) spec_.states[s].watch = static_cast<int>(s);
    spec_.states[root.first].watch = root.last;

    std::vector<int> by_order(spec_.states.size());
    for (size_t s = 0; s < spec_.states.size(); ++s) by_order[spec_.states[s].order] = static_cast<int>(s);
    int n = static_cast<int>(by_order.size());
    for (NfaState& st : spec_.states) {
      if (st.order + 1 < n) st.after1 = by_order[st.order + 1];
      if (st.order + 2 < n) st.after2 = by_order[st.order + 2];
      for (int o = st.order; o < n; ++o) st.every_clears.push_back(by_order[o]);
      if (st.start) {
        // start_states in order of state id, as Siddhi collects them.
      }
    }
    for (int o = 0; o < n; ++o) {
      int s = by_order[o];
      const NfaState& st = spec_.states[s];
      if (st.start) spec_.start_states.push_back(s);
      spec_.by_input[st.input].push_back(s);
      spec_.init_order.push_back(s);
    }
  }

  // Sequences reset and update the states before each event along Siddhi's runtime tree:
  // `a, b` resets b then a and updates a then b; `every x` and `a and b` touch only their first
  // (respectively right-hand) processor, whose logical partner follows it.
  void Sweep(const bound::StateNode& node) {
    switch (node.kind) {
      case bound::StateNode::Kind::kState:
        reset_.push_back(node.state);
        update_.push_back(node.state);
        return;
      case bound::StateNode::Kind::kNext: {
        std::vector<std::vector<int>> resets;
        std::vector<int> saved_reset = std::move(reset_);
        for (const auto& child : node.children) {
          reset_.clear();
          Sweep(*child);
          resets.push_back(reset_);
        }
        reset_ = std::move(saved_reset);
        for (auto it = resets.rbegin(); it != resets.rend(); ++it) {
          reset_.insert(reset_.end(), it->begin(), it->end());
        }
        return;
      }
      case bound::StateNode::Kind::kEvery: {
        int first = FirstOf(*node.children[0]);
        reset_.push_back(first);
        update_.push_back(first);
        return;
      }
      case bound::StateNode::Kind::kAnd:
      case bound::StateNode::Kind::kOr: {
        int a = node.children[0]->state;
        int p2 = spec_.states[a].partner;  // the partner of either side is the other side
        int s = spec_.states[a].order < spec_.states[p2].order ? a : p2;  // lower id = element 2
        reset_.push_back(s);
        update_.push_back(s);
        return;
      }
    }
  }

  std::vector<int> reset_;
  std::vector<int> update_;

 private:
  int FirstOf(const bound::StateNode& node) const {
    switch (node.kind) {
      case bound::StateNode::Kind::kState: return node.state;
      case bound::StateNode::Kind::kNext:
      case bound::StateNode::Kind::kEvery: return FirstOf(*node.children[0]);
      case bound::StateNode::Kind::kAnd:
      case bound::StateNode::Kind::kOr: {
        int a = node.children[0]->state;
        int b = spec_.states[a].partner;
        // element 1 (the higher id) is the logical's first processor
        return spec_.states[a].order > spec_.states[b].order ? a : b;
      }
    }
    return -1;
  }

  bool IsLogical(int s) const {
    StateKind k = spec_.states[s].kind;
    return k == StateKind::kLogical || k == StateKind::kAbsentLogical;
  }

  void Visit(int s, bool start, std::vector<int>* scope) {
    NfaState& st = spec_.states[s];
    st.order = next_order_++;
    st.start = start;
    if (scope != nullptr) scope->push_back(s);
  }

  void WireNext(int last, int first) {
    spec_.states[last].next = first;
    if (IsLogical(last)) spec_.states[spec_.states[last].partner].next = first;
    // CountPostStateProcessor.setNextStatePreProcessor: a leading zero-count state of a
    // sequence is re-armed whenever the state after it ends a match attempt.
    const NfaState& l = spec_.states[last];
    if (l.kind == StateKind::kCount && l.start && spec_.sequence && l.min_count == 0) {
      spec_.states[first].callback = last;
    }
  }

  void SetNextEvery(int last, int first) {
    spec_.states[last].next_every = first;
    if (IsLogical(last)) spec_.states[spec_.states[last].partner].next_every = first;
  }

  const bound::PatternInput& pattern_;
  NfaSpec& spec_;
  int next_order_ = 0;
  bool in_every_ = false;
};

}  // namespace

absl::StatusOr<NfaSpec> BuildNfaSpec(const bound::PatternInput& pattern) {
  NfaSpec spec;
  spec.sequence = pattern.is_sequence;
  spec.within_ms = pattern.within_ms;
  spec.states.resize(pattern.states.size());
  for (size_t s = 0; s < pattern.states.size(); ++s) {
    const bound::PatternState& ps = pattern.states[s];
    if (ps.input.source != bound::SourceKind::kStream) {
      return absl::UnimplementedError(
          absl::StrCat("pattern event '", ps.input.name, "' does not read a stream"));
    }
    for (const bound::Handler& h : ps.input.handlers) {
      if (h.kind != bound::Handler::Kind::kFilter) {
        return absl::UnimplementedError("stream functions and windows inside a pattern");
      }
    }
    auto it = std::find(spec.input_streams.begin(), spec.input_streams.end(), ps.input.id);
    int input = static_cast<int>(it - spec.input_streams.begin());
    if (it == spec.input_streams.end()) spec.input_streams.push_back(ps.input.id);
    NfaState& st = spec.states[s];
    st.input = input;
    st.named = !ps.event_name.empty();
    st.min_count = ps.min_count;
    st.max_count = ps.max_count;
    st.waiting_ms = ps.waiting_ms ? *ps.waiting_ms : -1;
  }
  spec.by_input.resize(spec.input_streams.size());
  if (pattern.root == nullptr) return absl::InvalidArgumentError("empty pattern");
  SpecBuilder builder(pattern, spec);
  absl::StatusOr<Piece> root = builder.Build(*pattern.root, /*start=*/true, nullptr);
  if (!root.ok()) return root.status();
  builder.Finish(*root);
  if (spec.sequence) {
    builder.Sweep(*pattern.root);
    spec.reset_order = builder.reset_;
    spec.update_order = builder.update_;
  }
  return spec;
}

}  // namespace talon::exec::pattern
