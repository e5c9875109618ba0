// `talon dev-kafka`: librdkafka's mock cluster (real Kafka protocol over TCP on 127.0.0.1, in
// this process) for users and tests, and the committed-offset query tests use to check a
// consumer group.
#if TALON_WITH_KAFKA

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "runtime/io/io.h"
#include "runtime/io/source.h"

namespace talon::exec::io {

bool KafkaAvailable() { return true; }

absl::Status RunDevKafka(const DevKafkaOptions& options) {
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  char error[512];
  // Notices (level 5) would only say that this handle has no brokers of its own.
  rd_kafka_conf_set(conf, "log_level", "4", error, sizeof(error));
  // The mock cluster hangs off a client handle; a producer that never produces will do.
  rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, error, sizeof(error));
  if (rk == nullptr) return absl::InternalError(absl::StrCat("rd_kafka_new: ", error));
  rd_kafka_mock_cluster_t* cluster = rd_kafka_mock_cluster_new(rk, options.brokers);
  if (cluster == nullptr) {
    rd_kafka_destroy(rk);
    return absl::InternalError("cannot start librdkafka's mock cluster");
  }
  for (const std::string& topic_spec : options.topics) {
    std::string topic = topic_spec;
    int partitions = options.default_partitions;
    if (size_t colon = topic_spec.rfind(':'); colon != std::string::npos) {
      topic = topic_spec.substr(0, colon);
      if (!absl::SimpleAtoi(topic_spec.substr(colon + 1), &partitions) || partitions < 1) {
        rd_kafka_mock_cluster_destroy(cluster);
        rd_kafka_destroy(rk);
        return absl::InvalidArgumentError(
            absl::StrCat("--topic ", topic_spec, ": expected NAME or NAME:PARTITIONS"));
      }
    }
    rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(
        cluster, topic.c_str(), partitions, std::min(options.brokers, 3));
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      rd_kafka_mock_cluster_destroy(cluster);
      rd_kafka_destroy(rk);
      return absl::InternalError(
          absl::StrCat("creating topic ", topic, ": ", rd_kafka_err2str(err)));
    }
  }
  std::string bootstrap = rd_kafka_mock_cluster_bootstraps(cluster);
  std::printf("bootstrap.servers=%s\n", bootstrap.c_str());
  std::fflush(stdout);
  if (!options.bootstrap_file.empty()) {
    std::string temp = options.bootstrap_file + ".tmp";
    std::ofstream(temp) << bootstrap << "\n";
    std::rename(temp.c_str(), options.bootstrap_file.c_str());
  }
  while (!StopRequested()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  rd_kafka_mock_cluster_destroy(cluster);
  rd_kafka_destroy(rk);
  return absl::OkStatus();
}

absl::StatusOr<std::vector<PartitionOffsets>> KafkaGroupOffsets(const std::string& bootstrap,
                                                                const std::string& group,
                                                                const std::string& topic) {
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  char error[512];
  if (rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), error, sizeof(error)) !=
          RD_KAFKA_CONF_OK ||
      rd_kafka_conf_set(conf, "group.id", group.c_str(), error, sizeof(error)) !=
          RD_KAFKA_CONF_OK) {
    rd_kafka_conf_destroy(conf);
    return absl::InvalidArgumentError(error);
  }
  rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, error, sizeof(error));
  if (rk == nullptr) return absl::InternalError(absl::StrCat("rd_kafka_new: ", error));
  rd_kafka_topic_t* rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
  const rd_kafka_metadata_t* metadata = nullptr;
  rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, rkt, &metadata, 10000);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR || metadata->topic_cnt != 1 ||
      metadata->topics[0].err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    std::string reason = err != RD_KAFKA_RESP_ERR_NO_ERROR ? rd_kafka_err2str(err)
                         : metadata->topic_cnt == 1 ? rd_kafka_err2str(metadata->topics[0].err)
                                                    : "no such topic";
    if (metadata != nullptr) rd_kafka_metadata_destroy(metadata);
    rd_kafka_topic_destroy(rkt);
    rd_kafka_destroy(rk);
    return absl::UnavailableError(absl::StrCat("metadata of ", topic, ": ", reason));
  }
  int partitions = metadata->topics[0].partition_cnt;
  rd_kafka_metadata_destroy(metadata);
  rd_kafka_topic_destroy(rkt);

  rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(partitions);
  for (int p = 0; p < partitions; ++p) rd_kafka_topic_partition_list_add(list, topic.c_str(), p);
  err = rd_kafka_committed(rk, list, 10000);
  std::vector<PartitionOffsets> result;
  if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
    for (int i = 0; i < list->cnt; ++i) {
      PartitionOffsets offsets;
      offsets.topic = topic;
      offsets.partition = list->elems[i].partition;
      offsets.committed = list->elems[i].offset >= 0 ? list->elems[i].offset : -1;
      if (rd_kafka_query_watermark_offsets(rk, topic.c_str(), offsets.partition, &offsets.low,
                                           &offsets.high, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        offsets.low = offsets.high = -1;
      }
      result.push_back(offsets);
    }
  }
  rd_kafka_topic_partition_list_destroy(list);
  rd_kafka_destroy(rk);
  if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
    return absl::UnavailableError(absl::StrCat("committed offsets: ", rd_kafka_err2str(err)));
  }
  return result;
}

}  // namespace talon::exec::io

#else  // !TALON_WITH_KAFKA

#include "runtime/io/io.h"

namespace talon::exec::io {

bool KafkaAvailable() { return false; }

absl::Status RunDevKafka(const DevKafkaOptions&) {
  return absl::UnimplementedError("this talon was built without Kafka (-DTALON_WITH_KAFKA=OFF)");
}

absl::StatusOr<std::vector<PartitionOffsets>> KafkaGroupOffsets(const std::string&,
                                                                const std::string&,
                                                                const std::string&) {
  return absl::UnimplementedError("this talon was built without Kafka (-DTALON_WITH_KAFKA=OFF)");
}

}  // namespace talon::exec::io

#endif  // TALON_WITH_KAFKA
