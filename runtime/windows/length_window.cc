// #window.length(n): a sliding window of the last n events (Siddhi's LengthWindowProcessor).
// When full, each arrival expires the oldest event first, stamped with the clock. length(0)
// passes each event through followed by its expired copy and a reset.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct LengthState : TimedWindowState {
  explicit LengthState(const Schema& schema) : held(schema) {}
  EventQueue held;
  GatherList output;  // scratch for one chunk's output
};

class LengthWindow final : public TypedWindow<LengthState> {
 public:
  LengthWindow(Schema schema, int64_t length) : TypedWindow(std::move(schema)), length_(length) {}

 protected:
  absl::Status OnEvents(LengthState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    if (length_ == 0) {
      // length(0): each event, its expired copy and a reset, in that order.
      for (size_t i = 0; i < in.size(); ++i) {
        out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
        out.AppendRow(in, i, EventKind::kExpired, in.timestamp(i));
        out.AppendRow(in, i, EventKind::kReset, in.timestamp(i));
      }
      EndChunk(out, now);
      return absl::OkStatus();
    }
    // The chunk joins the queue; each arrival into a full window expires the oldest event
    // first. The output is gathered column by column once the order is known.
    // The first `fill` arrivals fill the window; each later one expires the oldest event.
    const size_t base = s.held.size();
    const size_t n = in.size();
    const auto length = static_cast<size_t>(length_);
    const size_t fill = std::min(n, length - std::min(base, length));
    s.held.PushRange(in, 0, n);
    s.output.Resize(n + (n - fill));
    size_t k = 0;
    for (size_t i = 0; i < fill; ++i) {
      s.output.Set(k++, s.held, base + i, EventKind::kCurrent, in.timestamp(i));
    }
    for (size_t i = fill, front = 0; i < n; ++i, ++front) {
      s.output.Set(k++, s.held, front, EventKind::kExpired, now);
      s.output.Set(k++, s.held, base + i, EventKind::kCurrent, in.timestamp(i));
    }
    s.output.AppendTo(s.held, out);
    s.held.PopFront(n - fill);
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void Held(const LengthState& s, Batch& out) const override {
    s.held.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const LengthState& s) const override { return s.held.size(); }

 private:
  int64_t length_;
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"window.length", TypeSet{Type::kInt}}}},
  };
  return overloads;
}

}  // namespace

WindowDef LengthWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "length";
  def.signature = WindowSignatureText("length", Overloads());
  def.description =
      "A sliding window that holds the last window.length events; each new event expires the "
      "oldest once the window is full.";
  def.example = "from S#window.length(10) select symbol, sum(price) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "length", Overloads(), [](int, const std::vector<frontend::ArgInfo>& args) {
        return CheckNotNegative("length", 0, "window.length", args[0]);
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t length, BoundInteger(*args[0], "window.length"));
    return std::make_unique<LengthWindow>(input, length);
  };
  return def;
}

}  // namespace talon::exec
