#include "runtime/io/batch_builder.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace talon::exec::io {

BatchBuilder::BatchBuilder(const Schema& schema, size_t capacity)
    : schema_(schema), capacity_(std::max<size_t>(capacity, 1)), batch_(schema) {
  Reserve();
}

void BatchBuilder::Reserve() {
  for (Column& column : batch_.columns()) column.Resize(capacity_);
  batch_.timestamps().reserve(capacity_);
  batch_.kinds().reserve(capacity_);
}

void BatchBuilder::BeginRow() {
  row_time_.reset();
  // Columns are sized to the capacity up front (Reserve); the row being written is rows_.
  // A record of many events (a JSON array) may go past it.
  for (Column& column : batch_.columns()) {
    if (column.size() <= rows_) column.Resize(2 * rows_ + 1);
    column.nulls()[rows_] = 1;
  }
}

void BatchBuilder::SetInt64(size_t column, int64_t value) {
  Column& c = batch_.column(column);
  c.ints()[rows_] = value;
  c.nulls()[rows_] = 0;
}

void BatchBuilder::SetDouble(size_t column, double value) {
  Column& c = batch_.column(column);
  // Floats are stored widened but hold float values (vector.h).
  c.doubles()[rows_] = c.type() == Type::kFloat ? static_cast<double>(static_cast<float>(value))
                                                : value;
  c.nulls()[rows_] = 0;
}

void BatchBuilder::SetString(size_t column, std::string_view value) {
  Column& c = batch_.column(column);
  c.strings()[rows_].assign(value.data(), value.size());
  c.nulls()[rows_] = 0;
}

void BatchBuilder::SetObject(size_t column, const Value& value) {
  batch_.column(column).Set(rows_, value);
}

void BatchBuilder::SetValue(size_t column, const Value& value) {
  batch_.column(column).Set(rows_, value);
}

absl::Status BatchBuilder::CommitRow() {
  int64_t time = default_time_;
  if (row_time_) {
    time = *row_time_;
  } else if (time_attribute_) {
    const Column& c = batch_.column(*time_attribute_);
    if (c.nulls()[rows_]) {
      return absl::InvalidArgumentError(absl::StrCat(
          "no event time: '", schema_.at(*time_attribute_).name, "' is missing"));
    }
    time = c.ints()[rows_];
  }
  batch_.timestamps().push_back(time);
  batch_.kinds().push_back(EventKind::kCurrent);
  ++rows_;
  return absl::OkStatus();
}

void BatchBuilder::Rollback(size_t mark) {
  if (mark >= rows_) return;
  rows_ = mark;
  batch_.timestamps().resize(mark);
  batch_.kinds().resize(mark);
}

Batch BatchBuilder::Take() {
  for (Column& column : batch_.columns()) column.Resize(rows_);
  Batch out = std::move(batch_);
  batch_ = Batch(schema_);
  Reserve();
  rows_ = 0;
  return out;
}

}  // namespace talon::exec::io
