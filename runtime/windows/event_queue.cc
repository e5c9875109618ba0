#include "runtime/windows/event_queue.h"

namespace talon::exec {
namespace {

// A batch with the columns (not the rows) of `like`.
Batch EmptyLike(const Batch& like) {
  Batch out;
  out.columns().reserve(like.column_count());
  for (const Column& c : like.columns()) out.columns().emplace_back(c.type());
  return out;
}

}  // namespace

void EventQueue::Push(const Batch& from, size_t row, Timestamp ts, EventKind kind) {
  store_.AppendRow(from, row, kind, ts);
}

void EventQueue::PushAll(const EventQueue& other, EventKind kind) {
  for (size_t i = 0; i < other.size(); ++i) {
    store_.AppendRow(other.store_, other.head_ + i, kind, other.timestamp(i));
  }
}

void EventQueue::EmitAllAsStored(Batch& out) const {
  for (size_t i = 0; i < size(); ++i) out.AppendRow(store_, head_ + i);
}

void EventQueue::PushAll(const EventQueue& other) {
  for (size_t i = 0; i < other.size(); ++i) {
    store_.AppendRow(other.store_, other.head_ + i, EventKind::kCurrent, other.timestamp(i));
  }
}

void EventQueue::PopFront() {
  ++head_;
  if (head_ == store_.size()) {
    Clear();
  } else if (head_ >= 64 && head_ * 2 >= store_.size()) {
    Compact();
  }
}

void EventQueue::Erase(size_t i) {
  if (i == 0) {
    PopFront();
    return;
  }
  Batch kept = EmptyLike(store_);
  for (size_t k = 0; k < size(); ++k) {
    if (k != i) kept.AppendRow(store_, head_ + k);
  }
  store_ = std::move(kept);
  head_ = 0;
}

void EventQueue::Clear() {
  store_.Clear();
  head_ = 0;
}

void EventQueue::Reorder(const std::vector<size_t>& order) {
  Batch sorted = EmptyLike(store_);
  for (size_t k : order) sorted.AppendRow(store_, head_ + k);
  store_ = std::move(sorted);
  head_ = 0;
}

void EventQueue::EmitAll(EventKind kind, Timestamp ts, Batch& out) const {
  for (size_t i = 0; i < size(); ++i) Emit(i, kind, ts, out);
}

void EventQueue::EmitAll(EventKind kind, Batch& out) const {
  for (size_t i = 0; i < size(); ++i) Emit(i, kind, out);
}

void EventQueue::Compact() {
  Batch live = EmptyLike(store_);
  for (size_t k = head_; k < store_.size(); ++k) live.AppendRow(store_, k);
  store_ = std::move(live);
  head_ = 0;
}

}  // namespace talon::exec
