// `talon repl [FILE]`: the interactive policy REPL (repl/repl.h).
#include <iostream>
#include <string>

#include "CLI/CLI.hpp"
#include "repl/repl.h"
#include "runtime/engine.h"
#include "tools/command.h"

namespace talon::tools {
namespace {

class ReplCommand : public Command {
 public:
  CLI::App* Register(CLI::App& parent) override {
    CLI::App* command = parent.add_subcommand(
        "repl", "Interactive session: type CQL, deploy it, send events, advance time");
    command->add_option("FILE", file_, "a CQL app to load and deploy first")->type_name("FILE");
    AddJitFlag(*command, jit_);
    command->footer(repl::Repl::HelpText());
    return command;
  }

  int Run() override {
    exec::EngineOptions options;
    options.jit = ParseJitMode(jit_);
    absl::StatusOr<std::unique_ptr<exec::Engine>> engine = exec::Engine::Create(options);
    if (!engine.ok()) {
      std::cerr << "talon repl: " << engine.status().message() << "\n";
      return 1;
    }
    repl::Repl session(*std::move(engine), std::cout, std::cerr);
    if (!file_.empty()) session.Execute(":load " + file_);
    return session.RunInteractive();
  }

 private:
  std::string file_;
  std::string jit_;
};

}  // namespace

std::unique_ptr<Command> NewReplCommand() { return std::make_unique<ReplCommand>(); }

}  // namespace talon::tools
