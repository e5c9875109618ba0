// Definitions (define stream/table/window/trigger/function/aggregation) and annotations.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "antlr4-runtime.h"
#include "frontend/ast_builder.h"
#include "grammar/generated/CQLParser.h"

namespace talon::frontend {

using grammar::CQLParser;

namespace {

std::vector<ast::AttributeDef> AttributeDefs(AstBuilder& b,
                                             CQLParser::Attribute_definitionsContext* ctx) {
  std::vector<ast::AttributeDef> attributes;
  for (CQLParser::Attribute_definitionContext* a : ctx->attribute_definition()) {
    ast::AttributeDef def;
    def.name = b.Name(a->attr_name);
    def.type = b.AttributeType(a->attribute_type());
    def.span = b.SpanOf(a);
    attributes.push_back(std::move(def));
  }
  return attributes;
}

std::vector<ast::Annotation> Annotations(AstBuilder& b,
                                         const std::vector<CQLParser::AnnotationContext*>& list) {
  std::vector<ast::Annotation> annotations;
  for (CQLParser::AnnotationContext* a : list) annotations.push_back(b.Annotation(a));
  return annotations;
}

// Siddhi rejects `define stream #S` / `!S` (visitDefinition_stream and friends): inner streams
// exist only inside partitions, and a fault stream comes from @OnError(action='stream').
void CheckPlainSource(AstBuilder& b, CQLParser::SourceContext* source, std::string_view what) {
  std::string name = b.Name(source->stream_name);
  if (source->inner != nullptr) {
    b.Error(DiagCode::kSyntaxError, b.SpanOf(source),
            absl::StrCat("a ", std::string(what), " cannot be an inner stream; '#", name,
                         "' names a stream inside a partition"));
  } else if (source->fault != nullptr) {
    b.Error(DiagCode::kSyntaxError, b.SpanOf(source),
            absl::StrCat("a ", std::string(what), " cannot be a fault stream; '!", name,
                         "' exists when '", name, "' has @OnError(action='stream')"));
  }
}

ast::AnnotationElement AnnotationElement(AstBuilder& b, CQLParser::Annotation_elementContext* ctx) {
  ast::AnnotationElement element;
  element.span = b.SpanOf(ctx);
  element.value = b.StringValue(ctx->value);
  if (CQLParser::Property_nameContext* key = ctx->key) {
    if (key->key_string != nullptr) {
      element.key = b.StringValue(key->key_string);
    } else {
      // `buffer.size`, `idle-time`, `a:b`: the names joined by the separators as written.
      for (antlr4::tree::ParseTree* child : key->children) {
        if (auto* name = dynamic_cast<CQLParser::NameContext*>(child)) {
          element.key += b.Name(name);
        } else {
          element.key += child->getText();
        }
      }
    }
  }
  return element;
}

}  // namespace

Type AstBuilder::AttributeType(antlr4::ParserRuleContext* attribute_type) const {
  auto* ctx = As<CQLParser::Attribute_typeContext>(attribute_type);
  switch (ctx->getStart()->getType()) {
    case CQLParser::STRING: return Type::kString;
    case CQLParser::INT: return Type::kInt;
    case CQLParser::LONG: return Type::kLong;
    case CQLParser::FLOAT: return Type::kFloat;
    case CQLParser::DOUBLE: return Type::kDouble;
    case CQLParser::BOOL: return Type::kBool;
    default: return Type::kObject;
  }
}

ast::Annotation AstBuilder::Annotation(antlr4::ParserRuleContext* annotation) {
  auto* ctx = As<CQLParser::AnnotationContext>(annotation);
  ast::Annotation a;
  a.name = Name(ctx->ann_name);
  a.span = SpanOf(ctx);
  for (CQLParser::Annotation_elementContext* e : ctx->annotation_element()) {
    a.elements.push_back(AnnotationElement(*this, e));
  }
  for (CQLParser::AnnotationContext* nested : ctx->annotation()) {
    a.annotations.push_back(Annotation(nested));
  }
  return a;
}

ast::Annotation AstBuilder::AppAnnotation(antlr4::ParserRuleContext* app_annotation) {
  auto* ctx = As<CQLParser::App_annotationContext>(app_annotation);
  ast::Annotation a;
  std::string ns = Name(ctx->ns);
  std::string name = Name(ctx->ann_name);
  a.name = absl::StrCat(ns, ":", name);
  a.span = SpanOf(ctx);
  for (CQLParser::Annotation_elementContext* e : ctx->annotation_element()) {
    a.elements.push_back(AnnotationElement(*this, e));
  }
  if (absl::EqualsIgnoreCase(ns, "plan")) {
    // Siddhi 3 named app-level annotations @plan:...; Siddhi 4 renamed them and 5.1's grammar
    // (app_annotation: '@' APP ':' name) no longer parses the old form.
    Error(DiagCode::kDeprecatedSyntax,
          SourceSpan::Cover(SpanOf(ctx->AT_SYMBOL()), SpanOf(ctx->ann_name)),
          absl::StrCat("'@plan:", name, "' is Siddhi 3 syntax; use '@app:", name, "'"));
  } else if (!absl::EqualsIgnoreCase(ns, "app")) {
    Error(DiagCode::kSyntaxError, SpanOf(ctx->ns),
          absl::StrCat("unknown annotation namespace '", ns, "' in '@", ns, ":", name,
                       "'; app-level annotations are written '@app:", name, "'"));
  }
  return a;
}

ast::StreamDef AstBuilder::StreamDef(antlr4::ParserRuleContext* definition_stream) {
  auto* ctx = As<CQLParser::Definition_streamContext>(definition_stream);
  ast::StreamDef def;
  def.annotations = Annotations(*this, ctx->annotation());
  CheckPlainSource(*this, ctx->source(), "stream definition");
  def.name = Name(ctx->source()->stream_name);
  def.attributes = AttributeDefs(*this, ctx->attribute_definitions());
  def.span = SpanOf(ctx);
  def.name_span = SpanOf(ctx->source());
  return def;
}

ast::TableDef AstBuilder::TableDef(antlr4::ParserRuleContext* definition_table) {
  auto* ctx = As<CQLParser::Definition_tableContext>(definition_table);
  ast::TableDef def;
  def.annotations = Annotations(*this, ctx->annotation());
  CheckPlainSource(*this, ctx->source(), "table");
  def.name = Name(ctx->source()->stream_name);
  def.attributes = AttributeDefs(*this, ctx->attribute_definitions());
  def.span = SpanOf(ctx);
  def.name_span = SpanOf(ctx->source());
  return def;
}

ast::WindowDef AstBuilder::WindowDef(antlr4::ParserRuleContext* definition_window) {
  auto* ctx = As<CQLParser::Definition_windowContext>(definition_window);
  ast::WindowDef def;
  def.annotations = Annotations(*this, ctx->annotation());
  CheckPlainSource(*this, ctx->source(), "window");
  def.name = Name(ctx->source()->stream_name);
  def.attributes = AttributeDefs(*this, ctx->attribute_definitions());
  def.window = FunctionHandler(ctx->window_function, ast::StreamHandler::Kind::kWindow);
  def.output = OutputEventType(ctx->output_event_type());
  def.span = SpanOf(ctx);
  def.name_span = SpanOf(ctx->source());
  return def;
}

ast::TriggerDef AstBuilder::TriggerDef(antlr4::ParserRuleContext* definition_trigger) {
  auto* ctx = As<CQLParser::Definition_triggerContext>(definition_trigger);
  ast::TriggerDef def;
  def.name = Name(ctx->trigger_name);
  if (ctx->time_value() != nullptr) {
    def.every_ms = TimeValue(ctx->time_value())->value.long_value();
  } else {
    def.at = StringValue(ctx->at_string);
  }
  def.span = SpanOf(ctx);
  def.name_span = SpanOf(ctx->trigger_name);
  return def;
}

ast::FunctionDef AstBuilder::FunctionDef(antlr4::ParserRuleContext* definition_function) {
  auto* ctx = As<CQLParser::Definition_functionContext>(definition_function);
  ast::FunctionDef def;
  def.name = Name(ctx->function_name);
  def.language = Name(ctx->language);
  def.return_type = AttributeType(ctx->attribute_type());
  // The SCRIPT token includes the outer braces.
  std::string body = ctx->body->getText();
  def.body = body.size() >= 2 ? body.substr(1, body.size() - 2) : "";
  def.span = SpanOf(ctx);
  def.name_span = SpanOf(ctx->function_name);
  return def;
}

ast::AggregationDef AstBuilder::AggregationDef(antlr4::ParserRuleContext* definition_aggregation) {
  auto* ctx = As<CQLParser::Definition_aggregationContext>(definition_aggregation);
  ClearActiveStreams();
  ast::AggregationDef def;
  def.annotations = Annotations(*this, ctx->annotation());
  def.name = Name(ctx->aggregation_name);
  def.input = StandardStream(ctx->standard_stream());
  def.selector = Selector(ctx->aggregation_selection());
  if (ctx->timestamp_attr != nullptr) def.aggregate_by = AttributeReference(ctx->timestamp_attr);

  std::vector<CQLParser::Time_unitContext*> units;
  if (auto* range =
          dynamic_cast<CQLParser::AggregationTimeRangeContext*>(ctx->aggregation_time())) {
    def.duration_range = true;
    units = {range->from_unit, range->to_unit};
  } else if (auto* list =
                 dynamic_cast<CQLParser::AggregationTimeListContext*>(ctx->aggregation_time())) {
    units = list->time_unit();
  }
  for (CQLParser::Time_unitContext* unit : units) {
    std::string canonical = CanonicalTimeUnit(unit->getText());
    // Incremental aggregation keeps sec, min, hour, day, month and year buckets only
    // (SiddhiQLBaseVisitorImpl.visitAggregation_time_duration; TimePeriod.Duration).
    if (canonical == "week" || canonical == "millisec") {
      Error(DiagCode::kSyntaxError, SpanOf(unit),
            absl::StrCat("aggregations cannot be kept per '", unit->getText(),
                         "'; use sec, min, hour, day, month or year"));
    }
    def.durations.push_back(canonical);
  }
  def.span = SpanOf(ctx);
  def.name_span = SpanOf(ctx->aggregation_name);
  ClearActiveStreams();
  return def;
}

}  // namespace talon::frontend
