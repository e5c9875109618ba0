#include "runtime/io/mapper.h"

#include "absl/strings/str_cat.h"

namespace talon::exec::io {

absl::StatusOr<std::unique_ptr<SourceMapper>> MakeSourceMapper(const MapSpec& map,
                                                               const Schema& schema) {
  if (map.type == "json") return MakeJsonSourceMapper(map, schema);
  if (map.type == "csv") return MakeCsvSourceMapper(map, schema);
  if (map.type == "text") return MakeTextSourceMapper(map, schema);
  return absl::InvalidArgumentError(
      absl::StrCat("@map(type='", map.type, "') is not supported; use json, csv or text"));
}

absl::StatusOr<std::unique_ptr<SinkMapper>> MakeSinkMapper(const MapSpec& map,
                                                           std::string_view stream,
                                                           const Schema& schema) {
  if (map.type == "json") return MakeJsonSinkMapper(map, stream, schema);
  if (map.type == "csv") return MakeCsvSinkMapper(map, schema);
  if (map.type == "text") return MakeTextSinkMapper(map, stream, schema);
  return absl::InvalidArgumentError(
      absl::StrCat("@map(type='", map.type, "') is not supported; use json, csv or text"));
}

}  // namespace talon::exec::io
