// Registration of the built-in attribute aggregators (sum, avg, count, min, max, ...).
#include "runtime/registry.h"

namespace talon::exec {

// TODO: register the built-in aggregators here (one file per family under aggregators/, each
// adding its rows); another engineer owns them. Empty for now so that the registry links.
void RegisterBuiltinAggregators(Registry& registry) {}

}  // namespace talon::exec
