#include "tools/query_test_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "simdjson.h"

namespace talon::tools {
namespace {

// Line-oriented reader with the position of each line for error messages.
class Lines {
 public:
  Lines(std::string path, const std::string& text) : path_(std::move(path)) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines_.push_back(line);
    }
  }
  bool done() const { return next_ >= lines_.size(); }
  const std::string& Peek() const { return lines_[next_]; }
  std::string Take() { return lines_[next_++]; }
  int line_number() const { return static_cast<int>(next_); }  // 1-based of the last Take()
  absl::Status Error(const std::string& message) const {
    return absl::InvalidArgumentError(absl::StrCat(path_, ":", line_number(), ": ", message));
  }

 private:
  std::string path_;
  std::vector<std::string> lines_;
  size_t next_ = 0;
};

std::string Trimmed(const std::string& s) { return std::string(absl::StripAsciiWhitespace(s)); }

// "@1000" -> 1000.
bool ParseTime(const std::string& word, int64_t& time) {
  return word.size() > 1 && word[0] == '@' && absl::SimpleAtoi(word.substr(1), &time);
}

// Parses `"IBM", 700.0, 10` (JSON values separated by commas) into data.
absl::StatusOr<std::vector<JsonDatum>> ParseValues(const std::string& text) {
  simdjson::dom::parser parser;
  std::string json = absl::StrCat("[", text, "]");
  simdjson::dom::element element;
  if (parser.parse(json).get(element) != simdjson::SUCCESS) {
    return absl::InvalidArgumentError(absl::StrCat("values are not JSON: ", text));
  }
  absl::StatusOr<JsonDatum> datum = ToJsonDatum(element);
  if (!datum.ok()) return datum.status();
  return datum->list;
}

// Splits "S @1000 rest" into its first two words and the rest.
bool SplitEventLine(const std::string& line, std::string& stream, int64_t& time,
                    std::string& values) {
  std::vector<std::string> parts = absl::StrSplit(line, absl::MaxSplits(' ', 2));
  if (parts.size() < 2 || !ParseTime(parts[1], time)) return false;
  stream = parts[0];
  values = parts.size() > 2 ? parts[2] : "";
  return true;
}

// Reads lines up to (not including) a "----" line or a blank line followed by a directive.
std::string ReadBlock(Lines& lines) {
  std::string block;
  while (!lines.done() && Trimmed(lines.Peek()) != "----") absl::StrAppend(&block, lines.Take(), "\n");
  if (!lines.done()) lines.Take();  // the ----
  return block;
}

absl::Status ParseRunSection(Lines& lines, ConformanceCase& c) {
  std::string expecting;  // current `expect` callback
  while (!lines.done()) {
    std::string line = Trimmed(lines.Take());
    if (line == "----") return absl::OkStatus();
    if (line.empty() || line[0] == '#') {
      if (line.empty()) expecting.clear();
      continue;
    }
    std::vector<std::string> words = absl::StrSplit(line, absl::MaxSplits(' ', 1));
    const std::string& directive = words[0];
    std::string rest = words.size() > 1 ? words[1] : "";
    if (!expecting.empty() && (directive == "current" || directive == "expired")) {
      std::vector<std::string> parts = absl::StrSplit(rest, absl::MaxSplits(' ', 1));
      CaseOutput out;
      out.callback = expecting;
      out.expired = directive == "expired";
      if (!parts.empty() && ParseTime(parts[0], out.time)) {
        out.has_time = true;
        rest = parts.size() > 1 ? parts[1] : "";
      }
      absl::StatusOr<std::vector<JsonDatum>> data = ParseValues(rest);
      if (!data.ok()) return lines.Error(std::string(data.status().message()));
      out.data = *std::move(data);
      c.output.push_back(std::move(out));
      continue;
    }
    expecting.clear();
    if (directive == "observe") {
      std::vector<std::string> parts = absl::StrSplit(rest, ' ');
      if (parts.size() != 2 || (parts[0] != "stream" && parts[0] != "query")) {
        return lines.Error("expected 'observe stream NAME' or 'observe query NAME'");
      }
      c.callbacks.push_back({parts[0] == "stream" ? CaseCallback::Kind::kStream
                                                  : CaseCallback::Kind::kQuery,
                             parts[1]});
    } else if (directive == "send") {
      CaseInput in;
      std::string values;
      if (!SplitEventLine(rest, in.stream, in.event.time, values)) {
        return lines.Error("expected 'send STREAM @TIME values'");
      }
      absl::StatusOr<std::vector<JsonDatum>> data = ParseValues(values);
      if (!data.ok()) return lines.Error(std::string(data.status().message()));
      in.event.data = *std::move(data);
      c.input.push_back(std::move(in));
    } else if (directive == "batch") {
      // batch STREAM, then one "@TIME values" line per event, then "end".
      CaseInput in;
      in.kind = CaseInput::Kind::kChunk;
      in.stream = Trimmed(rest);
      while (true) {
        if (lines.done()) return lines.Error("'batch' without 'end'");
        std::string event_line = Trimmed(lines.Take());
        if (event_line == "end") break;
        std::vector<std::string> parts = absl::StrSplit(event_line, absl::MaxSplits(' ', 1));
        CaseEvent event;
        if (!ParseTime(parts[0], event.time)) return lines.Error("expected '@TIME values' or 'end'");
        absl::StatusOr<std::vector<JsonDatum>> data = ParseValues(parts.size() > 1 ? parts[1] : "");
        if (!data.ok()) return lines.Error(std::string(data.status().message()));
        event.data = *std::move(data);
        in.chunk.push_back(std::move(event));
      }
      c.input.push_back(std::move(in));
    } else if (directive == "advance") {
      CaseInput in;
      in.kind = CaseInput::Kind::kHeartbeat;
      if (!ParseTime(Trimmed(rest), in.event.time)) return lines.Error("expected 'advance @TIME'");
      c.input.push_back(std::move(in));
    } else if (directive == "ondemand") {
      CaseInput in;
      in.kind = CaseInput::Kind::kOnDemand;
      in.query = rest;
      c.input.push_back(std::move(in));
    } else if (directive == "expect") {
      if (rest == "error runtime") {
        if (c.input.empty()) return lines.Error("'expect error runtime' must follow an input");
        c.error = ConformanceCase::ExpectedError::kRuntime;
        c.refused_input = static_cast<int>(c.input.size()) - 1;
      } else {
        expecting = Trimmed(rest);
        if (expecting.empty()) return lines.Error("expected 'expect CALLBACK'");
      }
    } else {
      return lines.Error(absl::StrCat("unknown directive '", directive, "'"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<ConformanceCase>> LoadQueryTestFile(const std::string& path) {
  std::ifstream file(path);
  if (!file) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::stringstream buffer;
  buffer << file.rdbuf();
  Lines lines(path, buffer.str());
  std::filesystem::path p(path);
  std::string area = p.parent_path().filename().string();
  std::string stem = p.stem().string();

  std::vector<ConformanceCase> cases;
  while (!lines.done()) {
    std::string line = Trimmed(lines.Take());
    if (line.empty() || line[0] == '#') continue;
    ConformanceCase c;
    c.area = area;
    c.file = path;
    c.line = lines.line_number();
    c.id = absl::StrCat(area, "/", stem, "#", cases.size() + 1);
    if (line == "app") {
      c.app = ReadBlock(lines);
      if (absl::Status s = ParseRunSection(lines, c); !s.ok()) return s;
    } else if (absl::StartsWith(line, "app error compile")) {
      c.error = ConformanceCase::ExpectedError::kCompile;
      c.expected_code = Trimmed(line.substr(17));
      c.app = ReadBlock(lines);
      // Optional message check: "<REGEX>:pattern" lines up to the next ----.
      std::string expectation = Trimmed(ReadBlock(lines));
      if (absl::StartsWith(expectation, "<REGEX>:")) {
        c.expected_message_regex = expectation.substr(8);
      } else if (!expectation.empty()) {
        c.expected_message_regex = expectation;
        c.expected_message_exact = true;
      }
    } else {
      return lines.Error(absl::StrCat("expected 'app' or 'app error compile CODE', found '", line, "'"));
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace talon::tools
