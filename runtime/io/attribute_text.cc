#include "runtime/io/attribute_text.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace talon::exec::io {
namespace {

absl::Status Mismatch(Type type, std::string_view text) {
  std::string shown(text.substr(0, 64));
  if (text.size() > 64) shown += "...";
  return absl::InvalidArgumentError(
      absl::StrCat("expected ", std::string(TypeName(type)), ", found '", shown, "'"));
}

bool ParseReal(std::string_view text, double& out) {
  if (text == "NaN") {
    out = std::numeric_limits<double>::quiet_NaN();
    return true;
  }
  if (text == "Infinity" || text == "+Infinity") {
    out = std::numeric_limits<double>::infinity();
    return true;
  }
  if (text == "-Infinity") {
    out = -std::numeric_limits<double>::infinity();
    return true;
  }
  return absl::SimpleAtod(absl::string_view(text.data(), text.size()), &out) &&
         !text.empty();
}

template <typename T>
void AppendShortestReal(T value, std::string& out) {
  char buffer[64];
  // std::to_chars without a precision gives the shortest round-trip form for T itself, so a
  // float prints as "23.6", not as the double it widens to.
  auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  std::string_view text(buffer, error == std::errc() ? end - buffer : 0);
  out.append(text);
  if (text.find_first_of(".eEn") == std::string_view::npos) out += ".0";
}

}  // namespace

absl::Status SetFromText(BatchBuilder& out, size_t column, std::string_view text) {
  Type type = out.schema().at(column).type;
  if (text == "null") {
    out.SetNull(column);
    return absl::OkStatus();
  }
  absl::string_view trimmed =
      absl::StripAsciiWhitespace(absl::string_view(text.data(), text.size()));
  switch (type) {
    case Type::kBool: {
      if (absl::EqualsIgnoreCase(trimmed, "true")) {
        out.SetInt64(column, 1);
      } else if (absl::EqualsIgnoreCase(trimmed, "false")) {
        out.SetInt64(column, 0);
      } else {
        return Mismatch(type, text);
      }
      return absl::OkStatus();
    }
    case Type::kInt: {
      int32_t value = 0;
      if (!absl::SimpleAtoi(trimmed, &value)) return Mismatch(type, text);
      out.SetInt64(column, value);
      return absl::OkStatus();
    }
    case Type::kLong: {
      int64_t value = 0;
      if (!absl::SimpleAtoi(trimmed, &value)) return Mismatch(type, text);
      out.SetInt64(column, value);
      return absl::OkStatus();
    }
    case Type::kFloat:
    case Type::kDouble: {
      double value = 0;
      if (!ParseReal(std::string_view(trimmed.data(), trimmed.size()), value)) {
        return Mismatch(type, text);
      }
      out.SetDouble(column, value);
      return absl::OkStatus();
    }
    case Type::kString: out.SetString(column, text); return absl::OkStatus();
    case Type::kObject: out.SetObject(column, Value::String(std::string(text))); return absl::OkStatus();
  }
  return Mismatch(type, text);
}

void AppendJsonString(std::string_view text, std::string& out) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          absl::StrAppendFormat(&out, "\\u%04x", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void AppendJson(const Value& value, std::string& out) {
  if (value.is_null()) {
    out += "null";
    return;
  }
  switch (value.type()) {
    case Type::kBool: out += value.bool_value() ? "true" : "false"; return;
    case Type::kInt: absl::StrAppend(&out, value.int_value()); return;
    case Type::kLong: absl::StrAppend(&out, value.long_value()); return;
    case Type::kFloat:
    case Type::kDouble: {
      double d = value.AsDouble();
      if (std::isnan(d)) {
        out += "\"NaN\"";
      } else if (std::isinf(d)) {
        out += d > 0 ? "\"Infinity\"" : "\"-Infinity\"";
      } else if (value.type() == Type::kFloat) {
        AppendShortestReal(value.float_value(), out);
      } else {
        AppendShortestReal(value.double_value(), out);
      }
      return;
    }
    case Type::kString: AppendJsonString(value.string_value(), out); return;
    case Type::kObject:
      if (value.is_list()) {
        out += '[';
        for (size_t i = 0; i < value.list_value().size(); ++i) {
          if (i > 0) out += ',';
          AppendJson(value.list_value()[i], out);
        }
        out += ']';
        return;
      }
      AppendJsonString(value.ToString(), out);
      return;
  }
  out += "null";
}

void AppendText(const Value& value, std::string& out) { out += value.ToString(); }

}  // namespace talon::exec::io
