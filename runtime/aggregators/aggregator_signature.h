// Building AggregatorDef rows from declarative specs: the accepted argument lists (Siddhi's
// @ParameterOverload, matched on exact types), the result type rule and a factory. The family
// files (numeric, count, extremum, logical) each hold a table of specs.
#ifndef TALON_RUNTIME_AGGREGATORS_AGGREGATOR_SIGNATURE_H_
#define TALON_RUNTIME_AGGREGATORS_AGGREGATOR_SIGNATURE_H_

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "runtime/aggregators/aggregator.h"
#include "runtime/functions/scalar_adapter.h"

namespace talon::exec {

struct AggregatorSpec {
  std::string_view name;
  std::vector<Signature> signatures;
  // The result type for accepted arguments (sum(int) -> long, min(x) -> type of x, ...).
  std::function<Type(const std::vector<frontend::ArgInfo>& args)> result;
  std::string_view result_doc;  // for the signature text
  // One call site's aggregator; `arg` is the argument's type (kObject for count()).
  std::function<std::unique_ptr<Aggregator>(Type arg, Type result)> make;
  std::string_view description;
  std::string_view example;
};

AggregatorDef MakeAggregatorDef(const AggregatorSpec& spec);

// Result rules shared by the families.
Type ResultOfArgument(const std::vector<frontend::ArgInfo>& args);  // min, max, ...
Type WidenedNumeric(const std::vector<frontend::ArgInfo>& args);    // sum: long or double

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATORS_AGGREGATOR_SIGNATURE_H_
