// str:groupConcat from siddhi-execution-string (GroupConcatFunctionExtension): joins the values
// currently aggregated, in arrival order, with a separator (default ","); optionally distinct
// (first arrivals kept) and sorted ('ASC' / 'DESC'). Removal drops one occurrence, so the result
// follows a sliding window exactly. NULL values are not aggregated.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "runtime/aggregators/builtin_aggregators.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

using frontend::ArgInfo;
using frontend::LookupError;

struct GroupConcatState : AggregatorState {
  std::vector<std::string> values;  // arrival order, duplicates kept
};

class GroupConcat final : public Aggregator {
 public:
  enum class Order { kNone, kAscending, kDescending };
  GroupConcat(std::string separator, bool distinct, Order order)
      : separator_(std::move(separator)), distinct_(distinct), order_(order) {}

  std::unique_ptr<AggregatorState> CreateState() const override {
    return std::make_unique<GroupConcatState>();
  }
  void Add(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    static_cast<GroupConcatState&>(state).values.push_back(args[0].string_value());
  }
  void Remove(AggregatorState& state, const Value* args) const override {
    if (args[0].is_null()) return;
    auto& values = static_cast<GroupConcatState&>(state).values;
    auto it = std::find(values.begin(), values.end(), args[0].string_value());
    if (it != values.end()) values.erase(it);
  }
  void Reset(AggregatorState& state) const override {
    static_cast<GroupConcatState&>(state).values.clear();
  }
  Value Result(const AggregatorState& state) const override {
    std::vector<std::string> values = static_cast<const GroupConcatState&>(state).values;
    if (distinct_) {
      std::vector<std::string> unique;
      for (std::string& v : values) {
        if (std::find(unique.begin(), unique.end(), v) == unique.end()) unique.push_back(std::move(v));
      }
      values = std::move(unique);
    }
    if (order_ == Order::kAscending) std::sort(values.begin(), values.end());
    if (order_ == Order::kDescending) std::sort(values.rbegin(), values.rend());
    return Value::String(absl::StrJoin(values, separator_));
  }

 private:
  std::string separator_;
  bool distinct_;
  Order order_;
};

constexpr char kName[] = "str:groupConcat";

// Argument k (k >= 1) must be a constant of `type`; returns the error otherwise.
std::optional<LookupError> CheckConstant(const std::vector<ArgInfo>& args, size_t k, Type type,
                                         const char* what) {
  if (args[k].type != type || !args[k].constant || args[k].constant->is_null()) {
    return LookupError{DiagCode::kWrongArgumentType,
                       absl::StrCat("'", kName, "' expects a constant ", TypeName(type), " ", what,
                                    " as argument ", k + 1, ", found '", TypeName(args[k].type),
                                    "'"),
                       static_cast<int>(k)};
  }
  return std::nullopt;
}

AggregatorDef GroupConcatDef() {
  AggregatorDef def;
  def.ns = "str";
  def.name = "groupConcat";
  def.signature =
      "str:groupConcat(<string> key[, <string> separator[, <bool> distinct[, <string> order]]]) "
      "-> string";
  def.description = "Concatenates the aggregated values with a separator (default ',').";
  def.example = "from S#window.length(5) select str:groupConcat(symbol, '-', true, 'ASC') as s";
  def.resolve = [](const std::vector<ArgInfo>& args) -> frontend::Lookup<Type> {
    if (args.empty() || args.size() > 4) {
      return LookupError{DiagCode::kWrongArgumentCount,
                         absl::StrCat("'", kName, "' expects 1 to 4 arguments, found ",
                                      args.size()),
                         args.empty() ? -1 : 4};
    }
    if (args[0].type != Type::kString) {
      return LookupError{DiagCode::kWrongArgumentType,
                         absl::StrCat("'", kName, "' expects a string key, found '",
                                      TypeName(args[0].type), "'"),
                         0};
    }
    if (args.size() > 1) {
      if (auto e = CheckConstant(args, 1, Type::kString, "separator")) return *e;
    }
    if (args.size() > 2) {
      if (auto e = CheckConstant(args, 2, Type::kBool, "distinct flag")) return *e;
    }
    if (args.size() > 3) {
      if (auto e = CheckConstant(args, 3, Type::kString, "order")) return *e;
      std::string order = absl::AsciiStrToUpper(args[3].constant->string_value());
      if (order != "ASC" && order != "DESC") {
        return LookupError{DiagCode::kInvalidArgument,
                           absl::StrCat("'", kName, "' order must be 'ASC' or 'DESC', found '",
                                        args[3].constant->string_value(), "'"),
                           3};
      }
    }
    return Type::kString;
  };
  def.bind = [](const std::vector<ArgInfo>& args,
                Type) -> absl::StatusOr<std::unique_ptr<Aggregator>> {
    std::string separator = args.size() > 1 ? args[1].constant->string_value() : ",";
    bool distinct = args.size() > 2 && args[2].constant->bool_value();
    GroupConcat::Order order = GroupConcat::Order::kNone;
    if (args.size() > 3) {
      order = absl::AsciiStrToUpper(args[3].constant->string_value()) == "ASC"
                  ? GroupConcat::Order::kAscending
                  : GroupConcat::Order::kDescending;
    }
    return std::make_unique<GroupConcat>(std::move(separator), distinct, order);
  };
  return def;
}

}  // namespace

void RegisterStringAggregators(Registry& registry) { registry.AddAggregator(GroupConcatDef()); }

}  // namespace talon::exec
