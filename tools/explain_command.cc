// `talon explain [--jit=MODE] [--ir] [--state [--input STREAM=FILE ...]] FILE`: prints the
// resolved app and its plan; with --state, also what each stateful operator holds after
// replaying the inputs (runtime/io, outputs discarded).
#include <iostream>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "frontend/base/diagnostic.h"
#include "runtime/app_runtime.h"
#include "runtime/engine.h"
#include "runtime/io/io.h"
#include "tools/command.h"
#include "tools/text_file.h"

namespace talon::tools {
namespace {

class ExplainCommand : public Command {
 public:
  CLI::App* Register(CLI::App& parent) override {
    CLI::App* command = parent.add_subcommand(
        "explain", "Compile a CQL app and print its resolved form and execution plan");
    command->add_option("FILE", file_, "CQL app file (.cql)")->required()->type_name("FILE");
    command->add_flag("--ir", ir_,
                      "also print the optimized LLVM IR of every JIT-compiled kernel");
    CLI::Option* state = command->add_flag(
        "--state", state_,
        "also deploy the app, replay the --input files (outputs discarded) and print the state "
        "each query holds: per window, join and pattern the events held and their approximate "
        "bytes (summed over partition keys), per select step its groups; then tables and "
        "named windows");
    command
        ->add_option("--input", io_.inputs,
                     "STREAM=URI: with --state, replay URI into STREAM first, as `talon run "
                     "--input` does (a file: JSON lines, .csv, ...); repeatable")
        ->type_name("STREAM=URI")
        ->needs(state);
    command
        ->add_option("--time-attr", io_.time_attribute,
                     "with --input: int/long attribute holding each event's time (ms)")
        ->type_name("NAME")
        ->needs(state);
    AddJitFlag(*command, jit_);
    command->footer(
        "The plan goes to stdout, diagnostics to stderr. With --state the plan is followed by "
        "'state after N events in (M malformed):' and one block per query, e.g.\n"
        "  query q1:\n"
        "    window Window(length(3)): 3 events, ~129 B\n"
        "    select (2 projections [jit], 1 aggregates, group by, 2 groups)\n"
        "Bytes count the held values (8 per number, strings with their heap buffers, "
        "timestamps), not container slack. `talon run --state` prints the same report at exit.\n"
        "Exit status: 0 on success, 1 when the "
        "app has errors or cannot be read or an input cannot be opened, 2 on a usage error.\n");
    return command;
  }

  int Run() override {
    absl::StatusOr<std::string> text = ReadTextFile(file_);
    if (!text.ok()) {
      std::cerr << "talon explain: " << text.status().message() << "\n";
      return 1;
    }
    exec::EngineOptions options;
    options.jit = ParseJitMode(jit_);
    absl::StatusOr<std::unique_ptr<exec::Engine>> engine = exec::Engine::Create(options);
    if (!engine.ok()) {
      std::cerr << "talon explain: " << engine.status().message() << "\n";
      return 1;
    }
    Diagnostics diagnostics;
    absl::StatusOr<std::string> plan = (*engine)->Explain(*text, diagnostics, file_, ir_);
    PrintDiagnostics(diagnostics);
    if (!plan.ok()) {
      if (!diagnostics.has_errors()) std::cerr << file_ << ": error: " << plan.status() << "\n";
      return 1;
    }
    std::cout << *plan;
    if (!plan->empty() && plan->back() != '\n') std::cout << "\n";
    if (!state_) return 0;
    absl::Status status = PrintState(**engine, *text);
    if (!status.ok()) {
      std::cerr << "talon explain: " << status.message() << "\n";
      return 1;
    }
    return 0;
  }

 private:
  absl::Status PrintState(exec::Engine& engine, const std::string& text) {
    Diagnostics diagnostics;
    absl::StatusOr<std::unique_ptr<exec::AppRuntime>> app =
        engine.Deploy(text, &diagnostics, file_);
    if (!app.ok()) return app.status();
    std::string heading = "state (no events replayed):";
    if (io_.inputs.empty()) {
      if (absl::Status s = (*app)->Start(0); !s.ok()) return s;
    } else {
      io_.discard_output = true;
      io_.progress = exec::io::Progress::kOff;
      absl::StatusOr<std::unique_ptr<exec::io::IoRuntime>> io =
          exec::io::IoRuntime::Create(**app, io_);
      if (!io.ok()) return io.status();
      if (absl::Status s = (*io)->Run(); !s.ok()) return s;
      const exec::io::RunSummary& summary = (*io)->summary();
      heading = absl::StrCat("state after ", summary.records_in, " events in (",
                             summary.malformed, " malformed):");
    }
    std::cout << heading << "\n" << (*app)->StateReport();
    return absl::OkStatus();
  }

  std::string file_;
  bool ir_ = false;
  bool state_ = false;
  exec::io::IoOptions io_;
  std::string jit_ = "auto";
};

}  // namespace

std::unique_ptr<Command> NewExplainCommand() { return std::make_unique<ExplainCommand>(); }

}  // namespace talon::tools
