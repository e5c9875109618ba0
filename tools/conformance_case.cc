#include "tools/conformance_case.h"

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "frontend/base/status_macros.h"
#include "tools/text_file.h"

namespace talon::tools {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

absl::Status FieldError(std::string_view field, std::string_view problem) {
  return absl::InvalidArgumentError(
      absl::StrCat("field '", std::string(field), "': ", std::string(problem)));
}

// Field accessors: a missing or mistyped field is an error naming the field, because a case
// that does not say what it means cannot be judged.
absl::StatusOr<element> Field(const object& obj, std::string_view key) {
  element value;
  if (obj[key].get(value) != simdjson::SUCCESS) return FieldError(key, "missing");
  return value;
}

bool HasField(const object& obj, std::string_view key) {
  element ignored;
  return obj[key].get(ignored) == simdjson::SUCCESS;
}

absl::StatusOr<std::string> StringField(const object& obj, std::string_view key) {
  TALON_ASSIGN_OR_RETURN(element value, Field(obj, key));
  std::string_view text;
  if (value.get_string().get(text) != simdjson::SUCCESS) return FieldError(key, "not a string");
  return std::string(text);
}

absl::StatusOr<int64_t> IntField(const object& obj, std::string_view key) {
  TALON_ASSIGN_OR_RETURN(element value, Field(obj, key));
  int64_t number = 0;
  if (value.get_int64().get(number) != simdjson::SUCCESS) {
    return FieldError(key, "not an integer");
  }
  return number;
}

absl::StatusOr<array> ArrayField(const object& obj, std::string_view key) {
  TALON_ASSIGN_OR_RETURN(element value, Field(obj, key));
  array items;
  if (value.get_array().get(items) != simdjson::SUCCESS) return FieldError(key, "not an array");
  return items;
}

absl::StatusOr<object> AsObject(element value, std::string_view what) {
  object obj;
  if (value.get_object().get(obj) != simdjson::SUCCESS) {
    return absl::InvalidArgumentError(absl::StrCat(std::string(what), " is not an object"));
  }
  return obj;
}

absl::StatusOr<std::vector<JsonDatum>> DataField(const object& obj) {
  TALON_ASSIGN_OR_RETURN(array items, ArrayField(obj, "data"));
  std::vector<JsonDatum> data;
  for (element item : items) {
    TALON_ASSIGN_OR_RETURN(JsonDatum datum, ToJsonDatum(item));
    data.push_back(std::move(datum));
  }
  return data;
}

absl::StatusOr<CaseEvent> ParseEvent(const object& obj) {
  CaseEvent event;
  TALON_ASSIGN_OR_RETURN(event.time, IntField(obj, "time"));
  TALON_ASSIGN_OR_RETURN(event.data, DataField(obj));
  return event;
}

// Prefixes an error with where in the case it happened ("input[3]: field 'time': missing").
template <typename T>
absl::StatusOr<T> Located(std::string_view where, absl::StatusOr<T> result) {
  if (result.ok()) return result;
  return absl::InvalidArgumentError(
      absl::StrCat(std::string(where), ": ", result.status().message()));
}

// The entry kind follows from which keys are present (FORMAT.md, `input`).
absl::StatusOr<CaseInput> ParseInput(element value) {
  TALON_ASSIGN_OR_RETURN(object obj, AsObject(value, "the entry"));
  CaseInput input;
  if (HasField(obj, "ondemand")) {
    input.kind = CaseInput::Kind::kOnDemand;
    TALON_ASSIGN_OR_RETURN(input.query, StringField(obj, "ondemand"));
  } else if (HasField(obj, "batch")) {
    input.kind = CaseInput::Kind::kChunk;
    TALON_ASSIGN_OR_RETURN(input.stream, StringField(obj, "stream"));
    TALON_ASSIGN_OR_RETURN(array items, ArrayField(obj, "batch"));
    for (element item : items) {
      TALON_ASSIGN_OR_RETURN(object item_obj, AsObject(item, "a batch entry"));
      TALON_ASSIGN_OR_RETURN(CaseEvent event, ParseEvent(item_obj));
      input.chunk.push_back(std::move(event));
    }
  } else if (HasField(obj, "stream")) {
    input.kind = CaseInput::Kind::kEvent;
    TALON_ASSIGN_OR_RETURN(input.stream, StringField(obj, "stream"));
    TALON_ASSIGN_OR_RETURN(input.event, ParseEvent(obj));
  } else {
    input.kind = CaseInput::Kind::kHeartbeat;
    TALON_ASSIGN_OR_RETURN(input.event.time, IntField(obj, "time"));
  }
  return input;
}

absl::StatusOr<CaseOutput> ParseOutput(element value) {
  TALON_ASSIGN_OR_RETURN(object obj, AsObject(value, "the entry"));
  CaseOutput output;
  TALON_ASSIGN_OR_RETURN(output.callback, StringField(obj, "cb"));
  TALON_ASSIGN_OR_RETURN(std::string kind, StringField(obj, "kind"));
  if (kind != "current" && kind != "expired") {
    return FieldError("kind", absl::StrCat("'", kind, "' is neither current nor expired"));
  }
  output.expired = kind == "expired";
  if (HasField(obj, "time")) {
    output.has_time = true;
    TALON_ASSIGN_OR_RETURN(output.time, IntField(obj, "time"));
  }
  TALON_ASSIGN_OR_RETURN(output.data, DataField(obj));
  return output;
}

absl::StatusOr<CaseCallback> ParseCallback(element value) {
  TALON_ASSIGN_OR_RETURN(object obj, AsObject(value, "the entry"));
  TALON_ASSIGN_OR_RETURN(std::string type, StringField(obj, "type"));
  if (type != "query" && type != "stream") {
    return FieldError("type", absl::StrCat("'", type, "' is neither query nor stream"));
  }
  CaseCallback callback;
  callback.kind = type == "query" ? CaseCallback::Kind::kQuery : CaseCallback::Kind::kStream;
  TALON_ASSIGN_OR_RETURN(callback.name, StringField(obj, "name"));
  return callback;
}

absl::Status ParseExpect(const object& root, ConformanceCase& c) {
  TALON_ASSIGN_OR_RETURN(element expect_value, Field(root, "expect"));
  TALON_ASSIGN_OR_RETURN(object expect, AsObject(expect_value, "expect"));
  TALON_ASSIGN_OR_RETURN(element error, Field(expect, "error"));
  if (!error.is_null()) {
    std::string_view kind;
    if (error.get_string().get(kind) != simdjson::SUCCESS ||
        (kind != "compile" && kind != "runtime")) {
      return FieldError("expect.error", "expected null, \"compile\" or \"runtime\"");
    }
    c.error = kind == "compile" ? ConformanceCase::ExpectedError::kCompile
                                : ConformanceCase::ExpectedError::kRuntime;
  }
  element siddhi_error_value;
  object siddhi_error_obj;
  std::string_view reference_error;
  if (root["siddhi_error"].get(siddhi_error_value) == simdjson::SUCCESS &&
      siddhi_error_value.get_object().get(siddhi_error_obj) == simdjson::SUCCESS &&
      siddhi_error_obj["message"].get_string().get(reference_error) == simdjson::SUCCESS) {
    c.reference_error = std::string(reference_error);
  }
  if (c.error == ConformanceCase::ExpectedError::kRuntime) {
    // Which input the reference engine refused; without it a runtime case cannot be judged.
    TALON_ASSIGN_OR_RETURN(element siddhi_error, Field(root, "siddhi_error"));
    TALON_ASSIGN_OR_RETURN(siddhi_error_obj, AsObject(siddhi_error, "siddhi_error"));
    absl::StatusOr<int64_t> refused = IntField(siddhi_error_obj, "input_index");
    if (!refused.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("siddhi_error.", refused.status().message()));
    }
    if (*refused < 0 || *refused >= static_cast<int64_t>(c.input.size())) {
      return FieldError("siddhi_error.input_index", "out of range");
    }
    c.refused_input = static_cast<int>(*refused);
  }
  TALON_ASSIGN_OR_RETURN(array outputs, ArrayField(expect, "output"));
  size_t index = 0;
  for (element output : outputs) {
    TALON_ASSIGN_OR_RETURN(CaseOutput parsed, Located(absl::StrCat("expect.output[", index++, "]"),
                                                      ParseOutput(output)));
    c.output.push_back(std::move(parsed));
  }
  return absl::OkStatus();
}

absl::StatusOr<ConformanceCase> ParseCase(element doc) {
  TALON_ASSIGN_OR_RETURN(object root, AsObject(doc, "the case"));
  ConformanceCase c;
  TALON_ASSIGN_OR_RETURN(c.id, StringField(root, "id"));
  c.area = std::string(c.id.substr(0, c.id.find('/')));
  TALON_ASSIGN_OR_RETURN(c.app, StringField(root, "app"));
  if (HasField(root, "callbacks")) {
    TALON_ASSIGN_OR_RETURN(array callbacks, ArrayField(root, "callbacks"));
    size_t index = 0;
    for (element callback : callbacks) {
      TALON_ASSIGN_OR_RETURN(CaseCallback parsed, Located(absl::StrCat("callbacks[", index++, "]"),
                                                          ParseCallback(callback)));
      c.callbacks.push_back(std::move(parsed));
    }
  }
  TALON_ASSIGN_OR_RETURN(array inputs, ArrayField(root, "input"));
  size_t index = 0;
  for (element input : inputs) {
    TALON_ASSIGN_OR_RETURN(CaseInput parsed,
                           Located(absl::StrCat("input[", index++, "]"), ParseInput(input)));
    c.input.push_back(std::move(parsed));
  }
  TALON_RETURN_IF_ERROR(ParseExpect(root, c));
  return c;
}

}  // namespace

absl::StatusOr<std::vector<ConformanceCase>> LoadConformanceFile(const std::string& path) {
  TALON_ASSIGN_OR_RETURN(std::string text, ReadTextFile(path));
  std::vector<ConformanceCase> cases;
  simdjson::dom::parser parser;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    if (absl::EndsWith(line, "\r")) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == absl::string_view::npos) continue;
    element doc;
    simdjson::error_code error = parser.parse(line.data(), line.size()).get(doc);
    if (error != simdjson::SUCCESS) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", line_number, ": bad JSON: ", simdjson::error_message(error)));
    }
    absl::StatusOr<ConformanceCase> parsed = ParseCase(doc);
    if (!parsed.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", line_number, ": ", parsed.status().message()));
    }
    parsed->file = path;
    parsed->line = line_number;
    cases.push_back(*std::move(parsed));
  }
  return cases;
}

absl::StatusOr<std::vector<std::string>> FindConformanceFiles(
    const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && (it->path().extension() == ".jsonl" || it->path().extension() == ".test")) {
          found.push_back(it->path().string());
        }
      }
      if (ec) return absl::FailedPreconditionError(absl::StrCat(path, ": ", ec.message()));
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (std::filesystem::exists(path, ec)) {
      files.push_back(path);
    } else {
      return absl::NotFoundError(absl::StrCat(path, ": no such file or directory"));
    }
  }
  return files;
}

absl::StatusOr<std::map<std::string, std::string>> LoadSkipList(const std::string& path) {
  TALON_ASSIGN_OR_RETURN(std::string text, ReadTextFile(path));
  simdjson::dom::parser parser;
  element doc;
  simdjson::error_code error = parser.parse(text).get(doc);
  object entries;
  if (error == simdjson::SUCCESS) error = doc.get_object().get(entries);
  if (error != simdjson::SUCCESS) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": expected a JSON object of case id -> reason: ", simdjson::error_message(error)));
  }
  std::map<std::string, std::string> skips;
  for (simdjson::dom::key_value_pair entry : entries) {
    std::string_view reason;
    if (entry.value.get_string().get(reason) != simdjson::SUCCESS) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": the reason for '", std::string(entry.key), "' is not a string"));
    }
    skips.emplace(std::string(entry.key), std::string(reason));
  }
  return skips;
}

}  // namespace talon::tools
