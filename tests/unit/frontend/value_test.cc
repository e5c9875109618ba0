#include "frontend/base/value.h"

#include <cmath>
#include <limits>

#include "gtest/gtest.h"

namespace talon {
namespace {

// Values print the way Java's Double.toString / Float.toString do, because conformance output
// and string functions (str:concat of a double) must match the reference engine's text.
TEST(ValueTest, DoublesPrintLikeJava) {
  EXPECT_EQ(Value::Double(10.0).ToString(), "10.0");
  EXPECT_EQ(Value::Double(0.1).ToString(), "0.1");
  EXPECT_EQ(Value::Double(55.5).ToString(), "55.5");
  EXPECT_EQ(Value::Double(0.001).ToString(), "0.001");
  EXPECT_EQ(Value::Double(1234567.0).ToString(), "1234567.0");
  EXPECT_EQ(Value::Double(1e7).ToString(), "1.0E7");
  EXPECT_EQ(Value::Double(1.5e-4).ToString(), "1.5E-4");
  EXPECT_EQ(Value::Double(-2.5e10).ToString(), "-2.5E10");
  EXPECT_EQ(Value::Double(0.0).ToString(), "0.0");
  EXPECT_EQ(Value::Double(std::nan("")).ToString(), "NaN");
  EXPECT_EQ(Value::Double(-std::numeric_limits<double>::infinity()).ToString(), "-Infinity");
}

TEST(ValueTest, FloatsUseFloatPrecision) {
  EXPECT_EQ(Value::Float(10.0f).ToString(), "10.0");
  EXPECT_EQ(Value::Float(55.6f).ToString(), "55.6");
  EXPECT_EQ(Value::Float(0.3f).ToString(), "0.3");
}

TEST(ValueTest, NullAndLiterals) {
  EXPECT_TRUE(Value::Null(Type::kInt).is_null());
  EXPECT_EQ(Value::Null(Type::kString).ToString(), "null");
  EXPECT_EQ(Value::Long(5).ToLiteral(), "5L");
  EXPECT_EQ(Value::String("a").ToLiteral(), "'a'");
  EXPECT_EQ(Value::Float(2.5f).ToLiteral(), "2.5F");
}

TEST(ValueTest, ListsPrintAsJavaListsAndCompareByContent) {
  Value list = Value::List({Value::Double(25.6), Value(), Value::Long(3)});
  EXPECT_TRUE(list.is_list());
  EXPECT_EQ(list.type(), Type::kObject);
  EXPECT_FALSE(list.is_null());
  EXPECT_EQ(list.ToString(), "[25.6, null, 3]");
  EXPECT_EQ(list.list_value().size(), 3u);
  EXPECT_EQ(list, Value::List({Value::Double(25.6), Value(), Value::Long(3)}));
  EXPECT_FALSE(list == Value::List({Value::Double(25.6)}));
  EXPECT_FALSE(list == Value::String("[25.6, null, 3]"));
  EXPECT_EQ(Value::List({}).ToString(), "[]");
  Value copy = list;  // shares the items
  EXPECT_EQ(copy, list);
  copy.Reset();
  EXPECT_TRUE(copy.is_null());
  EXPECT_TRUE(list.is_list());
}

}  // namespace
}  // namespace talon
