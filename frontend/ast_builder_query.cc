// Queries (`from ... select ... output ... insert/delete/update/return`), their inputs other
// than patterns (single streams and joins), selectors, rate limits and output actions;
// partitions; on-demand (store) queries.
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

// Fills the stream part of a SingleInput from `source` (`S`, `#S`, `!S`) and makes it an
// active stream, as Siddhi's visitSource does with the source text.
void SetSource(AstBuilder& b, CQLParser::SourceContext* source, ast::SingleInput& input) {
  input.stream = b.Name(source->stream_name);
  input.is_inner = source->inner != nullptr;
  input.is_fault = source->fault != nullptr;
  input.stream_span = b.SpanOf(source);
  b.AddActiveStream(
      absl::StrCat(input.is_inner ? "#" : "", input.is_fault ? "!" : "", input.stream));
}

void AddHandlers(AstBuilder& b, CQLParser::Stream_handlersContext* handlers,
                 ast::SingleInput& input) {
  if (handlers == nullptr) return;
  for (CQLParser::Stream_handlerContext* h : handlers->stream_handler()) {
    if (CQLParser::FilterContext* filter = h->filter()) {
      ast::StreamHandler handler;
      handler.kind = ast::StreamHandler::Kind::kFilter;
      handler.filter = b.Expr(filter->condition);
      handler.span = b.SpanOf(filter);
      input.handlers.push_back(std::move(handler));
    } else if (CQLParser::Stream_functionContext* fn = h->stream_function()) {
      ast::StreamHandler handler =
          b.FunctionHandler(fn->function_operation(), ast::StreamHandler::Kind::kFunction);
      handler.span = b.SpanOf(fn);
      input.handlers.push_back(std::move(handler));
    }
  }
}

void AddWindow(AstBuilder& b, CQLParser::WindowContext* window, ast::SingleInput& input) {
  if (window == nullptr) return;
  ast::StreamHandler handler =
      b.FunctionHandler(window->function_operation(), ast::StreamHandler::Kind::kWindow);
  handler.span = b.SpanOf(window);
  input.handlers.push_back(std::move(handler));
}

ast::SingleInput JoinSource(AstBuilder& b, CQLParser::Join_sourceContext* ctx) {
  ast::SingleInput input;
  SetSource(b, ctx->source(), input);
  AddHandlers(b, ctx->stream_handlers(), input);
  AddWindow(b, ctx->window(), input);
  if (ctx->alias != nullptr) {
    // Siddhi's visitJoin_source: the alias replaces the stream name among active streams.
    input.alias = b.Name(ctx->alias);
    b.RemoveActiveStream(ctx->source()->getText());
    b.AddActiveStream(input.alias);
  }
  input.span = b.SpanOf(ctx);
  return input;
}

ast::JoinInput JoinStream(AstBuilder& b, CQLParser::Join_streamContext* ctx) {
  ast::JoinInput join;
  join.left = JoinSource(b, ctx->left_source);
  join.right = JoinSource(b, ctx->right_source);
  CQLParser::Join_typeContext* type = ctx->join_type();
  if (dynamic_cast<CQLParser::LeftOuterJoinContext*>(type) != nullptr) {
    join.type = ast::JoinType::kLeftOuter;
  } else if (dynamic_cast<CQLParser::RightOuterJoinContext*>(type) != nullptr) {
    join.type = ast::JoinType::kRightOuter;
  } else if (dynamic_cast<CQLParser::FullOuterJoinContext*>(type) != nullptr) {
    join.type = ast::JoinType::kFullOuter;
  } else if (dynamic_cast<CQLParser::BareOuterJoinContext*>(type) != nullptr) {
    // Siddhi's visitJoin: "only FULL OUTER JOIN, RIGHT OUTER JOIN, LEFT OUTER JOIN are
    // supported" (OuterJoinTestCase.joinTest4).
    b.Error(DiagCode::kSyntaxError, b.SpanOf(type),
            "'outer join' needs a side: write 'left outer join', 'right outer join' or "
            "'full outer join'");
  }
  join.left_unidirectional = ctx->left_unidirectional != nullptr;
  join.right_unidirectional = ctx->right_unidirectional != nullptr;
  if (ctx->on_condition != nullptr) join.on = b.Expr(ctx->on_condition);
  if (CQLParser::Within_time_rangeContext* within = ctx->within_time_range()) {
    join.within = b.Expr(within->range_start);
    if (within->range_end != nullptr) join.within_end = b.Expr(within->range_end);
  }
  if (CQLParser::Per_clauseContext* per = ctx->per_clause()) join.per = b.Expr(per->value);
  join.span = b.SpanOf(ctx);
  return join;
}

ast::OutputAttribute OutputAttribute(AstBuilder& b, CQLParser::Output_attributeContext* ctx) {
  ast::OutputAttribute attribute;
  attribute.span = b.SpanOf(ctx);
  if (auto* aliased = dynamic_cast<CQLParser::AliasedOutputAttributeContext*>(ctx)) {
    attribute.expr = b.Expr(aliased->expression());
    attribute.alias = b.Name(aliased->alias);
  } else if (auto* ref = dynamic_cast<CQLParser::ReferenceOutputAttributeContext*>(ctx)) {
    attribute.expr = b.AttributeReference(ref->attribute_reference());
  }
  return attribute;
}

// Siddhi's visitLimit/visitOffset: "'limit' only accepts int and long constants".
ast::ExprPtr LimitValue(AstBuilder& b, CQLParser::ExpressionContext* value, const char* clause) {
  ast::ExprPtr e = b.Expr(value);
  if (e->kind != ast::ExprKind::kConstant) {
    b.Error(DiagCode::kInvalidArgument, e->span,
            absl::StrCat("'", clause, "' takes an int or long constant"));
  }
  return e;
}

ast::OutputRate OutputRate(AstBuilder& b, CQLParser::Output_rateContext* ctx) {
  ast::OutputRate rate;
  if (ctx == nullptr) return rate;
  rate.span = b.SpanOf(ctx);
  auto which = [](antlr4::Token* rate_type) {
    if (rate_type == nullptr) return ast::OutputRate::Which::kAll;
    switch (rate_type->getType()) {
      case CQLParser::FIRST: return ast::OutputRate::Which::kFirst;
      case CQLParser::LAST: return ast::OutputRate::Which::kLast;
      default: return ast::OutputRate::Which::kAll;
    }
  };
  if (auto* events = dynamic_cast<CQLParser::EventOutputRateContext*>(ctx)) {
    rate.kind = ast::OutputRate::Kind::kEvents;
    rate.which = which(events->rate_type);
    rate.value = MakeExpr(ast::ExprKind::kConstant, b.SpanOf(events->event_count));
    rate.value->value = Value::Int(static_cast<int32_t>(b.IntToken(events->event_count)));
  } else if (auto* time = dynamic_cast<CQLParser::TimeOutputRateContext*>(ctx)) {
    rate.kind = ast::OutputRate::Kind::kTime;
    rate.which = which(time->rate_type);
    rate.value = b.TimeValue(time->time_value());
  } else if (auto* snapshot = dynamic_cast<CQLParser::SnapshotOutputRateContext*>(ctx)) {
    rate.kind = ast::OutputRate::Kind::kSnapshot;
    rate.value = b.TimeValue(snapshot->time_value());
  }
  return rate;
}

// Sets the target of an output action from `target`. Only `insert into` may write to an inner
// (`#S`) or fault (`!S`) stream; Siddhi's visitQuery_output rejects them for table operations.
void SetTarget(AstBuilder& b, CQLParser::TargetContext* target, ast::OutputAction& action) {
  CQLParser::SourceContext* source = target->source();
  action.target = b.Name(source->stream_name);
  action.target_inner = source->inner != nullptr;
  action.target_fault = source->fault != nullptr;
  action.target_span = b.SpanOf(target);
  if (action.kind != ast::OutputAction::Kind::kInsert &&
      (action.target_inner || action.target_fault)) {
    b.Error(DiagCode::kInvalidTableOperation, action.target_span,
            absl::StrCat("'", source->getText(),
                         "' is a stream; delete and update work on tables only"));
  }
}

void AddSetClause(AstBuilder& b, CQLParser::Set_clauseContext* set, ast::OutputAction& action) {
  if (set == nullptr) return;
  for (CQLParser::Set_assignmentContext* assignment : set->set_assignment()) {
    ast::SetClause clause;
    clause.target = b.AttributeReference(assignment->attribute_reference());
    clause.value = b.Expr(assignment->value);
    clause.span = b.SpanOf(assignment);
    action.set.push_back(std::move(clause));
  }
}

ast::OutputAction QueryOutput(AstBuilder& b, CQLParser::Query_outputContext* ctx) {
  ast::OutputAction action;
  action.span = b.SpanOf(ctx);
  if (auto* insert = dynamic_cast<CQLParser::InsertIntoOutputContext*>(ctx)) {
    action.kind = ast::OutputAction::Kind::kInsert;
    action.events = b.OutputEventType(insert->output_event_type());
    SetTarget(b, insert->target(), action);
  } else if (auto* del = dynamic_cast<CQLParser::DeleteOutputContext*>(ctx)) {
    action.kind = ast::OutputAction::Kind::kDelete;
    action.events = b.OutputEventType(del->output_event_type());
    SetTarget(b, del->target(), action);
    if (del->on_condition != nullptr) action.on = b.Expr(del->on_condition);
  } else if (auto* upsert = dynamic_cast<CQLParser::UpdateOrInsertOutputContext*>(ctx)) {
    action.kind = ast::OutputAction::Kind::kUpdateOrInsert;
    action.events = b.OutputEventType(upsert->output_event_type());
    SetTarget(b, upsert->target(), action);
    AddSetClause(b, upsert->set_clause(), action);
    action.on = b.Expr(upsert->on_condition);
  } else if (auto* update = dynamic_cast<CQLParser::UpdateOutputContext*>(ctx)) {
    action.kind = ast::OutputAction::Kind::kUpdate;
    action.events = b.OutputEventType(update->output_event_type());
    SetTarget(b, update->target(), action);
    AddSetClause(b, update->set_clause(), action);
    action.on = b.Expr(update->on_condition);
  } else if (auto* ret = dynamic_cast<CQLParser::ReturnOutputContext*>(ctx)) {
    action.kind = ast::OutputAction::Kind::kReturn;
    action.events = b.OutputEventType(ret->output_event_type());
  }
  return action;
}

// A selector for a missing `select` clause: `select *`.
ast::Selector SelectAll() {
  ast::Selector selector;
  selector.select_all = true;
  return selector;
}

}  // namespace

ast::StreamHandler AstBuilder::FunctionHandler(antlr4::ParserRuleContext* function_operation,
                                               ast::StreamHandler::Kind kind) {
  ast::ExprPtr call = FunctionCall(function_operation);
  ast::StreamHandler handler;
  handler.kind = kind;
  handler.ns = std::move(call->ns);
  handler.name = std::move(call->name);
  handler.args = std::move(call->operands);
  handler.span = call->span;
  return handler;
}

ast::OutputEventType AstBuilder::OutputEventType(antlr4::ParserRuleContext* output_event_type) {
  if (output_event_type == nullptr) return ast::OutputEventType::kDefault;
  if (dynamic_cast<CQLParser::AllEventsTypeContext*>(output_event_type) != nullptr) {
    return ast::OutputEventType::kAll;
  }
  if (dynamic_cast<CQLParser::ExpiredEventsTypeContext*>(output_event_type) != nullptr) {
    return ast::OutputEventType::kExpired;
  }
  return ast::OutputEventType::kCurrent;
}

ast::SingleInput AstBuilder::StandardStream(antlr4::ParserRuleContext* standard_stream) {
  auto* ctx = As<CQLParser::Standard_streamContext>(standard_stream);
  ast::SingleInput input;
  SetSource(*this, ctx->source(), input);
  // Source order: filters and stream functions, the window, then more of them.
  AddHandlers(*this, ctx->pre_window_handlers, input);
  AddWindow(*this, ctx->window(), input);
  AddHandlers(*this, ctx->post_window_handlers, input);
  input.span = SpanOf(ctx);
  return input;
}

ast::SingleInput AstBuilder::BasicSource(antlr4::ParserRuleContext* basic_source) {
  auto* ctx = As<CQLParser::Basic_sourceContext>(basic_source);
  ast::SingleInput input;
  SetSource(*this, ctx->source(), input);
  AddHandlers(*this, ctx->stream_handlers(), input);
  input.span = SpanOf(ctx);
  return input;
}

ast::Selector AstBuilder::Selector(antlr4::ParserRuleContext* selection) {
  ast::Selector selector;
  selector.span = SpanOf(selection);
  antlr4::Token* star = nullptr;
  std::vector<CQLParser::Output_attributeContext*> attributes;
  CQLParser::Group_byContext* group_by = nullptr;
  if (auto* section = dynamic_cast<CQLParser::Query_sectionContext*>(selection)) {
    star = section->star;
    attributes = section->output_attribute();
    group_by = section->group_by();
    if (section->having() != nullptr) selector.having = Expr(section->having()->condition);
    if (section->order_by() != nullptr) {
      for (CQLParser::Order_by_referenceContext* ref : section->order_by()->order_by_reference()) {
        ast::OrderByItem item;
        item.expr = AttributeReference(ref->attribute_reference());
        item.ascending = ref->direction == nullptr || ref->direction->getType() != CQLParser::DESC;
        item.span = SpanOf(ref);
        selector.order_by.push_back(std::move(item));
      }
    }
    if (section->limit() != nullptr) {
      selector.limit = LimitValue(*this, section->limit()->value, "limit");
    }
    if (section->offset() != nullptr) {
      selector.offset = LimitValue(*this, section->offset()->value, "offset");
    }
  } else {
    auto* aggregation = As<CQLParser::Aggregation_selectionContext>(selection);
    star = aggregation->star;
    attributes = aggregation->output_attribute();
    group_by = aggregation->group_by();
  }
  selector.select_all = star != nullptr;
  for (CQLParser::Output_attributeContext* a : attributes) {
    selector.attributes.push_back(OutputAttribute(*this, a));
  }
  if (group_by != nullptr) {
    for (CQLParser::Attribute_referenceContext* ref : group_by->attribute_reference()) {
      selector.group_by.push_back(AttributeReference(ref));
    }
  }
  return selector;
}

ast::Query AstBuilder::Query(antlr4::ParserRuleContext* query) {
  auto* ctx = As<CQLParser::QueryContext>(query);
  ClearActiveStreams();
  ast::Query q;
  for (CQLParser::AnnotationContext* a : ctx->annotation()) q.annotations.push_back(Annotation(a));
  // The input first: it brings the stream names and event names that `x is null` in the
  // selector refers to into scope.
  CQLParser::Query_inputContext* input = ctx->query_input();
  if (input->standard_stream() != nullptr) {
    q.input = StandardStream(input->standard_stream());
  } else if (input->join_stream() != nullptr) {
    q.input = JoinStream(*this, input->join_stream());
  } else if (input->pattern_stream() != nullptr) {
    q.input = StateInput(input->pattern_stream());
  } else if (input->sequence_stream() != nullptr) {
    q.input = StateInput(input->sequence_stream());
  }
  q.selector = ctx->query_section() != nullptr ? Selector(ctx->query_section()) : SelectAll();
  q.output_rate = OutputRate(*this, ctx->output_rate());
  q.output = QueryOutput(*this, ctx->query_output());
  q.span = SpanOf(ctx);
  ClearActiveStreams();
  return q;
}

ast::Partition AstBuilder::Partition(antlr4::ParserRuleContext* partition) {
  auto* ctx = As<CQLParser::PartitionContext>(partition);
  ast::Partition p;
  for (CQLParser::AnnotationContext* a : ctx->annotation()) p.annotations.push_back(Annotation(a));
  for (CQLParser::Partition_with_streamContext* with : ctx->partition_with_stream()) {
    ast::PartitionKey key;
    key.span = SpanOf(with);
    // Siddhi's visitPartition_with_stream makes the partitioned stream active while it reads
    // the key.
    ClearActiveStreams();
    if (auto* value = dynamic_cast<CQLParser::ValuePartitionContext*>(with)) {
      key.stream = Name(value->stream_name);
      key.stream_span = SpanOf(value->stream_name);
      AddActiveStream(key.stream);
      key.value = Expr(value->key);
    } else if (auto* range = dynamic_cast<CQLParser::RangePartitionContext*>(with)) {
      key.stream = Name(range->stream_name);
      key.stream_span = SpanOf(range->stream_name);
      AddActiveStream(key.stream);
      for (CQLParser::Condition_rangeContext* c : range->condition_range()) {
        ast::RangePartitionCase range_case;
        range_case.condition = Expr(c->condition);
        range_case.label = StringValue(c->range_label);
        range_case.span = SpanOf(c);
        key.ranges.push_back(std::move(range_case));
      }
    }
    ClearActiveStreams();
    p.keys.push_back(std::move(key));
  }
  for (CQLParser::QueryContext* q : ctx->query()) p.queries.push_back(Query(q));
  p.span = SpanOf(ctx);
  return p;
}

ast::OnDemandQuery AstBuilder::OnDemandQuery(antlr4::ParserRuleContext* store_query) {
  auto* ctx = As<CQLParser::Store_queryContext>(store_query);
  ast::OnDemandQuery q;
  q.span = SpanOf(ctx);
  q.selector = SelectAll();
  q.output.span = q.span;
  auto selector = [&](CQLParser::Query_sectionContext* section) {
    if (section != nullptr) q.selector = Selector(section);
  };
  if (auto* find = dynamic_cast<CQLParser::FindStoreQueryContext*>(ctx)) {
    CQLParser::Store_inputContext* in = find->store_input();
    q.has_input = true;
    q.store = Name(in->source_name);
    q.store_span = SpanOf(in->source_name);
    AddActiveStream(q.store);
    if (in->alias != nullptr) {
      q.alias = Name(in->alias);
      AddActiveStream(q.alias);
    }
    if (in->on_condition != nullptr) q.on = Expr(in->on_condition);
    if (CQLParser::Within_time_rangeContext* within = in->within_time_range()) {
      q.within_start = Expr(within->range_start);
      if (within->range_end != nullptr) q.within_end = Expr(within->range_end);
    }
    if (in->per_clause() != nullptr) q.per = Expr(in->per_clause()->value);
    selector(find->query_section());
    q.output.kind = ast::OutputAction::Kind::kReturn;
  } else if (auto* insert = dynamic_cast<CQLParser::InsertStoreQueryContext*>(ctx)) {
    selector(insert->query_section());
    q.output.kind = ast::OutputAction::Kind::kInsert;
    SetTarget(*this, insert->target(), q.output);
  } else if (auto* upsert = dynamic_cast<CQLParser::UpdateOrInsertStoreQueryContext*>(ctx)) {
    selector(upsert->query_section());
    q.output.kind = ast::OutputAction::Kind::kUpdateOrInsert;
    SetTarget(*this, upsert->target(), q.output);
    AddSetClause(*this, upsert->set_clause(), q.output);
    q.output.on = Expr(upsert->on_condition);
  } else if (auto* del = dynamic_cast<CQLParser::DeleteStoreQueryContext*>(ctx)) {
    selector(del->query_section());
    q.output.kind = ast::OutputAction::Kind::kDelete;
    SetTarget(*this, del->target(), q.output);
    if (del->on_condition != nullptr) q.output.on = Expr(del->on_condition);
  } else if (auto* update = dynamic_cast<CQLParser::UpdateStoreQueryContext*>(ctx)) {
    selector(update->query_section());
    q.output.kind = ast::OutputAction::Kind::kUpdate;
    SetTarget(*this, update->target(), q.output);
    AddSetClause(*this, update->set_clause(), q.output);
    q.output.on = Expr(update->on_condition);
  }
  // Siddhi's InsertIntoStream for store queries writes only tables (visitStore_query).
  if (q.output.kind == ast::OutputAction::Kind::kInsert &&
      (q.output.target_inner || q.output.target_fault)) {
    Error(DiagCode::kInvalidTableOperation, q.output.target_span,
          "an on-demand query can insert into a table only");
  }
  return q;
}

}  // namespace talon::frontend
