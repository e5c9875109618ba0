// Patterns (`every e1=A -> e2=B<2:> -> not C for 1 sec within 1 min`) and sequences
// (`every e1=A, e2=B+, e3=C?`) -> trees of ast::StateElement.
//
// Shape of the tree: a chain of two or more elements is one kNext node whose children are in
// source order; a parenthesized chain without `every` is spliced into the chain around it, so
// `(A -> B) -> C` and `A -> (B -> C)` both give (next A B C), as Siddhi's NextStateElement
// nesting means the same either way. `every X` is kEvery over X; `A and B` / `A or B` is
// kLogical; counts live on the kStream element they apply to.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "antlr4-runtime.h"
#include "frontend/ast_builder.h"
#include "grammar/generated/CQLParser.h"

namespace talon::frontend {

using grammar::CQLParser;

namespace {

using StatePtr = std::unique_ptr<ast::StateElement>;

StatePtr MakeState(ast::StateElement::Kind kind, SourceSpan span) {
  auto state = std::make_unique<ast::StateElement>();
  state->kind = kind;
  state->span = span;
  return state;
}

// Walks one pattern or sequence. Holds the rules of SiddhiQL.g4 that CQL.g4 relaxes (README
// "What the builder must check", items 5 and 6).
class StateTreeBuilder {
 public:
  explicit StateTreeBuilder(AstBuilder& b) : b_(b) {}

  // --- Patterns ---

  StatePtr PatternChain(CQLParser::Pattern_chainContext* ctx, bool inside_every) {
    std::vector<StatePtr> elements;
    for (CQLParser::Pattern_elementContext* e : ctx->pattern_element()) {
      elements.push_back(PatternElement(e, inside_every));
    }
    return Chain(std::move(elements), b_.SpanOf(ctx));
  }

  StatePtr PatternElement(CQLParser::Pattern_elementContext* ctx, bool inside_every) {
    if (auto* grouped = dynamic_cast<CQLParser::GroupedPatternElementContext*>(ctx)) {
      bool every = grouped->every != nullptr;
      CheckEveryNesting(grouped->every, inside_every);
      StatePtr inner = PatternChain(grouped->pattern_chain(), inside_every || every);
      return every ? Every(std::move(inner), b_.SpanOf(ctx)) : std::move(inner);
    }
    auto* source = As<CQLParser::SourcePatternElementContext>(ctx);
    CheckEveryNesting(source->every, inside_every);
    StatePtr inner = PatternSource(source->pattern_source());
    return source->every != nullptr ? Every(std::move(inner), b_.SpanOf(ctx)) : std::move(inner);
  }

  StatePtr PatternSource(CQLParser::Pattern_sourceContext* ctx) {
    if (auto* logical = dynamic_cast<CQLParser::LogicalPatternSourceContext*>(ctx)) {
      return Logical(logical->left, logical->op, logical->right, b_.SpanOf(ctx));
    }
    if (auto* counting = dynamic_cast<CQLParser::CountingPatternSourceContext*>(ctx)) {
      StatePtr state = StatefulSource(counting->stateful_source());
      SetCount(*state, counting->collect());
      state->span = b_.SpanOf(ctx);
      return state;
    }
    if (auto* absent = dynamic_cast<CQLParser::AbsentPatternSourceContext*>(ctx)) {
      return Absent(absent->basic_source(), absent->for_time(), b_.SpanOf(ctx));
    }
    auto* standard = As<CQLParser::StandardPatternSourceContext>(ctx);
    return StatefulSource(standard->stateful_source());
  }

  // --- Sequences ---

  // `every` is allowed on the first element only (SiddhiQL.g4 every_sequence_source_chain:
  // EVERY? sequence_source ',' sequence_source_chain).
  StatePtr SequenceStream(CQLParser::Sequence_streamContext* ctx) {
    std::vector<StatePtr> elements;
    std::vector<CQLParser::Sequence_elementContext*> list = ctx->sequence_element();
    for (size_t i = 0; i < list.size(); ++i) {
      elements.push_back(SequenceElement(list[i], /*every_allowed=*/i == 0));
    }
    SourceSpan span = SourceSpan::Cover(b_.SpanOf(list.front()), b_.SpanOf(list.back()));
    return Chain(std::move(elements), span);
  }

  StatePtr SequenceElement(CQLParser::Sequence_elementContext* ctx, bool every_allowed) {
    antlr4::Token* every = nullptr;
    StatePtr inner;
    if (auto* grouped = dynamic_cast<CQLParser::GroupedSequenceElementContext*>(ctx)) {
      every = grouped->every;
      std::vector<StatePtr> elements;
      for (CQLParser::Sequence_elementContext* e : grouped->sequence_element()) {
        elements.push_back(SequenceElement(e, /*every_allowed=*/false));
      }
      inner = Chain(std::move(elements), b_.SpanOf(ctx));
    } else {
      auto* source = As<CQLParser::SourceSequenceElementContext>(ctx);
      every = source->every;
      inner = SequenceSource(source->sequence_source());
    }
    if (every == nullptr) return inner;
    if (!every_allowed) {
      b_.Error(DiagCode::kInvalidPattern, b_.SpanOf(every),
               "in a sequence, 'every' can only start the first element");
    }
    return Every(std::move(inner), b_.SpanOf(ctx));
  }

  StatePtr SequenceSource(CQLParser::Sequence_sourceContext* ctx) {
    if (auto* logical = dynamic_cast<CQLParser::LogicalSequenceSourceContext*>(ctx)) {
      return Logical(logical->left, logical->op, logical->right, b_.SpanOf(ctx));
    }
    if (auto* counting = dynamic_cast<CQLParser::CountingSequenceSourceContext*>(ctx)) {
      StatePtr state = StatefulSource(counting->stateful_source());
      SetCount(*state, counting->collect());
      state->span = b_.SpanOf(ctx);
      return state;
    }
    if (auto* quantified = dynamic_cast<CQLParser::QuantifiedSequenceSourceContext*>(ctx)) {
      // Siddhi's visitSequence_collection_stateful_source: + is (1, ANY), * is (0, ANY),
      // ? is (0, 1).
      StatePtr state = StatefulSource(quantified->stateful_source());
      state->has_count = true;
      switch (quantified->quantifier->getType()) {
        case CQLParser::PLUS:
          state->min_count = 1;
          state->max_count = -1;
          break;
        case CQLParser::STAR:
          state->min_count = 0;
          state->max_count = -1;
          break;
        default:
          state->min_count = 0;
          state->max_count = 1;
          break;
      }
      state->span = b_.SpanOf(ctx);
      return state;
    }
    if (auto* absent = dynamic_cast<CQLParser::AbsentSequenceSourceContext*>(ctx)) {
      return Absent(absent->basic_source(), absent->for_time(), b_.SpanOf(ctx));
    }
    auto* standard = As<CQLParser::StandardSequenceSourceContext>(ctx);
    return StatefulSource(standard->stateful_source());
  }

 private:
  // One element stays as it is; more become a kNext, splicing in nested kNext children
  // (parenthesized chains without `every`).
  StatePtr Chain(std::vector<StatePtr> elements, SourceSpan span) {
    if (elements.size() == 1) return std::move(elements.front());
    StatePtr next = MakeState(ast::StateElement::Kind::kNext, span);
    for (StatePtr& e : elements) {
      if (e->kind == ast::StateElement::Kind::kNext && !e->within) {
        for (StatePtr& child : e->children) next->children.push_back(std::move(child));
      } else {
        next->children.push_back(std::move(e));
      }
    }
    return next;
  }

  StatePtr Every(StatePtr inner, SourceSpan span) {
    StatePtr every = MakeState(ast::StateElement::Kind::kEvery, span);
    every->children.push_back(std::move(inner));
    return every;
  }

  // Siddhi's every_pattern_source_chain allows `every` before an element or a group, but
  // not again inside an `every (...)` group.
  void CheckEveryNesting(antlr4::Token* every, bool inside_every) {
    if (every != nullptr && inside_every) {
      b_.Error(DiagCode::kInvalidPattern, b_.SpanOf(every),
               "'every' cannot be nested inside another 'every'");
    }
  }

  // `e1=S[filter]#fn()`. Like Siddhi's visitStandard_stateful_source, the event name replaces
  // the stream name among the active streams.
  StatePtr StatefulSource(CQLParser::Stateful_sourceContext* ctx) {
    StatePtr state = MakeState(ast::StateElement::Kind::kStream, b_.SpanOf(ctx));
    if (ctx->event != nullptr) {
      state->event_name = b_.Name(ctx->event);
      b_.AddActiveStream(state->event_name);
    }
    state->input = b_.BasicSource(ctx->basic_source());
    if (ctx->event != nullptr) b_.RemoveActiveStream(ctx->basic_source()->source()->getText());
    return state;
  }

  StatePtr Absent(CQLParser::Basic_sourceContext* source, CQLParser::For_timeContext* for_time,
                  SourceSpan span) {
    StatePtr state = MakeState(ast::StateElement::Kind::kAbsent, span);
    state->input = b_.BasicSource(source);
    if (for_time != nullptr) state->waiting_time = b_.TimeValue(for_time->time_value());
    return state;
  }

  StatePtr LogicalOperand(CQLParser::Logical_operandContext* ctx) {
    if (auto* absent = dynamic_cast<CQLParser::AbsentLogicalOperandContext*>(ctx)) {
      return Absent(absent->basic_source(), absent->for_time(), b_.SpanOf(ctx));
    }
    auto* present = As<CQLParser::PresentLogicalOperandContext>(ctx);
    return StatefulSource(present->stateful_source());
  }

  // `A and B`, `A or B`. SiddhiQL.g4 logical_absent_stateful_source: `not X` without `for`
  // only pairs with a present stream through `and` (it waits for that stream instead of a
  // time); with `or`, or against another `not`, it needs `for <time>`.
  StatePtr Logical(CQLParser::Logical_operandContext* left, antlr4::Token* op,
                   CQLParser::Logical_operandContext* right, SourceSpan span) {
    StatePtr state = MakeState(ast::StateElement::Kind::kLogical, span);
    state->is_and = op->getType() == CQLParser::AND;
    state->children.push_back(LogicalOperand(left));
    state->children.push_back(LogicalOperand(right));
    const ast::StateElement& l = *state->children[0];
    const ast::StateElement& r = *state->children[1];
    auto untimed_absent = [](const ast::StateElement& e) {
      return e.kind == ast::StateElement::Kind::kAbsent && e.waiting_time == nullptr;
    };
    for (const ast::StateElement* e : {&l, &r}) {
      const ast::StateElement& other = e == &l ? r : l;
      if (!untimed_absent(*e)) continue;
      if (!state->is_and) {
        b_.Error(
            DiagCode::kInvalidPattern, e->span,
            absl::StrCat("'not ", e->input.stream, "' needs 'for <time>' when combined with 'or'"));
      } else if (other.kind == ast::StateElement::Kind::kAbsent) {
        b_.Error(DiagCode::kInvalidPattern, e->span,
                 absl::StrCat("'not ", e->input.stream,
                              "' needs 'for <time>' when the other side of 'and' is also 'not'"));
      }
    }
    return state;
  }

  // `<n>`, `<n:m>`, `<n:>`, `<:m>`; an open end is -1 (Siddhi's CountStateElement.ANY), an
  // open start 0.
  void SetCount(ast::StateElement& state, CQLParser::CollectContext* ctx) {
    state.has_count = true;
    if (auto* exact = dynamic_cast<CQLParser::ExactCollectContext*>(ctx)) {
      state.min_count = state.max_count = b_.IntToken(exact->exact);
    } else if (auto* range = dynamic_cast<CQLParser::RangeCollectContext*>(ctx)) {
      state.min_count = b_.IntToken(range->min_count);
      state.max_count = b_.IntToken(range->max_count);
    } else if (auto* min = dynamic_cast<CQLParser::MinCollectContext*>(ctx)) {
      state.min_count = b_.IntToken(min->min_count);
      state.max_count = -1;
    } else if (auto* max = dynamic_cast<CQLParser::MaxCollectContext*>(ctx)) {
      state.min_count = 0;
      state.max_count = b_.IntToken(max->max_count);
    }
  }

  AstBuilder& b_;
};

}  // namespace

ast::StateInput AstBuilder::StateInput(antlr4::ParserRuleContext* state_stream) {
  ast::StateInput input;
  input.span = SpanOf(state_stream);
  if (auto* pattern = dynamic_cast<CQLParser::Pattern_streamContext*>(state_stream)) {
    StateTreeBuilder builder(*this);
    input.root = builder.PatternChain(pattern->pattern_chain(), /*inside_every=*/false);
    if (pattern->within_time() != nullptr) {
      input.within = TimeValue(pattern->within_time()->time_value());
    }
  } else {
    auto* sequence = As<CQLParser::Sequence_streamContext>(state_stream);
    input.is_sequence = true;
    StateTreeBuilder builder(*this);
    input.root = builder.SequenceStream(sequence);
    if (sequence->within_time() != nullptr) {
      input.within = TimeValue(sequence->within_time()->time_value());
    }
  }
  return input;
}

}  // namespace talon::frontend
