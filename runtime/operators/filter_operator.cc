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
    TALON_RETURN_IF_ERROR(predicate_->Filter(batch, ctx.eval, mask_));
    bool all = true;
    for (size_t i = 0; i < batch.size(); ++i) {
      if (batch.kind(i) == EventKind::kReset) mask_[i] = 1;
      all &= mask_[i] != 0;
    }
    if (!all) batch.Filter(mask_);
    return absl::OkStatus();
  }

  std::string Describe(const OperatorState*) const override {
    return absl::StrCat("filter [", predicate_->info().backend, "]");
  }

 private:
  std::unique_ptr<PredicateKernel> predicate_;
  mutable std::vector<uint8_t> mask_;  // scratch; one thread drives an app
};

}  // namespace

std::unique_ptr<Operator> MakeFilterOperator(std::unique_ptr<PredicateKernel> predicate) {
  return std::make_unique<FilterOperator>(std::move(predicate));
}

}  // namespace talon::exec
