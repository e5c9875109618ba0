#include "repl/repl.h"

#include <histedit.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "frontend/base/diagnostic.h"

namespace talon::repl {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Parses "@1000" or "1000" into a timestamp.
bool ParseTime(std::string_view text, int64_t& time) {
  text = Trim(text);
  if (!text.empty() && text.front() == '@') text.remove_prefix(1);
  return absl::SimpleAtoi(std::string(text), &time);
}

// Splits "'IBM', 700.0, 10" at top-level commas, keeping quoted strings whole.
std::vector<std::string> SplitValues(std::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  char quote = 0;
  for (char c : text) {
    if (quote) {
      if (c == quote) quote = 0;
      current += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      current += c;
    } else if (c == ',') {
      parts.push_back(std::string(Trim(current)));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!Trim(current).empty() || !parts.empty()) parts.push_back(std::string(Trim(current)));
  return parts;
}

// Converts one typed-in literal to a value of the attribute's type.
bool ParseValue(const std::string& text, Type type, Value& value) {
  if (text == "null") {
    value = Value::Null(type);
    return true;
  }
  switch (type) {
    case Type::kString:
      if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') &&
          text.back() == text.front()) {
        value = Value::String(text.substr(1, text.size() - 2));
      } else {
        value = Value::String(text);
      }
      return true;
    case Type::kBool:
      if (text == "true" || text == "false") {
        value = Value::Bool(text == "true");
        return true;
      }
      return false;
    case Type::kInt: {
      int32_t v;
      if (!absl::SimpleAtoi(text, &v)) return false;
      value = Value::Int(v);
      return true;
    }
    case Type::kLong: {
      int64_t v;
      std::string t = text;
      if (!t.empty() && (t.back() == 'L' || t.back() == 'l')) t.pop_back();
      if (!absl::SimpleAtoi(t, &v)) return false;
      value = Value::Long(v);
      return true;
    }
    case Type::kFloat: {
      float v;
      if (!absl::SimpleAtof(text, &v)) return false;
      value = Value::Float(v);
      return true;
    }
    case Type::kDouble: {
      double v;
      if (!absl::SimpleAtod(text, &v)) return false;
      value = Value::Double(v);
      return true;
    }
    case Type::kObject: return false;
  }
  return false;
}

}  // namespace

Repl::Repl(std::unique_ptr<exec::Engine> engine, std::ostream& out, std::ostream& err)
    : engine_(std::move(engine)), out_(out), err_(err) {}

Repl::~Repl() = default;

const char* Repl::HelpText() {
  return "Type CQL lines (definitions and queries), then :deploy.\n"
         "  :deploy               compile the lines typed so far and start the app\n"
         "  :load FILE            read an app from FILE and deploy it\n"
         "  :send S @T v1, v2...  send one event to stream S at event time T\n"
         "  :advance @T           move the clock to T (a heartbeat): windows and timers fire\n"
         "  :explain              show the deployed app's plan and kernels\n"
         "  :clear                forget the app and the pending lines\n"
         "  :help                 this text\n"
         "  :quit                 leave\n"
         "Every event that reaches a stream is printed as: Stream @time [values].\n";
}

bool Repl::Execute(std::string_view raw) {
  std::string_view line = Trim(raw);
  if (line.empty()) return true;
  if (line.front() != ':') {
    absl::StrAppend(&pending_, std::string(raw), "\n");
    return true;
  }
  std::string_view command = line.substr(1);
  std::string_view args;
  if (size_t space = command.find(' '); space != std::string_view::npos) {
    args = Trim(command.substr(space + 1));
    command = command.substr(0, space);
  }
  if (command == "quit" || command == "q") return false;
  if (command == "help") {
    out_ << HelpText();
  } else if (command == "deploy") {
    Deploy();
  } else if (command == "load") {
    Load(args);
  } else if (command == "send") {
    Send(args);
  } else if (command == "advance") {
    Advance(args);
  } else if (command == "explain") {
    Explain();
  } else if (command == "clear") {
    pending_.clear();
    app_text_.clear();
    runtime_.reset();
  } else {
    err_ << "unknown command ':" << command << "' (try :help)\n";
  }
  return true;
}

void Repl::Deploy() {
  std::string text = pending_.empty() ? app_text_ : pending_;
  Diagnostics diagnostics;
  absl::StatusOr<std::unique_ptr<exec::AppRuntime>> runtime =
      engine_->Deploy(text, &diagnostics, "<repl>");
  err_ << diagnostics.RenderAll();
  if (!runtime.ok()) {
    if (diagnostics.all().empty()) err_ << runtime.status().message() << "\n";
    return;
  }
  app_text_ = text;
  pending_.clear();
  runtime_ = *std::move(runtime);
  for (const std::string& stream : runtime_->StreamNames()) {
    absl::Status status = runtime_->AddStreamCallback(
        stream, [this, stream](const std::vector<exec::Event>& events) {
          for (const exec::Event& e : events) out_ << stream << " " << e.ToString() << "\n";
        });
    if (!status.ok()) err_ << status.message() << "\n";
  }
  absl::Status started = runtime_->Start(0);
  if (!started.ok()) err_ << started.message() << "\n";
  out_ << "deployed '" << runtime_->name() << "': " << runtime_->QueryNames().size()
       << " queries\n";
}

void Repl::Load(std::string_view path) {
  std::ifstream file{std::string(path)};
  if (!file) {
    err_ << "cannot read '" << path << "'\n";
    return;
  }
  std::stringstream buffer;
  buffer << file.rdbuf();
  pending_ = buffer.str();
  Deploy();
}

void Repl::Send(std::string_view args) {
  if (!runtime_) {
    err_ << "no app is deployed (type CQL, then :deploy)\n";
    return;
  }
  size_t space = args.find(' ');
  std::string stream(args.substr(0, space));
  std::string_view rest = space == std::string_view::npos ? "" : Trim(args.substr(space + 1));
  size_t time_end = rest.find(' ');
  int64_t time = 0;
  if (!ParseTime(rest.substr(0, time_end), time)) {
    err_ << "usage: :send STREAM @TIME v1, v2, ...\n";
    return;
  }
  std::vector<std::string> parts =
      SplitValues(time_end == std::string_view::npos ? "" : rest.substr(time_end + 1));
  absl::StatusOr<Schema> schema = runtime_->StreamSchema(stream);
  if (!schema.ok()) {
    err_ << schema.status().message() << "\n";
    return;
  }
  if (parts.size() != schema->size()) {
    err_ << "stream '" << stream << "' has " << schema->size() << " attributes "
         << schema->ToString() << ", got " << parts.size() << " values\n";
    return;
  }
  std::vector<Value> values(parts.size());
  for (size_t i = 0; i < parts.size(); ++i) {
    if (!ParseValue(parts[i], schema->at(i).type, values[i])) {
      err_ << "'" << parts[i] << "' is not a " << TypeName(schema->at(i).type) << " (attribute '"
           << schema->at(i).name << "')\n";
      return;
    }
  }
  absl::Status status = runtime_->Send(stream, time, std::move(values));
  if (!status.ok()) err_ << status.message() << "\n";
}

void Repl::Advance(std::string_view args) {
  int64_t time = 0;
  if (!runtime_ || !ParseTime(args, time)) {
    err_ << (runtime_ ? "usage: :advance @TIME\n" : "no app is deployed\n");
    return;
  }
  absl::Status status = runtime_->AdvanceTime(time);
  if (!status.ok()) err_ << status.message() << "\n";
}

void Repl::Explain() {
  Diagnostics diagnostics;
  absl::StatusOr<std::string> text = engine_->Explain(app_text_, diagnostics, "<repl>");
  if (!text.ok()) {
    err_ << diagnostics.RenderAll();
    return;
  }
  out_ << *text;
}

int Repl::RunInteractive() {
  out_ << "talon repl — :help for commands\n";
  EditLine* el = el_init("talon", stdin, stdout, stderr);
  History* hist = history_init();
  HistEvent event;
  history(hist, &event, H_SETSIZE, 1000);
  el_set(el, EL_PROMPT, +[](EditLine*) -> char* { return const_cast<char*>("talon> "); });
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_HIST, history, hist);
  int exit_code = 0;
  while (true) {
    int count = 0;
    const char* line = el_gets(el, &count);
    if (line == nullptr || count <= 0) break;
    if (!Trim(line).empty()) history(hist, &event, H_ENTER, line);
    if (!Execute(line)) break;
    out_.flush();
  }
  history_end(hist);
  el_end(el);
  return exit_code;
}

}  // namespace talon::repl
