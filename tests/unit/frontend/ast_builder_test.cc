// Literal parsing shared by the AST builder: strings in each quote style, Java unescaping of
// triple-quoted strings, numeric literals of every type and range, time units; and the same
// literals as ParseExpression builds them.
#include "frontend/ast_builder.h"

#include <cmath>
#include <limits>
#include <string>

#include "frontend/parser.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace talon::frontend {
namespace {

using ::testing::HasSubstr;

TEST(AstBuilderTest, SingleAndDoubleQuotedStringsAreVerbatim) {
  EXPECT_EQ(StringLiteralValue("'abc'"), "abc");
  EXPECT_EQ(StringLiteralValue("\"abc\""), "abc");
  EXPECT_EQ(StringLiteralValue("''"), "");
  EXPECT_EQ(StringLiteralValue("\"it's\""), "it's");
  // Siddhi keeps backslashes: regex arguments depend on it (str:tokenize(data, "\s|\'|,")).
  EXPECT_EQ(StringLiteralValue("'\\d+'"), "\\d+");
  EXPECT_EQ(StringLiteralValue("\"\\s|\\'|,\""), "\\s|\\'|,");
  EXPECT_EQ(StringLiteralValue("'a\\nb'"), "a\\nb");
}

TEST(AstBuilderTest, TripleQuotedStringsAreJavaUnescaped) {
  EXPECT_EQ(StringLiteralValue(R"("""plain""")"), "plain");
  EXPECT_EQ(StringLiteralValue(R"("""a\tb\nc""")"), "a\tb\nc");
  EXPECT_EQ(StringLiteralValue(R"("""say \"hi\" it\'s""")"), "say \"hi\" it's");
  EXPECT_EQ(StringLiteralValue(R"("""back\\slash""")"), "back\\slash");
  EXPECT_EQ(StringLiteralValue(R"("""""")"), "");
}

TEST(AstBuilderTest, UnescapeJavaCoversEveryEscapeForm) {
  EXPECT_EQ(UnescapeJava(R"(\b\t\n\f\r)"), "\b\t\n\f\r");
  EXPECT_EQ(UnescapeJava(R"(\u0041\u00e9)"), "A\xC3\xA9");
  EXPECT_EQ(UnescapeJava(R"(\uuu0041)"), "A");                        // extra u's are allowed
  EXPECT_EQ(UnescapeJava(R"(\uD83D\uDE00)"), "\xF0\x9F\x98\x80");     // surrogate pair
  EXPECT_EQ(UnescapeJava(R"(\uD83D!)"), "\xEF\xBF\xBD!");             // lone surrogate
  EXPECT_EQ(UnescapeJava(R"(\101\0\477)"), std::string("A\0'7", 4));  // \47 then '7'
  EXPECT_EQ(UnescapeJava(R"(\q)"), "q");        // unknown escape: the backslash goes
  EXPECT_EQ(UnescapeJava(R"(end\)"), "end");    // trailing lone backslash dropped
  EXPECT_EQ(UnescapeJava(R"(\u12)"), "\\u12");  // incomplete \u kept as written
}

TEST(AstBuilderTest, IntAndLongLiterals) {
  EXPECT_EQ(*ParseNumericLiteral("0", Type::kInt, false), Value::Int(0));
  EXPECT_EQ(*ParseNumericLiteral("007", Type::kInt, false), Value::Int(7));
  EXPECT_EQ(*ParseNumericLiteral("2147483647", Type::kInt, false), Value::Int(2147483647));
  EXPECT_EQ(*ParseNumericLiteral("2147483648", Type::kInt, true),
            Value::Int(std::numeric_limits<int32_t>::min()));
  absl::StatusOr<Value> too_big = ParseNumericLiteral("2147483648", Type::kInt, false);
  ASSERT_FALSE(too_big.ok());
  EXPECT_EQ(too_big.status().message(),
            "integer literal '2147483648' does not fit in an int; write '2147483648L' for a long");

  EXPECT_EQ(*ParseNumericLiteral("5L", Type::kLong, false), Value::Long(5));
  EXPECT_EQ(*ParseNumericLiteral("5l", Type::kLong, false), Value::Long(5));
  EXPECT_EQ(*ParseNumericLiteral("9223372036854775808L", Type::kLong, true),
            Value::Long(std::numeric_limits<int64_t>::min()));
  EXPECT_THAT(
      std::string(
          ParseNumericLiteral("9223372036854775808L", Type::kLong, false).status().message()),
      HasSubstr("does not fit in a long"));
}

TEST(AstBuilderTest, FloatAndDoubleLiterals) {
  EXPECT_EQ(*ParseNumericLiteral("5f", Type::kFloat, false), Value::Float(5.0f));
  EXPECT_EQ(*ParseNumericLiteral("5.0F", Type::kFloat, false), Value::Float(5.0f));
  EXPECT_EQ(*ParseNumericLiteral(".5f", Type::kFloat, false), Value::Float(0.5f));
  EXPECT_EQ(*ParseNumericLiteral("5.f", Type::kFloat, false), Value::Float(5.0f));
  EXPECT_EQ(*ParseNumericLiteral("1.5e2f", Type::kFloat, true), Value::Float(-150.0f));
  // Java's Float.parseFloat rounds to the nearest float directly (no double rounding).
  EXPECT_EQ(*ParseNumericLiteral("0.1f", Type::kFloat, false), Value::Float(0.1f));

  EXPECT_EQ(*ParseNumericLiteral("5.0", Type::kDouble, false), Value::Double(5.0));
  EXPECT_EQ(*ParseNumericLiteral("5d", Type::kDouble, false), Value::Double(5.0));
  EXPECT_EQ(*ParseNumericLiteral("5.0e3", Type::kDouble, false), Value::Double(5000.0));
  EXPECT_EQ(*ParseNumericLiteral("1e-3d", Type::kDouble, false), Value::Double(0.001));
  EXPECT_EQ(*ParseNumericLiteral("1E+2", Type::kDouble, false), Value::Double(100.0));
  EXPECT_EQ(*ParseNumericLiteral(".25", Type::kDouble, true), Value::Double(-0.25));

  // Overflow gives infinity, as in Java.
  EXPECT_TRUE(std::isinf(ParseNumericLiteral("1e50f", Type::kFloat, false)->float_value()));
  EXPECT_TRUE(std::isinf(ParseNumericLiteral("1e400", Type::kDouble, false)->double_value()));
}

TEST(AstBuilderTest, TimeUnitsUseSiddhisValues) {
  EXPECT_EQ(TimeUnitMillis("millisec"), 1);
  EXPECT_EQ(TimeUnitMillis("milliseconds"), 1);
  EXPECT_EQ(TimeUnitMillis("sec"), 1000);
  EXPECT_EQ(TimeUnitMillis("SECONDS"), 1000);
  EXPECT_EQ(TimeUnitMillis("min"), 60'000);
  EXPECT_EQ(TimeUnitMillis("minute"), 60'000);
  EXPECT_EQ(TimeUnitMillis("hours"), 3'600'000);
  EXPECT_EQ(TimeUnitMillis("day"), 86'400'000);
  EXPECT_EQ(TimeUnitMillis("weeks"), 604'800'000);
  EXPECT_EQ(TimeUnitMillis("month"), 2'592'000'000);   // 30 days
  EXPECT_EQ(TimeUnitMillis("years"), 31'536'000'000);  // 365 days
  EXPECT_EQ(TimeUnitMillis("ms"), std::nullopt);
  EXPECT_EQ(TimeUnitMillis("mins"), std::nullopt);
  EXPECT_EQ(CanonicalTimeUnit("Seconds"), "sec");
  EXPECT_EQ(CanonicalTimeUnit("months"), "month");
  EXPECT_EQ(CanonicalTimeUnit("fortnight"), "");
}

// ParseExpression on `text`; fails the test if it does not parse.
ast::ExprPtr Parse(const std::string& text) {
  SourceText source("expr", text);
  Diagnostics diagnostics(&source);
  absl::StatusOr<ast::ExprPtr> expr = ParseExpression(source, diagnostics);
  EXPECT_TRUE(expr.ok()) << diagnostics.RenderAll();
  return expr.ok() ? *std::move(expr) : nullptr;
}

TEST(AstBuilderTest, EveryLiteralFormAsParsed) {
  struct Case {
    std::string text;
    Value value;
  };
  const Case cases[] = {
      {"42", Value::Int(42)},
      {"42L", Value::Long(42)},
      {"-42l", Value::Long(-42)},
      {"4.5f", Value::Float(4.5f)},
      {"4.5", Value::Double(4.5)},
      {"4.5D", Value::Double(4.5)},
      {"1e3", Value::Double(1000.0)},
      {"true", Value::Bool(true)},
      {"FALSE", Value::Bool(false)},
      {"'single'", Value::String("single")},
      {"\"double\"", Value::String("double")},
      {R"("""tri\tple""")", Value::String("tri\tple")},
  };
  for (const Case& c : cases) {
    ast::ExprPtr e = Parse(c.text);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->kind, ast::ExprKind::kConstant) << c.text;
    EXPECT_EQ(e->value, c.value) << c.text;
    EXPECT_FALSE(e->is_time) << c.text;
  }
}

TEST(AstBuilderTest, TimeConstantsAreMillisecondLongs) {
  struct Case {
    std::string text;
    int64_t millis;
  };
  const Case cases[] = {
      {"500 millisec", 500},
      {"1 sec", 1000},
      {"2 seconds", 2000},
      {"1 min 30 sec", 90'000},
      {"1 hour 1 millisecond", 3'600'001},
      {"1 day", 86'400'000},
      {"2 weeks", 1'209'600'000},
      {"1 month", 2'592'000'000},
      {"1 year 1 month", 34'128'000'000},
  };
  for (const Case& c : cases) {
    ast::ExprPtr e = Parse(c.text);
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->is_time) << c.text;
    EXPECT_EQ(e->value, Value::Long(c.millis)) << c.text;
  }
}

}  // namespace
}  // namespace talon::frontend
