// #window.timeBatch(t [, start.time] [, stream.current.event]): a tumbling window of t
// milliseconds of event time (Siddhi's TimeBatchWindowProcessor). The first chunk fixes the
// next emission time (clock + t, or aligned to start.time); whenever a chunk or notification
// finds the clock at or past it, the window emits the previous batch as expired events (stamped
// with the clock), a reset and the events collected since, and moves the emission time on by
// one period only. With stream.current.event events leave as they arrive, ahead of the expiry.
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct TimeBatchState : TimedWindowState {
  explicit TimeBatchState(const Schema& schema)
      : pending(schema), expired(schema), reset_row(schema) {}
  EventQueue pending;    // collected since the last emission (not with stream.current.event)
  EventQueue expired;    // the last emitted batch
  EventQueue reset_row;  // Siddhi's resetEvent: a copy of the batch's first event, when due
};

class TimeBatchWindow final : public TypedWindow<TimeBatchState> {
 public:
  TimeBatchWindow(Schema schema, int64_t time, std::optional<int64_t> start, bool stream_current)
      : TypedWindow(std::move(schema)),
        time_(time),
        start_(start),
        stream_current_(stream_current) {}

 protected:
  absl::Status OnEvents(TimeBatchState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    Step(s, &in, now, out);
    return absl::OkStatus();
  }

  void OnTimer(TimeBatchState& s, Timestamp, Timestamp now, Batch& out) const override {
    Step(s, nullptr, now, out);
  }

  void Held(const TimeBatchState& s, Batch& out) const override {
    s.expired.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const TimeBatchState& s) const override {
    return s.pending.size() + s.expired.size();
  }

 private:
  // One call of Siddhi's process(): `in` is null for a TIMER chunk.
  void Step(TimeBatchState& s, const Batch* in, Timestamp now, Batch& out) const {
    if (next_emit_ == -1) {
      next_emit_ = start_ ? NextEmitTime(now) : now + time_;
      s.timers.NotifyAt(next_emit_);
    }
    bool send = false;
    if (now >= next_emit_) {
      next_emit_ += time_;
      s.timers.NotifyAt(next_emit_);
      send = true;
    }
    if (in != nullptr) {
      for (size_t i = 0; i < in->size(); ++i) {
        if (s.reset_row.empty()) s.reset_row.Push(*in, i, in->timestamp(i));
        if (stream_current_) {
          if (expired_wanted()) s.expired.Push(*in, i, in->timestamp(i));
          out.AppendRow(*in, i, EventKind::kCurrent, in->timestamp(i));
        } else {
          s.pending.Push(*in, i, in->timestamp(i));
        }
      }
    }
    if (send) {
      if (join_side()) {
        s.expired.EmitAll(EventKind::kExpired, out);
      } else {
        s.expired.EmitAll(EventKind::kExpired, now, out);
      }
      s.expired.Clear();
      if (!s.reset_row.empty()) {
        s.reset_row.Emit(0, EventKind::kReset, out);
        s.reset_row.Clear();
      }
      if (!s.pending.empty()) {
        if (expired_wanted()) s.expired.PushAll(s.pending);
        s.pending.EmitAll(EventKind::kCurrent, out);
        s.pending.Clear();
      }
    }
    EndChunk(out, now);
  }

  // getNextEmitTime: the next multiple of t after `now`, counted from start.time.
  Timestamp NextEmitTime(Timestamp now) const {
    int64_t elapsed = (now - *start_) % time_;  // Java's % truncates like C++'s
    return now + (time_ - elapsed);
  }

  int64_t time_;
  std::optional<int64_t> start_;
  bool stream_current_;
  // Siddhi keeps nextEmitTime on the processor, not in its per-key state: in a partition, the
  // first key to arrive sets the schedule for all, and only keys that see the clock pass it (or
  // that scheduled a notification) emit. Reproduced as the query's shared state, like the
  // processor field (one thread drives an app).
  mutable Timestamp next_emit_ = -1;
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"window.time", kTimeTypes}}},
      {{{"window.time", kTimeTypes}, {"start.time", kTimeTypes}}},
      {{{"window.time", kTimeTypes}, {"stream.current.event", TypeSet{Type::kBool}}}},
      {{{"window.time", kTimeTypes},
        {"start.time", kTimeTypes},
        {"stream.current.event", TypeSet{Type::kBool}}}},
  };
  return overloads;
}

}  // namespace

WindowDef TimeBatchWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "timeBatch";
  def.signature = WindowSignatureText("timeBatch", Overloads());
  def.description =
      "A tumbling window that emits the events of every window.time period as a batch.";
  def.example = "from S#window.timeBatch(20 sec) select symbol, sum(price) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "timeBatch", Overloads(), [](int, const std::vector<frontend::ArgInfo>& args) {
        std::optional<frontend::LookupError> e =
            CheckNotNegative("timeBatch", 0, "window.time", args[0]);
        if (!e && ConstantInteger(args[0]) == 0) {
          e = WindowArgError(0, "window 'timeBatch' needs a window.time greater than zero");
        }
        return e;
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t time, BoundInteger(*args[0], "window.time"));
    std::optional<int64_t> start;
    bool stream_current = false;
    for (size_t i = 1; i < args.size(); ++i) {
      if (args[i]->type == Type::kBool) {
        TALON_ASSIGN_OR_RETURN(stream_current, BoundBool(*args[i], "stream.current.event"));
      } else {
        TALON_ASSIGN_OR_RETURN(start, BoundInteger(*args[i], "start.time"));
      }
    }
    return std::make_unique<TimeBatchWindow>(input, time, start, stream_current);
  };
  return def;
}

}  // namespace talon::exec
