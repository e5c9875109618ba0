// exec::Batch: a chunk of events in columns. A batch is also Siddhi's "chunk": events sent
// together travel together, and operators that emit once per chunk (aggregations without a
// window, rate limiters) see exactly the chunks the user sent.
#ifndef TALON_RUNTIME_BATCH_H_
#define TALON_RUNTIME_BATCH_H_

#include <cstdint>
#include <vector>

#include "frontend/base/schema.h"
#include "runtime/event.h"
#include "runtime/vector.h"

namespace talon::exec {

class Batch {
 public:
  Batch() = default;
  explicit Batch(const Schema& schema);

  size_t size() const { return timestamps_.size(); }
  bool empty() const { return timestamps_.empty(); }
  size_t column_count() const { return columns_.size(); }

  Column& column(size_t i) { return columns_[i]; }
  const Column& column(size_t i) const { return columns_[i]; }
  std::vector<Column>& columns() { return columns_; }
  const std::vector<Column>& columns() const { return columns_; }

  Timestamp timestamp(size_t i) const { return timestamps_[i]; }
  EventKind kind(size_t i) const { return kinds_[i]; }
  std::vector<Timestamp>& timestamps() { return timestamps_; }
  const std::vector<Timestamp>& timestamps() const { return timestamps_; }
  std::vector<EventKind>& kinds() { return kinds_; }
  const std::vector<EventKind>& kinds() const { return kinds_; }
  void set_kind(size_t i, EventKind k) { kinds_[i] = k; }
  void set_timestamp(size_t i, Timestamp t) { timestamps_[i] = t; }

  // Appends one event; `values` must match the columns in number and type.
  void Append(Timestamp ts, EventKind kind, const std::vector<Value>& values);
  // Appends row `i` of `other` (same schema).
  void AppendRow(const Batch& other, size_t i);
  // Appends row `i` of `other` with kind `kind` and timestamp `ts`.
  void AppendRow(const Batch& other, size_t i, EventKind kind, Timestamp ts);
  // Makes room for at least `rows` rows in every column, kinds and timestamps. The bulk appends
  // below reserve one row more than they add: a window's chunk-end row usually follows.
  void Reserve(size_t rows);
  // Appends rows [begin, end) of `other` (same schema), column by column.
  void AppendRange(const Batch& other, size_t begin, size_t end);
  // The same, every row as `kind` stamped `ts`.
  void AppendRange(const Batch& other, size_t begin, size_t end, EventKind kind, Timestamp ts);
  // Appends rows rows[0..n) of `other` (same schema) with their kinds and timestamps, column by
  // column; kNullRow is not allowed here.
  void AppendGather(const Batch& other, const uint32_t* rows, size_t n);
  // Appends rows rows[0..n) of `other` as kinds[k] stamped timestamps[k]; a kNullRow row appends
  // NULL in every column (chunk ends, resets).
  void AppendGather(const Batch& other, const uint32_t* rows, const EventKind* kinds,
                    const Timestamp* timestamps, size_t n);
  // Appends the rows of `other` (same schema) whose mask byte is non-zero, in order.
  void AppendMasked(const Batch& other, const std::vector<uint8_t>& mask);
  // Keeps the rows whose mask byte is non-zero, in order.
  void Filter(const std::vector<uint8_t>& mask);
  // Keeps rows [begin, end) only, moved into place (the capacity stays).
  void Slice(size_t begin, size_t end);
  void Clear();

  Event GetEvent(size_t i) const;
  std::vector<Value> Row(size_t i) const;

 private:
  std::vector<Timestamp> timestamps_;
  std::vector<EventKind> kinds_;
  std::vector<Column> columns_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_BATCH_H_
