// Definitions: app annotations, streams, tables (@PrimaryKey/@Index), named windows, triggers,
// and the constructs Talon rejects (script functions). Aggregations: analyze_aggregation.cc.
#include <set>

#include "absl/strings/str_cat.h"
#include "frontend/analyzer.h"

namespace talon::frontend {

namespace {

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && EqualsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

bool Overlaps(SourceSpan a, SourceSpan b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

void Analyzer::AnalyzeAppAnnotations(const std::vector<ast::Annotation>& annotations) {
  for (const ast::Annotation& annotation : annotations) {
    std::string name = annotation.name;
    if (StartsWithIgnoreCase(name, "plan:")) {
      // Siddhi 3's `@plan:` became `@app:` in Siddhi 4. The AST builder may already have said
      // so; report it once.
      bool reported = false;
      for (const Diagnostic& d : diags_.all()) {
        if (d.code == DiagCode::kDeprecatedSyntax && Overlaps(d.span, annotation.span)) {
          reported = true;
        }
      }
      std::string rest = name.substr(5);
      if (!reported) {
        diags_.Error(DiagCode::kDeprecatedSyntax, annotation.span,
                     absl::StrCat("'@plan:", rest, "' is Siddhi 3 syntax; use '@app:", rest, "'"));
      }
      name = "app:" + rest;
    }
    if (EqualsIgnoreCase(name, "app:name")) {
      if (!annotation.elements.empty()) app_.name = annotation.elements.front().value;
    } else if (EqualsIgnoreCase(name, "app:playback")) {
      app_.playback = true;
    }
    // Other @app: annotations (description, statistics, ...) do not change what runs.
  }
}

Schema Analyzer::BuildSchema(const std::vector<ast::AttributeDef>& attributes,
                             std::string_view owner) {
  Schema schema;
  for (size_t i = 0; i < attributes.size(); ++i) {
    const ast::AttributeDef& attribute = attributes[i];
    const ast::AttributeDef* first = nullptr;
    for (size_t j = 0; j < i; ++j) {
      if (attributes[j].name == attribute.name) {
        first = &attributes[j];
        break;
      }
    }
    if (first != nullptr) {
      Diagnostic& d = diags_.Error(DiagCode::kDuplicateAttribute, attribute.span,
                                   absl::StrCat("attribute '", attribute.name,
                                                "' is defined twice in ", std::string(owner)));
      d.notes.push_back({absl::StrCat("'", attribute.name, "' is first defined here"), first->span});
      continue;
    }
    schema.Add(attribute.name, attribute.type);
  }
  return schema;
}

void Analyzer::DefineStream(const ast::StreamDef& def) {
  bound::Stream stream;
  stream.name = def.name;
  stream.schema = BuildSchema(def.attributes, absl::StrCat("stream '", def.name, "'"));
  stream.annotations = def.annotations;
  stream.span = def.name_span;
  Definition d{DefKind::kStream, static_cast<int>(app_.streams.size()), def.name_span};
  if (!Claim(def.name, d, def.name_span, "stream")) return;
  AddStream(std::move(stream));
}

void Analyzer::DefineTable(const ast::TableDef& def) {
  bound::Table table;
  table.name = def.name;
  std::string owner = absl::StrCat("table '", def.name, "'");
  table.schema = BuildSchema(def.attributes, owner);
  table.annotations = def.annotations;
  table.span = def.name_span;

  // @PrimaryKey('a', 'b') and @Index('a') name columns (Siddhi's AnnotationHelper and
  // IndexEventHolder): each must exist, a key is declared once, and a column is indexed once.
  const ast::Annotation* primary_key = nullptr;
  std::set<std::string> indexed;
  for (const ast::Annotation& annotation : def.annotations) {
    bool is_key = EqualsIgnoreCase(annotation.name, "PrimaryKey");
    bool is_index = EqualsIgnoreCase(annotation.name, "Index");
    if (!is_key && !is_index) continue;
    std::string label = is_key ? "@PrimaryKey" : "@Index";
    if (is_key) {
      if (primary_key != nullptr) {
        Diagnostic& d = diags_.Error(DiagCode::kInvalidAnnotation, annotation.span,
                                     absl::StrCat("'@PrimaryKey' is given twice for ", owner,
                                                  "; list every key attribute in one '@PrimaryKey'"));
        d.notes.push_back({"the first '@PrimaryKey' is here", primary_key->span});
        continue;
      }
      primary_key = &annotation;
    }
    if (annotation.elements.empty()) {
      diags_.Error(DiagCode::kInvalidAnnotation, annotation.span,
                   absl::StrCat("'", label, "' needs at least one attribute of ", owner));
      continue;
    }
    std::set<std::string> in_key;
    for (const ast::AnnotationElement& element : annotation.elements) {
      std::optional<size_t> column = table.schema.IndexOf(element.value);
      if (!column) {
        Diagnostic& d = diags_.Error(
            DiagCode::kUnknownAttribute, element.span,
            absl::StrCat(owner, " has no attribute '", element.value, "' (named in '", label, "')"));
        std::string suggestion = ClosestMatch(element.value, table.schema.Names());
        if (!suggestion.empty()) {
          d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
        }
        continue;
      }
      if (is_key) {
        if (!in_key.insert(element.value).second) {
          diags_.Error(DiagCode::kInvalidAnnotation, element.span,
                       absl::StrCat("'", element.value, "' appears twice in '@PrimaryKey'"));
          continue;
        }
        table.primary_key.push_back(static_cast<int>(*column));
      } else {
        if (!indexed.insert(element.value).second) {
          diags_.Error(DiagCode::kInvalidAnnotation, element.span,
                       absl::StrCat("attribute '", element.value, "' of ", owner,
                                    " is indexed twice"));
          continue;
        }
        table.indexes.push_back(static_cast<int>(*column));
      }
    }
  }

  Definition d{DefKind::kTable, static_cast<int>(app_.tables.size()), def.name_span};
  if (!Claim(def.name, d, def.name_span, "table")) return;
  app_.tables.push_back(std::move(table));
}

bool Analyzer::BindWindow(const ast::StreamHandler& handler, const Scope& scope,
                          bound::WindowCall* out) {
  out->name = QualifiedName(handler.ns, handler.name);
  out->span = handler.span;
  ExprBinder binder(*this, scope, nullptr, "a window argument");
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
    out->args.push_back(std::move(bound_arg));
  }
  if (!ok) return false;
  Lookup<WindowRef> window = catalog_.LookupWindow(handler.ns, handler.name, infos);
  if (const auto* error = std::get_if<LookupError>(&window)) {
    ReportLookupError(diags_, *error, handler.span, spans);
    return false;
  }
  out->window_id = std::get<WindowRef>(window).id;
  return true;
}

void Analyzer::DefineWindow(const ast::WindowDef& def) {
  bound::NamedWindow window;
  window.name = def.name;
  window.schema = BuildSchema(def.attributes, absl::StrCat("window '", def.name, "'"));
  window.span = def.name_span;
  // `define window W (...) length(5)` without `output ...` emits current and expired events.
  window.output =
      def.output == ast::OutputEventType::kDefault ? ast::OutputEventType::kAll : def.output;

  ScopePart part;
  part.name = def.name;
  part.what = "window";
  part.schema = window.schema;
  Scope scope;
  scope.AddPart(part);
  bool ok = BindWindow(def.window, scope, &window.window);

  Definition d{DefKind::kWindow, static_cast<int>(app_.windows.size()), def.name_span};
  d.poisoned = !ok;
  if (!Claim(def.name, d, def.name_span, "window")) return;
  app_.windows.push_back(std::move(window));
}

void Analyzer::DefineTrigger(const ast::TriggerDef& def) {
  if (def.every_ms && *def.every_ms <= 0) {
    diags_.Error(DiagCode::kInvalidArgument, def.span,
                 absl::StrCat("trigger '", def.name, "' needs a positive period, but found ",
                              *def.every_ms, " ms"));
  }
  // Siddhi defines a stream named after the trigger: (triggered_time long).
  bound::Stream stream;
  stream.name = def.name;
  stream.schema.Add("triggered_time", Type::kLong);
  stream.annotations = def.annotations;
  stream.span = def.name_span;
  Definition d{DefKind::kTrigger, static_cast<int>(app_.streams.size()), def.name_span};
  if (!Claim(def.name, d, def.name_span, "trigger")) return;
  bound::Trigger trigger;
  trigger.name = def.name;
  trigger.every_ms = def.every_ms;
  trigger.at = def.at;
  trigger.stream = AddStream(std::move(stream));
  trigger.span = def.name_span;
  app_.triggers.push_back(std::move(trigger));
}

void Analyzer::DefineFunction(const ast::FunctionDef& def) {
  diags_.Error(DiagCode::kUnsupported, def.name_span.empty() ? def.span : def.name_span,
               absl::StrCat("script functions ('", def.language, "') are not supported"));
  // Calls to it are then silent instead of "unknown function".
  script_functions_.push_back(def.name);
}

}  // namespace talon::frontend
