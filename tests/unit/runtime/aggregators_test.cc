// Attribute aggregators driven directly through the Registry (resolve, bind, then Add / Remove /
// Reset / Result), with the results Siddhi 5.1's aggregator executors give.
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

using frontend::AggregatorRef;
using frontend::ArgInfo;
using frontend::LookupError;

const Registry& Builtins() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

ArgInfo Attr(Type t) { return ArgInfo{t, std::nullopt, true}; }

// One call site of an aggregator with its state.
class Agg {
 public:
  Agg(std::string_view name, std::vector<ArgInfo> args) {
    auto ref = Builtins().LookupAggregator("", name, args);
    EXPECT_TRUE(ref.has_value());
    const AggregatorRef* found = std::get_if<AggregatorRef>(&*ref);
    EXPECT_NE(found, nullptr);
    type_ = found->result;
    auto agg = Builtins().aggregator(found->id).bind(args, found->result);
    EXPECT_TRUE(agg.ok());
    aggregator_ = std::move(*agg);
    state_ = aggregator_->CreateState();
  }
  Value Add(const Value& v) {
    aggregator_->Add(*state_, &v);
    return aggregator_->Result(*state_);
  }
  Value Remove(const Value& v) {
    aggregator_->Remove(*state_, &v);
    return aggregator_->Result(*state_);
  }
  Value Reset() {
    aggregator_->Reset(*state_);
    return aggregator_->Result(*state_);
  }
  Type type() const { return type_; }

 private:
  Type type_ = Type::kObject;
  std::unique_ptr<Aggregator> aggregator_;
  std::unique_ptr<AggregatorState> state_;
};

LookupError ResolveError(std::string_view name, std::vector<ArgInfo> args) {
  auto ref = Builtins().LookupAggregator("", name, args);
  EXPECT_TRUE(ref.has_value());
  const LookupError* error = ref ? std::get_if<LookupError>(&*ref) : nullptr;
  EXPECT_NE(error, nullptr) << "aggregator '" << name << "' accepted the arguments";
  return error ? *error : LookupError{};
}

TEST(AggregatorsTest, SumWidensAndIgnoresNulls) {
  Agg sum("sum", {Attr(Type::kInt)});
  EXPECT_EQ(sum.type(), Type::kLong);
  EXPECT_EQ(sum.Add(Value::Int(2'000'000'000)), Value::Long(2'000'000'000));
  EXPECT_EQ(sum.Add(Value::Int(2'000'000'000)), Value::Long(4'000'000'000));
  EXPECT_EQ(sum.Add(Value::Null(Type::kInt)), Value::Long(4'000'000'000));
  EXPECT_EQ(sum.Remove(Value::Int(2'000'000'000)), Value::Long(2'000'000'000));
  // No value left: NULL, not 0.
  EXPECT_TRUE(sum.Remove(Value::Int(2'000'000'000)).is_null());
  EXPECT_EQ(Agg("sum", {Attr(Type::kFloat)}).type(), Type::kDouble);
}

TEST(AggregatorsTest, SumOfFloatsAddsTheirDoubleValues) {
  Agg sum("sum", {Attr(Type::kFloat)});
  sum.Add(Value::Float(0.1f));
  EXPECT_EQ(sum.Add(Value::Float(0.2f)),
            Value::Double(static_cast<double>(0.1f) + static_cast<double>(0.2f)));
}

TEST(AggregatorsTest, AvgIsDoubleAndNullWhenEmpty) {
  Agg avg("avg", {Attr(Type::kLong)});
  EXPECT_EQ(avg.type(), Type::kDouble);
  EXPECT_EQ(avg.Add(Value::Long(1)), Value::Double(1.0));
  EXPECT_EQ(avg.Add(Value::Long(2)), Value::Double(1.5));
  EXPECT_EQ(avg.Remove(Value::Long(1)), Value::Double(2.0));
  EXPECT_TRUE(avg.Remove(Value::Long(2)).is_null());
  EXPECT_TRUE(avg.Add(Value::Null(Type::kLong)).is_null());
}

TEST(AggregatorsTest, StdDevMatchesSiddhisRunningFormula) {
  Agg sd("stdDev", {Attr(Type::kDouble)});
  EXPECT_EQ(sd.Add(Value::Double(10000.0)), Value::Double(0.0));
  sd.Add(Value::Double(10000.5));
  Value v = sd.Add(Value::Double(10001.0));
  EXPECT_NEAR(v.double_value(), 0.408248290463863, 1e-12);
  // Sliding: stdDevAggregatorTest6 of the conformance suite.
  Agg slide("stdDev", {Attr(Type::kDouble)});
  slide.Add(Value::Double(23.3));
  EXPECT_NEAR(slide.Add(Value::Double(1003.2)).double_value(), 489.95000000000005, 1e-9);
  slide.Add(Value::Double(500.1));
  slide.Remove(Value::Double(23.3));
  EXPECT_NEAR(slide.Add(Value::Double(10.9)).double_value(), 405.1180266978447, 1e-9);
  EXPECT_TRUE(sd.Reset().is_null());
}

TEST(AggregatorsTest, CountCountsEveryEventAndResets) {
  Agg count("count", {});
  EXPECT_EQ(count.Add(Value()), Value::Long(1));
  EXPECT_EQ(count.Add(Value()), Value::Long(2));
  EXPECT_EQ(count.Remove(Value()), Value::Long(1));
  EXPECT_EQ(count.Reset(), Value::Long(0));
}

TEST(AggregatorsTest, DistinctCountCountsNullAsAValue) {
  Agg dc("distinctCount", {Attr(Type::kString)});
  EXPECT_EQ(dc.Add(Value::Null(Type::kString)), Value::Long(1));
  EXPECT_EQ(dc.Add(Value::String("a")), Value::Long(2));
  EXPECT_EQ(dc.Add(Value::String("a")), Value::Long(2));
  EXPECT_EQ(dc.Remove(Value::String("a")), Value::Long(2));
  EXPECT_EQ(dc.Remove(Value::String("a")), Value::Long(1));
}

TEST(AggregatorsTest, MaxRemovesWithoutRescanningInArrivalOrder) {
  Agg max("max", {Attr(Type::kInt)});
  EXPECT_EQ(max.type(), Type::kInt);
  EXPECT_EQ(max.Add(Value::Int(5)), Value::Int(5));
  EXPECT_EQ(max.Add(Value::Int(3)), Value::Int(5));
  EXPECT_EQ(max.Add(Value::Int(4)), Value::Int(5));
  // A length window expires in arrival order: 5, then 3, then 4.
  EXPECT_EQ(max.Remove(Value::Int(5)), Value::Int(4));
  EXPECT_EQ(max.Remove(Value::Int(3)), Value::Int(4));
  EXPECT_TRUE(max.Remove(Value::Int(4)).is_null());
}

TEST(AggregatorsTest, MinFollowsTheCandidateDequeLikeSiddhi) {
  Agg min("min", {Attr(Type::kDouble)});
  min.Add(Value::Double(2.0));
  min.Add(Value::Double(1.0));  // drops 2.0 from the candidates
  min.Add(Value::Double(3.0));
  EXPECT_EQ(min.Remove(Value::Double(2.0)), Value::Double(1.0));  // not a candidate: no change
  EXPECT_EQ(min.Remove(Value::Double(1.0)), Value::Double(3.0));
  EXPECT_TRUE(min.Reset().is_null());
  EXPECT_TRUE(min.Add(Value::Null(Type::kDouble)).is_null());
}

TEST(AggregatorsTest, ForeverVariantsIgnoreRemovalAndReset) {
  Agg max("maxForever", {Attr(Type::kLong)});
  max.Add(Value::Long(7));
  EXPECT_EQ(max.Remove(Value::Long(7)), Value::Long(7));
  EXPECT_EQ(max.Reset(), Value::Long(7));
  EXPECT_EQ(max.Add(Value::Long(3)), Value::Long(7));
  Agg min("minForever", {Attr(Type::kDouble)});
  EXPECT_TRUE(min.Add(Value::Null(Type::kDouble)).is_null());
  EXPECT_EQ(min.Add(Value::Double(10.0)), Value::Double(10.0));
  EXPECT_EQ(min.Remove(Value::Double(4.0)), Value::Double(4.0));
}

TEST(AggregatorsTest, AndOr) {
  Agg all("and", {Attr(Type::kBool)});
  EXPECT_EQ(all.Add(Value::Bool(true)), Value::Bool(true));
  EXPECT_EQ(all.Add(Value::Bool(false)), Value::Bool(false));
  EXPECT_EQ(all.Remove(Value::Bool(false)), Value::Bool(true));
  EXPECT_EQ(all.Reset(), Value::Bool(false));
  Agg any("or", {Attr(Type::kBool)});
  EXPECT_EQ(any.Add(Value::Bool(false)), Value::Bool(false));
  EXPECT_EQ(any.Add(Value::Bool(true)), Value::Bool(true));
  EXPECT_EQ(any.Remove(Value::Bool(true)), Value::Bool(false));
}

TEST(AggregatorsTest, ResolveRejectsWhatSiddhiRejects) {
  LookupError type = ResolveError("sum", {Attr(Type::kString)});
  EXPECT_EQ(type.code, DiagCode::kWrongArgumentType);
  EXPECT_EQ(type.arg_index, 0);
  LookupError count = ResolveError("avg", {Attr(Type::kDouble), Attr(Type::kString)});
  EXPECT_EQ(count.code, DiagCode::kWrongArgumentCount);
  EXPECT_EQ(count.arg_index, 1);
  EXPECT_EQ(ResolveError("distinctCount", {}).code, DiagCode::kWrongArgumentCount);
  EXPECT_EQ(ResolveError("max", {Attr(Type::kString)}).code, DiagCode::kWrongArgumentType);
  EXPECT_EQ(ResolveError("or", {Attr(Type::kBool), Attr(Type::kString)}).code,
            DiagCode::kWrongArgumentCount);
  EXPECT_EQ(ResolveError("maxForever", {Attr(Type::kInt), Attr(Type::kDouble), Attr(Type::kDouble)})
                .code,
            DiagCode::kWrongArgumentCount);
}

}  // namespace
}  // namespace talon::exec
