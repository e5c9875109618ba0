#include "runtime/io/inbox.h"

#include <algorithm>

namespace talon::exec::io {

Inbox::Inbox(size_t sources, size_t capacity)
    : queues_(sources), capacity_(std::max<size_t>(capacity, 1)) {}

void Inbox::Push(size_t source, SourceBatch batch) {
  std::unique_lock lock(mutex_);
  popped_.wait(lock, [&] { return aborted_ || queues_[source].size() < capacity_; });
  if (aborted_) return;
  queues_[source].push_back(std::move(batch));
  ++version_;
  pushed_.notify_one();
}

bool Inbox::Pop(size_t source, SourceBatch& out) {
  std::lock_guard lock(mutex_);
  if (queues_[source].empty()) return false;
  out = std::move(queues_[source].front());
  queues_[source].pop_front();
  popped_.notify_all();
  return true;
}

const SourceBatch* Inbox::Peek(size_t source) {
  std::lock_guard lock(mutex_);
  // The front element stays put while only the driver pops (pushes go to the back of a deque,
  // which never moves existing elements).
  return queues_[source].empty() ? nullptr : &queues_[source].front();
}

size_t Inbox::queued(size_t source) {
  std::lock_guard lock(mutex_);
  return queues_[source].size();
}

void Inbox::Wait(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  pushed_.wait_until(lock, deadline, [&] { return version_ != seen_; });
  seen_ = version_;
}

void Inbox::Notify() {
  std::lock_guard lock(mutex_);
  ++version_;
  pushed_.notify_one();
}

void Inbox::Abort() {
  std::lock_guard lock(mutex_);
  aborted_ = true;
  popped_.notify_all();
}

}  // namespace talon::exec::io
