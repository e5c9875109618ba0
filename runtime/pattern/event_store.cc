#include "runtime/pattern/event_store.h"

#include "frontend/base/check.h"
#include "runtime/pattern/match.h"

namespace talon::exec::pattern {

EventStore::EventStore(const Schema& schema) {
  columns_.reserve(schema.size());
  for (const Attribute& a : schema.attributes()) columns_.emplace_back(a.type);
}

EventStore::~EventStore() {
  CountPatternMemory(0, -static_cast<int64_t>(live_rows()));
}

void EventStore::Free(uint32_t id) {
  free_.push_back(id);
  CountPatternMemory(0, -1);
}

uint32_t EventStore::Add(const Batch& chunk, size_t row, Timestamp ts) {
  uint32_t id;
  if (!free_.empty()) {
    id = free_.back();
    free_.pop_back();
  } else {
    id = static_cast<uint32_t>(timestamps_.size());
    TALON_CHECK(id < kEmptyEvent);
    timestamps_.push_back(0);
    refs_.push_back(0);
    for (Column& c : columns_) c.Resize(id + 1);
  }
  timestamps_[id] = ts;
  refs_[id] = 1;
  CountPatternMemory(0, 1);
  for (size_t c = 0; c < columns_.size(); ++c) CopyCell(chunk.column(c), row, columns_[c], id);
  return id;
}

void CopyCell(const Column& src, size_t i, Column& dst, size_t j) {
  if (src.IsNull(i)) {
    dst.SetNull(j);
    return;
  }
  switch (dst.physical()) {
    case PhysicalType::kInt64: dst.ints()[j] = src.ints()[i]; break;
    case PhysicalType::kDouble: dst.doubles()[j] = src.doubles()[i]; break;
    case PhysicalType::kString: dst.strings()[j] = src.strings()[i]; break;
    case PhysicalType::kObject: dst.Set(j, src.Get(i)); return;
  }
  dst.nulls()[j] = 0;
}

}  // namespace talon::exec::pattern
