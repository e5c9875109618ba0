// The AST dump is an S-expression tree rendered by a tiny pretty-printer: a list that fits in
// the line budget prints on one line, a longer one breaks after its leading atoms and puts each
// remaining item on its own line, indented by two. The output is a pure function of the AST (no
// spans, no addresses), so golden tests can compare it as text.
//
// Shapes, one per node kind (every field that is not a span appears; defaults are omitted so
// dumps stay short):
//   (app <annotation>... <element>...)
//   (@name (key 'value') 'positional' (@nested ...))
//   (define-stream S|!S <annotation>... (attr type)...)
//   (define-table T <annotation>... (attr type)...)
//   (define-window W <annotation>... (attr type)... (window ns:name arg...) (output all-events))
//   (define-trigger T <annotation>... (every <ms>) | (at 'start'))
//   (define-function f <annotation>... (language l) (returns type) (body '...'))
//   (define-aggregation A <annotation>... (from <stream>) (select ...) (aggregate-by e)
//                       (every sec min) | (every sec ... year))
//   (query <annotation>... (from <input>) (select ...) (output-rate ...) <action>)
//   (partition <annotation>... (with <key>...) (query ...)...)
//   inputs:  (stream S|#S|!S (as a) (filter e) (function ns:name arg...) (window ns:name arg...))
//            (join inner|left-outer|right-outer|full-outer <stream> <stream>
//                  (unidirectional left|right) (on e) (within start [end]) (per e))
//            (pattern|sequence <state> (within e))
//   states:  (state [e1] <stream> (count min max) (within e)), (absent <stream> (for e)),
//            (and a b), (or a b), (next a b ...), (every a)
//   selector: (select * | item... (group-by e...) (having e) (order-by (asc e)...) (limit e)
//             (offset e)); item = e | (as e alias)
//   output:  (insert [events] T), (delete T [(for events)] (on e)),
//            (update|update-or-insert T [(for events)] (set (= target value)...) (on e)),
//            (return [events])
//   exprs:   10, 10L, 1.5F, 2.5, 'text', true, null, (time 60000), price, S.price, #S.price,
//            !S.price, e1[0].price, e1[last].price, e1[last-1].price, (call ns:name arg... | *),
//            (not e), (neg e), (+ a b) ... (and a b), (is-null e), (is-null-stream e1[0]),
//            (in e Table)
#include "frontend/ast_printer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "absl/strings/str_cat.h"

namespace talon::ast {

namespace {

constexpr size_t kLineBudget = 100;

// One S-expression: an atom (items empty, is_list false) or a list of items.
struct Sexp {
  std::string atom;
  std::vector<Sexp> items;
  bool is_list = false;
  // When broken over lines: how many leading items stay on the opening line; -1 means every
  // leading atom ("(define-stream S" but "(select" alone, its items being peers).
  int header = -1;

  static Sexp Atom(std::string text) { return Sexp{std::move(text), {}, false}; }
  static Sexp List(std::string head) {
    Sexp s;
    s.is_list = true;
    s.items.push_back(Atom(std::move(head)));
    return s;
  }
  Sexp& Add(Sexp item) {
    items.push_back(std::move(item));
    return *this;
  }
  Sexp& Add(std::string atom_text) { return Add(Atom(std::move(atom_text))); }
};

void RenderFlat(const Sexp& s, std::string& out) {
  if (!s.is_list) {
    out += s.atom;
    return;
  }
  out += '(';
  for (size_t i = 0; i < s.items.size(); ++i) {
    if (i > 0) out += ' ';
    RenderFlat(s.items[i], out);
  }
  out += ')';
}

std::string Flat(const Sexp& s) {
  std::string out;
  RenderFlat(s, out);
  return out;
}

// Breaks a list that does not fit: its leading atoms stay on the opening line, every other
// item goes on its own line two columns deeper.
void Render(const Sexp& s, size_t indent, std::string& out) {
  std::string flat = Flat(s);
  if (!s.is_list || indent + flat.size() <= kLineBudget) {
    out += flat;
    return;
  }
  out += '(';
  size_t i = 0;
  size_t header = s.header < 0 ? s.items.size() : static_cast<size_t>(s.header);
  for (; i < s.items.size() && i < header && !s.items[i].is_list; ++i) {
    if (i > 0) out += ' ';
    out += s.items[i].atom;
  }
  for (; i < s.items.size(); ++i) {
    out += '\n';
    out.append(indent + 2, ' ');
    Render(s.items[i], indent + 2, out);
  }
  out += ')';
}

// Single-quoted, with the characters that would make the dump ambiguous escaped.
std::string Quote(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\x%02x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += "'";
  return out;
}

std::string QualifiedName(const std::string& ns, const std::string& name) {
  return ns.empty() ? name : absl::StrCat(ns, ":", name);
}

std::string StreamName(const std::string& name, bool inner, bool fault) {
  return absl::StrCat(inner ? "#" : "", fault ? "!" : "", name);
}

std::string EventIndexText(const EventIndex& index) {
  switch (index.kind) {
    case EventIndex::Kind::kNone: return "";
    case EventIndex::Kind::kNumber: return absl::StrCat("[", index.value, "]");
    case EventIndex::Kind::kLast:
      return index.value == 0 ? "[last]" : absl::StrCat("[last-", index.value, "]");
  }
  return "";
}

std::string_view OutputEventTypeName(OutputEventType type) {
  switch (type) {
    case OutputEventType::kDefault: return "";
    case OutputEventType::kCurrent: return "current-events";
    case OutputEventType::kExpired: return "expired-events";
    case OutputEventType::kAll: return "all-events";
  }
  return "";
}

Sexp ToSexp(const Expr& expr);

Sexp ConstantSexp(const Expr& expr) {
  if (expr.is_time) {
    return Sexp::List("time").Add(absl::StrCat(expr.value.AsLong()));
  }
  const Value& v = expr.value;
  if (v.is_null()) return Sexp::Atom("null");
  if (v.type() == Type::kString) return Sexp::Atom(Quote(v.string_value()));
  return Sexp::Atom(v.ToLiteral());
}

std::string AttributeText(const AttributeRef& ref) {
  if (ref.stream.empty()) return ref.name;
  return absl::StrCat(StreamName(ref.stream, ref.stream_inner, ref.stream_fault),
                      EventIndexText(ref.index), ".", ref.name);
}

Sexp ToSexp(const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::kConstant: return ConstantSexp(expr);
    case ExprKind::kAttribute: return Sexp::Atom(AttributeText(expr.attribute));
    case ExprKind::kFunctionCall: {
      Sexp s = Sexp::List("call");
      s.Add(QualifiedName(expr.ns, expr.name));
      if (expr.star) s.Add("*");
      for (const ExprPtr& arg : expr.operands) s.Add(ToSexp(*arg));
      return s;
    }
    case ExprKind::kNot: return Sexp::List("not").Add(ToSexp(*expr.operands[0]));
    case ExprKind::kNegate: return Sexp::List("neg").Add(ToSexp(*expr.operands[0]));
    case ExprKind::kBinary:
      return Sexp::List(std::string(BinaryOpSymbol(expr.op)))
          .Add(ToSexp(*expr.operands[0]))
          .Add(ToSexp(*expr.operands[1]));
    case ExprKind::kIsNull: return Sexp::List("is-null").Add(ToSexp(*expr.operands[0]));
    case ExprKind::kIsNullStream: {
      const AttributeRef& ref = expr.attribute;
      return Sexp::List("is-null-stream")
          .Add(absl::StrCat(StreamName(ref.stream, ref.stream_inner, ref.stream_fault),
                            EventIndexText(ref.index)));
    }
    case ExprKind::kIn: return Sexp::List("in").Add(ToSexp(*expr.operands[0])).Add(expr.name);
  }
  return Sexp::Atom("?");
}

Sexp ExprOrNull(const ExprPtr& expr) { return expr ? ToSexp(*expr) : Sexp::Atom("<null>"); }

// `(tag e)` appended to `s` when `expr` is set.
void AddOptional(Sexp& s, std::string tag, const ExprPtr& expr) {
  if (expr) s.Add(Sexp::List(std::move(tag)).Add(ToSexp(*expr)));
}

Sexp ToSexp(const Annotation& annotation) {
  Sexp s = Sexp::List("@" + annotation.name);
  for (const AnnotationElement& element : annotation.elements) {
    if (element.key.empty()) {
      s.Add(Quote(element.value));
    } else {
      // Keys are written bare (`buffer.size`, `a:b`) unless quoting is needed to read them back.
      bool bare = std::all_of(element.key.begin(), element.key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == ':' ||
               c == '-';
      });
      s.Add(Sexp::List(bare ? element.key : Quote(element.key)).Add(Quote(element.value)));
    }
  }
  for (const Annotation& nested : annotation.annotations) s.Add(ToSexp(nested));
  return s;
}

void AddAnnotations(Sexp& s, const std::vector<Annotation>& annotations) {
  for (const Annotation& a : annotations) s.Add(ToSexp(a));
}

void AddAttributes(Sexp& s, const std::vector<AttributeDef>& attributes) {
  for (const AttributeDef& a : attributes) {
    s.Add(Sexp::List(a.name).Add(std::string(TypeName(a.type))));
  }
}

Sexp ToSexp(const StreamHandler& handler) {
  switch (handler.kind) {
    case StreamHandler::Kind::kFilter: return Sexp::List("filter").Add(ExprOrNull(handler.filter));
    case StreamHandler::Kind::kFunction:
    case StreamHandler::Kind::kWindow: {
      Sexp s = Sexp::List(handler.kind == StreamHandler::Kind::kWindow ? "window" : "function");
      s.Add(QualifiedName(handler.ns, handler.name));
      for (const ExprPtr& arg : handler.args) s.Add(ToSexp(*arg));
      return s;
    }
  }
  return Sexp::Atom("?");
}

Sexp ToSexp(const SingleInput& input) {
  Sexp s = Sexp::List("stream");
  s.Add(StreamName(input.stream, input.is_inner, input.is_fault));
  if (!input.alias.empty()) s.Add(Sexp::List("as").Add(input.alias));
  for (const StreamHandler& h : input.handlers) s.Add(ToSexp(h));
  return s;
}

std::string_view JoinTypeName(JoinType type) {
  switch (type) {
    case JoinType::kInner: return "inner";
    case JoinType::kLeftOuter: return "left-outer";
    case JoinType::kRightOuter: return "right-outer";
    case JoinType::kFullOuter: return "full-outer";
  }
  return "?";
}

Sexp ToSexp(const JoinInput& join) {
  Sexp s = Sexp::List("join");
  s.Add(std::string(JoinTypeName(join.type)));
  s.Add(ToSexp(join.left));
  s.Add(ToSexp(join.right));
  if (join.left_unidirectional) s.Add(Sexp::List("unidirectional").Add("left"));
  if (join.right_unidirectional) s.Add(Sexp::List("unidirectional").Add("right"));
  AddOptional(s, "on", join.on);
  if (join.within) {
    Sexp within = Sexp::List("within").Add(ToSexp(*join.within));
    if (join.within_end) within.Add(ToSexp(*join.within_end));
    s.Add(std::move(within));
  }
  AddOptional(s, "per", join.per);
  return s;
}

Sexp ToSexp(const StateElement& state) {
  Sexp s;
  switch (state.kind) {
    case StateElement::Kind::kStream:
      s = Sexp::List("state");
      if (!state.event_name.empty()) s.Add(state.event_name);
      s.Add(ToSexp(state.input));
      if (state.has_count) {
        s.Add(Sexp::List("count")
                  .Add(absl::StrCat(state.min_count))
                  .Add(absl::StrCat(state.max_count)));
      }
      break;
    case StateElement::Kind::kAbsent:
      s = Sexp::List("absent");
      s.Add(ToSexp(state.input));
      AddOptional(s, "for", state.waiting_time);
      break;
    case StateElement::Kind::kLogical:
      s = Sexp::List(state.is_and ? "and" : "or");
      for (const auto& child : state.children) s.Add(ToSexp(*child));
      break;
    case StateElement::Kind::kNext:
      s = Sexp::List("next");
      for (const auto& child : state.children) s.Add(ToSexp(*child));
      break;
    case StateElement::Kind::kEvery:
      s = Sexp::List("every");
      for (const auto& child : state.children) s.Add(ToSexp(*child));
      break;
  }
  AddOptional(s, "within", state.within);
  return s;
}

Sexp ToSexp(const StateInput& input) {
  Sexp s = Sexp::List(input.is_sequence ? "sequence" : "pattern");
  s.Add(input.root ? ToSexp(*input.root) : Sexp::Atom("<null>"));
  AddOptional(s, "within", input.within);
  return s;
}

// Named apart from the ToSexp overloads: a variant overload would make clang consider
// converting each alternative to the variant, which needs the (deleted) AST copy constructors.
Sexp QueryInputSexp(const QueryInput& input) {
  return std::visit([](const auto& in) { return ToSexp(in); }, input);
}

Sexp ToSexp(const Selector& selector) {
  Sexp s = Sexp::List("select");
  s.header = 1;
  if (selector.select_all) s.Add("*");
  for (const OutputAttribute& attribute : selector.attributes) {
    if (attribute.alias.empty()) {
      s.Add(ExprOrNull(attribute.expr));
    } else {
      s.Add(Sexp::List("as").Add(ExprOrNull(attribute.expr)).Add(attribute.alias));
    }
  }
  if (!selector.group_by.empty()) {
    Sexp g = Sexp::List("group-by");
    for (const ExprPtr& e : selector.group_by) g.Add(ToSexp(*e));
    s.Add(std::move(g));
  }
  AddOptional(s, "having", selector.having);
  if (!selector.order_by.empty()) {
    Sexp o = Sexp::List("order-by");
    for (const OrderByItem& item : selector.order_by) {
      o.Add(Sexp::List(item.ascending ? "asc" : "desc").Add(ExprOrNull(item.expr)));
    }
    s.Add(std::move(o));
  }
  AddOptional(s, "limit", selector.limit);
  AddOptional(s, "offset", selector.offset);
  return s;
}

// nullopt when the query has no output rate.
std::optional<Sexp> ToSexp(const OutputRate& rate) {
  std::string_view kind;
  switch (rate.kind) {
    case OutputRate::Kind::kNone: return std::nullopt;
    case OutputRate::Kind::kEvents: kind = "events"; break;
    case OutputRate::Kind::kTime: kind = "time"; break;
    case OutputRate::Kind::kSnapshot: kind = "snapshot"; break;
  }
  Sexp s = Sexp::List("output-rate");
  s.Add(std::string(kind));
  if (rate.kind != OutputRate::Kind::kSnapshot) {
    switch (rate.which) {
      case OutputRate::Which::kAll: s.Add("all"); break;
      case OutputRate::Which::kFirst: s.Add("first"); break;
      case OutputRate::Which::kLast: s.Add("last"); break;
    }
  }
  s.Add(ExprOrNull(rate.value));
  return s;
}

Sexp ToSexp(const OutputAction& action) {
  std::string target = StreamName(action.target, action.target_inner, action.target_fault);
  std::string_view events = OutputEventTypeName(action.events);
  Sexp s;
  switch (action.kind) {
    case OutputAction::Kind::kInsert:
      s = Sexp::List("insert");
      if (!events.empty()) s.Add(std::string(events));
      s.Add(target);
      return s;
    case OutputAction::Kind::kReturn:
      s = Sexp::List("return");
      if (!events.empty()) s.Add(std::string(events));
      return s;
    case OutputAction::Kind::kDelete: s = Sexp::List("delete"); break;
    case OutputAction::Kind::kUpdate: s = Sexp::List("update"); break;
    case OutputAction::Kind::kUpdateOrInsert: s = Sexp::List("update-or-insert"); break;
  }
  s.Add(target);
  if (!events.empty()) s.Add(Sexp::List("for").Add(std::string(events)));
  if (!action.set.empty()) {
    Sexp set = Sexp::List("set");
    for (const SetClause& clause : action.set) {
      set.Add(Sexp::List("=").Add(ExprOrNull(clause.target)).Add(ExprOrNull(clause.value)));
    }
    s.Add(std::move(set));
  }
  AddOptional(s, "on", action.on);
  return s;
}

Sexp ToSexp(const Query& query) {
  Sexp s = Sexp::List("query");
  AddAnnotations(s, query.annotations);
  s.Add(Sexp::List("from").Add(QueryInputSexp(query.input)));
  s.Add(ToSexp(query.selector));
  if (std::optional<Sexp> rate = ToSexp(query.output_rate)) s.Add(std::move(*rate));
  s.Add(ToSexp(query.output));
  return s;
}

Sexp ToSexp(const StreamDef& def) {
  Sexp s = Sexp::List("define-stream");
  s.Add(StreamName(def.name, false, def.is_fault));
  AddAnnotations(s, def.annotations);
  AddAttributes(s, def.attributes);
  return s;
}

Sexp ToSexp(const TableDef& def) {
  Sexp s = Sexp::List("define-table");
  s.Add(def.name);
  AddAnnotations(s, def.annotations);
  AddAttributes(s, def.attributes);
  return s;
}

Sexp ToSexp(const WindowDef& def) {
  Sexp s = Sexp::List("define-window");
  s.Add(def.name);
  AddAnnotations(s, def.annotations);
  AddAttributes(s, def.attributes);
  s.Add(ToSexp(def.window));
  std::string_view events = OutputEventTypeName(def.output);
  if (!events.empty()) s.Add(Sexp::List("output").Add(std::string(events)));
  return s;
}

Sexp ToSexp(const TriggerDef& def) {
  Sexp s = Sexp::List("define-trigger");
  s.Add(def.name);
  AddAnnotations(s, def.annotations);
  if (def.every_ms) s.Add(Sexp::List("every").Add(absl::StrCat(*def.every_ms)));
  if (!def.at.empty()) s.Add(Sexp::List("at").Add(Quote(def.at)));
  return s;
}

Sexp ToSexp(const FunctionDef& def) {
  Sexp s = Sexp::List("define-function");
  s.Add(def.name);
  AddAnnotations(s, def.annotations);
  s.Add(Sexp::List("language").Add(def.language));
  s.Add(Sexp::List("returns").Add(std::string(TypeName(def.return_type))));
  s.Add(Sexp::List("body").Add(Quote(def.body)));
  return s;
}

Sexp ToSexp(const AggregationDef& def) {
  Sexp s = Sexp::List("define-aggregation");
  s.Add(def.name);
  AddAnnotations(s, def.annotations);
  s.Add(Sexp::List("from").Add(ToSexp(def.input)));
  s.Add(ToSexp(def.selector));
  AddOptional(s, "aggregate-by", def.aggregate_by);
  Sexp every = Sexp::List("every");
  for (size_t i = 0; i < def.durations.size(); ++i) {
    if (def.duration_range && i == 1) every.Add("...");
    every.Add(def.durations[i]);
  }
  s.Add(std::move(every));
  return s;
}

Sexp ToSexp(const PartitionKey& key) {
  Sexp s = Sexp::List("key");
  s.Add(key.stream);
  if (key.value) s.Add(ToSexp(*key.value));
  for (const RangePartitionCase& range : key.ranges) {
    s.Add(Sexp::List("range").Add(ExprOrNull(range.condition)).Add(Quote(range.label)));
  }
  return s;
}

Sexp ToSexp(const Partition& partition) {
  Sexp s = Sexp::List("partition");
  AddAnnotations(s, partition.annotations);
  Sexp with = Sexp::List("with");
  for (const PartitionKey& key : partition.keys) with.Add(ToSexp(key));
  s.Add(std::move(with));
  for (const Query& query : partition.queries) s.Add(ToSexp(query));
  return s;
}

Sexp ElementSexp(const Element& element) {
  return std::visit([](const auto& e) { return ToSexp(e); }, element);
}

Sexp ToSexp(const OnDemandQuery& query) {
  Sexp s = Sexp::List("on-demand");
  if (query.has_input) {
    Sexp from = Sexp::List("from");
    from.Add(query.store);
    if (!query.alias.empty()) from.Add(Sexp::List("as").Add(query.alias));
    AddOptional(from, "on", query.on);
    if (query.within_start) {
      Sexp within = Sexp::List("within").Add(ToSexp(*query.within_start));
      if (query.within_end) within.Add(ToSexp(*query.within_end));
      from.Add(std::move(within));
    }
    AddOptional(from, "per", query.per);
    s.Add(std::move(from));
  }
  s.Add(ToSexp(query.selector));
  s.Add(ToSexp(query.output));
  return s;
}

std::string RenderTop(const Sexp& s) {
  std::string out;
  Render(s, 0, out);
  return out;
}

}  // namespace

std::string ToString(const App& app) {
  Sexp s = Sexp::List("app");
  AddAnnotations(s, app.annotations);
  for (const Element& element : app.elements) s.Add(ElementSexp(element));
  return RenderTop(s);
}

std::string ToString(const Expr& expr) { return RenderTop(ToSexp(expr)); }

std::string ToString(const OnDemandQuery& query) { return RenderTop(ToSexp(query)); }

}  // namespace talon::ast
