// Comparison of a conformance case's expected callback deliveries with what Talon delivered,
// following the rules of shared/conformance/FORMAT.md ("Comparing").
#ifndef TALON_TOOLS_CONFORMANCE_COMPARE_H_
#define TALON_TOOLS_CONFORMANCE_COMPARE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frontend/base/value.h"
#include "tools/conformance_case.h"
#include "tools/json_datum.h"

namespace talon::tools {

// One event as a callback received it from the engine.
struct Delivery {
  std::string callback;  // callback name, or "ondemand:<n>"
  bool expired = false;
  int64_t time = 0;
  std::vector<Value> data;
};

// Whether `actual` matches the recorded `expected` attribute:
//   null only matches null; integers match int/long exactly (a Java int/long was recorded, so
//   a float result is a type difference, not a rounding one); reals match float to a relative
//   1e-6 and double to 1e-9 (tolerance chosen by the type Talon produced); the strings "NaN",
//   "Infinity", "-Infinity" match those float/double values; other strings and booleans match
//   exactly. A recorded list (a pattern's collected count events) never matches, because Value
//   has no list type yet.
bool AttributeMatches(const JsonDatum& expected, const Value& actual);

// The first difference between `expected` and `actual`, compared per callback in order
// (interleaving between callbacks is ignored, as FORMAT.md says), or nullopt when every
// delivery matches and none is extra. The text names the callback, the index within it, and
// both deliveries, e.g.
//   query1[2]: expected current @1000 ["IBM", 700.0, 0], got expired @1000 ["IBM", 700.0, 0]
std::optional<std::string> FirstDifference(const std::vector<CaseOutput>& expected,
                                           const std::vector<Delivery>& actual);

// "current @1000 ["IBM", 700.0, 0]" (without the time when the case gives none).
std::string FormatExpected(const CaseOutput& output);
std::string FormatDelivery(const Delivery& delivery);

}  // namespace talon::tools

#endif  // TALON_TOOLS_CONFORMANCE_COMPARE_H_
