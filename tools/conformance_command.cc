// `talon conformance`: replays the shared Siddhi conformance cases (shared/conformance, format in
// its FORMAT.md) on Talon and reports pass/fail per area. Each case runs in a forked child with
// a time limit, so a crashing or hanging engine fails that case and the run goes on.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "runtime/options.h"
#include "tools/case_runner.h"
#include "tools/case_sandbox.h"
#include "tools/command.h"
#include "tools/conformance_case.h"
#include "tools/query_test_file.h"
#include "tools/json_datum.h"

namespace talon::tools {
namespace {

// Used when --skip is not given and the command runs from the repository root.
constexpr char kDefaultSkipList[] = "tests/conformance/skip.json";

struct AreaCounts {
  int passed = 0;
  int failed = 0;
  int skipped = 0;
};

std::string_view VerdictName(CaseResult::Verdict verdict) {
  switch (verdict) {
    case CaseResult::Verdict::kPass: return "pass";
    case CaseResult::Verdict::kFail: return "fail";
    case CaseResult::Verdict::kSkip: return "skip";
  }
  return "fail";
}

class ConformanceCommand : public Command {
 public:
  CLI::App* Register(CLI::App& parent) override {
    CLI::App* command = parent.add_subcommand(
        "conformance", "Replay recorded Siddhi conformance cases (*.jsonl) and compare outputs");
    command->add_option("PATH", paths_, "a .jsonl case file, a .test query test file, or a directory searched for both")
        ->required()
        ->type_name("PATH");
    command
        ->add_option("--engine", engine_,
                     "interp: interpreter only (jit=off); jit: JIT where it can (jit=auto); "
                     "force: every expression JIT-compiled, a fallback is an error")
        ->check(CLI::IsMember({"interp", "jit", "force"}))
        ->default_val("interp");
    command
        ->add_option("--json", json_path_,
                     "write one JSON object per case and line: "
                     "{\"id\", \"area\", \"status\": \"pass|fail|skip\", \"reason\"}")
        ->type_name("FILE");
    command->add_flag("--strict", strict_,
                      "exit 1 when any case fails (for Talon's own tests/queries suite)");
    command->add_flag("--failures", print_failures_,
                      "print each failing case id with its first difference");
    command->add_flag("-v,--verbose", verbose_, "print every case id with its verdict");
    command->add_option("--filter", filter_, "run only cases whose id contains SUBSTR")
        ->type_name("SUBSTR");
    command
        ->add_option("--skip", skip_path_,
                     "skip list: JSON object of case id -> reason (default: "
                     "tests/conformance/skip.json when it exists)")
        ->type_name("FILE");
    command->add_option("--timeout", timeout_seconds_, "per-case time limit in seconds")
        ->type_name("SECONDS")
        ->check(CLI::PositiveNumber)
        ->default_val(10);
    command->add_flag("--in-process", in_process_,
                      "run cases in this process instead of a forked child each (for a "
                      "debugger; a crash then ends the run, and --timeout does not apply)");
    command->footer(
        "Prints 'AREA: P passed, F failed[, S skipped]' per area, then the line 'N passed, M "
        "failed'. Exit status: 0 when every case ran (whatever the verdicts), 2 on a harness "
        "error (unreadable file, bad JSON, bad skip list) or a usage error.\n");
    return command;
  }

  int Run() override {
    absl::StatusOr<std::vector<ConformanceCase>> cases = LoadCases();
    if (!cases.ok()) return HarnessError(cases.status());
    absl::StatusOr<std::map<std::string, std::string>> skips = LoadSkips();
    if (!skips.ok()) return HarnessError(skips.status());
    std::ofstream json;
    if (!json_path_.empty()) {
      json.open(json_path_);
      if (!json) {
        return HarnessError(
            absl::FailedPreconditionError(absl::StrCat(json_path_, ": cannot open for writing")));
      }
    }

    exec::EngineOptions options;
    options.jit = engine_ == "jit"     ? exec::JitMode::kAuto
                  : engine_ == "force" ? exec::JitMode::kForce
                                       : exec::JitMode::kOff;
    std::map<std::string, AreaCounts> areas;
    for (const ConformanceCase& c : *cases) {
      if (!filter_.empty() && !absl::StrContains(c.id, filter_)) continue;
      CaseResult result = Judge(c, options, *skips);
      Report(c, result, areas[c.area], json);
    }

    int passed = 0;
    int failed = 0;
    for (const auto& [area, counts] : areas) {
      std::cout << area << ": " << counts.passed << " passed, " << counts.failed << " failed";
      if (counts.skipped > 0) std::cout << ", " << counts.skipped << " skipped";
      std::cout << "\n";
      passed += counts.passed;
      failed += counts.failed;
    }
    // The closing line is read by CI parsers: keep its exact shape.
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    if (json.is_open()) {
      json.close();
      if (!json) {
        return HarnessError(absl::DataLossError(absl::StrCat(json_path_, ": write failed")));
      }
    }
    return strict_ && failed > 0 ? 1 : 0;
  }

 private:
  int HarnessError(const absl::Status& status) {
    std::cerr << "talon conformance: " << status.message() << "\n";
    return 2;
  }

  absl::StatusOr<std::vector<ConformanceCase>> LoadCases() {
    absl::StatusOr<std::vector<std::string>> files = FindConformanceFiles(paths_);
    if (!files.ok()) return files.status();
    std::vector<ConformanceCase> cases;
    std::map<std::string, std::string> seen;  // id -> file:line of its first definition
    for (const std::string& file : *files) {
      absl::StatusOr<std::vector<ConformanceCase>> loaded =
          absl::EndsWith(file, ".test") ? LoadQueryTestFile(file) : LoadConformanceFile(file);
      if (!loaded.ok()) return loaded.status();
      for (ConformanceCase& c : *loaded) {
        std::string where = absl::StrCat(c.file, ":", c.line);
        auto [it, inserted] = seen.emplace(c.id, where);
        // Ids key the skip list and the baseline, so a duplicate makes both ambiguous.
        if (!inserted) {
          return absl::InvalidArgumentError(
              absl::StrCat(where, ": duplicate case id '", c.id, "' (first at ", it->second, ")"));
        }
        cases.push_back(std::move(c));
      }
    }
    return cases;
  }

  absl::StatusOr<std::map<std::string, std::string>> LoadSkips() {
    if (!skip_path_.empty()) return LoadSkipList(skip_path_);
    std::error_code ec;
    if (std::filesystem::exists(kDefaultSkipList, ec)) return LoadSkipList(kDefaultSkipList);
    return std::map<std::string, std::string>();
  }

  CaseResult Judge(const ConformanceCase& c, const exec::EngineOptions& options,
                   const std::map<std::string, std::string>& skips) {
    if (auto skip = skips.find(c.id); skip != skips.end()) {
      return CaseResult{CaseResult::Verdict::kSkip, skip->second};
    }
    if (in_process_) return RunCase(c, options);
    return RunInChild([&c, &options] { return RunCase(c, options); },
                      std::chrono::milliseconds(static_cast<int64_t>(timeout_seconds_ * 1000)));
  }

  void Report(const ConformanceCase& c, const CaseResult& result, AreaCounts& counts,
              std::ofstream& json) {
    switch (result.verdict) {
      case CaseResult::Verdict::kPass: ++counts.passed; break;
      case CaseResult::Verdict::kFail: ++counts.failed; break;
      case CaseResult::Verdict::kSkip: ++counts.skipped; break;
    }
    if (verbose_ || (print_failures_ && result.verdict == CaseResult::Verdict::kFail)) {
      std::cout << (result.verdict == CaseResult::Verdict::kPass   ? "PASS "
                    : result.verdict == CaseResult::Verdict::kSkip ? "SKIP "
                                                                   : "FAIL ")
                << c.id;
      if (!result.reason.empty()) std::cout << ": " << result.reason;
      std::cout << "\n";
    }
    if (json.is_open()) {
      json << "{\"id\": " << JsonQuote(c.id) << ", \"area\": " << JsonQuote(c.area)
           << ", \"status\": \"" << VerdictName(result.verdict)
           << "\", \"reason\": " << JsonQuote(result.reason) << "}\n";
    }
  }

  std::vector<std::string> paths_;
  std::string engine_ = "interp";
  std::string json_path_;
  bool print_failures_ = false;
  bool strict_ = false;
  bool verbose_ = false;
  std::string filter_;
  std::string skip_path_;
  double timeout_seconds_ = 10;
  bool in_process_ = false;
};

}  // namespace

std::unique_ptr<Command> NewConformanceCommand() { return std::make_unique<ConformanceCommand>(); }

}  // namespace talon::tools
