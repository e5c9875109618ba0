// The contract for windows (#window.length(4), #window.time(1 sec), ...). A window is an
// immutable plan-time object; its contents live in a WindowState, one per partition key.
// Adding a window is one file under runtime/windows/ plus its table row: the planner and the
// operator builder never change.
#ifndef TALON_RUNTIME_WINDOWS_WINDOW_H_
#define TALON_RUNTIME_WINDOWS_WINDOW_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "frontend/bound.h"
#include "frontend/catalog.h"
#include "runtime/batch.h"

namespace talon::exec {

class WindowState {
 public:
  virtual ~WindowState() = default;
};

class Window {
 public:
  virtual ~Window() = default;
  virtual std::unique_ptr<WindowState> CreateState() const = 0;
  // A chunk of current events arrived at clock `now`. Appends to `out`, in Siddhi's order, the
  // events the window emits: expired events (kind kExpired, timestamp = expiry time), resets
  // (kReset, for batch windows) and the current events.
  virtual absl::Status Process(WindowState& state, const Batch& in, Timestamp now,
                               Batch& out) const = 0;
  // The clock reached `now` (event or heartbeat): emit whatever falls due.
  virtual absl::Status OnTime(WindowState& state, Timestamp now, Batch& out) const = 0;
  // The earliest time at which OnTime has work, if any.
  virtual std::optional<Timestamp> NextWakeup(const WindowState& state) const = 0;
  // The events currently held (joins and on-demand queries read them).
  virtual void Contents(const WindowState& state, Batch& out) const = 0;
  // Events held, for `talon explain --state`.
  virtual size_t StateSize(const WindowState& state) const = 0;
};

struct WindowDef {
  std::string ns;
  std::string name;
  std::string signature;
  std::string description;
  std::string example;
  bool emits_expired = true;
  std::function<frontend::Lookup<frontend::WindowRef>(
      const std::vector<frontend::ArgInfo>& args)>
      resolve;
  // Builds the window for one query. `args` are typed over `input` (attribute references are
  // kFieldRef, parameters are constants).
  std::function<absl::StatusOr<std::unique_ptr<Window>>(
      const std::vector<const bound::Expr*>& args, const Schema& input)>
      bind;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_WINDOW_H_
