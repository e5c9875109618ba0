// `talon explain [--jit=MODE] FILE`: prints the resolved app and its plan.
#include <iostream>
#include <string>

#include "CLI/CLI.hpp"
#include "frontend/base/diagnostic.h"
#include "runtime/engine.h"
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
    AddJitFlag(*command, jit_);
    command->footer(
        "The plan goes to stdout, diagnostics to stderr. Exit status: 0 on success, 1 when the "
        "app has errors or cannot be read, 2 on a usage error.\n");
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
    return 0;
  }

 private:
  std::string file_;
  bool ir_ = false;
  std::string jit_ = "auto";
};

}  // namespace

std::unique_ptr<Command> NewExplainCommand() { return std::make_unique<ExplainCommand>(); }

}  // namespace talon::tools
