// The boxed GroupedAggregatorState: one AggregatorState per group, driven through the
// row-at-a-time Add / Remove / Result contract. Every aggregator has it; the typed ones
// (grouped_states.h) replace it where it matters for speed.
#include <memory>
#include <vector>

#include "runtime/aggregators/aggregator.h"

namespace talon::exec {
namespace {

class BoxedGroupedState final : public GroupedAggregatorState {
 public:
  explicit BoxedGroupedState(const Aggregator& aggregator) : aggregator_(aggregator) {}

  void Resize(size_t n) override {
    while (groups_.size() < n) groups_.push_back(aggregator_.CreateState());
  }
  void Update(const uint32_t* groups, const EventKind* kinds,
              const std::vector<const Column*>& args, size_t begin, size_t end,
              ResultRows out) override {
    for (size_t j = begin; j < end; ++j) {
      const AggregatorState& state = Step(groups, kinds, args, j);
      int64_t row = out.at(j);
      if (row >= 0) out.column->Set(static_cast<size_t>(row), aggregator_.Result(state));
    }
  }
  void Accumulate(const uint32_t* groups, const EventKind* kinds,
                  const std::vector<const Column*>& args, size_t begin, size_t end) override {
    for (size_t j = begin; j < end; ++j) Step(groups, kinds, args, j);
  }
  void WriteResult(uint32_t g, Column& column, size_t row) const override {
    column.Set(row, aggregator_.Result(*groups_[g]));
  }
  void ResetAll() override {
    for (auto& state : groups_) aggregator_.Reset(*state);
  }
  size_t bytes() const override {
    // The states are opaque here: count a small fixed cost per group.
    return groups_.size() * (sizeof(void*) + 64);
  }

 private:
  // Adds (current; every row when `kinds` is null) or removes row j; returns its group's state.
  const AggregatorState& Step(const uint32_t* groups, const EventKind* kinds,
                              const std::vector<const Column*>& args, size_t j) {
    values_.clear();
    for (const Column* arg : args) values_.push_back(arg->Get(j));
    AggregatorState& state = *groups_[groups[j]];
    if (kinds == nullptr || kinds[j] == EventKind::kCurrent) {
      aggregator_.Add(state, values_.data());
    } else {
      aggregator_.Remove(state, values_.data());
    }
    return state;
  }

  const Aggregator& aggregator_;
  std::vector<std::unique_ptr<AggregatorState>> groups_;
  std::vector<Value> values_;
};

}  // namespace

std::unique_ptr<GroupedAggregatorState> Aggregator::CreateGrouped() const {
  return std::make_unique<BoxedGroupedState>(*this);
}

}  // namespace talon::exec
