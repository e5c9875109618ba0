#include "runtime/windows/event_queue.h"

#include <algorithm>

#include "frontend/base/check.h"

namespace talon::exec {
namespace {

// A batch with the columns (not the rows) of `like`.
Batch EmptyLike(const Batch& like) {
  Batch out;
  out.columns().reserve(like.column_count());
  for (const Column& c : like.columns()) out.columns().emplace_back(c.type(), c.pruned());
  return out;
}

}  // namespace

void EventQueue::Push(const Batch& from, size_t row, Timestamp ts, EventKind kind) {
  store_.AppendRow(from, row, kind, ts);
}

void EventQueue::PushRange(const Batch& from, size_t begin, size_t end) {
  size_t base = store_.size();
  store_.AppendRange(from, begin, end);
  std::fill(store_.kinds().begin() + base, store_.kinds().end(), EventKind::kCurrent);
}

void EventQueue::PushAll(const EventQueue& other, EventKind kind) {
  size_t base = store_.size();
  store_.AppendRange(other.store_, other.head_, other.store_.size());
  std::fill(store_.kinds().begin() + base, store_.kinds().end(), kind);
}

void EventQueue::EmitAllAsStored(Batch& out) const {
  out.AppendRange(store_, head_, store_.size());
}

void EventQueue::PushAll(const EventQueue& other) { PushAll(other, EventKind::kCurrent); }

void EventQueue::PopFront(size_t count) {
  TALON_DCHECK(count <= size());
  head_ += count;
  if (head_ == store_.size()) {
    Clear();
  } else if (head_ >= 64 && head_ >= CompactionSlack(size())) {
    Compact();
  }
}

void EventQueue::Erase(size_t i) {
  if (i == 0) {
    PopFront();
    return;
  }
  Batch kept = EmptyLike(store_);
  kept.AppendRange(store_, head_, head_ + i);
  kept.AppendRange(store_, head_ + i + 1, store_.size());
  store_ = std::move(kept);
  head_ = 0;
}

void EventQueue::Clear() {
  store_.Clear();
  head_ = 0;
}

void EventQueue::Reorder(const std::vector<size_t>& order) {
  std::vector<uint32_t> rows;
  rows.reserve(order.size());
  for (size_t k : order) rows.push_back(static_cast<uint32_t>(head_ + k));
  Batch sorted = EmptyLike(store_);
  sorted.AppendGather(store_, rows.data(), rows.size());
  store_ = std::move(sorted);
  head_ = 0;
}

void EventQueue::EmitRange(size_t begin, size_t end, EventKind kind, Timestamp ts,
                           Batch& out) const {
  out.AppendRange(store_, head_ + begin, head_ + end, kind, ts);
}

void EventQueue::EmitAll(EventKind kind, Timestamp ts, Batch& out) const {
  EmitRange(0, size(), kind, ts, out);
}

void EventQueue::EmitAll(EventKind kind, Batch& out) const {
  size_t base = out.size();
  out.AppendRange(store_, head_, store_.size());
  std::fill(out.kinds().begin() + base, out.kinds().end(), kind);
}

// The dead rows a queue of `live` events keeps before it compacts: three times the live ones,
// so that a small window (length(1000) fed chunks of 1024) moves each event about a third of
// a time instead of once, but at most 64K rows more than the live ones, so that a big window's
// store stays within about twice its events.
size_t EventQueue::CompactionSlack(size_t live) {
  constexpr size_t kMaxExtraRows = size_t{1} << 16;
  return live + std::min(2 * live, kMaxExtraRows);
}

void EventQueue::Compact() {
  // In place: the store keeps its capacity, so the pushes that follow do not grow it again.
  store_.Slice(head_, store_.size());
  head_ = 0;
}

}  // namespace talon::exec
