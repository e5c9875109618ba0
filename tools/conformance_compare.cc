#include "tools/conformance_compare.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "tools/json_mapper.h"

namespace talon::tools {
namespace {

// FORMAT.md: float to a relative 1e-6 (the reference computes in Java float), double to 1e-9.
constexpr double kFloatTolerance = 1e-6;
constexpr double kDoubleTolerance = 1e-9;

bool RealMatches(double expected, double actual, double tolerance) {
  if (std::isnan(expected) || std::isnan(actual)) return std::isnan(expected) && std::isnan(actual);
  if (expected == actual) return true;  // also covers equal infinities
  if (std::isinf(expected) || std::isinf(actual)) return false;
  double scale = std::max(std::fabs(expected), std::fabs(actual));
  return std::fabs(expected - actual) <= tolerance * scale;
}

bool IsReal(Type type) { return type == Type::kFloat || type == Type::kDouble; }

double ToleranceFor(Type type) { return type == Type::kFloat ? kFloatTolerance : kDoubleTolerance; }

std::string FormatData(const std::vector<std::string>& items) {
  return absl::StrCat("[", absl::StrJoin(items, ", "), "]");
}

// Explains the first attribute that differs when two deliveries differ only in data; empty
// when the arity differs (the whole lists already show that).
std::string AttributeDetail(const CaseOutput& expected, const Delivery& actual) {
  if (expected.data.size() != actual.data.size()) {
    return absl::StrCat(" (", expected.data.size(), " attributes expected, ", actual.data.size(),
                        " received)");
  }
  for (size_t i = 0; i < expected.data.size(); ++i) {
    if (AttributeMatches(expected.data[i], actual.data[i])) continue;
    const Value& value = actual.data[i];
    std::string type = value.is_null() ? "null" : std::string(TypeName(value.type()));
    return absl::StrCat(" (attribute ", i, ": expected ", expected.data[i].ToJson(), ", got ",
                        ValueToJson(value), " ", type, ")");
  }
  return "";
}

bool DeliveryMatches(const CaseOutput& expected, const Delivery& actual) {
  if (expected.expired != actual.expired) return false;
  if (expected.has_time && expected.time != actual.time) return false;
  if (expected.data.size() != actual.data.size()) return false;
  for (size_t i = 0; i < expected.data.size(); ++i) {
    if (!AttributeMatches(expected.data[i], actual.data[i])) return false;
  }
  return true;
}

}  // namespace

bool AttributeMatches(const JsonDatum& expected, const Value& actual) {
  if (expected.kind == JsonDatum::Kind::kNull) return actual.is_null();
  if (actual.is_null()) return false;
  switch (expected.kind) {
    case JsonDatum::Kind::kNull: return false;  // handled above
    case JsonDatum::Kind::kBool:
      return actual.type() == Type::kBool && actual.bool_value() == expected.bool_value;
    case JsonDatum::Kind::kInteger:
      return IsIntegral(actual.type()) && actual.AsLong() == expected.integer_value;
    case JsonDatum::Kind::kReal:
      return IsReal(actual.type()) &&
             RealMatches(expected.real_value, actual.AsDouble(), ToleranceFor(actual.type()));
    case JsonDatum::Kind::kString:
      if (IsReal(actual.type())) {
        const std::string& s = expected.string_value;
        double d = actual.AsDouble();
        if (s == "NaN") return std::isnan(d);
        if (s == "Infinity") return std::isinf(d) && d > 0;
        if (s == "-Infinity") return std::isinf(d) && d < 0;
        return false;
      }
      return actual.type() == Type::kString && actual.string_value() == expected.string_value;
    case JsonDatum::Kind::kList: {
      if (!actual.is_list() || actual.list_value().size() != expected.list.size()) return false;
      for (size_t i = 0; i < expected.list.size(); ++i) {
        if (!AttributeMatches(expected.list[i], actual.list_value()[i])) return false;
      }
      return true;
    }
  }
  return false;
}

std::string FormatExpected(const CaseOutput& output) {
  std::vector<std::string> items;
  for (const JsonDatum& datum : output.data) items.push_back(datum.ToJson());
  std::string time = output.has_time ? absl::StrCat(" @", output.time) : "";
  return absl::StrCat(output.expired ? "expired" : "current", time, " ", FormatData(items));
}

std::string FormatDelivery(const Delivery& delivery) {
  std::vector<std::string> items;
  for (const Value& value : delivery.data) items.push_back(ValueToJson(value));
  return absl::StrCat(delivery.expired ? "expired" : "current", " @", delivery.time, " ",
                      FormatData(items));
}

std::optional<std::string> FirstDifference(const std::vector<CaseOutput>& expected,
                                           const std::vector<Delivery>& actual) {
  // Callbacks in order of first appearance: expected ones first, then any only Talon produced.
  std::vector<std::string> callbacks;
  std::map<std::string, std::vector<const CaseOutput*>> expected_by_callback;
  std::map<std::string, std::vector<const Delivery*>> actual_by_callback;
  for (const CaseOutput& output : expected) {
    auto [it, inserted] = expected_by_callback.try_emplace(output.callback);
    if (inserted) callbacks.push_back(output.callback);
    it->second.push_back(&output);
  }
  for (const Delivery& delivery : actual) {
    auto [it, inserted] = actual_by_callback.try_emplace(delivery.callback);
    if (inserted && !expected_by_callback.contains(delivery.callback)) {
      callbacks.push_back(delivery.callback);
    }
    it->second.push_back(&delivery);
  }

  for (const std::string& callback : callbacks) {
    const std::vector<const CaseOutput*>& want = expected_by_callback[callback];
    const std::vector<const Delivery*>& got = actual_by_callback[callback];
    size_t common = std::min(want.size(), got.size());
    for (size_t i = 0; i < common; ++i) {
      if (DeliveryMatches(*want[i], *got[i])) continue;
      return absl::StrCat(callback, "[", i, "]: expected ", FormatExpected(*want[i]), ", got ",
                          FormatDelivery(*got[i]), AttributeDetail(*want[i], *got[i]));
    }
    if (want.size() > got.size()) {
      return absl::StrCat(callback, "[", common, "]: expected ", FormatExpected(*want[common]),
                          ", got nothing (", want.size(), " expected, ", got.size(), " delivered)");
    }
    if (got.size() > want.size()) {
      return absl::StrCat(callback, "[", common, "]: unexpected extra delivery ",
                          FormatDelivery(*got[common]), " (", want.size(), " expected, ",
                          got.size(), " delivered)");
    }
  }
  return std::nullopt;
}

}  // namespace talon::tools
