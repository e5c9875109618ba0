// #window.batch([n]): each incoming chunk is a batch (Siddhi's BatchWindowProcessor); with n,
// a chunk is cut into batches of n events. The previous chunk's events expire, stamped with
// the clock, at the start of the next chunk, followed by a reset; each batch is a chunk of its
// own and is preceded by a reset when one is pending.
#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct BatchState : TimedWindowState {
  explicit BatchState(const Schema& schema) : expired(schema), reset_row(schema) {}
  EventQueue expired;    // the events of the previous chunk
  EventQueue reset_row;  // Siddhi's resetEvent: a copy of the first event of the last batch
};

class BatchWindow final : public TypedWindow<BatchState> {
 public:
  BatchWindow(Schema schema, int64_t length) : TypedWindow(std::move(schema)), length_(length) {}

 protected:
  absl::Status OnEvents(BatchState& s, const Batch& in, Timestamp now, Batch& out) const override {
    if (!s.expired.empty()) {
      s.expired.EmitAll(EventKind::kExpired, now, out);
      if (!s.reset_row.empty()) {
        s.reset_row.Emit(0, EventKind::kReset, out);
        s.reset_row.Clear();
      }
    }
    s.expired.Clear();
    size_t batch_start = 0;
    int64_t count = 0;
    for (size_t i = 0; i < in.size(); ++i) {
      s.expired.Push(in, i, in.timestamp(i));
      if (++count == length_) {
        EmitBatch(s, in, batch_start, i + 1, out);
        EndChunk(out, now);
        batch_start = i + 1;
        count = 0;
      }
    }
    if (batch_start < in.size()) EmitBatch(s, in, batch_start, in.size(), out);
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void Held(const BatchState& s, Batch& out) const override {
    s.expired.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const BatchState& s) const override { return s.expired.size(); }

 private:
  // A pending reset, then rows [begin, end) of `in`; the batch's first event becomes the next
  // reset.
  static void EmitBatch(BatchState& s, const Batch& in, size_t begin, size_t end, Batch& out) {
    if (!s.reset_row.empty()) {
      s.reset_row.Emit(0, EventKind::kReset, out);
      s.reset_row.Clear();
    }
    s.reset_row.Push(in, begin, in.timestamp(begin));
    for (size_t i = begin; i < end; ++i) {
      out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
    }
  }

  int64_t length_;
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{}},
      {{{"window.length", TypeSet{Type::kInt}}}},
  };
  return overloads;
}

}  // namespace

WindowDef BatchWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "batch";
  def.signature = WindowSignatureText("batch", Overloads());
  def.description =
      "A tumbling window over the chunks events arrive in: each chunk (or each window.length "
      "events of it) is one batch.";
  def.example = "from S#window.batch() select symbol, sum(price) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "batch", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        if (args.empty()) return std::nullopt;
        std::optional<int64_t> n = ConstantInteger(args[0]);
        if (n && *n < 0) {
          return WindowArgError(0, absl::StrCat("window 'batch' needs a window.length greater "
                                                "than zero, found ", *n));
        }
        return std::nullopt;
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    int64_t length = 0;
    if (!args.empty()) {
      TALON_ASSIGN_OR_RETURN(length, BoundInteger(*args[0], "window.length"));
    }
    return std::make_unique<BatchWindow>(input, length);
  };
  return def;
}

}  // namespace talon::exec
