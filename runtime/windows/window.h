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

// Chunks. Siddhi hands a window's output to the selector chunk by chunk: a batch window emits
// one chunk per completed batch, and every timer firing is a chunk of its own. The selector's
// per-chunk rules (one row per group and chunk when the query aggregates) depend on those
// boundaries, so a window that emits several chunks into one `out` ends each with EndChunk(): a
// row of kind kTimer without data. Siddhi's selector drops TIMER events, and so does ours; any
// other reader of window output (joins, named windows) skips kTimer rows.
//
// Time. Every time-based window runs on the engine clock `now` (event time in playback), never
// the wall clock. A window that needs a timer keeps Siddhi's scheduler queue of notification
// times (timer_queue.h) and reports its head through NextWakeup(); OnTime(now) then fires each
// due notification as a separate chunk, as Siddhi's Scheduler.sendTimerEvents does.
//
// Expired events. Sliding windows always emit them: aggregates remove what they carry. A batch
// window's expired events are followed by a reset before any current event, so when nothing
// downstream wants them (set_expired_wanted(false): the query inserts current events only, and
// the window is neither a join side nor a named window) lengthBatch, timeBatch and
// externalTimeBatch neither keep nor emit them, as Siddhi's batch windows do when
// `outputExpectsExpiredEvents` is false. The outputs are the same either way.
class Window {
 public:
  virtual ~Window() = default;
  virtual std::unique_ptr<WindowState> CreateState() const = 0;
  // A chunk of current events arrived at clock `now`. Appends to `out`, in Siddhi's order, the
  // events the window emits: expired events (kind kExpired, timestamp = expiry time as Siddhi
  // sets it), resets (kReset, for batch windows), current events and chunk ends.
  virtual absl::Status Process(WindowState& state, const Batch& in, Timestamp now,
                               Batch& out) const = 0;
  // The clock reached `now` (event or heartbeat): emit whatever falls due. `out` may arrive
  // without columns; PrepareOutput gives it the window's schema.
  virtual absl::Status OnTime(WindowState& state, Timestamp now, Batch& out) const = 0;
  // The earliest time at which OnTime has work, if any.
  virtual std::optional<Timestamp> NextWakeup(const WindowState& state) const = 0;
  // The events currently held, as current events (joins and on-demand queries read them).
  virtual void Contents(const WindowState& state, Batch& out) const = 0;
  // Events held, for `talon explain --state`.
  virtual size_t StateSize(const WindowState& state) const = 0;
  // Approximate bytes of the events held: StateSize() events at the average payload size of
  // Contents() (ApproxRowBytes); a window keeping more than it shows is estimated alike.
  virtual size_t StateBytes(const WindowState& state) const;

  // Set by the builder when the window is one side of a join. Siddhi's lengthBatch and
  // timeBatch then hand on a flushed batch's expired events with the timestamps they arrived
  // with rather than the flush time (JoinTestCase-style cases in window.jsonl show it).
  void set_join_side(bool join_side) { join_side_ = join_side; }
  bool join_side() const { return join_side_; }
  // Set by the builder (see "Expired events" above); true unless it knows otherwise.
  void set_expired_wanted(bool wanted) { expired_wanted_ = wanted; }
  bool expired_wanted() const { return expired_wanted_; }

 private:
  bool join_side_ = false;
  bool expired_wanted_ = true;
};

// The payload bytes of `batch`'s rows: timestamp, kind, and per attribute a null flag and its
// value (8 bytes, or a std::string and its heap buffer when it does not fit inline).
size_t ApproxBatchBytes(const Batch& batch);

// Ends the chunk being written to `out` (see "Chunks" above). A no-op when `out` is empty or
// already ends a chunk.
void EndChunk(Batch& out, Timestamp ts);
// Whether row `i` of a window's output is a chunk end rather than an event.
inline bool IsChunkEnd(const Batch& batch, size_t i) { return batch.kind(i) == EventKind::kTimer; }
// Gives `out` the columns of `schema` when it has none yet.
void PrepareOutput(Batch& out, const Schema& schema);

struct WindowDef {
  std::string ns;
  std::string name;
  std::string signature;
  std::string description;
  std::string example;
  bool emits_expired = true;
  // The window reads no attribute but those its arguments name (it copies the others along).
  // The builder may then prune the attributes the select step after it does not read
  // (Attribute::pruned): the window neither keeps nor emits their values.
  bool reads_only_arguments = false;
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
