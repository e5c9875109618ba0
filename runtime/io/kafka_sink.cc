// Kafka sink (siddhi-io-kafka's options): one message per event on `topic`, to partition.no
// when given, else by key; key='{{attribute}}' (or any template of attributes) keys each
// message, so a topic read by keyed policies is partitioned by their key. Producing is
// asynchronous (librdkafka batches); Flush waits for delivery, and the driver acknowledges
// input only after that. A full producer queue makes Write wait (backpressure).
#if TALON_WITH_KAFKA

#include <librdkafka/rdkafka.h>

#include <memory>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/io/kafka_client.h"
#include "runtime/io/payload_template.h"
#include "runtime/io/sink.h"

namespace talon::exec::io {
namespace {

class KafkaSink : public Sink {
 public:
  explicit KafkaSink(SinkConfig config) : config_(std::move(config)) {}
  ~KafkaSink() override { Close(); }

  absl::Status Open() override {
    const Options& options = config_.spec.options;
    const std::string& origin = config_.spec.origin;
    std::string bootstrap = options.Get("bootstrap.servers");
    topic_ = options.Get("topic");
    if (bootstrap.empty() || topic_.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(origin, ": bootstrap.servers and topic are required"));
    }
    if (topic_.find("{{") != std::string::npos) {
      return absl::InvalidArgumentError(
          absl::StrCat(origin, ": a topic taken from the event is not supported"));
    }
    TALON_ASSIGN_OR_RETURN(int64_t partition, options.GetInt("partition.no", -1));
    partition_ = partition < 0 ? RD_KAFKA_PARTITION_UA : static_cast<int32_t>(partition);
    if (options.Has("key")) {
      TALON_ASSIGN_OR_RETURN(PayloadTemplate key, PayloadTemplate::Parse(options.Get("key"),
                                                                         config_.schema));
      key_ = std::move(key);
    }
    TALON_ASSIGN_OR_RETURN(synchronous_, options.GetBool("is.synchronous", false));
    TALON_ASSIGN_OR_RETURN(bool binary, options.GetBool("is.binary.message", false));
    if (binary) {
      return absl::InvalidArgumentError(
          absl::StrCat(origin, ": is.binary.message='true' is not supported"));
    }
    options.Get("sequence.id");
    TALON_ASSIGN_OR_RETURN(rd_kafka_conf_t * conf, NewKafkaConf(config_.spec, bootstrap));
    if (!options.Has("kafka.linger.ms")) (void)SetKafkaConf(conf, "linger.ms", "5", origin);
    rd_kafka_conf_set_opaque(conf, this);
    rd_kafka_conf_set_dr_msg_cb(conf, &KafkaSink::DeliveryReport);
    char error[512];
    rk_ = rd_kafka_new(RD_KAFKA_PRODUCER, conf, error, sizeof(error));
    if (rk_ == nullptr) {
      return absl::FailedPreconditionError(
          absl::StrCat(origin, ": cannot create the Kafka producer: ", error));
    }
    rkt_ = rd_kafka_topic_new(rk_, topic_.c_str(), nullptr);
    return absl::OkStatus();
  }

  void Write(const std::vector<Event>& events) override {
    std::string payload, key;
    for (const Event& event : events) {
      payload.clear();
      key.clear();
      config_.mapper->Format(event, payload);
      if (key_) key_->Render(event, /*json=*/false, key);
      while (true) {
        int result = rd_kafka_produce(rkt_, partition_, RD_KAFKA_MSG_F_COPY, payload.data(),
                                      payload.size(), key_ ? key.data() : nullptr,
                                      key_ ? key.size() : 0, nullptr);
        if (result == 0) break;
        rd_kafka_resp_err_t err = rd_kafka_last_error();
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
          rd_kafka_poll(rk_, 100);  // wait for deliveries to make room
          continue;
        }
        ++failed_;
        config_.log(absl::StrCat(Describe(), ": produce failed: ", rd_kafka_err2str(err)));
        break;
      }
    }
    written_ += static_cast<int64_t>(events.size());
    rd_kafka_poll(rk_, 0);
    if (synchronous_) (void)Flush();
  }

  absl::Status Flush() override {
    if (rk_ == nullptr) return absl::OkStatus();
    rd_kafka_resp_err_t err = rd_kafka_flush(rk_, 30000);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      std::string message = absl::StrCat(Describe(), ": flush: ", rd_kafka_err2str(err), " (",
                                         rd_kafka_outq_len(rk_), " messages undelivered)");
      config_.log(message);
      return absl::UnavailableError(message);
    }
    return absl::OkStatus();
  }

  void Close() override {
    if (rk_ == nullptr) return;
    (void)Flush();
    rd_kafka_topic_destroy(rkt_);
    rd_kafka_destroy(rk_);
    rk_ = nullptr;
  }

  std::string Describe() const override {
    return absl::StrCat("kafka sink ", topic_, " of ", config_.stream);
  }

 private:
  static void DeliveryReport(rd_kafka_t*, const rd_kafka_message_t* message, void* opaque) {
    if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) return;
    auto* sink = static_cast<KafkaSink*>(opaque);
    ++sink->failed_;
    if (sink->failed_ <= 10) {
      sink->config_.log(absl::StrCat(sink->Describe(), ": delivery failed: ",
                                     rd_kafka_err2str(message->err)));
    }
  }

  SinkConfig config_;
  std::string topic_;
  int32_t partition_ = RD_KAFKA_PARTITION_UA;
  std::optional<PayloadTemplate> key_;
  bool synchronous_ = false;
  rd_kafka_t* rk_ = nullptr;
  rd_kafka_topic_t* rkt_ = nullptr;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Sink>> MakeKafkaSink(SinkConfig config) {
  return std::make_unique<KafkaSink>(std::move(config));
}

}  // namespace talon::exec::io

#else  // !TALON_WITH_KAFKA

#include "absl/strings/str_cat.h"
#include "runtime/io/sink.h"

namespace talon::exec::io {

absl::StatusOr<std::unique_ptr<Sink>> MakeKafkaSink(SinkConfig config) {
  return absl::UnimplementedError(absl::StrCat(
      config.spec.origin, ": this talon was built without Kafka (-DTALON_WITH_KAFKA=OFF)"));
}

}  // namespace talon::exec::io

#endif  // TALON_WITH_KAFKA
