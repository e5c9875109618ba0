#include "frontend/base/value.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "frontend/base/check.h"

namespace talon {

double Value::AsDouble() const {
  switch (type_) {
    case Type::kInt: return is_null() ? 0 : int_value();
    case Type::kLong: return is_null() ? 0 : static_cast<double>(long_value());
    case Type::kFloat: return is_null() ? 0 : float_value();
    case Type::kDouble: return is_null() ? 0 : double_value();
    default: return 0;
  }
}

int64_t Value::AsLong() const {
  switch (type_) {
    case Type::kInt: return is_null() ? 0 : int_value();
    case Type::kLong: return is_null() ? 0 : long_value();
    case Type::kFloat: return is_null() ? 0 : static_cast<int64_t>(float_value());
    case Type::kDouble: return is_null() ? 0 : static_cast<int64_t>(double_value());
    default: return 0;
  }
}

namespace {
// Shortest text that reads back to the same value, like Java's Double.toString / Float.toString.
template <typename T>
std::string ShortestFloat(T v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  for (int precision = 1; precision <= 17; ++precision) {
    std::string s = absl::StrFormat("%.*g", precision, static_cast<double>(v));
    if (static_cast<T>(std::strtod(s.c_str(), nullptr)) == v) {
      if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
      return s;
    }
  }
  return absl::StrFormat("%.17g", static_cast<double>(v));
}
}  // namespace

std::string Value::ToString() const {
  if (is_null()) return "null";
  switch (type_) {
    case Type::kBool: return bool_value() ? "true" : "false";
    case Type::kInt: return absl::StrCat(int_value());
    case Type::kLong: return absl::StrCat(long_value());
    case Type::kFloat: return ShortestFloat(float_value());
    case Type::kDouble: return ShortestFloat(double_value());
    case Type::kString: return string_value();
    case Type::kObject: return "<object>";
  }
  return "";
}

std::string Value::ToLiteral() const {
  if (is_null()) return "null";
  switch (type_) {
    case Type::kLong: return absl::StrCat(long_value(), "L");
    case Type::kFloat: return absl::StrCat(ShortestFloat(float_value()), "F");
    case Type::kString: return absl::StrCat("'", string_value(), "'");
    default: return ToString();
  }
}

}  // namespace talon
