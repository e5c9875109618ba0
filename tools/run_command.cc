// `talon run APP.cql --input Stream=FILE.jsonl ... [--output Stream=-|FILE ...]`: deploys an app,
// replays JSON-lines event files into its streams in event-time order, and prints every event
// reaching the output streams as one JSON line each.
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "frontend/base/diagnostic.h"
#include "frontend/base/schema.h"
#include "runtime/app_runtime.h"
#include "runtime/engine.h"
#include "runtime/event.h"
#include "tools/command.h"
#include "tools/json_datum.h"
#include "tools/json_mapper.h"
#include "tools/text_file.h"

namespace talon::tools {
namespace {

// A line may carry its event time under this key instead of in an attribute.
constexpr char kTimeKey[] = "@time";

// One parsed input line, ready to send.
struct InputEvent {
  exec::Timestamp time = 0;
  bool has_time = false;  // false: the time is the line's position, set by the loader
  std::vector<Value> data;
  int line = 0;
};

// One --input: a stream and the events read from its file, in file order.
struct Input {
  std::string stream;
  std::string file;
  Schema schema;
  std::vector<InputEvent> events;
};

// Where the event time of each line comes from, decided once per input.
struct TimeSource {
  enum class Kind { kLineOrder, kAttribute };
  Kind kind = Kind::kLineOrder;
  size_t attribute = 0;  // kAttribute
};

absl::StatusOr<std::pair<std::string, std::string>> SplitBinding(const std::string& binding,
                                                                 const std::string& flag) {
  std::vector<std::string> parts = absl::StrSplit(binding, absl::MaxSplits('=', 1));
  if (parts.size() != 2 || parts[0].empty() || parts[1].empty()) {
    return absl::InvalidArgumentError(absl::StrCat(flag, " '", binding, "': expected STREAM=FILE"));
  }
  return std::make_pair(parts[0], parts[1]);
}

class RunCommand : public Command {
 public:
  CLI::App* Register(CLI::App& parent) override {
    CLI::App* command = parent.add_subcommand(
        "run", "Run a CQL app over JSON-lines event files and print the output events");
    command->add_option("APP", app_file_, "CQL app file (.cql)")->required()->type_name("FILE");
    command
        ->add_option("--input", input_bindings_,
                     "STREAM=FILE: send each line of FILE (a JSON object keyed by attribute "
                     "name; a missing key is null) to STREAM; repeatable")
        ->required()
        ->type_name("STREAM=FILE");
    command
        ->add_option("--output", output_bindings_,
                     "STREAM=FILE or STREAM=- (stdout): print every event reaching STREAM; "
                     "repeatable (default: every stream that is not an input, to stdout)")
        ->type_name("STREAM=FILE");
    command
        ->add_option("--time-attr", time_attribute_,
                     "int/long attribute holding each event's time (ms), in every input")
        ->type_name("NAME");
    AddJitFlag(*command, jit_);
    command->footer(
        "Event time of a line: its \"@time\" key if present, else --time-attr, else a long "
        "attribute named 'timestamp' if the stream has one, else the line's position (0, 1, "
        "2, ...). Inputs are read whole, then merged by event time (ties keep --input order) "
        "and sent one event at a time.\n"
        "Output lines: {\"stream\": S, \"time\": T, \"data\": {ATTRIBUTE: VALUE, ...}}.\n"
        "Malformed lines and events the engine refuses are reported on stderr as FILE:LINE and "
        "counted; the last stderr line is 'N events in, M malformed, K alerts out'.\n"
        "Exit status: 0 when the replay ran (even with malformed lines), 1 when the app does "
        "not compile or a file cannot be read, 2 on a usage error.\n");
    return command;
  }

  int Run() override {
    absl::Status status = Replay();
    if (!status.ok()) {
      std::cerr << "talon run: " << status.message() << "\n";
      return 1;
    }
    return 0;
  }

 private:
  absl::Status Replay() {
    absl::StatusOr<std::string> text = ReadTextFile(app_file_);
    if (!text.ok()) return text.status();
    exec::EngineOptions options;
    options.jit = ParseJitMode(jit_);
    absl::StatusOr<std::unique_ptr<exec::Engine>> engine = exec::Engine::Create(options);
    if (!engine.ok()) return engine.status();
    Diagnostics diagnostics;
    absl::StatusOr<std::unique_ptr<exec::AppRuntime>> app =
        (*engine)->Deploy(*text, &diagnostics, app_file_);
    PrintDiagnostics(diagnostics);
    if (!app.ok()) {
      return diagnostics.has_errors()
                 ? absl::InvalidArgumentError(absl::StrCat(app_file_, " does not compile"))
                 : app.status();
    }

    std::vector<Input> inputs;
    for (const std::string& binding : input_bindings_) {
      absl::StatusOr<Input> input = LoadInput(**app, binding);
      if (!input.ok()) return input.status();
      inputs.push_back(*std::move(input));
    }
    if (absl::Status status = ObserveOutputs(**app, inputs); !status.ok()) return status;

    // Merge by event time: repeatedly send the earliest next event of any input. Each file's
    // own order is kept, so an out-of-order line stays where the file put it.
    std::vector<size_t> next(inputs.size(), 0);
    bool started = false;
    while (true) {
      int best = -1;
      for (size_t i = 0; i < inputs.size(); ++i) {
        if (next[i] >= inputs[i].events.size()) continue;
        if (best < 0 || inputs[i].events[next[i]].time < inputs[best].events[next[best]].time) {
          best = static_cast<int>(i);
        }
      }
      if (best < 0) break;
      Input& input = inputs[best];
      InputEvent& event = input.events[next[best]++];
      if (!started) {
        // Start the clock at the first event rather than at 0, so time-driven operators do
        // not see decades of empty time before the first epoch-millisecond timestamp.
        if (absl::Status status = (*app)->Start(event.time); !status.ok()) return status;
        started = true;
      }
      absl::Status sent = (*app)->Send(input.stream, event.time, std::move(event.data));
      if (!sent.ok()) Malformed(input.file, event.line, absl::StrCat("refused: ", sent.message()));
    }
    if (!started) {
      if (absl::Status status = (*app)->Start(0); !status.ok()) return status;
    }
    (*app)->Shutdown();
    std::cout.flush();
    for (auto& [path, stream] : files_) {
      if (!stream->flush()) return absl::DataLossError(absl::StrCat(path, ": write failed"));
    }
    std::cerr << events_in_ << " events in, " << malformed_ << " malformed, " << alerts_out_
              << " alerts out\n";
    return absl::OkStatus();
  }

  void Malformed(const std::string& file, int line, const std::string& why) {
    ++malformed_;
    std::cerr << file << ":" << line << ": " << why << "\n";
  }

  // See the footer of --help: --time-attr, else a long `timestamp` attribute, else line order.
  absl::StatusOr<TimeSource> ChooseTimeSource(const Input& input) {
    if (!time_attribute_.empty()) {
      std::optional<size_t> index = input.schema.IndexOf(time_attribute_);
      if (!index || !IsIntegral(input.schema.at(*index).type)) {
        return absl::InvalidArgumentError(absl::StrCat("--time-attr '", time_attribute_,
                                                       "': stream '", input.stream,
                                                       "' has no int/long attribute of that name"));
      }
      return TimeSource{TimeSource::Kind::kAttribute, *index};
    }
    std::optional<size_t> timestamp = input.schema.IndexOf("timestamp");
    if (timestamp && input.schema.at(*timestamp).type == Type::kLong) {
      return TimeSource{TimeSource::Kind::kAttribute, *timestamp};
    }
    return TimeSource{TimeSource::Kind::kLineOrder, 0};
  }

  absl::StatusOr<Input> LoadInput(const exec::AppRuntime& app, const std::string& binding) {
    absl::StatusOr<std::pair<std::string, std::string>> parts = SplitBinding(binding, "--input");
    if (!parts.ok()) return parts.status();
    Input input;
    input.stream = parts->first;
    input.file = parts->second;
    absl::StatusOr<Schema> schema = app.StreamSchema(input.stream);
    if (!schema.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("--input: the app has no stream '", input.stream, "'"));
    }
    input.schema = *std::move(schema);
    absl::StatusOr<TimeSource> time_source = ChooseTimeSource(input);
    if (!time_source.ok()) return time_source.status();
    absl::StatusOr<std::string> text = ReadTextFile(input.file);
    if (!text.ok()) return text.status();

    simdjson::dom::parser parser;
    std::set<std::string> unknown_keys;
    int line_number = 0;
    for (absl::string_view line : absl::StrSplit(*text, '\n')) {
      ++line_number;
      if (absl::EndsWith(line, "\r")) line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == absl::string_view::npos) continue;
      ++events_in_;  // every record counts, malformed or not, so "M malformed" is out of N
      absl::StatusOr<InputEvent> event = ParseLine(parser, line, input, *time_source, unknown_keys);
      if (!event.ok()) {
        Malformed(input.file, line_number, std::string(event.status().message()));
        continue;
      }
      event->line = line_number;
      if (time_source->kind == TimeSource::Kind::kLineOrder && !event->has_time) {
        event->time = static_cast<exec::Timestamp>(input.events.size());
      }
      input.events.push_back(*std::move(event));
    }
    return input;
  }

  absl::StatusOr<InputEvent> ParseLine(simdjson::dom::parser& parser, absl::string_view line,
                                       const Input& input, const TimeSource& time_source,
                                       std::set<std::string>& unknown_keys);

  absl::Status ObserveOutputs(exec::AppRuntime& app, const std::vector<Input>& inputs);

  std::string app_file_;
  std::vector<std::string> input_bindings_;
  std::vector<std::string> output_bindings_;
  std::string time_attribute_;
  std::string jit_ = "auto";

  std::map<std::string, std::unique_ptr<std::ofstream>> files_;
  int64_t events_in_ = 0;
  int64_t malformed_ = 0;
  int64_t alerts_out_ = 0;
};

absl::StatusOr<InputEvent> RunCommand::ParseLine(simdjson::dom::parser& parser,
                                                 absl::string_view line, const Input& input,
                                                 const TimeSource& time_source,
                                                 std::set<std::string>& unknown_keys) {
  simdjson::dom::element doc;
  simdjson::dom::object object;
  simdjson::error_code error = parser.parse(line.data(), line.size()).get(doc);
  if (error == simdjson::SUCCESS) error = doc.get_object().get(object);
  if (error != simdjson::SUCCESS) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a JSON object: ", simdjson::error_message(error)));
  }
  InputEvent event;
  // Every attribute starts null: a key the line does not have is a null attribute.
  for (const Attribute& attribute : input.schema.attributes()) {
    event.data.push_back(Value::Null(attribute.type));
  }
  for (simdjson::dom::key_value_pair field : object) {
    std::string key(field.key);
    if (key == kTimeKey) {
      int64_t time = 0;
      if (field.value.get_int64().get(time) != simdjson::SUCCESS) {
        return absl::InvalidArgumentError(
            absl::StrCat("'", kTimeKey, "' is not an integer (milliseconds)"));
      }
      event.time = time;
      event.has_time = true;
      continue;
    }
    std::optional<size_t> index = input.schema.IndexOf(key);
    if (!index) {
      // Extra keys are common in real feeds (enrichment fields the policy does not use), so
      // they are reported once per file rather than making every line malformed.
      if (unknown_keys.insert(key).second) {
        std::cerr << input.file << ": note: key '" << key << "' is not an attribute of stream '"
                  << input.stream << "'; ignored\n";
      }
      continue;
    }
    absl::StatusOr<JsonDatum> datum = ToJsonDatum(field.value);
    absl::StatusOr<Value> value = datum.ok()
                                      ? ToAttributeValue(*datum, input.schema.at(*index).type)
                                      : absl::StatusOr<Value>(datum.status());
    if (!value.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("attribute '", key, "': ", value.status().message()));
    }
    event.data[*index] = *std::move(value);
  }
  if (!event.has_time && time_source.kind == TimeSource::Kind::kAttribute) {
    const Value& time = event.data[time_source.attribute];
    if (time.is_null()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "no event time: '", input.schema.at(time_source.attribute).name, "' is missing"));
    }
    event.time = time.AsLong();
    event.has_time = true;
  }
  return event;
}

absl::Status RunCommand::ObserveOutputs(exec::AppRuntime& app, const std::vector<Input>& inputs) {
  std::vector<std::pair<std::string, std::string>> outputs;  // stream, path
  for (const std::string& binding : output_bindings_) {
    absl::StatusOr<std::pair<std::string, std::string>> parts = SplitBinding(binding, "--output");
    if (!parts.ok()) return parts.status();
    outputs.push_back(*std::move(parts));
  }
  if (outputs.empty()) {
    // Without --output, what the app derives is what the user wants to see: every stream
    // that is not fed from a file. Names starting with '#' are partition-inner streams.
    std::set<std::string> fed;
    for (const Input& input : inputs) fed.insert(input.stream);
    for (const std::string& stream : app.StreamNames()) {
      if (!fed.contains(stream) && !absl::StartsWith(stream, "#")) {
        outputs.emplace_back(stream, "-");
      }
    }
  }
  for (const auto& [stream, path] : outputs) {
    absl::StatusOr<Schema> schema = app.StreamSchema(stream);
    if (!schema.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("--output: the app has no stream '", stream, "'"));
    }
    std::ostream* sink = &std::cout;
    if (path != "-") {
      auto& file = files_[path];
      if (file == nullptr) {
        file = std::make_unique<std::ofstream>(path);
        if (!*file) {
          return absl::FailedPreconditionError(absl::StrCat(path, ": cannot open for writing"));
        }
      }
      sink = file.get();
    }
    std::vector<std::string> names = schema->Names();
    std::string prefix = absl::StrCat("{\"stream\": ", JsonQuote(stream), ", \"time\": ");
    absl::Status status = app.AddStreamCallback(
        stream, [this, sink, names, prefix](const std::vector<exec::Event>& events) {
          for (const exec::Event& event : events) {
            std::string line = absl::StrCat(prefix, event.timestamp, ", \"data\": {");
            for (size_t i = 0; i < event.data.size(); ++i) {
              std::string name = i < names.size() ? names[i] : absl::StrCat("_", i);
              absl::StrAppend(&line, i > 0 ? ", " : "", JsonQuote(name), ": ",
                              ValueToJson(event.data[i]));
            }
            absl::StrAppend(&line, "}}\n");
            *sink << line;
            ++alerts_out_;
          }
        });
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

}  // namespace

std::unique_ptr<Command> NewRunCommand() { return std::make_unique<RunCommand>(); }

}  // namespace talon::tools
