// `talon compile [--stats] FILE...`: compiles each app the way deployment does — parse,
// analyze, plan, and JIT-compile every expression kernel — without running it. Ahead of
// deploy, it proves an app will load; with --stats it reports what compiling cost per query.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_format.h"
#include "frontend/base/diagnostic.h"
#include "runtime/engine.h"
#include "tools/command.h"
#include "tools/text_file.h"

namespace talon::tools {
namespace {

class CompileCommand : public Command {
 public:
  CLI::App* Register(CLI::App& parent) override {
    CLI::App* command = parent.add_subcommand(
        "compile", "Compile CQL apps as deployment would (including the JIT) without running them");
    command->add_option("FILE", files_, "CQL app files (.cql)")->required()->type_name("FILE");
    command->add_flag("--stats", stats_,
                      "print per query: JIT kernels, interpreted kernels, fallbacks, compile ms");
    AddJitFlag(*command, jit_);
    command->footer(
        "Exit status: 0 when every app compiles, 1 when any has an error (or, with --jit=force, "
        "an expression the JIT cannot compile), 2 on a usage error.\n");
    return command;
  }

  int Run() override {
    exec::EngineOptions options;
    options.jit = ParseJitMode(jit_);
    absl::StatusOr<std::unique_ptr<exec::Engine>> engine = exec::Engine::Create(options);
    if (!engine.ok()) {
      std::cerr << "talon compile: " << engine.status().message() << "\n";
      return 1;
    }
    bool any_error = false;
    for (const std::string& file : files_) {
      absl::StatusOr<std::string> text = ReadTextFile(file);
      if (!text.ok()) {
        std::cerr << "talon compile: " << text.status().message() << "\n";
        any_error = true;
        continue;
      }
      Diagnostics diagnostics;
      absl::StatusOr<std::unique_ptr<exec::AppRuntime>> app =
          (*engine)->Deploy(*text, &diagnostics, file);
      PrintDiagnostics(diagnostics);
      if (!app.ok()) {
        if (!diagnostics.has_errors()) std::cerr << file << ": error: " << app.status() << "\n";
        any_error = true;
        continue;
      }
      if (stats_) PrintStats(file, (*app)->CompileStats());
      (*app)->Shutdown();
    }
    return any_error ? 1 : 0;
  }

 private:
  static void PrintStats(const std::string& file,
                         const std::vector<exec::QueryCompileStats>& stats) {
    std::cout << file << "\n";
    std::cout << absl::StrFormat("  %-28s %5s %7s %9s %10s\n", "query", "jit", "interp",
                                 "fallback", "compile ms");
    double total = 0;
    for (const exec::QueryCompileStats& q : stats) {
      std::cout << absl::StrFormat("  %-28s %5d %7d %9d %10.2f\n", q.query, q.jit_kernels,
                                   q.interpreted_kernels, q.fallbacks, q.compile_ms);
      total += q.compile_ms;
    }
    std::cout << absl::StrFormat("  %-28s %5s %7s %9s %10.2f\n", "total", "", "", "", total);
  }

  std::vector<std::string> files_;
  bool stats_ = false;
  std::string jit_;
};

}  // namespace

std::unique_ptr<Command> NewCompileCommand() { return std::make_unique<CompileCommand>(); }

}  // namespace talon::tools
