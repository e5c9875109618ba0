// min, max, minForever and maxForever, after Siddhi's Min/MaxAttributeAggregatorExecutor and
// Min/MaxForeverAttributeAggregatorExecutor. The result keeps the argument's type.
//
// min/max remove without rescanning the window: like Siddhi they keep a monotonic deque of
// candidates (each arrival drops the candidates it beats from the back); a removal deletes the
// first equal candidate, if any, and the front is the answer. That is exact for windows that
// expire in arrival order, and reproduces Siddhi's answers for the others (sort, frequent).
// The forever variants treat removals like arrivals and ignore resets.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <type_traits>
#include <vector>

#include "runtime/aggregators/aggregator_signature.h"
#include "runtime/aggregators/builtin_aggregators.h"
#include "runtime/aggregators/grouped_arrays.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

// One argument value in a comparable form: int and long as int64, float and double as double.
struct Number {
  int64_t i = 0;
  double d = 0;
};

class NumberOps {
 public:
  explicit NumberOps(Type type) : type_(type), floating_(!IsIntegral(type)) {}
  Number From(const Value& v) const {
    return floating_ ? Number{0, v.AsDouble()} : Number{v.AsLong(), 0};
  }
  // Java's `a < b` on the unboxed values (false whenever a NaN is involved).
  bool Less(const Number& a, const Number& b) const { return floating_ ? a.d < b.d : a.i < b.i; }
  // Boxed equals(): Double/Float compare bit patterns.
  bool Equal(const Number& a, const Number& b) const {
    if (!floating_) return a.i == b.i;
    if (std::isnan(a.d) && std::isnan(b.d)) return true;
    uint64_t x, y;
    std::memcpy(&x, &a.d, sizeof x);
    std::memcpy(&y, &b.d, sizeof y);
    return x == y;
  }
  Value ToValue(const Number& n) const {
    switch (type_) {
      case Type::kInt: return Value::Int(static_cast<int32_t>(n.i));
      case Type::kLong: return Value::Long(n.i);
      case Type::kFloat: return Value::Float(static_cast<float>(n.d));
      default: return Value::Double(n.d);
    }
  }
  Type type() const { return type_; }

 private:
  Type type_;
  bool floating_;
};

struct ExtremumState : AggregatorState {
  std::deque<Number> candidates;
  bool has_value = false;
  Number value;
};

// The candidates of one group, best first: up to kInline of them inline (a window of random
// values keeps about ln(n) candidates per group), more in a vector used as a deque (a pop at
// the front advances `head`) while they outgrow it. With the group's value beside it, a group
// fills one cache line.
template <typename T>
class CandidateQueue {
 public:
  static constexpr uint32_t kInline = 5;

  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  // Empty, the queue is inline and front() reads a slot of no meaning.
  const T& front() const { return items()[0]; }
  const T& back() const { return items()[size_ - 1]; }
  void push_back(T v) {
    if constexpr (std::is_floating_point_v<T>) unordered_ = unordered_ || std::isnan(v);
    if (!spilled_) {
      if (size_ < kInline) {
        inline_[size_++] = v;
        return;
      }
      Spill();
    }
    spill_->items.push_back(v);
    ++size_;
  }
  void pop_back() {
    if (spilled_) spill_->items.pop_back();
    if (--size_ == 0) Clear();
    if (spilled_ && size_ < kInline) Unspill();
  }
  // An arrival: drops from the back the candidates v beats (`beats(v, c)`), then appends v.
  // Inline and ordered (no NaN inside, none arriving), the candidates v beats are a suffix, so
  // counting them over every slot gives the same answer without a branch per candidate: the
  // pop loop's exit depends on the data and is mispredicted about once per arrival.
  template <typename Beats>
  void Add(T v, Beats beats) {
    bool ordered = !spilled_ && !unordered_;
    if constexpr (std::is_floating_point_v<T>) ordered = ordered && !std::isnan(v);
    if (ordered) {
      uint32_t beaten = 0;
      for (uint32_t k = 0; k < kInline; ++k) {
        beaten += static_cast<uint32_t>(k < size_) & static_cast<uint32_t>(beats(v, inline_[k]));
      }
      const uint32_t keep = size_ - beaten;
      if (keep < kInline) {
        inline_[keep] = v;
        size_ = keep + 1;
        return;
      }
    }
    while (!empty() && beats(v, back())) pop_back();
    push_back(v);
  }
  // An expiry: removes the first candidate `equal` accepts, if any (Siddhi's
  // Deque.removeFirstOccurrence). `past(c)`: no candidate from c on can be equal, as the queue
  // is ordered (best first); not asked once a NaN has entered the queue, since a NaN beats
  // nothing and is beaten by nothing, which breaks the order. Inline, every slot is compared
  // and the first equal one is shifted out without a branch on the data: in an ordered queue
  // nothing equal lies past a candidate v beats, so that finds what the scan finds.
  template <typename Equal, typename Past>
  void RemoveFirst(Equal equal, Past past) {
    if (!spilled_) {
      uint32_t found = 0;
      for (uint32_t k = 0; k < kInline; ++k) {
        found |= static_cast<uint32_t>(equal(inline_[k])) << k;
      }
      found &= (1u << size_) - 1;
      const uint32_t first = static_cast<uint32_t>(std::countr_zero(found | (1u << kInline)));
      for (uint32_t k = 0; k + 1 < kInline; ++k) {
        inline_[k] = k >= first ? inline_[k + 1] : inline_[k];
      }
      size_ -= static_cast<uint32_t>(first < kInline);
      unordered_ = unordered_ && size_ != 0;
      return;
    }
    const T* items = this->items();
    for (uint32_t k = 0; k < size_; ++k) {
      if (!equal(items[k])) {
        if (!unordered_ && past(items[k])) return;
        continue;
      }
      Erase(k);
      return;
    }
  }
  void Clear() {
    size_ = 0;
    unordered_ = false;
    spilled_ = false;
    if (spill_ != nullptr) spill_->Clear();
  }
  size_t spilled_bytes() const {
    return spill_ != nullptr ? spill_->items.capacity() * sizeof(T) : 0;
  }

 private:
  const T* items() const { return spilled_ ? spill_->items.data() + spill_->head : inline_; }
  // Removes candidate k of the spilled queue.
  void Erase(uint32_t k) {
    if (k != 0) {
      spill_->items.erase(spill_->items.begin() + static_cast<std::ptrdiff_t>(spill_->head + k));
    } else if (++spill_->head >= 16 && spill_->head * 2 >= spill_->items.size()) {
      spill_->items.erase(spill_->items.begin(),
                          spill_->items.begin() + static_cast<std::ptrdiff_t>(spill_->head));
      spill_->head = 0;
    }
    if (--size_ == 0) Clear();
    if (spilled_ && size_ < kInline) Unspill();
  }
  void Spill() {
    if (spill_ == nullptr) spill_ = std::make_unique<Overflow>();
    spill_->items.assign(inline_, inline_ + size_);
    spill_->head = 0;
    spilled_ = true;
  }
  // Back inline once the candidates fit with a slot to spare (no spill at the next arrival).
  void Unspill() {
    std::copy_n(items(), size_, inline_);
    spill_->Clear();
    spilled_ = false;
  }

  T inline_[kInline] = {};  // slots past size_ are read (and ignored) by Add and RemoveFirst
  uint32_t size_ = 0;
  bool spilled_ = false;
  bool unordered_ = false;  // a NaN has entered since the queue was last empty
  // The candidates while they outgrow the inline slots, the front at items[head].
  struct Overflow {
    std::vector<T> items;
    size_t head = 0;
    void Clear() {
      items.clear();
      head = 0;
    }
  };
  std::unique_ptr<Overflow> spill_;
};

// ExtremumState for every group, column-wise, over the argument's physical type T (int64_t for
// int and long, double for float and double): the same monotonic deque as ExtremumAggregator.
template <bool kMax, typename T>
class ExtremumGroupedState final : public GroupedAggregatorState {
 public:
  void Resize(size_t n) override { groups_.resize(n); }
  void Update(const uint32_t* groups, const EventKind* kinds,
              const std::vector<const Column*>& args, size_t begin, size_t end,
              ResultRows out) override {
    Run(groups, kinds, *args[0], begin, end, [&](size_t j, const Group& s) {
      if (!s.candidates.empty()) SetResult(out, j, s.value);
    });
  }
  void Accumulate(const uint32_t* groups, const EventKind* kinds,
                  const std::vector<const Column*>& args, size_t begin, size_t end) override {
    Run(groups, kinds, *args[0], begin, end, [](size_t, const Group&) {});
  }
  void WriteResult(uint32_t g, Column& column, size_t row) const override {
    const Group& s = groups_[g];
    if (!s.candidates.empty()) SetRow(column, row, s.value);
  }
  void ResetAll() override {
    for (Group& g : groups_) g = Group{};
  }
  size_t bytes() const override {
    size_t total = groups_.capacity() * sizeof(Group);
    for (const Group& g : groups_) total += g.candidates.spilled_bytes();
    return total;
  }

 private:
  // The answer is `value` while there are candidates. It is the front, except that an arrival
  // which beats the value sets it even when a NaN it does not beat stays in front (Siddhi's
  // processAdd compares with the value; processRemove takes the front).
  struct alignas(64) Group {
    CandidateQueue<T> candidates;
    T value = 0;
  };
  static_assert(sizeof(Group) == 64, "one cache line per group");
  // Adds or removes rows [begin, end), calling emit(j, group) after each.
  template <typename EmitFn>
  void Run(const uint32_t* groups, const EventKind* kinds, const Column& arg, size_t begin,
           size_t end, EmitFn&& emit) {
    const uint8_t* nulls = arg.nulls();
    WithNumericReader<T>(arg, [&](auto read) {
      WithKinds(kinds, [&](auto current) {
        for (size_t j = begin; j < end; ++j) {
          Group& s = groups_[groups[j]];
          if (!nulls[j]) {
            const T v = read(j);
            if (current(j)) {
              const bool first = s.candidates.empty();
              s.candidates.Add(v, [](T a, T b) { return Beats(a, b); });
              s.value = first || Beats(v, s.value) ? v : s.value;
            } else {
              // Candidates run from best to worst: past one that v beats, v cannot occur.
              s.candidates.RemoveFirst([v](T c) { return Equal(c, v); },
                                       [v](T c) { return Beats(v, c); });
              s.value = s.candidates.front();
            }
          }
          emit(j, s);
        }
      });
    });
  }
  // max: `other < v`; min: `v < other` (Java's comparison: false whenever a NaN is involved).
  static bool Beats(T v, T other) { return kMax ? other < v : v < other; }
  // Boxed equals(): doubles compare bit patterns, every NaN equal to every NaN.
  static bool Equal(T a, T b) {
    if constexpr (std::is_integral_v<T>) {
      return a == b;
    } else {
      if (std::isnan(a) && std::isnan(b)) return true;
      uint64_t x, y;
      std::memcpy(&x, &a, sizeof x);
      std::memcpy(&y, &b, sizeof y);
      return x == y;
    }
  }

  std::vector<Group> groups_;
};

// min (kMax = false) and max (kMax = true).
template <bool kMax>
class ExtremumAggregator final : public Aggregator {
 public:
  explicit ExtremumAggregator(Type type) : ops_(type) {}

  std::unique_ptr<GroupedAggregatorState> CreateGrouped() const override {
    if (IsIntegral(ops_.type())) return std::make_unique<ExtremumGroupedState<kMax, int64_t>>();
    return std::make_unique<ExtremumGroupedState<kMax, double>>();
  }

  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<ExtremumState>();
  }
  void Add(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<ExtremumState&>(state);
    Number v = ops_.From(args[0]);
    while (!s.candidates.empty() && Beats(v, s.candidates.back())) s.candidates.pop_back();
    s.candidates.push_back(v);
    if (!s.has_value || Beats(v, s.value)) {
      s.value = v;
      s.has_value = true;
    }
  }
  void Remove(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<ExtremumState&>(state);
    Number v = ops_.From(args[0]);
    for (auto it = s.candidates.begin(); it != s.candidates.end(); ++it) {
      if (ops_.Equal(*it, v)) {
        s.candidates.erase(it);
        break;
      }
    }
    s.has_value = !s.candidates.empty();
    if (s.has_value) s.value = s.candidates.front();
  }
  void Reset(AggregatorState& state) const override {
    static_cast<ExtremumState&>(state) = ExtremumState{};
  }
  Value Result(const AggregatorState& state) const override {
    const auto& s = static_cast<const ExtremumState&>(state);
    return s.has_value ? ops_.ToValue(s.value) : Value::Null(ops_.type());
  }

 private:
  // max: `candidate < v`; min: `candidate > v`.
  bool Beats(const Number& v, const Number& other) const {
    return kMax ? ops_.Less(other, v) : ops_.Less(v, other);
  }
  NumberOps ops_;
};

// minForever (kMax = false) and maxForever (kMax = true).
template <bool kMax>
class ForeverAggregator final : public Aggregator {
 public:
  explicit ForeverAggregator(Type type) : ops_(type) {}

  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<ExtremumState>();
  }
  void Add(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& s = static_cast<ExtremumState&>(state);
    Number v = ops_.From(args[0]);
    bool beats = kMax ? ops_.Less(s.value, v) : ops_.Less(v, s.value);
    if (!s.has_value || beats) {
      s.value = v;
      s.has_value = true;
    }
  }
  void Remove(AggregatorState& state, const Value* args) const override { Add(state, args); }
  void Reset(AggregatorState&) const override {}
  Value Result(const AggregatorState& state) const override {
    const auto& s = static_cast<const ExtremumState&>(state);
    return s.has_value ? ops_.ToValue(s.value) : Value::Null(ops_.type());
  }

 private:
  NumberOps ops_;
};

template <typename A>
std::unique_ptr<Aggregator> Make(Type arg, Type) {
  return std::make_unique<A>(arg);
}

const std::vector<AggregatorSpec>& ExtremumAggregators() {
  static const std::vector<AggregatorSpec> specs = {
      {.name = "max",
       .signatures = {{{{"arg", kNumericTypes}}}},
       .result = ResultOfArgument,
       .result_doc = "<type of arg>",
       .make = Make<ExtremumAggregator<true>>,
       .description = "The largest value in the window.",
       .example = "max(temperature)"},
      {.name = "min",
       .signatures = {{{{"arg", kNumericTypes}}}},
       .result = ResultOfArgument,
       .result_doc = "<type of arg>",
       .make = Make<ExtremumAggregator<false>>,
       .description = "The smallest value in the window.",
       .example = "min(temperature)"},
      {.name = "maxForever",
       .signatures = {{{{"arg", kNumericTypes}}}},
       .result = ResultOfArgument,
       .result_doc = "<type of arg>",
       .make = Make<ForeverAggregator<true>>,
       .description = "The largest value ever seen, regardless of windows.",
       .example = "maxForever(temperature)"},
      {.name = "minForever",
       .signatures = {{{{"arg", kNumericTypes}}}},
       .result = ResultOfArgument,
       .result_doc = "<type of arg>",
       .make = Make<ForeverAggregator<false>>,
       .description = "The smallest value ever seen, regardless of windows.",
       .example = "minForever(temperature)"},
  };
  return specs;
}

}  // namespace

void RegisterExtremumAggregators(Registry& registry) {
  for (const AggregatorSpec& spec : ExtremumAggregators()) {
    registry.AddAggregator(MakeAggregatorDef(spec));
  }
}

}  // namespace talon::exec
