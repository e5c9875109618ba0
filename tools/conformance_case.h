// ConformanceCase: one recorded Siddhi case from shared/conformance/*.jsonl (format in that
// folder's FORMAT.md), loaded into plain structs, plus the loaders for case files and the skip
// list. Used by `talon conformance`.
#ifndef TALON_TOOLS_CONFORMANCE_CASE_H_
#define TALON_TOOLS_CONFORMANCE_CASE_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "tools/json_datum.h"

namespace talon::tools {

// What a case observes: a query's output (current then expired events of each chunk) or
// every event reaching a stream.
struct CaseCallback {
  enum class Kind { kQuery, kStream };
  Kind kind = Kind::kQuery;
  std::string name;
};

struct CaseEvent {
  int64_t time = 0;
  std::vector<JsonDatum> data;
};

// One `input` entry.
struct CaseInput {
  enum class Kind {
    kEvent,      // {"stream", "time", "data"}: a chunk of one
    kHeartbeat,  // {"time"}: moves the clock
    kChunk,      // {"stream", "batch": [{"time", "data"}, ...]}: one chunk of several events
    kOnDemand,   // {"ondemand": "from T select ..."}: a store query, rows recorded
  };
  Kind kind = Kind::kEvent;
  std::string stream;            // kEvent, kChunk
  CaseEvent event;               // kEvent; kHeartbeat uses event.time only
  std::vector<CaseEvent> chunk;  // kChunk
  std::string query;             // kOnDemand
};

// One expected (or observed) callback delivery.
struct CaseOutput {
  std::string callback;  // callback name, or "ondemand:<n>"
  bool expired = false;
  bool has_time = false;
  int64_t time = 0;
  std::vector<JsonDatum> data;
};

struct ConformanceCase {
  enum class ExpectedError { kNone, kCompile, kRuntime };

  std::string id;    // "window/LengthWindowTestCase.lengthWindowTest2"
  std::string area;  // id up to the first '/'
  std::string file;  // where it was read, for messages
  int line = 0;      // 1-based
  std::string app;
  std::vector<CaseCallback> callbacks;
  std::vector<CaseInput> input;
  ExpectedError error = ExpectedError::kNone;
  // kRuntime: index into `input` of the entry the engine must refuse (siddhi_error.input_index).
  int refused_input = -1;
  // What the reference engine said when it rejected the app or the input (siddhi_error.message);
  // shown next to Talon's verdict so a reader can judge the two messages.
  std::string reference_error;
  std::vector<CaseOutput> output;

  // Talon's own .test cases may also pin the diagnostic of a compile error: its code
  // ("unknown-attribute"), and a regex over (or, when exact, the whole of) the rendered text.
  std::string expected_code;
  std::string expected_message_regex;
  bool expected_message_exact = false;
};

// Reads every case of one .jsonl file. Blank lines are ignored. InvalidArgument naming
// file:line for malformed JSON or a case missing a required field; NotFound/Internal when the
// file cannot be read.
absl::StatusOr<std::vector<ConformanceCase>> LoadConformanceFile(const std::string& path);

// Expands each path: a .jsonl or .test file as is, a directory to every *.jsonl and *.test
// below it (sorted).
// NotFound for a path that does not exist.
absl::StatusOr<std::vector<std::string>> FindConformanceFiles(
    const std::vector<std::string>& paths);

// Reads a skip list: one JSON object mapping case id -> reason.
absl::StatusOr<std::map<std::string, std::string>> LoadSkipList(const std::string& path);

}  // namespace talon::tools

#endif  // TALON_TOOLS_CONFORMANCE_CASE_H_
