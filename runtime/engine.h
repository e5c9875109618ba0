// The public facade: create an Engine, deploy CQL apps on it, get AppRuntimes back. The CLI,
// the REPL, the test runner and embedders use only this header and app_runtime.h.
#ifndef TALON_RUNTIME_ENGINE_H_
#define TALON_RUNTIME_ENGINE_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "frontend/base/diagnostic.h"
#include "runtime/app_runtime.h"
#include "runtime/options.h"

namespace talon::codegen {
class Jit;
}  // namespace talon::codegen

namespace talon::exec {

class Registry;

class Engine {
 public:
  static absl::StatusOr<std::unique_ptr<Engine>> Create(EngineOptions options = {});
  ~Engine();

  // Compiles `app_text` and builds its runtime. On a compile error returns InvalidArgument (or
  // Unimplemented for valid Siddhi that Talon does not run yet) whose message is every
  // diagnostic rendered; `diagnostics`, when given, receives the structured list.
  // `source_name` names the text in diagnostics (a file path, or "<app>").
  absl::StatusOr<std::unique_ptr<AppRuntime>> Deploy(std::string_view app_text,
                                                     Diagnostics* diagnostics = nullptr,
                                                     std::string_view source_name = "<app>");

  // Compiles without building a runtime: what `talon check` runs. Warnings land in
  // `diagnostics` too. Returns the same errors Deploy would.
  absl::Status Check(std::string_view app_text, Diagnostics& diagnostics,
                     std::string_view source_name = "<app>");

  // The resolved app and its plan as text (`talon explain`).
  // With `include_ir`, the optimized LLVM IR of every JIT-compiled kernel follows.
  absl::StatusOr<std::string> Explain(std::string_view app_text, Diagnostics& diagnostics,
                                      std::string_view source_name = "<app>",
                                      bool include_ir = false);

  const EngineOptions& options() const { return options_; }
  const Registry& registry() const { return *registry_; }

 private:
  explicit Engine(EngineOptions options, std::unique_ptr<Registry> registry);

  EngineOptions options_;
  // Shared with the apps: their on-demand queries are compiled against it.
  std::shared_ptr<const Registry> registry_;
  // One JIT per engine (null with --jit=off, or when unavailable in auto mode). Kernels keep
  // their compiled code alive on their own, so apps may outlive the engine.
  std::unique_ptr<codegen::Jit> jit_;
};

// Tunes glibc's malloc for chunk-at-a-time processing: buffers up to 64 MB come from the heap
// and up to 64 MB of freed memory stays at its top, instead of each chunk's column buffers being
// mapped, unmapped and faulted in again (up to 1.6x on large chunks, docs/performance.md). It
// changes the whole process, so the embedding program decides; the talon CLI calls it at start.
// A no-op where malloc is not glibc's.
void TuneAllocatorForStreaming();

}  // namespace talon::exec

#endif  // TALON_RUNTIME_ENGINE_H_
