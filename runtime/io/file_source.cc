// File source (siddhi-io-file's line mode): file.uri='PATH' (or 'file:/PATH'), one record per
// line. tailing='true' (Siddhi's default; --follow for --input files) reads the file and then
// follows what is appended, reopening it when it is rotated or truncated; tailing='false'
// replays it once (the driver merges replays by event time and applies --speed). '-' reads
// stdin once. Blank lines are skipped; a line over max.line.bytes is malformed.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/io/line_splitter.h"
#include "runtime/io/source.h"

namespace talon::exec::io {
namespace {

constexpr size_t kReadBytes = 1 << 20;

bool Blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

class FileSource : public Source {
 public:
  explicit FileSource(SourceConfig config) : config_(std::move(config)) {}
  ~FileSource() override {
    if (fd_ >= 0 && fd_ != STDIN_FILENO) ::close(fd_);
  }

  absl::Status Open() override {
    const Options& options = config_.spec.options;
    path_ = options.Get("file.uri");
    if (path_.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(config_.spec.origin, ": file.uri='PATH' is missing"));
    }
    if (path_.rfind("file:", 0) == 0) path_ = path_.substr(5);
    if (path_.rfind("//", 0) == 0) path_ = path_.substr(2);
    // Siddhi tails by default; `talon run --input FILE` replays unless --follow.
    TALON_ASSIGN_OR_RETURN(tailing_, options.GetBool("tailing", true));
    std::string mode = options.Get("mode", "line");
    if (mode != "line") {
      return absl::InvalidArgumentError(absl::StrCat(
          config_.spec.origin, ": mode='", mode, "' is not supported (Talon reads mode='line')"));
    }
    // Siddhi options with no meaning for one local file read line by line.
    for (const char* ignored : {"action.after.process", "action.after.failure", "move.after.process",
                                "move.after.failure", "begin.regex", "end.regex",
                                "file.polling.interval", "dir.polling.interval",
                                "timeout", "file.read.wait.timeout"}) {
      options.Get(ignored);
    }
    TALON_ASSIGN_OR_RETURN(int64_t max_line, options.GetInt("max.line.bytes",
                                                            static_cast<int64_t>(config_.max_line_bytes)));
    config_.max_line_bytes = static_cast<size_t>(max_line);
    if (path_ == "-") tailing_ = false;
    // A replay without a time attribute numbers its records 0, 1, 2, ... as event times; a
    // tailed file is live, and its records take their arrival time.
    config_.record_index_time = !tailing_ && !config_.time_attribute;
    if (path_ == "-") {
      fd_ = STDIN_FILENO;
      return absl::OkStatus();
    }
    fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
      return absl::NotFoundError(
          absl::StrCat(config_.spec.origin, ": cannot open ", path_, ": ", std::strerror(errno)));
    }
    struct stat st {};
    if (::fstat(fd_, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        return absl::FailedPreconditionError(
            absl::StrCat(config_.spec.origin, ": ", path_, " is a directory"));
      }
      size_ = st.st_size;
      inode_ = st.st_ino;
    }
    return absl::OkStatus();
  }

  bool finite() const override { return !tailing_; }

  std::string Describe() const override {
    return absl::StrCat("file ", path_ == "-" ? "stdin" : path_, " -> ", config_.stream);
  }

  void Run(SourceOutput& out) override {
    absl::StatusOr<std::unique_ptr<SourceMapper>> mapper =
        MakeSourceMapper(config_.spec.map, config_.schema);
    BatchAssembler assembler(config_);
    LineSplitter splitter(config_.max_line_bytes);
    int64_t done = 0;
    int64_t line_number = 0;
    int64_t index = 0;
    std::string name = path_ == "-" ? "<stdin>" : path_;

    auto push = [&](bool end) {
      SourceBatch batch = assembler.Take();
      batch.input_done = done;
      batch.input_size = tailing_ ? 0 : size_;
      batch.end = end;
      out.Push(std::move(batch));
    };
    auto take_line = [&](std::string_view line, bool too_long) {
      ++line_number;
      if (!too_long && Blank(line)) return;
      auto position = [&] { return absl::StrCat(name, ":", line_number); };
      if (too_long) {
        assembler.AddFault(position(),
                           absl::StrCat("line longer than ", config_.max_line_bytes, " bytes"),
                           line);
      } else if ((*mapper)->expects_header()) {
        BatchBuilder unused(config_.schema, 1);
        absl::Status status = (*mapper)->Map(line, unused);
        if (!status.ok()) assembler.AddFault(position(), absl::StrCat("header: ", status.message()), line);
      } else {
        assembler.Add(**mapper, line, index++, position);
      }
      if (assembler.full()) push(false);
    };

    bool at_end = false;
    while (!out.stopping()) {
      char* buffer = splitter.Reserve(kReadBytes);
      ssize_t n = ::read(fd_, buffer, kReadBytes);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        out.Log(absl::StrCat("file source ", name, ": read failed: ", std::strerror(errno)));
        break;
      }
      if (n > 0) {
        splitter.Commit(static_cast<size_t>(n));
        done += n;
        std::string_view line;
        bool too_long = false;
        while (splitter.Next(line, too_long)) take_line(line, too_long);
        continue;
      }
      // End of file.
      if (!tailing_) {
        at_end = true;
        break;
      }
      // Tailing: hand over what is read (nothing more is coming right now), then look for
      // appended lines, rotation or truncation.
      if (!assembler.empty()) push(false);
      std::this_thread::sleep_for(std::chrono::milliseconds(
          std::clamp<int64_t>(config_.max_latency_ms, 1, 50)));
      Reopen(out, done, line_number);
    }
    if (at_end) {
      // The last line may lack its newline.
      std::string_view line;
      bool too_long = false;
      if (splitter.Rest(line, too_long)) take_line(line, too_long);
    } else if (!tailing_ && path_ != "-") {
      // Stopped early: a partial line in the buffer is unread input, not a malformed record.
      out.Log(absl::StrCat("file source ", name, ": stopped after line ", line_number, " (",
                           done - static_cast<int64_t>(splitter.pending()), " of ", size_,
                           " bytes)"));
    }
    push(true);
  }

 private:
  // After a rotation (a new file at the path) or a truncation, reads from the start again.
  void Reopen(SourceOutput& out, int64_t& done, int64_t& line_number) {
    struct stat st {};
    if (::stat(path_.c_str(), &st) != 0) return;  // rotated away; the new file is not there yet
    if (st.st_ino == inode_ && st.st_size >= done) return;
    int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    out.Log(absl::StrCat("file source ", path_, ": ",
                         st.st_ino == inode_ ? "truncated" : "rotated", "; reading from the start"));
    ::close(fd_);
    fd_ = fd;
    inode_ = st.st_ino;
    done = 0;
    line_number = 0;
  }

  SourceConfig config_;
  std::string path_;
  bool tailing_ = true;
  int fd_ = -1;
  int64_t size_ = 0;
  ino_t inode_ = 0;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Source>> MakeFileSource(SourceConfig config) {
  return std::make_unique<FileSource>(std::move(config));
}

}  // namespace talon::exec::io
