// count and distinctCount, after Siddhi's CountAttributeAggregatorExecutor and
// DistinctCountAttributeAggregatorExecutor. count counts every event (its optional argument is
// ignored, NULLs included); distinctCount counts distinct values, NULL being one of them.
#include <algorithm>
#include <cstdint>
#include <cmath>
#include <cstring>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "runtime/aggregators/aggregator_signature.h"
#include "runtime/aggregators/builtin_aggregators.h"
#include "runtime/aggregators/grouped_arrays.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

struct CountState : AggregatorState {
  int64_t count = 0;
};

class CountGroupedState final : public GroupedAggregatorState {
 public:
  void Resize(size_t n) override { counts_.resize(n); }
  void Update(const uint32_t* groups, const EventKind* kinds, const std::vector<const Column*>&,
              size_t begin, size_t end, ResultRows out) override {
    for (size_t j = begin; j < end; ++j) {
      int64_t& count = counts_[groups[j]];
      count += kinds[j] == EventKind::kCurrent ? 1 : -1;
      SetResult(out, j, count);
    }
  }
  void Accumulate(const uint32_t* groups, const EventKind* kinds,
                  const std::vector<const Column*>&, size_t begin, size_t end) override {
    WithKinds(kinds, [&](auto current) {
      for (size_t j = begin; j < end; ++j) counts_[groups[j]] += current(j) ? 1 : -1;
    });
  }
  void WriteResult(uint32_t g, Column& column, size_t row) const override {
    SetRow(column, row, counts_[g]);
  }
  void ResetAll() override { std::fill(counts_.begin(), counts_.end(), 0); }
  size_t bytes() const override { return counts_.capacity() * sizeof(int64_t); }

 private:
  std::vector<int64_t> counts_;
};

class CountAggregator final : public Aggregator {
 public:
  std::unique_ptr<GroupedAggregatorState> CreateGrouped() const override {
    return std::make_unique<CountGroupedState>();
  }
  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<CountState>();
  }
  void Add(AggregatorState& state, const Value*) const override {
    ++static_cast<CountState&>(state).count;
  }
  void Remove(AggregatorState& state, const Value*) const override {
    --static_cast<CountState&>(state).count;
  }
  void Reset(AggregatorState& state) const override { static_cast<CountState&>(state).count = 0; }
  Value Result(const AggregatorState& state) const override {
    return Value::Long(static_cast<const CountState&>(state).count);
  }
};

// The identity Java's HashMap gives a boxed value: equal numbers of one type, Double.equals
// comparing bit patterns (so NaN == NaN and 0.0 != -0.0).
std::string DistinctKey(const Value& v) {
  if (v.is_null()) return std::string("\0", 1);
  switch (v.type()) {
    case Type::kFloat:
    case Type::kDouble: {
      double d = v.AsDouble();
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      if (std::isnan(d)) bits = 0x7ff8000000000000ull;
      return absl::StrCat("d", bits);
    }
    case Type::kString: return absl::StrCat("s", v.string_value());
    default: return absl::StrCat("v", v.ToString());
  }
}

struct DistinctCountState : AggregatorState {
  absl::flat_hash_map<std::string, int64_t> counts;
};

class DistinctCountAggregator final : public Aggregator {
 public:
  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<DistinctCountState>();
  }
  void Add(AggregatorState& state, const Value* args) const override {
    ++static_cast<DistinctCountState&>(state).counts[DistinctKey(args[0])];
  }
  void Remove(AggregatorState& state, const Value* args) const override {
    auto& counts = static_cast<DistinctCountState&>(state).counts;
    auto it = counts.find(DistinctKey(args[0]));
    if (it == counts.end()) return;
    if (--it->second <= 0) counts.erase(it);
  }
  void Reset(AggregatorState& state) const override {
    static_cast<DistinctCountState&>(state).counts.clear();
  }
  Value Result(const AggregatorState& state) const override {
    return Value::Long(
        static_cast<int64_t>(static_cast<const DistinctCountState&>(state).counts.size()));
  }
};

constexpr TypeSet kDistinctTypes{Type::kInt, Type::kLong, Type::kDouble, Type::kFloat,
                                 Type::kString};

Type LongResult(const std::vector<frontend::ArgInfo>&) { return Type::kLong; }

const std::vector<AggregatorSpec>& CountAggregators() {
  static const std::vector<AggregatorSpec> specs = {
      {.name = "count",
       .signatures = {{{}}, {{{"arg", kAnyType}}}},
       .result = LongResult,
       .result_doc = "long",
       .make = [](Type, Type) -> std::unique_ptr<Aggregator> {
         return std::make_unique<CountAggregator>();
       },
       .description = "The number of events.",
       .example = "count()"},
      {.name = "distinctCount",
       .signatures = {{{{"arg", kDistinctTypes}}}},
       .result = LongResult,
       .result_doc = "long",
       .make = [](Type, Type) -> std::unique_ptr<Aggregator> {
         return std::make_unique<DistinctCountAggregator>();
       },
       .description = "The number of distinct values (NULL counts as one).",
       .example = "distinctCount(pageID)"},
  };
  return specs;
}

}  // namespace

void RegisterCountAggregators(Registry& registry) {
  for (const AggregatorSpec& spec : CountAggregators()) {
    registry.AddAggregator(MakeAggregatorDef(spec));
  }
}

}  // namespace talon::exec
