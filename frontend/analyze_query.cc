// Queries: inputs (single streams, joins), handlers (filters, stream functions, windows), the
// selector (projections, aggregates, group by, having, order by, limit, offset), output rates,
// output targets (with implicit stream definitions) and table operations; on-demand queries.
#include <set>

#include "absl/strings/str_cat.h"
#include "frontend/analyzer.h"

namespace talon::frontend {

namespace {

std::string KindWord(DefKind kind) {
  switch (kind) {
    case DefKind::kStream: return "stream";
    case DefKind::kTable: return "table";
    case DefKind::kWindow: return "window";
    case DefKind::kTrigger: return "trigger";
    case DefKind::kAggregation: return "aggregation";
  }
  return "stream";
}

std::string AttributeText(const Attribute& a) {
  return absl::StrCat(a.name, " ", std::string(TypeName(a.type)));
}

// Siddhi's DefinitionParserHelper.validateOutputStream: a query that inserts into an existing
// stream, table or window must output exactly its attributes (names and types, in order).
void CheckOutputSchema(Diagnostics& diags, const Schema& output, const Schema& target,
                       const std::string& target_what, const std::string& target_name,
                       SourceSpan target_span, SourceSpan definition_span, bool implicit) {
  if (output == target) return;
  Diagnostic& d = diags.Error(
      DiagCode::kSchemaMismatch, target_span,
      absl::StrCat("the query output ", output.ToString(), " does not match ", target_what, " '",
                   target_name, "' ", target.ToString()));
  if (output.size() != target.size()) {
    d.notes.push_back({absl::StrCat("the query outputs ", output.size(), " attributes; '",
                                    target_name, "' has ", target.size()),
                       {}});
  } else {
    for (size_t i = 0; i < output.size(); ++i) {
      if (output.at(i) == target.at(i)) continue;
      d.notes.push_back({absl::StrCat("attribute ", i + 1, " is '", AttributeText(output.at(i)),
                                      "' in the query output but '",
                                      AttributeText(target.at(i)), "' in '", target_name, "'"),
                         {}});
      break;
    }
  }
  if (!definition_span.empty()) {
    d.notes.push_back({implicit ? absl::StrCat("'", target_name,
                                               "' is defined by the output of this earlier query")
                                : absl::StrCat("'", target_name, "' is defined here"),
                       definition_span});
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Inputs.

ScopePart Analyzer::AnalyzeSingleInput(const ast::SingleInput& input, InputRole role,
                                       bound::SingleInput* out) {
  ScopePart part;
  part.alias = input.alias;
  part.what = "stream";
  std::string name = input.is_inner   ? "#" + input.stream
                     : input.is_fault ? "!" + input.stream
                                      : input.stream;
  part.name = name;
  out->name = name;
  out->alias = input.alias;
  out->span = input.span;
  SourceSpan name_span = input.stream_span.empty() ? input.span : input.stream_span;

  Schema schema;
  bool poisoned = false;
  if (input.is_inner) {
    int index = current_partition_ < 0 ? -1 : FindInnerStream(name);
    if (current_partition_ < 0) {
      diags_.Error(DiagCode::kInvalidPartition, name_span,
                   absl::StrCat("inner stream '", name, "' can only be read inside a partition"));
      poisoned = true;
    } else if (index < 0) {
      Diagnostic& d = diags_.Error(
          DiagCode::kUnknownStream, name_span,
          absl::StrCat("inner stream '", name, "' is not defined in this partition"));
      std::string suggestion = ClosestMatch(name, InnerStreamNames());
      if (!suggestion.empty()) {
        d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
      }
      d.notes.push_back({"an inner stream is defined by an earlier query's 'insert into #S' in "
                         "the same partition",
                         {}});
      poisoned = true;
    } else {
      out->source = bound::SourceKind::kStream;
      out->id = index;
      schema = app_.streams[index].schema;
    }
  } else if (input.is_fault) {
    int index = FaultStream(input.stream, name_span, &poisoned);
    if (index >= 0) {
      out->source = bound::SourceKind::kStream;
      out->id = index;
      schema = app_.streams[index].schema;
    }
  } else if (const Definition* def = Find(name); def == nullptr) {
    // Siddhi: "Stream/table/window/aggregation definition with ID 'X' has not been defined".
    Diagnostic& d = diags_.Error(DiagCode::kUnknownStream, name_span,
                                 absl::StrCat("stream '", name, "' is not defined"));
    std::string suggestion = ClosestMatch(name, DefinitionNames());
    if (!suggestion.empty()) {
      d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
    }
    poisoned = true;
  } else {
    poisoned = def->poisoned;
    switch (def->kind) {
      case DefKind::kStream:
      case DefKind::kTrigger:
        out->source = bound::SourceKind::kStream;
        out->id = def->index;
        schema = app_.streams[def->index].schema;
        break;
      case DefKind::kWindow:
        part.what = "window";
        out->source = bound::SourceKind::kNamedWindow;
        out->id = def->index;
        schema = app_.windows[def->index].schema;
        break;
      case DefKind::kTable:
        part.what = "table";
        out->source = bound::SourceKind::kTable;
        out->id = def->index;
        schema = app_.tables[def->index].schema;
        if (role != InputRole::kJoin) {
          // Siddhi: "Expecting a stream, but provided 'T' is not a stream".
          Diagnostic& d = diags_.Error(
              DiagCode::kInvalidTableOperation, name_span,
              absl::StrCat("'", name, "' is a table, not a stream; a query reads a table only ",
                           "in a join"));
          d.notes.push_back({"to read a table on demand, use an on-demand query ('from " + name +
                                 " select ...') or join it with a stream",
                             {}});
          poisoned = true;
        }
        break;
      case DefKind::kAggregation:
        part.what = "aggregation";
        out->source = bound::SourceKind::kAggregation;
        out->id = def->index;
        if (def->index >= 0) schema = app_.aggregations[def->index].schema;
        if (role != InputRole::kJoin) {
          // Siddhi: "Expecting a stream, but provided 'A' is not a stream".
          if (!def->poisoned) {
            Diagnostic& d = diags_.Error(
                DiagCode::kUnknownStream, name_span,
                absl::StrCat("'", name, "' is an aggregation, not a stream; a query reads an ",
                             "aggregation only in a join"));
            d.notes.push_back({"read it on demand ('from " + name +
                                   " within ... per ... select ...') or join it with a stream",
                               {}});
          }
          poisoned = true;
        }
        break;
    }
  }

  // An aggregation is read per event through `within ... per ...`; its rows are narrowed by
  // the join's `on`, not by handlers of its own.
  if (out->source == bound::SourceKind::kAggregation && !input.handlers.empty() && !poisoned) {
    diags_.Error(DiagCode::kInvalidWindow, input.handlers.front().span,
                 absl::StrCat("aggregation '", name, "' cannot have filters or windows; put the ",
                              "condition in the join's 'on'"));
    poisoned = true;
  }

  // Handlers in order; each sees the columns left by the previous one.
  bool has_window = false;
  for (const ast::StreamHandler& handler : input.handlers) {
    if (poisoned) break;
    // A pattern state's filters read other events too: AnalyzePattern binds them.
    if (role == InputRole::kPattern && handler.kind == ast::StreamHandler::Kind::kFilter) continue;
    ScopePart here = part;
    here.schema = schema;
    Scope scope;
    scope.AddPart(here);

    bound::Handler bh;
    bh.span = handler.span;
    switch (handler.kind) {
      case ast::StreamHandler::Kind::kFilter: {
        bh.kind = bound::Handler::Kind::kFilter;
        ExprBinder binder(*this, scope, nullptr, "a filter");
        bh.filter = binder.BindCondition(*handler.filter, "a filter condition");
        break;
      }
      case ast::StreamHandler::Kind::kFunction: {
        bh.kind = bound::Handler::Kind::kStreamFunction;
        bh.function_name = QualifiedName(handler.ns, handler.name);
        ExprBinder binder(*this, scope, nullptr, "a stream function argument");
        std::vector<ArgInfo> infos;
        std::vector<SourceSpan> spans;
        bool ok = true;
        for (const ast::ExprPtr& arg : handler.args) {
          bound::ExprPtr bound_arg = binder.Bind(*arg);
          if (bound_arg == nullptr) {
            ok = false;
            continue;
          }
          infos.push_back(MakeArgInfo(*arg, *bound_arg));
          spans.push_back(arg->span);
          bh.args.push_back(std::move(bound_arg));
        }
        if (!ok) break;
        Lookup<StreamFunctionRef> function =
            catalog_.LookupStreamFunction(handler.ns, handler.name, infos, schema);
        if (const auto* error = std::get_if<LookupError>(&function)) {
          Diagnostic& d = ReportLookupError(diags_, *error, handler.span, spans);
          if (error->code == DiagCode::kUnknownFunction) {
            std::string suggestion = ClosestMatch(handler.name, catalog_.FunctionNames(handler.ns));
            if (!suggestion.empty()) {
              d.notes.push_back(
                  {absl::StrCat("did you mean '", QualifiedName(handler.ns, suggestion), "'?"),
                   {}});
            }
          }
          break;
        }
        const StreamFunctionRef& ref = std::get<StreamFunctionRef>(function);
        bh.function_id = ref.id;
        for (const Attribute& a : ref.appended) schema.Add(a.name, a.type);
        break;
      }
      case ast::StreamHandler::Kind::kWindow: {
        bh.kind = bound::Handler::Kind::kWindow;
        std::string window = absl::StrCat("#window.", QualifiedName(handler.ns, handler.name));
        if (role == InputRole::kPattern) {
          diags_.Error(DiagCode::kInvalidWindow, handler.span,
                       absl::StrCat("a pattern or sequence event cannot have a window ('", window,
                                    "')"));
        } else if (out->source == bound::SourceKind::kNamedWindow) {
          // Siddhi: "Cannot create <w> window for the window stream <W>".
          diags_.Error(DiagCode::kInvalidWindow, handler.span,
                       absl::StrCat("'", name, "' is a named window; it cannot have another ",
                                    "window ('", window, "')"));
        } else if (out->source == bound::SourceKind::kTable) {
          diags_.Error(DiagCode::kInvalidWindow, handler.span,
                       absl::StrCat("table '", name, "' cannot have a window ('", window, "')"));
        } else if (has_window) {
          diags_.Error(DiagCode::kInvalidWindow, handler.span,
                       absl::StrCat("an input can have only one window; '", window,
                                    "' is a second one"));
        } else {
          has_window = true;
          BindWindow(handler, scope, &bh.window);
        }
        break;
      }
    }
    bh.output = schema;
    out->handlers.push_back(std::move(bh));
  }

  out->scope = schema;
  part.schema = schema;
  part.poisoned = poisoned;
  return part;
}

namespace {

void AnalyzeJoin(Analyzer& analyzer, const ast::JoinInput& join, bound::JoinInput* out,
                 Scope* scope) {
  Diagnostics& diags = analyzer.diags();
  out->span = join.span;
  out->type = join.type;
  ScopePart left = analyzer.AnalyzeSingleInput(join.left, Analyzer::InputRole::kJoin, &out->left);
  ScopePart right =
      analyzer.AnalyzeSingleInput(join.right, Analyzer::InputRole::kJoin, &out->right);
  right.offset = left.size();

  auto passive = [](const bound::SingleInput& in) {
    return in.source == bound::SourceKind::kTable ||
           in.source == bound::SourceKind::kAggregation;
  };
  if (passive(out->left) && passive(out->right) && !left.poisoned && !right.poisoned) {
    diags.Error(DiagCode::kInvalidTableOperation, join.span,
                absl::StrCat("a join needs a stream or window on at least one side, but '",
                             out->left.name, "' and '", out->right.name, "' are both tables"));
  }
  // `unidirectional` on one side: only that side's arrivals trigger the join. Tables and
  // aggregations have no arrivals, so they never trigger.
  out->left_triggers = !join.right_unidirectional && !passive(out->left);
  out->right_triggers = !join.left_unidirectional && !passive(out->right);

  out->scope = left.schema;
  for (const Attribute& a : right.schema.attributes()) out->scope.Add(a.name, a.type);
  left.triggers_alone = out->left_triggers && !out->right_triggers;
  right.triggers_alone = out->right_triggers && !out->left_triggers;
  scope->AddPart(left);
  scope->AddPart(right);

  if (join.on != nullptr) {
    ExprBinder binder(analyzer, *scope, nullptr, "a join condition");
    out->on = binder.BindCondition(*join.on, "the join condition");
  }
  // A join with an aggregation reads the buckets `within ... per ...` names; both clauses are
  // evaluated on the other side's arriving event (AggregationRuntime.compileExpression).
  bool left_aggregation = out->left.source == bound::SourceKind::kAggregation;
  bool right_aggregation = out->right.source == bound::SourceKind::kAggregation;
  if (left_aggregation != right_aggregation) {
    if (!left.poisoned && !right.poisoned) {
      ScopePart other = left_aggregation ? right : left;
      other.offset = 0;
      Scope read_scope;
      read_scope.AddPart(other);
      analyzer.AnalyzeAggregationRead(
          join.within.get(), join.within_end.get(), join.per.get(), read_scope, join.span,
          left_aggregation ? out->left.name : out->right.name, &out->aggregation_read);
    }
  } else if ((join.within != nullptr || join.per != nullptr) && !left.poisoned &&
             !right.poisoned) {
    const ast::Expr& at = join.within != nullptr ? *join.within : *join.per;
    diags.Error(DiagCode::kSyntaxError, at.span,
                "'within ... per ...' applies only to a join with an aggregation");
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The query.

void Analyzer::AnalyzeQuery(const ast::Query& query) {
  bound::Query out;
  out.name = QueryName(query);
  out.partition = current_partition_;
  out.span = query.span;

  // `states` and `scope` point into `out.input`, so `out` stays put until the end.
  PatternStates states;
  Scope scope;
  bound::PatternInput* pattern = nullptr;
  if (const auto* single = std::get_if<ast::SingleInput>(&query.input)) {
    out.input = bound::SingleInput{};
    scope.AddPart(
        AnalyzeSingleInput(*single, InputRole::kQuery, &std::get<bound::SingleInput>(out.input)));
  } else if (const auto* join = std::get_if<ast::JoinInput>(&query.input)) {
    out.input = bound::JoinInput{};
    AnalyzeJoin(*this, *join, &std::get<bound::JoinInput>(out.input), &scope);
  } else if (const auto* state = std::get_if<ast::StateInput>(&query.input)) {
    out.input = bound::PatternInput{};
    pattern = &std::get<bound::PatternInput>(out.input);
    scope = AnalyzePattern(*state, &states, pattern);
  }

  bool output_known = AnalyzeSelector(query.selector, scope, query.span, &out.selector);
  out.rate = AnalyzeOutputRate(query.output_rate);
  AnalyzeOutput(query.output, out.selector.output, output_known, &out.output);

  // The pattern scope is final only now: the selector and having added their references.
  if (pattern != nullptr) {
    for (size_t i = 0; i < pattern->refs.size(); ++i) {
      pattern->scope.Add(states.ref_names[i], pattern->refs[i].type);
    }
  }

  int index = static_cast<int>(app_.queries.size());
  app_.queries.push_back(std::move(out));
  if (current_partition_ >= 0) app_.partitions[current_partition_].queries.push_back(index);
}

// ---------------------------------------------------------------------------------------------
// Selector.

bool Analyzer::AnalyzeSelector(const ast::Selector& selector, const Scope& input,
                               SourceSpan query_span, bound::Selector* out) {
  bool ok = !input.poisoned();
  AggregateSink sink;
  sink.arg_scope = &input;
  sink.calls = &out->aggregates;
  SourceSpan select_span = selector.span.empty() ? query_span : selector.span;

  if (selector.select_all) {
    // `select *`: every input column, in order. Two inputs with one attribute name cannot both
    // be output (Siddhi: "Duplicate attribute exist in streams").
    std::vector<std::string> owners;
    std::vector<ResolvedColumn> columns = input.Expand(&owners);
    std::set<std::string> reported;
    for (size_t i = 0; i < columns.size(); ++i) {
      const ResolvedColumn& c = columns[i];
      std::optional<size_t> first = out->output.IndexOf(c.name);
      if (first) {
        if (reported.insert(c.name).second) {
          Diagnostic& d = diags_.Error(
              DiagCode::kDuplicateAttribute, select_span,
              absl::StrCat("'select *' would output '", c.name, "' twice: both '", owners[*first],
                           "' and '", owners[i], "' have it"));
          d.notes.push_back({absl::StrCat("select the attributes explicitly and rename one, ",
                                          "e.g. '", owners[i], ".", c.name, " as ", owners[i],
                                          "_", c.name, "'"),
                             {}});
        }
        ok = false;
        continue;
      }
      out->projections.push_back({c.name, bound::MakeFieldRef(c.column, c.type, c.name)});
      out->output.Add(c.name, c.type);
    }
  } else {
    std::vector<SourceSpan> first_spans;
    for (const ast::OutputAttribute& attribute : selector.attributes) {
      ExprBinder binder(*this, input, &sink, "select");
      bound::ExprPtr expr = binder.Bind(*attribute.expr);
      std::string name = attribute.alias;
      if (name.empty()) {
        if (attribute.expr->kind == ast::ExprKind::kAttribute) {
          name = attribute.expr->attribute.name;
        } else {
          diags_.Error(DiagCode::kSyntaxError, attribute.span,
                       "this 'select' expression needs a name: add 'as <name>'");
          ok = false;
          continue;
        }
      }
      if (expr == nullptr) {
        ok = false;
        expr = bound::MakeConstant(Value::Null(Type::kObject), attribute.span);
      }
      if (std::optional<size_t> first = out->output.IndexOf(name)) {
        Diagnostic& d = diags_.Error(DiagCode::kDuplicateAttribute, attribute.span,
                                     absl::StrCat("the query outputs '", name, "' twice"));
        d.notes.push_back({absl::StrCat("'", name, "' is first selected here"),
                           first_spans[*first]});
        d.notes.push_back({"rename one of them with 'as'", {}});
        ok = false;
        continue;
      }
      out->output.Add(name, expr->type);
      out->projections.push_back({name, std::move(expr)});
      first_spans.push_back(attribute.span);
    }
  }

  // group by reads the input.
  for (const ast::ExprPtr& key : selector.group_by) {
    ExprBinder binder(*this, input, nullptr, "'group by'");
    if (bound::ExprPtr bound_key = binder.Bind(*key)) out->group_by.push_back(std::move(bound_key));
  }

  // having reads output ++ selector scope: output names first, then input attributes
  // (Siddhi's HAVING_STATE lookup).
  AggregateSink having_sink;
  having_sink.arg_scope = &input;
  having_sink.calls = &out->aggregates;
  having_sink.column_base = static_cast<int>(out->output.size());
  if (selector.having != nullptr) {
    Scope scope;
    ScopePart output;
    output.what = "query output";
    output.schema = out->output;
    output.qualifiable = false;
    output.poisoned = !ok;
    scope.AddPart(output);
    Scope shifted = input.Shifted(static_cast<int>(out->output.size()), 1);
    for (const ScopePart& part : shifted.parts()) scope.AddPart(part);
    ExprBinder binder(*this, scope, &having_sink, "'having'");
    out->having = binder.BindCondition(*selector.having, "the 'having' condition");
  }

  // order by names output attributes, or else attributes of the input.
  for (const ast::OrderByItem& item : selector.order_by) {
    if (item.expr->kind != ast::ExprKind::kAttribute) {
      diags_.Error(DiagCode::kInvalidArgument, item.expr->span,
                   "'order by' takes output attribute names");
      continue;
    }
    const std::string& name = item.expr->attribute.name;
    std::optional<size_t> column = out->output.IndexOf(name);
    if (!column && ok && !input.poisoned()) {
      Diagnostics quiet;  // not found in the input either: the error below says what to do
      if (std::optional<ResolvedColumn> in = input.Resolve(*item.expr, quiet)) {
        out->order_by.push_back({in->column, item.ascending, /*input=*/true});
        continue;
      }
    }
    if (!column) {
      if (!ok) continue;
      Diagnostic& d = diags_.Error(
          DiagCode::kUnknownAttribute, item.expr->span,
          absl::StrCat("'order by' needs an attribute of the query output or its input, but '",
                       name, "' is neither"));
      std::string suggestion = ClosestMatch(name, out->output.Names());
      if (!suggestion.empty()) {
        d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
      }
      continue;
    }
    out->order_by.push_back({static_cast<int>(*column), item.ascending});
  }

  if (selector.limit != nullptr) out->limit = NonNegativeConstant(*selector.limit, "limit");
  if (selector.offset != nullptr) out->offset = NonNegativeConstant(*selector.offset, "offset");

  // Aggregate columns follow the input scope, which is final only now (patterns add a column
  // per event reference while the selector is bound).
  int input_size = input.size();
  for (bound::Projection& p : out->projections) {
    PatchAggregatePlaceholders(*p.expr, input_size);
  }
  if (out->having) PatchAggregatePlaceholders(*out->having, having_sink.column_base + input_size);
  return ok;
}

std::optional<int64_t> Analyzer::NonNegativeConstant(const ast::Expr& expr,
                                                     std::string_view what) {
  const ast::Expr* literal = &expr;
  bool negative = false;
  if (expr.kind == ast::ExprKind::kNegate && expr.operands.size() == 1) {
    literal = expr.operands[0].get();
    negative = true;
  }
  if (literal->kind != ast::ExprKind::kConstant || literal->value.is_null() ||
      !IsIntegral(literal->value.type())) {
    diags_.Error(DiagCode::kInvalidArgument, expr.span,
                 absl::StrCat("'", std::string(what), "' must be an int or long constant"));
    return std::nullopt;
  }
  int64_t value = literal->value.AsLong();
  if (negative) value = -value;
  if (value < 0) {
    // Siddhi: "'limit' cannot have negative value, but found '-1'".
    diags_.Error(DiagCode::kInvalidArgument, expr.span,
                 absl::StrCat("'", std::string(what), "' cannot be negative, but found ", value));
    return std::nullopt;
  }
  return value;
}

std::optional<int64_t> Analyzer::TimeConstant(const ast::Expr& expr, std::string_view what,
                                              DiagCode code) {
  if (expr.kind == ast::ExprKind::kConstant && !expr.value.is_null() &&
      IsIntegral(expr.value.type())) {
    int64_t value = expr.value.AsLong();
    if (value > 0) return value;
    diags_.Error(code, expr.span,
                 absl::StrCat(std::string(what), " must be a positive time, but found ", value,
                              " ms"));
    return std::nullopt;
  }
  diags_.Error(code, expr.span,
               absl::StrCat(std::string(what), " must be a time constant such as '1 sec'"));
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Output rate and targets.

bound::OutputRate Analyzer::AnalyzeOutputRate(const ast::OutputRate& rate) {
  bound::OutputRate out;
  out.kind = rate.kind;
  out.which = rate.which;
  if (rate.kind == ast::OutputRate::Kind::kNone || rate.value == nullptr) return out;
  const ast::Expr& value = *rate.value;
  if (rate.kind == ast::OutputRate::Kind::kEvents) {
    if (value.kind == ast::ExprKind::kConstant && !value.value.is_null() &&
        IsIntegral(value.value.type()) && !value.is_time && value.value.AsLong() > 0) {
      out.value = value.value.AsLong();
    } else {
      diags_.Error(DiagCode::kInvalidOutputRate, value.span,
                   "'output every <n> events' needs a positive number of events");
    }
    return out;
  }
  if (std::optional<int64_t> ms =
          TimeConstant(value, "the output rate", DiagCode::kInvalidOutputRate)) {
    out.value = *ms;
  }
  return out;
}

void Analyzer::AnalyzeOutput(const ast::OutputAction& action, const Schema& output,
                             bool output_known, bound::Output* out) {
  out->kind = action.kind;
  out->events = action.events == ast::OutputEventType::kDefault ? ast::OutputEventType::kCurrent
                                                                : action.events;
  switch (action.kind) {
    case ast::OutputAction::Kind::kReturn:
      out->target_kind = bound::Output::TargetKind::kNone;
      return;
    case ast::OutputAction::Kind::kDelete:
    case ast::OutputAction::Kind::kUpdate:
    case ast::OutputAction::Kind::kUpdateOrInsert:
      AnalyzeTableOperation(action, output, output_known, out);
      return;
    case ast::OutputAction::Kind::kInsert:
      break;
  }

  SourceSpan span = action.target_span.empty() ? action.span : action.target_span;
  out->target_kind = bound::Output::TargetKind::kStream;
  if (action.target_inner) {
    std::string name = "#" + action.target;
    out->target_name = name;
    if (current_partition_ < 0) {
      diags_.Error(DiagCode::kInvalidPartition, span,
                   absl::StrCat("inner stream '", name, "' can only be used inside a partition"));
      return;
    }
    int index = FindInnerStream(name);
    if (index < 0) {
      bound::Stream stream;
      stream.name = name;
      stream.schema = output;
      stream.kind = bound::StreamKind::kInner;
      stream.partition = current_partition_;
      stream.span = span;
      index = AddStream(std::move(stream));
      AddInnerStream(name, index);
    } else if (output_known) {
      CheckOutputSchema(diags_, output, app_.streams[index].schema, "inner stream", name, span,
                        app_.streams[index].span, /*implicit=*/true);
    }
    out->target = index;
    return;
  }
  if (action.target_fault) {
    out->target_name = "!" + action.target;
    bool poisoned = false;
    int index = FaultStream(action.target, span, &poisoned);
    if (index >= 0 && output_known) {
      CheckOutputSchema(diags_, output, app_.streams[index].schema, "fault stream",
                        out->target_name, span, {}, /*implicit=*/false);
    }
    out->target = index;
    return;
  }

  const std::string& name = action.target;
  out->target_name = name;
  const Definition* def = Find(name);
  if (def == nullptr) {
    // `insert into` a new name defines the stream with the query's output attributes.
    bound::Stream stream;
    stream.name = name;
    stream.schema = output;
    stream.span = span;
    Definition d{DefKind::kStream, static_cast<int>(app_.streams.size()), span};
    d.implicit = true;
    d.poisoned = !output_known;
    Claim(name, d, span, "stream");
    out->target = AddStream(std::move(stream));
    return;
  }
  bool check = output_known && !def->poisoned;
  switch (def->kind) {
    case DefKind::kStream:
    case DefKind::kTrigger:
      out->target = def->index;
      if (check) {
        CheckOutputSchema(diags_, output, app_.streams[def->index].schema, KindWord(def->kind),
                          name, span, def->span, def->implicit);
      }
      return;
    case DefKind::kTable:
      out->target_kind = bound::Output::TargetKind::kTable;
      out->target = def->index;
      if (check) {
        CheckOutputSchema(diags_, output, app_.tables[def->index].schema, "table", name, span,
                          def->span, false);
      }
      return;
    case DefKind::kWindow:
      out->target_kind = bound::Output::TargetKind::kNamedWindow;
      out->target = def->index;
      if (check) {
        CheckOutputSchema(diags_, output, app_.windows[def->index].schema, "window", name, span,
                          def->span, false);
      }
      return;
    case DefKind::kAggregation:
      out->target_kind = bound::Output::TargetKind::kNone;
      if (!def->poisoned) {
        diags_.Error(DiagCode::kSchemaMismatch, span,
                     absl::StrCat("cannot insert into aggregation '", name, "'"));
      }
      return;
  }
}

void Analyzer::AnalyzeTableOperation(const ast::OutputAction& action, const Schema& output,
                                     bool output_known, bound::Output* out) {
  std::string verb = action.kind == ast::OutputAction::Kind::kDelete ? "delete"
                     : action.kind == ast::OutputAction::Kind::kUpdate
                         ? "update"
                         : "update or insert";
  SourceSpan span = action.target_span.empty() ? action.span : action.target_span;
  std::string name = action.target_inner   ? "#" + action.target
                     : action.target_fault ? "!" + action.target
                                           : action.target;
  out->target_name = name;
  out->target_kind = bound::Output::TargetKind::kNone;
  const Definition* def = action.target_inner || action.target_fault ? nullptr : Find(name);
  if (def == nullptr && !action.target_inner && !action.target_fault) {
    Diagnostic& d = diags_.Error(DiagCode::kUnknownStream, span,
                                 absl::StrCat("table '", name, "' is not defined"));
    std::vector<std::string> tables;
    for (const bound::Table& t : app_.tables) tables.push_back(t.name);
    std::string suggestion = ClosestMatch(name, tables);
    if (!suggestion.empty()) {
      d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
    }
    return;
  }
  if (def != nullptr && def->poisoned) return;
  if (def == nullptr || def->kind != DefKind::kTable) {
    std::string what = def == nullptr ? "stream" : KindWord(def->kind);
    diags_.Error(DiagCode::kInvalidTableOperation, span,
                 absl::StrCat("'", verb, "' needs a table, but '", name, "' is a ", what));
    return;
  }
  const bound::Table& table = app_.tables[def->index];
  out->target_kind = bound::Output::TargetKind::kTable;
  out->target = def->index;

  // `update or insert` may insert the output as a new row, so Siddhi checks it like an insert.
  if (action.kind == ast::OutputAction::Kind::kUpdateOrInsert && output_known) {
    CheckOutputSchema(diags_, output, table.schema, "table", name, span, def->span, false);
  }

  // `on` and `set` read [output ++ table]: output names first; `T.x` names the table.
  Scope scope;
  ScopePart output_part;
  output_part.what = "query output";
  output_part.schema = output;
  output_part.qualifiable = false;
  output_part.poisoned = !output_known;
  scope.AddPart(output_part);
  ScopePart table_part;
  table_part.name = name;
  table_part.what = "table";
  table_part.schema = table.schema;
  table_part.offset = static_cast<int>(output.size());
  table_part.tier = 1;
  scope.AddPart(table_part);

  if (action.on != nullptr) {
    ExprBinder binder(*this, scope, nullptr, "an 'on' condition");
    out->on = binder.BindCondition(*action.on, "the 'on' condition");
  }

  for (const ast::SetClause& clause : action.set) {
    const ast::Expr& target = *clause.target;
    if (target.kind != ast::ExprKind::kAttribute ||
        (!target.attribute.stream.empty() && target.attribute.stream != name)) {
      diags_.Error(DiagCode::kInvalidTableOperation, target.span,
                   absl::StrCat("'set' assigns attributes of table '", name, "'"));
      continue;
    }
    std::optional<size_t> column = table.schema.IndexOf(target.attribute.name);
    if (!column) {
      Diagnostic& d =
          diags_.Error(DiagCode::kUnknownAttribute, target.span,
                       absl::StrCat("table '", name, "' has no attribute '",
                                    target.attribute.name, "'"));
      std::string suggestion = ClosestMatch(target.attribute.name, table.schema.Names());
      if (!suggestion.empty()) {
        d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
      }
      continue;
    }
    ExprBinder binder(*this, scope, nullptr, "a 'set' value");
    bound::ExprPtr value = binder.Bind(*clause.value);
    if (value == nullptr) continue;
    Type type = table.schema.at(*column).type;
    if (value->type != type) {
      if (value->IsConstant() && value->value.is_null()) {
        value = bound::MakeConstant(Value::Null(type), value->span);
      } else if (IsNumeric(value->type) && IsNumeric(type)) {
        // Siddhi stores the value's own object (`set price = 10` keeps an Integer in a float
        // attribute); the table column holds it as a foreign value (runtime/vector.h).
      } else if (type != Type::kObject) {
        diags_.Error(DiagCode::kTypeMismatch, clause.value->span,
                     absl::StrCat("cannot set ", std::string(TypeName(type)), " attribute '",
                                  target.attribute.name, "' of table '", name, "' to a ",
                                  std::string(TypeName(value->type)), " value"));
        continue;
      }
    }
    out->set.emplace_back(static_cast<int>(*column), std::move(value));
  }

  // `update` / `update or insert` without `set` assign every table attribute that the output
  // has under the same name (Siddhi's default UpdateSet).
  if (action.set.empty() && action.kind != ast::OutputAction::Kind::kDelete && output_known) {
    for (size_t j = 0; j < table.schema.size(); ++j) {
      const Attribute& column = table.schema.at(j);
      std::optional<size_t> source = output.IndexOf(column.name);
      if (!source) continue;
      Type type = output.at(*source).type;
      bound::ExprPtr value = bound::MakeFieldRef(static_cast<int>(*source), type, column.name);
      if (type != column.type) {
        if (!IsNumeric(type) || !IsNumeric(column.type)) {
          diags_.Error(DiagCode::kSchemaMismatch, span,
                       absl::StrCat("the query outputs '", column.name, "' as ",
                                    std::string(TypeName(type)), ", but table '", name,
                                    "' holds it as ", std::string(TypeName(column.type))));
          continue;
        }
        // A numeric value of another type is stored as it is, as in a 'set' clause.
      }
      out->set.emplace_back(static_cast<int>(j), std::move(value));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// On-demand queries.

bound::OnDemandQuery Analyzer::AnalyzeOnDemandQuery(const ast::OnDemandQuery& query,
                                                    const bound::App& app) {
  // The deployed app's stores, at the same indexes (named windows keep only their schema).
  app_.name = app.name;
  app_.tables = app.tables;
  for (size_t i = 0; i < app.tables.size(); ++i) {
    definitions_.emplace(app.tables[i].name,
                         Definition{DefKind::kTable, static_cast<int>(i), app.tables[i].span});
    definition_order_.push_back(app.tables[i].name);
  }
  for (size_t i = 0; i < app.windows.size(); ++i) {
    bound::NamedWindow window;
    window.name = app.windows[i].name;
    window.schema = app.windows[i].schema;
    window.span = app.windows[i].span;
    app_.windows.push_back(std::move(window));
    definitions_.emplace(app.windows[i].name,
                         Definition{DefKind::kWindow, static_cast<int>(i), app.windows[i].span});
    definition_order_.push_back(app.windows[i].name);
  }
  for (size_t i = 0; i < app.aggregations.size(); ++i) {
    definitions_.emplace(app.aggregations[i].name,
                         Definition{DefKind::kAggregation, static_cast<int>(i),
                                    app.aggregations[i].span});
    definition_order_.push_back(app.aggregations[i].name);
  }
  for (size_t i = 0; i < app.streams.size(); ++i) {
    app_.streams.push_back(app.streams[i]);
    if (app.streams[i].kind != bound::StreamKind::kStream) continue;
    definitions_.emplace(app.streams[i].name,
                         Definition{DefKind::kStream, static_cast<int>(i), app.streams[i].span});
    definition_order_.push_back(app.streams[i].name);
  }

  bound::OnDemandQuery out;
  out.span = query.span;
  Scope scope;
  if (query.has_input) {
    out.name = query.store;
    SourceSpan span = query.store_span.empty() ? query.span : query.store_span;
    ScopePart part;
    part.name = query.store;
    part.alias = query.alias;
    const Definition* def = Find(query.store);
    if (def == nullptr) {
      Diagnostic& d = diags_.Error(
          DiagCode::kUnknownStream, span,
          absl::StrCat("'", query.store, "' is not a table, window or aggregation of this app"));
      std::string suggestion = ClosestMatch(query.store, DefinitionNames());
      if (!suggestion.empty()) {
        d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
      }
      part.poisoned = true;
    } else if (def->kind == DefKind::kTable) {
      out.source = bound::SourceKind::kTable;
      out.id = def->index;
      part.what = "table";
      part.schema = app_.tables[def->index].schema;
    } else if (def->kind == DefKind::kWindow) {
      out.source = bound::SourceKind::kNamedWindow;
      out.id = def->index;
      part.what = "window";
      part.schema = app_.windows[def->index].schema;
    } else if (def->kind == DefKind::kAggregation) {
      out.source = bound::SourceKind::kAggregation;
      out.id = def->index;
      part.what = "aggregation";
      part.schema = app.aggregations[def->index].schema;
    } else {
      diags_.Error(DiagCode::kInvalidTableOperation, span,
                   absl::StrCat("on-demand queries read tables, windows and aggregations, but '", query.store,
                                "' is a ", KindWord(def->kind)));
      part.poisoned = true;
    }
    scope.AddPart(part);
    if (query.on != nullptr) {
      ExprBinder binder(*this, scope, nullptr, "an 'on' condition");
      out.on = binder.BindCondition(*query.on, "the 'on' condition");
    }
    if (out.source == bound::SourceKind::kAggregation && !part.poisoned) {
      // `within` and `per` are constants here: an on-demand query has no event to read.
      AnalyzeAggregationRead(query.within_start.get(), query.within_end.get(), query.per.get(),
                             Scope(), span, query.store, &out.aggregation_read);
    } else if (query.within_start != nullptr || query.per != nullptr) {
      const ast::Expr& at = query.within_start != nullptr ? *query.within_start : *query.per;
      diags_.Error(DiagCode::kSyntaxError, at.span,
                   "'within ... per ...' applies only to aggregations");
    }
  }

  bool output_known = AnalyzeSelector(query.selector, scope, query.span, &out.selector);
  const ast::OutputAction& action = query.output;
  if (action.kind == ast::OutputAction::Kind::kInsert) {
    // An on-demand query inserts only into a table (Siddhi's StoreQuery InsertIntoStream).
    out.output.kind = action.kind;
    out.output.events = ast::OutputEventType::kCurrent;
    out.output.target_name = action.target;
    SourceSpan span = action.target_span.empty() ? action.span : action.target_span;
    const Definition* def = Find(action.target);
    if (def == nullptr || def->kind != DefKind::kTable) {
      diags_.Error(def == nullptr ? DiagCode::kUnknownStream : DiagCode::kInvalidTableOperation,
                   span,
                   def == nullptr
                       ? absl::StrCat("table '", action.target, "' is not defined")
                       : absl::StrCat("an on-demand query inserts only into tables, but '",
                                      action.target, "' is a ", KindWord(def->kind)));
    } else {
      out.output.target_kind = bound::Output::TargetKind::kTable;
      out.output.target = def->index;
      if (output_known) {
        CheckOutputSchema(diags_, out.selector.output, app_.tables[def->index].schema, "table",
                          action.target, span, def->span, false);
      }
    }
  } else {
    AnalyzeOutput(action, out.selector.output, output_known, &out.output);
  }
  return out;
}

}  // namespace talon::frontend
