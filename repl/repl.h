// The interactive REPL for trying policies: type CQL, deploy it, send events, move time, and
// watch every event that reaches a stream. `talon repl` runs it; tests drive Repl::Execute.
#ifndef TALON_REPL_REPL_H_
#define TALON_REPL_REPL_H_

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "runtime/app_runtime.h"
#include "runtime/engine.h"

namespace talon::repl {

class Repl {
 public:
  // `out` receives results and events; `err` diagnostics and errors. Both must outlive the Repl.
  Repl(std::unique_ptr<exec::Engine> engine, std::ostream& out, std::ostream& err);
  ~Repl();

  // Executes one input line: a `:command` or a line of CQL appended to the pending app.
  // Returns false when the session should end (:quit).
  bool Execute(std::string_view line);

  // Runs the interactive loop on the terminal (libedit line editing and history) until EOF or
  // :quit. Returns the process exit code.
  int RunInteractive();

  static const char* HelpText();

 private:
  void Deploy();
  void Load(std::string_view path);
  void Send(std::string_view args);
  void Advance(std::string_view args);
  void Explain();

  std::unique_ptr<exec::Engine> engine_;
  std::ostream& out_;
  std::ostream& err_;
  std::string pending_;  // CQL typed since the last :deploy
  std::string app_text_;  // the deployed app
  std::unique_ptr<exec::AppRuntime> runtime_;
};

}  // namespace talon::repl

#endif  // TALON_REPL_REPL_H_
