// File sinks (siddhi-io-file's sink): one record per line into file.uri, or stdout for '-'.
// append (default true, as in Siddhi; --output files default to false) keeps what the file
// held. The log sink prints readable lines on stdout, colored on a terminal, with Siddhi's
// `prefix` option.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "frontend/base/status_macros.h"
#include "runtime/io/sink.h"

namespace talon::exec::io {
namespace {

// Writes all of `data` to `fd`; false on error (errno set).
bool WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

constexpr size_t kFlushBytes = 1 << 20;

// A sink writing lines to a file descriptor through a buffer.
class LineFileSink : public Sink {
 public:
  explicit LineFileSink(SinkConfig config) : config_(std::move(config)) {}
  ~LineFileSink() override { Close(); }

  absl::Status Open() override {
    path_ = config_.spec.options.Get("file.uri");
    if (path_.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(config_.spec.origin, ": file.uri is missing"));
    }
    if (path_.rfind("file:", 0) == 0) path_ = path_.substr(5);
    if (path_.rfind("//", 0) == 0) path_ = path_.substr(2);
    TALON_ASSIGN_OR_RETURN(bool append, config_.spec.options.GetBool("append", true));
    TALON_ASSIGN_OR_RETURN(separator_, config_.spec.options.GetBool("add.line.separator", true));
    if (path_ == "-") {
      fd_ = STDOUT_FILENO;
      owned_ = false;
    } else {
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC),
                   0644);
      if (fd_ < 0) {
        return absl::FailedPreconditionError(absl::StrCat(
            config_.spec.origin, ": cannot open ", path_, " for writing: ", std::strerror(errno)));
      }
      owned_ = true;
    }
    std::string header = config_.mapper->Header();
    if (!header.empty() && (!append || ::lseek(fd_, 0, SEEK_END) == 0)) {
      buffer_ += header;
      buffer_ += '\n';
    }
    return absl::OkStatus();
  }

  void Write(const std::vector<Event>& events) override {
    for (const Event& event : events) {
      config_.mapper->Format(event, buffer_);
      if (separator_) buffer_ += '\n';
    }
    written_ += static_cast<int64_t>(events.size());
    if (buffer_.size() >= kFlushBytes) (void)Flush();
  }

  absl::Status Flush() override {
    if (buffer_.empty() || fd_ < 0) return absl::OkStatus();
    if (!WriteAll(fd_, buffer_)) {
      ++failed_;
      std::string message = absl::StrCat(Describe(), ": write failed: ", std::strerror(errno));
      buffer_.clear();
      config_.log(message);
      return absl::DataLossError(message);
    }
    buffer_.clear();
    return absl::OkStatus();
  }

  void Close() override {
    (void)Flush();
    if (owned_ && fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  std::string Describe() const override {
    return absl::StrCat("file sink ", path_ == "-" ? "stdout" : path_, " of ", config_.stream);
  }

 private:
  SinkConfig config_;
  std::string path_;
  int fd_ = -1;
  bool owned_ = false;
  bool separator_ = true;
  std::string buffer_;
};

class LogSink : public Sink {
 public:
  explicit LogSink(SinkConfig config) : config_(std::move(config)) {}
  ~LogSink() override { Close(); }

  absl::Status Open() override {
    prefix_ = config_.spec.options.Get("prefix");
    config_.spec.options.Get("priority");  // Siddhi's log level: every level prints here
    color_ = ::isatty(STDOUT_FILENO) != 0;
    return absl::OkStatus();
  }

  void Write(const std::vector<Event>& events) override {
    for (const Event& event : events) {
      if (color_) buffer_ += "\033[2m";
      buffer_ += absl::FormatTime("%Y-%m-%d %H:%M:%E3S", absl::FromUnixMillis(event.timestamp),
                                  absl::UTCTimeZone());
      if (color_) buffer_ += "\033[0m";
      buffer_ += ' ';
      if (!prefix_.empty()) absl::StrAppend(&buffer_, prefix_, " ");
      if (color_) buffer_ += "\033[1;36m";
      buffer_ += config_.stream;
      if (color_) buffer_ += "\033[0m";
      buffer_ += ": ";
      config_.mapper->Format(event, buffer_);
      buffer_ += '\n';
    }
    written_ += static_cast<int64_t>(events.size());
    if (buffer_.size() >= kFlushBytes) (void)Flush();
  }

  absl::Status Flush() override {
    if (buffer_.empty()) return absl::OkStatus();
    bool ok = WriteAll(STDOUT_FILENO, buffer_);
    buffer_.clear();
    if (!ok) {
      ++failed_;
      return absl::DataLossError("log sink: stdout write failed");
    }
    return absl::OkStatus();
  }

  void Close() override { (void)Flush(); }
  std::string Describe() const override { return absl::StrCat("log sink of ", config_.stream); }

 private:
  SinkConfig config_;
  std::string prefix_;
  bool color_ = false;
  std::string buffer_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Sink>> MakeFileSink(SinkConfig config) {
  return std::make_unique<LineFileSink>(std::move(config));
}

absl::StatusOr<std::unique_ptr<Sink>> MakeLogSink(SinkConfig config) {
  return std::make_unique<LogSink>(std::move(config));
}

}  // namespace talon::exec::io
