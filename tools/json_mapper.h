// Maps JSON values onto typed attribute Values and back: how the conformance harness and
// `talon run` turn JSON input into events, and how events are printed as JSON.
#ifndef TALON_TOOLS_JSON_MAPPER_H_
#define TALON_TOOLS_JSON_MAPPER_H_

#include <string>

#include "absl/status/statusor.h"
#include "frontend/base/type.h"
#include "frontend/base/value.h"
#include "tools/json_datum.h"

namespace talon::tools {

// Converts `datum` to an attribute of type `declared`:
//   null -> Value::Null(declared); integers -> int (when in range), long, float or double;
//   reals -> float or double; the strings "NaN", "Infinity", "-Infinity" -> float or double;
//   strings -> string; booleans -> bool; anything -> object (as NaturalValue).
// InvalidArgument ("expected int, found \"abc\"") when the value does not fit.
absl::StatusOr<Value> ToAttributeValue(const JsonDatum& datum, Type declared);

// The Value a JSON value is on its own: integers are long, reals double. Used where no
// declared type applies, and by the harness to send a mismatching value unchanged so that the
// engine, not the harness, refuses it. InvalidArgument for lists (Value has no list type).
absl::StatusOr<Value> NaturalValue(const JsonDatum& datum);

// JSON text for `value`: strings quoted, NaN and the infinities as the strings "NaN",
// "Infinity" and "-Infinity" (the conformance convention), floats in their shortest form.
std::string ValueToJson(const Value& value);

}  // namespace talon::tools

#endif  // TALON_TOOLS_JSON_MAPPER_H_
