// Sink: where the events of a stream go (file, stdout, log, TCP, Kafka), each record formatted
// by a SinkMapper. Sinks run on the app's thread, fed by stream callbacks; they buffer, and
// Flush makes what was written durable enough that Kafka offsets covering it may be
// committed.
#ifndef TALON_RUNTIME_IO_SINK_H_
#define TALON_RUNTIME_IO_SINK_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "runtime/event.h"
#include "runtime/io/io_spec.h"
#include "runtime/io/mapper.h"

namespace talon::exec::io {

struct SinkConfig {
  std::string stream;
  Schema schema;
  IoSpec spec;
  std::unique_ptr<SinkMapper> mapper;
  // Reports a problem (write error, dropped events) on stderr; thread-safe.
  std::function<void(const std::string&)> log;
};

class Sink {
 public:
  virtual ~Sink() = default;
  // Opens the file, connects, creates the producer. Errors name the sink.
  virtual absl::Status Open() = 0;
  // Every event that reached the stream, one chunk at a time.
  virtual void Write(const std::vector<Event>& events) = 0;
  // Hands buffered records on (write(2), send, Kafka delivery). Errors are also counted.
  virtual absl::Status Flush() = 0;
  virtual void Close() = 0;
  virtual std::string Describe() const = 0;

  int64_t written() const { return written_; }
  int64_t failed() const { return failed_; }

 protected:
  int64_t written_ = 0;
  int64_t failed_ = 0;
};

absl::StatusOr<std::unique_ptr<Sink>> MakeFileSink(SinkConfig config);  // file, stdout (-)
absl::StatusOr<std::unique_ptr<Sink>> MakeLogSink(SinkConfig config);
absl::StatusOr<std::unique_ptr<Sink>> MakeSocketSink(SinkConfig config);
absl::StatusOr<std::unique_ptr<Sink>> MakeKafkaSink(SinkConfig config);

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_SINK_H_
