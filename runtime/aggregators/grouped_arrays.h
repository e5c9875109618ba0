// Helpers for the typed GroupedAggregatorStates (aggregator.h): reading a numeric argument
// column whatever its physical form, and writing a result row.
#ifndef TALON_RUNTIME_AGGREGATORS_GROUPED_ARRAYS_H_
#define TALON_RUNTIME_AGGREGATORS_GROUPED_ARRAYS_H_

#include <cstdint>
#include <type_traits>

#include "runtime/aggregators/aggregator.h"
#include "runtime/vector.h"

namespace talon::exec {

// Calls body(read) with `read(j)` returning row j of a numeric column as T, choosing the
// physical form once per call rather than per row. Object columns (dynamically typed values)
// go through Value.
template <typename T, typename Body>
void WithNumericReader(const Column& column, Body&& body) {
  switch (column.physical()) {
    case PhysicalType::kInt64: {
      const int64_t* v = column.ints();
      body([v](size_t j) { return static_cast<T>(v[j]); });
      return;
    }
    case PhysicalType::kDouble: {
      const double* v = column.doubles();
      body([v](size_t j) { return static_cast<T>(v[j]); });
      return;
    }
    default:
      body([&column](size_t j) {
        Value v = column.Get(j);
        if constexpr (std::is_integral_v<T>) {
          return static_cast<T>(v.AsLong());
        } else {
          return static_cast<T>(v.AsDouble());
        }
      });
      return;
  }
}

// Calls body(add) with `add(j)` true when row j is a current event, choosing once per call
// whether to read `kinds` at all (null `kinds`: every row is current).
template <typename Body>
void WithKinds(const EventKind* kinds, Body&& body) {
  if (kinds == nullptr) {
    body([](size_t) { return true; });
  } else {
    body([kinds](size_t j) { return kinds[j] == EventKind::kCurrent; });
  }
}

// Writes a non-NULL result to `row` of `column` (int64 or double physical form).
inline void SetRow(Column& column, size_t row, int64_t v) {
  column.nulls()[row] = 0;
  column.ints()[row] = v;
}
inline void SetRow(Column& column, size_t row, double v) {
  column.nulls()[row] = 0;
  column.doubles()[row] = v;
}

// Writes event row j's non-NULL result where `out` wants it (int64 or double physical form).
inline void SetResult(ResultRows out, size_t j, int64_t v) {
  const int64_t row = out.at(j);
  if (row >= 0) SetRow(*out.column, static_cast<size_t>(row), v);
}
inline void SetResult(ResultRows out, size_t j, double v) {
  const int64_t row = out.at(j);
  if (row >= 0) SetRow(*out.column, static_cast<size_t>(row), v);
}

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATORS_GROUPED_ARRAYS_H_
