// and / or over bool values, after Siddhi's AndAttributeAggregatorExecutor and
// OrAttributeAggregatorExecutor: counts of true (and false) values; `and` is true when some
// value is true and none false, `or` when some value is true. Siddhi fails on a NULL argument;
// Talon leaves the counts unchanged.
#include <cstdint>

#include "runtime/aggregators/aggregator_signature.h"
#include "runtime/aggregators/builtin_aggregators.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

struct LogicalState : AggregatorState {
  int64_t trues = 0;
  int64_t falses = 0;
};

template <bool kAnd>
class LogicalAggregator final : public Aggregator {
 public:
  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<LogicalState>();
  }
  void Add(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<LogicalState&>(state);
    ++(args[0].bool_value() ? s.trues : s.falses);
  }
  void Remove(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<LogicalState&>(state);
    --(args[0].bool_value() ? s.trues : s.falses);
  }
  void Reset(AggregatorState& state) const override {
    static_cast<LogicalState&>(state) = LogicalState{};
  }
  Value Result(const AggregatorState& state) const override {
    const auto& s = static_cast<const LogicalState&>(state);
    return Value::Bool(kAnd ? s.trues > 0 && s.falses == 0 : s.trues > 0);
  }
};

Type BoolResult(const std::vector<frontend::ArgInfo>&) { return Type::kBool; }

const std::vector<AggregatorSpec>& LogicalAggregators() {
  static const std::vector<AggregatorSpec> specs = {
      {.name = "and",
       .signatures = {{{{"arg", TypeSet{Type::kBool}}}}},
       .result = BoolResult,
       .result_doc = "bool",
       .make = [](Type, Type) -> std::unique_ptr<Aggregator> {
         return std::make_unique<LogicalAggregator<true>>();
       },
       .description = "true when every value is true (and there is one).",
       .example = "and(isFraud)"},
      {.name = "or",
       .signatures = {{{{"arg", TypeSet{Type::kBool}}}}},
       .result = BoolResult,
       .result_doc = "bool",
       .make = [](Type, Type) -> std::unique_ptr<Aggregator> {
         return std::make_unique<LogicalAggregator<false>>();
       },
       .description = "true when some value is true.",
       .example = "or(isFraud)"},
  };
  return specs;
}

}  // namespace

void RegisterLogicalAggregators(Registry& registry) {
  for (const AggregatorSpec& spec : LogicalAggregators()) {
    registry.AddAggregator(MakeAggregatorDef(spec));
  }
}

}  // namespace talon::exec
