// Registration of the built-in windows (length, time, lengthBatch, timeBatch, ...).
#include "runtime/registry.h"

namespace talon::exec {

// TODO: register the built-in windows here (one file per window under windows/, each adding its
// WindowDef row); another engineer owns them. Empty for now so that the registry links.
void RegisterBuiltinWindows(Registry& registry) {}

}  // namespace talon::exec
