// Patterns and sequences: states in order of appearance, event names, counts, `every`,
// logical and/or, absent `not ... for`, `within`, and the e1.x / e1[0].x / e1[last].x references
// that become StateRefs (columns of the pattern scope).
#include "absl/strings/str_cat.h"
#include "frontend/analyzer.h"

namespace talon::frontend {

namespace {

// Builds the StateNode tree and the states (phase 1 of AnalyzePattern).
class PatternBuilder {
 public:
  PatternBuilder(Analyzer& analyzer, PatternStates* states, bound::PatternInput* out)
      : analyzer_(analyzer), states_(states), out_(out) {}

  std::unique_ptr<bound::StateNode> Build(const ast::StateElement& element) {
    auto node = std::make_unique<bound::StateNode>();
    node->span = element.span;
    if (element.within != nullptr) {
      node->within_ms = analyzer_.TimeConstant(*element.within, "'within'",
                                               DiagCode::kInvalidPattern);
      has_within_ = true;
    }
    switch (element.kind) {
      case ast::StateElement::Kind::kStream:
      case ast::StateElement::Kind::kAbsent:
        node->kind = bound::StateNode::Kind::kState;
        node->state = AddState(element);
        break;
      case ast::StateElement::Kind::kLogical:
        node->kind = element.is_and ? bound::StateNode::Kind::kAnd : bound::StateNode::Kind::kOr;
        for (const auto& child : element.children) node->children.push_back(Build(*child));
        break;
      case ast::StateElement::Kind::kNext:
        node->kind = bound::StateNode::Kind::kNext;
        for (const auto& child : element.children) node->children.push_back(Build(*child));
        break;
      case ast::StateElement::Kind::kEvery:
        node->kind = bound::StateNode::Kind::kEvery;
        if (first_every_ == nullptr) first_every_ = &element;
        for (const auto& child : element.children) node->children.push_back(Build(*child));
        break;
    }
    return node;
  }

  // The ast element of each state, for phase 2 (conditions).
  const std::vector<const ast::StateElement*>& elements() const { return elements_; }
  const ast::StateElement* first_every() const { return first_every_; }
  bool has_within() const { return has_within_; }

 private:
  int AddState(const ast::StateElement& element) {
    Diagnostics& diags = analyzer_.diags();
    bool absent = element.kind == ast::StateElement::Kind::kAbsent;
    bound::PatternState state;
    state.kind = absent ? bound::PatternState::Kind::kAbsent : bound::PatternState::Kind::kStream;
    state.event_name = element.event_name;
    state.span = element.span;
    ScopePart part =
        analyzer_.AnalyzeSingleInput(element.input, Analyzer::InputRole::kPattern, &state.input);

    // Event names are how expressions reach a state. Siddhi accepts a repeated name and
    // resolves it to the first event (EveryPatternTestCase.testQuery9), so this only warns.
    if (!element.event_name.empty()) {
      for (size_t i = 0; i < states_->states.size(); ++i) {
        if (states_->states[i].event_name != element.event_name) continue;
        Diagnostic& d = diags.Warning(
            DiagCode::kInvalidPattern, element.span,
            absl::StrCat("event name '", element.event_name, "' is used twice in this pattern; '",
                         element.event_name, ".x' refers to the first"));
        d.notes.push_back({absl::StrCat("'", element.event_name, "' is first used here"),
                           states_->states[i].span});
        break;
      }
    }

    if (!absent) {
      state.min_count = element.min_count;
      state.max_count = element.max_count;
      state.counted = element.has_count;
      bool bounded = element.max_count != -1;
      if (element.min_count < 0 || (bounded && element.max_count < 1) ||
          (bounded && element.max_count < element.min_count)) {
        std::string max = bounded ? absl::StrCat(element.max_count) : "";
        diags.Error(DiagCode::kInvalidPattern, element.span,
                    absl::StrCat("invalid count <", element.min_count, ":", max,
                                 ">: counts need 0 <= min <= max and max >= 1"));
      }
    }
    if (element.waiting_time != nullptr) {
      state.waiting_ms =
          analyzer_.TimeConstant(*element.waiting_time, "'for'", DiagCode::kInvalidPattern);
    }

    PatternStateInfo info;
    info.event_name = element.event_name;
    info.stream = part.name;
    info.schema = part.schema;
    info.counted = !absent && element.has_count;
    info.poisoned = part.poisoned;
    info.span = element.span;
    states_->states.push_back(std::move(info));
    out_->states.push_back(std::move(state));
    elements_.push_back(&element);
    return static_cast<int>(out_->states.size()) - 1;
  }

  Analyzer& analyzer_;
  PatternStates* states_;
  bound::PatternInput* out_;
  std::vector<const ast::StateElement*> elements_;
  const ast::StateElement* first_every_ = nullptr;
  bool has_within_ = false;
};

}  // namespace

Scope Analyzer::AnalyzePattern(const ast::StateInput& input, PatternStates* states,
                               bound::PatternInput* out) {
  out->is_sequence = input.is_sequence;
  out->span = input.span;
  states->refs = &out->refs;

  // Phase 1: every state with its stream and stream functions, so that a condition can name any
  // event of the pattern, including later ones.
  PatternBuilder builder(*this, states, out);
  if (input.root != nullptr) out->root = builder.Build(*input.root);
  bool has_within = builder.has_within();
  if (input.within != nullptr) {
    out->within_ms = TimeConstant(*input.within, "'within'", DiagCode::kInvalidPattern);
    has_within = true;
  }

  // Phase 2: each state's filters become its condition, over [its stream's columns ++ refs].
  // Unqualified names mean the state's own stream (Siddhi resolves them in the current state).
  bool any_poisoned = false;
  for (size_t i = 0; i < out->states.size(); ++i) {
    const PatternStateInfo& info = states->states[i];
    any_poisoned |= info.poisoned;
    if (info.poisoned) continue;
    Scope scope;
    ScopePart current;
    current.name = info.stream;
    current.alias = info.event_name;
    current.what = "stream";
    current.schema = info.schema;
    scope.AddPart(current);
    ScopePart events;
    events.what = "pattern";
    events.pattern = states;
    events.offset = static_cast<int>(info.schema.size());
    events.tier = 1;
    events.resolves_unqualified = false;
    events.current_state = static_cast<int>(i);
    scope.AddPart(events);

    std::vector<bound::ExprPtr> conditions;
    for (const ast::StreamHandler& handler : builder.elements()[i]->input.handlers) {
      if (handler.kind != ast::StreamHandler::Kind::kFilter) continue;
      ExprBinder binder(*this, scope, nullptr, "a pattern condition");
      if (bound::ExprPtr c = binder.BindCondition(*handler.filter, "a filter condition")) {
        conditions.push_back(std::move(c));
      }
    }
    // Several filters on one event ([a][b]) are one conjunction.
    bound::ExprPtr condition;
    for (bound::ExprPtr& c : conditions) {
      if (condition == nullptr) {
        condition = std::move(c);
        continue;
      }
      auto node = std::make_unique<bound::Expr>();
      node->kind = bound::ExprKind::kAnd;
      node->type = Type::kBool;
      node->span = SourceSpan::Cover(condition->span, c->span);
      node->operands.push_back(std::move(condition));
      node->operands.push_back(std::move(c));
      condition = std::move(node);
    }
    out->states[i].condition = std::move(condition);
  }

  // `every` restarts the pattern at each matching event; without `within`, partial matches that
  // never complete are kept forever. One state has no partial matches, and a sequence drops them
  // at the first event that breaks it.
  if (!input.is_sequence && !has_within && builder.first_every() != nullptr &&
      out->states.size() > 1) {
    diags_.Warning(DiagCode::kUnboundedState, builder.first_every()->span,
                   "pattern state is unbounded: 'every' without 'within' keeps partial matches "
                   "forever; add 'within <time>'");
  }

  // The selector sees the pattern's event references.
  Scope scope;
  ScopePart events;
  events.what = "pattern";
  events.pattern = states;
  events.poisoned = any_poisoned;
  scope.AddPart(events);
  return scope;
}

}  // namespace talon::frontend
