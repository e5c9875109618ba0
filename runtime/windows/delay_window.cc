// #window.delay(t): holds each event for t milliseconds of event time and then releases it as a
// current event stamped with the clock (Siddhi's DelayWindowProcessor). Arrivals are not passed
// on; releases happen before each arrival and when a notification falls due.
#include <limits>

#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct DelayState : TimedWindowState {
  explicit DelayState(const Schema& schema) : held(schema) {}
  EventQueue held;
  Timestamp last_timestamp = std::numeric_limits<Timestamp>::min();
};

class DelayWindow final : public TypedWindow<DelayState> {
 public:
  DelayWindow(Schema schema, int64_t delay) : TypedWindow(std::move(schema)), delay_(delay) {}

 protected:
  absl::Status OnEvents(DelayState& s, const Batch& in, Timestamp now, Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      Release(s, now, out);
      Timestamp ts = in.timestamp(i);
      s.held.Push(in, i, ts);
      if (s.last_timestamp < ts) {
        s.timers.NotifyAt(ts + delay_);
        s.last_timestamp = ts;
      }
    }
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void OnTimer(DelayState& s, Timestamp, Timestamp now, Batch& out) const override {
    Release(s, now, out);
  }

  void Held(const DelayState& s, Batch& out) const override {
    s.held.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const DelayState& s) const override { return s.held.size(); }

 private:
  void Release(DelayState& s, Timestamp now, Batch& out) const {
    while (!s.held.empty() && s.held.timestamp(0) - now + delay_ <= 0) {
      s.held.Emit(0, EventKind::kCurrent, now, out);
      s.held.PopFront();
    }
  }

  int64_t delay_;
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"window.delay", kTimeTypes}}},
  };
  return overloads;
}

}  // namespace

WindowDef DelayWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "delay";
  def.signature = WindowSignatureText("delay", Overloads());
  def.description = "Releases every event window.delay after it arrived.";
  def.example = "from S#window.delay(1 hour) select symbol insert into T;";
  def.emits_expired = false;
  def.resolve = MakeWindowResolve(
      "delay", Overloads(), [](int, const std::vector<frontend::ArgInfo>& args) {
        return CheckNotNegative("delay", 0, "window.delay", args[0]);
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t delay, BoundInteger(*args[0], "window.delay"));
    return std::make_unique<DelayWindow>(input, delay);
  };
  return def;
}

}  // namespace talon::exec
