// Mappers: between the records of a transport (a line, a Kafka message) and a stream's events.
// Source mappers parse straight into column batches (BatchBuilder); sink mappers format events.
// One file per format: json_mapper.cc, csv_mapper.cc, text_mapper.cc.
#ifndef TALON_RUNTIME_IO_MAPPER_H_
#define TALON_RUNTIME_IO_MAPPER_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "runtime/event.h"
#include "runtime/io/batch_builder.h"
#include "runtime/io/io_spec.h"

namespace talon::exec::io {

// Records handed to SourceMapper::Map are followed by at least this many readable bytes, so the
// JSON mapper can run simdjson without copying each record (simdjson reads ahead in blocks).
inline constexpr size_t kRecordPadding = 64;

class SourceMapper {
 public:
  virtual ~SourceMapper() = default;

  // Maps one record (without its line terminator) into rows of `out`, usually one. On error
  // (InvalidArgument, naming what is wrong) no row of the record stays in `out`.
  virtual absl::Status Map(std::string_view record, BatchBuilder& out) = 0;

  // True while the mapper expects a header record (CSV with header.present='true'); Map then
  // reads the header instead of an event. A new mapper is made for each input (file, TCP
  // connection), so each has its own header.
  virtual bool expects_header() const { return false; }
};

class SinkMapper {
 public:
  virtual ~SinkMapper() = default;
  // Appends the text of one event, without a line terminator.
  virtual void Format(const Event& event, std::string& out) const = 0;
  // The first line of a file sink (a CSV header), or empty.
  virtual std::string Header() const { return ""; }
};

// Validates `map` against `schema` and makes a mapper; InvalidArgument for an unknown type or
// option. `stream` names the stream in output envelopes and messages.
absl::StatusOr<std::unique_ptr<SourceMapper>> MakeSourceMapper(const MapSpec& map,
                                                               const Schema& schema);
absl::StatusOr<std::unique_ptr<SinkMapper>> MakeSinkMapper(const MapSpec& map,
                                                           std::string_view stream,
                                                           const Schema& schema);

// Per-format factories (the files of each format).
absl::StatusOr<std::unique_ptr<SourceMapper>> MakeJsonSourceMapper(const MapSpec& map,
                                                                   const Schema& schema);
absl::StatusOr<std::unique_ptr<SourceMapper>> MakeCsvSourceMapper(const MapSpec& map,
                                                                  const Schema& schema);
absl::StatusOr<std::unique_ptr<SourceMapper>> MakeTextSourceMapper(const MapSpec& map,
                                                                   const Schema& schema);
absl::StatusOr<std::unique_ptr<SinkMapper>> MakeJsonSinkMapper(const MapSpec& map,
                                                               std::string_view stream,
                                                               const Schema& schema);
absl::StatusOr<std::unique_ptr<SinkMapper>> MakeCsvSinkMapper(const MapSpec& map,
                                                              const Schema& schema);
absl::StatusOr<std::unique_ptr<SinkMapper>> MakeTextSinkMapper(const MapSpec& map,
                                                               std::string_view stream,
                                                               const Schema& schema);

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_MAPPER_H_
