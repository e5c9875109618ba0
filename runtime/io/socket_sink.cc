// TCP sink: url='tcp://HOST:PORT' (siddhi-io-tcp's option; the /context part is ignored),
// one record per line. Connects lazily and reconnects after an error; while the peer is away
// records wait in a buffer of at most buffer.bytes (default 16 MiB), beyond which the oldest
// are dropped, counted and reported.
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/io/sink.h"

namespace talon::exec::io {
namespace {

class SocketSink : public Sink {
 public:
  explicit SocketSink(SinkConfig config) : config_(std::move(config)) {}
  ~SocketSink() override { Close(); }

  absl::Status Open() override {
    std::string url = config_.spec.options.Get("url");
    if (url.empty() && config_.spec.options.Has("host")) {
      url = absl::StrCat("tcp://", config_.spec.options.Get("host"), ":",
                         config_.spec.options.Get("port"));
    }
    if (url.rfind("tcp://", 0) != 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(config_.spec.origin, ": url='tcp://HOST:PORT' is missing"));
    }
    std::string rest = url.substr(6);
    if (size_t slash = rest.find('/'); slash != std::string::npos) rest.resize(slash);
    size_t colon = rest.rfind(':');
    if (colon == std::string::npos) {
      return absl::InvalidArgumentError(absl::StrCat(config_.spec.origin, ": url '", url,
                                                     "' has no port"));
    }
    host_ = rest.substr(0, colon);
    port_ = rest.substr(colon + 1);
    TALON_ASSIGN_OR_RETURN(max_buffer_, config_.spec.options.GetInt("buffer.bytes", 16 << 20));
    TALON_ASSIGN_OR_RETURN(no_delay_, config_.spec.options.GetBool("tcp.no.delay", true));
    config_.spec.options.Get("sync");
    config_.spec.options.Get("keep.alive");
    config_.spec.options.Get("worker.threads");
    return absl::OkStatus();
  }

  void Write(const std::vector<Event>& events) override {
    for (const Event& event : events) {
      config_.mapper->Format(event, buffer_);
      buffer_ += '\n';
    }
    written_ += static_cast<int64_t>(events.size());
    if (buffer_.size() >= (1 << 20)) (void)Flush();
  }

  absl::Status Flush() override {
    if (buffer_.empty()) return absl::OkStatus();
    if (fd_ < 0 && !Connect()) return Overflow();
    size_t done = 0;
    while (done < buffer_.size()) {
      ssize_t n = ::send(fd_, buffer_.data() + done, buffer_.size() - done, MSG_NOSIGNAL);
      if (n < 0) {
        if (errno == EINTR) continue;
        config_.log(absl::StrCat(Describe(), ": send failed (", std::strerror(errno),
                                 "); reconnecting"));
        ::close(fd_);
        fd_ = -1;
        buffer_.erase(0, done);
        return Overflow();
      }
      done += static_cast<size_t>(n);
    }
    buffer_.clear();
    return absl::OkStatus();
  }

  void Close() override {
    (void)Flush();
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  std::string Describe() const override {
    return absl::StrCat("tcp sink ", host_, ":", port_, " of ", config_.stream);
  }

 private:
  bool Connect() {
    auto now = std::chrono::steady_clock::now();
    if (now < next_attempt_) return false;
    next_attempt_ = now + std::chrono::seconds(1);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* result = nullptr;
    if (::getaddrinfo(host_.c_str(), port_.c_str(), &hints, &result) != 0) return false;
    for (addrinfo* ai = result; ai != nullptr; ai = ai->ai_next) {
      int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
      if (fd < 0) continue;
      if (::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
        int one = no_delay_ ? 1 : 0;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        fd_ = fd;
        break;
      }
      ::close(fd);
    }
    ::freeaddrinfo(result);
    if (fd_ < 0 && !warned_) {
      config_.log(absl::StrCat(Describe(), ": cannot connect; retrying every second"));
      warned_ = true;
    }
    if (fd_ >= 0) warned_ = false;
    return fd_ >= 0;
  }

  // Keeps at most max_buffer_ bytes waiting for the peer, dropping the oldest whole records.
  absl::Status Overflow() {
    if (static_cast<int64_t>(buffer_.size()) <= max_buffer_) {
      return absl::UnavailableError(absl::StrCat(Describe(), ": not connected"));
    }
    size_t cut = buffer_.size() - static_cast<size_t>(max_buffer_);
    size_t newline = buffer_.find('\n', cut);
    size_t drop = newline == std::string::npos ? buffer_.size() : newline + 1;
    int64_t dropped = 0;
    for (size_t i = 0; i < drop; ++i) dropped += buffer_[i] == '\n';
    buffer_.erase(0, drop);
    failed_ += dropped;
    config_.log(absl::StrCat(Describe(), ": peer unreachable, dropped ", dropped,
                             " records (buffer.bytes reached)"));
    return absl::UnavailableError(absl::StrCat(Describe(), ": not connected"));
  }

  SinkConfig config_;
  std::string host_;
  std::string port_;
  int64_t max_buffer_ = 16 << 20;
  bool no_delay_ = true;
  int fd_ = -1;
  bool warned_ = false;
  std::chrono::steady_clock::time_point next_attempt_{};
  std::string buffer_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Sink>> MakeSocketSink(SinkConfig config) {
  return std::make_unique<SocketSink>(std::move(config));
}

}  // namespace talon::exec::io
