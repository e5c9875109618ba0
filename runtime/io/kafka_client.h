// Shared pieces of the librdkafka clients (source, sink, dev tooling). Included only from the
// kafka_*.cc files, and only when built with TALON_WITH_KAFKA.
#ifndef TALON_RUNTIME_IO_KAFKA_CLIENT_H_
#define TALON_RUNTIME_IO_KAFKA_CLIENT_H_

#include <string>

#include "absl/status/statusor.h"
#include "runtime/io/io_spec.h"

typedef struct rd_kafka_conf_s rd_kafka_conf_t;

namespace talon::exec::io {

// A new librdkafka configuration with `bootstrap.servers`, then Siddhi's
// optional.configuration='key:value,key:value' and any `kafka.KEY='value'` option, so every
// librdkafka property can be set from an annotation. InvalidArgument names a bad property.
absl::StatusOr<rd_kafka_conf_t*> NewKafkaConf(const IoSpec& spec, const std::string& bootstrap);

// Sets one property; InvalidArgument with librdkafka's reason.
absl::Status SetKafkaConf(rd_kafka_conf_t* conf, const std::string& key, const std::string& value,
                          const std::string& origin);

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_KAFKA_CLIENT_H_
