#include "frontend/syntax_errors.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "antlr4-runtime.h"

namespace talon::frontend {
namespace {

// More alternatives than this reads as noise; the message then only names what was found.
constexpr size_t kMaxExpectedItems = 8;

// Token text as shown in a message: quoted, on one line, and cut short if long.
std::string QuoteTokenText(const std::string& text) {
  std::string shown;
  for (char c : text) shown += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (shown.size() > 30) shown = absl::StrCat(shown.substr(0, 27), "...");
  // A string literal already shows its quotes.
  if (!text.empty() && (text[0] == '\'' || text[0] == '"')) return shown;
  return absl::StrCat("'", shown, "'");
}

std::string FoundText(const antlr4::Token* token) {
  if (token == nullptr || token->getType() == antlr4::Token::EOF) return "end of input";
  std::string text = token->getText();
  // A string literal: say so, as its quotes alone read like the quotes around a keyword.
  if (text.size() > 1 && (text[0] == '\'' || text[0] == '"')) {
    return absl::StrCat("the string ", QuoteTokenText(text));
  }
  return QuoteTokenText(text);
}

// "a", "a or b", "a, b or c".
std::string JoinAlternatives(const std::vector<std::string>& items) {
  if (items.size() <= 1) return items.empty() ? "" : items[0];
  std::vector<std::string> head(items.begin(), items.end() - 1);
  return absl::StrCat(absl::StrJoin(head, ", "), " or ", items.back());
}

// Describes token sets in the user's words. Token types and rules are looked up by name, so
// this file depends on the grammar's naming conventions (grammar/README.md) but not on the
// generated classes.
class ExpectedTokens {
 public:
  explicit ExpectedTokens(antlr4::Parser& parser) : parser_(parser) {}

  // The alternatives in `expected`, grouped ("an expression", "a name", "a time unit") and
  // deduplicated; empty when there are too many to be useful.
  std::vector<std::string> Describe(const antlr4::misc::IntervalSet& expected) {
    std::vector<ssize_t> remaining = expected.toList();
    std::vector<std::string> items;
    // Groups: when every token that can start an expression is acceptable, listing them
    // would bury the one useful word.
    TakeGroup(remaining, FirstTokensOf("expression"), "an expression", items);
    TakeGroup(remaining, FirstTokensOf("name"), "a name", items);
    std::vector<std::string> tail;
    bool after_operand = TakeGroup(remaining, BinaryOperators(), "an operator", tail);
    // After a number, a time unit could follow too (`10 sec`); next to "an operator" that
    // only distracts.
    std::vector<ssize_t> units = FirstTokensOf("time_unit");
    if (after_operand) {
      std::vector<std::string> ignored;
      TakeGroup(remaining, units, "", ignored);
    } else {
      TakeGroup(remaining, units, "a time unit", tail);
    }
    for (ssize_t type : remaining) {
      std::string shown = Display(type);
      if (shown.empty()) continue;
      if (std::find(items.begin(), items.end(), shown) == items.end()) items.push_back(shown);
    }
    items.insert(items.end(), tail.begin(), tail.end());
    if (items.size() > kMaxExpectedItems) items.clear();
    return items;
  }

  // Keyword spellings in `expected`, for "did you mean" notes.
  std::vector<std::string> Keywords(const antlr4::misc::IntervalSet& expected) {
    std::vector<std::string> words;
    for (ssize_t type : expected.toList()) {
      if (type <= 0) continue;
      std::string symbolic = parser_.getVocabulary().getSymbolicName(type);
      if (IsKeywordName(symbolic)) words.push_back(KeywordSpelling(symbolic));
    }
    return words;
  }

 private:
  static bool IsKeywordName(const std::string& symbolic) {
    if (symbolic.empty() || absl::EndsWith(symbolic, "_LITERAL") || symbolic == "ID" ||
        symbolic == "ID_QUOTES" || symbolic == "SCRIPT" || symbolic == "UNEXPECTED_CHAR") {
      return false;
    }
    return std::all_of(symbolic.begin(), symbolic.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) || c == '_';
    });
  }

  // NULL_ -> null (the grammar suffixes names that would clash with C++ macros).
  static std::string KeywordSpelling(const std::string& symbolic) {
    std::string word = absl::AsciiStrToLower(symbolic);
    while (!word.empty() && word.back() == '_') word.pop_back();
    return word;
  }

  std::string Display(ssize_t type) {
    if (type == -1) return "end of input";  // Token::EOF as IntervalSet stores it
    if (type <= 0) return "";
    const antlr4::dfa::Vocabulary& vocabulary = parser_.getVocabulary();
    std::string literal = vocabulary.getLiteralName(type);
    if (!literal.empty()) return literal;  // punctuation: "'('"
    std::string symbolic = vocabulary.getSymbolicName(type);
    if (symbolic == "ID" || symbolic == "ID_QUOTES") return "a name";
    if (symbolic == "STRING_LITERAL") return "a string";
    if (symbolic == "INT_LITERAL") return "an integer";
    if (symbolic == "LONG_LITERAL") return "a long";
    if (symbolic == "FLOAT_LITERAL") return "a float";
    if (symbolic == "DOUBLE_LITERAL") return "a double";
    if (symbolic == "SCRIPT") return "a function body '{...}'";
    if (IsKeywordName(symbolic)) return absl::StrCat("'", KeywordSpelling(symbolic), "'");
    return "";
  }

  // The tokens that can start grammar rule `rule` (none if the grammar has no such rule).
  std::vector<ssize_t> FirstTokensOf(const std::string& rule) {
    std::map<std::string, size_t> rules = parser_.getRuleIndexMap();
    auto it = rules.find(rule);
    if (it == rules.end()) return {};
    const antlr4::atn::ATN& atn = parser_.getATN();
    std::vector<ssize_t> first = atn.nextTokens(atn.ruleToStartState[it->second]).toList();
    first.erase(std::remove_if(first.begin(), first.end(), [](ssize_t t) { return t <= 0; }),
                first.end());
    return first;
  }

  // The infix operators of `expression`, by token name.
  std::vector<ssize_t> BinaryOperators() {
    static const char* const kNames[] = {"STAR",   "DIV",   "MOD", "PLUS",  "MINUS",
                                         "LT",     "LT_EQ", "GT",  "GT_EQ", "EQ",
                                         "NOT_EQ", "AND",   "OR",  "IS",    "IN"};
    std::map<std::string, size_t> types = parser_.getTokenTypeMap();
    std::vector<ssize_t> operators;
    for (const char* name : kNames) {
      auto it = types.find(name);
      if (it != types.end()) operators.push_back(static_cast<ssize_t>(it->second));
    }
    return operators;
  }

  // Replaces `group` in `remaining` with `label` (appended to `items`) when all of `group` is
  // there. Returns whether it did.
  static bool TakeGroup(std::vector<ssize_t>& remaining, const std::vector<ssize_t>& group,
                        const std::string& label, std::vector<std::string>& items) {
    if (group.empty()) return false;
    for (ssize_t t : group) {
      if (std::find(remaining.begin(), remaining.end(), t) == remaining.end()) return false;
    }
    remaining.erase(std::remove_if(remaining.begin(), remaining.end(),
                                   [&](ssize_t t) {
                                     return std::find(group.begin(), group.end(), t) != group.end();
                                   }),
                    remaining.end());
    if (!label.empty()) items.push_back(label);
    return true;
  }

  antlr4::Parser& parser_;
};

// The previous on-channel token, or null.
antlr4::Token* PreviousToken(antlr4::Parser& parser, const antlr4::Token* token) {
  auto* stream = dynamic_cast<antlr4::BufferedTokenStream*>(parser.getTokenStream());
  if (stream == nullptr || token == nullptr) return nullptr;
  for (size_t i = token->getTokenIndex(); i-- > 0;) {
    antlr4::Token* t = stream->get(i);
    if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) return t;
  }
  return nullptr;
}

// The token type called `name` in the grammar, or 0.
size_t TokenType(antlr4::Parser& parser, const std::string& name) {
  std::map<std::string, size_t> types = parser.getTokenTypeMap();
  auto it = types.find(name);
  return it == types.end() ? 0 : it->second;
}

// Whether the parser is inside rule `rule` (anywhere on its invocation stack).
bool InRule(antlr4::Parser& parser, const std::string& rule) {
  for (const std::string& r : parser.getRuleInvocationStack()) {
    if (r == rule) return true;
  }
  return false;
}

}  // namespace

// Words every parser error from ANTLR's structured state instead of its message strings, and
// hands it to the collector. Recovery is DefaultErrorStrategy's; only the reporting changes.
class SyntaxErrorCollector::Strategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit Strategy(SyntaxErrorCollector* collector) : collector_(collector) {}

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser,
                                 const antlr4::NoViableAltException& e) override {
    // e.getExpectedTokens() belongs to the decision's first token, which may lie several
    // tokens before the one that failed. The prediction's dead-end configurations are the
    // ATN states it had reached just before `found`; what they accept next is what was
    // expected there.
    antlr4::misc::IntervalSet expected;
    if (e.getStartToken() == e.getOffendingToken()) {
      expected = e.getExpectedTokens();
    } else if (antlr4::atn::ATNConfigSet* configs = e.getDeadEndConfigs()) {
      for (antlr4::atn::ATNState* state : configs->getStates()) {
        expected.addAll(parser->getATN().nextTokens(state));
      }
      expected.remove(antlr4::Token::EPSILON);
    }
    ReportAt(parser, e.getOffendingToken(), ExpectedTokens(*parser).Describe(expected), expected);
  }

  void reportInputMismatch(antlr4::Parser* parser,
                           const antlr4::InputMismatchException& e) override {
    ReportAt(parser, e.getOffendingToken(), ExpectedTokens(*parser).Describe(e.getExpectedTokens()),
             e.getExpectedTokens());
  }

  void reportFailedPredicate(antlr4::Parser* parser,
                             const antlr4::FailedPredicateException& e) override {
    ReportAt(parser, e.getOffendingToken(), {}, {});
  }

  // One token too many: the token after it is what the rule wanted, so naming the extra
  // token is the whole story.
  void reportUnwantedToken(antlr4::Parser* parser) override {
    if (inErrorRecoveryMode(parser)) return;
    beginErrorCondition(parser);
    ReportAt(parser, parser->getCurrentToken(), {}, {});
  }

  void reportMissingToken(antlr4::Parser* parser) override {
    if (inErrorRecoveryMode(parser)) return;
    beginErrorCondition(parser);
    antlr4::misc::IntervalSet expected = getExpectedTokens(parser);
    ReportAt(parser, parser->getCurrentToken(), ExpectedTokens(*parser).Describe(expected),
             expected);
  }

 private:
  void ReportAt(antlr4::Parser* parser, antlr4::Token* found,
                const std::vector<std::string>& expected,
                const antlr4::misc::IntervalSet& expected_set) {
    SourceSpan span = collector_->TokenSpan(found);
    std::string found_text = FoundText(found);

    // Siddhi 3's `insert overwrite T on ...` became `update or insert into T ... on ...`.
    antlr4::Token* previous = PreviousToken(*parser, found);
    if (found != nullptr && previous != nullptr &&
        absl::EqualsIgnoreCase(found->getText(), "overwrite") &&
        absl::EqualsIgnoreCase(previous->getText(), "insert")) {
      collector_->Report(DiagCode::kDeprecatedSyntax,
                         SourceSpan::Cover(collector_->TokenSpan(previous), span),
                         "'insert overwrite' is Siddhi 3 syntax; use 'update or insert into "
                         "<table> set ... on <condition>'");
      return;
    }

    std::string symbolic =
        found == nullptr ? "" : parser->getVocabulary().getSymbolicName(found->getType());
    if (symbolic == "UNEXPECTED_CHAR") {
      std::string text = found->getText();
      if (text == "'" || text == "\"") {
        collector_->Report(DiagCode::kSyntaxError, collector_->RestOfLine(span),
                           "unterminated string literal");
      } else {
        collector_->Report(DiagCode::kSyntaxError, span,
                           absl::StrCat("unexpected character ", QuoteTokenText(text)));
      }
      return;
    }

    std::string message = expected.empty() ? absl::StrCat("unexpected ", found_text)
                                           : absl::StrCat("expected ", JoinAlternatives(expected),
                                                          ", found ", found_text);
    Diagnostic* d = collector_->Report(DiagCode::kSyntaxError, span, std::move(message));
    if (d == nullptr) return;
    // `from S as s select ...`: Siddhi names streams with `as` only in joins.
    antlr4::Token* before = previous == nullptr ? nullptr : PreviousToken(*parser, previous);
    if (before != nullptr && before->getType() == TokenType(*parser, "AS") && symbolic != "ID" &&
        InRule(*parser, "query_input")) {
      d->notes.push_back(DiagNote{
          absl::StrCat("'as ", previous->getText(),
                       "' renames a stream only in a join; a single input stream keeps its name"),
          {}});
    }
    // A misspelled keyword reads as a name; point at the keyword it was probably meant to be.
    if (symbolic == "ID" && !expected_set.isEmpty()) {
      std::string guess =
          ClosestMatch(found->getText(), ExpectedTokens(*parser).Keywords(expected_set));
      if (!guess.empty())
        d->notes.push_back(DiagNote{absl::StrCat("did you mean '", guess, "'?"), {}});
    }
  }

  SyntaxErrorCollector* collector_;
};

// Receives what the strategy does not word itself: lexer errors, and any parser error raised
// without the strategy. Rewrites ANTLR's stock messages into the same style.
class SyntaxErrorCollector::Listener : public antlr4::BaseErrorListener {
 public:
  explicit Listener(SyntaxErrorCollector* collector) : collector_(collector) {}

  void syntaxError(antlr4::Recognizer* /*recognizer*/, antlr4::Token* offending, size_t line,
                   size_t column, const std::string& message, std::exception_ptr /*e*/) override {
    SourceSpan span = offending != nullptr ? collector_->TokenSpan(offending)
                                           : collector_->LineColumnSpan(line, column);
    collector_->Report(DiagCode::kSyntaxError, span, Rewrite(message, offending));
  }

 private:
  // ANTLR's forms: "mismatched input 'x' expecting {...}", "extraneous input 'x' expecting
  // ...", "missing ')' at 'x'", "no viable alternative at input 'a b x'", "token recognition
  // error at: 'x'".
  static std::string Rewrite(const std::string& message, const antlr4::Token* offending) {
    std::string found = FoundText(offending);
    if (absl::StartsWith(message, "token recognition error at: ")) {
      return absl::StrCat("unexpected character ",
                          message.substr(std::string_view("token recognition error at: ").size()));
    }
    if (absl::StartsWith(message, "missing ")) {
      size_t at = message.rfind(" at ");
      std::string what = message.substr(8, at == std::string::npos ? std::string::npos : at - 8);
      return absl::StrCat("expected ", what, ", found ", found);
    }
    if (absl::StartsWith(message, "mismatched input ") ||
        absl::StartsWith(message, "extraneous input ") ||
        absl::StartsWith(message, "no viable alternative")) {
      return absl::StrCat("unexpected ", found);
    }
    std::string lowered = message;
    if (!lowered.empty()) lowered[0] = absl::ascii_tolower(lowered[0]);
    while (!lowered.empty() && lowered.back() == '.') lowered.pop_back();
    return lowered;
  }

  SyntaxErrorCollector* collector_;
};

SyntaxErrorCollector::SyntaxErrorCollector(const SourceText& source, Diagnostics& diagnostics)
    : source_(source), diagnostics_(diagnostics), listener_(std::make_unique<Listener>(this)) {}

SyntaxErrorCollector::~SyntaxErrorCollector() = default;

antlr4::ANTLRErrorListener& SyntaxErrorCollector::listener() { return *listener_; }

std::shared_ptr<antlr4::ANTLRErrorStrategy> SyntaxErrorCollector::MakeErrorStrategy() {
  return std::make_shared<Strategy>(this);
}

Diagnostic* SyntaxErrorCollector::Report(DiagCode code, SourceSpan span, std::string message) {
  ++error_count_;
  if (error_count_ > 1) return nullptr;
  return &diagnostics_.Error(code, span, std::move(message));
}

SourceSpan SyntaxErrorCollector::TokenSpan(const antlr4::Token* token) const {
  if (token == nullptr) return SourceSpan{};
  if (token->getType() == antlr4::Token::EOF) {
    // End of input: point just past the last non-blank character, not at a trailing newline.
    uint32_t end = static_cast<uint32_t>(source_.text().size());
    while (end > 0 && absl::ascii_isspace(static_cast<unsigned char>(source_.text()[end - 1]))) {
      --end;
    }
    return SourceSpan{end, end};
  }
  return SourceSpan{source_.ByteOffsetOfCodePoint(token->getStartIndex()),
                    source_.ByteOffsetOfCodePoint(token->getStopIndex() + 1)};
}

SourceSpan SyntaxErrorCollector::LineColumnSpan(size_t line, size_t column) const {
  std::string_view text = source_.Line(static_cast<uint32_t>(line));
  uint32_t begin = static_cast<uint32_t>(text.data() - source_.text().data());
  // ANTLR's column counts code points; step over UTF-8 continuation bytes.
  size_t i = 0;
  for (size_t seen = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == column) break;
  }
  begin += static_cast<uint32_t>(i);
  uint32_t end = begin + 1;
  while (end < source_.text().size() &&
         (static_cast<unsigned char>(source_.text()[end]) & 0xC0) == 0x80) {
    ++end;
  }
  return SourceSpan{begin, std::min<uint32_t>(end, source_.text().size())};
}

SourceSpan SyntaxErrorCollector::RestOfLine(SourceSpan span) const {
  uint32_t end = span.begin;
  while (end < source_.text().size() && source_.text()[end] != '\n' &&
         source_.text()[end] != '\r') {
    ++end;
  }
  return SourceSpan{span.begin, std::max(end, span.end)};
}

}  // namespace talon::frontend
