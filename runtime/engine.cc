#include "runtime/engine.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "absl/strings/str_cat.h"
#include "codegen/jit.h"
#include "frontend/base/status_macros.h"
#include "frontend/frontend.h"
#include "planner/planner.h"
#include "runtime/app_runtime_impl.h"
#include "runtime/registry.h"

namespace talon::exec {

Engine::Engine(EngineOptions options, std::unique_ptr<Registry> registry)
    : options_(options), registry_(std::move(registry)) {}

Engine::~Engine() = default;

absl::StatusOr<std::unique_ptr<Engine>> Engine::Create(EngineOptions options) {
  if (options.batch_size < 1) return absl::InvalidArgumentError("batch_size must be at least 1");
  auto engine = std::unique_ptr<Engine>(new Engine(options, Registry::CreateWithBuiltins()));
  if (options.jit != JitMode::kOff) {
    absl::StatusOr<std::unique_ptr<codegen::Jit>> jit = codegen::Jit::Create();
    if (jit.ok()) {
      engine->jit_ = *std::move(jit);
    } else if (options.jit == JitMode::kForce) {
      return absl::Status(jit.status().code(),
                          absl::StrCat("--jit=force: ", jit.status().message()));
    }
    // kAuto without a JIT: every kernel falls back to the interpreter, each saying why.
  }
  return engine;
}

namespace {

// Compiles and plans `text`; diagnostics (errors and warnings) land in `diagnostics`.
absl::StatusOr<plan::Dag> CompileAndPlan(std::string_view name, std::string_view text,
                                         const Registry& registry, Diagnostics& diagnostics) {
  auto source = std::make_shared<const SourceText>(std::string(name), std::string(text));
  diagnostics.AdoptSource(source);
  TALON_ASSIGN_OR_RETURN(bound::App app, frontend::Compile(*source, registry, diagnostics));
  auto shared = std::make_shared<const bound::App>(std::move(app));
  return plan::Build(shared, plan::PlanOptions{}, diagnostics);
}

}  // namespace

absl::StatusOr<std::unique_ptr<AppRuntime>> Engine::Deploy(std::string_view app_text,
                                                           Diagnostics* diagnostics,
                                                           std::string_view source_name) {
  Diagnostics local;
  Diagnostics& diags = diagnostics ? *diagnostics : local;
  absl::StatusOr<plan::Dag> dag = CompileAndPlan(source_name, app_text, *registry_, diags);
  if (!dag.ok()) return dag.status();
  std::shared_ptr<const bound::App> app = dag->shared_app();
  TALON_ASSIGN_OR_RETURN(std::unique_ptr<AppRuntimeImpl> impl,
                         BuildRuntime(app, *std::move(dag), *registry_, options_.jit, jit_.get()));
  impl->set_registry(registry_);
  return std::make_unique<AppRuntime>(std::move(impl));
}

absl::Status Engine::Check(std::string_view app_text, Diagnostics& diagnostics,
                           std::string_view source_name) {
  return CompileAndPlan(source_name, app_text, *registry_, diagnostics).status();
}

absl::StatusOr<std::string> Engine::Explain(std::string_view app_text, Diagnostics& diagnostics,
                                            std::string_view source_name, bool include_ir) {
  absl::StatusOr<plan::Dag> dag = CompileAndPlan(source_name, app_text, *registry_, diagnostics);
  if (!dag.ok()) return dag.status();
  std::string text = plan::Explain(*dag);
  std::shared_ptr<const bound::App> app = dag->shared_app();
  absl::StatusOr<std::unique_ptr<AppRuntimeImpl>> impl =
      BuildRuntime(app, *std::move(dag), *registry_, options_.jit, jit_.get(), include_ir);
  if (impl.ok()) {
    absl::StrAppend(&text, "runtime:\n", (*impl)->Describe());
  } else {
    absl::StrAppend(&text, "runtime: ", impl.status().message(), "\n");
  }
  return text;
}

void TuneAllocatorForStreaming() {
#if defined(__GLIBC__)
  constexpr int kBytes = 64 << 20;
  mallopt(M_MMAP_THRESHOLD, kBytes);
  mallopt(M_TRIM_THRESHOLD, kBytes);
#endif
}

}  // namespace talon::exec
