#include "runtime/windows/window.h"

#include <string>

namespace talon::exec {

void EndChunk(Batch& out, Timestamp ts) {
  if (out.empty() || IsChunkEnd(out, out.size() - 1)) return;
  std::vector<Value> nulls;
  nulls.reserve(out.column_count());
  for (const Column& c : out.columns()) nulls.push_back(Value::Null(c.type()));
  out.Append(ts, EventKind::kTimer, nulls);
}

void PrepareOutput(Batch& out, const Schema& schema) {
  if (out.column_count() != 0 || schema.size() == 0) return;
  for (const Attribute& a : schema.attributes()) out.columns().emplace_back(a.type, a.pruned);
}

size_t ApproxBatchBytes(const Batch& batch) {
  const size_t n = batch.size();
  size_t bytes = n * (sizeof(Timestamp) + sizeof(EventKind));
  for (const Column& c : batch.columns()) {
    if (c.pruned()) continue;  // keeps no values
    bytes += n;  // null flags
    switch (c.physical()) {
      case PhysicalType::kInt64:
      case PhysicalType::kDouble:
        bytes += n * 8;
        break;
      case PhysicalType::kString:
        for (size_t i = 0; i < n; ++i) {
          const std::string& s = c.strings()[i];
          bytes += sizeof(std::string);
          if (s.capacity() > 15) bytes += s.capacity() + 1;  // beyond the inline buffer
        }
        break;
      case PhysicalType::kObject:
        bytes += n * sizeof(Value);
        break;
    }
  }
  return bytes;
}

size_t Window::StateBytes(const WindowState& state) const {
  const size_t held = StateSize(state);
  if (held == 0) return 0;
  Batch contents;
  Contents(state, contents);
  if (contents.empty()) {
    // Nothing visible to sample (a batch window between batches): the fixed part of a row.
    size_t row = sizeof(Timestamp) + sizeof(EventKind);
    for (const Column& c : contents.columns()) {
      row += 1 + (c.physical() == PhysicalType::kString   ? sizeof(std::string)
                  : c.physical() == PhysicalType::kObject ? sizeof(Value)
                                                          : 8);
    }
    return held * row;
  }
  return static_cast<size_t>(static_cast<double>(ApproxBatchBytes(contents)) /
                             static_cast<double>(contents.size()) * static_cast<double>(held));
}

}  // namespace talon::exec
