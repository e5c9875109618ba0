#include "frontend/base/value.h"

#include <cmath>
#include <cstdlib>

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
// Java's Double.toString / Float.toString: the shortest digits that read back to the same value,
// in plain notation for 1e-3 <= |v| < 1e7 ("10.0", "0.001") and as "1.0E10" / "1.5E-4" outside.
template <typename T>
std::string ShortestFloat(T v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
  auto reads_back = [v](const std::string& s) {
    return static_cast<T>(std::strtod(s.c_str(), nullptr)) == v;
  };
  double magnitude = std::fabs(static_cast<double>(v));
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    for (int decimals = 1; decimals <= 20; ++decimals) {
      std::string s = absl::StrFormat("%.*f", decimals, static_cast<double>(v));
      if (reads_back(s)) return s;
    }
    return absl::StrFormat("%.17g", static_cast<double>(v));
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::string s = absl::StrFormat("%.*e", precision, static_cast<double>(v));
    if (!reads_back(s)) continue;
    // "1.500e+10" -> "1.5E10": trim mantissa zeros (keeping one decimal), drop '+' and
    // leading exponent zeros.
    size_t e = s.find('e');
    std::string mantissa = s.substr(0, e);
    while (mantissa.size() > 3 && mantissa.back() == '0' && mantissa[mantissa.size() - 2] != '.') {
      mantissa.pop_back();
    }
    int exponent = std::atoi(s.c_str() + e + 1);
    return absl::StrCat(mantissa, "E", exponent);
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
    case Type::kObject: {
      if (!is_list()) return "<object>";
      // java.util.AbstractCollection.toString: "[a, b]".
      std::string out = "[";
      for (size_t i = 0; i < list_value().size(); ++i) {
        if (i > 0) out += ", ";
        out += list_value()[i].ToString();
      }
      return out + "]";
    }
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
