#include "runtime/aggregation/within_clause.h"

#include <cctype>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "runtime/aggregation/bucket_time.h"

namespace talon::exec {
namespace {

// Templates of the accepted forms: 'd' a digit, ' ' a blank (Java's \s), '+' a sign, others
// themselves. Index i of kWithinForms keeps fields down to Siddhi's duration i (seconds first).
constexpr std::string_view kDateTime = "dddd-dd-dd dd:dd:dd";
constexpr std::string_view kOffset = " +dd:dd";
constexpr std::string_view kWithinForms[] = {
    "dddd-dd-dd dd:dd:dd", "dddd-dd-dd dd:dd:**", "dddd-dd-dd dd:**:**",
    "dddd-dd-dd **:**:**", "dddd-dd-** **:**:**", "dddd-**-** **:**:**",
};

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool Matches(std::string_view text, std::string_view form) {
  if (text.size() != form.size()) return false;
  for (size_t i = 0; i < form.size(); ++i) {
    char c = text[i];
    switch (form[i]) {
      case 'd':
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        break;
      case ' ':
        if (!IsBlank(c)) return false;
        break;
      case '+':
        if (c != '+' && c != '-') return false;
        break;
      default:
        if (c != form[i]) return false;
    }
  }
  return true;
}

int Number(std::string_view text, size_t at, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; ++i) v = v * 10 + (text[at + i] - '0');
  return v;
}

// The instant of 'yyyy-MM-dd HH:mm:ss' at `offset_seconds` east of GMT; InvalidArgument for a
// field out of range (java.time refuses 2017-13-01 too).
absl::StatusOr<Timestamp> Instant(std::string_view text, int offset_seconds) {
  int year = Number(text, 0, 4), month = Number(text, 5, 2), day = Number(text, 8, 2);
  int hour = Number(text, 11, 2), minute = Number(text, 14, 2), second = Number(text, 17, 2);
  absl::CivilSecond civil(year, month, day, hour, minute, second);
  if (civil.month() != month || civil.day() != day || civil.hour() != hour ||
      civil.minute() != minute || civil.second() != second) {
    return absl::InvalidArgumentError(
        absl::StrCat("timestamp '", std::string(text), "' is not a valid date and time"));
  }
  absl::TimeZone zone =
      offset_seconds == 0 ? absl::UTCTimeZone() : absl::FixedTimeZone(offset_seconds);
  return absl::ToUnixMillis(absl::FromCivil(civil, zone));
}

// The seconds east of GMT of '+hh:mm' at `at`.
int OffsetSeconds(std::string_view text, size_t at) {
  int seconds = Number(text, at + 1, 2) * 3600 + Number(text, at + 4, 2) * 60;
  return text[at] == '-' ? -seconds : seconds;
}

absl::Status BadWithin(std::string_view text) {
  return absl::InvalidArgumentError(absl::StrCat(
      "incorrect 'within' format: use yyyy-**-** **:**:**, yyyy-MM-** **:**:**, "
      "yyyy-MM-dd **:**:**, yyyy-MM-dd HH:**:**, yyyy-MM-dd HH:mm:** or yyyy-MM-dd HH:mm:ss, "
      "followed by a UTC offset such as +05:30 outside GMT; got ",
      std::string(text)));
}

absl::StatusOr<Timestamp> BoundOf(const Value& v) {
  if (v.is_null()) return absl::InvalidArgumentError("a 'within' bound is null");
  if (v.type() == Type::kLong) return v.long_value();
  if (v.type() == Type::kString) return ParseAggregationTime(v.string_value());
  return absl::InvalidArgumentError(
      absl::StrCat("a 'within' bound must be a long or a string, got ", TypeName(v.type())));
}

}  // namespace

absl::StatusOr<Timestamp> ParseAggregationTime(std::string_view raw) {
  std::string text(absl::StripAsciiWhitespace(std::string(raw)));
  if (Matches(text, kDateTime)) return Instant(text, 0);
  if (Matches(text, absl::StrCat(std::string(kDateTime), std::string(kOffset)))) {
    return Instant(text, OffsetSeconds(text, kDateTime.size() + 1));
  }
  return absl::InvalidArgumentError(
      absl::StrCat("timestamp '", text, "' matches neither yyyy-MM-dd HH:mm:ss (GMT) nor ",
                   "yyyy-MM-dd HH:mm:ss +hh:mm (a UTC offset such as +05:30 or -11:00)"));
}

absl::StatusOr<WithinRange> ParseWithin(const Value& start, const Value* end) {
  WithinRange range;
  if (end != nullptr) {
    absl::StatusOr<Timestamp> from = BoundOf(start);
    if (!from.ok()) return from.status();
    absl::StatusOr<Timestamp> to = BoundOf(*end);
    if (!to.ok()) return to.status();
    if (!(*from < *to)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "'within' needs its start before its end; start ", *from, ", end ", *to, " (ms)"));
    }
    range.start = *from;
    range.end = *to;
    return range;
  }
  if (start.is_null() || start.type() != Type::kString) {
    return absl::InvalidArgumentError("a single 'within' value must be a string");
  }
  std::string text(absl::StripAsciiWhitespace(start.string_value()));
  bool with_offset = text.size() == kDateTime.size() + kOffset.size();
  if (text.size() != kDateTime.size() && !with_offset) return BadWithin(text);
  int offset = with_offset ? OffsetSeconds(text, kDateTime.size() + 1) : 0;
  for (size_t i = 0; i < std::size(kWithinForms); ++i) {
    std::string form(kWithinForms[i]);
    if (with_offset) form += kOffset;
    if (!Matches(text, form)) continue;
    // Unknown fields count from their first value: day 01, hour 00 and so on.
    std::string filled = text;
    if (i == 4) filled.replace(8, 2, "01");
    if (i == 5) filled.replace(5, 5, "01-01");
    for (size_t k = 0; k < kDateTime.size(); ++k) {
      if (filled[k] == '*') filled[k] = '0';
    }
    absl::StatusOr<Timestamp> from = Instant(filled, offset);
    if (!from.ok()) return from.status();
    range.start = *from;
    switch (i) {
      case 0:
        range.end = *from + 1000;
        break;
      case 1:
        range.end = *from + 60000;
        break;
      case 2:
        range.end = *from + 3600000;
        break;
      case 3:
        range.end = *from + 86400000;
        break;
      case 4:
        range.end = NextBucketStart(*from, AggregationDuration::kMonths, offset);
        break;
      default:
        range.end = NextBucketStart(*from, AggregationDuration::kYears, offset);
        break;
    }
    return range;
  }
  return BadWithin(text);
}

}  // namespace talon::exec
