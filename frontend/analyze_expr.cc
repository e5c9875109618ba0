// Expressions: name resolution over scopes (with "did you mean"), typing by Siddhi's rules,
// implicit numeric casts, and function/aggregator resolution through the Catalog.
#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "frontend/analyzer.h"

namespace talon::frontend {

namespace {

bool IsOrdering(ast::BinaryOp op) {
  return op == ast::BinaryOp::kLt || op == ast::BinaryOp::kLe || op == ast::BinaryOp::kGt ||
         op == ast::BinaryOp::kGe;
}

std::string TypeText(Type type) { return std::string(TypeName(type)); }

std::string IndexText(const ast::EventIndex& index) {
  switch (index.kind) {
    case ast::EventIndex::Kind::kNone: return "";
    case ast::EventIndex::Kind::kNumber: return absl::StrCat("[", index.value, "]");
    case ast::EventIndex::Kind::kLast:
      return index.value == 0 ? "[last]" : absl::StrCat("[last-", index.value, "]");
  }
  return "";
}

void AddSuggestion(Diagnostic& d, std::string_view name, const std::vector<std::string>& names) {
  std::string suggestion = ClosestMatch(name, names);
  if (!suggestion.empty()) d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
}

// The reference as the user wrote it: "e1[0].price", "#S.x", "price".
std::string Qualifier(const ast::AttributeRef& ref) {
  if (ref.stream_inner) return "#" + ref.stream;
  if (ref.stream_fault) return "!" + ref.stream;
  return ref.stream;
}

std::string RefText(const ast::AttributeRef& ref) {
  if (ref.stream.empty()) return ref.name;
  return absl::StrCat(Qualifier(ref), IndexText(ref.index), ".", ref.name);
}

// `value` converted to numeric `type` (a literal meeting a wider operand: 10 -> 10.0F).
Value ConvertNumeric(const Value& value, Type type) {
  if (value.is_null()) return Value::Null(type);
  switch (type) {
    case Type::kInt: return Value::Int(static_cast<int32_t>(value.AsLong()));
    case Type::kLong: return Value::Long(value.AsLong());
    case Type::kFloat: return Value::Float(static_cast<float>(value.AsDouble()));
    case Type::kDouble:
      // Exact widening, as Java's: 1.1F becomes 1.100000023841858, like Siddhi's executors.
      return Value::Double(value.AsDouble());
    default: return value;
  }
}

bool IsNullConstant(const bound::Expr& e) { return e.IsConstant() && e.value.is_null(); }

bound::ExprPtr MakeNode(bound::ExprKind kind, Type type, SourceSpan span) {
  auto e = std::make_unique<bound::Expr>();
  e->kind = kind;
  e->type = type;
  e->span = span;
  return e;
}

// A short name for an aggregate's column (explain only): sum(price).
std::string AggregateDisplay(std::string_view name, const std::vector<bound::ExprPtr>& args) {
  std::vector<std::string> parts;
  for (const bound::ExprPtr& arg : args) {
    if (arg->kind == bound::ExprKind::kFieldRef) {
      parts.push_back(arg->name);
    } else if (arg->IsConstant()) {
      parts.push_back(arg->value.ToLiteral());
    } else {
      parts.push_back("...");
    }
  }
  return absl::StrCat(std::string(name), "(", absl::StrJoin(parts, ", "), ")");
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Helpers shared with the other analyze_*.cc files.

std::string QualifiedName(std::string_view ns, std::string_view name) {
  return ns.empty() ? std::string(name) : absl::StrCat(std::string(ns), ":", std::string(name));
}

bound::ExprPtr CastTo(bound::ExprPtr expr, Type type) {
  if (expr->type == type) return expr;
  if (expr->IsConstant()) {
    expr->value = ConvertNumeric(expr->value, type);
    expr->type = type;
    return expr;
  }
  auto cast = std::make_unique<bound::Expr>();
  cast->kind = bound::ExprKind::kCast;
  cast->type = type;
  cast->span = expr->span;
  cast->operands.push_back(std::move(expr));
  return cast;
}

ArgInfo MakeArgInfo(const ast::Expr& ast_arg, const bound::Expr& bound_arg) {
  ArgInfo info;
  info.type = bound_arg.type;
  if (bound_arg.IsConstant()) info.constant = bound_arg.value;
  info.is_attribute = ast_arg.kind == ast::ExprKind::kAttribute;
  return info;
}

Diagnostic& ReportLookupError(Diagnostics& diags, const LookupError& error, SourceSpan call_span,
                              const std::vector<SourceSpan>& arg_spans) {
  SourceSpan span = call_span;
  if (error.arg_index >= 0 && error.arg_index < static_cast<int>(arg_spans.size())) {
    span = arg_spans[error.arg_index];
  }
  return diags.Error(error.code, span, error.message);
}

int PatternStates::AddRef(int state, ast::EventIndex index, int attribute, Type type,
                          bool all_events) {
  for (size_t i = 0; i < refs->size(); ++i) {
    const bound::StateRef& r = (*refs)[i];
    if (r.state == state && r.attribute == attribute && r.index.kind == index.kind &&
        r.index.value == index.value && r.all_events == all_events) {
      return static_cast<int>(i);
    }
  }
  bound::StateRef ref;
  ref.state = state;
  ref.index = index;
  ref.attribute = attribute;
  ref.type = all_events ? Type::kObject : type;
  ref.all_events = all_events;
  refs->push_back(ref);
  const PatternStateInfo& info = states[state];
  std::string name = absl::StrCat(info.qualifier(), all_events ? "[*]" : IndexText(index));
  if (attribute >= 0) absl::StrAppend(&name, ".", info.schema.at(attribute).name);
  ref_names.push_back(std::move(name));
  return static_cast<int>(refs->size()) - 1;
}

int PatternStates::AddAttributeRef(int state, int attribute, int current_state) {
  bool all_events = current_state < 0 && states[state].counted;
  return AddRef(state, ast::EventIndex{}, attribute, states[state].schema.at(attribute).type,
                all_events);
}

// ---------------------------------------------------------------------------------------------
// Scopes.

int ScopePart::size() const {
  return pattern != nullptr ? static_cast<int>(pattern->refs->size())
                            : static_cast<int>(schema.size());
}

std::string ScopePart::Describe() const {
  if (!qualifiable && name.empty()) return what.empty() ? "the query output" : "the " + what;
  if (!alias.empty() && alias != name) {
    return absl::StrCat(what, " '", name, "' (as '", alias, "')");
  }
  return absl::StrCat(what, " '", name, "'");
}

void Scope::AddPart(ScopePart part) { parts_.push_back(std::move(part)); }

int Scope::size() const {
  int size = 0;
  for (const ScopePart& part : parts_) size = std::max(size, part.offset + part.size());
  return size;
}

bool Scope::poisoned() const {
  return std::any_of(parts_.begin(), parts_.end(), [](const ScopePart& p) { return p.poisoned; });
}

Scope Scope::Shifted(int offset, int tier) const {
  Scope shifted;
  for (ScopePart part : parts_) {
    part.offset += offset;
    part.tier += tier;
    shifted.AddPart(std::move(part));
  }
  return shifted;
}

const ScopePart* Scope::PatternPart() const {
  for (const ScopePart& part : parts_) {
    if (part.pattern != nullptr) return &part;
  }
  return nullptr;
}

std::optional<ResolvedColumn> Scope::ResolveInPattern(const ScopePart& part,
                                                      const ast::Expr& ref, bool qualified,
                                                      Diagnostics& diags) const {
  const ast::AttributeRef& attr = ref.attribute;
  PatternStates& states = *part.pattern;

  if (!qualified) {
    // Siddhi's parseVariable over a MetaStateEvent: an unqualified name must belong to exactly
    // one of the pattern's events.
    std::vector<int> owners;
    bool any_poisoned = false;
    for (size_t s = 0; s < states.states.size(); ++s) {
      if (states.states[s].poisoned) {
        any_poisoned = true;
        continue;
      }
      if (states.states[s].schema.IndexOf(attr.name)) owners.push_back(static_cast<int>(s));
    }
    if (owners.size() > 1) {
      const PatternStateInfo& a = states.states[owners[0]];
      const PatternStateInfo& b = states.states[owners[1]];
      Diagnostic& d = diags.Error(
          DiagCode::kAmbiguousAttribute, ref.span,
          absl::StrCat("attribute '", attr.name, "' is ambiguous: events '", a.qualifier(),
                       "' and '", b.qualifier(), "' both have it"));
      d.notes.push_back(
          {absl::StrCat("qualify it, e.g. '", a.qualifier(), ".", attr.name, "'"), {}});
      return std::nullopt;
    }
    if (owners.empty()) {
      if (any_poisoned) return std::nullopt;
      return std::nullopt;  // the caller reports "not found" over every part
    }
    int s = owners[0];
    int column = static_cast<int>(*states.states[s].schema.IndexOf(attr.name));
    int r = states.AddAttributeRef(s, column, part.current_state);
    return ResolvedColumn{part.offset + r, (*states.refs)[r].type, states.ref_names[r]};
  }

  std::string qualifier = Qualifier(attr);
  std::vector<int> matches;
  for (size_t s = 0; s < states.states.size(); ++s) {
    if (states.states[s].qualifier() == qualifier) matches.push_back(static_cast<int>(s));
  }
  if (matches.empty()) {
    bool any_poisoned = std::any_of(states.states.begin(), states.states.end(),
                                    [](const PatternStateInfo& s) { return s.poisoned; });
    if (any_poisoned) return std::nullopt;
    Diagnostic& d = diags.Error(DiagCode::kInvalidPattern, ref.span,
                                absl::StrCat("'", qualifier, "' is not an event of this ",
                                             "pattern"));
    std::vector<std::string> names;
    for (const PatternStateInfo& s : states.states) names.push_back(s.qualifier());
    AddSuggestion(d, qualifier, names);
    return std::nullopt;
  }
  // Several events with one name (e1=A -> e1=B, or two unnamed events of one stream): Siddhi's
  // parseVariable takes the first (EveryPatternTestCase.testQuery9 relies on it).
  int s = matches[0];
  const PatternStateInfo& state = states.states[s];
  if (state.poisoned) return std::nullopt;
  ast::EventIndex index = attr.index;
  if (index.kind != ast::EventIndex::Kind::kNone && !state.counted) {
    if (index.value == 0) {
      // e1[0] and e1[last] of an event without a count are the event itself (Siddhi accepts
      // them: PatternPartitionTestCase.testPatternPartitionQuery31).
      index = ast::EventIndex{};
    } else {
      Diagnostic& d = diags.Warning(
          DiagCode::kInvalidPattern, ref.span,
          absl::StrCat("'", qualifier, IndexText(index), ".", attr.name, "' is always null: '",
                       qualifier, "' matches a single event"));
      d.notes.push_back({"only events with a count (<n:m>, +, *, ?) collect several events",
                         state.span});
    }
  }
  std::optional<size_t> column = state.schema.IndexOf(attr.name);
  if (!column) {
    Diagnostic& d = diags.Error(
        DiagCode::kUnknownAttribute, ref.span,
        state.event_name.empty()
            ? absl::StrCat("stream '", state.stream, "' has no attribute '", attr.name, "'")
            : absl::StrCat("event '", state.event_name, "' (stream '", state.stream,
                           "') has no attribute '", attr.name, "'"));
    AddSuggestion(d, attr.name, state.schema.Names());
    return std::nullopt;
  }
  int r = index.kind == ast::EventIndex::Kind::kNone
              ? states.AddAttributeRef(s, static_cast<int>(*column), part.current_state)
              : states.AddRef(s, index, static_cast<int>(*column), state.schema.at(*column).type);
  return ResolvedColumn{part.offset + r, (*states.refs)[r].type, states.ref_names[r]};
}

std::optional<ResolvedColumn> Scope::Resolve(const ast::Expr& ref, Diagnostics& diags) const {
  const ast::AttributeRef& attr = ref.attribute;
  const ScopePart* pattern = PatternPart();

  // e1[0].x: only pattern events are indexed.
  if (attr.index.kind != ast::EventIndex::Kind::kNone) {
    if (pattern != nullptr) return ResolveInPattern(*pattern, ref, /*qualified=*/true, diags);
    if (poisoned()) return std::nullopt;
    diags.Error(DiagCode::kInvalidPattern, ref.span,
                absl::StrCat("'", RefText(attr), "' indexes a pattern event, but this query ",
                             "has no pattern"));
    return std::nullopt;
  }

  auto lookup = [&](const ScopePart& part) -> std::optional<ResolvedColumn> {
    if (part.poisoned) return std::nullopt;
    std::optional<size_t> column = part.schema.IndexOf(attr.name);
    if (!column) {
      Diagnostic& d = diags.Error(
          DiagCode::kUnknownAttribute, ref.span,
          absl::StrCat(part.Describe(), " has no attribute '", attr.name, "'"));
      AddSuggestion(d, attr.name, part.schema.Names());
      return std::nullopt;
    }
    return ResolvedColumn{part.offset + static_cast<int>(*column),
                          part.schema.at(*column).type, attr.name};
  };

  // Qualified: S.x names the part called S (its alias, when it has one).
  if (!attr.stream.empty()) {
    std::string qualifier = Qualifier(attr);
    std::vector<const ScopePart*> matches;
    for (const ScopePart& part : parts_) {
      if (part.pattern != nullptr || !part.qualifiable) continue;
      if ((part.alias.empty() ? part.name : part.alias) == qualifier) matches.push_back(&part);
    }
    if (matches.size() == 1) return lookup(*matches[0]);
    if (matches.size() > 1) {
      Diagnostic& d =
          diags.Error(DiagCode::kAmbiguousAttribute, ref.span,
                      absl::StrCat("'", qualifier, "' names both inputs of this query"));
      d.notes.push_back({"give the inputs different names with 'as'", {}});
      return std::nullopt;
    }
    if (pattern != nullptr) return ResolveInPattern(*pattern, ref, /*qualified=*/true, diags);
    if (poisoned()) return std::nullopt;
    // Siddhi: "Stream with reference 'X' not found for attribute 'y'".
    std::vector<std::string> names;
    const ScopePart* renamed = nullptr;
    for (const ScopePart& part : parts_) {
      if (!part.qualifiable) continue;
      names.push_back(part.alias.empty() ? part.name : part.alias);
      if (!part.alias.empty() && part.name == qualifier) renamed = &part;
    }
    Diagnostic& d = diags.Error(
        DiagCode::kUnknownStream, ref.span,
        absl::StrCat("'", qualifier, "' in '", RefText(attr), "' is not an input of this query"));
    if (renamed != nullptr) {
      d.notes.push_back({absl::StrCat("'", qualifier, "' is renamed '", renamed->alias,
                                      "' here; write '", renamed->alias, ".", attr.name, "'"),
                         {}});
    } else {
      AddSuggestion(d, qualifier, names);
    }
    return std::nullopt;
  }

  // Unqualified: the lowest tier that has the name wins; two parts of one tier are ambiguous.
  int max_tier = 0;
  for (const ScopePart& part : parts_) max_tier = std::max(max_tier, part.tier);
  for (int tier = 0; tier <= max_tier; ++tier) {
    std::vector<const ScopePart*> owners;
    bool tier_poisoned = false;
    for (const ScopePart& part : parts_) {
      if (part.tier != tier || !part.resolves_unqualified) continue;
      if (part.pattern != nullptr) {
        int errors = diags.error_count();
        std::optional<ResolvedColumn> found =
            ResolveInPattern(part, ref, /*qualified=*/false, diags);
        if (found) return found;
        if (diags.error_count() != errors) return std::nullopt;  // ambiguous, reported
        tier_poisoned |= part.poisoned;
        continue;
      }
      if (part.poisoned) {
        tier_poisoned = true;
        continue;
      }
      if (part.schema.IndexOf(attr.name)) owners.push_back(&part);
    }
    if (owners.size() == 1) return lookup(*owners[0]);
    if (owners.size() > 1) {
      // Siddhi: "... contains attribute with same name 'symbol'".
      Diagnostic& d = diags.Error(
          DiagCode::kAmbiguousAttribute, ref.span,
          absl::StrCat("attribute '", attr.name, "' is ambiguous: both ", owners[0]->Describe(),
                       " and ", owners[1]->Describe(), " have it"));
      const ScopePart& first = *owners[0];
      d.notes.push_back({absl::StrCat("qualify it, e.g. '",
                                      first.alias.empty() ? first.name : first.alias, ".",
                                      attr.name, "'"),
                         {}});
      return std::nullopt;
    }
    if (tier_poisoned) return std::nullopt;
  }

  if (poisoned()) return std::nullopt;
  // Not found anywhere: name what was searched.
  std::vector<const ScopePart*> searched;
  std::vector<std::string> candidates;
  for (const ScopePart& part : parts_) {
    if (!part.resolves_unqualified) continue;
    searched.push_back(&part);
    if (part.pattern != nullptr) {
      for (const PatternStateInfo& s : part.pattern->states) {
        for (const std::string& n : s.schema.Names()) candidates.push_back(n);
      }
    } else {
      for (const std::string& n : part.schema.Names()) candidates.push_back(n);
    }
  }
  std::string message;
  if (searched.size() == 1 && searched[0]->pattern != nullptr) {
    message = absl::StrCat("no event of the pattern has an attribute '", attr.name, "'");
  } else if (searched.size() == 1) {
    message = absl::StrCat(searched[0]->Describe(), " has no attribute '", attr.name, "'");
  } else if (searched.size() == 2) {
    message = absl::StrCat("neither ", searched[0]->Describe(), " nor ", searched[1]->Describe(),
                           " has an attribute '", attr.name, "'");
  } else {
    std::vector<std::string> described;
    for (const ScopePart* part : searched) described.push_back(part->Describe());
    message = absl::StrCat("none of ", absl::StrJoin(described, ", "), " has an attribute '",
                           attr.name, "'");
  }
  Diagnostic& d = diags.Error(DiagCode::kUnknownAttribute, ref.span, message);
  AddSuggestion(d, attr.name, candidates);
  return std::nullopt;
}

std::optional<ResolvedColumn> Scope::ResolveEvent(const ast::Expr& ref,
                                                  Diagnostics& diags) const {
  const ast::AttributeRef& attr = ref.attribute;
  const ScopePart* pattern = PatternPart();
  if (pattern == nullptr) {
    if (poisoned()) return std::nullopt;
    diags.Error(DiagCode::kUnsupported, ref.span,
                absl::StrCat("'", Qualifier(attr), " is null' tests whether a pattern event ",
                             "occurred; it is supported only in patterns and sequences"));
    return std::nullopt;
  }
  PatternStates& states = *pattern->pattern;
  std::string qualifier = Qualifier(attr);
  for (size_t s = 0; s < states.states.size(); ++s) {
    if (states.states[s].qualifier() != qualifier) continue;
    if (states.states[s].poisoned) return std::nullopt;
    // The whole event, as a StateRef with attribute -1 (see bound.h).
    int r = states.AddRef(static_cast<int>(s), attr.index, -1, Type::kObject);
    return ResolvedColumn{pattern->offset + r, Type::kObject, states.ref_names[r]};
  }
  Diagnostic& d = diags.Error(DiagCode::kInvalidPattern, ref.span,
                              absl::StrCat("'", qualifier, "' is not an event of this pattern"));
  std::vector<std::string> names;
  for (const PatternStateInfo& s : states.states) names.push_back(s.qualifier());
  AddSuggestion(d, qualifier, names);
  return std::nullopt;
}

std::vector<ResolvedColumn> Scope::Expand(std::vector<std::string>* owners) const {
  std::vector<ResolvedColumn> columns;
  for (const ScopePart& part : parts_) {
    if (part.pattern != nullptr) {
      PatternStates& states = *part.pattern;
      for (size_t s = 0; s < states.states.size(); ++s) {
        const PatternStateInfo& state = states.states[s];
        for (size_t i = 0; i < state.schema.size(); ++i) {
          int r = states.AddAttributeRef(static_cast<int>(s), static_cast<int>(i),
                                         part.current_state);
          columns.push_back({part.offset + r, (*states.refs)[r].type, state.schema.at(i).name});
          owners->push_back(state.qualifier());
        }
      }
      continue;
    }
    for (size_t i = 0; i < part.schema.size(); ++i) {
      columns.push_back({part.offset + static_cast<int>(i), part.schema.at(i).type,
                         part.schema.at(i).name});
      owners->push_back(part.alias.empty() ? part.name : part.alias);
    }
  }
  return columns;
}

// ---------------------------------------------------------------------------------------------
// ExprBinder.

ExprBinder::ExprBinder(Analyzer& analyzer, const Scope& scope, AggregateSink* aggregates,
                       std::string_view context)
    : analyzer_(analyzer), scope_(scope), aggregates_(aggregates), context_(context) {}

namespace {

// The source text of `expr`, quoted, for messages; a neutral phrase without source.
std::string Quote(const Diagnostics& diags, const ast::Expr& expr) {
  if (diags.source() != nullptr && !expr.span.empty()) {
    std::string_view text = diags.source()->Slice(expr.span);
    if (!text.empty() && text.find('\n') == std::string_view::npos && text.size() <= 60) {
      return absl::StrCat("'", std::string(text), "'");
    }
  }
  return "the expression";
}

}  // namespace

bool ExprBinder::RequireBool(const ast::Expr& expr, const bound::Expr& bound,
                             std::string_view what) {
  if (bound.type == Type::kBool) return true;
  analyzer_.diags().Error(DiagCode::kTypeMismatch, expr.span,
                          absl::StrCat(std::string(what), " must be bool, but ",
                                       Quote(analyzer_.diags(), expr), " is ",
                                       TypeText(bound.type)));
  return false;
}

bound::ExprPtr ExprBinder::BindCondition(const ast::Expr& expr, std::string_view what) {
  bound::ExprPtr bound = Bind(expr);
  if (bound == nullptr) return nullptr;
  // A NULL literal as a whole condition is simply never true.
  if (IsNullConstant(*bound)) bound = bound::MakeConstant(Value::Null(Type::kBool), expr.span);
  if (!RequireBool(expr, *bound, what)) return nullptr;
  return bound;
}

namespace {

// `x in T` (Siddhi's InConditionExpressionExecutor): x is bound over the enclosing scope with T's
// columns after it, T one tier below so that unqualified names prefer the enclosing scope (as in
// `symbol == T.symbol in T`). The result is the reserved call bound::kInTableFunction.
bound::ExprPtr BindInTable(Analyzer& analyzer, const Scope& scope, const ast::Expr& expr) {
  Diagnostics& diags = analyzer.diags();
  const Definition* def = analyzer.Find(expr.name);
  if (def == nullptr) {
    Diagnostic& d = diags.Error(DiagCode::kUnknownStream, expr.span,
                                absl::StrCat("table '", expr.name, "' is not defined"));
    std::vector<std::string> tables;
    for (const bound::Table& t : analyzer.app().tables) tables.push_back(t.name);
    AddSuggestion(d, expr.name, tables);
    return nullptr;
  }
  if (def->poisoned) return nullptr;
  if (def->kind != DefKind::kTable) {
    diags.Error(DiagCode::kInvalidTableOperation, expr.span,
                absl::StrCat("'in' needs a table, but '", expr.name, "' is not a table"));
    return nullptr;
  }
  int tier = 0;
  for (const ScopePart& part : scope.parts()) {
    if (part.pattern != nullptr) {
      // A pattern scope grows as references are bound; the table's columns cannot follow it.
      diags.Error(DiagCode::kUnsupported, expr.span,
                  "'in' table lookups inside patterns and sequences are not supported yet");
      return nullptr;
    }
    tier = std::max(tier, part.tier + 1);
  }
  const bound::Table& table = analyzer.app().tables[def->index];
  const int width = scope.size();
  Scope extended = scope;
  ScopePart part;
  part.name = table.name;
  part.what = "table";
  part.schema = table.schema;
  part.offset = width;
  part.tier = tier;
  extended.AddPart(std::move(part));
  ExprBinder binder(analyzer, extended, nullptr, "an 'in' condition");
  bound::ExprPtr condition = binder.BindCondition(*expr.operands[0], "the condition of 'in'");
  if (condition == nullptr) return nullptr;
  bound::ExprPtr node = MakeNode(bound::ExprKind::kCall, Type::kBool, expr.span);
  node->function_id = bound::kInTableFunction;
  node->name = absl::StrCat("in:", table.name);
  node->stateful = true;
  node->value = Value::Int(def->index);
  node->column = width;
  node->operands.push_back(std::move(condition));
  return node;
}

}  // namespace

bound::ExprPtr ExprBinder::Bind(const ast::Expr& expr) {
  Diagnostics& diags = analyzer_.diags();
  switch (expr.kind) {
    case ast::ExprKind::kConstant:
      return bound::MakeConstant(expr.value, expr.span);

    case ast::ExprKind::kAttribute:
      return BindAttribute(expr);

    case ast::ExprKind::kFunctionCall:
      return BindCall(expr);

    case ast::ExprKind::kNot: {
      bound::ExprPtr operand = Bind(*expr.operands[0]);
      if (operand == nullptr) return nullptr;
      if (!RequireBool(*expr.operands[0], *operand, "the operand of 'not'")) return nullptr;
      bound::ExprPtr node = MakeNode(bound::ExprKind::kNot, Type::kBool, expr.span);
      node->operands.push_back(std::move(operand));
      return node;
    }

    case ast::ExprKind::kNegate: {
      bound::ExprPtr operand = Bind(*expr.operands[0]);
      if (operand == nullptr) return nullptr;
      if (!IsNumeric(operand->type)) {
        diags.Error(DiagCode::kTypeMismatch, expr.span,
                    absl::StrCat("'-' needs a numeric operand, but ",
                                 Quote(diags, *expr.operands[0]), " is ",
                                 TypeText(operand->type)));
        return nullptr;
      }
      // A negative literal (-5) is a constant, so window sizes and limits can be checked.
      if (operand->IsConstant() && !operand->value.is_null()) {
        const Value& v = operand->value;
        Value negated;
        switch (v.type()) {
          case Type::kInt: negated = Value::Int(-v.int_value()); break;
          case Type::kLong: negated = Value::Long(-v.long_value()); break;
          case Type::kFloat: negated = Value::Float(-v.float_value()); break;
          default: negated = Value::Double(-v.double_value()); break;
        }
        return bound::MakeConstant(negated, expr.span);
      }
      Type type = operand->type;
      bound::ExprPtr node = MakeNode(bound::ExprKind::kNegate, type, expr.span);
      node->operands.push_back(std::move(operand));
      return node;
    }

    case ast::ExprKind::kBinary:
      return BindBinary(expr);

    case ast::ExprKind::kIsNull: {
      bound::ExprPtr operand = Bind(*expr.operands[0]);
      if (operand == nullptr) return nullptr;
      bound::ExprPtr node = MakeNode(bound::ExprKind::kIsNull, Type::kBool, expr.span);
      node->operands.push_back(std::move(operand));
      return node;
    }

    case ast::ExprKind::kIsNullStream: {
      std::optional<ResolvedColumn> event = scope_.ResolveEvent(expr, diags);
      if (!event) return nullptr;
      bound::ExprPtr node = MakeNode(bound::ExprKind::kIsNull, Type::kBool, expr.span);
      node->operands.push_back(
          bound::MakeFieldRef(event->column, event->type, event->name, expr.span));
      return node;
    }

    case ast::ExprKind::kIn:
      return BindInTable(analyzer_, scope_, expr);
  }
  return nullptr;
}

bound::ExprPtr ExprBinder::BindAttribute(const ast::Expr& expr) {
  std::optional<ResolvedColumn> column = scope_.Resolve(expr, analyzer_.diags());
  if (!column) return nullptr;
  return bound::MakeFieldRef(column->column, column->type, column->name, expr.span);
}

bound::ExprPtr ExprBinder::BindBinary(const ast::Expr& expr) {
  bound::ExprPtr left = Bind(*expr.operands[0]);
  bound::ExprPtr right = Bind(*expr.operands[1]);
  if (left == nullptr || right == nullptr) return nullptr;
  switch (expr.op) {
    case ast::BinaryOp::kAdd:
    case ast::BinaryOp::kSub:
    case ast::BinaryOp::kMul:
    case ast::BinaryOp::kDiv:
    case ast::BinaryOp::kMod:
      return BindArithmetic(expr, std::move(left), std::move(right));
    case ast::BinaryOp::kEq:
    case ast::BinaryOp::kNe:
    case ast::BinaryOp::kLt:
    case ast::BinaryOp::kLe:
    case ast::BinaryOp::kGt:
    case ast::BinaryOp::kGe:
      return BindCompare(expr, std::move(left), std::move(right));
    case ast::BinaryOp::kAnd:
    case ast::BinaryOp::kOr:
      return BindLogical(expr, std::move(left), std::move(right));
  }
  return nullptr;
}

bound::ExprPtr ExprBinder::BindArithmetic(const ast::Expr& expr, bound::ExprPtr left,
                                          bound::ExprPtr right) {
  Diagnostics& diags = analyzer_.diags();
  // A NULL literal takes the other operand's type (bound.h: typed NULL constants).
  if (IsNullConstant(*left) && IsNumeric(right->type)) left->type = right->type;
  if (IsNullConstant(*right) && IsNumeric(left->type)) right->type = left->type;
  if (IsNullConstant(*left)) left->value = Value::Null(left->type);
  if (IsNullConstant(*right)) right->value = Value::Null(right->type);

  // Siddhi's parseArithmeticOperationResultType: numeric operands only (string + string is an
  // error, not a concatenation), promoted double > float > long > int.
  for (int i = 0; i < 2; ++i) {
    const bound::Expr& operand = i == 0 ? *left : *right;
    if (!IsNumeric(operand.type)) {
      diags.Error(DiagCode::kTypeMismatch, expr.operands[i]->span,
                  absl::StrCat("'", std::string(ast::BinaryOpSymbol(expr.op)),
                               "' needs numeric operands, but ", Quote(diags, *expr.operands[i]),
                               " is ", TypeText(operand.type)));
      return nullptr;
    }
  }
  Type type = *PromoteNumeric(left->type, right->type);
  bound::ExprPtr node = MakeNode(bound::ExprKind::kArithmetic, type, expr.span);
  switch (expr.op) {
    case ast::BinaryOp::kAdd: node->arith = bound::ArithOp::kAdd; break;
    case ast::BinaryOp::kSub: node->arith = bound::ArithOp::kSub; break;
    case ast::BinaryOp::kMul: node->arith = bound::ArithOp::kMul; break;
    case ast::BinaryOp::kDiv: node->arith = bound::ArithOp::kDiv; break;
    default: node->arith = bound::ArithOp::kMod; break;
  }
  node->operands.push_back(CastTo(std::move(left), type));
  node->operands.push_back(CastTo(std::move(right), type));
  return node;
}

bound::ExprPtr ExprBinder::BindCompare(const ast::Expr& expr, bound::ExprPtr left,
                                       bound::ExprPtr right) {
  Diagnostics& diags = analyzer_.diags();
  if (IsNullConstant(*left) && right->type != Type::kObject) {
    left = bound::MakeConstant(Value::Null(right->type), left->span);
  }
  if (IsNullConstant(*right) && left->type != Type::kObject) {
    right = bound::MakeConstant(Value::Null(left->type), right->span);
  }
  std::string op(ast::BinaryOpSymbol(expr.op));
  Type lt = left->type;
  Type rt = right->type;

  // Siddhi's ExpressionParser.parse*Compare: numbers compare with numbers (promoted); strings
  // and bools only with their own type and only for == and !=; objects not at all.
  std::optional<Type> common = PromoteNumeric(lt, rt);
  if (!common) {
    std::string message;
    if (lt == rt && lt != Type::kObject && IsOrdering(expr.op)) {
      message = absl::StrCat("'", op, "' cannot compare ", TypeText(lt), " values; only '==' ",
                             "and '!=' apply to ", TypeText(lt));
    } else if (lt == rt && lt == Type::kObject) {
      message = absl::StrCat("'", op, "' cannot compare object values; convert them first ",
                             "with 'convert' or 'cast'");
    } else if (lt != rt) {
      message = absl::StrCat("cannot compare ", TypeText(lt), " with ", TypeText(rt), " using '",
                             op, "'");
    }
    if (!message.empty()) {
      diags.Error(DiagCode::kTypeMismatch, expr.span, message);
      return nullptr;
    }
    common = lt;  // string == string, bool != bool
  }
  bound::ExprPtr node = MakeNode(bound::ExprKind::kCompare, Type::kBool, expr.span);
  switch (expr.op) {
    case ast::BinaryOp::kEq: node->compare = bound::CompareOp::kEq; break;
    case ast::BinaryOp::kNe: node->compare = bound::CompareOp::kNe; break;
    case ast::BinaryOp::kLt: node->compare = bound::CompareOp::kLt; break;
    case ast::BinaryOp::kLe: node->compare = bound::CompareOp::kLe; break;
    case ast::BinaryOp::kGt: node->compare = bound::CompareOp::kGt; break;
    default: node->compare = bound::CompareOp::kGe; break;
  }
  node->operands.push_back(CastTo(std::move(left), *common));
  node->operands.push_back(CastTo(std::move(right), *common));
  return node;
}

bound::ExprPtr ExprBinder::BindLogical(const ast::Expr& expr, bound::ExprPtr left,
                                       bound::ExprPtr right) {
  std::string what = absl::StrCat("each operand of '",
                                  std::string(ast::BinaryOpSymbol(expr.op)), "'");
  bool ok = RequireBool(*expr.operands[0], *left, what);
  ok = RequireBool(*expr.operands[1], *right, what) && ok;
  if (!ok) return nullptr;
  bound::ExprPtr node = MakeNode(
      expr.op == ast::BinaryOp::kAnd ? bound::ExprKind::kAnd : bound::ExprKind::kOr, Type::kBool,
      expr.span);
  node->operands.push_back(std::move(left));
  node->operands.push_back(std::move(right));
  return node;
}

std::optional<bound::ExprPtr> ExprBinder::BindEventTimestampOf(const ast::Expr& expr) {
  const ast::Expr& arg = *expr.operands[0];
  const std::string& name = arg.attribute.name;
  Diagnostics quiet;
  if (scope_.Resolve(arg, quiet)) return std::nullopt;  // an attribute after all
  for (const ScopePart& part : scope_.parts()) {
    if (part.pattern != nullptr || (part.alias.empty() ? part.name : part.alias) != name) continue;
    if (!part.triggers_alone) {
      analyzer_.diags().Error(
          DiagCode::kUnsupported, arg.span,
          absl::StrCat("eventTimestamp(", name, "): Talon gives the timestamp of the event that "
                       "triggers the join, and '", name, "' is not the only side that does; "
                       "use eventTimestamp() for the triggering event"));
      return bound::ExprPtr();
    }
    // The side's event is the one being processed: eventTimestamp() is its timestamp.
    Lookup<FunctionRef> function = analyzer_.catalog().LookupFunction("", expr.name, {});
    const auto* ref = std::get_if<FunctionRef>(&function);
    if (ref == nullptr) return std::nullopt;
    bound::ExprPtr call = MakeNode(bound::ExprKind::kCall, ref->result, expr.span);
    call->function_id = ref->id;
    call->stateful = ref->stateful;
    call->name = expr.name;
    return call;
  }
  return std::nullopt;
}

bound::ExprPtr ExprBinder::BindCall(const ast::Expr& expr) {
  Diagnostics& diags = analyzer_.diags();
  const Catalog& catalog = analyzer_.catalog();
  std::string display = QualifiedName(expr.ns, expr.name);

  // `define function` bodies are rejected where they are defined; their calls stay silent.
  if (analyzer_.IsScriptFunction(expr.ns, expr.name)) return nullptr;

  // Whether a name is an aggregator does not depend on the arguments (catalog.h).
  if (catalog.LookupAggregator(expr.ns, expr.name, {}).has_value()) {
    if (aggregates_ == nullptr) {
      diags.Error(DiagCode::kMisplacedAggregator, expr.span,
                  absl::StrCat("aggregator '", display, "' cannot be used in ", context_,
                               "; aggregators belong in 'select' or 'having'"));
      return nullptr;
    }
    return BindAggregate(expr, display);
  }

  // eventTimestamp(e) naming a join side rather than an attribute.
  if (expr.ns.empty() && expr.name == "eventTimestamp" && expr.operands.size() == 1 &&
      expr.operands[0]->kind == ast::ExprKind::kAttribute &&
      expr.operands[0]->attribute.stream.empty()) {
    if (std::optional<bound::ExprPtr> bound = BindEventTimestampOf(expr)) return *std::move(bound);
  }

  std::vector<bound::ExprPtr> args;
  std::vector<ArgInfo> infos;
  std::vector<SourceSpan> spans;
  bool ok = true;
  if (expr.star) {
    // f(*) passes every input attribute (Siddhi's parseInnerExpression); two inputs sharing an
    // attribute name cannot both be passed ("Duplicate attribute exist in streams").
    if (scope_.poisoned()) return nullptr;
    std::vector<std::string> owners;
    std::vector<ResolvedColumn> columns = scope_.Expand(&owners);
    for (size_t i = 0; i < columns.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (columns[j].name != columns[i].name) continue;
        diags.Error(DiagCode::kDuplicateAttribute, expr.span,
                    absl::StrCat("'", display, "(*)' would pass '", columns[i].name,
                                 "' twice: both '", owners[j], "' and '", owners[i],
                                 "' have it"));
        return nullptr;
      }
      ArgInfo info;
      info.type = columns[i].type;
      info.is_attribute = true;
      infos.push_back(info);
      spans.push_back(expr.span);
      args.push_back(
          bound::MakeFieldRef(columns[i].column, columns[i].type, columns[i].name, expr.span));
    }
  }
  for (const ast::ExprPtr& arg : expr.operands) {
    bound::ExprPtr bound_arg = Bind(*arg);
    if (bound_arg == nullptr) {
      ok = false;
      continue;
    }
    infos.push_back(MakeArgInfo(*arg, *bound_arg));
    spans.push_back(arg->span);
    args.push_back(std::move(bound_arg));
  }
  if (!ok) return nullptr;

  Lookup<FunctionRef> function = catalog.LookupFunction(expr.ns, expr.name, infos);
  if (const auto* error = std::get_if<LookupError>(&function)) {
    Diagnostic& d = ReportLookupError(diags, *error, expr.span, spans);
    if (error->code == DiagCode::kUnknownFunction) {
      std::string suggestion = ClosestMatch(expr.name, catalog.FunctionNames(expr.ns));
      if (!suggestion.empty()) {
        d.notes.push_back(
            {absl::StrCat("did you mean '", QualifiedName(expr.ns, suggestion), "'?"), {}});
      }
    }
    return nullptr;
  }
  const FunctionRef& ref = std::get<FunctionRef>(function);
  bound::ExprPtr call = MakeNode(bound::ExprKind::kCall, ref.result, expr.span);
  call->function_id = ref.id;
  call->stateful = ref.stateful;
  call->name = display;
  call->operands = std::move(args);
  return call;
}

bound::ExprPtr ExprBinder::BindAggregate(const ast::Expr& expr, std::string_view display) {
  // (An aggregator's `*`, as in Siddhi 3's count(*), means no arguments: operands are empty.)
  Diagnostics& diags = analyzer_.diags();
  // Arguments read the input scope (not the output, in `having`), and do not nest aggregators.
  ExprBinder arg_binder(analyzer_, *aggregates_->arg_scope, nullptr,
                        absl::StrCat("the argument of aggregator '", std::string(display), "'"));
  std::vector<bound::ExprPtr> args;
  std::vector<ArgInfo> infos;
  std::vector<SourceSpan> spans;
  bool ok = true;
  for (const ast::ExprPtr& arg : expr.operands) {
    bound::ExprPtr bound_arg = arg_binder.Bind(*arg);
    if (bound_arg == nullptr) {
      ok = false;
      continue;
    }
    infos.push_back(MakeArgInfo(*arg, *bound_arg));
    spans.push_back(arg->span);
    args.push_back(std::move(bound_arg));
  }
  if (!ok) return nullptr;

  std::optional<Lookup<AggregatorRef>> lookup =
      analyzer_.catalog().LookupAggregator(expr.ns, expr.name, infos);
  if (!lookup) return nullptr;  // not an aggregator after all: catalog inconsistency
  if (const auto* error = std::get_if<LookupError>(&*lookup)) {
    ReportLookupError(diags, *error, expr.span, spans);
    return nullptr;
  }
  const AggregatorRef& ref = std::get<AggregatorRef>(*lookup);

  // One column per distinct aggregate: `sum(x)` in select and having is computed once.
  std::vector<bound::AggregateCall>& calls = *aggregates_->calls;
  std::vector<std::string> arg_text;
  for (const bound::ExprPtr& arg : args) arg_text.push_back(bound::ToString(*arg));
  int index = -1;
  for (size_t k = 0; k < calls.size(); ++k) {
    if (calls[k].aggregator_id != ref.id || calls[k].args.size() != args.size()) continue;
    bool same = true;
    for (size_t i = 0; i < args.size() && same; ++i) {
      same = bound::ToString(*calls[k].args[i]) == arg_text[i];
    }
    if (same) {
      index = static_cast<int>(k);
      break;
    }
  }
  std::string column_name = AggregateDisplay(display, args);
  if (index < 0) {
    bound::AggregateCall call;
    call.aggregator_id = ref.id;
    call.name = std::string(display);
    call.args = std::move(args);
    call.type = ref.result;
    call.span = expr.span;
    calls.push_back(std::move(call));
    index = static_cast<int>(calls.size()) - 1;
  }
  return bound::MakeFieldRef(AggregatePlaceholder(index), ref.result, column_name, expr.span);
}

void PatchAggregatePlaceholders(bound::Expr& expr, int first_column) {
  if (expr.kind == bound::ExprKind::kFieldRef && expr.column <= AggregatePlaceholder(0)) {
    expr.column = first_column + (AggregatePlaceholder(0) - expr.column);
  }
  for (bound::ExprPtr& operand : expr.operands) {
    if (operand != nullptr) PatchAggregatePlaceholders(*operand, first_column);
  }
}

}  // namespace talon::frontend
