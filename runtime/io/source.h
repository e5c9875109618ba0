// Source: reads records from a transport on its own thread, maps them into column batches and
// hands the batches to the thread that drives the app. What every source shares lives here:
// the batch handed over (SourceBatch), the malformed records it carries (Fault), and the
// assembler that maps records and decides when a batch is full or due.
#ifndef TALON_RUNTIME_IO_SOURCE_H_
#define TALON_RUNTIME_IO_SOURCE_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "runtime/batch.h"
#include "runtime/io/batch_builder.h"
#include "runtime/io/io_spec.h"
#include "runtime/io/mapper.h"

namespace talon::exec::io {

using Clock = std::chrono::steady_clock;

// Milliseconds since the Unix epoch (arrival times of live records).
int64_t WallClockMillis();

// True once IoRuntime::RequestStop was called (a signal): long-running loops that are not
// sources (`talon dev-kafka`) end on it too.
bool StopRequested();

// A record that did not map, or that the engine refused.
struct Fault {
  std::string position;  // "events.jsonl:12", "tcp 127.0.0.1:40312 line 3", "txn/2/1234"
  std::string error;
  std::string record;  // the raw record (at most max-line-bytes of it)
};

struct SourceBatch {
  Batch events;  // the stream's schema; kCurrent
  std::vector<Fault> faults;
  int64_t records = 0;  // records read for this batch, malformed included
  int64_t bytes = 0;
  // Finite inputs: bytes of the input read so far and its size, for the progress bar.
  int64_t input_done = 0;
  int64_t input_size = 0;
  bool end = false;  // the source has ended; nothing follows
  // Runs on the app's thread once the effects of this batch have been emitted (sinks
  // flushed): Kafka commits offsets only then (at-least-once).
  std::function<void()> ack;
};

// What a running source talks to. Implemented by the driver (io_runtime.cc).
class SourceOutput {
 public:
  virtual ~SourceOutput() = default;
  // Hands a batch over; blocks while this source already has its quota queued (backpressure:
  // a source never buffers without bound).
  virtual void Push(SourceBatch batch) = 0;
  // True once the run is stopping (signal, or every finite input done): sources return soon.
  virtual bool stopping() const = 0;
  // A line for stderr ("talon: ..."), e.g. "tcp source for S listening on 127.0.0.1:9892".
  virtual void Log(const std::string& line) = 0;
};

// What every source is built from.
struct SourceConfig {
  std::string stream;
  Schema schema;
  IoSpec spec;
  std::optional<size_t> time_attribute;  // event time from this (int/long) attribute
  bool record_index_time = false;        // else: the record's position (finite replays)
  size_t batch_size = 4096;
  int64_t max_latency_ms = 5;
  size_t max_line_bytes = 1 << 20;
  std::string bind_host = "127.0.0.1";
  bool follow = false;  // file sources: tail
};

class Source {
 public:
  virtual ~Source() = default;
  // Does what must succeed before the app starts (opens the file, binds the port, creates the
  // Kafka consumer). Errors name the source.
  virtual absl::Status Open() = 0;
  // Produces batches until the input ends or out.stopping(); the last batch has end=true.
  // Runs on the source's own thread.
  virtual void Run(SourceOutput& out) = 0;
  // A finite input read as fast as asked (file replay): the driver merges finite inputs by
  // event time and applies --speed to them.
  virtual bool finite() const { return false; }
  // Extra JSON members for the stats (Kafka: per-partition offsets and lag), e.g.
  // `"partitions": [...]`; empty for none. Called on the app's thread.
  virtual std::string StatsJson() const { return ""; }
  // Short text for the stats line (Kafka: "lag 12"); empty for none.
  virtual std::string StatsText() const { return ""; }
  virtual std::string Describe() const = 0;
};

// Maps records into a SourceBatch: successes into the column batch, failures into faults.
class BatchAssembler {
 public:
  explicit BatchAssembler(const SourceConfig& config);

  // Maps `record` (followed by kRecordPadding readable bytes) with `mapper`. `position` is
  // called only for a malformed record. `index` is the record's position in its input (the
  // event time of replays without a time attribute).
  template <typename PositionFn>
  void Add(SourceMapper& mapper, std::string_view record, int64_t index, PositionFn position) {
    if (empty()) first_ = Clock::now();
    ++records_;
    bytes_ += static_cast<int64_t>(record.size()) + 1;
    if (record_index_time_) {
      builder_.set_default_time(index);
    } else if (arrival_time_) {
      builder_.set_default_time(WallClockMillis());
    }
    absl::Status status = mapper.Map(record, builder_);
    if (!status.ok()) PushFault(position(), std::string(status.message()), record);
  }
  // A record refused before mapping (over-long line).
  void AddFault(std::string position, std::string error, std::string_view record);

  bool empty() const { return records_ == 0; }
  bool full() const { return builder_.full() || faults_.size() >= builder_.size() + 64; }
  // Non-empty and its first record has waited `max_latency`.
  bool due(Clock::time_point now) const;
  Clock::time_point deadline() const;
  SourceBatch Take();

 private:
  void PushFault(std::string position, std::string error, std::string_view record);

  BatchBuilder builder_;
  bool record_index_time_;
  bool arrival_time_;  // no time attribute: records take the wall clock when read
  std::chrono::milliseconds max_latency_;
  size_t max_record_bytes_;
  std::vector<Fault> faults_;
  int64_t records_ = 0;
  int64_t bytes_ = 0;
  Clock::time_point first_;
};

// Factories (one file each).
absl::StatusOr<std::unique_ptr<Source>> MakeFileSource(SourceConfig config);
absl::StatusOr<std::unique_ptr<Source>> MakeSocketSource(SourceConfig config);
absl::StatusOr<std::unique_ptr<Source>> MakeKafkaSource(SourceConfig config);

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_SOURCE_H_
