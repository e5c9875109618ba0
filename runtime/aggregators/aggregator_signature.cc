#include "runtime/aggregators/aggregator_signature.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace talon::exec {
namespace {

std::string SignatureText(const Signature& sig) {
  std::vector<std::string> params;
  for (const Param& p : sig.params) {
    params.push_back(absl::StrCat(p.types == kAnyType ? std::string("<any>")
                                                      : absl::StrCat("<", p.types.ToString(), ">"),
                                  " ", std::string(p.name)));
  }
  return absl::StrCat("(", absl::StrJoin(params, ", "), ")");
}

std::string AllSignatures(const std::vector<Signature>& sigs) {
  std::vector<std::string> texts;
  for (const Signature& sig : sigs) texts.push_back(SignatureText(sig));
  return absl::StrJoin(texts, " or ");
}

std::string ArgsText(const std::vector<frontend::ArgInfo>& args) {
  std::vector<std::string> types;
  for (const frontend::ArgInfo& a : args) types.push_back(FoundText(a));
  return absl::StrCat("(", absl::StrJoin(types, ", "), ")");
}

// Siddhi's InputParameterValidator for aggregators: an overload with the same argument count
// whose parameter types contain each argument's type, else "no parameterOverload".
frontend::Lookup<Type> Resolve(const AggregatorSpec& spec,
                               const std::vector<frontend::ArgInfo>& args) {
  std::string message = absl::StrCat("aggregator '", std::string(spec.name), "' expects ",
                                     AllSignatures(spec.signatures), ", found ", ArgsText(args));
  bool any_count = false;
  size_t max_count = 0;
  int furthest = -1;
  for (const Signature& sig : spec.signatures) {
    max_count = std::max(max_count, sig.params.size());
    if (sig.params.size() != args.size()) continue;
    any_count = true;
    int mismatch = -1;
    for (size_t i = 0; i < args.size() && mismatch < 0; ++i) {
      if (!sig.params[i].types.Contains(args[i].type)) mismatch = static_cast<int>(i);
    }
    if (mismatch < 0) return spec.result(args);
    furthest = std::max(furthest, mismatch);
  }
  if (!any_count) {
    int index = args.size() > max_count ? static_cast<int>(max_count) : -1;
    return frontend::LookupError{DiagCode::kWrongArgumentCount, message, index};
  }
  return frontend::LookupError{DiagCode::kWrongArgumentType, message, furthest};
}

}  // namespace

AggregatorDef MakeAggregatorDef(const AggregatorSpec& spec) {
  AggregatorDef def;
  def.name = std::string(spec.name);
  std::vector<std::string> texts;
  for (const Signature& sig : spec.signatures) {
    texts.push_back(absl::StrCat(std::string(spec.name), SignatureText(sig), " -> ",
                                 std::string(spec.result_doc)));
  }
  def.signature = absl::StrJoin(texts, " | ");
  def.description = std::string(spec.description);
  def.example = std::string(spec.example);
  def.resolve = [spec](const std::vector<frontend::ArgInfo>& args) { return Resolve(spec, args); };
  def.bind = [make = spec.make](const std::vector<frontend::ArgInfo>& args, Type result)
      -> absl::StatusOr<std::unique_ptr<Aggregator>> {
    return make(args.empty() ? Type::kObject : args[0].type, result);
  };
  return def;
}

Type ResultOfArgument(const std::vector<frontend::ArgInfo>& args) { return args[0].type; }

Type WidenedNumeric(const std::vector<frontend::ArgInfo>& args) {
  return IsIntegral(args[0].type) ? Type::kLong : Type::kDouble;
}

}  // namespace talon::exec
