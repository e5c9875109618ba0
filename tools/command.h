// Command: one `talon` subcommand. main.cc registers every command with CLI11, parses the
// command line once, then runs the chosen one. Also the flags and output shared by commands.
#ifndef TALON_TOOLS_COMMAND_H_
#define TALON_TOOLS_COMMAND_H_

#include <memory>
#include <string>

#include "frontend/base/diagnostic.h"
#include "runtime/options.h"

namespace CLI {
class App;
}  // namespace CLI

namespace talon::tools {

class Command {
 public:
  virtual ~Command() = default;
  // Declares the subcommand, its help text and its options on `parent`. Options bind to
  // members of this object, so it must outlive the parse. Returns the subcommand.
  virtual CLI::App* Register(CLI::App& parent) = 0;
  // Runs after a successful parse. Returns the process exit status. Never throws.
  virtual int Run() = 0;
};

std::unique_ptr<Command> NewCheckCommand();        // check_command.cc
std::unique_ptr<Command> NewExplainCommand();      // explain_command.cc
std::unique_ptr<Command> NewRunCommand();          // run_command.cc
std::unique_ptr<Command> NewConformanceCommand();  // conformance_command.cc
std::unique_ptr<Command> NewReplCommand();         // repl_command.cc
std::unique_ptr<Command> NewCompileCommand();      // compile_command.cc
std::unique_ptr<Command> NewDevKafkaCommand();     // dev_kafka_command.cc

// Adds `--jit=off|auto|force` bound to `mode` (default auto).
void AddJitFlag(CLI::App& command, std::string& mode);
// Maps a value accepted by AddJitFlag to the engine option.
exec::JitMode ParseJitMode(const std::string& mode);

// Writes every diagnostic (errors and warnings) to stderr, rendered with source line and carets.
void PrintDiagnostics(const Diagnostics& diagnostics);

}  // namespace talon::tools

#endif  // TALON_TOOLS_COMMAND_H_
