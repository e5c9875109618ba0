// java.lang semantics that Siddhi's functions inherit, for the function families: UTF-16 String
// indexes over Talon's UTF-8 strings (ASCII takes fast paths), Integer.parseInt / parseDouble
// grammars, (int)/(long) casts of doubles and Math.round.
#ifndef TALON_RUNTIME_FUNCTIONS_JAVA_COMPAT_H_
#define TALON_RUNTIME_FUNCTIONS_JAVA_COMPAT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace talon::exec {

// ---- Strings -------------------------------------------------------------------------------

bool IsAscii(std::string_view s);
// Invalid UTF-8 bytes and lone surrogates become U+FFFD.
std::u16string ToUtf16(std::string_view utf8);
std::string ToUtf8(std::u16string_view utf16);
void AppendUtf8(char32_t code_point, std::string& out);

// String.length(): UTF-16 code units.
int64_t JavaLength(std::string_view utf8);
// The byte offset of UTF-16 index `index`, or nullopt when `index` is negative, past the end or
// inside a surrogate pair.
std::optional<size_t> ByteOffsetOfJavaIndex(std::string_view utf8, int64_t index);
// The UTF-16 index of byte offset `offset` (which must start a code point).
int64_t JavaIndexOfByteOffset(std::string_view utf8, size_t offset);

// String.trim(): strips code points <= U+0020 at both ends.
std::string_view JavaTrim(std::string_view s);
// String.compareTo(): difference of the first differing UTF-16 units, else of the lengths.
int32_t JavaCompareTo(std::string_view a, std::string_view b);
// ASCII-only case mapping (see str.cc for the deviation note).
std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);
bool AsciiEqualsIgnoreCase(std::string_view a, std::string_view b);

// ---- Numbers -------------------------------------------------------------------------------

// Integer.parseInt / Long.parseLong: optional sign, digits of `radix`, no whitespace, in range.
std::optional<int32_t> JavaParseInt(std::string_view s, int radix = 10);
std::optional<int64_t> JavaParseLong(std::string_view s);
// Double.parseDouble / Float.parseFloat: trimmed; sign; NaN, Infinity or a decimal number with
// an optional exponent and an optional f/F/d/D suffix. Hexadecimal floats are not accepted.
std::optional<double> JavaParseDouble(std::string_view s);
std::optional<float> JavaParseFloat(std::string_view s);
// Boolean.parseBoolean: "true" in any case, everything else false.
bool JavaParseBoolean(std::string_view s);

// Java's narrowing casts: NaN becomes 0, out-of-range values saturate.
int32_t JavaDoubleToInt(double d);
int64_t JavaDoubleToLong(double d);
// Math.round(float) -> int and Math.round(double) -> long: half rounds up.
int32_t JavaRound(float f);
int64_t JavaRound(double d);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_FUNCTIONS_JAVA_COMPAT_H_
