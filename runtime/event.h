// exec::Event: one event as it crosses the engine's API (input handlers, callbacks, on-demand
// query results). Inside the engine events live in column batches (batch.h).
#ifndef TALON_RUNTIME_EVENT_H_
#define TALON_RUNTIME_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/base/value.h"

namespace talon::exec {

using Timestamp = int64_t;

// Siddhi's ComplexEvent.Type.
enum class EventKind : uint8_t { kCurrent, kExpired, kTimer, kReset };

struct Event {
  Timestamp timestamp = 0;
  std::vector<Value> data;
  EventKind kind = EventKind::kCurrent;

  std::string ToString() const;  // "@1000 current [IBM, 700.0, 10]"
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_EVENT_H_
