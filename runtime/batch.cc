#include "runtime/batch.h"

#include "frontend/base/check.h"

namespace talon::exec {

Batch::Batch(const Schema& schema) {
  columns_.reserve(schema.size());
  for (const Attribute& a : schema.attributes()) columns_.emplace_back(a.type);
}

void Batch::Append(Timestamp ts, EventKind kind, const std::vector<Value>& values) {
  TALON_DCHECK(values.size() == columns_.size());
  timestamps_.push_back(ts);
  kinds_.push_back(kind);
  for (size_t c = 0; c < columns_.size(); ++c) columns_[c].Append(values[c]);
}

void Batch::AppendRow(const Batch& other, size_t i) {
  AppendRow(other, i, other.kinds_[i], other.timestamps_[i]);
}

void Batch::AppendRow(const Batch& other, size_t i, EventKind kind, Timestamp ts) {
  TALON_DCHECK(other.columns_.size() == columns_.size());
  timestamps_.push_back(ts);
  kinds_.push_back(kind);
  for (size_t c = 0; c < columns_.size(); ++c) columns_[c].AppendFrom(other.columns_[c], i);
}

void Batch::Filter(const std::vector<uint8_t>& mask) {
  Batch kept;
  kept.columns_.reserve(columns_.size());
  for (const Column& c : columns_) kept.columns_.emplace_back(c.type());
  for (size_t i = 0; i < size(); ++i) {
    if (mask[i]) kept.AppendRow(*this, i);
  }
  *this = std::move(kept);
}

void Batch::Clear() {
  timestamps_.clear();
  kinds_.clear();
  for (Column& c : columns_) c.Clear();
}

std::vector<Value> Batch::Row(size_t i) const {
  std::vector<Value> row;
  row.reserve(columns_.size());
  for (const Column& c : columns_) row.push_back(c.Get(i));
  return row;
}

Event Batch::GetEvent(size_t i) const { return Event{timestamps_[i], Row(i), kinds_[i]}; }

}  // namespace talon::exec
