#include "runtime/operators/operators.h"

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"

namespace talon::exec {
namespace {

// Keeps the events for which the predicate holds; expired and reset events pass untouched only
// when they satisfy it too (Siddhi's FilterProcessor filters every event type but resets).
class FilterOperator : public Operator {
 public:
  explicit FilterOperator(std::unique_ptr<PredicateKernel> predicate)
      : predicate_(std::move(predicate)) {}

  absl::Status Process(OperatorState*, Batch& batch, const ProcessContext& ctx) const override {
    if (batch.empty()) return absl::OkStatus();
    bool all = false;
    TALON_RETURN_IF_ERROR(Evaluate(batch, ctx, all));
    if (!all) batch.Filter(mask_);
    return absl::OkStatus();
  }

  // The input stays as it is: the events that pass are copied once, column by column.
  absl::Status ProcessFrom(OperatorState*, const Batch& in, Batch& out,
                           const ProcessContext& ctx) const override {
    out = Batch();
    for (const Column& c : in.columns()) out.columns().emplace_back(c.type());
    if (in.empty()) return absl::OkStatus();
    bool all = false;
    TALON_RETURN_IF_ERROR(Evaluate(in, ctx, all));
    if (all) {
      out.AppendRange(in, 0, in.size());
      return absl::OkStatus();
    }
    out.AppendMasked(in, mask_);
    return absl::OkStatus();
  }

  std::string Describe(const OperatorState*) const override {
    return absl::StrCat("filter [", predicate_->info().backend, "]");
  }

 private:
  // mask_[i]: whether event i passes (resets always do); `all` when every event passes.
  absl::Status Evaluate(const Batch& batch, const ProcessContext& ctx, bool& all) const {
    TALON_RETURN_IF_ERROR(predicate_->Filter(batch, ctx.eval, mask_));
    all = true;
    for (size_t i = 0; i < batch.size(); ++i) {
      if (batch.kind(i) == EventKind::kReset) mask_[i] = 1;
      all &= mask_[i] != 0;
    }
    return absl::OkStatus();
  }

  std::unique_ptr<PredicateKernel> predicate_;
  mutable std::vector<uint8_t> mask_;  // scratch; one thread drives an app
};

}  // namespace

std::unique_ptr<Operator> MakeFilterOperator(std::unique_ptr<PredicateKernel> predicate) {
  return std::make_unique<FilterOperator>(std::move(predicate));
}

}  // namespace talon::exec
