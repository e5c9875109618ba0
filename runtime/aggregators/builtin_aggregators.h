// The built-in aggregator families, one file each; builtin_aggregators.cc registers them all.
#ifndef TALON_RUNTIME_AGGREGATORS_BUILTIN_AGGREGATORS_H_
#define TALON_RUNTIME_AGGREGATORS_BUILTIN_AGGREGATORS_H_

namespace talon::exec {

class Registry;

void RegisterNumericAggregators(Registry& registry);   // numeric_aggregators.cc: sum avg stdDev
void RegisterCountAggregators(Registry& registry);     // count_aggregators.cc: count distinctCount
void RegisterExtremumAggregators(Registry& registry);  // extremum_aggregators.cc: min max ...Forever
void RegisterLogicalAggregators(Registry& registry);   // logical_aggregators.cc: and or
void RegisterStringAggregators(Registry& registry);    // string_aggregators.cc: str:groupConcat

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATORS_BUILTIN_AGGREGATORS_H_
