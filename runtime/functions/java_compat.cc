#include "runtime/functions/java_compat.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "absl/strings/ascii.h"

namespace talon::exec {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at `i`, advancing `i`; malformed input yields U+FFFD for one byte.
char32_t DecodeUtf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (extra < 0 || c > 0xF4 || i + extra >= s.size()) {
    ++i;
    return kReplacement;
  }
  char32_t cp = c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += extra + 1;
  return cp > 0x10FFFF ? kReplacement : cp;
}

// UTF-16 units a code point needs.
int Utf16Units(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int DigitValue(char c, int radix) {
  int v = -1;
  if (c >= '0' && c <= '9') v = c - '0';
  if (c >= 'a' && c <= 'z') v = c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
  return v < radix ? v : -1;
}

// Validates Java's decimal floating-point grammar and returns the part strtod-like parsers
// accept (the suffix dropped), or nullopt.
std::optional<std::string> JavaFloatingText(std::string_view s, bool& is_nan, int& infinity) {
  is_nan = false;
  infinity = 0;
  s = JavaTrim(s);
  if (s.empty()) return std::nullopt;
  size_t i = 0;
  bool negative = false;
  if (s[i] == '+' || s[i] == '-') {
    negative = s[i] == '-';
    ++i;
  }
  std::string_view rest = s.substr(i);
  if (rest == "NaN") {
    is_nan = true;
    return std::string();
  }
  if (rest == "Infinity") {
    infinity = negative ? -1 : 1;
    return std::string();
  }
  size_t start = i;
  size_t digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < s.size() && IsDigit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return std::nullopt;
  }
  size_t end = i;
  if (i < s.size() && (s[i] == 'f' || s[i] == 'F' || s[i] == 'd' || s[i] == 'D')) ++i;
  if (i != s.size()) return std::nullopt;
  std::string text(s.substr(start, end - start));
  if (negative) text.insert(text.begin(), '-');
  return text;
}

}  // namespace

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::u16string ToUtf16(std::string_view utf8) {
  std::u16string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = DecodeUtf8(utf8, i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string ToUtf8(std::u16string_view utf16) {
  std::string out;
  out.reserve(utf16.size());
  for (size_t i = 0; i < utf16.size(); ++i) {
    char32_t u = utf16[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 &&
        utf16[i + 1] <= 0xDFFF) {
      u = 0x10000 + ((u - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      ++i;
    }
    AppendUtf8(u, out);  // lone surrogates become U+FFFD
  }
  return out;
}

int64_t JavaLength(std::string_view utf8) {
  if (IsAscii(utf8)) return static_cast<int64_t>(utf8.size());
  int64_t n = 0;
  for (size_t i = 0; i < utf8.size();) n += Utf16Units(DecodeUtf8(utf8, i));
  return n;
}

std::optional<size_t> ByteOffsetOfJavaIndex(std::string_view utf8, int64_t index) {
  if (index < 0) return std::nullopt;
  if (IsAscii(utf8)) {
    if (index > static_cast<int64_t>(utf8.size())) return std::nullopt;
    return static_cast<size_t>(index);
  }
  int64_t units = 0;
  size_t i = 0;
  while (units < index && i < utf8.size()) units += Utf16Units(DecodeUtf8(utf8, i));
  if (units != index) return std::nullopt;  // past the end, or between two surrogates
  return i;
}

int64_t JavaIndexOfByteOffset(std::string_view utf8, size_t offset) {
  int64_t units = 0;
  for (size_t i = 0; i < offset && i < utf8.size();) units += Utf16Units(DecodeUtf8(utf8, i));
  return units;
}

std::string_view JavaTrim(std::string_view s) {
  size_t begin = 0;
  size_t end = s.size();
  while (begin < end && static_cast<unsigned char>(s[begin]) <= ' ') ++begin;
  while (end > begin && static_cast<unsigned char>(s[end - 1]) <= ' ') --end;
  return s.substr(begin, end - begin);
}

int32_t JavaCompareTo(std::string_view a, std::string_view b) {
  if (IsAscii(a) && IsAscii(b)) {
    size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) - static_cast<unsigned char>(b[i]);
    }
    return static_cast<int32_t>(a.size()) - static_cast<int32_t>(b.size());
  }
  // UTF-16 order differs from UTF-8 byte order for supplementary characters, so compare units.
  std::u16string ua = ToUtf16(a);
  std::u16string ub = ToUtf16(b);
  size_t n = std::min(ua.size(), ub.size());
  for (size_t i = 0; i < n; ++i) {
    if (ua[i] != ub[i]) return static_cast<int32_t>(ua[i]) - static_cast<int32_t>(ub[i]);
  }
  return static_cast<int32_t>(ua.size()) - static_cast<int32_t>(ub.size());
}

std::string AsciiLower(std::string_view s) { return absl::AsciiStrToLower(std::string(s)); }
std::string AsciiUpper(std::string_view s) { return absl::AsciiStrToUpper(std::string(s)); }
bool AsciiEqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (absl::ascii_tolower(static_cast<unsigned char>(a[i])) !=
        absl::ascii_tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::optional<int32_t> JavaParseInt(std::string_view s, int radix) {
  if (s.empty()) return std::nullopt;
  size_t i = 0;
  bool negative = false;
  if (s[0] == '+' || s[0] == '-') {
    negative = s[0] == '-';
    i = 1;
    if (s.size() == 1) return std::nullopt;
  }
  // Accumulate negatively so that INT32_MIN parses, as Integer.parseInt does.
  int64_t value = 0;
  for (; i < s.size(); ++i) {
    int d = DigitValue(s[i], radix);
    if (d < 0) return std::nullopt;
    value = value * radix - d;
    if (value < std::numeric_limits<int32_t>::min()) return std::nullopt;
  }
  if (!negative) {
    if (value == std::numeric_limits<int32_t>::min()) return std::nullopt;
    value = -value;
  }
  return static_cast<int32_t>(value);
}

std::optional<int64_t> JavaParseLong(std::string_view s) {
  if (s.empty()) return std::nullopt;
  size_t i = 0;
  bool negative = false;
  if (s[0] == '+' || s[0] == '-') {
    negative = s[0] == '-';
    i = 1;
    if (s.size() == 1) return std::nullopt;
  }
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  int64_t value = 0;
  for (; i < s.size(); ++i) {
    if (!IsDigit(s[i])) return std::nullopt;
    int d = s[i] - '0';
    if (value < (kMin + d) / 10) return std::nullopt;  // value * 10 - d would underflow
    value = value * 10 - d;
  }
  if (!negative) {
    if (value == kMin) return std::nullopt;
    value = -value;
  }
  return value;
}

std::optional<double> JavaParseDouble(std::string_view s) {
  bool is_nan;
  int infinity;
  std::optional<std::string> text = JavaFloatingText(s, is_nan, infinity);
  if (!text) return std::nullopt;
  if (is_nan) return std::numeric_limits<double>::quiet_NaN();
  if (infinity != 0) return infinity * std::numeric_limits<double>::infinity();
  // The grammar is already validated. strtod rounds correctly and, like Java, overflows to
  // infinity and underflows to zero or a subnormal (the program runs in the "C" locale).
  return std::strtod(text->c_str(), nullptr);
}

std::optional<float> JavaParseFloat(std::string_view s) {
  bool is_nan;
  int infinity;
  std::optional<std::string> text = JavaFloatingText(s, is_nan, infinity);
  if (!text) return std::nullopt;
  if (is_nan) return std::numeric_limits<float>::quiet_NaN();
  if (infinity != 0) return infinity * std::numeric_limits<float>::infinity();
  // Parsed directly to float (not via double) to avoid double rounding, as Float.parseFloat.
  return std::strtof(text->c_str(), nullptr);
}

bool JavaParseBoolean(std::string_view s) { return AsciiEqualsIgnoreCase(s, "true"); }

int32_t JavaDoubleToInt(double d) {
  if (std::isnan(d)) return 0;
  if (d >= 2147483647.0) return std::numeric_limits<int32_t>::max();
  if (d <= -2147483648.0) return std::numeric_limits<int32_t>::min();
  return static_cast<int32_t>(d);
}

int64_t JavaDoubleToLong(double d) {
  if (std::isnan(d)) return 0;
  if (d >= 9223372036854775807.0) return std::numeric_limits<int64_t>::max();
  if (d <= -9223372036854775808.0) return std::numeric_limits<int64_t>::min();
  return static_cast<int64_t>(d);
}

int32_t JavaRound(float f) {
  if (std::isnan(f)) return 0;
  // floor(f + 0.5) without the rounding error of the addition (Math.round since Java 7).
  float floor = std::floor(f);
  if (f - floor >= 0.5f) floor += 1.0f;
  return JavaDoubleToInt(floor);
}

int64_t JavaRound(double d) {
  if (std::isnan(d)) return 0;
  double floor = std::floor(d);
  if (d - floor >= 0.5) floor += 1.0;
  return JavaDoubleToLong(floor);
}

}  // namespace talon::exec
