#if TALON_WITH_KAFKA

#include "runtime/io/kafka_client.h"

#include <librdkafka/rdkafka.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace talon::exec::io {

absl::Status SetKafkaConf(rd_kafka_conf_t* conf, const std::string& key, const std::string& value,
                          const std::string& origin) {
  char error[512];
  if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), error, sizeof(error)) !=
      RD_KAFKA_CONF_OK) {
    return absl::InvalidArgumentError(absl::StrCat(origin, ": Kafka property ", key, "=", value,
                                                   ": ", error));
  }
  return absl::OkStatus();
}

absl::StatusOr<rd_kafka_conf_t*> NewKafkaConf(const IoSpec& spec, const std::string& bootstrap) {
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  auto fail = [&](absl::Status status) -> absl::StatusOr<rd_kafka_conf_t*> {
    rd_kafka_conf_destroy(conf);
    return status;
  };
  if (absl::Status status = SetKafkaConf(conf, "bootstrap.servers", bootstrap, spec.origin);
      !status.ok()) {
    return fail(status);
  }
  (void)SetKafkaConf(conf, "client.id", "talon", spec.origin);
  // Siddhi: optional.configuration='key:value,key:value'.
  for (absl::string_view item :
       absl::StrSplit(spec.options.Get("optional.configuration"), ',', absl::SkipEmpty())) {
    std::vector<std::string> kv = absl::StrSplit(item, absl::MaxSplits(':', 1));
    if (kv.size() != 2) {
      return fail(absl::InvalidArgumentError(absl::StrCat(
          spec.origin, ": optional.configuration item '", std::string(item),
          "' is not key:value")));
    }
    if (absl::Status status = SetKafkaConf(conf, kv[0], kv[1], spec.origin); !status.ok()) {
      return fail(status);
    }
  }
  // Talon: kafka.KEY='value' for any librdkafka property.
  for (const auto& [key, value] : spec.options.WithPrefix("kafka.")) {
    if (absl::Status status = SetKafkaConf(conf, key, value, spec.origin); !status.ok()) {
      return fail(status);
    }
  }
  return conf;
}

}  // namespace talon::exec::io

#endif  // TALON_WITH_KAFKA
