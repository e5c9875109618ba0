// IoSpec: one binding of a stream to a source or a sink, with the transport's options and its
// @map, read from an @source/@sink annotation or from a --input/--output flag. Option names
// are Siddhi's (siddhi-io-file, siddhi-io-tcp, siddhi-io-kafka, siddhi-map-json/csv/text)
// where Talon does the same thing; docs/io.md lists them.
#ifndef TALON_RUNTIME_IO_IO_SPEC_H_
#define TALON_RUNTIME_IO_IO_SPEC_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/ast.h"

namespace talon::exec::io {

// key='value' options. Lookups record which keys were read, so that a misspelled option is
// reported (UnusedKeys) instead of silently ignored. Copies share that record, so a spec's
// options can be checked after the source or sink built from a copy has read them.
class Options {
 public:
  void Set(std::string key, std::string value) { values_[std::move(key)] = std::move(value); }
  bool Has(std::string_view key) const { return values_.count(std::string(key)) > 0; }

  std::string Get(std::string_view key, std::string_view fallback = "") const;
  absl::StatusOr<bool> GetBool(std::string_view key, bool fallback) const;
  absl::StatusOr<int64_t> GetInt(std::string_view key, int64_t fallback) const;
  absl::StatusOr<double> GetDouble(std::string_view key, double fallback) const;
  // Every key with this prefix, prefix removed (e.g. Kafka client properties).
  std::vector<std::pair<std::string, std::string>> WithPrefix(std::string_view prefix) const;

  std::vector<std::string> UnusedKeys() const;
  const std::map<std::string, std::string>& values() const { return values_; }

 private:
  std::map<std::string, std::string> values_;
  std::shared_ptr<std::set<std::string>> used_ = std::make_shared<std::set<std::string>>();
};

struct MapSpec {
  std::string type = "json";  // json, csv, text
  Options options;
  // @attributes(name='path', ...) or positional @attributes('path', ...) (empty name).
  std::vector<std::pair<std::string, std::string>> attributes;
  // @payload('template') or @payload(name='template', ...).
  std::vector<std::pair<std::string, std::string>> payload;
};

struct IoSpec {
  enum class Direction { kSource, kSink };
  Direction direction = Direction::kSource;
  std::string stream;
  std::string type;  // file, tcp, kafka, log, stdout
  Options options;
  MapSpec map;
  std::string origin;  // for messages: "@source of stream 'S'" or "--input S=..."
};

// The @source/@sink annotations of one stream definition. `${NAME}` in a value is replaced by
// the environment variable NAME (Siddhi's system-parameter syntax); an unset one is an error.
absl::StatusOr<std::vector<IoSpec>> SpecsFromAnnotations(
    std::string_view stream, const std::vector<ast::Annotation>& annotations);

// A --input/--output flag, STREAM=URI, where URI is one of
//   PATH | file:PATH          a file (map from the extension: .csv csv, .log/.txt text, else json)
//   -                         stdin (input) or stdout (output)
//   tcp://HOST:PORT           a TCP server (input) or client (output)
//   kafka://BOOTSTRAP/TOPIC   Kafka topic(s) (comma-separated) on the given brokers
//   log:                      (output) readable lines on stderr
// followed by optional ?key=value&... options; `map=csv` chooses the mapper and `map.KEY=V`
// sets a mapper option (e.g. map.header.present=true). Other keys are transport options.
absl::StatusOr<IoSpec> SpecFromFlag(IoSpec::Direction direction, std::string_view flag);

// "true"/"false" (any case) -> bool.
std::optional<bool> ParseBool(std::string_view text);

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_IO_SPEC_H_
