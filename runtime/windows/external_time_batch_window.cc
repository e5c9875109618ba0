// #window.externalTimeBatch(timestamp, t [, start.time [, timeout [, replace.with.batchtime]]]):
// a tumbling window over the time carried in a long attribute (Siddhi's
// ExternalTimeBatchWindowProcessor). The first event fixes the batch end (its timestamp + t, or
// aligned to start.time). An event at or past the end flushes the batch: the previous batch as
// expired events, a reset and the collected events, expired ones stamped with the latest
// attribute time seen; the arriving event opens the next batch. With a timeout, a notification
// `timeout` after the last flush (engine clock) flushes a batch that no event completes, and a
// late batch is then re-sent together with the events that follow (appendToOutputChunk).
#include <limits>

#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct ExternalTimeBatchState : TimedWindowState {
  explicit ExternalTimeBatchState(const Schema& schema)
      : current(schema), expired(schema), reset_row(schema) {}
  EventQueue current;    // the batch being collected
  EventQueue expired;    // the batch(es) to expire with the next flush
  EventQueue reset_row;  // Siddhi's resetEvent
  int64_t end_time = -1;
  int64_t start_time = 0;
  Timestamp last_scheduled = 0;
  int64_t last_event_time = 0;  // lastCurrentEventTime
  bool flushed = false;
};

struct ExternalTimeBatchParams {
  int ts_column = -1;
  int64_t time = 0;
  bool start_enabled = false;
  int64_t start_constant = 0;
  int start_column = -1;  // start.time given as an attribute
  int64_t timeout = 0;
  bool replace_timestamp = false;
};

class ExternalTimeBatchWindow final : public TypedWindow<ExternalTimeBatchState> {
 public:
  ExternalTimeBatchWindow(Schema schema, ExternalTimeBatchParams p)
      : TypedWindow(std::move(schema)), p_(p) {}

  std::unique_ptr<WindowState> CreateState() const override {
    auto s = std::make_unique<ExternalTimeBatchState>(schema());
    s->start_time = p_.start_constant;
    return s;
  }

 protected:
  absl::Status OnEvents(ExternalTimeBatchState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    const Column& ts_column = in.column(p_.ts_column);
    for (size_t i = 0; i < in.size(); ++i) {
      if (ts_column.IsNull(i)) {
        return absl::InvalidArgumentError(
            "#window.externalTimeBatch: the timestamp attribute cannot be null");
      }
    }
    if (s.end_time < 0) InitTiming(s, in, now);
    size_t run = 0;  // the first event of `in` not collected yet: runs are collected at once
    for (size_t i = 0; i < in.size(); ++i) {
      int64_t event_time = ts_column.ints()[i];
      if (s.last_event_time < event_time) s.last_event_time = event_time;
      if (event_time < s.end_time) continue;
      Collect(s, in, run, i);
      run = i;
      if (s.flushed) {
        Append(s, s.last_event_time, out);
        s.flushed = false;
      } else {
        Flush(s, s.last_event_time, out);
      }
      s.end_time = FindEndTime(s.last_event_time, s.start_time);
      if (p_.timeout > 0) {
        s.last_scheduled = now + p_.timeout;
        s.timers.NotifyAt(s.last_scheduled);
      }
    }
    Collect(s, in, run, in.size());
    return absl::OkStatus();
  }

  void OnTimer(ExternalTimeBatchState& s, Timestamp timer, Timestamp now,
               Batch& out) const override {
    if (s.last_scheduled > timer) return;
    // No event has come since this notification was scheduled: flush on timeout.
    if (!s.flushed) {
      Flush(s, s.last_event_time, out);
      s.flushed = true;
    } else if (!s.current.empty()) {
      Append(s, s.last_event_time, out);
    }
    s.last_scheduled = now + p_.timeout;
    s.timers.NotifyAt(s.last_scheduled);
  }

  void Held(const ExternalTimeBatchState& s, Batch& out) const override {
    s.expired.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const ExternalTimeBatchState& s) const override {
    return s.current.size() + s.expired.size();
  }

 private:
  void InitTiming(ExternalTimeBatchState& s, const Batch& in, Timestamp now) const {
    int64_t first = in.column(p_.ts_column).ints()[0];
    if (p_.start_enabled) {
      if (p_.start_column < 0) {
        s.end_time = FindEndTime(first, s.start_time);
      } else {
        const Column& c = in.column(p_.start_column);
        s.start_time = c.IsNull(0) ? 0 : c.ints()[0];
        s.end_time = s.start_time + p_.time;
      }
    } else {
      s.start_time = first;
      s.end_time = s.start_time + p_.time;
    }
    if (p_.timeout > 0) {
      s.last_scheduled = now + p_.timeout;
      s.timers.NotifyAt(s.last_scheduled);
    }
  }

  int64_t FindEndTime(int64_t current, int64_t start) const {
    int64_t elapsed = (current - start) % p_.time;
    return current + (p_.time - elapsed);
  }

  // Adds events [begin, end) of `in` to the batch being collected (Siddhi's cloneAppend, one
  // run at a time: the batch end, and so replace.with.batchtime's value, holds over a run).
  void Collect(ExternalTimeBatchState& s, const Batch& in, size_t begin, size_t end) const {
    if (begin == end) return;
    size_t base = s.current.size();
    s.current.PushRange(in, begin, end);
    if (p_.replace_timestamp) {
      for (size_t k = base; k < s.current.size(); ++k) s.current.SetInt(k, p_.ts_column, s.end_time);
    }
    if (s.reset_row.empty()) s.reset_row.Push(in, begin, in.timestamp(begin));
  }

  // flushToOutputChunk: expired batch, reset, current batch (which becomes the expired one).
  void Flush(ExternalTimeBatchState& s, int64_t time, Batch& out) const {
    s.expired.EmitAll(EventKind::kExpired, time, out);
    s.expired.Clear();
    if (!s.current.empty()) {
      if (!s.reset_row.empty()) {
        s.reset_row.Emit(0, EventKind::kReset, time, out);
        s.reset_row.Clear();
      }
      // A timeout re-sends the flushed batch (Append), so it is kept even when its expiry is
      // not wanted.
      if (expired_wanted() || p_.timeout > 0) s.expired.PushAll(s.current);
      s.current.EmitAll(EventKind::kCurrent, out);
    }
    s.current.Clear();
    EndChunk(out, time);
  }

  // appendToOutputChunk: after a timeout flush, the flushed batch is expired and sent again as
  // current events together with the batch collected since; the expired queue keeps both.
  void Append(ExternalTimeBatchState& s, int64_t time, Batch& out) const {
    if (!s.current.empty()) {
      s.expired.EmitAll(EventKind::kExpired, time, out);
      // The reset event stays for the next flush: Siddhi sends a copy here.
      s.reset_row.Emit(0, EventKind::kReset, time, out);
      s.expired.EmitAll(EventKind::kCurrent, out);
      s.expired.PushAll(s.current);
      s.current.EmitAll(EventKind::kCurrent, out);
    }
    s.current.Clear();
    EndChunk(out, time);
  }

  ExternalTimeBatchParams p_;
};

const std::vector<WindowOverload>& Overloads() {
  static const WindowParam ts{"timestamp", TypeSet{Type::kLong}, /*dynamic=*/true};
  static const WindowParam time{"window.time", kTimeTypes};
  static const WindowParam start{"start.time", kTimeTypes, /*dynamic=*/true};
  static const WindowParam timeout{"timeout", kTimeTypes};
  static const WindowParam replace{"replace.with.batchtime", TypeSet{Type::kBool}};
  static const std::vector<WindowOverload> overloads = {
      {{ts, time}},
      {{ts, time, start}},
      {{ts, time, start, timeout}},
      {{ts, time, start, timeout, replace}},
  };
  return overloads;
}

}  // namespace

WindowDef ExternalTimeBatchWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "externalTimeBatch";
  def.signature = WindowSignatureText("externalTimeBatch", Overloads());
  def.description =
      "A tumbling window over the time in a long attribute: emits the events of every "
      "window.time period as a batch when an event of a later period arrives (or on timeout).";
  def.example =
      "from S#window.externalTimeBatch(eventTime, 1 sec) select sum(v) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "externalTimeBatch", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        if (!args[0].is_attribute) {
          return WindowArgError(0, "window 'externalTimeBatch' needs an attribute of the input as "
                                   "its timestamp, found an expression");
        }
        if (args.size() > 2 && !args[2].constant && !args[2].is_attribute) {
          return WindowArgError(2, "window 'externalTimeBatch' needs a constant or an attribute "
                                   "as its start.time");
        }
        if (args.size() > 2 && !args[2].constant && args[2].type != Type::kLong) {
          return WindowArgError(2, "window 'externalTimeBatch' needs a long attribute as its "
                                   "start.time");
        }
        if (ConstantInteger(args[1]).value_or(1) <= 0) {
          return WindowArgError(1, "window 'externalTimeBatch' needs a window.time greater than "
                                   "zero");
        }
        if (args.size() > 3) return CheckNotNegative("externalTimeBatch", 3, "timeout", args[3]);
        return std::nullopt;
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    ExternalTimeBatchParams p;
    TALON_ASSIGN_OR_RETURN(p.ts_column, BoundColumn(*args[0], "timestamp"));
    TALON_ASSIGN_OR_RETURN(p.time, BoundInteger(*args[1], "window.time"));
    if (args.size() > 2) {
      p.start_enabled = true;
      if (args[2]->IsConstant()) {
        TALON_ASSIGN_OR_RETURN(p.start_constant, BoundInteger(*args[2], "start.time"));
      } else {
        TALON_ASSIGN_OR_RETURN(p.start_column, BoundColumn(*args[2], "start.time"));
      }
    }
    if (args.size() > 3) {
      TALON_ASSIGN_OR_RETURN(p.timeout, BoundInteger(*args[3], "timeout"));
    }
    if (args.size() > 4) {
      TALON_ASSIGN_OR_RETURN(p.replace_timestamp, BoundBool(*args[4], "replace.with.batchtime"));
    }
    return std::make_unique<ExternalTimeBatchWindow>(input, p);
  };
  return def;
}

}  // namespace talon::exec
