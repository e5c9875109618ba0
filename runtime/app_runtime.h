// AppRuntime: one deployed app. Send events to its streams, observe queries and streams through
// callbacks, move its clock, run on-demand queries. Not thread-safe: one thread drives an app
// (sources hand their batches to that thread).
#ifndef TALON_RUNTIME_APP_RUNTIME_H_
#define TALON_RUNTIME_APP_RUNTIME_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "runtime/event.h"

namespace talon::bound {
struct App;
}  // namespace talon::bound

namespace talon::exec {

class Batch;

// A query's output chunk: current events then expired events (Siddhi's QueryCallback order).
using QueryCallback =
    std::function<void(Timestamp time, const std::vector<Event>& current,
                       const std::vector<Event>& expired)>;
// Every event that reaches a stream, one chunk at a time.
using StreamCallback = std::function<void(const std::vector<Event>& events)>;
// The same chunks as column batches, without boxing a value: the fast path for embedders and
// sinks. The batch (its rows' kinds and timestamps included) is valid only during the call.
using StreamBatchCallback = std::function<void(const Batch& chunk)>;

class AppRuntimeImpl;

// What one stateful operator or store holds (`talon explain --state`, `talon run --state`).
struct StateSize {
  std::string owner;  // "query NAME", "table NAME" or "window NAME" (a named window)
  std::string what;   // the operator's explain line without its state, e.g. "window Window(length(3))"
  int64_t events = 0;  // events (rows, pending matches) held, summed over partition keys
  int64_t bytes = 0;   // approximate payload bytes (values, strings, timestamps)
  int64_t keys = 1;    // partition instances summed over (1 when not partitioned)
};

// What compiling one query's expressions cost (`talon compile --stats`).
struct QueryCompileStats {
  std::string query;
  int jit_kernels = 0;
  int interpreted_kernels = 0;
  int fallbacks = 0;      // expressions the JIT could not compile (interpreted instead)
  double compile_ms = 0;  // time spent in the JIT for this query
};

class AppRuntime {
 public:
  explicit AppRuntime(std::unique_ptr<AppRuntimeImpl> impl);
  ~AppRuntime();

  const std::string& name() const;

  // Callbacks. NotFound when no query/stream has that name. Add before Start().
  absl::Status AddQueryCallback(std::string_view query, QueryCallback callback);
  absl::Status AddStreamCallback(std::string_view stream, StreamCallback callback);
  absl::Status AddStreamBatchCallback(std::string_view stream, StreamBatchCallback callback);

  // Sets the clock (only forward) and starts triggers and time-driven operators.
  absl::Status Start(Timestamp start_time = 0);

  // Sends one event (a chunk of one). InvalidArgument when the stream is unknown or the values
  // do not fit its schema (arity, type); the runtime is then unchanged. A runtime error while
  // processing (e.g. a function refusing its input) is returned too; the app keeps running.
  absl::Status Send(std::string_view stream, Timestamp timestamp, std::vector<Value> data);
  // Sends several events as one chunk.
  absl::Status SendChunk(std::string_view stream, std::vector<Event> events);
  // Sends a column batch of current events as one chunk: SendChunk without boxing each value
  // (runtime/io parses input straight into batches). The columns must have the stream's
  // types (InvalidArgument otherwise).
  absl::Status SendBatch(std::string_view stream, const Batch& batch);
  // Moves the clock forward without an event (a heartbeat): due windows, rate limiters, pattern
  // deadlines and triggers fire.
  absl::Status AdvanceTime(Timestamp now);

  // Runs an on-demand (store) query against the app's tables / named windows.
  absl::StatusOr<std::vector<Event>> Query(std::string_view on_demand_query);

  // Schemas of the app's streams (sources and the harness map their input with them).
  absl::StatusOr<Schema> StreamSchema(std::string_view stream) const;
  std::vector<std::string> StreamNames() const;
  // The analyzed app, for runtime-side integrations (runtime/io reads the @source/@sink
  // annotations and query shapes from it).
  const bound::App& bound_app() const;
  std::vector<std::string> QueryNames() const;

  // Kernel choices, fallbacks and operator state sizes (`talon explain`, stats).
  std::string Describe() const;
  // Per query in app order, every operator holding events (windows, joins' windows, patterns),
  // then tables and named windows.
  std::vector<StateSize> StateSizes() const;
  // StateSizes as text, per query with the other stateful operators' own lines (a select
  // step's groups), e.g. "query q1:\n  window Window(length(3)): 3 events, ~150 B\n...".
  std::string StateReport() const;
  // Per query, in app order: kernels and JIT compile time.
  const std::vector<QueryCompileStats>& CompileStats() const;

  void Shutdown();

 private:
  std::unique_ptr<AppRuntimeImpl> impl_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_APP_RUNTIME_H_
