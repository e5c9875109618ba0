// Adapts a Window (runtime/windows/) to the Operator interface: the window's output replaces
// the chunk, and time-driven expiry comes through OnTime.
#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/operators/operators.h"

namespace talon::exec {
namespace {

struct WindowOperatorState : OperatorState {
  std::unique_ptr<WindowState> window;
};

class WindowOperator : public Operator {
 public:
  WindowOperator(std::unique_ptr<Window> window, std::string description)
      : window_(std::move(window)), description_(std::move(description)) {}

  std::unique_ptr<OperatorState> CreateState() const override {
    auto state = std::make_unique<WindowOperatorState>();
    state->window = window_->CreateState();
    return state;
  }

  absl::Status Process(OperatorState* raw, Batch& batch, const ProcessContext& ctx) const override {
    Batch out;
    TALON_RETURN_IF_ERROR(ProcessFrom(raw, batch, out, ctx));
    batch = std::move(out);
    return absl::OkStatus();
  }

  absl::Status ProcessFrom(OperatorState* raw, const Batch& batch, Batch& out,
                           const ProcessContext& ctx) const override {
    auto* state = static_cast<WindowOperatorState*>(raw);
    out = Batch();  // the window gives it its own columns (some may be pruned)
    // Siddhi moves the clock on every arrival, even to the time it already shows, and fires
    // what has fallen due first (a notification scheduled for `now` while processing an earlier
    // event at `now`). The engine only calls OnTime when the clock advances, so catch up here.
    std::optional<Timestamp> due = window_->NextWakeup(*state->window);
    if (due && *due <= ctx.now) {
      TALON_RETURN_IF_ERROR(window_->OnTime(*state->window, ctx.now, out));
    }
    return window_->Process(*state->window, batch, ctx.now, out);
  }

  absl::Status OnTime(OperatorState* raw, Timestamp now, Batch& out) const override {
    auto* state = static_cast<WindowOperatorState*>(raw);
    std::optional<Timestamp> due = window_->NextWakeup(*state->window);
    if (!due || *due > now) return absl::OkStatus();
    return window_->OnTime(*state->window, now, out);
  }

  bool time_driven() const override { return true; }

  std::string Describe(const OperatorState* raw) const override {
    std::string out = absl::StrCat("window ", description_);
    if (raw != nullptr) {
      absl::StrAppend(&out, " (", window_->StateSize(*static_cast<const WindowOperatorState*>(raw)->window),
                      " events held)");
    }
    return out;
  }

  std::optional<StateUsage> Usage(const OperatorState* raw) const override {
    if (raw == nullptr) return StateUsage{};
    const WindowState& w = *static_cast<const WindowOperatorState*>(raw)->window;
    return StateUsage{window_->StateSize(w), window_->StateBytes(w)};
  }

 private:
  std::unique_ptr<Window> window_;
  std::string description_;
};

}  // namespace

std::unique_ptr<Operator> MakeWindowOperator(std::unique_ptr<Window> window,
                                             std::string description) {
  return std::make_unique<WindowOperator>(std::move(window), std::move(description));
}

}  // namespace talon::exec
