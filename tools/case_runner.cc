#include "tools/case_runner.h"

#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "frontend/base/diagnostic.h"
#include "frontend/base/schema.h"
#include "runtime/app_runtime.h"
#include "runtime/engine.h"
#include "runtime/event.h"
#include "tools/conformance_compare.h"
#include "tools/json_mapper.h"

namespace talon::tools {
namespace {

// Rendered diagnostics run to many lines; a verdict needs the first (the error itself).
std::string Brief(const absl::Status& status) {
  std::string text(status.message());
  size_t newline = text.find('\n');
  if (newline != std::string::npos) text.resize(newline);
  constexpr size_t kMaxLength = 240;
  if (text.size() > kMaxLength) text = absl::StrCat(text.substr(0, kMaxLength), "...");
  return absl::StrCat(absl::StatusCodeToString(status.code()), ": ", text);
}

std::string ReferenceNote(const ConformanceCase& c) {
  if (c.reference_error.empty()) return "";
  std::string text = c.reference_error.substr(0, 160);
  if (text.size() < c.reference_error.size()) text += "...";
  return absl::StrCat(" (reference: ", text, ")");
}

// Converts recorded values to the stream's declared types. A value that does not fit is sent
// as its own JSON type so the engine, whose job it is, refuses the event.
absl::StatusOr<std::vector<Value>> MapData(const std::vector<JsonDatum>& data,
                                           const absl::StatusOr<Schema>& schema) {
  std::vector<Value> values;
  values.reserve(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    absl::StatusOr<Value> value = absl::InvalidArgumentError("no declared type");
    if (schema.ok() && i < schema->size()) {
      Type declared = schema->at(i).type;
      value = ToAttributeValue(data[i], declared);
      // JSON numbers carry no Java type: where the recorded test sent, say, a boxed Float into
      // a long attribute, Siddhi carried it unchanged. Talon's columns are typed, so the number
      // is narrowed to the declared type as Java's Number.longValue() would.
      if (!value.ok() && data[i].kind == JsonDatum::Kind::kReal && IsIntegral(declared)) {
        double real = data[i].real_value;
        value = declared == Type::kInt ? Value::Int(static_cast<int32_t>(real))
                                       : Value::Long(static_cast<int64_t>(real));
      }
    }
    if (!value.ok()) value = NaturalValue(data[i]);
    if (!value.ok()) return value.status();
    values.push_back(*std::move(value));
  }
  return values;
}

// Feeds the case's inputs to one deployed app and records what its callbacks deliver.
class CaseReplay {
 public:
  CaseReplay(const ConformanceCase& c, exec::AppRuntime& app) : case_(c), app_(app) {}

  absl::Status Observe() {
    for (const CaseCallback& callback : case_.callbacks) {
      const std::string name = callback.name;
      absl::Status status;
      if (callback.kind == CaseCallback::Kind::kQuery) {
        // FORMAT.md: each chunk of a query is delivered as its current events, then expired.
        status = app_.AddQueryCallback(
            name, [this, name](exec::Timestamp, const std::vector<exec::Event>& current,
                               const std::vector<exec::Event>& expired) {
              for (const exec::Event& e : current) Record(name, false, e.timestamp, e.data);
              for (const exec::Event& e : expired) Record(name, true, e.timestamp, e.data);
            });
      } else {
        // Whatever kind the producing query gave it, an event reaching a stream is current.
        status = app_.AddStreamCallback(name, [this, name](const std::vector<exec::Event>& events) {
          for (const exec::Event& e : events) Record(name, false, e.timestamp, e.data);
        });
      }
      if (!status.ok()) {
        return absl::Status(status.code(), absl::StrCat("callback '", name, "': ", Brief(status)));
      }
    }
    return absl::OkStatus();
  }

  // Feeds input[index]. The returned status is the engine's verdict on that input.
  absl::Status Feed(size_t index) {
    const CaseInput& input = case_.input[index];
    switch (input.kind) {
      case CaseInput::Kind::kEvent: {
        absl::StatusOr<std::vector<Value>> data = MapData(input.event.data, SchemaOf(input.stream));
        if (!data.ok()) return data.status();
        return app_.Send(input.stream, input.event.time, *std::move(data));
      }
      case CaseInput::Kind::kHeartbeat: return app_.AdvanceTime(input.event.time);
      case CaseInput::Kind::kChunk: {
        std::vector<exec::Event> events;
        for (const CaseEvent& event : input.chunk) {
          absl::StatusOr<std::vector<Value>> data = MapData(event.data, SchemaOf(input.stream));
          if (!data.ok()) return data.status();
          events.push_back(exec::Event{event.time, *std::move(data), exec::EventKind::kCurrent});
        }
        return app_.SendChunk(input.stream, std::move(events));
      }
      case CaseInput::Kind::kOnDemand: {
        // Entries are numbered among on-demand entries whether or not they succeed.
        std::string name = absl::StrCat("ondemand:", ondemand_count_++);
        absl::StatusOr<std::vector<exec::Event>> rows = app_.Query(input.query);
        if (!rows.ok()) return rows.status();
        // The reference gives on-demand rows no timestamp; the recorder wrote -1 for all.
        for (const exec::Event& row : *rows) Record(name, false, -1, row.data);
        return absl::OkStatus();
      }
    }
    return absl::InternalError("unknown input kind");
  }

  const std::vector<Delivery>& deliveries() const { return deliveries_; }

 private:
  void Record(const std::string& callback, bool expired, exec::Timestamp time,
              const std::vector<Value>& data) {
    deliveries_.push_back(Delivery{callback, expired, time, data});
  }

  const absl::StatusOr<Schema>& SchemaOf(const std::string& stream) {
    auto it = schemas_.find(stream);
    if (it == schemas_.end()) it = schemas_.emplace(stream, app_.StreamSchema(stream)).first;
    return it->second;
  }

  const ConformanceCase& case_;
  exec::AppRuntime& app_;
  std::map<std::string, absl::StatusOr<Schema>> schemas_;
  std::vector<Delivery> deliveries_;
  int ondemand_count_ = 0;
};

// For .test cases that pin the diagnostic: its code and its rendered text.
CaseResult CheckDiagnostic(const ConformanceCase& c, const Diagnostics& diagnostics) {
  std::string rendered = diagnostics.RenderAll();
  if (!c.expected_code.empty()) {
    bool found = false;
    for (const Diagnostic& d : diagnostics.all()) found |= c.expected_code == DiagCodeName(d.code);
    if (!found) {
      return CaseResult::Fail(absl::StrCat("expected diagnostic [", c.expected_code, "], got: ",
                                           rendered));
    }
  }
  if (!c.expected_message_regex.empty()) {
    bool ok = c.expected_message_exact
                  ? absl::StripAsciiWhitespace(rendered) == c.expected_message_regex
                  : std::regex_search(rendered, std::regex(c.expected_message_regex));
    if (!ok) {
      return CaseResult::Fail(absl::StrCat("diagnostic text does not match '",
                                           c.expected_message_regex, "': ", rendered));
    }
  }
  return CaseResult::Pass();
}

}  // namespace

CaseResult RunCase(const ConformanceCase& c, const exec::EngineOptions& options) {
  absl::StatusOr<std::unique_ptr<exec::Engine>> engine = exec::Engine::Create(options);
  if (!engine.ok()) return CaseResult::Fail(absl::StrCat("engine: ", Brief(engine.status())));

  Diagnostics diagnostics;
  absl::StatusOr<std::unique_ptr<exec::AppRuntime>> app =
      (*engine)->Deploy(c.app, &diagnostics, c.id);
  if (c.error == ConformanceCase::ExpectedError::kCompile) {
    if (app.ok()) {
      (*app)->Shutdown();
      return CaseResult::Fail(
          absl::StrCat("expected a compile error, but the app deployed", ReferenceNote(c)));
    }
    if (!absl::IsInvalidArgument(app.status())) {
      return CaseResult::Fail(
          absl::StrCat("expected a compile error (INVALID_ARGUMENT), got ", Brief(app.status())));
    }
    return CheckDiagnostic(c, diagnostics);
    return CaseResult::Fail(
        absl::StrCat("expected a compile error (INVALID_ARGUMENT), got ", Brief(app.status())));
  }
  if (!app.ok()) return CaseResult::Fail(absl::StrCat("deploy failed: ", Brief(app.status())));

  CaseReplay replay(c, **app);
  if (absl::Status status = replay.Observe(); !status.ok()) {
    return CaseResult::Fail(std::string(status.message()));
  }
  // FORMAT.md: a leading heartbeat is the start time, not a clock move after the start.
  size_t first = 0;
  exec::Timestamp start_time = 0;
  if (!c.input.empty() && c.input[0].kind == CaseInput::Kind::kHeartbeat) {
    start_time = c.input[0].event.time;
    first = 1;
  }
  if (absl::Status status = (*app)->Start(start_time); !status.ok()) {
    return CaseResult::Fail(absl::StrCat("start failed: ", Brief(status)));
  }

  std::optional<std::string> input_problem;
  for (size_t i = first; i < c.input.size() && !input_problem; ++i) {
    absl::Status status = replay.Feed(i);
    bool must_refuse = static_cast<int>(i) == c.refused_input;
    if (must_refuse && status.ok()) {
      input_problem = absl::StrCat("input[", i, "] was accepted, but the reference refused it",
                                   ReferenceNote(c));
    } else if (!must_refuse && !status.ok()) {
      input_problem = absl::StrCat("input[", i, "] refused: ", Brief(status));
    }
  }
  // Judge what was delivered before shutdown: the reference's callbacks stop with the inputs.
  std::vector<Delivery> deliveries = replay.deliveries();
  (*app)->Shutdown();
  if (input_problem) return CaseResult::Fail(*std::move(input_problem));
  if (std::optional<std::string> difference = FirstDifference(c.output, deliveries)) {
    return CaseResult::Fail(*std::move(difference));
  }
  return CaseResult::Pass();
}

}  // namespace talon::tools
