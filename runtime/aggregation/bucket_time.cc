#include "runtime/aggregation/bucket_time.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"

namespace talon::exec {
namespace {

absl::TimeZone ZoneAt(int offset_seconds) {
  return offset_seconds == 0 ? absl::UTCTimeZone() : absl::FixedTimeZone(offset_seconds);
}

// Whole milliseconds: calendar buckets start on whole seconds.
Timestamp Millis(absl::Time t) { return absl::ToUnixMillis(t); }

}  // namespace

Timestamp BucketStart(Timestamp t, AggregationDuration duration, int offset_seconds) {
  switch (duration) {
    case AggregationDuration::kSeconds:
      return t - t % 1000;
    case AggregationDuration::kMinutes:
      return t - t % 60000;
    default:
      break;
  }
  absl::TimeZone zone = ZoneAt(offset_seconds);
  absl::Time time = absl::FromUnixMillis(t);
  switch (duration) {
    case AggregationDuration::kHours:
      return Millis(absl::FromCivil(absl::ToCivilHour(time, zone), zone));
    case AggregationDuration::kDays:
      return Millis(absl::FromCivil(absl::ToCivilDay(time, zone), zone));
    case AggregationDuration::kMonths:
      return Millis(absl::FromCivil(absl::ToCivilMonth(time, zone), zone));
    case AggregationDuration::kYears:
      return Millis(absl::FromCivil(absl::ToCivilYear(time, zone), zone));
    case AggregationDuration::kSeconds:
    case AggregationDuration::kMinutes:
      break;
  }
  return t;
}

Timestamp NextBucketStart(Timestamp t, AggregationDuration duration, int offset_seconds) {
  switch (duration) {
    case AggregationDuration::kSeconds:
      return t - t % 1000 + 1000;
    case AggregationDuration::kMinutes:
      return t - t % 60000 + 60000;
    default:
      break;
  }
  absl::TimeZone zone = ZoneAt(offset_seconds);
  absl::Time time = absl::FromUnixMillis(t);
  switch (duration) {
    case AggregationDuration::kHours:
      return Millis(absl::FromCivil(absl::ToCivilHour(time, zone) + 1, zone));
    case AggregationDuration::kDays:
      return Millis(absl::FromCivil(absl::ToCivilDay(time, zone) + 1, zone));
    case AggregationDuration::kMonths:
      return Millis(absl::FromCivil(absl::ToCivilMonth(time, zone) + 1, zone));
    case AggregationDuration::kYears:
      return Millis(absl::FromCivil(absl::ToCivilYear(time, zone) + 1, zone));
    case AggregationDuration::kSeconds:
    case AggregationDuration::kMinutes:
      break;
  }
  return t;
}

std::optional<AggregationDuration> ParsePerDuration(std::string_view text) {
  std::string name = absl::AsciiStrToLower(std::string(text));
  if (name == "sec" || name == "second" || name == "seconds") return AggregationDuration::kSeconds;
  if (name == "min" || name == "minute" || name == "minutes") return AggregationDuration::kMinutes;
  if (name == "h" || name == "hour" || name == "hours") return AggregationDuration::kHours;
  if (name == "day" || name == "days") return AggregationDuration::kDays;
  if (name == "month" || name == "months") return AggregationDuration::kMonths;
  if (name == "year" || name == "years") return AggregationDuration::kYears;
  return std::nullopt;
}

}  // namespace talon::exec
