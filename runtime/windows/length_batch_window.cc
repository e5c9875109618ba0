// #window.lengthBatch(n [, stream.current.event]): a tumbling window of n events (Siddhi's
// LengthBatchWindowProcessor). When the n-th event arrives the window emits, as one chunk, the
// previous batch as expired events (stamped with the clock), a reset, and the new batch. With
// stream.current.event each event leaves at once and the batch expires when the next one
// starts. Every completed batch (or streamed event) is a chunk of its own.
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct LengthBatchState : TimedWindowState {
  explicit LengthBatchState(const Schema& schema) : pending(schema), expired(schema) {}
  EventQueue pending;  // the batch being filled (not with stream.current.event)
  EventQueue expired;  // the last emitted batch, to expire with the next one
  int64_t count = 0;
  bool reset_due = false;  // a reset precedes the next batch
};

class LengthBatchWindow final : public TypedWindow<LengthBatchState> {
 public:
  LengthBatchWindow(Schema schema, int64_t length, bool stream_current)
      : TypedWindow(std::move(schema)), length_(length), stream_current_(stream_current) {}

 protected:
  absl::Status OnEvents(LengthBatchState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      if (length_ == 0) {
        out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
        out.AppendRow(in, i, EventKind::kExpired, now);
        out.AppendRow(in, i, EventKind::kReset, now);
        EndChunk(out, now);
        continue;
      }
      s.reset_due = true;
      if (stream_current_) {
        StreamCurrent(s, in, i, now, out);
      } else {
        FullBatch(s, in, i, now, out);
      }
    }
    return absl::OkStatus();
  }

  void Held(const LengthBatchState& s, Batch& out) const override {
    // Siddhi's find() reads the expired queue: the last completed batch.
    s.expired.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const LengthBatchState& s) const override {
    return s.pending.size() + s.expired.size();
  }

 private:
  // Expires the previous batch and resets the aggregates (processFullBatchEvents' prologue).
  void ExpireAndReset(LengthBatchState& s, const Batch& in, size_t i, Timestamp now,
                      Batch& out) const {
    if (join_side()) {
      s.expired.EmitAll(EventKind::kExpired, out);
    } else {
      s.expired.EmitAll(EventKind::kExpired, now, out);
    }
    s.expired.Clear();
    if (s.reset_due) {
      out.AppendRow(in, i, EventKind::kReset, now);
      s.reset_due = false;
    }
  }

  void FullBatch(LengthBatchState& s, const Batch& in, size_t i, Timestamp now,
                 Batch& out) const {
    s.pending.Push(in, i, in.timestamp(i));
    if (++s.count < length_) return;
    ExpireAndReset(s, in, i, now, out);
    if (expired_wanted()) s.expired.PushAll(s.pending);
    s.pending.EmitAll(EventKind::kCurrent, out);
    s.pending.Clear();
    s.count = 0;
    EndChunk(out, now);
  }

  void StreamCurrent(LengthBatchState& s, const Batch& in, size_t i, Timestamp now,
                     Batch& out) const {
    if (++s.count == length_ + 1) {
      ExpireAndReset(s, in, i, now, out);
      s.count = 1;
    }
    out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
    if (expired_wanted()) s.expired.Push(in, i, in.timestamp(i));
    EndChunk(out, now);
  }

  int64_t length_;
  bool stream_current_;
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"window.length", TypeSet{Type::kInt}}}},
      {{{"window.length", TypeSet{Type::kInt}}, {"stream.current.event", TypeSet{Type::kBool}}}},
  };
  return overloads;
}

}  // namespace

WindowDef LengthBatchWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "lengthBatch";
  def.signature = WindowSignatureText("lengthBatch", Overloads());
  def.description =
      "A tumbling window that emits every window.length events as a batch; with "
      "stream.current.event, events leave as they arrive and expire batch by batch.";
  def.example = "from S#window.lengthBatch(10) select symbol, sum(price) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "lengthBatch", Overloads(), [](int, const std::vector<frontend::ArgInfo>& args) {
        return CheckNotNegative("lengthBatch", 0, "window.length", args[0]);
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t length, BoundInteger(*args[0], "window.length"));
    bool stream_current = false;
    if (args.size() > 1) {
      TALON_ASSIGN_OR_RETURN(stream_current, BoundBool(*args[1], "stream.current.event"));
    }
    return std::make_unique<LengthBatchWindow>(input, length, stream_current);
  };
  return def;
}

}  // namespace talon::exec
