// Live I/O: the public face of runtime/io for the CLI (`talon run`, `talon dev-kafka`).
//
// An IoRuntime binds an app's streams to sources and sinks, from the app's
// @source/@sink(@map(...)) annotations and from --input/--output flags, then drives the app:
// sources parse records into column batches on their own threads and hand them, through a
// bounded queue, to the one thread that runs the app (AppRuntime is single-threaded); sinks
// are fed by stream callbacks on that thread. See docs/io.md for the annotations and flags.
#ifndef TALON_RUNTIME_IO_IO_H_
#define TALON_RUNTIME_IO_IO_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "runtime/app_runtime.h"

namespace talon::exec::io {

// How parsed records are handed to the app. Siddhi delivers each record (line, message) as a
// chunk of its own, and chunk boundaries change what aggregations and rate limiters emit, so
// kRecord is exact. kBatch hands whole batches as one chunk: the same output only for apps of
// filters and projections. kAuto picks kBatch for such apps and kRecord otherwise.
enum class Chunking { kAuto, kRecord, kBatch };

enum class Progress { kAuto, kOn, kOff };

struct IoOptions {
  std::vector<std::string> inputs;   // --input STREAM=URI
  std::vector<std::string> outputs;  // --output STREAM=URI
  std::string time_attribute;        // --time-attr: event time (ms) from this attribute
  double speed = 0;                  // file replay speed factor; 0: as fast as possible
  bool follow = false;               // --follow: tail --input files instead of reading once
  int64_t max_latency_ms = 5;        // a partial batch waits at most this long
  int64_t batch_size = 4096;         // records per batch
  int64_t queue_batches = 4;         // batches queued per source before it blocks
  int64_t max_line_bytes = 1 << 20;  // longer lines/records are malformed
  std::string bind_host = "127.0.0.1";  // default host of tcp sources
  std::string dead_letter;           // malformed records go here when no fault stream takes them
  double stats_interval_s = 0;       // stats line on stderr every N seconds; 0: only at exit
  std::string stats_json;            // stats as JSON, rewritten every interval and at exit
  Progress progress = Progress::kAuto;
  Chunking chunking = Chunking::kAuto;
  // No sinks at all: @sink annotations, --output and the default stdout output are ignored
  // (`talon explain --state` replays inputs only to measure state).
  bool discard_output = false;
};

struct RunSummary {
  int64_t records_in = 0;   // records read, malformed included
  int64_t malformed = 0;    // records that did not map (or that the engine refused)
  int64_t events_out = 0;   // events written by sinks
};

class IoRuntimeImpl;

class IoRuntime {
 public:
  // Binds `app`'s streams; `app` must outlive the IoRuntime and not be started yet.
  // InvalidArgument for a bad binding (unknown stream, option or map type), with its origin.
  static absl::StatusOr<std::unique_ptr<IoRuntime>> Create(AppRuntime& app, IoOptions options);
  ~IoRuntime();

  // Starts the app and the sources, and runs until every source has ended (finite inputs) or
  // a stop is requested; then drains what was read, flushes the sinks, commits Kafka offsets
  // and returns. Errors: a source or sink that cannot start (port in use, unreachable broker).
  absl::Status Run();
  const RunSummary& summary() const;

  // Async-signal-safe: makes Run drain and return (SIGINT/SIGTERM handlers call it).
  static void RequestStop();

 private:
  explicit IoRuntime(std::unique_ptr<IoRuntimeImpl> impl);
  std::unique_ptr<IoRuntimeImpl> impl_;
};

// ---------------------------------------------------------------------------------------------
// Kafka tooling (`talon dev-kafka`). Unimplemented when built without TALON_WITH_KAFKA.

bool KafkaAvailable();

struct DevKafkaOptions {
  int brokers = 3;
  std::vector<std::string> topics;  // NAME or NAME:PARTITIONS (default partitions below)
  int default_partitions = 6;
  std::string bootstrap_file;       // also write the bootstrap address here
};

// Starts librdkafka's mock cluster (real Kafka protocol on 127.0.0.1), creates the topics,
// prints "bootstrap.servers=HOST:PORT,..." on stdout and serves until RequestStop().
absl::Status RunDevKafka(const DevKafkaOptions& options);

struct PartitionOffsets {
  std::string topic;
  int partition = 0;
  int64_t committed = -1;  // -1: the group has no committed offset
  int64_t low = 0;         // log start
  int64_t high = 0;        // end offset (high watermark)
};

// The committed offsets of consumer group `group` on `topic`, and the partitions' watermarks.
absl::StatusOr<std::vector<PartitionOffsets>> KafkaGroupOffsets(const std::string& bootstrap,
                                                                const std::string& group,
                                                                const std::string& topic);

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_IO_H_
