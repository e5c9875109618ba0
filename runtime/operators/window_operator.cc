// Adapts a Window (runtime/windows/) to the Operator interface: the window's output replaces
// the chunk, and time-driven expiry comes through OnTime.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/operators/operators.h"

namespace talon::exec {
namespace {

struct WindowOperatorState : OperatorState {
  std::unique_ptr<WindowState> window;
  // Numbering (key_ >= 0): the select step's groups, and scratch for one chunk.
  GroupIds* groups = nullptr;
  std::vector<uint32_t> ids;
  Batch numbered;  // the window's input, rebuilt in place chunk after chunk
};

class WindowOperator : public Operator {
 public:
  WindowOperator(std::unique_ptr<Window> window, std::string description)
      : window_(std::move(window)), description_(std::move(description)) {}
  WindowOperator(std::unique_ptr<Window> window, std::string description, int key,
                 Schema window_schema)
      : window_(std::move(window)),
        description_(std::move(description)),
        key_(key),
        window_schema_(std::move(window_schema)) {}

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

  void Link(OperatorState* raw, OperatorState* next) const override {
    if (key_ >= 0) static_cast<WindowOperatorState*>(raw)->groups = SelectGroupIds(next);
  }

  absl::Status ProcessFrom(OperatorState* raw, const Batch& batch, Batch& out,
                           const ProcessContext& ctx) const override {
    auto* state = static_cast<WindowOperatorState*>(raw);
    if (key_ < 0) return Run(*state, batch, out, ctx);
    if (state->groups == nullptr) return absl::InternalError("numbering window without groups");
    // The window's input: the attributes it keeps, then each event's group number. Built in
    // the state's batch, whose columns keep their capacity from chunk to chunk.
    Batch& numbered = state->numbered;
    if (numbered.column_count() == 0) numbered = Batch(window_schema_);
    state->groups->Assign({&batch.column(static_cast<size_t>(key_))}, batch.size(), state->ids);
    for (size_t c = 0; c < batch.column_count(); ++c) {
      if (!window_schema_.at(c).pruned) numbered.column(c) = batch.column(c);
    }
    Column& numbers = numbered.column(batch.column_count());
    numbers.Resize(batch.size());  // mostly the previous chunk's size: nothing to do
    std::fill(numbers.nulls(), numbers.nulls() + batch.size(), 0);
    std::copy(state->ids.begin(), state->ids.end(), numbers.ints());
    numbered.timestamps() = batch.timestamps();
    numbered.kinds() = batch.kinds();
    return Run(*state, numbered, out, ctx);
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
  absl::Status Run(WindowOperatorState& state, const Batch& batch, Batch& out,
                   const ProcessContext& ctx) const {
    out = Batch();  // the window gives it its own columns (some may be pruned)
    // Siddhi moves the clock on every arrival, even to the time it already shows, and fires
    // what has fallen due first (a notification scheduled for `now` while processing an earlier
    // event at `now`). The engine only calls OnTime when the clock advances, so catch up here.
    std::optional<Timestamp> due = window_->NextWakeup(*state.window);
    if (due && *due <= ctx.now) {
      TALON_RETURN_IF_ERROR(window_->OnTime(*state.window, ctx.now, out));
    }
    return window_->Process(*state.window, batch, ctx.now, out);
  }

  std::unique_ptr<Window> window_;
  std::string description_;
  int key_ = -1;  // numbering: the input column of the group-by key
  Schema window_schema_;
};

}  // namespace

std::unique_ptr<Operator> MakeNumberingWindowOperator(std::unique_ptr<Window> window,
                                                      std::string description, int key,
                                                      Schema window_schema) {
  return std::make_unique<WindowOperator>(std::move(window), std::move(description), key,
                                          std::move(window_schema));
}

std::unique_ptr<Operator> MakeWindowOperator(std::unique_ptr<Window> window,
                                             std::string description) {
  return std::make_unique<WindowOperator>(std::move(window), std::move(description));
}

}  // namespace talon::exec
