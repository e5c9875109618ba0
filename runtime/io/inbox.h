// Inbox: the bounded hand-over between source threads and the thread that drives the app. Each
// source has its own queue of at most `capacity` batches; a source pushing onto a full queue
// waits (backpressure reaches the file reader, the TCP peers, the Kafka fetcher) instead of
// buffering without bound.
#ifndef TALON_RUNTIME_IO_INBOX_H_
#define TALON_RUNTIME_IO_INBOX_H_

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

#include "runtime/io/source.h"

namespace talon::exec::io {

class Inbox {
 public:
  Inbox(size_t sources, size_t capacity);

  // Blocks while `source`'s queue is full, unless the inbox is aborted (then drops the batch:
  // only after a fatal error, when nothing will be delivered anyway).
  void Push(size_t source, SourceBatch batch);
  // Takes `source`'s oldest batch; false when it has none.
  bool Pop(size_t source, SourceBatch& out);
  // The oldest batch of `source` without taking it, or null.
  const SourceBatch* Peek(size_t source);
  size_t queued(size_t source);
  // Waits until a batch is pushed (any source) or `deadline`.
  void Wait(std::chrono::steady_clock::time_point deadline);
  // Wakes Wait (a signal arrived).
  void Notify();
  // Unblocks every Push for good.
  void Abort();

 private:
  std::mutex mutex_;
  std::condition_variable pushed_;
  std::condition_variable popped_;
  std::vector<std::deque<SourceBatch>> queues_;
  size_t capacity_;
  uint64_t version_ = 0;  // bumped by every Push/Notify, so Wait sees pushes between calls
  uint64_t seen_ = 0;
  bool aborted_ = false;
};

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_INBOX_H_
