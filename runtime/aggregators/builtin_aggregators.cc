// Registration of the built-in attribute aggregators: one call per family file.
//
// Not registered: unionSet (UnionSetAttributeAggregatorExecutor) aggregates java.util.Set
// objects built by createSet(); Talon has no set values, so it waits for an object type that
// can hold one.
#include "runtime/aggregators/builtin_aggregators.h"

#include "runtime/registry.h"

namespace talon::exec {

void RegisterBuiltinAggregators(Registry& registry) {
  RegisterNumericAggregators(registry);
  RegisterCountAggregators(registry);
  RegisterExtremumAggregators(registry);
  RegisterLogicalAggregators(registry);
  RegisterStringAggregators(registry);
}

}  // namespace talon::exec
