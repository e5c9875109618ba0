// EventQueue: the events a window holds, in columns (Siddhi's SnapshotableStreamEventQueue).
// Windows mostly append at the back and expire from the front, so the queue keeps a head offset
// and compacts its storage once the dead prefix outweighs the live events (three times over for
// small queues: see CompactionSlack). The rare windows that remove from the middle or reorder
// (sort, frequent, session) pay O(n) for it.
#ifndef TALON_RUNTIME_WINDOWS_EVENT_QUEUE_H_
#define TALON_RUNTIME_WINDOWS_EVENT_QUEUE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/base/schema.h"
#include "runtime/batch.h"

namespace talon::exec {

class EventQueue {
 public:
  EventQueue() = default;
  explicit EventQueue(const Schema& schema) : store_(schema) {}

  size_t size() const { return store_.size() - head_; }
  bool empty() const { return size() == 0; }

  // Appends row `row` of `from` stamped `ts`, as a current event unless `kind` says otherwise
  // (expressionBatch keeps expired events in its current queue).
  void Push(const Batch& from, size_t row, Timestamp ts, EventKind kind = EventKind::kCurrent);
  // Appends rows [begin, end) of `from` as current events with their own timestamps.
  void PushRange(const Batch& from, size_t begin, size_t end);
  // Appends every event of `other` as `kind`, keeping their timestamps.
  void PushAll(const EventQueue& other, EventKind kind);
  EventKind kind(size_t i) const { return store_.kind(head_ + i); }
  // Appends every event of `other`, keeping their timestamps.
  void PushAll(const EventQueue& other);

  Timestamp timestamp(size_t i) const { return store_.timestamp(head_ + i); }
  void set_timestamp(size_t i, Timestamp ts) { store_.set_timestamp(head_ + i, ts); }
  // The storage and the row of event i in it (expression windows evaluate over it).
  const Batch& store() const { return store_; }
  // Attribute access for window parameters (external timestamps, sort keys, session keys).
  const Column& column(size_t c) const { return store_.column(c); }
  size_t row(size_t i) const { return head_ + i; }  // index of event i into column(c)
  int64_t Int(size_t i, size_t c) const { return store_.column(c).ints()[head_ + i]; }
  bool IsNull(size_t i, size_t c) const { return store_.column(c).IsNull(head_ + i); }
  Value Get(size_t i, size_t c) const { return store_.column(c).Get(head_ + i); }
  // Overwrites an int64-backed attribute (externalTimeBatch's replace.with.batchtime).
  void SetInt(size_t i, size_t c, int64_t v) {
    store_.column(c).ints()[head_ + i] = v;
    store_.column(c).nulls()[head_ + i] = 0;
  }

  // Removes the `count` oldest events.
  void PopFront(size_t count = 1);
  void Erase(size_t i);
  void Clear();
  // Rearranges the events: event k of the result is event order[k] of the current queue.
  void Reorder(const std::vector<size_t>& order);

  // Appends event i to `out` as `kind` stamped `ts`.
  void Emit(size_t i, EventKind kind, Timestamp ts, Batch& out) const {
    out.AppendRow(store_, head_ + i, kind, ts);
  }
  // Appends event i to `out` as `kind` with its own timestamp.
  void Emit(size_t i, EventKind kind, Batch& out) const {
    out.AppendRow(store_, head_ + i, kind, timestamp(i));
  }
  // Appends events [begin, end) to `out` as `kind` stamped `ts`.
  void EmitRange(size_t begin, size_t end, EventKind kind, Timestamp ts, Batch& out) const;
  // Appends every event with the kind and timestamp it was stored with.
  void EmitAllAsStored(Batch& out) const;
  // Appends every event, in order, as `kind`; stamped `ts`, or with their own timestamps.
  void EmitAll(EventKind kind, Timestamp ts, Batch& out) const;
  void EmitAll(EventKind kind, Batch& out) const;

 private:
  static size_t CompactionSlack(size_t live);
  void Compact();

  Batch store_;
  size_t head_ = 0;
};

// One chunk of a window's output as rows of its queue's store, gathered column by column at the
// end (a window decides the order of expired and current events first, then copies once).
// Reused from chunk to chunk, so a window keeps one in its state.
class GatherList {
 public:
  void Clear() {
    rows_.clear();
    kinds_.clear();
    stamps_.clear();
  }
  // Makes room for `n` events, set one by one with Set (for windows that know their output's
  // size before they order it).
  void Resize(size_t n) {
    rows_.resize(n);
    kinds_.resize(n);
    stamps_.resize(n);
  }
  // Entry k: event i of `queue` as `kind` stamped `ts`.
  void Set(size_t k, const EventQueue& queue, size_t i, EventKind kind, Timestamp ts) {
    rows_[k] = static_cast<uint32_t>(queue.row(i));
    kinds_[k] = kind;
    stamps_[k] = ts;
  }
  // Event i of `queue` as `kind` stamped `ts`.
  void Add(const EventQueue& queue, size_t i, EventKind kind, Timestamp ts) {
    rows_.push_back(static_cast<uint32_t>(queue.row(i)));
    kinds_.push_back(kind);
    stamps_.push_back(ts);
  }
  // Appends the listed events of `queue` to `out`. The queue must not have changed since Add.
  void AppendTo(const EventQueue& queue, Batch& out) const {
    out.AppendGather(queue.store(), rows_.data(), kinds_.data(), stamps_.data(), rows_.size());
  }

 private:
  std::vector<uint32_t> rows_;
  std::vector<EventKind> kinds_;
  std::vector<Timestamp> stamps_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_EVENT_QUEUE_H_
