// Value: one typed scalar (or NULL), or a list of values (type object). Used for literals,
// constant folding, test data and the boundary where events enter and leave the engine; columns
// (runtime/) hold the bulk data.
#ifndef TALON_FRONTEND_BASE_VALUE_H_
#define TALON_FRONTEND_BASE_VALUE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "frontend/base/type.h"

namespace talon {

class Value {
 public:
  // A NULL of type kObject.
  Value() = default;
  static Value Null(Type type) { Value v; v.type_ = type; return v; }
  static Value Bool(bool b) { return Value(Type::kBool, b); }
  static Value Int(int32_t i) { return Value(Type::kInt, i); }
  static Value Long(int64_t l) { return Value(Type::kLong, l); }
  static Value Float(float f) { return Value(Type::kFloat, f); }
  static Value Double(double d) { return Value(Type::kDouble, d); }
  static Value String(std::string s) { return Value(Type::kString, std::move(s)); }
  // A list of values, of type kObject: what Siddhi's `e.x` over the events a counting pattern
  // state collected yields (a java.util.List).
  static Value List(std::vector<Value> items) {
    return Value(Type::kObject, std::make_shared<const std::vector<Value>>(std::move(items)));
  }

  // Makes this a NULL of type kObject, as Value() is (in place: no temporary to move from).
  void Reset() {
    data_.emplace<std::monostate>();
    type_ = Type::kObject;
  }

  Type type() const { return type_; }
  bool is_null() const { return std::holds_alternative<std::monostate>(data_); }

  // Accessors require the matching type and a non-null value.
  bool bool_value() const { return std::get<bool>(data_); }
  int32_t int_value() const { return std::get<int32_t>(data_); }
  int64_t long_value() const { return std::get<int64_t>(data_); }
  float float_value() const { return std::get<float>(data_); }
  double double_value() const { return std::get<double>(data_); }
  const std::string& string_value() const { return std::get<std::string>(data_); }
  bool is_list() const { return std::holds_alternative<ListPtr>(data_); }
  const std::vector<Value>& list_value() const { return *std::get<ListPtr>(data_); }

  // Any numeric value widened to double / to int64 (for constants such as window lengths).
  double AsDouble() const;
  int64_t AsLong() const;

  // Siddhi-style text: strings unquoted, floats as Java prints them, "null".
  std::string ToString() const;
  // Literal syntax for dumps: strings quoted, longs with L, floats with F.
  std::string ToLiteral() const;

  friend bool operator==(const Value& a, const Value& b) {
    if (a.is_list() && b.is_list()) return a.list_value() == b.list_value();
    return a.type_ == b.type_ && a.data_ == b.data_;
  }

 private:
  using ListPtr = std::shared_ptr<const std::vector<Value>>;
  using Data =
      std::variant<std::monostate, bool, int32_t, int64_t, float, double, std::string, ListPtr>;
  template <typename T>
  Value(Type type, T v) : type_(type), data_(std::move(v)) {}

  Type type_ = Type::kObject;
  Data data_;
};

}  // namespace talon

#endif  // TALON_FRONTEND_BASE_VALUE_H_
