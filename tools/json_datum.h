// JsonDatum: one JSON value (scalar or array) copied out of a simdjson document, so conformance
// cases and `talon run` input lines outlive the parser that read them. Objects are not kept as
// data: callers walk them while the document is alive.
#ifndef TALON_TOOLS_JSON_DATUM_H_
#define TALON_TOOLS_JSON_DATUM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "simdjson.h"

namespace talon::tools {

struct JsonDatum {
  // kInteger and kReal follow the JSON text: "700" is an integer, "700.0" a real. The
  // conformance recorder writes Java int/long as integers and float/double with a fraction,
  // so the distinction carries the reference engine's type.
  enum class Kind { kNull, kBool, kInteger, kReal, kString, kList };

  Kind kind = Kind::kNull;
  bool bool_value = false;
  int64_t integer_value = 0;
  double real_value = 0;
  std::string string_value;
  std::vector<JsonDatum> list;

  static JsonDatum Null() { return {}; }

  // Compact JSON text ("IBM" quoted, 700.0 keeps its fraction); used in failure messages.
  std::string ToJson() const;
};

// Copies `element`. InvalidArgument for a JSON object (or one nested in an array) and for
// integers beyond int64.
absl::StatusOr<JsonDatum> ToJsonDatum(simdjson::dom::element element);

// The shortest text that reads back as exactly `value`, with ".0" on whole numbers as Java
// prints them ("80.0", "23.6", "1e+20"). Finite values only: NaN and the infinities have no
// JSON number form (see ValueToJson).
std::string FormatReal(double value);
std::string FormatReal(float value);

// `text` as a JSON string literal, with the escapes JSON requires.
std::string JsonQuote(std::string_view text);

}  // namespace talon::tools

#endif  // TALON_TOOLS_JSON_DATUM_H_
