// StoredEvent: one event kept by value, for the windows that index their events by key rather
// than by arrival (frequent, lossyFrequent): a row of Values and its timestamp.
#ifndef TALON_RUNTIME_WINDOWS_STORED_EVENT_H_
#define TALON_RUNTIME_WINDOWS_STORED_EVENT_H_

#include <string>
#include <vector>

#include "runtime/batch.h"

namespace talon::exec {

struct StoredEvent {
  Timestamp timestamp = 0;
  std::vector<Value> values;

  static StoredEvent FromRow(const Batch& batch, size_t i) {
    return StoredEvent{batch.timestamp(i), batch.Row(i)};
  }
  void Emit(EventKind kind, Timestamp ts, Batch& out) const { out.Append(ts, kind, values); }
};

// Siddhi's generateKey: the attributes' Java text, concatenated (all of them when `columns` is
// empty).
inline std::string ConcatenatedKey(const Batch& batch, size_t i, const std::vector<int>& columns) {
  std::string key;
  if (columns.empty()) {
    for (const Column& c : batch.columns()) key += c.Get(i).ToString();
  } else {
    for (int c : columns) key += batch.column(c).Get(i).ToString();
  }
  return key;
}

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_STORED_EVENT_H_
