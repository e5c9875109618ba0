// AppRuntimeImpl: the running form of one app — junctions (one per stream), pipelines (one per
// query), the clock, and per-partition-key operator state. Built by builder.cc; driven through
// the AppRuntime facade.
#ifndef TALON_RUNTIME_APP_RUNTIME_IMPL_H_
#define TALON_RUNTIME_APP_RUNTIME_IMPL_H_

#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "frontend/bound.h"
#include "planner/dag.h"
#include "runtime/aggregation/aggregation_on_demand.h"
#include "runtime/aggregation/incremental_aggregation.h"
#include "runtime/app_runtime.h"
#include "runtime/attributes_read.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"
#include "runtime/operator.h"
#include "runtime/partition_instances.h"
#include "runtime/triggers/trigger_schedule.h"
#include "runtime/tables/on_demand_query.h"
#include "runtime/tables/store_set.h"
#include "runtime/tables/table_operation.h"

namespace talon::codegen {
class Jit;
}  // namespace talon::codegen

namespace talon::exec {

class AppRuntimeImpl;
class Registry;

// The input identity of named window `window` for Pipeline::Process / AddInput: streams are
// identified by their index, named windows by these negative ids.
inline int NamedWindowSource(int window) { return -2 - window; }

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
  // Appends this query's operators that hold events, summed over partition keys.
  void StateSizes(std::vector<StateSize>& out) const;
  // This query's part of AppRuntime::StateReport.
  std::string StateReport() const;

 private:
  friend class RuntimeBuilder;
  using StateSet = std::vector<std::unique_ptr<OperatorState>>;

  friend class AppRuntimeImpl;
  // The states of partition instance `key` ("" when not partitioned), created on first use;
  // operators start counting at the clock's time then.
  StateSet& StatesFor(const std::string& key);
  // Routes a chunk of an outer stream to partition instances: by its key expression (creating
  // instances), or to every instance when the partition does not key the stream.
  absl::Status RouteToInstances(const Batch& chunk, int input);
  // Runs `batch` through operators [first, end) with `states`, then emits.
  absl::Status Run(StateSet& states, Batch& batch, size_t first, const std::string& key,
                   int input = 0);
  // Runs what operator `i` emitted through the rest: one chunk, or one chunk per row when the
  // operator says so.
  absl::Status Continue(StateSet& states, Batch& out, size_t i, const std::string& key);
  // The context for processing a chunk that came from input `input`, at the app's clock.
  ProcessContext Context(int input) const;
  // Run over a chunk this pipeline may not change: the first operator reads it in place
  // (Operator::ProcessFrom) instead of the pipeline copying it.
  absl::Status RunFrom(StateSet& states, const Batch& chunk, const std::string& key, int input);
  // The input index of a multi-input head (patterns) for chunks of `stream`: the position of
  // the stream in input_streams_, 0 when the pipeline has a single input.
  int InputOf(int stream) const;
  // Operator `i`'s Usage summed over partition keys.
  StateSize SumUsage(size_t i) const;
  int AddInput(int stream);
  // Due tracking (Operator::reports_due): after a key's states changed, queues the key at the
  // earliest time one of its time-driven operators is due.
  bool TracksDue();
  void Reschedule(const std::string& key, const StateSet& states);
  // Delivers a pipeline's output: to query callbacks and to the target, chunk by chunk.
  // Both consume `out`.
  absl::Status Emit(Batch& out, const std::string& key);
  absl::Status EmitChunk(Batch& out, const std::string& key);

  AppRuntimeImpl* app_;
  int query_;
  std::string name_;
  std::vector<std::unique_ptr<Operator>> operators_;
  bool partitioned_ = false;
  int partition_ = -1;                       // index into bound::App::partitions
  std::vector<PartitionKeySpec> key_specs_;  // per input
  std::vector<int> input_streams_;            // the stream of each input, in input order
  absl::flat_hash_map<std::string, StateSet> states_;  // "" when not partitioned
  std::vector<std::string> key_order_;                 // keys in first-seen order
  std::vector<QueryCallback> callbacks_;
  int target_stream_ = -1;  // insert into this stream; -1 for return / table ops
  int target_window_ = -1;  // insert into this named window
  std::unique_ptr<TableOperation> table_operation_;  // insert/delete/update/upsert a table
  // Each event of a chunk is a chunk of its own (Siddhi's MultiProcessStreamReceiver, which a
  // self-join reads through).
  bool event_at_a_time_ = false;
  bool any_time_driven_ = false;
  // Due tracking, when every time-driven operator reports when it is next due (tracks_due_;
  // -1: not decided yet): keys queued by due time. An entry is live while scheduled_ holds its
  // time for the key (a later Reschedule to an earlier time supersedes it); `order` is the
  // key's place in key_order_.
  struct Due {
    Timestamp at;
    uint64_t seq;
    size_t order;
    std::string key;
    bool operator>(const Due& o) const { return at != o.at ? at > o.at : seq > o.seq; }
  };
  int tracks_due_ = -1;
  std::priority_queue<Due, std::vector<Due>, std::greater<Due>> due_;
  absl::flat_hash_map<std::string, Timestamp> scheduled_;
  absl::flat_hash_map<std::string, size_t> key_index_;  // key -> its place in key_order_
  uint64_t due_seq_ = 0;
};

// One partition at run time: its instances and the pipelines of its queries, in query order.
struct PartitionRuntime {
  PartitionInstances instances;
  std::vector<Pipeline*> pipelines;
};

// Fan-out point of one stream.
struct Junction {
  // Aggregations fed by the stream; they see each chunk before the subscribed queries.
  std::vector<IncrementalAggregation*> aggregations;
  std::vector<Pipeline*> subscribers;
  std::vector<StreamCallback> callbacks;
  std::vector<StreamBatchCallback> batch_callbacks;
};

class AppRuntimeImpl {
 public:
  AppRuntimeImpl(std::shared_ptr<const bound::App> app, plan::Dag dag)
      : app_(std::move(app)), dag_(std::move(dag)), value_uses_(AnalyzeValueUses(*app_)) {}

  const bound::App& app() const { return *app_; }
  const std::string& name() const { return app_->name; }

  absl::Status Publish(int stream, const Batch& chunk, const std::string* key);
  absl::Status SendChunk(std::string_view stream, std::vector<Event> events);
  // Moves the clock to the chunk's time, then publishes a validated input chunk.
  absl::Status PublishInput(int stream, const Batch& batch);
  absl::Status SendBatch(std::string_view stream, const Batch& batch);
  absl::Status AdvanceTime(Timestamp now);
  absl::Status Start(Timestamp start);
  Timestamp now() const { return now_; }

  // Adds `chunk` to named window `window` and delivers what it publishes.
  absl::Status InsertIntoWindow(int window, const Batch& chunk);
  // Compiles and runs an on-demand query against the stores (AppRuntime::Query).
  absl::StatusOr<std::vector<Event>> Query(std::string_view text);
  const StoreSet& stores() const { return stores_; }
  // The catalog on-demand queries are compiled against; set by Engine::Deploy.
  void set_registry(std::shared_ptr<const Registry> registry) { registry_ = std::move(registry); }

  absl::Status AddQueryCallback(std::string_view query, QueryCallback callback);
  absl::Status AddStreamCallback(std::string_view stream, StreamCallback callback);
  absl::Status AddStreamBatchCallback(std::string_view stream, StreamBatchCallback callback);
  int FindPublicStream(std::string_view name) const;
  std::string Describe() const;
  std::vector<StateSize> StateSizes() const;
  std::string StateReport() const;
  const std::vector<QueryCompileStats>& compile_stats() const { return compile_stats_; }

 private:
  friend class RuntimeBuilder;
  friend class Pipeline;  // partition instances

  // Checks an arriving event of stream `s` against its definition. As in Siddhi, only the
  // attributes the app reads must be present and of their type; values past the definition are
  // dropped and unread ones become NULL.
  absl::Status ValidateEvent(int s, Event& event) const;
  // Moves the clock to `now` (forward only) and fires what falls due, triggers excepted.
  absl::Status MoveClock(Timestamp now);
  // Makes partition instance `key` of `partition` exist in all its queries (the key's event at
  // the current time).
  void TouchInstance(int partition, const std::string& key);
  // Sends the event of trigger `t` firing at `at`.
  absl::Status FireTrigger(size_t t, Timestamp at);
  // Delivers chunks a named window published to the queries reading it.
  absl::Status PublishWindow(int window, const std::vector<Batch>& chunks);

  std::shared_ptr<const bound::App> app_;
  plan::Dag dag_;
  std::vector<Junction> junctions_;  // by stream index
  ValueUses value_uses_;  // how each stream attribute and projection is read
  StoreSet stores_;                          // tables and named windows
  std::vector<Junction> window_junctions_;  // by named window index
  // The order named windows fire their timers in: Siddhi initializes them (and registers their
  // schedulers with the clock) walking a ConcurrentHashMap keyed by name.
  std::vector<int> window_timer_order_;
  std::shared_ptr<const Registry> registry_;
  std::vector<std::unique_ptr<Pipeline>> pipelines_;
  std::vector<std::unique_ptr<IncrementalAggregation>> aggregations_;  // by bound index
  std::vector<PartitionRuntime> partitions_;  // by bound partition index
  std::vector<TriggerSchedule> triggers_;
  std::vector<std::string> kernel_notes_;
  std::vector<QueryCompileStats> compile_stats_;
  Timestamp now_ = 0;
};

// Builds an AppRuntimeImpl from a plan: the only NodeKind -> Operator mapping. `jit` (may be
// null) compiles the expression kernels when `jit_mode` allows; `capture_ir` keeps each JIT
// kernel's optimized IR in the runtime's description (`talon explain --ir`).
absl::StatusOr<std::unique_ptr<AppRuntimeImpl>> BuildRuntime(
    std::shared_ptr<const bound::App> app, plan::Dag dag, const Registry& registry,
    JitMode jit_mode, codegen::Jit* jit = nullptr, bool capture_ir = false);

// Builds what an on-demand query runs against `stores` (builder.cc). Its expressions are
// interpreted: the query runs once, so compiling would not pay.
absl::StatusOr<OnDemandPlan> BuildOnDemand(const bound::OnDemandQuery& query,
                                           const StoreSet& stores, const Registry& registry);
// The same for an on-demand query reading `aggregation` (`from A within ... per ...`).
absl::StatusOr<AggregationOnDemandPlan> BuildAggregationOnDemand(
    const bound::OnDemandQuery& query, const IncrementalAggregation& aggregation,
    const Registry& registry);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_APP_RUNTIME_IMPL_H_
