// NamedWindow: a window defined once (`define window W (...) length(5) output all events`) and
// shared by the app, as Siddhi's io.siddhi.core.window.Window: `insert into W` feeds it, queries
// reading `from W` and joins receive what it emits, and joins and on-demand queries find in its
// contents. Owned by the app's StoreSet; the runtime delivers the chunks it publishes.
#ifndef TALON_RUNTIME_TABLES_NAMED_WINDOW_H_
#define TALON_RUNTIME_TABLES_NAMED_WINDOW_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "frontend/ast.h"
#include "frontend/base/schema.h"
#include "runtime/batch.h"
#include "runtime/windows/window.h"

namespace talon::exec {

class NamedWindow {
 public:
  // `output` is the definition's `output current|expired|all events` (all by default).
  NamedWindow(std::string name, Schema schema, std::unique_ptr<Window> window,
              ast::OutputEventType output);

  const std::string& name() const { return name_; }
  const Schema& schema() const { return schema_; }

  // Adds `events` at clock `now` (every event as a current event: InsertIntoWindowCallback
  // turns expired events current). Appends to `published` each chunk the window emits, keeping
  // only the event kinds the definition outputs (Window.StreamPublishProcessor drops resets,
  // timers and the unwanted kind); empty chunks are not published.
  absl::Status Insert(const Batch& events, Timestamp now, std::vector<Batch>& published);
  // The clock reached `now`: publishes what the window emits on its timers.
  absl::Status OnTime(Timestamp now, std::vector<Batch>& published);

  // The events the window holds (what Window.find searches), as current events.
  void Contents(Batch& out) const;
  size_t StateSize() const;
  size_t StateBytes() const;  // approximate (Window::StateBytes)

 private:
  // Splits a window's output at chunk ends and keeps the published kinds.
  void Publish(const Batch& out, std::vector<Batch>& published) const;

  std::string name_;
  Schema schema_;
  std::unique_ptr<Window> window_;
  std::unique_ptr<WindowState> state_;
  bool publish_current_;
  bool publish_expired_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TABLES_NAMED_WINDOW_H_
