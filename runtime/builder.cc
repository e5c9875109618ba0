// plan::Dag -> AppRuntimeImpl. The only place that maps NodeKind to operators.
#include <variant>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/app_runtime_impl.h"
#include "runtime/operators/operators.h"
#include "runtime/pattern/pattern_operator.h"
#include "runtime/registry.h"

namespace talon::exec {

class RuntimeBuilder {
 public:
  RuntimeBuilder(const Registry& registry, JitMode jit_mode, codegen::Jit* jit)
      : registry_(registry), kernels_(registry, jit_mode, jit) {}

  absl::StatusOr<std::unique_ptr<AppRuntimeImpl>> Build(std::shared_ptr<const bound::App> app,
                                                        plan::Dag dag) {
    auto impl = std::make_unique<AppRuntimeImpl>(app, std::move(dag));
    impl->junctions_.resize(app->streams.size());
    for (int q = 0; q < static_cast<int>(app->queries.size()); ++q) {
      TALON_RETURN_IF_ERROR(BuildQuery(*impl, q));
    }
    const KernelStats& stats = kernels_.stats();
    impl->kernel_notes_.push_back(absl::StrCat("kernels: ", stats.jit, " jit, ", stats.interpreted,
                                               " interpreted, ", stats.fallbacks.size(),
                                               " fallbacks, ", stats.jit_compile_ms,
                                               " ms compiling"));
    for (const std::string& f : stats.fallbacks) impl->kernel_notes_.push_back("  fallback: " + f);
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
    if (input == nullptr && pattern == nullptr) {
      return absl::UnimplementedError("only single-input queries and patterns run yet");
    }
    const Schema& input_scope = input != nullptr ? input->scope : pattern->scope;
    bool has_window = false;
    for (plan::NodeId id : impl.dag_.QueryNodes(q)) {
      const plan::Node& node = impl.dag_.node(id);
      switch (node.kind) {
        case plan::NodeKind::kSource:
          if (node.source != bound::SourceKind::kStream) {
            return absl::UnimplementedError(
                absl::StrCat("query '", query.name, "': named windows are not supported yet"));
          }
          impl.junctions_[node.stream].subscribers.push_back(pipeline.get());
          pipeline->AddInput(node.stream);
          break;
        case plan::NodeKind::kPartitionRoute: {
          const plan::Node& source = impl.dag_.node(node.inputs[0]);
          TALON_RETURN_IF_ERROR(BuildPartitionKey(*pipeline, app, query, source));
          break;
        }
        case plan::NodeKind::kFilter: {
          TALON_ASSIGN_OR_RETURN(auto predicate,
                                 kernels_.MakePredicate(*node.handler->filter, node.schema));
          pipeline->operators_.push_back(MakeFilterOperator(std::move(predicate)));
          break;
        }
        case plan::NodeKind::kWindow: {
          has_window = true;
          const bound::WindowCall& call = node.handler->window;
          std::vector<const bound::Expr*> args;
          for (const bound::ExprPtr& a : call.args) args.push_back(a.get());
          TALON_ASSIGN_OR_RETURN(std::unique_ptr<Window> window,
                                 registry_.window(call.window_id).bind(args, node.schema));
          pipeline->operators_.push_back(MakeWindowOperator(std::move(window), node.label));
          pipeline->any_time_driven_ = true;
          break;
        }
        case plan::NodeKind::kStreamFunction:
          return absl::UnimplementedError(absl::StrCat(
              "query '", query.name, "': stream function '", node.handler->function_name,
              "' is not supported yet"));
        case plan::NodeKind::kProject:
        case plan::NodeKind::kAggregate: {
          TALON_ASSIGN_OR_RETURN(auto op, BuildSelect(query, input_scope, has_window));
          pipeline->operators_.push_back(std::move(op));
          break;
        }
        case plan::NodeKind::kOrderLimit:
          pipeline->operators_.push_back(MakeOrderLimitOperator(
              {query.selector.order_by, query.selector.limit, query.selector.offset}));
          break;
        case plan::NodeKind::kRateLimit:
          return absl::UnimplementedError(
              absl::StrCat("query '", query.name, "': output rate limiting is not supported yet"));
        case plan::NodeKind::kInsert:
          if (query.output.target_kind == bound::Output::TargetKind::kStream) {
            pipeline->target_stream_ = query.output.target;
          } else if (query.output.target_kind == bound::Output::TargetKind::kNamedWindow) {
            return absl::UnimplementedError(
                absl::StrCat("query '", query.name, "': named windows are not supported yet"));
          }
          break;
        case plan::NodeKind::kTableOp:
          return absl::UnimplementedError(
              absl::StrCat("query '", query.name, "': tables are not supported yet"));
        case plan::NodeKind::kPattern: {
          TALON_ASSIGN_OR_RETURN(auto op,
                                 MakePatternOperator(app, *pattern, pipeline->input_streams_,
                                                     kernels_, &impl.now_));
          pipeline->operators_.push_back(std::move(op));
          pipeline->any_time_driven_ = true;
          break;
        }
        case plan::NodeKind::kJoin:
          return absl::UnimplementedError(
              absl::StrCat("query '", query.name, "': joins are not supported yet"));
      }
    }
    impl.pipelines_.push_back(std::move(pipeline));
    return absl::OkStatus();
  }

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
    // the partition does not key is a query shared by every instance (key "").
    return absl::OkStatus();
  }

  absl::StatusOr<std::unique_ptr<Operator>> BuildSelect(const bound::Query& query,
                                                       const Schema& input_scope,
                                                       bool /*has_window*/) {
    const bound::Selector& sel = query.selector;
    SelectSpec spec;
    Schema selector_scope = input_scope;
    for (const bound::AggregateCall& a : sel.aggregates) {
      std::vector<frontend::ArgInfo> infos;
      std::vector<std::unique_ptr<ExprKernel>> args;
      for (const bound::ExprPtr& e : a.args) {
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
      spec.aggregate_types.push_back(a.type);
      selector_scope.Add(absl::StrCat("_agg", spec.aggregate_types.size() - 1), a.type);
    }
    for (const bound::ExprPtr& g : sel.group_by) {
      TALON_ASSIGN_OR_RETURN(auto kernel, kernels_.MakeExpr(*g, input_scope));
      spec.group_by.push_back(std::move(kernel));
    }
    for (const bound::Projection& p : sel.projections) {
      TALON_ASSIGN_OR_RETURN(auto kernel, kernels_.MakeExpr(*p.expr, selector_scope));
      spec.projections.push_back(std::move(kernel));
    }
    if (sel.having) {
      Schema having_scope = sel.output;
      for (const Attribute& a : selector_scope.attributes()) having_scope.Add(a.name, a.type);
      TALON_ASSIGN_OR_RETURN(spec.having, kernels_.MakePredicate(*sel.having, having_scope));
    }
    spec.output = sel.output;
    ast::OutputEventType events = query.output.events;
    spec.emit_current = events != ast::OutputEventType::kExpired;
    spec.emit_expired =
        events == ast::OutputEventType::kExpired || events == ast::OutputEventType::kAll;
    spec.order_by = sel.order_by;
    spec.limit = sel.limit;
    spec.offset = sel.offset;
    // QueryParser turns the selector's batching off only for snapshot rate limiting.
    spec.batching = query.rate.kind != ast::OutputRate::Kind::kSnapshot;
    return MakeSelectOperator(std::move(spec));
  }

  const Registry& registry_;
  KernelFactory kernels_;
};

absl::StatusOr<std::unique_ptr<AppRuntimeImpl>> BuildRuntime(
    std::shared_ptr<const bound::App> app, plan::Dag dag, const Registry& registry,
    JitMode jit_mode, codegen::Jit* jit) {
  RuntimeBuilder builder(registry, jit_mode, jit);
  return builder.Build(std::move(app), std::move(dag));
}

}  // namespace talon::exec
