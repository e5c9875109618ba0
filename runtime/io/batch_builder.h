// BatchBuilder: fills an exec::Batch of a stream's schema one record at a time, column by
// column, so that mappers write parsed values straight into the columns the engine runs on
// (no per-event Value boxing). A record that fails to map leaves no trace in the batch: its
// row is simply not committed.
#ifndef TALON_RUNTIME_IO_BATCH_BUILDER_H_
#define TALON_RUNTIME_IO_BATCH_BUILDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "frontend/base/schema.h"
#include "frontend/base/value.h"
#include "runtime/batch.h"

namespace talon::exec::io {

class BatchBuilder {
 public:
  BatchBuilder(const Schema& schema, size_t capacity);

  const Schema& schema() const { return schema_; }
  size_t size() const { return rows_; }
  bool full() const { return rows_ >= capacity_; }
  bool empty() const { return rows_ == 0; }

  // Starts a record: every attribute NULL, no explicit time.
  void BeginRow();
  void SetNull(size_t column) { batch_.column(column).nulls()[rows_] = 1; }
  void SetInt64(size_t column, int64_t value);  // bool (0/1), int, long
  void SetDouble(size_t column, double value);  // float (rounded to float), double
  void SetString(size_t column, std::string_view value);
  void SetObject(size_t column, const Value& value);
  // Any scalar whose type matches the column (or any value for an object column).
  void SetValue(size_t column, const Value& value);
  bool IsNull(size_t column) const { return batch_.column(column).nulls()[rows_] != 0; }
  int64_t GetInt64(size_t column) const { return batch_.column(column).ints()[rows_]; }
  // An explicit event time for this record (a JSON "@time" key).
  void SetTime(int64_t time) { row_time_ = time; }

  // Where event times come from: an explicit SetTime, else the time attribute (when set; a
  // NULL one makes the record malformed), else the default time the source sets per record
  // (the line position of a replayed file, or the arrival time).
  void set_time_attribute(std::optional<size_t> column) { time_attribute_ = column; }
  void set_default_time(int64_t time) { default_time_ = time; }

  // Keeps the record begun by BeginRow. InvalidArgument when it has no event time.
  absl::Status CommitRow();

  // Rows committed so far; Rollback drops the rows committed after `mark` (a record that
  // maps to several events and fails halfway leaves none).
  size_t Mark() const { return rows_; }
  void Rollback(size_t mark);

  // The committed rows as a batch (kCurrent events); the builder starts empty again.
  Batch Take();

 private:
  void Reserve();

  Schema schema_;
  size_t capacity_;
  Batch batch_;
  size_t rows_ = 0;
  std::optional<int64_t> row_time_;
  std::optional<size_t> time_attribute_;
  int64_t default_time_ = 0;
};

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_BATCH_BUILDER_H_
