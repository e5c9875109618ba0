#include "tools/command.h"

#include <iostream>

#include "CLI/CLI.hpp"

namespace talon::tools {

void AddJitFlag(CLI::App& command, std::string& mode) {
  command
      .add_option("--jit", mode,
                  "JIT use: off (interpreter only), auto (JIT where it can, interpreter "
                  "elsewhere), force (any fallback to the interpreter is an error)")
      ->check(CLI::IsMember({"off", "auto", "force"}))
      ->default_val("auto");
}

exec::JitMode ParseJitMode(const std::string& mode) {
  if (mode == "off") return exec::JitMode::kOff;
  if (mode == "force") return exec::JitMode::kForce;
  return exec::JitMode::kAuto;
}

void PrintDiagnostics(const Diagnostics& diagnostics) { std::cerr << diagnostics.RenderAll(); }

}  // namespace talon::tools
