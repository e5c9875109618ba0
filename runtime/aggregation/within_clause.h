// The time strings of incremental aggregations: `aggregate by` date strings
// (IncrementalUnixTimeFunctionExecutor) and the `within` clause that picks the buckets a read
// returns (IncrementalStartTimeEndTimeFunctionExecutor).
#ifndef TALON_RUNTIME_AGGREGATION_WITHIN_CLAUSE_H_
#define TALON_RUNTIME_AGGREGATION_WITHIN_CLAUSE_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "frontend/base/value.h"
#include "runtime/event.h"

namespace talon::exec {

// 'yyyy-MM-dd HH:mm:ss' (GMT) or 'yyyy-MM-dd HH:mm:ss +hh:mm' as ms since the epoch; surrounding
// blanks are ignored. InvalidArgument for any other form.
absl::StatusOr<Timestamp> ParseAggregationTime(std::string_view text);

// [start, end) in ms.
struct WithinRange {
  Timestamp start = 0;
  Timestamp end = 0;
};

// `within <pattern>`: a string whose trailing fields may be `**` ('2017-06-** **:**:**' is June
// 2017), with an optional UTC offset; `within <start>, <end>`: two longs or date strings, the
// start before the end. `end` is null for the single form. InvalidArgument otherwise.
absl::StatusOr<WithinRange> ParseWithin(const Value& start, const Value* end);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_WITHIN_CLAUSE_H_
