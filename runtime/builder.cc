// plan::Dag -> AppRuntimeImpl. The only place that maps NodeKind to operators.
#include <variant>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/app_runtime_impl.h"
#include "runtime/attributes_read.h"
#include "runtime/join/join_operator.h"
#include "runtime/operators/operators.h"
#include "runtime/pattern/pattern_operator.h"
#include "runtime/registry.h"
#include "runtime/windows/java_hash_map.h"

namespace talon::exec {

class RuntimeBuilder {
 public:
  RuntimeBuilder(const Registry& registry, JitMode jit_mode, codegen::Jit* jit,
                 bool capture_ir = false)
      : registry_(registry), kernels_(registry, jit_mode, jit) {
    kernels_.set_capture_ir(capture_ir);
  }

  absl::StatusOr<std::unique_ptr<AppRuntimeImpl>> Build(std::shared_ptr<const bound::App> app,
                                                        plan::Dag dag) {
    auto impl = std::make_unique<AppRuntimeImpl>(app, std::move(dag));
    impl->junctions_.resize(app->streams.size());
    TALON_RETURN_IF_ERROR(BuildStores(*impl));
    TALON_RETURN_IF_ERROR(BuildAggregations(*impl));
    TALON_RETURN_IF_ERROR(BuildTriggers(*impl));
    impl->partitions_.resize(app->partitions.size());
    for (int q = 0; q < static_cast<int>(app->queries.size()); ++q) {
      KernelStats before = kernels_.stats();
      TALON_RETURN_IF_ERROR(BuildQuery(*impl, q));
      const KernelStats& after = kernels_.stats();
      impl->compile_stats_.push_back(QueryCompileStats{
          app->queries[q].name, after.jit - before.jit, after.interpreted - before.interpreted,
          static_cast<int>(after.fallbacks.size() - before.fallbacks.size()),
          after.jit_compile_ms - before.jit_compile_ms});
    }
    const KernelStats& stats = kernels_.stats();
    impl->kernel_notes_.push_back(absl::StrCat("kernels: ", stats.jit, " jit, ", stats.interpreted,
                                               " interpreted, ", stats.fallbacks.size(),
                                               " fallbacks, ", stats.jit_compile_ms,
                                               " ms compiling"));
    for (const std::string& f : stats.fallbacks) impl->kernel_notes_.push_back("  fallback: " + f);
    for (const std::string& ir : stats.ir) impl->kernel_notes_.push_back(ir);
    return impl;
  }

 private:
  absl::Status BuildQuery(AppRuntimeImpl& impl, int q) {
    const bound::App& app = impl.app();
    const bound::Query& query = app.queries[q];
    auto pipeline = std::make_unique<Pipeline>(&impl, q);
    pipeline->name_ = query.name;
    const auto* input = std::get_if<bound::SingleInput>(&query.input);
    const auto* pattern = std::get_if<bound::PatternInput>(&query.input);
    const auto* join = std::get_if<bound::JoinInput>(&query.input);
    const Schema& input_scope = input != nullptr     ? input->scope
                                : pattern != nullptr ? pattern->scope
                                                     : join->scope;
    bool has_window = false;
    int select_carried_key = -1;  // SelectSpec::carried_key
    const std::vector<plan::NodeId> nodes = impl.dag_.QueryNodes(q);
    for (size_t k = 0; k < nodes.size(); ++k) {
      const plan::Node& node = impl.dag_.node(nodes[k]);
      switch (node.kind) {
        case plan::NodeKind::kSource:
          Subscribe(impl, *pipeline, node);
          break;
        case plan::NodeKind::kPartitionRoute: {
          const plan::Node& source = impl.dag_.node(node.inputs[0]);
          TALON_RETURN_IF_ERROR(BuildPartitionKey(*pipeline, app, query, source));
          break;
        }
        case plan::NodeKind::kFilter: {
          if (join != nullptr) break;  // a join side's handlers run inside the Join
          TALON_ASSIGN_OR_RETURN(auto predicate,
                                 kernels_.MakePredicate(*node.handler->filter, node.schema));
          pipeline->operators_.push_back(MakeFilterOperator(std::move(predicate)));
          break;
        }
        case plan::NodeKind::kWindow: {
          if (join != nullptr) break;
          has_window = true;
          const bound::WindowCall& call = node.handler->window;
          std::vector<const bound::Expr*> args;
          for (const bound::ExprPtr& a : call.args) args.push_back(a.get());
          const WindowDef& def = registry_.window(call.window_id);
          const bool select_next = k + 1 < nodes.size() &&
                                   (impl.dag_.node(nodes[k + 1]).kind == plan::NodeKind::kProject ||
                                    impl.dag_.node(nodes[k + 1]).kind == plan::NodeKind::kAggregate);
          Schema schema = node.schema;
          int carried_key = -1;
          if (def.reads_only_arguments && select_next) {
            // What the select step reads, marked once for both decisions below.
            SelectSpec reads;
            MarkSelectorReads(query.selector, node.schema.size(),
                              node.schema.size() + query.selector.aggregates.size(), reads);
            schema = PrunedWindowSchema(node.schema, call, reads);
            // The window numbers the groups and carries the numbers instead of the key.
            carried_key = CarriedGroupKey(node.schema, call, query.selector, reads,
                                          impl.value_uses_.carried_projections[q]);
            if (carried_key >= 0) {
              std::vector<Attribute> attributes = schema.attributes();
              attributes[static_cast<size_t>(carried_key)].pruned = true;
              attributes.push_back(Attribute{"#group", Type::kLong});
              schema = Schema(std::move(attributes));
            }
          }
          select_carried_key = carried_key;
          TALON_ASSIGN_OR_RETURN(std::unique_ptr<Window> window, def.bind(args, schema));
          // Only the select step reads this window's output: its expired events matter when
          // the query inserts them, or to a snapshot limiter (window.h, "Expired events").
          const ast::OutputEventType events = query.output.events;
          window->set_expired_wanted(events == ast::OutputEventType::kExpired ||
                                     events == ast::OutputEventType::kAll ||
                                     query.rate.kind == ast::OutputRate::Kind::kSnapshot);
          pipeline->operators_.push_back(
              carried_key >= 0 ? MakeNumberingWindowOperator(std::move(window), node.label,
                                                             carried_key, std::move(schema))
                               : MakeWindowOperator(std::move(window), node.label));
          pipeline->any_time_driven_ = true;
          break;
        }
        case plan::NodeKind::kStreamFunction: {
          if (join != nullptr) break;
          const Schema& before = impl.dag_.node(node.inputs.front()).schema;
          TALON_ASSIGN_OR_RETURN(auto op, BuildStreamFunction(*node.handler, before));
          pipeline->operators_.push_back(std::move(op));
          break;
        }
        case plan::NodeKind::kProject:
        case plan::NodeKind::kAggregate: {
          TALON_ASSIGN_OR_RETURN(auto op,
                                 BuildSelect(query, input_scope, select_carried_key,
                                             &impl.value_uses_.carried_projections[q]));
          pipeline->operators_.push_back(std::move(op));
          break;
        }
        case plan::NodeKind::kOrderLimit:
          pipeline->operators_.push_back(MakeOrderLimitOperator(
              {query.selector.order_by, query.selector.limit, query.selector.offset}));
          break;
        case plan::NodeKind::kRateLimit: {
          RateLimitSpec spec;
          spec.kind = query.rate.kind;
          spec.which = query.rate.which;
          spec.value = query.rate.value;
          spec.output = query.selector.output;
          spec.group_by = !query.selector.group_by.empty();
          // QueryParser's isWindow: a window handler, or a join.
          spec.windowed = has_window || join != nullptr;
          spec.aggregate_columns = AggregateOutputColumns(query.selector, input_scope.size());
          TALON_ASSIGN_OR_RETURN(auto op, MakeRateLimitOperator(std::move(spec)));
          pipeline->any_time_driven_ |= op->time_driven();
          pipeline->operators_.push_back(std::move(op));
          break;
        }
        case plan::NodeKind::kInsert:
          if (query.output.target_kind == bound::Output::TargetKind::kStream) {
            pipeline->target_stream_ = query.output.target;
          } else if (query.output.target_kind == bound::Output::TargetKind::kNamedWindow) {
            pipeline->target_window_ = query.output.target;
          }
          break;
        case plan::NodeKind::kTableOp: {
          TALON_ASSIGN_OR_RETURN(
              pipeline->table_operation_,
              BuildTableOperation(query.output, query.selector.output, impl.stores_));
          break;
        }
        case plan::NodeKind::kPattern: {
          TALON_ASSIGN_OR_RETURN(auto op,
                                 MakePatternOperator(app, *pattern, pipeline->input_streams_,
                                                     kernels_));
          pipeline->operators_.push_back(std::move(op));
          pipeline->any_time_driven_ = true;
          break;
        }
        case plan::NodeKind::kJoin: {
          TALON_ASSIGN_OR_RETURN(auto op, BuildJoin(impl, query, *join));
          pipeline->any_time_driven_ |= op->time_driven();
          // A self-join reads its source through Siddhi's MultiProcessStreamReceiver.
          pipeline->event_at_a_time_ = IsSelfJoin(*join);
          pipeline->operators_.push_back(std::move(op));
          break;
        }
      }
    }
    if (query.partition >= 0) {
      // Every query of a partition shares its instances (PartitionRuntime).
      pipeline->partition_ = query.partition;
      impl.partitions_[query.partition].pipelines.push_back(pipeline.get());
    }
    impl.pipelines_.push_back(std::move(pipeline));
    return absl::OkStatus();
  }

  // The output columns that are an aggregate's result as such (`sum(x) as total`): Siddhi's
  // snapshot limiters hold those per group rather than per event.
  static std::vector<int> AggregateOutputColumns(const bound::Selector& sel, size_t input_columns) {
    std::vector<int> columns;
    for (size_t p = 0; p < sel.projections.size(); ++p) {
      const bound::Expr* e = sel.projections[p].expr.get();
      while (e->kind == bound::ExprKind::kCast && !e->operands.empty()) e = e->operands[0].get();
      if (e->kind == bound::ExprKind::kFieldRef && e->column >= static_cast<int>(input_columns)) {
        columns.push_back(static_cast<int>(p));
      }
    }
    return columns;
  }

  // The app's triggers, started with the app.
  static absl::Status BuildTriggers(AppRuntimeImpl& impl) {
    for (const bound::Trigger& t : impl.app().triggers) {
      TALON_ASSIGN_OR_RETURN(TriggerSchedule schedule, TriggerSchedule::Create(t));
      impl.triggers_.push_back(std::move(schedule));
    }
    return absl::OkStatus();
  }

  // ---- Stores, joins and table operations -----------------------------------------------

  // The app's tables and named windows, before any query that reads or writes them.
  absl::Status BuildStores(AppRuntimeImpl& impl) {
    const bound::App& app = impl.app();
    for (const bound::Table& t : app.tables) {
      impl.stores_.tables.push_back(
          std::make_unique<InMemoryTable>(t.name, t.schema, t.primary_key));
    }
    for (const bound::NamedWindow& w : app.windows) {
      std::vector<const bound::Expr*> args;
      for (const bound::ExprPtr& a : w.window.args) args.push_back(a.get());
      TALON_ASSIGN_OR_RETURN(std::unique_ptr<Window> window,
                             registry_.window(w.window.window_id).bind(args, w.schema));
      impl.stores_.windows.push_back(
          std::make_unique<NamedWindow>(w.name, w.schema, std::move(window), w.output));
    }
    impl.window_junctions_.resize(app.windows.size());
    // SiddhiAppParser initializes windows walking SiddhiAppRuntimeBuilder's ConcurrentHashMap,
    // and each registers its scheduler with the clock then (TimeBatchWindowTestCase.
    // timeWindowBatchTest6: twitterWindow fires before cseEventWindow).
    JavaHashMap<int> by_name;
    for (size_t w = 0; w < app.windows.size(); ++w) {
      by_name.Put(app.windows[w].name, static_cast<int>(w));
    }
    by_name.ForEach([&](const std::string&, int w) { impl.window_timer_order_.push_back(w); });
    return absl::OkStatus();
  }

  // The app's incremental aggregations, each fed by its input stream's junction ahead of the
  // queries (Siddhi defines aggregations before it parses queries).
  absl::Status BuildAggregations(AppRuntimeImpl& impl) {
    for (const bound::Aggregation& a : impl.app().aggregations) {
      TALON_ASSIGN_OR_RETURN(auto aggregation, IncrementalAggregation::Create(a, kernels_));
      impl.junctions_[a.input.id].aggregations.push_back(aggregation.get());
      impl.aggregations_.push_back(std::move(aggregation));
    }
    return absl::OkStatus();
  }

  // Subscribes `pipeline` to the junction of a Source node. A source read twice (a self-join)
  // is subscribed once; tables publish nothing.
  static void Subscribe(AppRuntimeImpl& impl, Pipeline& pipeline, const plan::Node& node) {
    if (node.source == bound::SourceKind::kTable ||
        node.source == bound::SourceKind::kAggregation) {
      return;
    }
    bool window = node.source == bound::SourceKind::kNamedWindow;
    size_t inputs = pipeline.input_streams_.size();
    pipeline.AddInput(window ? NamedWindowSource(node.stream) : node.stream);
    if (pipeline.input_streams_.size() == inputs) return;
    Junction& junction = window ? impl.window_junctions_[node.stream] : impl.junctions_[node.stream];
    junction.subscribers.push_back(&pipeline);
  }

  static bool IsSelfJoin(const bound::JoinInput& join) {
    return join.left.source == join.right.source && join.left.id == join.right.id &&
           join.left.source != bound::SourceKind::kTable;
  }

  absl::StatusOr<std::unique_ptr<Operator>> BuildJoin(AppRuntimeImpl& impl,
                                                      const bound::Query& query,
                                                      const bound::JoinInput& join) {
    JoinSpec spec;
    bool left_outer = join.type == ast::JoinType::kLeftOuter ||
                      join.type == ast::JoinType::kFullOuter;
    bool right_outer = join.type == ast::JoinType::kRightOuter ||
                       join.type == ast::JoinType::kFullOuter;
    TALON_RETURN_IF_ERROR(BuildJoinSide(impl, query, join.left, join.left_triggers, left_outer,
                                        spec.left));
    TALON_RETURN_IF_ERROR(BuildJoinSide(impl, query, join.right, join.right_triggers,
                                        right_outer, spec.right));
    // An aggregation side reads the buckets the other side's arriving event names.
    for (int s = 0; s < 2; ++s) {
      const bound::SingleInput& side = s == 0 ? join.left : join.right;
      if (side.source != bound::SourceKind::kAggregation) continue;
      const bound::SingleInput& other = s == 0 ? join.right : join.left;
      TALON_ASSIGN_OR_RETURN((s == 0 ? spec.left : spec.right).aggregation,
                             AggregationReader::Create(join.aggregation_read, other.scope,
                                                       impl.aggregations_[side.id].get(),
                                                       kernels_));
    }
    if (join.on) {
      TALON_ASSIGN_OR_RETURN(spec.on, kernels_.MakePredicate(*join.on, join.scope));
    }
    spec.same_source = IsSelfJoin(join);
    spec.stores = &impl.stores_;
    ast::OutputEventType events = query.output.events;
    spec.expects_expired =
        events == ast::OutputEventType::kExpired || events == ast::OutputEventType::kAll;
    return MakeJoinOperator(std::move(spec));
  }

  absl::Status BuildJoinSide(AppRuntimeImpl& impl, const bound::Query& query,
                             const bound::SingleInput& input, bool triggers, bool outer,
                             JoinSide& side) {
    side.triggers = triggers;
    side.outer = outer;
    side.scope = input.scope;
    side.description = input.name;
    switch (input.source) {
      case bound::SourceKind::kStream: side.kind = JoinSide::Kind::kStream; break;
      case bound::SourceKind::kNamedWindow:
        side.kind = JoinSide::Kind::kNamedWindow;
        side.named_window = impl.stores_.windows[input.id].get();
        side.description = absl::StrCat("window ", input.name);
        break;
      case bound::SourceKind::kTable:
        side.kind = JoinSide::Kind::kTable;
        side.table = impl.stores_.tables[input.id].get();
        side.description = absl::StrCat("table ", input.name);
        break;
      case bound::SourceKind::kAggregation:
        side.kind = JoinSide::Kind::kAggregation;
        side.description = absl::StrCat("aggregation ", input.name);
        break;
    }
    // Schema before each handler: the input's, then each handler's output.
    Schema scope = input.source == bound::SourceKind::kStream
                       ? impl.app().streams[input.id].schema
                       : input.scope;
    for (const bound::Handler& h : input.handlers) {
      switch (h.kind) {
        case bound::Handler::Kind::kFilter: {
          TALON_ASSIGN_OR_RETURN(auto predicate, kernels_.MakePredicate(*h.filter, scope));
          side.handlers.push_back(MakeFilterOperator(std::move(predicate)));
          break;
        }
        case bound::Handler::Kind::kWindow: {
          std::vector<const bound::Expr*> args;
          for (const bound::ExprPtr& a : h.window.args) args.push_back(a.get());
          TALON_ASSIGN_OR_RETURN(side.window, registry_.window(h.window.window_id).bind(args, scope));
          side.window->set_join_side(true);
          side.description = absl::StrCat(input.name, " #window.", h.window.name);
          break;
        }
        case bound::Handler::Kind::kStreamFunction: {
          TALON_ASSIGN_OR_RETURN(auto op, BuildStreamFunction(h, scope));
          side.handlers.push_back(std::move(op));
          break;
        }
      }
      scope = h.output;
    }
    return absl::OkStatus();
  }

  // A stream function handler whose arguments are typed over `scope` (the schema before it).
  absl::StatusOr<std::unique_ptr<Operator>> BuildStreamFunction(const bound::Handler& h,
                                                               const Schema& scope) {
    std::vector<frontend::ArgInfo> infos;
    std::vector<std::unique_ptr<ExprKernel>> args;
    for (const bound::ExprPtr& e : h.args) {
      frontend::ArgInfo info;
      info.type = e->type;
      info.is_attribute = e->kind == bound::ExprKind::kFieldRef;
      if (e->IsConstant()) info.constant = e->value;
      infos.push_back(std::move(info));
      TALON_ASSIGN_OR_RETURN(auto kernel, kernels_.MakeExpr(*e, scope));
      args.push_back(std::move(kernel));
    }
    TALON_ASSIGN_OR_RETURN(std::unique_ptr<StreamFunction> function,
                           registry_.stream_function(h.function_id).bind(infos, scope));
    return MakeStreamFunctionOperator(std::move(function), std::move(args), h.output,
                                      h.function_name);
  }

  // Insert / delete / update / update-or-insert on a table, with the query output `output`.
  absl::StatusOr<std::unique_ptr<TableOperation>> BuildTableOperation(const bound::Output& out,
                                                                      const Schema& output,
                                                                      const StoreSet& stores) {
    TableOperationSpec spec;
    spec.kind = out.kind;
    spec.table = stores.tables[out.target].get();
    spec.output_width = output.size();
    Schema scope = output;
    for (const Attribute& a : spec.table->schema().attributes()) scope.Add(a.name, a.type);
    if (out.on) {
      TALON_ASSIGN_OR_RETURN(spec.on, kernels_.MakePredicate(*out.on, scope));
    }
    for (const auto& [column, value] : out.set) {
      TALON_ASSIGN_OR_RETURN(auto kernel, kernels_.MakeExpr(*value, scope));
      spec.set.emplace_back(column, std::move(kernel));
    }
    return std::make_unique<TableOperation>(std::move(spec));
  }

 public:
  // An on-demand query: the store it reads, its `on`, its select step and table operation.
  absl::StatusOr<OnDemandPlan> BuildOnDemand(const bound::OnDemandQuery& query,
                                             const StoreSet& stores) {
    OnDemandPlan plan;
    Schema scope;
    if (query.id >= 0 && query.source == bound::SourceKind::kTable) {
      plan.table = stores.tables[query.id].get();
      scope = plan.table->schema();
    } else if (query.id >= 0 && query.source == bound::SourceKind::kNamedWindow) {
      plan.window = stores.windows[query.id].get();
      scope = plan.window->schema();
    }
    if (query.on) {
      TALON_ASSIGN_OR_RETURN(plan.on, kernels_.MakePredicate(*query.on, scope));
    }
    std::vector<bool> carried = OnDemandCarriedProjections(query);
    TALON_ASSIGN_OR_RETURN(plan.select,
                           BuildSelector(query.selector, ast::OutputEventType::kCurrent,
                                         /*batching=*/true, scope, /*rate_limited=*/false,
                                         /*deliver_per_chunk=*/true, &carried));
    if (query.output.target_kind == bound::Output::TargetKind::kTable) {
      TALON_ASSIGN_OR_RETURN(plan.operation,
                             BuildTableOperation(query.output, query.selector.output, stores));
    }
    return plan;
  }

  // An on-demand query reading an aggregation: its bucket reader, and its `on` and select step
  // over the aggregation's attributes.
  absl::StatusOr<AggregationOnDemandPlan> BuildAggregationOnDemand(
      const bound::OnDemandQuery& query, const IncrementalAggregation& aggregation) {
    if (query.output.target_kind == bound::Output::TargetKind::kTable) {
      return absl::UnimplementedError(
          "an on-demand query reading an aggregation cannot change a table");
    }
    AggregationOnDemandPlan plan;
    TALON_ASSIGN_OR_RETURN(plan.reader, AggregationReader::Create(query.aggregation_read, Schema(),
                                                                  &aggregation, kernels_));
    if (query.on) {
      TALON_ASSIGN_OR_RETURN(plan.on, kernels_.MakePredicate(*query.on, aggregation.schema()));
    }
    TALON_ASSIGN_OR_RETURN(plan.select,
                           BuildSelector(query.selector, ast::OutputEventType::kCurrent,
                                         /*batching=*/true, aggregation.schema()));
    return plan;
  }

 private:
  // The key of the events `source` (a Source node) brings into a partitioned query.
  absl::Status BuildPartitionKey(Pipeline& pipeline, const bound::App& app,
                                 const bound::Query& query, const plan::Node& source) {
    pipeline.partitioned_ = true;
    PartitionKeySpec& spec = pipeline.key_specs_[pipeline.AddInput(source.stream)];
    const bound::Partition& partition = app.partitions[query.partition];
    for (const bound::PartitionKey& key : partition.keys) {
      if (source.source != bound::SourceKind::kStream || key.stream != source.stream) continue;
      const Schema& schema = app.streams[key.stream].schema;
      if (key.value) {
        TALON_ASSIGN_OR_RETURN(spec.value, kernels_.MakeExpr(*key.value, schema));
      }
      for (const auto& [condition, label] : key.ranges) {
        TALON_ASSIGN_OR_RETURN(auto predicate, kernels_.MakePredicate(*condition, schema));
        spec.ranges.emplace_back(std::move(predicate), label);
      }
    }
    // A query reading an inner stream gets its key from the chunk; one reading an outer stream
    // the partition does not key reaches every instance (Pipeline::RouteToInstances).
    return absl::OkStatus();
  }

  absl::StatusOr<std::unique_ptr<Operator>> BuildSelect(const bound::Query& query,
                                                       const Schema& input_scope,
                                                       int carried_key,
                                                       const std::vector<bool>* carried) {
    // QueryParser turns the selector's batching off only for snapshot rate limiting.
    bool rate_limited = query.rate.kind != ast::OutputRate::Kind::kNone;
    // A join hands the selector one chunk per joined event but Siddhi's QuerySelector.process(
    // List) delivers their output together, current events first (JoinTestCase.joinTest5).
    bool join = std::holds_alternative<bound::JoinInput>(query.input);
    TALON_ASSIGN_OR_RETURN(auto select,
                           BuildSelector(query.selector, query.output.events,
                                         query.rate.kind != ast::OutputRate::Kind::kSnapshot,
                                         input_scope, rate_limited,
                                         /*deliver_per_chunk=*/!join || rate_limited, carried,
                                         carried_key));
    return select;
  }

  // The schema a window gets when only the select step `sel` right after it reads its output:
  // the attributes neither `sel` nor the window's arguments read are pruned (Attribute::pruned),
  // so the window neither copies them into its queue nor out of it.
  // `reads`: the select step's reads (MarkSelectorReads).
  static Schema PrunedWindowSchema(const Schema& schema, const bound::WindowCall& call,
                                   const SelectSpec& reads) {
    std::vector<bool> kept = reads.input_reads;
    for (const bound::ExprPtr& a : call.args) MarkColumns(a.get(), 0, kept);
    std::vector<Attribute> attributes = schema.attributes();
    for (size_t c = 0; c < attributes.size(); ++c) attributes[c].pruned = !kept[c];
    return Schema(std::move(attributes));
  }

  // The group-by key that the window right before the select step `sel` may number for it
  // (SelectSpec::carried_key), or -1; `selector_reads` as MarkSelectorReads marks them. One
  // key, a bare string or integral attribute that nothing else reads: not an aggregate
  // argument, having, order by or the window's arguments, and only bare projections, none of
  // which may hand on a value of another type (`carried_projections`): the key's value then
  // comes from its group.
  static int CarriedGroupKey(const Schema& schema, const bound::WindowCall& call,
                             const bound::Selector& sel, const SelectSpec& selector_reads,
                             const std::vector<bool>& carried_projections) {
    if (sel.group_by.size() != 1) return -1;
    const bound::Expr& key = *sel.group_by[0];
    if (key.kind != bound::ExprKind::kFieldRef || key.column < 0 ||
        static_cast<size_t>(key.column) >= schema.size()) {
      return -1;
    }
    const auto k = static_cast<size_t>(key.column);
    const Type type = schema.at(k).type;
    if (type != Type::kString && type != Type::kInt && type != Type::kLong &&
        type != Type::kBool) {
      return -1;
    }
    if (selector_reads.late_reads[k]) return -1;
    std::vector<bool> reads(schema.size(), false);
    for (const bound::AggregateCall& a : sel.aggregates) {
      for (const bound::ExprPtr& e : a.args) MarkColumns(e.get(), 0, reads);
    }
    for (const bound::ExprPtr& a : call.args) MarkColumns(a.get(), 0, reads);
    for (size_t i = 0; i < sel.projections.size(); ++i) {
      const bound::Expr& p = *sel.projections[i].expr;
      if (p.kind == bound::ExprKind::kFieldRef && p.column == key.column) {
        if (i < carried_projections.size() && carried_projections[i]) return -1;
        continue;
      }
      MarkColumns(&p, 0, reads);
    }
    return reads[k] ? -1 : key.column;
  }

  // Sets reads[c - offset] for each column c in [offset, offset + reads.size()) that `expr`
  // reads.
  static void MarkColumns(const bound::Expr* expr, int offset, std::vector<bool>& reads) {
    if (expr == nullptr) return;
    const int c = expr->column - offset;
    if (expr->kind == bound::ExprKind::kFieldRef && c >= 0 &&
        static_cast<size_t>(c) < reads.size()) {
      reads[static_cast<size_t>(c)] = true;
    }
    for (const bound::ExprPtr& operand : expr->operands) MarkColumns(operand.get(), offset, reads);
  }

  // Sets SelectSpec::late_reads (over the `width` selector-scope columns: what having and order
  // by read), then input_reads and projection_reads (over the first `inputs` of them, the input
  // columns: what the selector reads at all, and what its projections read).
  static void MarkSelectorReads(const bound::Selector& sel, size_t inputs, size_t width,
                                SelectSpec& spec) {
    spec.late_reads.assign(width, false);
    spec.late_output_reads.assign(sel.output.size(), false);
    // having's scope is the output, then the selector scope.
    MarkColumns(sel.having.get(), static_cast<int>(sel.output.size()), spec.late_reads);
    MarkColumns(sel.having.get(), 0, spec.late_output_reads);
    for (const bound::OrderBy& o : sel.order_by) {
      if (o.input && o.column >= 0 && static_cast<size_t>(o.column) < width) {
        spec.late_reads[static_cast<size_t>(o.column)] = true;
      }
      if (!o.input && o.column >= 0 && static_cast<size_t>(o.column) < sel.output.size()) {
        spec.late_output_reads[static_cast<size_t>(o.column)] = true;
      }
    }
    spec.input_reads.assign(spec.late_reads.begin(),
                            spec.late_reads.begin() + static_cast<std::ptrdiff_t>(inputs));
    spec.projection_reads.assign(inputs, false);
    for (const bound::Projection& p : sel.projections) {
      MarkColumns(p.expr.get(), 0, spec.projection_reads);
      MarkColumns(p.expr.get(), 0, spec.input_reads);
    }
    for (const bound::AggregateCall& a : sel.aggregates) {
      for (const bound::ExprPtr& e : a.args) MarkColumns(e.get(), 0, spec.input_reads);
    }
    for (const bound::ExprPtr& g : sel.group_by) MarkColumns(g.get(), 0, spec.input_reads);
  }

  // The select step of `sel` over `input_scope`, emitting the `events` kinds.
  // `rate_limited`: an output rate limiter reads the select step's chunks, resets and group
  // keys (rate_limit_operator.cc). `deliver_per_chunk`: each input chunk's output is a delivery
  // of its own (false for joins: one delivery per joined arrival).
  absl::StatusOr<std::unique_ptr<Operator>> BuildSelector(const bound::Selector& sel,
                                                         ast::OutputEventType events,
                                                         bool batching,
                                                         const Schema& input_scope,
                                                         bool rate_limited = false,
                                                         bool deliver_per_chunk = true,
                                                         const std::vector<bool>* carried = nullptr,
                                                         int carried_key = -1) {
    SelectSpec spec;
    spec.carried_key = carried_key;
    Schema selector_scope = input_scope;
    for (const bound::AggregateCall& a : sel.aggregates) {
      std::vector<frontend::ArgInfo> infos;
      std::vector<std::unique_ptr<ExprKernel>> args;
      std::vector<int> refs;
      for (const bound::ExprPtr& e : a.args) {
        refs.push_back(e->kind == bound::ExprKind::kFieldRef ? e->column : -1);
        frontend::ArgInfo info;
        info.type = e->type;
        info.is_attribute = e->kind == bound::ExprKind::kFieldRef;
        if (e->IsConstant()) info.constant = e->value;
        infos.push_back(info);
        TALON_ASSIGN_OR_RETURN(auto kernel, kernels_.MakeExpr(*e, input_scope));
        args.push_back(std::move(kernel));
      }
      TALON_ASSIGN_OR_RETURN(auto aggregator, registry_.aggregator(a.aggregator_id).bind(infos, a.type));
      spec.aggregators.push_back(std::move(aggregator));
      spec.aggregator_args.push_back(std::move(args));
      spec.aggregator_arg_refs.push_back(std::move(refs));
      spec.aggregate_types.push_back(a.type);
      selector_scope.Add(absl::StrCat("_agg", spec.aggregate_types.size() - 1), a.type);
    }
    for (const bound::ExprPtr& g : sel.group_by) {
      TALON_ASSIGN_OR_RETURN(auto kernel, kernels_.MakeExpr(*g, input_scope));
      spec.group_by.push_back(std::move(kernel));
      spec.group_by_refs.push_back(g->kind == bound::ExprKind::kFieldRef ? g->column : -1);
    }
    for (size_t i = 0; i < sel.projections.size(); ++i) {
      const bound::Projection& p = sel.projections[i];
      // A carried projection may hand on values of another type (runtime/attributes_read.h).
      bool carried_projection = carried != nullptr && i < carried->size() && (*carried)[i];
      TALON_ASSIGN_OR_RETURN(auto kernel,
                             kernels_.MakeExpr(*p.expr, selector_scope, carried_projection));
      spec.projections.push_back(std::move(kernel));
      spec.projection_refs.push_back(p.expr->kind == bound::ExprKind::kFieldRef ? p.expr->column
                                                                                : -1);
    }
    if (sel.having) {
      Schema having_scope = sel.output;
      for (const Attribute& a : selector_scope.attributes()) having_scope.Add(a.name, a.type);
      TALON_ASSIGN_OR_RETURN(spec.having, kernels_.MakePredicate(*sel.having, having_scope));
    }
    spec.output = sel.output;
    spec.emit_current = events != ast::OutputEventType::kExpired;
    spec.emit_expired =
        events == ast::OutputEventType::kExpired || events == ast::OutputEventType::kAll;
    spec.order_by = sel.order_by;
    spec.limit = sel.limit;
    spec.offset = sel.offset;
    spec.batching = batching;
    // A window hands the selector several chunks at once (one per completed batch or timer
    // firing); Siddhi delivers each chunk's output separately, and Pipeline::Emit does the same
    // when the select step marks the boundaries.
    spec.mark_chunks = deliver_per_chunk;
    if (rate_limited) {
      spec.mark_chunks = true;
      spec.keep_resets = true;
      spec.group_key_column = !sel.group_by.empty();
    }
    MarkSelectorReads(sel, input_scope.size(), selector_scope.size(), spec);
    return MakeSelectOperator(std::move(spec));
  }

  const Registry& registry_;
  KernelFactory kernels_;
};

absl::StatusOr<std::unique_ptr<AppRuntimeImpl>> BuildRuntime(
    std::shared_ptr<const bound::App> app, plan::Dag dag, const Registry& registry,
    JitMode jit_mode, codegen::Jit* jit, bool capture_ir) {
  RuntimeBuilder builder(registry, jit_mode, jit, capture_ir);
  return builder.Build(std::move(app), std::move(dag));
}

absl::StatusOr<OnDemandPlan> BuildOnDemand(const bound::OnDemandQuery& query,
                                           const StoreSet& stores, const Registry& registry) {
  RuntimeBuilder builder(registry, JitMode::kOff, nullptr);
  return builder.BuildOnDemand(query, stores);
}

absl::StatusOr<AggregationOnDemandPlan> BuildAggregationOnDemand(
    const bound::OnDemandQuery& query, const IncrementalAggregation& aggregation,
    const Registry& registry) {
  RuntimeBuilder builder(registry, JitMode::kOff, nullptr);
  return builder.BuildAggregationOnDemand(query, aggregation);
}

}  // namespace talon::exec
