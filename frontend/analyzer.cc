// The Analyzer driver and its definitions table: the order in which an app's elements are
// analyzed, name claims and duplicates, fault streams and query names.
#include "frontend/analyzer.h"

#include <cctype>
#include <type_traits>
#include <variant>

#include "absl/strings/str_cat.h"

namespace talon::frontend {

namespace {

std::string_view DefKindName(DefKind kind) {
  switch (kind) {
    case DefKind::kStream: return "stream";
    case DefKind::kTable: return "table";
    case DefKind::kWindow: return "window";
    case DefKind::kTrigger: return "trigger";
    case DefKind::kAggregation: return "aggregation";
  }
  return "stream";
}

}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

const ast::AnnotationElement* FindElement(const ast::Annotation& annotation,
                                          std::string_view key) {
  for (const ast::AnnotationElement& element : annotation.elements) {
    if (EqualsIgnoreCase(element.key, key)) return &element;
  }
  return nullptr;
}

bound::App Analyzer::AnalyzeApp(const ast::App& app) {
  app_.name = "talon-app";
  AnalyzeAppAnnotations(app.annotations);
  CollectExplicitQueryNames(app);

  // Siddhi defines every stream, table, window, trigger and aggregation before it parses any
  // query (SiddhiAppParser), so a query may read a definition written after it.
  for (const ast::Element& element : app.elements) {
    std::visit(
        [this](const auto& e) {
          using T = std::decay_t<decltype(e)>;
          if constexpr (std::is_same_v<T, ast::StreamDef>) DefineStream(e);
          if constexpr (std::is_same_v<T, ast::TableDef>) DefineTable(e);
          if constexpr (std::is_same_v<T, ast::WindowDef>) DefineWindow(e);
          if constexpr (std::is_same_v<T, ast::TriggerDef>) DefineTrigger(e);
          if constexpr (std::is_same_v<T, ast::AggregationDef>) DefineAggregation(e);
          if constexpr (std::is_same_v<T, ast::FunctionDef>) DefineFunction(e);
        },
        element);
  }

  // Queries and partitions in source order: a query's `insert into` defines the streams that
  // later queries read.
  for (const ast::Element& element : app.elements) {
    if (const auto* query = std::get_if<ast::Query>(&element)) AnalyzeQuery(*query);
    if (const auto* partition = std::get_if<ast::Partition>(&element)) {
      AnalyzePartition(*partition);
    }
  }
  return std::move(app_);
}

bool Analyzer::IsScriptFunction(std::string_view ns, std::string_view name) const {
  if (!ns.empty()) return false;
  for (const std::string& f : script_functions_) {
    if (f == name) return true;
  }
  return false;
}

const Definition* Analyzer::Find(std::string_view name) const {
  auto it = definitions_.find(name);
  return it == definitions_.end() ? nullptr : &it->second;
}

bool Analyzer::Claim(const std::string& name, Definition def, SourceSpan span,
                     std::string_view what) {
  auto it = definitions_.find(name);
  if (it != definitions_.end()) {
    Diagnostic& d = diags_.Error(
        DiagCode::kDuplicateDefinition, span,
        absl::StrCat("cannot define ", std::string(what), " '", name, "': '", name,
                     "' is already defined as a ", std::string(DefKindName(it->second.kind))));
    if (!it->second.span.empty()) {
      d.notes.push_back({absl::StrCat("'", name, "' is first defined here"), it->second.span});
    }
    return false;
  }
  definitions_.emplace(name, def);
  definition_order_.push_back(name);
  return true;
}

std::vector<std::string> Analyzer::DefinitionNames() const { return definition_order_; }

int Analyzer::AddStream(bound::Stream stream) {
  app_.streams.push_back(std::move(stream));
  return static_cast<int>(app_.streams.size()) - 1;
}

int Analyzer::FaultStream(const std::string& base, SourceSpan span, bool* poisoned) {
  std::string name = "!" + base;
  if (auto it = fault_streams_.find(name); it != fault_streams_.end()) return it->second;
  const Definition* def = Find(base);
  if (def == nullptr) {
    Diagnostic& d = diags_.Error(
        DiagCode::kUnknownStream, span,
        absl::StrCat("stream '", base, "' is not defined, so it has no fault stream '", name, "'"));
    std::string suggestion = ClosestMatch(base, DefinitionNames());
    if (!suggestion.empty()) d.notes.push_back({absl::StrCat("did you mean '", suggestion, "'?"), {}});
    *poisoned = true;
    return -1;
  }
  if (def->poisoned) {
    *poisoned = true;
    return -1;
  }
  if (def->kind != DefKind::kStream) {
    diags_.Error(DiagCode::kUnknownStream, span,
                 absl::StrCat("'", base, "' is a ", std::string(DefKindName(def->kind)),
                              "; only streams have a fault stream ('", name, "')"));
    *poisoned = true;
    return -1;
  }
  // Siddhi's fault stream: the stream's attributes plus `_error object` (the exception).
  bound::Stream fault;
  fault.name = name;
  fault.schema = app_.streams[def->index].schema;
  fault.schema.Add("_error", Type::kObject);
  fault.kind = bound::StreamKind::kFault;
  fault.span = app_.streams[def->index].span;
  int index = AddStream(std::move(fault));
  fault_streams_.emplace(name, index);
  return index;
}

std::string Analyzer::QueryName(const ast::Query& query) {
  ++query_count_;
  for (const ast::Annotation& annotation : query.annotations) {
    if (!EqualsIgnoreCase(annotation.name, "info")) continue;
    const ast::AnnotationElement* element = FindElement(annotation, "name");
    if (element == nullptr) continue;
    // Callbacks attach to queries by name, so two queries must not share one
    // (Siddhi: "Multiple queries with name ... defined in Siddhi App").
    auto [it, inserted] = query_names_.emplace(element->value, element->span);
    if (!inserted) {
      Diagnostic& d =
          diags_.Error(DiagCode::kDuplicateDefinition, element->span,
                       absl::StrCat("query name '", element->value, "' is used twice"));
      d.notes.push_back({absl::StrCat("'", element->value, "' is first used here"), it->second});
    }
    return element->value;
  }
  // Siddhi names unnamed queries with a UUID; a stable name keeps plans and tests reproducible,
  // but must never take a name the app gives another query (JoinTestCase.joinTest19).
  int n = query_count_;
  std::string name = absl::StrCat("query", n);
  while (explicit_query_names_.contains(name)) name = absl::StrCat("query", ++n);
  explicit_query_names_.insert(name);  // later generated names must avoid it too
  return name;
}

void Analyzer::CollectExplicitQueryNames(const ast::App& app) {
  auto collect = [this](const ast::Query& query) {
    for (const ast::Annotation& annotation : query.annotations) {
      if (!EqualsIgnoreCase(annotation.name, "info")) continue;
      if (const ast::AnnotationElement* e = FindElement(annotation, "name")) {
        explicit_query_names_.insert(e->value);
      }
    }
  };
  for (const ast::Element& element : app.elements) {
    if (const auto* query = std::get_if<ast::Query>(&element)) collect(*query);
    if (const auto* partition = std::get_if<ast::Partition>(&element)) {
      for (const ast::Query& query : partition->queries) collect(query);
    }
  }
}

}  // namespace talon::frontend
