// AppRuntimeImpl: the running form of one app — junctions (one per stream), pipelines (one per
// query), the clock, and per-partition-key operator state. Built by builder.cc; driven through
// the AppRuntime facade.
#ifndef TALON_RUNTIME_APP_RUNTIME_IMPL_H_
#define TALON_RUNTIME_APP_RUNTIME_IMPL_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "frontend/bound.h"
#include "planner/dag.h"
#include "runtime/app_runtime.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"
#include "runtime/operator.h"

namespace talon::codegen {
class Jit;
}  // namespace talon::codegen

namespace talon::exec {

class AppRuntimeImpl;
class Registry;

// How a partitioned query finds the key of each event of its input stream.
struct PartitionKeySpec {
  std::unique_ptr<ExprKernel> value;  // value partition
  // Range partition: every condition that holds routes the event to its label.
  std::vector<std::pair<std::unique_ptr<PredicateKernel>, std::string>> ranges;
};

// One query: its operators, its per-key state and where its output goes.
class Pipeline {
 public:
  Pipeline(AppRuntimeImpl* app, int query) : app_(app), query_(query) {}

  int query() const { return query_; }
  const std::string& name() const { return name_; }

  // Processes a chunk from the junction of `stream`. `key` is set when the chunk comes from an
  // inner stream of the same partition instance (the key travels with it).
  absl::Status Process(const Batch& chunk, const std::string* key, int stream = -1);
  // Creates the state of an unpartitioned query when the app starts (a pattern that begins with
  // `not ... for` counts from the start time).
  void Start();
  // Fires time-driven operators of every key.
  absl::Status OnTime(Timestamp now);
  void AddCallback(QueryCallback callback) { callbacks_.push_back(std::move(callback)); }
  std::string Describe() const;

 private:
  friend class RuntimeBuilder;
  using StateSet = std::vector<std::unique_ptr<OperatorState>>;

  StateSet& StatesFor(const std::string& key);
  // Runs `batch` through operators [first, end) with `states`, then emits.
  absl::Status Run(StateSet& states, Batch& batch, size_t first, const std::string& key,
                   int input = 0);
  // Runs what operator `i` emitted through the rest: one chunk, or one chunk per row when the
  // operator says so.
  absl::Status Continue(StateSet& states, Batch& out, size_t i, const std::string& key);
  // The input index of a multi-input head (patterns) for chunks of `stream`: the position of
  // the stream in input_streams_, 0 when the pipeline has a single input.
  int InputOf(int stream) const;
  int AddInput(int stream);
  absl::Status Emit(const Batch& out, const std::string& key);

  AppRuntimeImpl* app_;
  int query_;
  std::string name_;
  std::vector<std::unique_ptr<Operator>> operators_;
  bool partitioned_ = false;
  std::vector<PartitionKeySpec> key_specs_;  // per input
  std::vector<int> input_streams_;            // the stream of each input, in input order
  absl::flat_hash_map<std::string, StateSet> states_;  // "" when not partitioned
  std::vector<std::string> key_order_;                 // keys in first-seen order
  std::vector<QueryCallback> callbacks_;
  int target_stream_ = -1;  // insert into this stream; -1 for return / table ops
  bool any_time_driven_ = false;
};

// Fan-out point of one stream.
struct Junction {
  std::vector<Pipeline*> subscribers;
  std::vector<StreamCallback> callbacks;
};

class AppRuntimeImpl {
 public:
  AppRuntimeImpl(std::shared_ptr<const bound::App> app, plan::Dag dag)
      : app_(std::move(app)), dag_(std::move(dag)) {}

  const bound::App& app() const { return *app_; }
  const std::string& name() const { return app_->name; }

  absl::Status Publish(int stream, const Batch& chunk, const std::string* key);
  absl::Status SendChunk(std::string_view stream, std::vector<Event> events);
  absl::Status AdvanceTime(Timestamp now);
  absl::Status Start(Timestamp start);
  Timestamp now() const { return now_; }

  absl::Status AddQueryCallback(std::string_view query, QueryCallback callback);
  absl::Status AddStreamCallback(std::string_view stream, StreamCallback callback);
  int FindPublicStream(std::string_view name) const;
  std::string Describe() const;

 private:
  friend class RuntimeBuilder;

  absl::Status ValidateEvent(const bound::Stream& stream, const Event& event) const;

  std::shared_ptr<const bound::App> app_;
  plan::Dag dag_;
  std::vector<Junction> junctions_;  // by stream index
  std::vector<std::unique_ptr<Pipeline>> pipelines_;
  std::vector<std::string> kernel_notes_;
  Timestamp now_ = 0;
};

// Builds an AppRuntimeImpl from a plan: the only NodeKind -> Operator mapping. `jit` (may be
// null) compiles the expression kernels when `jit_mode` allows.
absl::StatusOr<std::unique_ptr<AppRuntimeImpl>> BuildRuntime(
    std::shared_ptr<const bound::App> app, plan::Dag dag, const Registry& registry,
    JitMode jit_mode, codegen::Jit* jit = nullptr);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_APP_RUNTIME_IMPL_H_
