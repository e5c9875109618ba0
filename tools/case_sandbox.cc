#include "tools/case_sandbox.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace talon::tools {
namespace {

// The child's report: one verdict byte, then the reason.
constexpr char kPassByte = 'P';
constexpr char kFailByte = 'F';
constexpr char kSkipByte = 'S';
// Enough stderr to hold a TALON_CHECK message or a sanitizer's first lines.
constexpr size_t kStderrTail = 4096;

void WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // the parent is gone or timed us out; nothing useful left to do
    done += static_cast<size_t>(n);
  }
}

[[noreturn]] void RunChild(const std::function<CaseResult()>& body, int result_fd, int stderr_fd) {
  dup2(stderr_fd, STDERR_FILENO);
  close(stderr_fd);
  CaseResult result = body();
  char verdict = result.verdict == CaseResult::Verdict::kPass   ? kPassByte
                 : result.verdict == CaseResult::Verdict::kSkip ? kSkipByte
                                                                : kFailByte;
  WriteAll(result_fd, std::string(1, verdict) + result.reason);
  close(result_fd);
  // _exit: the engine's and LLVM's static destructors are not worth running (or trusting) here.
  _exit(0);
}

// The last non-empty line of the child's stderr, for the crash reason.
std::string LastLine(const std::string& text) {
  absl::string_view rest = absl::StripTrailingAsciiWhitespace(text);
  size_t newline = rest.rfind('\n');
  if (newline != absl::string_view::npos) rest.remove_prefix(newline + 1);
  return std::string(rest);
}

// Reads whatever is available on `fd` into `out`; returns false at EOF or on error.
bool Drain(int fd, std::string& out, size_t keep_tail) {
  char buffer[4096];
  ssize_t n = read(fd, buffer, sizeof(buffer));
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return true;
  if (n <= 0) return false;
  out.append(buffer, static_cast<size_t>(n));
  if (keep_tail > 0 && out.size() > 2 * keep_tail) out.erase(0, out.size() - keep_tail);
  return true;
}

}  // namespace

CaseResult RunInChild(const std::function<CaseResult()>& body, std::chrono::milliseconds timeout) {
  int result_pipe[2];
  int stderr_pipe[2];
  if (pipe(result_pipe) != 0) return CaseResult::Fail(absl::StrCat("pipe: ", strerror(errno)));
  if (pipe(stderr_pipe) != 0) {
    close(result_pipe[0]);
    close(result_pipe[1]);
    return CaseResult::Fail(absl::StrCat("pipe: ", strerror(errno)));
  }
  // Anything buffered now would be written twice, once by each process.
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    for (int fd : {result_pipe[0], result_pipe[1], stderr_pipe[0], stderr_pipe[1]}) close(fd);
    return CaseResult::Fail(absl::StrCat("fork: ", strerror(errno)));
  }
  if (pid == 0) {
    close(result_pipe[0]);
    close(stderr_pipe[0]);
    RunChild(body, result_pipe[1], stderr_pipe[1]);
  }
  close(result_pipe[1]);
  close(stderr_pipe[1]);

  // Collect both pipes until the child closes them (it exited) or the deadline passes.
  std::string report;
  std::string child_stderr;
  bool result_open = true;
  bool stderr_open = true;
  bool timed_out = false;
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (result_open || stderr_open) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd fds[2] = {{result_open ? result_pipe[0] : -1, POLLIN, 0},
                     {stderr_open ? stderr_pipe[0] : -1, POLLIN, 0}};
    int ready = poll(fds, 2, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) break;
    if (result_open && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
      result_open = Drain(result_pipe[0], report, 0);
    }
    if (stderr_open && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
      stderr_open = Drain(stderr_pipe[0], child_stderr, kStderrTail);
    }
  }
  close(result_pipe[0]);
  close(stderr_pipe[0]);
  if (timed_out) kill(pid, SIGKILL);
  int wait_status = 0;
  while (waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
  }

  if (timed_out) {
    return CaseResult::Fail(
        absl::StrCat("timed out after ",
                     std::chrono::duration_cast<std::chrono::seconds>(timeout).count(), " s"));
  }
  std::string tail = LastLine(child_stderr);
  std::string detail = tail.empty() ? "" : absl::StrCat(": ", tail);
  if (WIFSIGNALED(wait_status)) {
    int signal = WTERMSIG(wait_status);
    return CaseResult::Fail(
        absl::StrCat("crashed (signal ", signal, ", ", strsignal(signal), ")", detail));
  }
  if (report.empty() || (WIFEXITED(wait_status) && WEXITSTATUS(wait_status) != 0)) {
    return CaseResult::Fail(absl::StrCat("crashed (exit code ",
                                         WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1,
                                         " without a result)", detail));
  }
  CaseResult result;
  result.verdict = report[0] == kPassByte   ? CaseResult::Verdict::kPass
                   : report[0] == kSkipByte ? CaseResult::Verdict::kSkip
                                            : CaseResult::Verdict::kFail;
  result.reason = report.substr(1);
  return result;
}

}  // namespace talon::tools
