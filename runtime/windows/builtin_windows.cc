// Registration of the built-in windows: one table, one row per window file.
#include "runtime/windows/builtin_windows.h"

#include "runtime/registry.h"

namespace talon::exec {

void RegisterBuiltinWindows(Registry& registry) {
  using MakeDef = WindowDef (*)();
  static constexpr MakeDef kWindows[] = {
      LengthWindowDef,        LengthBatchWindowDef,       TimeWindowDef,
      TimeBatchWindowDef,     TimeLengthWindowDef,        ExternalTimeWindowDef,
      ExternalTimeBatchWindowDef, SortWindowDef,          DelayWindowDef,
      BatchWindowDef,         SessionWindowDef,           FrequentWindowDef,
      LossyFrequentWindowDef, CronWindowDef,      ExpressionWindowDef,
      ExpressionBatchWindowDef,
  };
  for (MakeDef make : kWindows) registry.AddWindow(make());
}

}  // namespace talon::exec
