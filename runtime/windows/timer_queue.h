// TimerQueue: the notification times a window asked Siddhi's Scheduler for (notifyAt), in the
// order it asked. Siddhi keeps them in a FIFO queue and, whenever the clock moves, fires the head
// while it is due, one TIMER chunk per notification; windows that reproduce its timing keep the
// same queue, including its FIFO quirk (a due entry behind a later one waits for it).
#ifndef TALON_RUNTIME_WINDOWS_TIMER_QUEUE_H_
#define TALON_RUNTIME_WINDOWS_TIMER_QUEUE_H_

#include <deque>
#include <optional>

#include "runtime/event.h"

namespace talon::exec {

class TimerQueue {
 public:
  void NotifyAt(Timestamp t) { times_.push_back(t); }
  // The head of the queue: when OnTime has work next.
  std::optional<Timestamp> Next() const {
    if (times_.empty()) return std::nullopt;
    return times_.front();
  }
  // Pops and returns the head when it is due at `now`.
  std::optional<Timestamp> PopDue(Timestamp now) {
    if (times_.empty() || times_.front() > now) return std::nullopt;
    Timestamp t = times_.front();
    times_.pop_front();
    return t;
  }
  bool empty() const { return times_.empty(); }
  void Clear() { times_.clear(); }

 private:
  std::deque<Timestamp> times_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_TIMER_QUEUE_H_
