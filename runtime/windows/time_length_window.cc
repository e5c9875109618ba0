// #window.timeLength(t, n): a sliding window of at most n events of the last t milliseconds
// (Siddhi's TimeLengthWindowProcessor). Events expire by age (before each arrival and on every
// notification) and by count (the oldest leaves when an arrival finds the window full), both
// stamped with the clock. Every arrival schedules a notification for ts + t.
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct TimeLengthState : TimedWindowState {
  explicit TimeLengthState(const Schema& schema) : held(schema) {}
  EventQueue held;
};

class TimeLengthWindow final : public TypedWindow<TimeLengthState> {
 public:
  TimeLengthWindow(Schema schema, int64_t time, int64_t length)
      : TypedWindow(std::move(schema)), time_(time), length_(length) {}

 protected:
  absl::Status OnEvents(TimeLengthState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      Expire(s, now, out);
      Timestamp ts = in.timestamp(i);
      if (static_cast<int64_t>(s.held.size()) < length_) {
        s.held.Push(in, i, ts);
      } else if (!s.held.empty()) {
        s.held.Emit(0, EventKind::kExpired, now, out);
        s.held.PopFront();
        s.held.Push(in, i, ts);
      }
      s.timers.NotifyAt(ts + time_);
      out.AppendRow(in, i, EventKind::kCurrent, ts);
    }
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void OnTimer(TimeLengthState& s, Timestamp, Timestamp now, Batch& out) const override {
    Expire(s, now, out);
  }

  void Held(const TimeLengthState& s, Batch& out) const override {
    s.held.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const TimeLengthState& s) const override { return s.held.size(); }

 private:
  void Expire(TimeLengthState& s, Timestamp now, Batch& out) const {
    while (!s.held.empty() && s.held.timestamp(0) - now + time_ <= 0) {
      s.held.Emit(0, EventKind::kExpired, now, out);
      s.held.PopFront();
    }
  }

  int64_t time_;
  int64_t length_;
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"window.time", kTimeTypes}, {"window.length", TypeSet{Type::kInt}}}},
  };
  return overloads;
}

}  // namespace

WindowDef TimeLengthWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "timeLength";
  def.signature = WindowSignatureText("timeLength", Overloads());
  def.description =
      "A sliding window that holds at most window.length events of the last window.time.";
  def.example = "from S#window.timeLength(2 sec, 10) select id, sum(v) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "timeLength", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        if (auto e = CheckNotNegative("timeLength", 0, "window.time", args[0])) return e;
        return CheckNotNegative("timeLength", 1, "window.length", args[1]);
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t time, BoundInteger(*args[0], "window.time"));
    TALON_ASSIGN_OR_RETURN(int64_t length, BoundInteger(*args[1], "window.length"));
    return std::make_unique<TimeLengthWindow>(input, time, length);
  };
  return def;
}

}  // namespace talon::exec
