// The driver of `talon run`: binds streams to sources and sinks, then runs the app on this one
// thread while sources read on theirs.
//
// Loop: take batches from the inbox (finite replays merged by event time and paced by
// --speed; live sources in arrival order), send them to the app as chunks (one per record,
// or one per batch for chunk-insensitive apps), route malformed records, and every
// --max-latency (or whenever the input goes quiet) flush the sinks and then acknowledge the
// batches whose effects are out (Kafka commits offsets only then). A stop request (signal)
// makes the sources end; what they read is still delivered before Run returns.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "frontend/base/status_macros.h"
#include "frontend/bound.h"
#include "runtime/batch.h"
#include "runtime/io/attribute_text.h"
#include "runtime/io/inbox.h"
#include "runtime/io/io.h"
#include "runtime/io/io_spec.h"
#include "runtime/io/sink.h"
#include "runtime/io/source.h"

namespace talon::exec::io {
namespace {

std::atomic<bool> g_stop_requested{false};

// Malformed records shown on stderr per source before the rest are only counted.
constexpr int kShownFaults = 10;

// An app whose output does not depend on how its input is cut into chunks: every query reads
// one stream through filters and stream functions only and selects without aggregates,
// grouping, ordering, limits or rate limiting (those emit per chunk in Siddhi).
bool ChunkInvariant(const bound::App& app) {
  for (const bound::Query& query : app.queries) {
    const bound::Selector& selector = query.selector;
    if (!selector.aggregates.empty() || !selector.group_by.empty() || selector.having ||
        !selector.order_by.empty() || selector.limit || selector.offset) {
      return false;
    }
    if (query.rate.kind != ast::OutputRate::Kind::kNone) return false;
    const auto* single = std::get_if<bound::SingleInput>(&query.input);
    if (single == nullptr || single->source != bound::SourceKind::kStream) return false;
    for (const bound::Handler& handler : single->handlers) {
      if (handler.kind == bound::Handler::Kind::kWindow) return false;
    }
    if (query.output.target_kind != bound::Output::TargetKind::kStream &&
        query.output.target_kind != bound::Output::TargetKind::kNone) {
      return false;
    }
  }
  return true;
}

std::string Rate(double events, double seconds) {
  double rate = seconds > 0 ? events / seconds : 0;
  if (rate >= 1e6) return absl::StrFormat("%.2fM/s", rate / 1e6);
  if (rate >= 1e3) return absl::StrFormat("%.1fk/s", rate / 1e3);
  return absl::StrFormat("%.0f/s", rate);
}

struct StreamCounters {
  int64_t in = 0;
  int64_t out = 0;
  int64_t malformed = 0;
};

}  // namespace

class IoRuntimeImpl {
 public:
  IoRuntimeImpl(AppRuntime& app, IoOptions options) : app_(app), options_(std::move(options)) {}
  ~IoRuntimeImpl() { Shutdown(); }

  absl::Status Bind();
  absl::Status Run();
  const RunSummary& summary() const { return summary_; }

 private:
  struct SourceSlot;

  // What a source thread talks to.
  class Output : public SourceOutput {
   public:
    Output(IoRuntimeImpl* impl, size_t index) : impl_(impl), index_(index) {}
    void Push(SourceBatch batch) override { impl_->inbox_->Push(index_, std::move(batch)); }
    bool stopping() const override { return impl_->stopping_.load(); }
    void Log(const std::string& line) override { impl_->Log(line); }

   private:
    IoRuntimeImpl* impl_;
    size_t index_;
  };

  struct SourceSlot {
    std::unique_ptr<Source> source;
    std::string stream;
    std::string describe;
    bool finite = false;
    bool arrival_time = false;  // live records take their arrival time: heartbeats needed
    std::unique_ptr<Output> output;
    std::thread thread;
    bool ended = false;  // the driver has taken its end batch
    // Merge state (finite replays): the batch being delivered and the next row.
    std::optional<SourceBatch> head;
    size_t position = 0;
    int64_t records = 0;
    int64_t events = 0;
    int64_t malformed = 0;
    int64_t bytes = 0;
    int64_t input_done = 0;
    int64_t input_size = 0;
    int shown_faults = 0;
    bool head_pending_progress = false;  // merged replay: progress counts delivered batches
  };

  struct SinkSlot {
    std::unique_ptr<Sink> sink;
    std::string stream;
  };

  absl::Status AddSource(IoSpec spec);
  absl::Status AddSink(IoSpec spec);
  void WarnUnused(const IoSpec& spec);
  void Log(const std::string& line);

  // Delivery.
  absl::Status EnsureStarted(Timestamp time);
  void Deliver(SourceSlot& slot, const Batch& events, size_t begin, size_t end);
  void HandleFaults(SourceSlot& slot, std::vector<Fault>& faults);
  void Refused(SourceSlot& slot, const Batch& events, size_t begin, size_t end,
               const absl::Status& status);
  void TakeBatchInfo(SourceSlot& slot, SourceBatch& batch);
  bool DeliverLive();
  // Replays: returns true when something was delivered; `wake` gets the time a paced
  // replay's next row is due.
  bool DeliverReplay(Clock::time_point& wake);
  bool AllEnded() const;
  void FlushAndAck();

  // Observability.
  std::string StatsLine(double seconds) const;
  std::string StatsJson(double seconds) const;
  void WriteStatsJson(double seconds);
  void DrawProgress(double seconds, bool final);

  void Shutdown();

  AppRuntime& app_;
  IoOptions options_;
  const bound::App* bound_ = nullptr;
  bool batch_chunks_ = false;
  std::vector<SourceSlot> sources_;
  std::vector<SinkSlot> sinks_;
  std::unique_ptr<Inbox> inbox_;
  std::atomic<bool> stopping_{false};
  std::mutex log_mutex_;
  bool progress_ = false;
  bool progress_drawn_ = false;

  bool started_ = false;
  Timestamp last_time_ = 0;
  bool heartbeats_ = false;
  std::vector<std::function<void()>> pending_acks_;
  bool unflushed_ = false;
  // --speed: the wall time and event time the pacing counts from.
  std::optional<std::pair<Clock::time_point, Timestamp>> pace_origin_;

  int dead_letter_fd_ = -1;
  std::map<std::string, StreamCounters> streams_;
  std::map<std::string, int64_t> queries_;
  Clock::time_point run_start_;
  RunSummary summary_;
  bool shut_down_ = false;
};

// ---------------------------------------------------------------------------------------------
// Binding

void IoRuntimeImpl::Log(const std::string& line) {
  std::lock_guard lock(log_mutex_);
  std::string text = progress_drawn_ ? "\r\033[K" : "";
  absl::StrAppend(&text, "talon: ", line, "\n");
  (void)!::write(STDERR_FILENO, text.data(), text.size());
}

void IoRuntimeImpl::WarnUnused(const IoSpec& spec) {
  for (const std::string& key : spec.options.UnusedKeys()) {
    Log(absl::StrCat(spec.origin, ": option '", key, "' is not used by Talon; ignored"));
  }
  for (const std::string& key : spec.map.options.UnusedKeys()) {
    Log(absl::StrCat(spec.origin, ": @map option '", key, "' is not used by Talon; ignored"));
  }
}

absl::Status IoRuntimeImpl::AddSource(IoSpec spec) {
  absl::StatusOr<Schema> schema = app_.StreamSchema(spec.stream);
  if (!schema.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(spec.origin, ": the app has no stream '", spec.stream, "'"));
  }
  SourceConfig config;
  config.stream = spec.stream;
  config.schema = *schema;
  config.batch_size = static_cast<size_t>(std::max<int64_t>(options_.batch_size, 1));
  config.max_latency_ms = options_.max_latency_ms;
  config.max_line_bytes = static_cast<size_t>(options_.max_line_bytes);
  config.bind_host = options_.bind_host;
  config.follow = options_.follow;
  // Event time: --time-attr, else the source's event.time.attribute, else a long attribute
  // named `timestamp`; else the record's position (replays) or its arrival time (live).
  std::string time_attribute = options_.time_attribute;
  if (spec.options.Has("event.time.attribute")) {
    time_attribute = spec.options.Get("event.time.attribute");
  }
  if (!time_attribute.empty()) {
    std::optional<size_t> index = schema->IndexOf(time_attribute);
    if (!index || (schema->at(*index).type != Type::kLong &&
                   schema->at(*index).type != Type::kInt)) {
      return absl::InvalidArgumentError(absl::StrCat(spec.origin, ": '", time_attribute,
                                                     "': stream '", spec.stream,
                                                     "' has no int/long attribute of that name"));
    }
    config.time_attribute = index;
  } else if (std::optional<size_t> index = schema->IndexOf("timestamp");
             index && schema->at(*index).type == Type::kLong) {
    config.time_attribute = index;
  }
  // Mapper errors surface now, with the binding's origin.
  if (absl::StatusOr<std::unique_ptr<SourceMapper>> mapper = MakeSourceMapper(spec.map, *schema);
      !mapper.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(spec.origin, ": ", mapper.status().message()));
  }
  config.spec = spec;
  absl::StatusOr<std::unique_ptr<Source>> source;
  if (spec.type == "file") {
    source = MakeFileSource(std::move(config));
  } else if (spec.type == "tcp") {
    source = MakeSocketSource(std::move(config));
  } else if (spec.type == "kafka") {
    source = MakeKafkaSource(std::move(config));
  } else {
    return absl::InvalidArgumentError(absl::StrCat(
        spec.origin, ": source type '", spec.type, "' is not supported (file, tcp, kafka)"));
  }
  if (!source.ok()) return source.status();
  TALON_RETURN_IF_ERROR((*source)->Open());
  WarnUnused(spec);
  SourceSlot slot;
  slot.stream = spec.stream;
  slot.finite = (*source)->finite();
  slot.arrival_time = !slot.finite && !config.time_attribute.has_value() &&
                      !spec.options.Has("event.time.attribute");
  slot.describe = (*source)->Describe();
  slot.source = *std::move(source);
  sources_.push_back(std::move(slot));
  streams_[spec.stream];
  return absl::OkStatus();
}

absl::Status IoRuntimeImpl::AddSink(IoSpec spec) {
  absl::StatusOr<Schema> schema = app_.StreamSchema(spec.stream);
  if (!schema.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(spec.origin, ": the app has no stream '", spec.stream, "'"));
  }
  absl::StatusOr<std::unique_ptr<SinkMapper>> mapper =
      MakeSinkMapper(spec.map, spec.stream, *schema);
  if (!mapper.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(spec.origin, ": ", mapper.status().message()));
  }
  SinkConfig config;
  config.stream = spec.stream;
  config.schema = *schema;
  config.spec = spec;
  config.mapper = *std::move(mapper);
  config.log = [this](const std::string& line) { Log(line); };
  absl::StatusOr<std::unique_ptr<Sink>> sink;
  if (spec.type == "file") {
    sink = MakeFileSink(std::move(config));
  } else if (spec.type == "log") {
    sink = MakeLogSink(std::move(config));
  } else if (spec.type == "tcp") {
    sink = MakeSocketSink(std::move(config));
  } else if (spec.type == "kafka") {
    sink = MakeKafkaSink(std::move(config));
  } else {
    return absl::InvalidArgumentError(absl::StrCat(
        spec.origin, ": sink type '", spec.type, "' is not supported (log, file, tcp, kafka)"));
  }
  if (!sink.ok()) return sink.status();
  TALON_RETURN_IF_ERROR((*sink)->Open());
  WarnUnused(spec);
  Sink* raw = sink->get();
  StreamCounters* counters = &streams_[spec.stream];
  TALON_RETURN_IF_ERROR(app_.AddStreamCallback(
      spec.stream, [this, raw, counters](const std::vector<Event>& events) {
        raw->Write(events);
        counters->out += static_cast<int64_t>(events.size());
        summary_.events_out += static_cast<int64_t>(events.size());
        unflushed_ = true;
      }));
  sinks_.push_back(SinkSlot{*std::move(sink), spec.stream});
  return absl::OkStatus();
}

absl::Status IoRuntimeImpl::Bind() {
  bound_ = &app_.bound_app();
  switch (options_.chunking) {
    case Chunking::kBatch: batch_chunks_ = true; break;
    case Chunking::kRecord: batch_chunks_ = false; break;
    case Chunking::kAuto: batch_chunks_ = ChunkInvariant(*bound_); break;
  }
  // Annotations first, then flags.
  std::vector<IoSpec> sources, sinks;
  for (const bound::Stream& stream : bound_->streams) {
    if (stream.kind != bound::StreamKind::kStream) continue;
    TALON_ASSIGN_OR_RETURN(std::vector<IoSpec> specs,
                           SpecsFromAnnotations(stream.name, stream.annotations));
    for (IoSpec& spec : specs) {
      (spec.direction == IoSpec::Direction::kSource ? sources : sinks).push_back(std::move(spec));
    }
  }
  for (const std::string& flag : options_.inputs) {
    TALON_ASSIGN_OR_RETURN(IoSpec spec, SpecFromFlag(IoSpec::Direction::kSource, flag));
    if (spec.type == "file" && !spec.options.Has("tailing")) {
      spec.options.Set("tailing", options_.follow ? "true" : "false");
    }
    sources.push_back(std::move(spec));
  }
  for (const std::string& flag : options_.outputs) {
    TALON_ASSIGN_OR_RETURN(IoSpec spec, SpecFromFlag(IoSpec::Direction::kSink, flag));
    // `talon run`'s own output format, and files written afresh.
    if (spec.map.type == "json" && !spec.map.options.Has("envelope")) {
      spec.map.options.Set("envelope", "talon");
    }
    if (spec.type == "file" && !spec.options.Has("append")) spec.options.Set("append", "false");
    sinks.push_back(std::move(spec));
  }
  if (sources.empty()) {
    return absl::InvalidArgumentError(
        "no input: give --input STREAM=FILE|URI or an @source annotation");
  }
  if (options_.discard_output) sinks.clear();
  if (sinks.empty() && !options_.discard_output) {
    // What the app derives is what the user wants to see: every stream not fed by a source
    // (names starting with '#' are partition-inner streams).
    std::set<std::string> fed;
    for (const IoSpec& spec : sources) fed.insert(spec.stream);
    for (const std::string& stream : app_.StreamNames()) {
      if (fed.contains(stream) || absl::StartsWith(stream, "#")) continue;
      IoSpec spec;
      spec.direction = IoSpec::Direction::kSink;
      spec.stream = stream;
      spec.type = "file";
      spec.origin = absl::StrCat("output of stream '", stream, "'");
      spec.options.Set("file.uri", "-");
      spec.map.type = "json";
      spec.map.options.Set("envelope", "talon");
      sinks.push_back(std::move(spec));
    }
  }
  for (IoSpec& spec : sources) TALON_RETURN_IF_ERROR(AddSource(std::move(spec)));
  for (IoSpec& spec : sinks) TALON_RETURN_IF_ERROR(AddSink(std::move(spec)));

  if (!options_.dead_letter.empty()) {
    dead_letter_fd_ = ::open(options_.dead_letter.c_str(),
                             O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (dead_letter_fd_ < 0) {
      return absl::FailedPreconditionError(
          absl::StrCat("--dead-letter ", options_.dead_letter, ": cannot open for writing"));
    }
  }
  // Per-query output counts cost a callback per emitted chunk: only when stats are asked for.
  if (options_.stats_interval_s > 0 || !options_.stats_json.empty()) {
    for (const std::string& query : app_.QueryNames()) {
      int64_t* count = &queries_[query];
      TALON_RETURN_IF_ERROR(app_.AddQueryCallback(
          query, [count](Timestamp, const std::vector<Event>& current, const std::vector<Event>&) {
            *count += static_cast<int64_t>(current.size());
          }));
    }
  }
  bool all_finite = true;
  for (const SourceSlot& slot : sources_) {
    all_finite = all_finite && slot.finite;
    heartbeats_ = heartbeats_ || slot.arrival_time;
  }
  progress_ = options_.progress == Progress::kOn ||
              (options_.progress == Progress::kAuto && all_finite &&
               ::isatty(STDERR_FILENO) != 0 && options_.stats_interval_s <= 0);
  inbox_ = std::make_unique<Inbox>(sources_.size(),
                                   static_cast<size_t>(std::max<int64_t>(options_.queue_batches, 1)));
  return absl::OkStatus();
}

// ---------------------------------------------------------------------------------------------
// Delivery

absl::Status IoRuntimeImpl::EnsureStarted(Timestamp time) {
  if (started_) return absl::OkStatus();
  started_ = true;
  // Start the clock at the first event rather than at 0, so time-driven operators do not see
  // decades of empty time before the first epoch-millisecond timestamp.
  last_time_ = time;
  return app_.Start(time);
}

void IoRuntimeImpl::Refused(SourceSlot& slot, const Batch& events, size_t begin, size_t end,
                            const absl::Status& status) {
  std::vector<Fault> faults;
  Fault fault;
  fault.position = end - begin == 1
                       ? absl::StrCat(slot.stream, " event @", events.timestamp(begin))
                       : absl::StrCat(slot.stream, " events @", events.timestamp(begin), "..@",
                                      events.timestamp(end - 1));
  fault.error = absl::StrCat("refused by the app: ", status.message());
  // The record as JSON values (the first one of a refused batch).
  std::string text;
  for (size_t i = 0; i < events.column_count(); ++i) {
    if (i > 0) text += ", ";
    AppendJson(events.column(i).Get(begin), text);
  }
  fault.record = absl::StrCat("[", text, "]");
  faults.push_back(std::move(fault));
  HandleFaults(slot, faults);
}

void IoRuntimeImpl::Deliver(SourceSlot& slot, const Batch& events, size_t begin, size_t end) {
  if (begin >= end) return;
  if (!EnsureStarted(events.timestamp(begin)).ok()) return;
  StreamCounters& counters = streams_[slot.stream];
  if (batch_chunks_) {
    absl::Status status;
    if (begin == 0 && end == events.size()) {
      status = app_.SendBatch(slot.stream, events);
    } else {
      Batch slice;
      for (const Column& c : events.columns()) slice.columns().emplace_back(c.type());
      for (size_t r = begin; r < end; ++r) slice.AppendRow(events, r);
      status = app_.SendBatch(slot.stream, slice);
    }
    if (!status.ok()) Refused(slot, events, begin, end, status);
  } else {
    // One chunk per record, as Siddhi's sources deliver them.
    Batch one;
    for (const Column& c : events.columns()) one.columns().emplace_back(c.type());
    for (size_t r = begin; r < end; ++r) {
      one.Clear();
      one.AppendRow(events, r);
      absl::Status status = app_.SendBatch(slot.stream, one);
      if (!status.ok()) Refused(slot, events, r, r + 1, status);
    }
  }
  int64_t n = static_cast<int64_t>(end - begin);
  slot.events += n;
  counters.in += n;
  last_time_ = std::max(last_time_, events.timestamp(end - 1));
}

void IoRuntimeImpl::HandleFaults(SourceSlot& slot, std::vector<Fault>& faults) {
  if (faults.empty()) return;
  const std::string fault_stream = absl::StrCat("!", slot.stream);
  absl::StatusOr<Schema> fault_schema = app_.StreamSchema(fault_stream);
  StreamCounters& counters = streams_[slot.stream];
  std::string dead_letters;
  for (Fault& fault : faults) {
    ++slot.malformed;
    ++counters.malformed;
    ++summary_.malformed;
    if (slot.shown_faults < kShownFaults) {
      Log(absl::StrCat(fault.position, ": ", fault.error));
    } else if (slot.shown_faults == kShownFaults) {
      Log(absl::StrCat("more malformed records from ", slot.describe,
                       " are counted (stats, summary), not shown",
                       dead_letter_fd_ >= 0 ? "; see --dead-letter" : ""));
    }
    ++slot.shown_faults;
    if (fault_schema.ok()) {
      // The stream's fault stream !S: its attributes NULL (the record did not map) and
      // _error naming the position and the reason.
      Event event;
      event.timestamp = last_time_;
      for (size_t i = 0; i + 1 < fault_schema->size(); ++i) {
        event.data.push_back(Value::Null(fault_schema->at(i).type));
      }
      event.data.push_back(Value::String(absl::StrCat(fault.position, ": ", fault.error)));
      if (!EnsureStarted(last_time_).ok()) continue;
      std::vector<Event> chunk;
      chunk.push_back(std::move(event));
      if (app_.SendChunk(fault_stream, std::move(chunk)).ok()) continue;
    }
    if (dead_letter_fd_ >= 0) {
      absl::StrAppend(&dead_letters, fault.record, "\n");
    }
  }
  if (!dead_letters.empty()) {
    size_t done = 0;
    while (done < dead_letters.size()) {
      ssize_t n = ::write(dead_letter_fd_, dead_letters.data() + done, dead_letters.size() - done);
      if (n <= 0) {
        Log(absl::StrCat("--dead-letter ", options_.dead_letter, ": write failed"));
        break;
      }
      done += static_cast<size_t>(n);
    }
  }
}

void IoRuntimeImpl::TakeBatchInfo(SourceSlot& slot, SourceBatch& batch) {
  slot.records += batch.records;
  slot.bytes += batch.bytes;
  summary_.records_in += batch.records;
  if (batch.input_size > 0) {
    // Merged replays hold a batch back; their progress moves when it is delivered.
    if (!slot.head_pending_progress) slot.input_done = batch.input_done;
    slot.input_size = batch.input_size;
  }
  if (batch.end) slot.ended = true;
  HandleFaults(slot, batch.faults);
  batch.faults.clear();
  if (batch.ack) pending_acks_.push_back(std::move(batch.ack));
}

bool IoRuntimeImpl::DeliverLive() {
  bool any = false;
  const bool merging = options_.speed > 0 ||
                       std::count_if(sources_.begin(), sources_.end(),
                                     [](const SourceSlot& s) { return s.finite; }) > 1;
  for (size_t i = 0; i < sources_.size(); ++i) {
    SourceSlot& slot = sources_[i];
    if (slot.finite && merging) continue;
    SourceBatch batch;
    // At most a few batches per source per round, so one busy source does not starve others.
    for (int round = 0; round < 4 && inbox_->Pop(i, batch); ++round) {
      TakeBatchInfo(slot, batch);
      Deliver(slot, batch.events, 0, batch.events.size());
      any = true;
    }
  }
  return any;
}

bool IoRuntimeImpl::DeliverReplay(Clock::time_point& wake) {
  const bool merging = options_.speed > 0 ||
                       std::count_if(sources_.begin(), sources_.end(),
                                     [](const SourceSlot& s) { return s.finite; }) > 1;
  if (!merging) return false;
  bool any = false;
  while (true) {
    // Every replay still running needs a head row to compare; wait for one otherwise.
    SourceSlot* best = nullptr;
    for (size_t i = 0; i < sources_.size(); ++i) {
      SourceSlot& slot = sources_[i];
      if (!slot.finite) continue;
      while (!slot.head || slot.position >= slot.head->events.size()) {
        if (slot.head && slot.head->input_size > 0) slot.input_done = slot.head->input_done;
        slot.head.reset();
        slot.position = 0;
        if (slot.ended) break;
        SourceBatch batch;
        if (!inbox_->Pop(i, batch)) return any;  // not read yet: deliver nothing out of order
        slot.head_pending_progress = true;
        TakeBatchInfo(slot, batch);
        slot.head = std::move(batch);
      }
      if (!slot.head) continue;  // ended and drained
      if (best == nullptr || slot.head->events.timestamp(slot.position) <
                                 best->head->events.timestamp(best->position)) {
        best = &slot;  // ties keep binding order (earlier index wins)
      }
    }
    if (best == nullptr) return any;
    // The run of `best` that precedes every other replay's next row; on equal times the
    // source bound first goes first.
    const Batch& events = best->head->events;
    const size_t best_index = static_cast<size_t>(best - sources_.data());
    size_t end = best->position + 1;
    std::optional<Timestamp> bound;
    for (size_t j = 0; j < sources_.size(); ++j) {
      const SourceSlot& slot = sources_[j];
      if (j == best_index || !slot.finite || !slot.head) continue;
      Timestamp t = slot.head->events.timestamp(slot.position);
      Timestamp limit = best_index < j ? t : t - 1;
      if (!bound || limit < *bound) bound = limit;
    }
    while (end < events.size() && (!bound || events.timestamp(end) <= *bound)) ++end;
    if (options_.speed > 0 && !stopping_.load()) {
      Clock::time_point now = Clock::now();
      if (!pace_origin_) pace_origin_.emplace(now, events.timestamp(best->position));
      auto due = [&](size_t row) {
        double offset_ms =
            static_cast<double>(events.timestamp(row) - pace_origin_->second) / options_.speed;
        return pace_origin_->first +
               std::chrono::microseconds(static_cast<int64_t>(offset_ms * 1000));
      };
      if (due(best->position) > now) {
        wake = due(best->position);
        return any;
      }
      size_t paced = best->position + 1;
      while (paced < end && due(paced) <= now) ++paced;
      end = paced;
    }
    Deliver(*best, events, best->position, end);
    best->position = end;
    any = true;
  }
}

bool IoRuntimeImpl::AllEnded() const {
  for (const SourceSlot& slot : sources_) {
    if (!slot.ended) return false;
    if (slot.head && slot.position < slot.head->events.size()) return false;
  }
  return true;
}

void IoRuntimeImpl::FlushAndAck() {
  if (unflushed_) {
    for (SinkSlot& slot : sinks_) (void)slot.sink->Flush();
    unflushed_ = false;
  }
  if (dead_letter_fd_ >= 0 && !pending_acks_.empty()) ::fdatasync(dead_letter_fd_);
  for (auto& ack : pending_acks_) ack();
  pending_acks_.clear();
}

absl::Status IoRuntimeImpl::Run() {
  run_start_ = Clock::now();
  if (heartbeats_) TALON_RETURN_IF_ERROR(EnsureStarted(WallClockMillis()));
  for (size_t i = 0; i < sources_.size(); ++i) {
    sources_[i].output = std::make_unique<Output>(this, i);
    SourceSlot* slot = &sources_[i];
    slot->thread = std::thread([slot] { slot->source->Run(*slot->output); });
  }
  const auto latency = std::chrono::milliseconds(std::max<int64_t>(options_.max_latency_ms, 1));
  Clock::time_point last_flush = Clock::now();
  Clock::time_point last_heartbeat = Clock::now();
  Clock::time_point next_stats =
      options_.stats_interval_s > 0
          ? run_start_ + std::chrono::milliseconds(
                             static_cast<int64_t>(options_.stats_interval_s * 1000))
          : Clock::time_point::max();
  Clock::time_point next_progress = run_start_ + std::chrono::milliseconds(250);

  while (true) {
    if (g_stop_requested.load() && !stopping_.load()) {
      stopping_.store(true);
      Log("stopping: draining what was read");
    }
    Clock::time_point wake = Clock::now() + std::chrono::milliseconds(100);
    bool delivered = DeliverLive();
    delivered = DeliverReplay(wake) || delivered;
    Clock::time_point now = Clock::now();
    if (heartbeats_ && now - last_heartbeat >= latency) {
      // Live records carry arrival times; time windows must move even when nothing arrives.
      (void)app_.AdvanceTime(WallClockMillis());
      last_heartbeat = now;
    }
    if (!delivered || now - last_flush >= latency) {
      FlushAndAck();
      last_flush = now;
    }
    if (now >= next_stats) {
      double seconds = std::chrono::duration<double>(now - run_start_).count();
      Log(StatsLine(seconds));
      WriteStatsJson(seconds);
      next_stats = now + std::chrono::milliseconds(
                             static_cast<int64_t>(options_.stats_interval_s * 1000));
    } else if (!options_.stats_json.empty() && options_.stats_interval_s <= 0 &&
               now >= next_progress) {
      WriteStatsJson(std::chrono::duration<double>(now - run_start_).count());
    }
    if (progress_ && now >= next_progress) {
      DrawProgress(std::chrono::duration<double>(now - run_start_).count(), false);
    }
    if (now >= next_progress) next_progress = now + std::chrono::milliseconds(250);
    if (AllEnded()) break;
    if (!delivered) {
      Clock::time_point deadline = std::min({wake, now + latency, next_stats});
      if (heartbeats_) deadline = std::min(deadline, last_heartbeat + latency);
      inbox_->Wait(deadline);
    }
  }
  // Everything read has been delivered: flush, acknowledge, let the sources finish.
  FlushAndAck();
  stopping_.store(true);
  for (SourceSlot& slot : sources_) {
    if (slot.thread.joinable()) slot.thread.join();
  }
  FlushAndAck();
  for (SinkSlot& slot : sinks_) slot.sink->Close();
  double seconds = std::chrono::duration<double>(Clock::now() - run_start_).count();
  if (progress_) DrawProgress(seconds, true);
  if (options_.stats_interval_s > 0) Log(StatsLine(seconds));
  WriteStatsJson(seconds);
  if (!started_) TALON_RETURN_IF_ERROR(app_.Start(0));
  shut_down_ = true;
  return absl::OkStatus();
}

void IoRuntimeImpl::Shutdown() {
  if (shut_down_) return;
  shut_down_ = true;
  stopping_.store(true);
  if (inbox_) inbox_->Abort();
  for (SourceSlot& slot : sources_) {
    if (slot.thread.joinable()) slot.thread.join();
  }
  for (SinkSlot& slot : sinks_) slot.sink->Close();
  if (dead_letter_fd_ >= 0) ::close(dead_letter_fd_);
  dead_letter_fd_ = -1;
}

// ---------------------------------------------------------------------------------------------
// Observability

std::string IoRuntimeImpl::StatsLine(double seconds) const {
  std::vector<std::string> in, out, malformed, extra;
  for (const SourceSlot& slot : sources_) {
    in.push_back(absl::StrCat(slot.stream, "=", slot.events, " (",
                              Rate(static_cast<double>(slot.events), seconds), ")"));
    if (slot.malformed > 0) malformed.push_back(absl::StrCat(slot.stream, "=", slot.malformed));
    std::string text = slot.source->StatsText();
    if (!text.empty()) extra.push_back(text);
  }
  for (const SinkSlot& slot : sinks_) {
    out.push_back(absl::StrCat(slot.stream, "=", slot.sink->written()));
  }
  std::string line = absl::StrFormat("%.1fs in %s | out %s", seconds, absl::StrJoin(in, " "),
                                     out.empty() ? "-" : absl::StrJoin(out, " "));
  if (!queries_.empty()) {
    std::vector<std::string> queries;
    for (const auto& [name, count] : queries_) queries.push_back(absl::StrCat(name, "=", count));
    absl::StrAppend(&line, " | queries ", absl::StrJoin(queries, " "));
  }
  absl::StrAppend(&line, " | malformed ", malformed.empty() ? "0" : absl::StrJoin(malformed, " "));
  if (!extra.empty()) absl::StrAppend(&line, " | ", absl::StrJoin(extra, " "));
  return line;
}

std::string IoRuntimeImpl::StatsJson(double seconds) const {
  std::string json = absl::StrFormat("{\"elapsed_s\": %.3f, \"records_in\": %d, "
                                     "\"malformed\": %d, \"events_out\": %d, \"sources\": [",
                                     seconds, summary_.records_in, summary_.malformed,
                                     summary_.events_out);
  for (size_t i = 0; i < sources_.size(); ++i) {
    const SourceSlot& slot = sources_[i];
    if (i > 0) json += ", ";
    json += "{\"source\": ";
    AppendJsonString(slot.describe, json);
    json += ", \"stream\": ";
    AppendJsonString(slot.stream, json);
    absl::StrAppend(&json, ", \"records\": ", slot.records, ", \"events\": ", slot.events,
                    ", \"malformed\": ", slot.malformed, ", \"bytes\": ", slot.bytes,
                    ", \"ended\": ", slot.ended ? "true" : "false");
    std::string extra = slot.source->StatsJson();
    if (!extra.empty()) absl::StrAppend(&json, ", ", extra);
    json += "}";
  }
  json += "], \"streams\": {";
  bool first = true;
  for (const auto& [name, counters] : streams_) {
    if (!first) json += ", ";
    first = false;
    AppendJsonString(name, json);
    absl::StrAppend(&json, ": {\"in\": ", counters.in, ", \"out\": ", counters.out,
                    ", \"malformed\": ", counters.malformed, "}");
  }
  json += "}, \"queries\": {";
  first = true;
  for (const auto& [name, count] : queries_) {
    if (!first) json += ", ";
    first = false;
    AppendJsonString(name, json);
    absl::StrAppend(&json, ": {\"out\": ", count, "}");
  }
  json += "}}\n";
  return json;
}

void IoRuntimeImpl::WriteStatsJson(double seconds) {
  if (options_.stats_json.empty()) return;
  // Write then rename, so a reader never sees half a file.
  std::string temp = absl::StrCat(options_.stats_json, ".tmp");
  std::string json = StatsJson(seconds);
  FILE* file = std::fopen(temp.c_str(), "w");
  if (file == nullptr) return;
  std::fwrite(json.data(), 1, json.size(), file);
  std::fclose(file);
  std::rename(temp.c_str(), options_.stats_json.c_str());
}

void IoRuntimeImpl::DrawProgress(double seconds, bool final) {
  int64_t done = 0, size = 0, events = 0;
  for (const SourceSlot& slot : sources_) {
    done += slot.input_done;
    size += slot.input_size;
    events += slot.events;
  }
  double fraction = size > 0 ? std::min(1.0, static_cast<double>(done) / size) : 0;
  constexpr int kWidth = 30;
  int filled = static_cast<int>(fraction * kWidth);
  std::string bar = std::string(filled, '#') + std::string(kWidth - filled, '.');
  std::string time = started_ ? absl::FormatTime("%Y-%m-%d %H:%M:%S",
                                                 absl::FromUnixMillis(last_time_),
                                                 absl::UTCTimeZone())
                              : "-";
  std::string line = absl::StrFormat("\r\033[K[%s] %5.1f%%  %d events  %s  event time %s", bar,
                                     fraction * 100, events,
                                     Rate(static_cast<double>(events), seconds), time);
  if (final) line += "\n";
  std::lock_guard lock(log_mutex_);
  (void)!::write(STDERR_FILENO, line.data(), line.size());
  progress_drawn_ = !final;
}

// ---------------------------------------------------------------------------------------------
// Facade

IoRuntime::IoRuntime(std::unique_ptr<IoRuntimeImpl> impl) : impl_(std::move(impl)) {}
IoRuntime::~IoRuntime() = default;

absl::StatusOr<std::unique_ptr<IoRuntime>> IoRuntime::Create(AppRuntime& app, IoOptions options) {
  auto impl = std::make_unique<IoRuntimeImpl>(app, std::move(options));
  TALON_RETURN_IF_ERROR(impl->Bind());
  return std::unique_ptr<IoRuntime>(new IoRuntime(std::move(impl)));
}

absl::Status IoRuntime::Run() { return impl_->Run(); }
const RunSummary& IoRuntime::summary() const { return impl_->summary(); }
void IoRuntime::RequestStop() { g_stop_requested.store(true); }

bool StopRequested() { return g_stop_requested.load(); }

}  // namespace talon::exec::io
