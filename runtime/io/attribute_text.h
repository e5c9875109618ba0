// Attribute values as text: parsing a CSV field or regex group into a typed column, and writing
// values as JSON or plain text. Shared by the mappers of every format.
#ifndef TALON_RUNTIME_IO_ATTRIBUTE_TEXT_H_
#define TALON_RUNTIME_IO_ATTRIBUTE_TEXT_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "frontend/base/type.h"
#include "frontend/base/value.h"
#include "runtime/io/batch_builder.h"

namespace talon::exec::io {

// Parses `text` as a value of the column's type into the current row of `out`:
// bool true/false (any case); int and long decimal (int range-checked); float and double
// (also NaN, Infinity, -Infinity); string as is; object as a string. The text "null" is NULL.
// InvalidArgument "expected int, found 'abc'" otherwise.
absl::Status SetFromText(BatchBuilder& out, size_t column, std::string_view text);

// Appends `value` as a JSON literal: strings quoted, NaN and the infinities as the strings
// "NaN", "Infinity", "-Infinity", reals in their shortest round-trip form with a fraction
// ("80.0"), like `talon run`'s output has always been.
void AppendJson(const Value& value, std::string& out);
void AppendJsonString(std::string_view text, std::string& out);

// Appends `value` as Siddhi prints it (strings unquoted, "null").
void AppendText(const Value& value, std::string& out);

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_ATTRIBUTE_TEXT_H_
