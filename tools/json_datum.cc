#include "tools/json_datum.h"

#include <charconv>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace talon::tools {
namespace {

template <typename T>
std::string ShortestReal(T value) {
  char buffer[64];
  // std::to_chars without a precision gives the shortest round-trip form for T itself, so a
  // float prints as "23.6", not as the double it widens to.
  auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  std::string text(buffer, error == std::errc() ? end : buffer);
  if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
  return text;
}

}  // namespace

std::string FormatReal(double value) { return ShortestReal(value); }
std::string FormatReal(float value) { return ShortestReal(value); }

std::string JsonQuote(std::string_view text) {
  std::string out = "\"";
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
  return out;
}

std::string JsonDatum::ToJson() const {
  switch (kind) {
    case Kind::kNull: return "null";
    case Kind::kBool: return bool_value ? "true" : "false";
    case Kind::kInteger: return absl::StrCat(integer_value);
    case Kind::kReal: return FormatReal(real_value);
    case Kind::kString: return JsonQuote(string_value);
    case Kind::kList: {
      std::string out = "[";
      for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0) out += ", ";
        out += list[i].ToJson();
      }
      return out + "]";
    }
  }
  return "null";
}

absl::StatusOr<JsonDatum> ToJsonDatum(simdjson::dom::element element) {
  JsonDatum datum;
  switch (element.type()) {
    case simdjson::dom::element_type::NULL_VALUE: return datum;
    case simdjson::dom::element_type::BOOL:
      datum.kind = JsonDatum::Kind::kBool;
      datum.bool_value = element.get_bool().value_unsafe();
      return datum;
    case simdjson::dom::element_type::INT64:
      datum.kind = JsonDatum::Kind::kInteger;
      datum.integer_value = element.get_int64().value_unsafe();
      return datum;
    case simdjson::dom::element_type::UINT64:
      return absl::InvalidArgumentError(
          absl::StrCat("integer out of range: ", element.get_uint64().value_unsafe()));
    case simdjson::dom::element_type::DOUBLE:
      datum.kind = JsonDatum::Kind::kReal;
      datum.real_value = element.get_double().value_unsafe();
      return datum;
    case simdjson::dom::element_type::STRING:
      datum.kind = JsonDatum::Kind::kString;
      datum.string_value = std::string(element.get_string().value_unsafe());
      return datum;
    case simdjson::dom::element_type::ARRAY: {
      datum.kind = JsonDatum::Kind::kList;
      // A named copy: ranging over the temporary result's member would leave it dangling.
      simdjson::dom::array items = element.get_array().value_unsafe();
      for (simdjson::dom::element item : items) {
        absl::StatusOr<JsonDatum> child = ToJsonDatum(item);
        if (!child.ok()) return child.status();
        datum.list.push_back(*std::move(child));
      }
      return datum;
    }
    case simdjson::dom::element_type::OBJECT:
      return absl::InvalidArgumentError("a JSON object where a value was expected");
  }
  return absl::InvalidArgumentError("unknown JSON value");
}

}  // namespace talon::tools
