// libFuzzer target over the whole compile path a policy author can reach: parse, analyze and
// plan, with the real built-in catalog. Any crash, hang or sanitizer report is a bug: bad
// policies must only ever produce diagnostics. Built by `make fuzz` (clang-19, ASan + UBSan).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "frontend/base/diagnostic.h"
#include "runtime/engine.h"

namespace {

talon::exec::Engine& SharedEngine() {
  // One engine for the whole run: its registry is immutable after creation.
  static talon::exec::Engine* engine = [] {
    talon::exec::EngineOptions options;
    options.jit = talon::exec::JitMode::kOff;
    return talon::exec::Engine::Create(options).value().release();
  }();
  return *engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  talon::Diagnostics diagnostics;
  absl::Status status = SharedEngine().Check(text, diagnostics, "<fuzz>");
  // Rendering walks spans against the text: exercise it too.
  std::string rendered = diagnostics.RenderAll();
  (void)status;
  (void)rendered;
  return 0;
}
