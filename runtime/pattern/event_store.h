// EventStore: the events of one input stream that partial matches of a pattern hold, kept as
// rows of columns (not as Values) with a reference count per row. A row is written once, when
// the first partial match captures the event, shared by every match (and every `every` clone)
// that refers to it, and its slot is reused once the last of them lets go.
#ifndef TALON_RUNTIME_PATTERN_EVENT_STORE_H_
#define TALON_RUNTIME_PATTERN_EVENT_STORE_H_

#include <cstdint>
#include <vector>

#include "frontend/base/schema.h"
#include "runtime/batch.h"

namespace talon::exec::pattern {

// Row ids with a meaning of their own. kNoEvent: the state has no event. kEmptyEvent: an event
// with every attribute NULL and no timestamp; Siddhi puts one in the slot of `not S for t` when
// the time passes inside `and` / `or`, so `e is null` is false there while `e.x` is NULL.
inline constexpr uint32_t kNoEvent = 0xFFFFFFFFu;
inline constexpr uint32_t kEmptyEvent = 0xFFFFFFFEu;

class EventStore {
 public:
  explicit EventStore(const Schema& schema);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Copies row `row` of `chunk` (which has this store's schema) with timestamp `ts`; the new
  // row starts with one reference.
  uint32_t Add(const Batch& chunk, size_t row, Timestamp ts);
  void Ref(uint32_t id) {
    if (id < kEmptyEvent) ++refs_[id];
  }
  void Unref(uint32_t id) {
    if (id < kEmptyEvent && --refs_[id] == 0) Free(id);
  }

  Timestamp timestamp(uint32_t id) const { return id < kEmptyEvent ? timestamps_[id] : -1; }
  const Column& column(size_t c) const { return columns_[c]; }
  size_t column_count() const { return columns_.size(); }

  // Rows currently held by some match, and the bytes the store has allocated for its rows.
  size_t live_rows() const { return timestamps_.size() - free_.size(); }
  size_t capacity_rows() const { return timestamps_.size(); }

 private:
  void Free(uint32_t id);

  std::vector<Column> columns_;
  std::vector<Timestamp> timestamps_;
  std::vector<uint32_t> refs_;
  std::vector<uint32_t> free_;
};

// Copies cell `i` of `src` to cell `j` of `dst` (same type; `dst` already has room for j).
void CopyCell(const Column& src, size_t i, Column& dst, size_t j);

}  // namespace talon::exec::pattern

#endif  // TALON_RUNTIME_PATTERN_EVENT_STORE_H_
