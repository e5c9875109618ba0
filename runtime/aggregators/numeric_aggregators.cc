// sum, avg and stdDev, after Siddhi's SumAttributeAggregatorExecutor,
// AvgAttributeAggregatorExecutor and StdDevAttributeAggregatorExecutor. NULL arguments leave the
// state unchanged; with no values left the result is NULL.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "runtime/aggregators/aggregator_signature.h"
#include "runtime/aggregators/builtin_aggregators.h"
#include "runtime/aggregators/grouped_arrays.h"
#include "runtime/functions/java_compat.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

// Sum's and avg's step over a double argument: adds (current events) or removes (expired
// ones) each non-NULL value of rows [begin, end) to or from its group's running sum and count,
// calling emit(j, g) after each row. Null `kinds`: every row is current.
template <typename EmitFn>
void StepDoubleSums(const uint32_t* groups, const EventKind* kinds, const Column& arg,
                    size_t begin, size_t end, std::vector<double>& sums,
                    std::vector<int64_t>& counts, EmitFn&& emit) {
  const uint8_t* nulls = arg.nulls();
  WithNumericReader<double>(arg, [&](auto read) {
    WithKinds(kinds, [&](auto current) {
      for (size_t j = begin; j < end; ++j) {
        const uint32_t g = groups[j];
        if (!nulls[j]) {
          const double x = read(j);
          const bool add = current(j);
          sums[g] += add ? x : -x;
          counts[g] += add ? 1 : -1;
        }
        emit(j, g);
      }
    });
  });
}

// ---- sum -----------------------------------------------------------------------------------

struct SumState : AggregatorState {
  int64_t long_sum = 0;
  double double_sum = 0;
  int64_t count = 0;
};

// SumState for every group, column-wise; the same arithmetic as SumAggregator.
class SumGroupedState final : public GroupedAggregatorState {
 public:
  explicit SumGroupedState(bool integral) : integral_(integral) {}

  void Resize(size_t n) override {
    (integral_ ? long_sums_.resize(n) : double_sums_.resize(n));
    counts_.resize(n);
  }
  void Update(const uint32_t* groups, const EventKind* kinds,
              const std::vector<const Column*>& args, size_t begin, size_t end,
              ResultRows out) override {
    Run(groups, kinds, *args[0], begin, end, [&](size_t j, uint32_t g) { Emit(g, out, j); });
  }
  void Accumulate(const uint32_t* groups, const EventKind* kinds,
                  const std::vector<const Column*>& args, size_t begin, size_t end) override {
    Run(groups, kinds, *args[0], begin, end, [](size_t, uint32_t) {});
  }
  void WriteResult(uint32_t g, Column& column, size_t row) const override {
    if (counts_[g] == 0) return;
    integral_ ? SetRow(column, row, long_sums_[g]) : SetRow(column, row, double_sums_[g]);
  }
  void ResetAll() override {
    std::fill(long_sums_.begin(), long_sums_.end(), 0);
    std::fill(double_sums_.begin(), double_sums_.end(), 0.0);
    std::fill(counts_.begin(), counts_.end(), 0);
  }
  size_t bytes() const override {
    return long_sums_.capacity() * sizeof(int64_t) + double_sums_.capacity() * sizeof(double) +
           counts_.capacity() * sizeof(int64_t);
  }

 private:
  // Adds or removes rows [begin, end), calling emit(j, g) after each.
  template <typename EmitFn>
  void Run(const uint32_t* groups, const EventKind* kinds, const Column& arg, size_t begin,
           size_t end, EmitFn&& emit) {
    const uint8_t* nulls = arg.nulls();
    if (integral_) {
      WithNumericReader<int64_t>(arg, [&](auto read) {
        WithKinds(kinds, [&](auto current) {
          for (size_t j = begin; j < end; ++j) {
            const uint32_t g = groups[j];
            if (!nulls[j]) {
              const int64_t x = read(j);
              if (current(j)) {
                long_sums_[g] = static_cast<int64_t>(static_cast<uint64_t>(long_sums_[g]) +
                                                     static_cast<uint64_t>(x));
                ++counts_[g];
              } else {
                long_sums_[g] = JavaDoubleToLong(static_cast<double>(long_sums_[g]) -
                                                 static_cast<double>(x));
                --counts_[g];
              }
            }
            emit(j, g);
          }
        });
      });
      return;
    }
    StepDoubleSums(groups, kinds, arg, begin, end, double_sums_, counts_, emit);
  }
  void Emit(uint32_t g, ResultRows out, size_t j) const {
    if (counts_[g] == 0) return;
    integral_ ? SetResult(out, j, long_sums_[g]) : SetResult(out, j, double_sums_[g]);
  }

  bool integral_;
  std::vector<int64_t> long_sums_;
  std::vector<double> double_sums_;
  std::vector<int64_t> counts_;
};

// int and long sum into a long that wraps like Java's; float and double into a double.
class SumAggregator final : public Aggregator {
 public:
  explicit SumAggregator(bool integral) : integral_(integral) {}

  std::unique_ptr<GroupedAggregatorState> CreateGrouped() const override {
    return std::make_unique<SumGroupedState>(integral_);
  }

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

// AvgState for every group, column-wise.
class AvgGroupedState final : public GroupedAggregatorState {
 public:
  void Resize(size_t n) override {
    sums_.resize(n);
    counts_.resize(n);
  }
  void Update(const uint32_t* groups, const EventKind* kinds,
              const std::vector<const Column*>& args, size_t begin, size_t end,
              ResultRows out) override {
    Run(groups, kinds, *args[0], begin, end, [&](size_t j, uint32_t g) {
      // Only rows that take a value pay for the division.
      if (counts_[g] != 0 && out.at(j) >= 0) SetResult(out, j, Average(g));
    });
  }
  void Accumulate(const uint32_t* groups, const EventKind* kinds,
                  const std::vector<const Column*>& args, size_t begin, size_t end) override {
    Run(groups, kinds, *args[0], begin, end, [](size_t, uint32_t) {});
  }
  void WriteResult(uint32_t g, Column& column, size_t row) const override {
    if (counts_[g] != 0) SetRow(column, row, Average(g));
  }
  void ResetAll() override {
    std::fill(sums_.begin(), sums_.end(), 0.0);
    std::fill(counts_.begin(), counts_.end(), 0);
  }
  size_t bytes() const override {
    return sums_.capacity() * sizeof(double) + counts_.capacity() * sizeof(int64_t);
  }

 private:
  // Adds or removes rows [begin, end), calling emit(j, g) after each.
  template <typename EmitFn>
  void Run(const uint32_t* groups, const EventKind* kinds, const Column& arg, size_t begin,
           size_t end, EmitFn&& emit) {
    StepDoubleSums(groups, kinds, arg, begin, end, sums_, counts_, emit);
  }
  double Average(uint32_t g) const { return sums_[g] / static_cast<double>(counts_[g]); }

  std::vector<double> sums_;
  std::vector<int64_t> counts_;
};

class AvgAggregator final : public Aggregator {
 public:
  std::unique_ptr<GroupedAggregatorState> CreateGrouped() const override {
    return std::make_unique<AvgGroupedState>();
  }
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
