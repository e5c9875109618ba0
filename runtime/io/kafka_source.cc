// Kafka source (siddhi-io-kafka's options): librdkafka's high-level consumer in group
// group.id on topic.list (comma-separated), or on the partitions of partition.no.list when
// given (assigned, no group rebalancing). One thread polls; records map into batches in
// per-partition order.
//
// At-least-once: auto-commit is off. Each batch carries the highest offset of every partition
// it covers; the driver acknowledges a batch only after the sinks flushed the events it
// caused, and only acknowledged offsets are committed (every commit.interval.ms, on a
// rebalance before the partitions go, and at shutdown). A crash loses at most the
// uncommitted tail, which is read again: duplicates, never gaps.
//
// start.from='committed' (default: the group's committed offset, else auto.offset.reset,
// earliest unless set), 'earliest' or 'latest' (ignore committed offsets).
#if TALON_WITH_KAFKA

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "frontend/base/status_macros.h"
#include "runtime/io/attribute_text.h"
#include "runtime/io/kafka_client.h"
#include "runtime/io/source.h"

namespace talon::exec::io {
namespace {

using TopicPartition = std::pair<std::string, int32_t>;

struct PartitionInfo {
  int64_t acked = -1;      // next offset whose record's effects are not out yet
  int64_t committed = -1;  // last offset committed
  int64_t high = -1;       // high watermark (end offset) as last seen
  bool assigned = false;
};

class KafkaSource : public Source {
 public:
  explicit KafkaSource(SourceConfig config) : config_(std::move(config)) {}
  ~KafkaSource() override {
    if (rk_ != nullptr) {
      rd_kafka_consumer_close(rk_);
      rd_kafka_destroy(rk_);
    }
  }

  absl::Status Open() override {
    const Options& options = config_.spec.options;
    const std::string& origin = config_.spec.origin;
    std::string bootstrap = options.Get("bootstrap.servers");
    if (bootstrap.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(origin, ": bootstrap.servers is missing"));
    }
    std::string topic_list = options.Get("topic.list", options.Get("topic"));
    topics_ = absl::StrSplit(topic_list, ',', absl::SkipEmpty());
    for (std::string& topic : topics_) topic.erase(0, topic.find_first_not_of(' '));
    if (topics_.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(origin, ": topic.list is missing"));
    }
    group_ = options.Get("group.id", absl::StrCat("talon-", config_.stream));
    start_from_ = options.Get("start.from", "committed");
    if (start_from_ != "committed" && start_from_ != "earliest" && start_from_ != "latest") {
      return absl::InvalidArgumentError(absl::StrCat(
          origin, ": start.from='", start_from_, "': expected committed, earliest or latest"));
    }
    TALON_ASSIGN_OR_RETURN(commit_, options.GetBool("enable.offsets.commit", true));
    TALON_ASSIGN_OR_RETURN(commit_interval_ms_, options.GetInt("commit.interval.ms", 1000));
    TALON_ASSIGN_OR_RETURN(bool binary, options.GetBool("is.binary.message", false));
    if (binary) {
      return absl::InvalidArgumentError(
          absl::StrCat(origin, ": is.binary.message='true' is not supported (text records only)"));
    }
    for (const char* ignored : {"threading.option", "seq.enabled", "enable.async.commit",
                                "topic.offsets.map"}) {
      options.Get(ignored);
    }
    for (absl::string_view p :
         absl::StrSplit(options.Get("partition.no.list"), ',', absl::SkipEmpty())) {
      int partition = 0;
      if (!absl::SimpleAtoi(p, &partition)) {
        return absl::InvalidArgumentError(
            absl::StrCat(origin, ": partition.no.list has '", std::string(p), "'"));
      }
      partitions_.push_back(partition);
    }

    TALON_ASSIGN_OR_RETURN(rd_kafka_conf_t * conf, NewKafkaConf(config_.spec, bootstrap));
    auto set = [&](const char* key, const std::string& value) {
      return SetKafkaConf(conf, key, value, origin);
    };
    absl::Status status = set("group.id", group_);
    if (status.ok()) status = set("enable.auto.commit", "false");
    if (status.ok()) status = set("enable.auto.offset.store", "false");
    if (status.ok() && !options.Has("kafka.auto.offset.reset")) {
      status = set("auto.offset.reset", start_from_ == "latest" ? "latest" : "earliest");
    }
    if (!status.ok()) {
      rd_kafka_conf_destroy(conf);
      return status;
    }
    rd_kafka_conf_set_opaque(conf, this);
    rd_kafka_conf_set_rebalance_cb(conf, &KafkaSource::RebalanceCallback);
    char error[512];
    rk_ = rd_kafka_new(RD_KAFKA_CONSUMER, conf, error, sizeof(error));
    if (rk_ == nullptr) {
      return absl::FailedPreconditionError(
          absl::StrCat(origin, ": cannot create the Kafka consumer: ", error));
    }
    rd_kafka_poll_set_consumer(rk_);
    rd_kafka_topic_partition_list_t* list =
        rd_kafka_topic_partition_list_new(static_cast<int>(topics_.size()));
    rd_kafka_resp_err_t err;
    if (partitions_.empty()) {
      for (const std::string& topic : topics_) {
        rd_kafka_topic_partition_list_add(list, topic.c_str(), RD_KAFKA_PARTITION_UA);
      }
      err = rd_kafka_subscribe(rk_, list);
    } else {
      for (const std::string& topic : topics_) {
        for (int partition : partitions_) {
          rd_kafka_topic_partition_t* tp =
              rd_kafka_topic_partition_list_add(list, topic.c_str(), partition);
          tp->offset = StartOffset();
          std::lock_guard lock(mutex_);
          info_[{topic, partition}].assigned = true;
        }
      }
      err = rd_kafka_assign(rk_, list);
    }
    rd_kafka_topic_partition_list_destroy(list);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      return absl::FailedPreconditionError(
          absl::StrCat(origin, ": cannot subscribe: ", rd_kafka_err2str(err)));
    }
    return absl::OkStatus();
  }

  std::string Describe() const override {
    return absl::StrCat("kafka ", absl::StrJoin(topics_, ","), " (group ", group_, ") -> ",
                        config_.stream);
  }

  void Run(SourceOutput& out) override {
    out_ = &out;
    absl::StatusOr<std::unique_ptr<SourceMapper>> mapper =
        MakeSourceMapper(config_.spec.map, config_.schema);
    mapper_ = std::move(*mapper);
    assembler_ = std::make_unique<BatchAssembler>(config_);
    std::vector<char> record;
    int64_t index = 0;
    auto next_commit = Clock::now() + std::chrono::milliseconds(commit_interval_ms_);
    auto next_watermarks = Clock::now();
    while (!out.stopping()) {
      int timeout_ms = 100;
      if (!assembler_->empty()) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            assembler_->deadline() - Clock::now());
        timeout_ms = static_cast<int>(std::clamp<int64_t>(left.count(), 0, 100));
      }
      rd_kafka_message_t* message = rd_kafka_consumer_poll(rk_, timeout_ms);
      if (message != nullptr) {
        if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
          // Copy into a padded buffer: mappers parse in place and read ahead.
          record.resize(message->len + kRecordPadding);
          if (message->len > 0) std::memcpy(record.data(), message->payload, message->len);
          std::memset(record.data() + message->len, 0, kRecordPadding);
          std::string topic = rd_kafka_topic_name(message->rkt);
          int32_t partition = message->partition;
          int64_t offset = message->offset;
          std::string_view text(record.data(), message->len);
          auto position = [&] { return absl::StrCat(topic, "/", partition, "/", offset); };
          if (message->len > config_.max_line_bytes) {
            assembler_->AddFault(position(),
                                 absl::StrCat("message longer than ", config_.max_line_bytes,
                                              " bytes"),
                                 text);
          } else {
            assembler_->Add(*mapper_, text, index++, position);
          }
          int64_t& last = batch_offsets_[{topic, partition}];
          last = std::max(last, offset + 1);
          // A gap means records this consumer never saw: deleted by retention before it got
          // there (or compaction, or transaction markers). Say so; it is not silent loss.
          auto [next, inserted] = next_offsets_.try_emplace({topic, partition}, offset);
          if (!inserted && offset > next->second) {
            out.Log(absl::StrCat(Describe(), ": ", topic, "/", partition, " offsets ",
                                 next->second, "..", offset - 1,
                                 " were not delivered (retention, compaction or transaction "
                                 "markers)"));
          }
          next->second = offset + 1;
          if (assembler_->full()) Push(false);
        } else if (message->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
          out.Log(absl::StrCat(Describe(), ": ", rd_kafka_message_errstr(message)));
        }
        rd_kafka_message_destroy(message);
      }
      auto now = Clock::now();
      if (assembler_->due(now)) Push(false);
      if (now >= next_commit) {
        Commit(/*only=*/nullptr);
        next_commit = now + std::chrono::milliseconds(commit_interval_ms_);
      }
      if (now >= next_watermarks) {
        UpdateWatermarks();
        next_watermarks = now + std::chrono::seconds(1);
      }
    }
    // Stopping: hand over the rest, wait for the driver to acknowledge everything in flight
    // (it keeps running until this source ends), commit, leave the group.
    Push(true);
    WaitForAcks(std::chrono::seconds(30));
    Commit(nullptr);
    UpdateWatermarks();
    rd_kafka_consumer_close(rk_);
    rd_kafka_destroy(rk_);
    rk_ = nullptr;
  }

  std::string StatsJson() const override {
    std::lock_guard lock(mutex_);
    std::vector<std::string> parts;
    for (const auto& [tp, info] : info_) {
      int64_t lag = info.high >= 0 && info.acked >= 0 ? info.high - info.acked : -1;
      std::string topic;
      AppendJsonString(tp.first, topic);
      parts.push_back(absl::StrCat("{\"topic\": ", topic, ", \"partition\": ", tp.second,
                                   ", \"assigned\": ", info.assigned ? "true" : "false",
                                   ", \"processed\": ", info.acked, ", \"committed\": ",
                                   info.committed, ", \"high\": ", info.high, ", \"lag\": ", lag,
                                   "}"));
    }
    return absl::StrCat("\"group\": \"", group_, "\", \"partitions\": [",
                        absl::StrJoin(parts, ", "), "]");
  }

  std::string StatsText() const override {
    std::lock_guard lock(mutex_);
    std::vector<std::string> parts;
    for (const auto& [tp, info] : info_) {
      if (!info.assigned) continue;
      int64_t lag = info.high >= 0 && info.acked >= 0 ? info.high - info.acked : -1;
      parts.push_back(absl::StrCat(tp.first, "[", tp.second, "]=", lag < 0 ? "?" : absl::StrCat(lag)));
    }
    if (parts.empty()) return "kafka: no partitions assigned";
    return absl::StrCat("kafka lag ", absl::StrJoin(parts, " "));
  }

 private:
  int64_t StartOffset() const {
    if (start_from_ == "earliest") return RD_KAFKA_OFFSET_BEGINNING;
    if (start_from_ == "latest") return RD_KAFKA_OFFSET_END;
    return RD_KAFKA_OFFSET_STORED;
  }

  void Push(bool end) {
    if (assembler_->empty() && !end) return;
    SourceBatch batch = assembler_->Take();
    batch.end = end;
    if (!batch_offsets_.empty()) {
      std::map<TopicPartition, int64_t> offsets = std::move(batch_offsets_);
      batch_offsets_.clear();
      {
        std::lock_guard lock(mutex_);
        ++in_flight_;
      }
      batch.ack = [this, offsets = std::move(offsets)] {
        std::lock_guard lock(mutex_);
        for (const auto& [tp, next] : offsets) {
          PartitionInfo& info = info_[tp];
          info.acked = std::max(info.acked, next);
        }
        --in_flight_;
        acked_.notify_all();
      };
    }
    out_->Push(std::move(batch));
  }

  void WaitForAcks(std::chrono::seconds timeout) {
    std::unique_lock lock(mutex_);
    if (!acked_.wait_for(lock, timeout, [&] { return in_flight_ == 0; })) {
      out_->Log(absl::StrCat(Describe(), ": ", in_flight_,
                             " batches not acknowledged in time; their offsets stay "
                             "uncommitted (they will be read again)"));
    }
  }

  // Commits every acknowledged offset not yet committed (of `only` partitions, if given).
  void Commit(const rd_kafka_topic_partition_list_t* only) {
    if (!commit_ || rk_ == nullptr) return;
    rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(8);
    {
      std::lock_guard lock(mutex_);
      for (const auto& [tp, info] : info_) {
        if (info.acked < 0 || info.acked == info.committed) continue;
        if (only != nullptr &&
            rd_kafka_topic_partition_list_find(only, tp.first.c_str(), tp.second) == nullptr) {
          continue;
        }
        rd_kafka_topic_partition_list_add(list, tp.first.c_str(), tp.second)->offset = info.acked;
      }
    }
    if (list->cnt > 0) {
      rd_kafka_resp_err_t err = rd_kafka_commit(rk_, list, /*async=*/0);
      if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        std::lock_guard lock(mutex_);
        for (int i = 0; i < list->cnt; ++i) {
          const rd_kafka_topic_partition_t& tp = list->elems[i];
          if (tp.err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            info_[{tp.topic, tp.partition}].committed = tp.offset;
          }
        }
      } else if (err != RD_KAFKA_RESP_ERR__NO_OFFSET) {
        out_->Log(absl::StrCat(Describe(), ": commit failed: ", rd_kafka_err2str(err)));
      }
    }
    rd_kafka_topic_partition_list_destroy(list);
  }

  void UpdateWatermarks() {
    if (rk_ == nullptr) return;
    std::vector<TopicPartition> assigned;
    {
      std::lock_guard lock(mutex_);
      for (const auto& [tp, info] : info_) {
        if (info.assigned) assigned.push_back(tp);
      }
    }
    for (const TopicPartition& tp : assigned) {
      int64_t low = 0, high = 0;
      // The cached watermarks of the fetcher: no broker round trip.
      if (rd_kafka_get_watermark_offsets(rk_, tp.first.c_str(), tp.second, &low, &high) ==
              RD_KAFKA_RESP_ERR_NO_ERROR &&
          high >= 0) {
        std::lock_guard lock(mutex_);
        info_[tp].high = high;
      }
    }
  }

  static void RebalanceCallback(rd_kafka_t* rk, rd_kafka_resp_err_t err,
                                rd_kafka_topic_partition_list_t* partitions, void* opaque) {
    static_cast<KafkaSource*>(opaque)->Rebalance(rk, err, partitions);
  }

  void Rebalance(rd_kafka_t* rk, rd_kafka_resp_err_t err,
                 rd_kafka_topic_partition_list_t* partitions) {
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
      std::lock_guard lock(mutex_);
      for (int i = 0; i < partitions->cnt; ++i) {
        rd_kafka_topic_partition_t& tp = partitions->elems[i];
        PartitionInfo& info = info_[{tp.topic, tp.partition}];
        // earliest/latest apply when this process first gets the partition; after that the
        // group's committed offsets (ours) say where to go on.
        if (!info.assigned && info.acked < 0 && start_from_ != "committed") {
          tp.offset = StartOffset();
        }
        info.assigned = true;
      }
      rd_kafka_assign(rk, partitions);
      if (out_ != nullptr) {
        out_->Log(absl::StrCat(Describe(), ": assigned ", PartitionNames(partitions)));
      }
      return;
    }
    // Revoked: whatever was read from these partitions is handed over, its effects awaited
    // and committed before another member takes them, so it is not read twice.
    if (out_ != nullptr && assembler_ != nullptr) {
      Push(false);
      WaitForAcks(std::chrono::seconds(10));
      Commit(partitions);
      out_->Log(absl::StrCat(Describe(), ": revoked ", PartitionNames(partitions)));
    }
    {
      std::lock_guard lock(mutex_);
      for (int i = 0; i < partitions->cnt; ++i) {
        info_[{partitions->elems[i].topic, partitions->elems[i].partition}].assigned = false;
      }
    }
    rd_kafka_assign(rk, nullptr);
  }

  static std::string PartitionNames(const rd_kafka_topic_partition_list_t* partitions) {
    std::vector<std::string> names;
    for (int i = 0; i < partitions->cnt; ++i) {
      names.push_back(absl::StrCat(partitions->elems[i].topic, "[", partitions->elems[i].partition,
                                   "]"));
    }
    return names.empty() ? "nothing" : absl::StrJoin(names, " ");
  }

  SourceConfig config_;
  std::vector<std::string> topics_;
  std::vector<int> partitions_;
  std::string group_;
  std::string start_from_;
  bool commit_ = true;
  int64_t commit_interval_ms_ = 1000;
  rd_kafka_t* rk_ = nullptr;

  SourceOutput* out_ = nullptr;
  std::unique_ptr<SourceMapper> mapper_;
  std::unique_ptr<BatchAssembler> assembler_;
  std::map<TopicPartition, int64_t> batch_offsets_;  // of the batch being assembled
  std::map<TopicPartition, int64_t> next_offsets_;   // the offset expected next, per partition

  mutable std::mutex mutex_;  // guards info_ and in_flight_ (acks come from the app's thread)
  std::condition_variable acked_;
  std::map<TopicPartition, PartitionInfo> info_;
  int in_flight_ = 0;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Source>> MakeKafkaSource(SourceConfig config) {
  return std::make_unique<KafkaSource>(std::move(config));
}

}  // namespace talon::exec::io

#else  // !TALON_WITH_KAFKA

#include "absl/strings/str_cat.h"
#include "runtime/io/source.h"

namespace talon::exec::io {

absl::StatusOr<std::unique_ptr<Source>> MakeKafkaSource(SourceConfig config) {
  return absl::UnimplementedError(absl::StrCat(
      config.spec.origin, ": this talon was built without Kafka (-DTALON_WITH_KAFKA=OFF)"));
}

}  // namespace talon::exec::io

#endif  // TALON_WITH_KAFKA
