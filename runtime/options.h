// EngineOptions: how an Engine compiles and runs apps.
#ifndef TALON_RUNTIME_OPTIONS_H_
#define TALON_RUNTIME_OPTIONS_H_

namespace talon::exec {

// kOff: interpreter only. kAuto: JIT where it can, interpreter where it says Unimplemented.
// kForce: any fallback is an error (CI measures JIT coverage with it).
enum class JitMode { kOff, kAuto, kForce };

struct EngineOptions {
  JitMode jit = JitMode::kAuto;
  // Largest batch an operator builds internally (input chunks are never merged).
  int batch_size = 1024;
  // Playback: time moves only with event timestamps and heartbeats. Off: live processing time.
  bool playback = true;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_OPTIONS_H_
