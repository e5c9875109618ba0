// The plain-C calling convention between JIT-compiled expression kernels (codegen/) and the
// runtime that calls them (runtime/expr/jit_kernels.cc). Nothing from LLVM and no C++ class
// crosses it, so the same signatures can later be served by ahead-of-time compiled objects.
//
// Column layout, by physical type of the attribute (the runtime's exec::Column forms):
//   bool, int, long -> `values` is int64_t[n] (int kept sign-extended, bool 0/1)
//   float, double   -> `values` is double[n]  (float kept widened to double)
//   string          -> `values` is std::string[n], read in place through the layout that
//                      codegen::Jit probes at start-up (see StringLayout in jit.cc); written
//                      only through the runtime symbol talon_string_assign
//   object          -> never passed; kernels that need it are not compiled
// `nulls` is uint8_t[n]: 0 = present, 1 = NULL. Pointers may be null when n == 0.
#ifndef TALON_CODEGEN_KERNEL_ABI_H_
#define TALON_CODEGEN_KERNEL_ABI_H_

#include <stdint.h>

extern "C" {

// One input column of the kernel's scope, indexed by the column's position in the scope.
struct TalonColumnView {
  const void* values;
  const uint8_t* nulls;
};

// One output column of a projection kernel, sized to n by the caller before the call.
struct TalonColumnOut {
  void* values;
  uint8_t* nulls;
};

// Writes mask[i] = 1 where the predicate is true for event i, 0 where it is false or NULL.
typedef void (*TalonFilterFn)(const TalonColumnView* cols, uint64_t n, uint8_t* mask);

// Evaluates k expressions for events [0, n): out[j].values[i] and out[j].nulls[i]. A NULL
// result writes nulls[i] = 1 and a zero value (strings are left untouched).
typedef void (*TalonProjectFn)(const TalonColumnView* cols, uint64_t n, TalonColumnOut* out);

}  // extern "C"

#endif  // TALON_CODEGEN_KERNEL_ABI_H_
