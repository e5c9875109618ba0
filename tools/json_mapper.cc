#include "tools/json_mapper.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "tools/json_datum.h"

namespace talon::tools {
namespace {

// NaN and the infinities travel as strings because JSON has no literal for them.
bool SpecialReal(const std::string& text, double& out) {
  if (text == "NaN") {
    out = std::numeric_limits<double>::quiet_NaN();
  } else if (text == "Infinity") {
    out = std::numeric_limits<double>::infinity();
  } else if (text == "-Infinity") {
    out = -std::numeric_limits<double>::infinity();
  } else {
    return false;
  }
  return true;
}

absl::Status Mismatch(const JsonDatum& datum, Type declared) {
  return absl::InvalidArgumentError(
      absl::StrCat("expected ", std::string(TypeName(declared)), ", found ", datum.ToJson()));
}

}  // namespace

absl::StatusOr<Value> NaturalValue(const JsonDatum& datum) {
  switch (datum.kind) {
    case JsonDatum::Kind::kNull: return Value::Null(Type::kObject);
    case JsonDatum::Kind::kBool: return Value::Bool(datum.bool_value);
    case JsonDatum::Kind::kInteger: return Value::Long(datum.integer_value);
    case JsonDatum::Kind::kReal: return Value::Double(datum.real_value);
    case JsonDatum::Kind::kString: return Value::String(datum.string_value);
    case JsonDatum::Kind::kList: break;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("a list value cannot be sent as an attribute: ", datum.ToJson()));
}

absl::StatusOr<Value> ToAttributeValue(const JsonDatum& datum, Type declared) {
  if (datum.kind == JsonDatum::Kind::kNull) return Value::Null(declared);
  if (declared == Type::kObject) return NaturalValue(datum);
  double special = 0;
  switch (declared) {
    case Type::kBool:
      if (datum.kind == JsonDatum::Kind::kBool) return Value::Bool(datum.bool_value);
      break;
    case Type::kInt:
      if (datum.kind == JsonDatum::Kind::kInteger &&
          datum.integer_value >= std::numeric_limits<int32_t>::min() &&
          datum.integer_value <= std::numeric_limits<int32_t>::max()) {
        return Value::Int(static_cast<int32_t>(datum.integer_value));
      }
      break;
    case Type::kLong:
      if (datum.kind == JsonDatum::Kind::kInteger) return Value::Long(datum.integer_value);
      break;
    case Type::kFloat:
      if (datum.kind == JsonDatum::Kind::kInteger) {
        return Value::Float(static_cast<float>(datum.integer_value));
      }
      if (datum.kind == JsonDatum::Kind::kReal) {
        return Value::Float(static_cast<float>(datum.real_value));
      }
      if (datum.kind == JsonDatum::Kind::kString && SpecialReal(datum.string_value, special)) {
        return Value::Float(static_cast<float>(special));
      }
      break;
    case Type::kDouble:
      if (datum.kind == JsonDatum::Kind::kInteger) {
        return Value::Double(static_cast<double>(datum.integer_value));
      }
      if (datum.kind == JsonDatum::Kind::kReal) return Value::Double(datum.real_value);
      if (datum.kind == JsonDatum::Kind::kString && SpecialReal(datum.string_value, special)) {
        return Value::Double(special);
      }
      break;
    case Type::kString:
      if (datum.kind == JsonDatum::Kind::kString) return Value::String(datum.string_value);
      break;
    case Type::kObject: break;
  }
  return Mismatch(datum, declared);
}

std::string ValueToJson(const Value& value) {
  if (value.is_null()) return "null";
  switch (value.type()) {
    case Type::kBool: return value.bool_value() ? "true" : "false";
    case Type::kInt: return absl::StrCat(value.int_value());
    case Type::kLong: return absl::StrCat(value.long_value());
    case Type::kFloat:
    case Type::kDouble: {
      double d = value.AsDouble();
      if (std::isnan(d)) return "\"NaN\"";
      if (std::isinf(d)) return d > 0 ? "\"Infinity\"" : "\"-Infinity\"";
      return value.type() == Type::kFloat ? FormatReal(value.float_value())
                                          : FormatReal(value.double_value());
    }
    case Type::kString: return JsonQuote(value.string_value());
    case Type::kObject: {
      if (!value.is_list()) return "null";
      std::vector<std::string> items;
      for (const Value& item : value.list_value()) items.push_back(ValueToJson(item));
      return absl::StrCat("[", absl::StrJoin(items, ","), "]");
    }
  }
  return "null";
}

}  // namespace talon::tools
