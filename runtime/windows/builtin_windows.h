// The built-in windows, one row-making function per file (each names the Siddhi processor whose
// behaviour it reproduces). builtin_windows.cc registers them as one table.
#ifndef TALON_RUNTIME_WINDOWS_BUILTIN_WINDOWS_H_
#define TALON_RUNTIME_WINDOWS_BUILTIN_WINDOWS_H_

#include "runtime/windows/window.h"

namespace talon::exec {

WindowDef LengthWindowDef();             // length_window.cc
WindowDef LengthBatchWindowDef();        // length_batch_window.cc
WindowDef TimeWindowDef();               // time_window.cc
WindowDef TimeBatchWindowDef();          // time_batch_window.cc
WindowDef TimeLengthWindowDef();         // time_length_window.cc
WindowDef ExternalTimeWindowDef();       // external_time_window.cc
WindowDef ExternalTimeBatchWindowDef();  // external_time_batch_window.cc
WindowDef SortWindowDef();               // sort_window.cc
WindowDef DelayWindowDef();              // delay_window.cc
WindowDef BatchWindowDef();              // batch_window.cc
WindowDef SessionWindowDef();            // session_window.cc
WindowDef FrequentWindowDef();           // frequent_window.cc
WindowDef LossyFrequentWindowDef();      // lossy_frequent_window.cc
WindowDef CronWindowDef();               // cron_window.cc
WindowDef ExpressionWindowDef();         // expression_window.cc
WindowDef ExpressionBatchWindowDef();    // expression_batch_window.cc

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_BUILTIN_WINDOWS_H_
