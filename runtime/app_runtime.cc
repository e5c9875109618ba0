#include "runtime/app_runtime.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/app_runtime_impl.h"

namespace talon::exec {

// ---------------------------------------------------------------------------------------------
// Pipeline

Pipeline::StateSet& Pipeline::StatesFor(const std::string& key) {
  auto it = states_.find(key);
  if (it != states_.end()) return it->second;
  StateSet states;
  for (const auto& op : operators_) states.push_back(op->CreateState());
  key_order_.push_back(key);
  return states_.emplace(key, std::move(states)).first->second;
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
  int input = InputOf(stream);
  if (!partitioned_) {
    Batch batch = chunk;
    return Run(StatesFor(""), batch, 0, "", input);
  }
  if (key != nullptr) {
    Batch batch = chunk;
    return Run(StatesFor(*key), batch, 0, *key, input);
  }
  if (input >= static_cast<int>(key_specs_.size())) return absl::OkStatus();
  const PartitionKeySpec& key_spec = key_specs_[input];
  if (!key_spec.value && key_spec.ranges.empty()) {
    // A stream the partition does not key reaches every instance that exists (Siddhi's
    // PartitionStreamReceiver with no executor), and creates none.
    std::vector<std::string> keys = key_order_;
    for (const std::string& k : keys) {
      Batch batch = chunk;
      TALON_RETURN_IF_ERROR(Run(states_[k], batch, 0, k, input));
    }
    return absl::OkStatus();
  }
  // Route each event to its key's instance, one event at a time as Siddhi's
  // PartitionStreamReceiver does, so cross-key ordering follows arrival order.
  EvalContext eval{app_->now()};
  std::vector<std::vector<std::string>> keys(chunk.size());
  if (key_spec.value) {
    Column values;
    TALON_RETURN_IF_ERROR(key_spec.value->Eval(chunk, eval, values));
    for (size_t i = 0; i < chunk.size(); ++i) keys[i].push_back(values.Get(i).ToString());
  } else {
    for (const auto& [predicate, label] : key_spec.ranges) {
      std::vector<uint8_t> mask;
      TALON_RETURN_IF_ERROR(predicate->Filter(chunk, eval, mask));
      for (size_t i = 0; i < chunk.size(); ++i) {
        if (mask[i]) keys[i].push_back(label);
      }
    }
  }
  for (size_t i = 0; i < chunk.size(); ++i) {
    for (const std::string& k : keys[i]) {
      Batch one(Schema{});
      one.columns().clear();
      for (const Column& c : chunk.columns()) one.columns().emplace_back(c.type());
      one.AppendRow(chunk, i);
      TALON_RETURN_IF_ERROR(Run(StatesFor(k), one, 0, k, input));
    }
  }
  return absl::OkStatus();
}

absl::Status Pipeline::Run(StateSet& states, Batch& batch, size_t first, const std::string& key,
                           int input) {
  ProcessContext ctx;
  ctx.now = app_->now();
  ctx.eval.now = ctx.now;
  ctx.input = input;
  for (size_t i = first; i < operators_.size() && !batch.empty(); ++i) {
    TALON_RETURN_IF_ERROR(operators_[i]->Process(states[i].get(), batch, ctx));
    ctx.input = 0;
    if (operators_[i]->emits_one_chunk_per_row() && batch.size() > 1) {
      return Continue(states, batch, i, key);
    }
  }
  if (batch.empty()) return absl::OkStatus();
  return Emit(batch, key);
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

absl::Status Pipeline::Emit(const Batch& out, const std::string& key) {
  if (!callbacks_.empty()) {
    std::vector<Event> current, expired;
    for (size_t i = 0; i < out.size(); ++i) {
      (out.kind(i) == EventKind::kExpired ? expired : current).push_back(out.GetEvent(i));
    }
    Timestamp time = out.timestamp(out.size() - 1);
    for (const QueryCallback& cb : callbacks_) cb(time, current, expired);
  }
  if (target_stream_ >= 0) {
    // Events inserted into a stream arrive there as current events, whatever they were.
    Batch inserted = out;
    for (size_t i = 0; i < inserted.size(); ++i) inserted.set_kind(i, EventKind::kCurrent);
    return app_->Publish(target_stream_, inserted, partitioned_ ? &key : nullptr);
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

// ---------------------------------------------------------------------------------------------
// AppRuntimeImpl

absl::Status AppRuntimeImpl::Publish(int stream, const Batch& chunk, const std::string* key) {
  Junction& junction = junctions_[stream];
  for (Pipeline* p : junction.subscribers) TALON_RETURN_IF_ERROR(p->Process(chunk, key, stream));
  if (!junction.callbacks.empty()) {
    std::vector<Event> events;
    events.reserve(chunk.size());
    for (size_t i = 0; i < chunk.size(); ++i) events.push_back(chunk.GetEvent(i));
    for (const StreamCallback& cb : junction.callbacks) cb(events);
  }
  return absl::OkStatus();
}

int AppRuntimeImpl::FindPublicStream(std::string_view name) const {
  for (size_t i = 0; i < app_->streams.size(); ++i) {
    const bound::Stream& s = app_->streams[i];
    if (s.name == name && s.kind != bound::StreamKind::kInner) return static_cast<int>(i);
  }
  return -1;
}

absl::Status AppRuntimeImpl::ValidateEvent(const bound::Stream& stream, const Event& event) const {
  if (event.data.size() != stream.schema.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "stream '", stream.name, "' expects ", stream.schema.size(), " attributes ",
        stream.schema.ToString(), ", got ", event.data.size()));
  }
  for (size_t i = 0; i < event.data.size(); ++i) {
    const Value& v = event.data[i];
    const Attribute& a = stream.schema.at(i);
    // An `object` attribute holds any value, as in Siddhi.
    if (!v.is_null() && v.type() != a.type && a.type != Type::kObject) {
      return absl::InvalidArgumentError(absl::StrCat(
          "attribute '", a.name, "' of stream '", stream.name, "' is ", TypeName(a.type),
          ", got ", TypeName(v.type()), " value ", v.ToString()));
    }
  }
  return absl::OkStatus();
}

absl::Status AppRuntimeImpl::SendChunk(std::string_view stream_name, std::vector<Event> events) {
  int s = FindPublicStream(stream_name);
  if (s < 0) return absl::InvalidArgumentError(absl::StrCat("no stream named '", std::string(stream_name), "'"));
  const bound::Stream& stream = app_->streams[s];
  for (const Event& e : events) TALON_RETURN_IF_ERROR(ValidateEvent(stream, e));
  if (events.empty()) return absl::OkStatus();
  // Time-driven operators see the clock reach the chunk's time before the chunk itself.
  Timestamp ts = events.front().timestamp;
  if (ts > now_) TALON_RETURN_IF_ERROR(AdvanceTime(ts));
  Batch batch(stream.schema);
  for (Event& e : events) batch.Append(e.timestamp, EventKind::kCurrent, e.data);
  absl::Status status = Publish(s, batch, nullptr);
  Timestamp last = events.back().timestamp;
  if (last > now_) now_ = last;
  return status;
}

absl::Status AppRuntimeImpl::AdvanceTime(Timestamp now) {
  if (now <= now_) return absl::OkStatus();
  now_ = now;
  for (const auto& p : pipelines_) TALON_RETURN_IF_ERROR(p->OnTime(now));
  return absl::OkStatus();
}

absl::Status AppRuntimeImpl::Start(Timestamp start) {
  if (start > now_) now_ = start;
  for (const auto& p : pipelines_) p->Start();
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

std::string AppRuntimeImpl::Describe() const {
  std::string out;
  for (const auto& p : pipelines_) absl::StrAppend(&out, p->Describe(), "\n");
  for (const std::string& note : kernel_notes_) absl::StrAppend(&out, note, "\n");
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

absl::Status AppRuntime::AdvanceTime(Timestamp now) { return impl_->AdvanceTime(now); }

absl::StatusOr<std::vector<Event>> AppRuntime::Query(std::string_view on_demand_query) {
  // TODO: tables and named-window stores (issue: tables/on-demand) — until then say so.
  return absl::UnimplementedError("on-demand queries are not supported yet");
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

std::vector<std::string> AppRuntime::QueryNames() const {
  std::vector<std::string> names;
  for (const bound::Query& q : impl_->app().queries) names.push_back(q.name);
  return names;
}

std::string AppRuntime::Describe() const { return impl_->Describe(); }

void AppRuntime::Shutdown() {}

}  // namespace talon::exec
