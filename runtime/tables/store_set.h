// StoreSet: one app's stores, its in-memory tables and named windows, at their indexes in
// bound::App. AppRuntimeImpl owns it; joins, table sinks, `x in T` conditions (through
// EvalContext::stores) and on-demand queries reach the stores through it.
#ifndef TALON_RUNTIME_TABLES_STORE_SET_H_
#define TALON_RUNTIME_TABLES_STORE_SET_H_

#include <memory>
#include <vector>

#include "runtime/tables/in_memory_table.h"
#include "runtime/tables/named_window.h"

namespace talon::exec {

struct StoreSet {
  std::vector<std::unique_ptr<InMemoryTable>> tables;  // by bound::App::tables index
  std::vector<std::unique_ptr<NamedWindow>> windows;   // by bound::App::windows index
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TABLES_STORE_SET_H_
