// `talon run APP.cql [--input STREAM=URI ...] [--output STREAM=URI ...] [options]`: deploys an
// app and runs it over live I/O until its inputs end or it is stopped (Ctrl-C / SIGTERM drain
// what was read and exit cleanly). Streams bind to sources and sinks through the app's
// @source/@sink annotations and through these flags; runtime/io does the work (docs/io.md).
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "frontend/base/diagnostic.h"
#include "runtime/app_runtime.h"
#include "runtime/engine.h"
#include "runtime/io/io.h"
#include "tools/command.h"
#include "tools/text_file.h"

namespace talon::tools {
namespace {

volatile std::sig_atomic_t g_signals = 0;

// First SIGINT/SIGTERM: drain and exit cleanly. Second: exit at once.
void OnSignal(int) {
  g_signals = g_signals + 1;  // C++20 deprecates ++ on a volatile
  if (g_signals > 1) _exit(130);
  exec::io::IoRuntime::RequestStop();
}

class RunCommand : public Command {
 public:
  CLI::App* Register(CLI::App& parent) override {
    CLI::App* command = parent.add_subcommand(
        "run", "Run a CQL app over live I/O: files, TCP, Kafka (docs/io.md)");
    command->add_option("APP", app_file_, "CQL app file (.cql)")->required()->type_name("FILE");
    command
        ->add_option("--input", options_.inputs,
                     "STREAM=URI: feed STREAM from URI: a file (JSON lines; .csv CSV; .log/.txt "
                     "needs ?map=text&regex=...), - (stdin), tcp://HOST:PORT (a server), "
                     "kafka://BROKERS/TOPIC?group.id=G; options as ?key=value&...; repeatable")
        ->type_name("STREAM=URI");
    command
        ->add_option("--output", options_.outputs,
                     "STREAM=URI: write every event reaching STREAM to URI: a file, - (stdout), "
                     "log:, tcp://HOST:PORT, kafka://BROKERS/TOPIC?key={{attr}}; repeatable "
                     "(default, without --output or @sink: every derived stream to stdout)")
        ->type_name("STREAM=URI");
    command
        ->add_option("--time-attr", options_.time_attribute,
                     "int/long attribute holding each event's time (ms), in every input")
        ->type_name("NAME");
    command->add_option("--speed", options_.speed,
                        "replay files at this multiple of event-time speed (0: as fast as "
                        "possible)")
        ->default_val(0);
    command->add_flag("--follow", options_.follow,
                      "tail --input files: read them, then follow appended lines until stopped");
    command->add_option("--max-latency", options_.max_latency_ms,
                        "ms a partial batch (and an unflushed sink) may wait")
        ->default_val(5);
    command->add_option("--batch-size", options_.batch_size, "records per batch")
        ->default_val(4096);
    command->add_option("--max-line-bytes", options_.max_line_bytes,
                        "longer lines and messages are malformed (never buffered whole)")
        ->default_val(1 << 20);
    command->add_option("--bind", options_.bind_host,
                        "host tcp sources listen on unless they say (default 127.0.0.1)")
        ->default_val("127.0.0.1");
    command->add_option("--dead-letter", options_.dead_letter,
                        "write malformed records here (one per line, as read) unless the "
                        "stream's fault stream !S is consumed")
        ->type_name("FILE");
    command->add_option("--stats-interval", options_.stats_interval_s,
                        "print a stats line on stderr every N seconds (0: off)")
        ->default_val(0);
    command->add_option("--stats-json", options_.stats_json,
                        "keep FILE updated with the stats as JSON (and at exit)")
        ->type_name("FILE");
    command->add_option("--progress", progress_, "progress bar for file replays: auto|on|off")
        ->check(CLI::IsMember({"auto", "on", "off"}))
        ->default_val("auto");
    command
        ->add_option("--chunk", chunk_,
                     "hand records to the app one chunk per record (Siddhi's semantics), per "
                     "batch (fast; same output only for filter/projection apps), or auto")
        ->check(CLI::IsMember({"auto", "record", "batch"}))
        ->default_val("auto");
    command->add_flag("--state", state_,
                      "at exit, print on stderr the state each query holds (per window, join "
                      "and pattern: events and approximate bytes; per select step: groups), "
                      "as `talon explain --state` does");
    AddJitFlag(*command, jit_);
    command->footer(
        "Event time of a record: its JSON \"@time\" key, else --time-attr (or the source's "
        "event.time.attribute), else a long attribute named 'timestamp', else the record's "
        "position (file replays) or its arrival time (live inputs). File replays are merged "
        "by event time (ties keep binding order).\n"
        "Default output lines: {\"stream\": S, \"time\": T, \"data\": {ATTRIBUTE: VALUE, ...}}.\n"
        "Malformed records (bad JSON, wrong type, missing attribute, over-long line) are "
        "counted, shown on stderr with their position (the first 10 per source), and sent to "
        "the fault stream !S when a query reads it, else to --dead-letter. The last stderr "
        "line is 'N events in, M malformed, K alerts out' (followed by the state report "
        "with --state).\n"
        "Exit status: 0 when the run ended (even with malformed input), 1 when the app does "
        "not compile or an input/output cannot be opened, 2 on a usage error.\n");
    return command;
  }

  int Run() override {
    absl::Status status = RunApp();
    if (!status.ok()) {
      std::cerr << "talon run: " << status.message() << "\n";
      return 1;
    }
    return 0;
  }

 private:
  absl::Status RunApp() {
    absl::StatusOr<std::string> text = ReadTextFile(app_file_);
    if (!text.ok()) return text.status();
    exec::EngineOptions engine_options;
    engine_options.jit = ParseJitMode(jit_);
    absl::StatusOr<std::unique_ptr<exec::Engine>> engine = exec::Engine::Create(engine_options);
    if (!engine.ok()) return engine.status();
    Diagnostics diagnostics;
    absl::StatusOr<std::unique_ptr<exec::AppRuntime>> app =
        (*engine)->Deploy(*text, &diagnostics, app_file_);
    PrintDiagnostics(diagnostics);
    if (!app.ok()) {
      return diagnostics.has_errors()
                 ? absl::InvalidArgumentError(absl::StrCat(app_file_, " does not compile"))
                 : app.status();
    }
    options_.progress = progress_ == "on"    ? exec::io::Progress::kOn
                        : progress_ == "off" ? exec::io::Progress::kOff
                                             : exec::io::Progress::kAuto;
    options_.chunking = chunk_ == "record"  ? exec::io::Chunking::kRecord
                        : chunk_ == "batch" ? exec::io::Chunking::kBatch
                                            : exec::io::Chunking::kAuto;
    absl::StatusOr<std::unique_ptr<exec::io::IoRuntime>> io =
        exec::io::IoRuntime::Create(**app, options_);
    if (!io.ok()) return io.status();

    struct sigaction action {};
    action.sa_handler = OnSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    signal(SIGPIPE, SIG_IGN);

    absl::Status status = (*io)->Run();
    (*app)->Shutdown();
    if (!status.ok()) return status;
    const exec::io::RunSummary& summary = (*io)->summary();
    // Alerts on stdout come before the summary on stderr when both go to one terminal.
    std::cout.flush();
    std::fflush(stdout);
    std::cerr << summary.records_in << " events in, " << summary.malformed << " malformed, "
              << summary.events_out << " alerts out\n";
    if (state_) std::cerr << "state at exit:\n" << (*app)->StateReport();
    return absl::OkStatus();
  }

  std::string app_file_;
  exec::io::IoOptions options_;
  std::string progress_ = "auto";
  std::string chunk_ = "auto";
  std::string jit_ = "auto";
  bool state_ = false;
};

}  // namespace

std::unique_ptr<Command> NewRunCommand() { return std::make_unique<RunCommand>(); }

}  // namespace talon::tools
