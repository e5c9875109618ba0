// `talon`: the command-line tool. Subcommands: check, explain, run, conformance, repl,
// dev-kafka (see --help).
// CLI11 reports parse errors and --help by throwing; this file is the one place that catches.
#include <memory>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "runtime/engine.h"
#include "tools/command.h"

int main(int argc, char** argv) {
  talon::exec::TuneAllocatorForStreaming();
  CLI::App app{"talon: a compiler and runtime for Siddhi 5.1 CQL streaming apps", "talon"};
  app.require_subcommand(1);
  app.footer("Run 'talon SUBCOMMAND --help' for the options of each subcommand.\n");

  std::vector<std::unique_ptr<talon::tools::Command>> commands;
  commands.push_back(talon::tools::NewCheckCommand());
  commands.push_back(talon::tools::NewExplainCommand());
  commands.push_back(talon::tools::NewRunCommand());
  commands.push_back(talon::tools::NewConformanceCommand());
  commands.push_back(talon::tools::NewReplCommand());
  commands.push_back(talon::tools::NewCompileCommand());
  commands.push_back(talon::tools::NewDevKafkaCommand());
  std::vector<CLI::App*> subcommands;
  for (const auto& command : commands) subcommands.push_back(command->Register(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help exits 0; a usage error exits 2, as most Unix tools do.
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  for (size_t i = 0; i < commands.size(); ++i) {
    if (subcommands[i]->parsed()) return commands[i]->Run();
  }
  return 2;  // unreachable: require_subcommand(1) rejects a command line without one
}
