#include "frontend/ast_builder.h"

#include <limits>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "antlr4-runtime.h"
#include "grammar/generated/CQLParser.h"

namespace talon::frontend {

using grammar::CQLParser;

// ---------------------------------------------------------------------------------------------
// Literals.

namespace {

void AppendUtf8(uint32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

bool IsHex(char c) { return absl::ascii_isxdigit(static_cast<unsigned char>(c)); }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return absl::ascii_tolower(static_cast<unsigned char>(c)) - 'a' + 10;
}

// Reads `\u[u...]XXXX` starting at text[i] == '\\'; returns the code unit and advances `i`
// past it, or nullopt (and leaves `i`) when fewer than four hex digits follow.
std::optional<uint32_t> ReadUnicodeEscape(std::string_view text, size_t& i) {
  size_t j = i + 1;
  while (j < text.size() && text[j] == 'u') ++j;
  if (j < text.size() && text[j] == '+') ++j;  // commons-lang3 accepts \u+XXXX
  if (j + 4 > text.size()) return std::nullopt;
  uint32_t unit = 0;
  for (size_t k = j; k < j + 4; ++k) {
    if (!IsHex(text[k])) return std::nullopt;
    unit = unit * 16 + HexValue(text[k]);
  }
  i = j + 4;
  return unit;
}

}  // namespace

std::string UnescapeJava(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 >= text.size()) break;  // a trailing lone backslash is dropped
    char next = text[i + 1];
    if (next == 'u') {
      size_t after = i;
      std::optional<uint32_t> unit = ReadUnicodeEscape(text, after);
      if (!unit) {  // not a complete escape: keep it as written
        out += "\\u";
        i += 2;
        continue;
      }
      uint32_t code_point = *unit;
      // UTF-16 surrogate pair written as two escapes: combine into one code point.
      if (code_point >= 0xD800 && code_point <= 0xDBFF && after + 1 < text.size() &&
          text[after] == '\\' && text[after + 1] == 'u') {
        size_t low_end = after;
        std::optional<uint32_t> low = ReadUnicodeEscape(text, low_end);
        if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
          code_point = 0x10000 + ((code_point - 0xD800) << 10) + (*low - 0xDC00);
          after = low_end;
        }
      }
      if (code_point >= 0xD800 && code_point <= 0xDFFF) code_point = 0xFFFD;  // lone surrogate
      AppendUtf8(code_point, out);
      i = after;
      continue;
    }
    if (next >= '0' && next <= '7') {
      // Octal: up to three digits when the first is 0-3 (max \377), else up to two.
      size_t max_digits = next <= '3' ? 3 : 2;
      uint32_t value = 0;
      size_t j = i + 1;
      while (j < text.size() && j < i + 1 + max_digits && text[j] >= '0' && text[j] <= '7') {
        value = value * 8 + (text[j] - '0');
        ++j;
      }
      AppendUtf8(value, out);
      i = j;
      continue;
    }
    switch (next) {
      case 'b': out += '\b'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'f': out += '\f'; break;
      case 'r': out += '\r'; break;
      case '"': out += '"'; break;
      case '\'': out += '\''; break;
      case '\\': out += '\\'; break;
      default: out += next; break;  // commons-lang3 maps a lone "\\" to ""
    }
    i += 2;
  }
  return out;
}

std::string StringLiteralValue(std::string_view token_text) {
  if (token_text.size() >= 6 && token_text.substr(0, 3) == "\"\"\"" &&
      token_text.substr(token_text.size() - 3) == "\"\"\"") {
    return UnescapeJava(token_text.substr(3, token_text.size() - 6));
  }
  if (token_text.size() < 2) return std::string(token_text);
  return std::string(token_text.substr(1, token_text.size() - 2));
}

absl::StatusOr<Value> ParseNumericLiteral(std::string_view text, Type type, bool negative) {
  std::string body(text);
  auto strip_suffix = [&body](char lower) {
    if (!body.empty() && absl::ascii_tolower(static_cast<unsigned char>(body.back())) == lower) {
      body.pop_back();
    }
  };
  std::string shown = absl::StrCat(negative ? "-" : "", std::string(text));
  switch (type) {
    case Type::kInt: {
      int32_t v = 0;
      if (!absl::SimpleAtoi(absl::StrCat(negative ? "-" : "", body), &v)) {
        return absl::InvalidArgumentError(absl::StrCat("integer literal '", shown,
                                                       "' does not fit in an int; write '", shown,
                                                       "L' for a long"));
      }
      return Value::Int(v);
    }
    case Type::kLong: {
      strip_suffix('l');
      int64_t v = 0;
      if (!absl::SimpleAtoi(absl::StrCat(negative ? "-" : "", body), &v)) {
        return absl::InvalidArgumentError(
            absl::StrCat("long literal '", shown, "' does not fit in a long"));
      }
      return Value::Long(v);
    }
    case Type::kFloat: {
      strip_suffix('f');
      float v = 0;
      if (!absl::SimpleAtof(absl::StrCat(negative ? "-" : "", body), &v)) {
        return absl::InvalidArgumentError(absl::StrCat("malformed float literal '", shown, "'"));
      }
      return Value::Float(v);
    }
    case Type::kDouble: {
      strip_suffix('d');
      double v = 0;
      if (!absl::SimpleAtod(absl::StrCat(negative ? "-" : "", body), &v)) {
        return absl::InvalidArgumentError(absl::StrCat("malformed double literal '", shown, "'"));
      }
      return Value::Double(v);
    }
    default: return absl::InternalError("ParseNumericLiteral: not a numeric type");
  }
}

namespace {

struct TimeUnitSpelling {
  const char* spelling;
  const char* canonical;
  int64_t millis;
};

// Siddhi's lexer spellings (YEARS: year(s), MINUTES: min|minute(s), ...).
constexpr TimeUnitSpelling kTimeUnits[] = {
    {"millisec", "millisec", 1},
    {"millisecond", "millisec", 1},
    {"milliseconds", "millisec", 1},
    {"sec", "sec", 1000},
    {"second", "sec", 1000},
    {"seconds", "sec", 1000},
    {"min", "min", 60'000},
    {"minute", "min", 60'000},
    {"minutes", "min", 60'000},
    {"hour", "hour", 3'600'000},
    {"hours", "hour", 3'600'000},
    {"day", "day", 86'400'000},
    {"days", "day", 86'400'000},
    {"week", "week", 604'800'000},
    {"weeks", "week", 604'800'000},
    {"month", "month", 2'592'000'000},
    {"months", "month", 2'592'000'000},
    {"year", "year", 31'536'000'000},
    {"years", "year", 31'536'000'000},
};

const TimeUnitSpelling* FindTimeUnit(std::string_view unit) {
  std::string lower = absl::AsciiStrToLower(std::string(unit));
  for (const TimeUnitSpelling& u : kTimeUnits) {
    if (lower == u.spelling) return &u;
  }
  return nullptr;
}

}  // namespace

std::optional<int64_t> TimeUnitMillis(std::string_view unit) {
  const TimeUnitSpelling* u = FindTimeUnit(unit);
  if (u == nullptr) return std::nullopt;
  return u->millis;
}

std::string CanonicalTimeUnit(std::string_view unit) {
  const TimeUnitSpelling* u = FindTimeUnit(unit);
  return u == nullptr ? "" : u->canonical;
}

// ---------------------------------------------------------------------------------------------
// AstBuilder: entry points and shared helpers.

AstBuilder::AstBuilder(const SourceText& source, Diagnostics& diagnostics)
    : source_(source), diagnostics_(diagnostics) {}

ast::App AstBuilder::BuildApp(antlr4::ParserRuleContext* siddhi_app) {
  auto* ctx = As<CQLParser::Siddhi_appContext>(siddhi_app);
  ast::App app;
  app.span = SpanOf(ctx);
  for (CQLParser::App_annotationContext* a : ctx->app_annotation()) {
    app.annotations.push_back(AppAnnotation(a));
  }
  // Siddhi's grammar (SiddhiQL.g4 siddhi_app) takes every definition before the first query
  // or partition; CQL.g4 accepts any order so that this can say so plainly.
  SourceSpan first_execution;
  auto check_order = [&](SourceSpan definition_span, SourceSpan name_span) {
    if (first_execution.empty()) return;
    Diagnostic& d = Error(DiagCode::kSyntaxError, SourceSpan{definition_span.begin, name_span.end},
                          "definitions must come before queries and partitions");
    d.notes.push_back(DiagNote{"the first query or partition is here", first_execution});
  };
  for (CQLParser::App_elementContext* e : ctx->app_element()) {
    if (e->definition_stream() != nullptr) {
      ast::StreamDef def = StreamDef(e->definition_stream());
      check_order(def.span, def.name_span);
      app.elements.emplace_back(std::move(def));
    } else if (e->definition_table() != nullptr) {
      ast::TableDef def = TableDef(e->definition_table());
      check_order(def.span, def.name_span);
      app.elements.emplace_back(std::move(def));
    } else if (e->definition_window() != nullptr) {
      ast::WindowDef def = WindowDef(e->definition_window());
      check_order(def.span, def.name_span);
      app.elements.emplace_back(std::move(def));
    } else if (e->definition_trigger() != nullptr) {
      ast::TriggerDef def = TriggerDef(e->definition_trigger());
      check_order(def.span, def.name_span);
      app.elements.emplace_back(std::move(def));
    } else if (e->definition_function() != nullptr) {
      ast::FunctionDef def = FunctionDef(e->definition_function());
      check_order(def.span, def.name_span);
      app.elements.emplace_back(std::move(def));
    } else if (e->definition_aggregation() != nullptr) {
      ast::AggregationDef def = AggregationDef(e->definition_aggregation());
      check_order(def.span, def.name_span);
      app.elements.emplace_back(std::move(def));
    } else if (e->query() != nullptr) {
      ast::Query query = Query(e->query());
      if (first_execution.empty()) first_execution = query.span;
      app.elements.emplace_back(std::move(query));
    } else if (e->partition() != nullptr) {
      ast::Partition partition = Partition(e->partition());
      if (first_execution.empty()) first_execution = partition.span;
      app.elements.emplace_back(std::move(partition));
    }
  }
  return app;
}

ast::OnDemandQuery AstBuilder::BuildOnDemandQuery(antlr4::ParserRuleContext* store_query_final) {
  auto* ctx = As<CQLParser::Store_query_finalContext>(store_query_final);
  ClearActiveStreams();
  return OnDemandQuery(ctx->store_query());
}

ast::ExprPtr AstBuilder::BuildExpression(antlr4::ParserRuleContext* expression_final) {
  auto* ctx = As<CQLParser::Expression_finalContext>(expression_final);
  ClearActiveStreams();
  return Expr(ctx->expression());
}

SourceSpan AstBuilder::SpanOf(const antlr4::Token* token) const {
  if (token == nullptr) return SourceSpan{};
  if (token->getType() == antlr4::Token::EOF) {
    uint32_t end = static_cast<uint32_t>(source_.text().size());
    return SourceSpan{end, end};
  }
  return SourceSpan{source_.ByteOffsetOfCodePoint(token->getStartIndex()),
                    source_.ByteOffsetOfCodePoint(token->getStopIndex() + 1)};
}

SourceSpan AstBuilder::SpanOf(antlr4::tree::TerminalNode* node) const {
  return node == nullptr ? SourceSpan{} : SpanOf(node->getSymbol());
}

SourceSpan AstBuilder::SpanOf(antlr4::ParserRuleContext* ctx) const {
  if (ctx == nullptr || ctx->getStart() == nullptr) return SourceSpan{};
  SourceSpan begin = SpanOf(ctx->getStart());
  const antlr4::Token* stop = ctx->getStop();
  // An empty rule's stop token precedes its start token.
  if (stop == nullptr || stop->getTokenIndex() < ctx->getStart()->getTokenIndex()) {
    return SourceSpan{begin.begin, begin.begin};
  }
  if (stop->getType() == antlr4::Token::EOF) {
    return SourceSpan{begin.begin, static_cast<uint32_t>(source_.text().size())};
  }
  return SourceSpan{begin.begin, SpanOf(stop).end};
}

std::string AstBuilder::Name(antlr4::ParserRuleContext* name) const {
  if (name == nullptr) return "";
  std::string text = name->getText();
  // ID_QUOTES keeps its backquotes in the token text.
  if (text.size() >= 2 && text.front() == '`' && text.back() == '`') {
    return text.substr(1, text.size() - 2);
  }
  return text;
}

std::string AstBuilder::StringValue(const antlr4::Token* token) const {
  return token == nullptr ? "" : StringLiteralValue(token->getText());
}

int64_t AstBuilder::IntToken(const antlr4::Token* token) {
  if (token == nullptr) return 0;
  absl::StatusOr<Value> v = ParseNumericLiteral(token->getText(), Type::kInt, false);
  if (!v.ok()) {
    Error(DiagCode::kSyntaxError, SpanOf(token), std::string(v.status().message()));
    return 0;
  }
  return v->int_value();
}

}  // namespace talon::frontend
