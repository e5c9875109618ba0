// #window.externalTime(timestamp, t): a sliding window over the time carried in a long
// attribute (Siddhi's ExternalTimeWindowProcessor). Each arrival expires the events whose
// attribute is at least t older than its own, stamped with the arrival's attribute value.
// No timers: only events move this window's clock.
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct ExternalTimeState : TimedWindowState {
  explicit ExternalTimeState(const Schema& schema) : held(schema) {}
  EventQueue held;
};

class ExternalTimeWindow final : public TypedWindow<ExternalTimeState> {
 public:
  ExternalTimeWindow(Schema schema, int column, int64_t time)
      : TypedWindow(std::move(schema)), column_(column), time_(time) {}

 protected:
  absl::Status OnEvents(ExternalTimeState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    const Column& ts_column = in.column(column_);
    for (size_t i = 0; i < in.size(); ++i) {
      if (ts_column.IsNull(i)) {
        return absl::InvalidArgumentError(
            "#window.externalTime: the timestamp attribute cannot be null");
      }
      int64_t current = ts_column.ints()[i];
      while (!s.held.empty() && s.held.Int(0, column_) - current + time_ <= 0) {
        s.held.Emit(0, EventKind::kExpired, current, out);
        s.held.PopFront();
      }
      s.held.Push(in, i, in.timestamp(i));
      out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
    }
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void Held(const ExternalTimeState& s, Batch& out) const override {
    s.held.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const ExternalTimeState& s) const override { return s.held.size(); }

 private:
  int column_;
  int64_t time_;
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"timestamp", TypeSet{Type::kLong}, /*dynamic=*/true}, {"window.time", kTimeTypes}}},
  };
  return overloads;
}

}  // namespace

WindowDef ExternalTimeWindowDef() {
  WindowDef def;
  def.reads_only_arguments = true;
  def.name = "externalTime";
  def.signature = WindowSignatureText("externalTime", Overloads());
  def.description =
      "A sliding window over the time in a long attribute: it holds the events whose timestamp "
      "attribute lies within window.time of the latest one.";
  def.example = "from S#window.externalTime(eventTime, 20 sec) select sum(v) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "externalTime", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        if (!args[0].is_attribute) {
          return WindowArgError(0, "window 'externalTime' needs an attribute of the input as its "
                                   "timestamp, found an expression");
        }
        return CheckNotNegative("externalTime", 1, "window.time", args[1]);
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int column, BoundColumn(*args[0], "timestamp"));
    TALON_ASSIGN_OR_RETURN(int64_t time, BoundInteger(*args[1], "window.time"));
    return std::make_unique<ExternalTimeWindow>(input, column, time);
  };
  return def;
}

}  // namespace talon::exec
