// `talon check FILE...`: compiles each app without running it and prints its diagnostics.
#include <iostream>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "frontend/base/diagnostic.h"
#include "runtime/engine.h"
#include "tools/command.h"
#include "tools/text_file.h"

namespace talon::tools {
namespace {

class CheckCommand : public Command {
 public:
  CLI::App* Register(CLI::App& parent) override {
    CLI::App* command = parent.add_subcommand(
        "check", "Compile CQL apps without running them; print errors and warnings to stderr");
    command->add_option("FILE", files_, "CQL app files (.cql)")->required()->type_name("FILE");
    command->footer(
        "Exit status: 0 when no file has an error (warnings allowed), 1 when any file has an "
        "error or cannot be read, 2 on a usage error.\n");
    return command;
  }

  int Run() override {
    absl::StatusOr<std::unique_ptr<exec::Engine>> engine = exec::Engine::Create();
    if (!engine.ok()) {
      std::cerr << "talon check: " << engine.status().message() << "\n";
      return 1;
    }
    bool any_error = false;
    for (const std::string& file : files_) {
      absl::StatusOr<std::string> text = ReadTextFile(file);
      if (!text.ok()) {
        std::cerr << "talon check: " << text.status().message() << "\n";
        any_error = true;
        continue;
      }
      Diagnostics diagnostics;
      absl::Status status = (*engine)->Check(*text, diagnostics, file);
      PrintDiagnostics(diagnostics);
      if (!status.ok()) {
        any_error = true;
        // A failure without an error diagnostic (an internal error) would otherwise be silent.
        if (!diagnostics.has_errors()) std::cerr << file << ": error: " << status << "\n";
      }
    }
    return any_error ? 1 : 0;
  }

 private:
  std::vector<std::string> files_;
};

}  // namespace

std::unique_ptr<Command> NewCheckCommand() { return std::make_unique<CheckCommand>(); }

}  // namespace talon::tools
