// TypedWindow<S>: the Window plumbing every built-in window shares: a state type S (one per
// partition key) holding the window's events and Siddhi's scheduler queue, the input schema, and
// the timer loop. A window implements OnEvents (a chunk arrived) and, if it schedules timers,
// OnTimer (one notification fell due; Siddhi sends it as a TIMER chunk of its own).
#ifndef TALON_RUNTIME_WINDOWS_TYPED_WINDOW_H_
#define TALON_RUNTIME_WINDOWS_TYPED_WINDOW_H_

#include <memory>
#include <optional>

#include "absl/status/status.h"
#include "runtime/windows/event_queue.h"
#include "runtime/windows/timer_queue.h"
#include "runtime/windows/window.h"

namespace talon::exec {

// The part of every built-in window's state the plumbing reads.
struct TimedWindowState : WindowState {
  TimerQueue timers;
};

template <typename S>
class TypedWindow : public Window {
 public:
  explicit TypedWindow(Schema schema) : schema_(std::move(schema)) {}

  std::unique_ptr<WindowState> CreateState() const override {
    return std::make_unique<S>(schema_);
  }

  absl::Status Process(WindowState& state, const Batch& in, Timestamp now,
                       Batch& out) const final {
    PrepareOutput(out, schema_);
    if (in.empty()) return absl::OkStatus();
    return OnEvents(static_cast<S&>(state), in, now, out);
  }

  absl::Status OnTime(WindowState& state, Timestamp now, Batch& out) const final {
    PrepareOutput(out, schema_);
    S& s = static_cast<S&>(state);
    while (std::optional<Timestamp> due = s.timers.PopDue(now)) {
      OnTimer(s, *due, now, out);
      EndChunk(out, now);
    }
    return absl::OkStatus();
  }

  std::optional<Timestamp> NextWakeup(const WindowState& state) const final {
    return static_cast<const S&>(state).timers.Next();
  }

  void Contents(const WindowState& state, Batch& out) const final {
    PrepareOutput(out, schema_);
    Held(static_cast<const S&>(state), out);
  }

  size_t StateSize(const WindowState& state) const final {
    return HeldCount(static_cast<const S&>(state));
  }

 protected:
  // A chunk of current events arrived (never empty).
  virtual absl::Status OnEvents(S& state, const Batch& in, Timestamp now, Batch& out) const = 0;
  // A notification for `timer` fell due at clock `now`.
  virtual void OnTimer(S& /*state*/, Timestamp /*timer*/, Timestamp /*now*/,
                       Batch& /*out*/) const {}
  // The events held, appended as current events with their timestamps.
  virtual void Held(const S& state, Batch& out) const = 0;
  virtual size_t HeldCount(const S& state) const = 0;

  const Schema& schema() const { return schema_; }

 private:
  Schema schema_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_TYPED_WINDOW_H_
