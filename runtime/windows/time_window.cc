// #window.time(t): a sliding window of the events of the last t milliseconds of event time
// (Siddhi's TimeWindowProcessor). Before each arrival, and when a scheduled notification falls
// due, events older than t are expired, stamped with the clock. A notification is scheduled
// for ts + t whenever an event's ts is later than any seen before.
#include <limits>

#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct TimeState : TimedWindowState {
  explicit TimeState(const Schema& schema) : held(schema) {}
  EventQueue held;
  Timestamp last_timestamp = std::numeric_limits<Timestamp>::min();
  GatherList output;  // scratch for one chunk's output
};

class TimeWindow final : public TypedWindow<TimeState> {
 public:
  TimeWindow(Schema schema, int64_t time) : TypedWindow(std::move(schema)), time_(time) {}

 protected:
  // The chunk joins the queue first; then one pass decides, per arrival, which held events
  // expire before it, and the output is gathered column by column in that order.
  absl::Status OnEvents(TimeState& s, const Batch& in, Timestamp now, Batch& out) const override {
    const size_t base = s.held.size();
    s.held.PushRange(in, 0, in.size());
    s.output.Clear();
    size_t front = 0;  // the oldest event not expired yet
    for (size_t i = 0; i < in.size(); ++i) {
      // Only events that arrived before event i can expire before it.
      for (; front < base + i && s.held.timestamp(front) - now + time_ <= 0; ++front) {
        s.output.Add(s.held, front, EventKind::kExpired, now);
      }
      Timestamp ts = in.timestamp(i);
      if (s.last_timestamp < ts) {
        s.timers.NotifyAt(ts + time_);
        s.last_timestamp = ts;
      }
      s.output.Add(s.held, base + i, EventKind::kCurrent, ts);
    }
    s.output.AppendTo(s.held, out);
    s.held.PopFront(front);
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void OnTimer(TimeState& s, Timestamp, Timestamp now, Batch& out) const override {
    Expire(s, now, out);
  }

  void Held(const TimeState& s, Batch& out) const override {
    s.held.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const TimeState& s) const override { return s.held.size(); }

 private:
  // Expires from the front while the oldest event is at least `time_` old (the queue is in
  // arrival order; like Siddhi, an older event behind a younger one waits for it).
  void Expire(TimeState& s, Timestamp now, Batch& out) const {
    size_t count = 0;
    while (count < s.held.size() && s.held.timestamp(count) - now + time_ <= 0) ++count;
    if (count == 0) return;
    s.held.EmitRange(0, count, EventKind::kExpired, now, out);
    s.held.PopFront(count);
  }

  int64_t time_;
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"window.time", kTimeTypes}}},
  };
  return overloads;
}

}  // namespace

WindowDef TimeWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "time";
  def.signature = WindowSignatureText("time", Overloads());
  def.description = "A sliding window that holds the events of the last window.time.";
  def.example = "from S#window.time(1 min) select symbol, avg(price) as avgPrice insert into T;";
  def.resolve = MakeWindowResolve(
      "time", Overloads(), [](int, const std::vector<frontend::ArgInfo>& args) {
        return CheckNotNegative("time", 0, "window.time", args[0]);
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t time, BoundInteger(*args[0], "window.time"));
    return std::make_unique<TimeWindow>(input, time);
  };
  return def;
}

}  // namespace talon::exec
