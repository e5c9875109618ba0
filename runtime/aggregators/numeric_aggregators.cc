// sum, avg and stdDev, after Siddhi's SumAttributeAggregatorExecutor,
// AvgAttributeAggregatorExecutor and StdDevAttributeAggregatorExecutor. NULL arguments leave the
// state unchanged; with no values left the result is NULL.
#include <cmath>
#include <cstdint>

#include "runtime/aggregators/aggregator_signature.h"
#include "runtime/aggregators/builtin_aggregators.h"
#include "runtime/functions/java_compat.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

// ---- sum -----------------------------------------------------------------------------------

struct SumState : AggregatorState {
  int64_t long_sum = 0;
  double double_sum = 0;
  int64_t count = 0;
};

// int and long sum into a long that wraps like Java's; float and double into a double.
class SumAggregator final : public Aggregator {
 public:
  explicit SumAggregator(bool integral) : integral_(integral) {}

  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<SumState>();
  }
  void Add(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<SumState&>(state);
    if (integral_) {
      s.long_sum = static_cast<int64_t>(static_cast<uint64_t>(s.long_sum) +
                                        static_cast<uint64_t>(args[0].AsLong()));
    } else {
      s.double_sum += args[0].AsDouble();
    }
    ++s.count;
  }
  void Remove(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<SumState&>(state);
    if (integral_) {
      // AggregatorStateLong.processRemove takes a double: `sum -= data` runs in double and
      // narrows back to long.
      s.long_sum = JavaDoubleToLong(static_cast<double>(s.long_sum) -
                                    static_cast<double>(args[0].AsLong()));
    } else {
      s.double_sum -= args[0].AsDouble();
    }
    --s.count;
  }
  void Reset(AggregatorState& state) const override {
    auto& s = static_cast<SumState&>(state);
    s = SumState{};
  }
  Value Result(const AggregatorState& state) const override {
    const auto& s = static_cast<const SumState&>(state);
    if (s.count == 0) return Value::Null(integral_ ? Type::kLong : Type::kDouble);
    return integral_ ? Value::Long(s.long_sum) : Value::Double(s.double_sum);
  }

 private:
  bool integral_;
};

// ---- avg -----------------------------------------------------------------------------------

struct AvgState : AggregatorState {
  double sum = 0;
  int64_t count = 0;
};

class AvgAggregator final : public Aggregator {
 public:
  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<AvgState>();
  }
  void Add(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<AvgState&>(state);
    ++s.count;
    s.sum += args[0].AsDouble();
  }
  void Remove(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<AvgState&>(state);
    --s.count;
    s.sum -= args[0].AsDouble();
  }
  void Reset(AggregatorState& state) const override {
    static_cast<AvgState&>(state) = AvgState{};
  }
  Value Result(const AggregatorState& state) const override {
    const auto& s = static_cast<const AvgState&>(state);
    if (s.count == 0) return Value::Null(Type::kDouble);
    return Value::Double(s.sum / static_cast<double>(s.count));
  }
};

// ---- stdDev --------------------------------------------------------------------------------

// Welford-style running variance as Siddhi computes it (the population standard deviation),
// including its removal formula and its "one value left means 0.0" rule.
struct StdDevState : AggregatorState {
  double mean = 0;
  double deviation = 0;  // sum of squared differences
  double sum = 0;
  int32_t count = 0;
};

class StdDevAggregator final : public Aggregator {
 public:
  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<StdDevState>();
  }
  void Add(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<StdDevState&>(state);
    double value = args[0].AsDouble();
    ++s.count;
    if (s.count == 1) {
      s.sum = s.mean = value;
      s.deviation = 0.0;
    } else if (s.count != 0) {
      double old_mean = s.mean;
      s.sum += value;
      s.mean = s.sum / s.count;
      s.deviation += (value - old_mean) * (value - s.mean);
    }
  }
  void Remove(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<StdDevState&>(state);
    double value = args[0].AsDouble();
    --s.count;
    if (s.count == 0) {
      s.sum = s.mean = 0.0;
      s.deviation = 0.0;
    } else {
      double old_mean = s.mean;
      s.sum -= value;
      s.mean = s.sum / s.count;
      s.deviation -= (value - old_mean) * (value - s.mean);
    }
  }
  void Reset(AggregatorState& state) const override {
    static_cast<StdDevState&>(state) = StdDevState{};
  }
  Value Result(const AggregatorState& state) const override {
    const auto& s = static_cast<const StdDevState&>(state);
    if (s.count == 0) return Value::Null(Type::kDouble);
    if (s.count == 1) return Value::Double(0.0);
    return Value::Double(std::sqrt(s.deviation / s.count));
  }
};

const std::vector<AggregatorSpec>& NumericAggregators() {
  static const std::vector<AggregatorSpec> specs = {
      {.name = "sum",
       .signatures = {{{{"arg", kNumericTypes}}}},
       .result = WidenedNumeric,
       .result_doc = "long (int, long) or double (float, double)",
       .make = [](Type arg, Type) -> std::unique_ptr<Aggregator> {
         return std::make_unique<SumAggregator>(IsIntegral(arg));
       },
       .description = "The sum of the values; NULL when there are none.",
       .example = "sum(price)"},
      {.name = "avg",
       .signatures = {{{{"arg", kNumericTypes}}}},
       .result = [](const std::vector<frontend::ArgInfo>&) { return Type::kDouble; },
       .result_doc = "double",
       .make = [](Type, Type) -> std::unique_ptr<Aggregator> {
         return std::make_unique<AvgAggregator>();
       },
       .description = "The average of the values; NULL when there are none.",
       .example = "avg(temperature)"},
      {.name = "stdDev",
       .signatures = {{{{"arg", kNumericTypes}}}},
       .result = [](const std::vector<frontend::ArgInfo>&) { return Type::kDouble; },
       .result_doc = "double",
       .make = [](Type, Type) -> std::unique_ptr<Aggregator> {
         return std::make_unique<StdDevAggregator>();
       },
       .description = "The population standard deviation of the values.",
       .example = "stdDev(latency)"},
  };
  return specs;
}

}  // namespace

void RegisterNumericAggregators(Registry& registry) {
  for (const AggregatorSpec& spec : NumericAggregators()) {
    registry.AddAggregator(MakeAggregatorDef(spec));
  }
}

}  // namespace talon::exec
