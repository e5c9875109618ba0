#include "runtime/io/source.h"

#include <chrono>

namespace talon::exec::io {

int64_t WallClockMillis() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

BatchAssembler::BatchAssembler(const SourceConfig& config)
    : builder_(config.schema, config.batch_size),
      record_index_time_(config.record_index_time),
      arrival_time_(!config.record_index_time && !config.time_attribute),
      max_latency_(config.max_latency_ms),
      max_record_bytes_(config.max_line_bytes) {
  builder_.set_time_attribute(config.time_attribute);
}

void BatchAssembler::AddFault(std::string position, std::string error, std::string_view record) {
  if (empty()) first_ = Clock::now();
  ++records_;
  bytes_ += static_cast<int64_t>(record.size()) + 1;
  PushFault(std::move(position), std::move(error), record);
}

void BatchAssembler::PushFault(std::string position, std::string error, std::string_view record) {
  if (record.size() > max_record_bytes_) record = record.substr(0, max_record_bytes_);
  faults_.push_back(Fault{std::move(position), std::move(error), std::string(record)});
}

bool BatchAssembler::due(Clock::time_point now) const {
  return !empty() && now >= first_ + max_latency_;
}

Clock::time_point BatchAssembler::deadline() const { return first_ + max_latency_; }

SourceBatch BatchAssembler::Take() {
  SourceBatch batch;
  batch.events = builder_.Take();
  batch.faults = std::move(faults_);
  faults_.clear();
  batch.records = records_;
  batch.bytes = bytes_;
  records_ = 0;
  bytes_ = 0;
  return batch;
}

}  // namespace talon::exec::io
