// `talon dev-kafka`: a Kafka cluster for development and tests (librdkafka's mock cluster, real
// protocol on 127.0.0.1) that stays up until killed; `talon dev-kafka offsets` prints a
// consumer group's committed offsets next to the partitions' end offsets.
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "runtime/io/io.h"
#include "tools/command.h"

namespace talon::tools {
namespace {

void OnSignal(int) { exec::io::IoRuntime::RequestStop(); }

class DevKafkaCommand : public Command {
 public:
  CLI::App* Register(CLI::App& parent) override {
    CLI::App* command = parent.add_subcommand(
        "dev-kafka",
        "Start a local Kafka cluster (librdkafka's mock brokers on 127.0.0.1) until killed");
    command->add_option("--brokers", options_.brokers, "number of brokers")->default_val(3);
    command
        ->add_option("--topic", options_.topics,
                     "NAME or NAME:PARTITIONS: create this topic; repeatable")
        ->type_name("NAME[:N]");
    command->add_option("--partitions", options_.default_partitions,
                        "partitions of a --topic given without a count")
        ->default_val(6);
    command->add_option("--bootstrap-file", options_.bootstrap_file,
                        "also write the bootstrap address to FILE (for scripts)")
        ->type_name("FILE");
    command->footer(
        "Prints 'bootstrap.servers=HOST:PORT,...' on stdout once the brokers listen. Data "
        "lives in memory and is gone when the process ends.\n");

    offsets_ = command->add_subcommand(
        "offsets", "Print a consumer group's committed offsets and the end offsets of a topic");
    offsets_->add_option("--bootstrap", bootstrap_, "bootstrap servers")->required();
    offsets_->add_option("--group", group_, "consumer group id")->required();
    offsets_->add_option("--topic", topic_, "topic")->required();
    offsets_->footer(
        "One line per partition: TOPIC PARTITION COMMITTED END LAG (COMMITTED -1: none). Exit "
        "status 0 when every partition's committed offset equals its end offset, 3 when some "
        "lag, 1 on error.\n");
    return command;
  }

  int Run() override {
    if (!exec::io::KafkaAvailable()) {
      std::cerr << "talon dev-kafka: this talon was built without Kafka "
                   "(-DTALON_WITH_KAFKA=OFF)\n";
      return 1;
    }
    if (offsets_->parsed()) return PrintOffsets();
    struct sigaction action {};
    action.sa_handler = OnSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    absl::Status status = exec::io::RunDevKafka(options_);
    if (!status.ok()) {
      std::cerr << "talon dev-kafka: " << status.message() << "\n";
      return 1;
    }
    return 0;
  }

 private:
  int PrintOffsets() {
    absl::StatusOr<std::vector<exec::io::PartitionOffsets>> offsets =
        exec::io::KafkaGroupOffsets(bootstrap_, group_, topic_);
    if (!offsets.ok()) {
      std::cerr << "talon dev-kafka offsets: " << offsets.status().message() << "\n";
      return 1;
    }
    bool caught_up = true;
    for (const exec::io::PartitionOffsets& p : *offsets) {
      int64_t lag = p.committed < 0 ? p.high - p.low : p.high - p.committed;
      caught_up = caught_up && lag == 0;
      std::cout << p.topic << " " << p.partition << " " << p.committed << " " << p.high << " "
                << lag << "\n";
    }
    return caught_up ? 0 : 3;
  }

  exec::io::DevKafkaOptions options_;
  CLI::App* offsets_ = nullptr;
  std::string bootstrap_;
  std::string group_;
  std::string topic_;
};

}  // namespace

std::unique_ptr<Command> NewDevKafkaCommand() { return std::make_unique<DevKafkaCommand>(); }

}  // namespace talon::tools
