// Bucket time arithmetic of incremental aggregations (Siddhi's IncrementalTimeConverterUtil):
// where the bucket of a timestamp starts and where the next one starts, per duration, in GMT
// (Siddhi's default aggregation time zone) or in a fixed UTC offset (`within` strings that carry
// one). Used by runtime/aggregation/ only.
#ifndef TALON_RUNTIME_AGGREGATION_BUCKET_TIME_H_
#define TALON_RUNTIME_AGGREGATION_BUCKET_TIME_H_

#include <optional>
#include <string_view>

#include "frontend/bound.h"
#include "runtime/event.h"

namespace talon::exec {

using AggregationDuration = bound::AggregationDuration;

// The start of the `duration` bucket holding `t` (ms). Seconds and minutes truncate as Java's
// `t - t % n` does; hours and longer follow the calendar at `offset_seconds` east of GMT.
Timestamp BucketStart(Timestamp t, AggregationDuration duration, int offset_seconds = 0);

// The start of the bucket after the one holding `t` (getNextEmitTime).
Timestamp NextBucketStart(Timestamp t, AggregationDuration duration, int offset_seconds = 0);

// The duration a `per` string names (Expression.Time.normalizeDuration: sec, second, seconds,
// min, minute, minutes, h, hour, hours, day, days, month, months, year, years; any case).
std::optional<AggregationDuration> ParsePerDuration(std::string_view text);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_BUCKET_TIME_H_
