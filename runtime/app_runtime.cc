#include "runtime/app_runtime.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "frontend/frontend.h"
#include "runtime/app_runtime_impl.h"
#include "runtime/registry.h"

namespace talon::exec {

// ---------------------------------------------------------------------------------------------
// Pipeline

Pipeline::StateSet& Pipeline::StatesFor(const std::string& key) {
  auto it = states_.find(key);
  if (it != states_.end()) return it->second;
  StateSet states;
  for (const auto& op : operators_) states.push_back(op->CreateState());
  for (size_t i = 0; i + 1 < operators_.size(); ++i) {
    operators_[i]->Link(states[i].get(), states[i + 1].get());
  }
  for (size_t i = 0; i < operators_.size(); ++i) operators_[i]->Start(states[i].get(), app_->now());
  if (TracksDue()) key_index_[key] = key_order_.size();
  key_order_.push_back(key);
  StateSet& created = states_.emplace(key, std::move(states)).first->second;
  Reschedule(key, created);
  return created;
}

bool Pipeline::TracksDue() {
  if (tracks_due_ < 0) {
    bool all = any_time_driven_;
    for (const auto& op : operators_) {
      if (op->time_driven() && !op->reports_due()) all = false;
    }
    tracks_due_ = all ? 1 : 0;
  }
  return tracks_due_ == 1;
}

void Pipeline::Reschedule(const std::string& key, const StateSet& states) {
  if (!TracksDue()) return;
  std::optional<Timestamp> due;
  for (size_t i = 0; i < operators_.size(); ++i) {
    if (!operators_[i]->time_driven()) continue;
    std::optional<Timestamp> d = operators_[i]->NextDue(states[i].get());
    if (d && (!due || *d < *due)) due = d;
  }
  if (!due) return;
  auto it = scheduled_.find(key);
  if (it != scheduled_.end() && it->second <= *due) return;
  scheduled_[key] = *due;
  due_.push(Due{*due, due_seq_++, key_index_.at(key), key});
}

int Pipeline::InputOf(int stream) const {
  for (size_t i = 0; i < input_streams_.size(); ++i) {
    if (input_streams_[i] == stream) return static_cast<int>(i);
  }
  return 0;
}

int Pipeline::AddInput(int stream) {
  for (size_t i = 0; i < input_streams_.size(); ++i) {
    if (input_streams_[i] == stream) return static_cast<int>(i);
  }
  input_streams_.push_back(stream);
  key_specs_.resize(input_streams_.size());
  return static_cast<int>(input_streams_.size()) - 1;
}

void Pipeline::Start() {
  if (!partitioned_) StatesFor("");
}

absl::Status Pipeline::Process(const Batch& chunk, const std::string* key, int stream) {
  if (event_at_a_time_ && chunk.size() > 1) {
    for (size_t i = 0; i < chunk.size(); ++i) {
      Batch one;
      for (const Column& c : chunk.columns()) one.columns().emplace_back(c.type());
      one.AppendRow(chunk, i);
      TALON_RETURN_IF_ERROR(Process(one, key, stream));
    }
    return absl::OkStatus();
  }
  int input = InputOf(stream);
  if (!partitioned_) return RunFrom(StatesFor(""), chunk, "", input);
  if (key != nullptr) return RunFrom(StatesFor(*key), chunk, *key, input);
  return RouteToInstances(chunk, input);
}

absl::Status Pipeline::RouteToInstances(const Batch& chunk, int input) {
  if (input >= static_cast<int>(key_specs_.size())) return absl::OkStatus();
  const PartitionKeySpec& key_spec = key_specs_[input];
  if (!key_spec.value && key_spec.ranges.empty()) {
    // A stream the partition does not key reaches every instance that exists, in the order of
    // Siddhi's PartitionStreamReceiver (a HashSet of the keys), and creates none.
    std::vector<std::string> keys = app_->partitions_[partition_].instances.BroadcastOrder();
    for (const std::string& k : keys) {
      TALON_RETURN_IF_ERROR(RunFrom(StatesFor(k), chunk, k, input));
    }
    return absl::OkStatus();
  }
  // The keys of each event (Siddhi's partition executors: the value's text, or the label of
  // every range that holds; an event whose value is NULL has no key and goes nowhere).
  EvalContext eval{app_->now(), &app_->stores()};
  std::vector<std::vector<std::string>> keys(chunk.size());
  if (key_spec.value) {
    Column values;
    TALON_RETURN_IF_ERROR(key_spec.value->Eval(chunk, eval, values));
    for (size_t i = 0; i < chunk.size(); ++i) {
      if (!values.IsNull(i)) keys[i].push_back(values.Get(i).ToString());
    }
  } else {
    for (const auto& [predicate, label] : key_spec.ranges) {
      std::vector<uint8_t> mask;
      TALON_RETURN_IF_ERROR(predicate->Filter(chunk, eval, mask));
      for (size_t i = 0; i < chunk.size(); ++i) {
        if (mask[i]) keys[i].push_back(label);
      }
    }
  }
  // Consecutive events of one key travel as one chunk, as PartitionStreamReceiver sends them;
  // the instance is created (in every query of the partition) when its chunk is sent.
  Batch run;
  for (const Column& c : chunk.columns()) run.columns().emplace_back(c.type());
  std::string run_key;
  auto send = [&]() -> absl::Status {
    if (run.empty()) return absl::OkStatus();
    app_->TouchInstance(partition_, run_key);
    Batch batch = std::move(run);
    run = Batch();
    for (const Column& c : chunk.columns()) run.columns().emplace_back(c.type());
    return Run(StatesFor(run_key), batch, 0, run_key, input);
  };
  for (size_t i = 0; i < chunk.size(); ++i) {
    for (const std::string& k : keys[i]) {
      if (!run.empty() && k != run_key) TALON_RETURN_IF_ERROR(send());
      run_key = k;
      run.AppendRow(chunk, i);
    }
  }
  return send();
}

absl::Status Pipeline::Run(StateSet& states, Batch& batch, size_t first, const std::string& key,
                           int input) {
  ProcessContext ctx = Context(input);
  for (size_t i = first; i < operators_.size() && !batch.empty(); ++i) {
    TALON_RETURN_IF_ERROR(operators_[i]->Process(states[i].get(), batch, ctx));
    ctx.input = 0;
    if (operators_[i]->emits_one_chunk_per_row() && batch.size() > 1) {
      Reschedule(key, states);
      return Continue(states, batch, i, key);
    }
  }
  Reschedule(key, states);
  if (batch.empty()) return absl::OkStatus();
  return Emit(batch, key);
}

ProcessContext Pipeline::Context(int input) const {
  ProcessContext ctx;
  ctx.now = app_->now();
  ctx.eval.now = ctx.now;
  ctx.eval.stores = &app_->stores();
  ctx.input = input;
  return ctx;
}

absl::Status Pipeline::RunFrom(StateSet& states, const Batch& chunk, const std::string& key,
                               int input) {
  Batch batch;
  if (operators_.empty() || chunk.empty()) {
    batch = chunk;
    return Run(states, batch, 0, key, input);
  }
  ProcessContext ctx = Context(input);
  TALON_RETURN_IF_ERROR(operators_[0]->ProcessFrom(states[0].get(), chunk, batch, ctx));
  if (operators_[0]->emits_one_chunk_per_row() && batch.size() > 1) {
    Reschedule(key, states);
    return Continue(states, batch, 0, key);
  }
  return Run(states, batch, 1, key, 0);
}

absl::Status Pipeline::Continue(StateSet& states, Batch& out, size_t i, const std::string& key) {
  if (!operators_[i]->emits_one_chunk_per_row() || out.size() <= 1) {
    return Run(states, out, i + 1, key);
  }
  for (size_t r = 0; r < out.size(); ++r) {
    Batch one;
    for (const Column& c : out.columns()) one.columns().emplace_back(c.type());
    one.AppendRow(out, r);
    TALON_RETURN_IF_ERROR(Run(states, one, i + 1, key));
  }
  return absl::OkStatus();
}

absl::Status Pipeline::OnTime(Timestamp now) {
  if (!any_time_driven_) return absl::OkStatus();
  if (TracksDue()) {
    // Only the keys due by `now`, each once per clock move (what falls due while they run waits
    // for the next move), in first-seen order as the sweep below visits them: a key that is
    // not due would have done nothing there.
    std::vector<std::pair<size_t, std::string>> keys;
    while (!due_.empty() && due_.top().at <= now) {
      Due due = due_.top();
      due_.pop();
      auto scheduled = scheduled_.find(due.key);
      if (scheduled == scheduled_.end() || scheduled->second != due.at) continue;  // superseded
      scheduled_.erase(scheduled);
      keys.emplace_back(due.order, std::move(due.key));
    }
    std::sort(keys.begin(), keys.end());
    for (const auto& [order, key] : keys) {
      StateSet& states = states_.at(key);
      for (size_t i = 0; i < operators_.size(); ++i) {
        if (!operators_[i]->time_driven()) continue;
        Batch out;
        TALON_RETURN_IF_ERROR(operators_[i]->OnTime(states[i].get(), now, out));
        if (!out.empty()) TALON_RETURN_IF_ERROR(Continue(states, out, i, key));
      }
      Reschedule(key, states);
    }
    return absl::OkStatus();
  }
  // Keys in first-seen order keep output deterministic.
  for (size_t k = 0; k < key_order_.size(); ++k) {
    std::string key = key_order_[k];
    StateSet& states = states_[key];
    for (size_t i = 0; i < operators_.size(); ++i) {
      if (!operators_[i]->time_driven()) continue;
      Batch out;
      // The operator's output schema is its input's; windows keep the schema.
      TALON_RETURN_IF_ERROR(operators_[i]->OnTime(states[i].get(), now, out));
      if (!out.empty()) TALON_RETURN_IF_ERROR(Continue(states, out, i, key));
    }
  }
  return absl::OkStatus();
}

absl::Status Pipeline::Emit(Batch& all, const std::string& key) {
  // kTimer rows separate chunks that leave separately (a rate limiter's output chunks, or the
  // select step's with SelectSpec::mark_chunks): each is a delivery of its own.
  size_t end = all.size();
  while (end > 0 && all.kind(end - 1) == EventKind::kTimer) --end;
  if (std::find(all.kinds().begin(), all.kinds().begin() + static_cast<std::ptrdiff_t>(end),
                EventKind::kTimer) == all.kinds().begin() + static_cast<std::ptrdiff_t>(end)) {
    // One chunk (the common case): deliver it in place, without its trailing chunk ends.
    if (end == 0) return absl::OkStatus();
    all.Slice(0, end);
    return EmitChunk(all, key);
  }
  size_t begin = 0;
  absl::Status first_error;
  for (size_t i = 0; i <= end; ++i) {
    if (i < end && all.kind(i) != EventKind::kTimer) continue;
    if (i > begin) {
      Batch chunk;
      for (const Column& c : all.columns()) chunk.columns().emplace_back(c.type());
      chunk.AppendRange(all, begin, i);
      absl::Status s = EmitChunk(chunk, key);
      if (!s.ok() && first_error.ok()) first_error = std::move(s);
    }
    begin = i + 1;
  }
  return first_error;
}

absl::Status Pipeline::EmitChunk(Batch& out, const std::string& key) {
  if (!callbacks_.empty()) {
    std::vector<Event> current, expired;
    for (size_t i = 0; i < out.size(); ++i) {
      (out.kind(i) == EventKind::kExpired ? expired : current).push_back(out.GetEvent(i));
    }
    Timestamp time = out.timestamp(out.size() - 1);
    for (const QueryCallback& cb : callbacks_) cb(time, current, expired);
  }
  if (table_operation_ != nullptr) {
    EvalContext ctx{app_->now(), &app_->stores()};
    return table_operation_->Apply(out, ctx);
  }
  if (target_window_ >= 0) return app_->InsertIntoWindow(target_window_, out);
  if (target_stream_ >= 0) {
    // Events inserted into a stream arrive there as current events, whatever they were.
    std::fill(out.kinds().begin(), out.kinds().end(), EventKind::kCurrent);
    // The key travels only into the partition's own inner streams; an outer stream is routed
    // afresh by whichever partition reads it.
    bool inner = app_->app().streams[target_stream_].kind == bound::StreamKind::kInner;
    return app_->Publish(target_stream_, out, partitioned_ && inner ? &key : nullptr);
  }
  return absl::OkStatus();
}

std::string Pipeline::Describe() const {
  std::string out = absl::StrCat("query ", name_, ":");
  const StateSet* states = nullptr;
  if (!states_.empty()) states = &states_.begin()->second;
  for (size_t i = 0; i < operators_.size(); ++i) {
    absl::StrAppend(&out, "\n  ", operators_[i]->Describe(states ? (*states)[i].get() : nullptr));
  }
  if (partitioned_) absl::StrAppend(&out, "\n  partition keys seen: ", states_.size());
  return out;
}

StateSize Pipeline::SumUsage(size_t i) const {
  StateSize size{absl::StrCat("query ", name_), operators_[i]->Describe(nullptr), 0, 0,
                 partitioned_ ? static_cast<int64_t>(states_.size()) : 1};
  for (const auto& [key, states] : states_) {
    if (std::optional<StateUsage> usage = operators_[i]->Usage(states[i].get())) {
      size.events += static_cast<int64_t>(usage->events);
      size.bytes += static_cast<int64_t>(usage->bytes);
    }
  }
  return size;
}

void Pipeline::StateSizes(std::vector<StateSize>& out) const {
  for (size_t i = 0; i < operators_.size(); ++i) {
    if (operators_[i]->Usage(nullptr)) out.push_back(SumUsage(i));
  }
}

namespace {

std::string HumanBytes(int64_t bytes) {
  if (bytes < 10 * 1024) return absl::StrCat(bytes, " B");
  if (bytes < 10 * 1024 * 1024) return absl::StrCat(bytes / 1024, " KiB");
  return absl::StrCat(bytes / (1024 * 1024), " MiB");
}

std::string StateLine(const StateSize& s) {
  std::string line = absl::StrCat(s.what, ": ", s.events, s.events == 1 ? " event" : " events",
                                  ", ~", HumanBytes(s.bytes));
  if (s.keys != 1) absl::StrAppend(&line, " over ", s.keys, " keys");
  return line;
}

}  // namespace

std::string Pipeline::StateReport() const {
  std::string out = absl::StrCat("query ", name_);
  if (partitioned_) absl::StrAppend(&out, " (partitioned, ", states_.size(), " keys)");
  out += ":";
  const StateSet* first = states_.empty() ? nullptr : &states_.begin()->second;
  bool any = false;
  for (size_t i = 0; i < operators_.size(); ++i) {
    const Operator& op = *operators_[i];
    if (op.Usage(nullptr)) {
      absl::StrAppend(&out, "\n  ", StateLine(SumUsage(i)));
      any = true;
      continue;
    }
    // Operators that keep something other than events say so in their explain line (a select
    // step's groups): show it when it differs from the stateless line.
    if (first == nullptr) continue;
    std::string with_state = op.Describe((*first)[i].get());
    if (with_state == op.Describe(nullptr)) continue;
    absl::StrAppend(&out, "\n  ", with_state, partitioned_ ? " [first key]" : "");
    any = true;
  }
  if (!any) absl::StrAppend(&out, "\n  (no state)");
  return out;
}

// ---------------------------------------------------------------------------------------------
// AppRuntimeImpl

absl::Status AppRuntimeImpl::Publish(int stream, const Batch& chunk, const std::string* key) {
  Junction& junction = junctions_[stream];
  // One query refusing the chunk (say, a primary key) does not keep it from the others.
  absl::Status first_error;
  EvalContext eval{now_, &stores_};
  for (IncrementalAggregation* a : junction.aggregations) {
    absl::Status s = a->Receive(chunk, eval);
    if (!s.ok() && first_error.ok()) first_error = std::move(s);
  }
  for (Pipeline* p : junction.subscribers) {
    absl::Status s = p->Process(chunk, key, stream);
    if (!s.ok() && first_error.ok()) first_error = std::move(s);
  }
  if (!junction.callbacks.empty()) {
    std::vector<Event> events;
    events.reserve(chunk.size());
    for (size_t i = 0; i < chunk.size(); ++i) events.push_back(chunk.GetEvent(i));
    for (const StreamCallback& cb : junction.callbacks) cb(events);
  }
  for (const StreamBatchCallback& cb : junction.batch_callbacks) cb(chunk);
  return first_error;
}

absl::Status AppRuntimeImpl::InsertIntoWindow(int window, const Batch& chunk) {
  std::vector<Batch> published;
  TALON_RETURN_IF_ERROR(stores_.windows[window]->Insert(chunk, now_, published));
  return PublishWindow(window, published);
}

absl::Status AppRuntimeImpl::PublishWindow(int window, const std::vector<Batch>& chunks) {
  absl::Status first_error;
  for (const Batch& chunk : chunks) {
    for (Pipeline* p : window_junctions_[window].subscribers) {
      absl::Status s = p->Process(chunk, nullptr, NamedWindowSource(window));
      if (!s.ok() && first_error.ok()) first_error = std::move(s);
    }
  }
  return first_error;
}

absl::StatusOr<std::vector<Event>> AppRuntimeImpl::Query(std::string_view text) {
  if (registry_ == nullptr) {
    return absl::FailedPreconditionError(
        "this app was built without a catalog for on-demand queries");
  }
  auto source = std::make_shared<const SourceText>("<on-demand>", std::string(text));
  Diagnostics diagnostics;
  diagnostics.AdoptSource(source);
  TALON_ASSIGN_OR_RETURN(bound::OnDemandQuery query,
                         frontend::CompileOnDemandQuery(*source, *app_, *registry_, diagnostics));
  if (query.source == bound::SourceKind::kAggregation && query.id >= 0) {
    TALON_ASSIGN_OR_RETURN(
        AggregationOnDemandPlan plan,
        BuildAggregationOnDemand(query, *aggregations_[query.id], *registry_));
    return RunAggregationOnDemand(plan, EvalContext{now_, &stores_});
  }
  TALON_ASSIGN_OR_RETURN(OnDemandPlan plan, BuildOnDemand(query, stores_, *registry_));
  return RunOnDemand(plan, stores_, now_);
}

int AppRuntimeImpl::FindPublicStream(std::string_view name) const {
  for (size_t i = 0; i < app_->streams.size(); ++i) {
    const bound::Stream& s = app_->streams[i];
    if (s.name == name && s.kind != bound::StreamKind::kInner) return static_cast<int>(i);
  }
  return -1;
}

absl::Status AppRuntimeImpl::ValidateEvent(int s, Event& event) const {
  const bound::Stream& stream = app_->streams[s];
  const std::vector<AttributeUse>& uses = value_uses_.streams[s];
  const size_t n = stream.schema.size();
  for (size_t i = 0; i < n; ++i) {
    const Attribute& a = stream.schema.at(i);
    if (i >= event.data.size()) {
      if (uses[i] != AttributeUse::kUnread) {
        return absl::InvalidArgumentError(absl::StrCat(
            "stream '", stream.name, "' expects ", n, " attributes ", stream.schema.ToString(),
            ", got ", event.data.size()));
      }
      event.data.push_back(Value::Null(a.type));
      continue;
    }
    Value& v = event.data[i];
    // An `object` attribute holds any value, as in Siddhi. A value of another type flows on
    // where it is only carried (runtime/attributes_read.h), as a foreign value of its column.
    if (!v.is_null() && v.type() != a.type && a.type != Type::kObject) {
      if (uses[i] == AttributeUse::kCarried) continue;
      if (uses[i] == AttributeUse::kTyped) {
        return absl::InvalidArgumentError(absl::StrCat(
            "attribute '", a.name, "' of stream '", stream.name, "' is ", TypeName(a.type),
            ", got ", TypeName(v.type()), " value ", v.ToString()));
      }
      v = Value::Null(a.type);
    }
  }
  event.data.resize(n);
  return absl::OkStatus();
}

absl::Status AppRuntimeImpl::SendChunk(std::string_view stream_name, std::vector<Event> events) {
  int s = FindPublicStream(stream_name);
  if (s < 0) return absl::InvalidArgumentError(absl::StrCat("no stream named '", std::string(stream_name), "'"));
  const bound::Stream& stream = app_->streams[s];
  for (Event& e : events) TALON_RETURN_IF_ERROR(ValidateEvent(s, e));
  if (events.empty()) return absl::OkStatus();
  Batch batch(stream.schema);
  for (Event& e : events) batch.Append(e.timestamp, EventKind::kCurrent, e.data);
  return PublishInput(s, batch);
}

absl::Status AppRuntimeImpl::PublishInput(int stream, const Batch& batch) {
  // Siddhi's playback InputHandler moves the clock to the chunk's last event before the chunk
  // is processed, so time-driven operators fire for that time first (expression windows
  // depend on it: ExpressionWindowTestCase).
  Timestamp last = batch.timestamps().back();
  if (last > now_) TALON_RETURN_IF_ERROR(AdvanceTime(last));
  return Publish(stream, batch, nullptr);
}

absl::Status AppRuntimeImpl::SendBatch(std::string_view stream_name, const Batch& batch) {
  int s = FindPublicStream(stream_name);
  if (s < 0) return absl::InvalidArgumentError(absl::StrCat("no stream named '", std::string(stream_name), "'"));
  const bound::Stream& stream = app_->streams[s];
  if (batch.column_count() != stream.schema.size()) {
    return absl::InvalidArgumentError(absl::StrCat("stream '", stream.name, "' expects ",
                                                   stream.schema.size(), " columns, got ",
                                                   batch.column_count()));
  }
  for (size_t c = 0; c < batch.column_count(); ++c) {
    if (batch.column(c).type() != stream.schema.at(c).type) {
      return absl::InvalidArgumentError(absl::StrCat(
          "attribute '", stream.schema.at(c).name, "' of stream '", stream.name, "' is ",
          TypeName(stream.schema.at(c).type), ", got a ", TypeName(batch.column(c).type()),
          " column"));
    }
  }
  if (batch.empty()) return absl::OkStatus();
  return PublishInput(s, batch);
}

absl::Status AppRuntimeImpl::AdvanceTime(Timestamp now) {
  // Trigger firings due by `now` happen in time order, each once the clock (and every timer
  // before it) reached its time.
  while (true) {
    size_t due = triggers_.size();
    for (size_t t = 0; t < triggers_.size(); ++t) {
      std::optional<Timestamp> next = triggers_[t].next();
      if (next && *next <= now && (due == triggers_.size() || *next < *triggers_[due].next())) {
        due = t;
      }
    }
    if (due == triggers_.size()) break;
    Timestamp at = *triggers_[due].next();
    TALON_RETURN_IF_ERROR(MoveClock(at));
    TALON_RETURN_IF_ERROR(FireTrigger(due, at));
  }
  return MoveClock(now);
}

absl::Status AppRuntimeImpl::FireTrigger(size_t t, Timestamp at) {
  triggers_[t].Fired();
  const bound::Stream& stream = app_->streams[triggers_[t].stream()];
  Batch batch(stream.schema);
  batch.Append(at, EventKind::kCurrent, {Value::Long(at)});
  return Publish(triggers_[t].stream(), batch, nullptr);
}

void AppRuntimeImpl::TouchInstance(int partition, const std::string& key) {
  PartitionRuntime& p = partitions_[partition];
  if (!p.instances.Touch(key, now_)) return;
  for (Pipeline* pipeline : p.pipelines) pipeline->StatesFor(key);
}

absl::Status AppRuntimeImpl::MoveClock(Timestamp now) {
  if (now <= now_) return absl::OkStatus();
  now_ = now;
  // Aggregations' timers first: Siddhi defines aggregations before windows and queries.
  for (const auto& a : aggregations_) a->OnTime(now);
  // Named windows first: they are defined before the queries that read them.
  for (int w : window_timer_order_) {
    std::vector<Batch> published;
    TALON_RETURN_IF_ERROR(stores_.windows[w]->OnTime(now, published));
    TALON_RETURN_IF_ERROR(PublishWindow(w, published));
  }
  for (const auto& p : pipelines_) TALON_RETURN_IF_ERROR(p->OnTime(now));
  return absl::OkStatus();
}

absl::Status AppRuntimeImpl::Start(Timestamp start) {
  if (start > now_) now_ = start;
  for (const auto& p : pipelines_) p->Start();
  // Triggers start last, once every query can receive their events.
  for (size_t t = 0; t < triggers_.size(); ++t) {
    if (triggers_[t].Start(now_)) TALON_RETURN_IF_ERROR(FireTrigger(t, now_));
  }
  return absl::OkStatus();
}

absl::Status AppRuntimeImpl::AddQueryCallback(std::string_view query, QueryCallback callback) {
  for (const auto& p : pipelines_) {
    if (p->name() == query) {
      p->AddCallback(std::move(callback));
      return absl::OkStatus();
    }
  }
  return absl::NotFoundError(absl::StrCat("no query named '", std::string(query), "'"));
}

absl::Status AppRuntimeImpl::AddStreamCallback(std::string_view stream, StreamCallback callback) {
  int s = FindPublicStream(stream);
  if (s < 0) return absl::NotFoundError(absl::StrCat("no stream named '", std::string(stream), "'"));
  junctions_[s].callbacks.push_back(std::move(callback));
  return absl::OkStatus();
}

absl::Status AppRuntimeImpl::AddStreamBatchCallback(std::string_view stream,
                                                    StreamBatchCallback callback) {
  int s = FindPublicStream(stream);
  if (s < 0) return absl::NotFoundError(absl::StrCat("no stream named '", std::string(stream), "'"));
  junctions_[s].batch_callbacks.push_back(std::move(callback));
  return absl::OkStatus();
}

std::string AppRuntimeImpl::Describe() const {
  std::string out;
  for (const auto& a : aggregations_) absl::StrAppend(&out, a->Describe(), "\n");
  for (const auto& p : pipelines_) absl::StrAppend(&out, p->Describe(), "\n");
  for (const std::string& note : kernel_notes_) absl::StrAppend(&out, note, "\n");
  return out;
}

std::vector<StateSize> AppRuntimeImpl::StateSizes() const {
  std::vector<StateSize> out;
  for (const auto& p : pipelines_) p->StateSizes(out);
  for (const auto& t : stores_.tables) {
    out.push_back(StateSize{absl::StrCat("table ", t->name()), "rows",
                            static_cast<int64_t>(t->size()),
                            static_cast<int64_t>(ApproxBatchBytes(t->rows())), 1});
  }
  for (const auto& w : stores_.windows) {
    out.push_back(StateSize{absl::StrCat("window ", w->name()), "events",
                            static_cast<int64_t>(w->StateSize()),
                            static_cast<int64_t>(w->StateBytes()), 1});
  }
  return out;
}

std::string AppRuntimeImpl::StateReport() const {
  std::string out;
  for (const auto& p : pipelines_) absl::StrAppend(&out, p->StateReport(), "\n");
  for (const auto& t : stores_.tables) {
    absl::StrAppend(&out, "table ", t->name(), ": ", t->size(), " rows, ~",
                    HumanBytes(static_cast<int64_t>(ApproxBatchBytes(t->rows()))), "\n");
  }
  for (const auto& w : stores_.windows) {
    absl::StrAppend(&out, "window ", w->name(), ": ", w->StateSize(), " events, ~",
                    HumanBytes(static_cast<int64_t>(w->StateBytes())), "\n");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// AppRuntime facade

AppRuntime::AppRuntime(std::unique_ptr<AppRuntimeImpl> impl) : impl_(std::move(impl)) {}
AppRuntime::~AppRuntime() = default;

const std::string& AppRuntime::name() const { return impl_->name(); }

absl::Status AppRuntime::AddQueryCallback(std::string_view query, QueryCallback callback) {
  return impl_->AddQueryCallback(query, std::move(callback));
}

absl::Status AppRuntime::AddStreamCallback(std::string_view stream, StreamCallback callback) {
  return impl_->AddStreamCallback(stream, std::move(callback));
}

absl::Status AppRuntime::AddStreamBatchCallback(std::string_view stream,
                                                StreamBatchCallback callback) {
  return impl_->AddStreamBatchCallback(stream, std::move(callback));
}

absl::Status AppRuntime::Start(Timestamp start_time) { return impl_->Start(start_time); }

absl::Status AppRuntime::Send(std::string_view stream, Timestamp timestamp,
                              std::vector<Value> data) {
  std::vector<Event> events;
  events.push_back(Event{timestamp, std::move(data), EventKind::kCurrent});
  return impl_->SendChunk(stream, std::move(events));
}

absl::Status AppRuntime::SendChunk(std::string_view stream, std::vector<Event> events) {
  return impl_->SendChunk(stream, std::move(events));
}

absl::Status AppRuntime::SendBatch(std::string_view stream, const Batch& batch) {
  return impl_->SendBatch(stream, batch);
}

absl::Status AppRuntime::AdvanceTime(Timestamp now) { return impl_->AdvanceTime(now); }

absl::StatusOr<std::vector<Event>> AppRuntime::Query(std::string_view on_demand_query) {
  return impl_->Query(on_demand_query);
}

absl::StatusOr<Schema> AppRuntime::StreamSchema(std::string_view stream) const {
  int s = impl_->FindPublicStream(stream);
  if (s < 0) return absl::NotFoundError(absl::StrCat("no stream named '", std::string(stream), "'"));
  return impl_->app().streams[s].schema;
}

std::vector<std::string> AppRuntime::StreamNames() const {
  std::vector<std::string> names;
  for (const bound::Stream& s : impl_->app().streams) {
    if (s.kind != bound::StreamKind::kInner) names.push_back(s.name);
  }
  return names;
}

const bound::App& AppRuntime::bound_app() const { return impl_->app(); }

std::vector<std::string> AppRuntime::QueryNames() const {
  std::vector<std::string> names;
  for (const bound::Query& q : impl_->app().queries) names.push_back(q.name);
  return names;
}

std::string AppRuntime::Describe() const { return impl_->Describe(); }

std::vector<StateSize> AppRuntime::StateSizes() const { return impl_->StateSizes(); }

std::string AppRuntime::StateReport() const { return impl_->StateReport(); }

const std::vector<QueryCompileStats>& AppRuntime::CompileStats() const {
  return impl_->compile_stats();
}

void AppRuntime::Shutdown() {}

}  // namespace talon::exec
