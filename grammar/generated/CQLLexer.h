
// Generated from CQL.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace talon::grammar {


class  CQLLexer : public antlr4::Lexer {
public:
  enum {
    COL = 1, SCOL = 2, TRIPLE_DOT = 3, DOT = 4, LPAREN = 5, RPAREN = 6, 
    LBRACK = 7, RBRACK = 8, COMMA = 9, ASSIGN = 10, STAR = 11, PLUS = 12, 
    QUESTION = 13, MINUS = 14, DIV = 15, MOD = 16, LT = 17, LT_EQ = 18, 
    GT = 19, GT_EQ = 20, EQ = 21, NOT_EQ = 22, BANG = 23, AT_SYMBOL = 24, 
    FOLLOWED_BY = 25, HASH = 26, STREAM = 27, DEFINE = 28, FUNCTION = 29, 
    TRIGGER = 30, TABLE = 31, FROM = 32, PARTITION = 33, WINDOW = 34, SELECT = 35, 
    GROUP = 36, BY = 37, ORDER = 38, LIMIT = 39, OFFSET = 40, ASC = 41, 
    DESC = 42, HAVING = 43, INSERT = 44, DELETE = 45, UPDATE = 46, SET = 47, 
    RETURN = 48, EVENTS = 49, INTO = 50, OUTPUT = 51, EXPIRED = 52, CURRENT = 53, 
    SNAPSHOT = 54, FOR = 55, RAW = 56, OF = 57, AS = 58, AT = 59, OR = 60, 
    AND = 61, IN = 62, ON = 63, IS = 64, NOT = 65, WITHIN = 66, WITH = 67, 
    BEGIN = 68, END = 69, NULL_ = 70, EVERY = 71, LAST = 72, ALL = 73, FIRST = 74, 
    JOIN = 75, INNER = 76, OUTER = 77, RIGHT = 78, LEFT = 79, FULL = 80, 
    UNIDIRECTIONAL = 81, AGGREGATION = 82, AGGREGATE = 83, PER = 84, TRUE = 85, 
    FALSE = 86, STRING = 87, INT = 88, LONG = 89, FLOAT = 90, DOUBLE = 91, 
    BOOL = 92, OBJECT = 93, YEARS = 94, MONTHS = 95, WEEKS = 96, DAYS = 97, 
    HOURS = 98, MINUTES = 99, SECONDS = 100, MILLISECONDS = 101, INT_LITERAL = 102, 
    LONG_LITERAL = 103, FLOAT_LITERAL = 104, DOUBLE_LITERAL = 105, STRING_LITERAL = 106, 
    ID_QUOTES = 107, ID = 108, SCRIPT = 109, SINGLE_LINE_COMMENT = 110, 
    MULTILINE_COMMENT = 111, SPACES = 112, UNEXPECTED_CHAR = 113
  };

  CQLLexer(antlr4::CharStream *input);
  ~CQLLexer();

  virtual std::string getGrammarFileName() const override;
  virtual const std::vector<std::string>& getRuleNames() const override;

  virtual const std::vector<std::string>& getChannelNames() const override;
  virtual const std::vector<std::string>& getModeNames() const override;
  virtual const std::vector<std::string>& getTokenNames() const override; // deprecated, use vocabulary instead
  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;

  virtual const std::vector<uint16_t> getSerializedATN() const override;
  virtual const antlr4::atn::ATN& getATN() const override;

private:
  static std::vector<antlr4::dfa::DFA> _decisionToDFA;
  static antlr4::atn::PredictionContextCache _sharedContextCache;
  static std::vector<std::string> _ruleNames;
  static std::vector<std::string> _tokenNames;
  static std::vector<std::string> _channelNames;
  static std::vector<std::string> _modeNames;

  static std::vector<std::string> _literalNames;
  static std::vector<std::string> _symbolicNames;
  static antlr4::dfa::Vocabulary _vocabulary;
  static antlr4::atn::ATN _atn;
  static std::vector<uint16_t> _serializedATN;


  // Individual action functions triggered by action() above.

  // Individual semantic predicate functions triggered by sempred() above.

  struct Initializer {
    Initializer();
  };
  static Initializer _init;
};

}  // namespace talon::grammar
