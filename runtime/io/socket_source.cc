// TCP source: a server on host:port (siddhi-io-tcp's system parameters; host defaults to
// 127.0.0.1, or --bind, so nothing is exposed by accident; port 0 picks a free one, logged)
// taking newline-delimited records (JSON or CSV) from any number of clients at once (up to
// max.clients, default 64). Each connection has its own line buffer, bounded by
// max.line.bytes: a longer line is malformed and skipped, never buffered whole. When the app
// falls behind, the source stops reading and TCP flow control slows the clients down.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/io/line_splitter.h"
#include "runtime/io/source.h"

namespace talon::exec::io {
namespace {

constexpr size_t kReadBytes = 64 << 10;

std::string PeerName(const sockaddr_storage& address) {
  char host[INET6_ADDRSTRLEN] = "?";
  int port = 0;
  if (address.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&address);
    ::inet_ntop(AF_INET, &in->sin_addr, host, sizeof(host));
    port = ntohs(in->sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&address);
    ::inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof(host));
    port = ntohs(in6->sin6_port);
  }
  return absl::StrCat(host, ":", port);
}

struct Client {
  int fd = -1;
  std::string peer;
  std::unique_ptr<SourceMapper> mapper;
  std::unique_ptr<LineSplitter> splitter;
  int64_t line_number = 0;
};

class SocketSource : public Source {
 public:
  explicit SocketSource(SourceConfig config) : config_(std::move(config)) {}
  ~SocketSource() override {
    if (listener_ >= 0) ::close(listener_);
  }

  absl::Status Open() override {
    const Options& options = config_.spec.options;
    host_ = options.Get("host", config_.bind_host);
    TALON_ASSIGN_OR_RETURN(int64_t port, options.GetInt("port", 9892));
    TALON_ASSIGN_OR_RETURN(max_clients_, options.GetInt("max.clients", 64));
    TALON_ASSIGN_OR_RETURN(int64_t max_line, options.GetInt("max.line.bytes",
                                                            static_cast<int64_t>(config_.max_line_bytes)));
    config_.max_line_bytes = static_cast<size_t>(max_line);
    for (const char* ignored : {"context", "receiver.threads", "worker.threads", "tcp.no.delay",
                                "keep.alive"}) {
      options.Get(ignored);
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* result = nullptr;
    std::string port_text = absl::StrCat(port);
    if (int error = ::getaddrinfo(host_.c_str(), port_text.c_str(), &hints, &result); error != 0) {
      return absl::InvalidArgumentError(absl::StrCat(config_.spec.origin, ": host '", host_,
                                                     "': ", ::gai_strerror(error)));
    }
    std::string last_error = "no address";
    for (addrinfo* ai = result; ai != nullptr && listener_ < 0; ai = ai->ai_next) {
      int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
      if (fd < 0) continue;
      int one = 1;
      ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
      if (::bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && ::listen(fd, 128) == 0) {
        listener_ = fd;
      } else {
        last_error = std::strerror(errno);
        ::close(fd);
      }
    }
    ::freeaddrinfo(result);
    if (listener_ < 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          config_.spec.origin, ": cannot listen on ", host_, ":", port, ": ", last_error));
    }
    ::fcntl(listener_, F_SETFL, ::fcntl(listener_, F_GETFL) | O_NONBLOCK);
    sockaddr_storage bound{};
    socklen_t length = sizeof(bound);
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&bound), &length);
    address_ = PeerName(bound);
    return absl::OkStatus();
  }

  std::string Describe() const override {
    return absl::StrCat("tcp ", address_, " -> ", config_.stream);
  }

  void Run(SourceOutput& out) override {
    out.Log(absl::StrCat("tcp source for ", config_.stream, " listening on ", address_));
    BatchAssembler assembler(config_);
    std::vector<Client> clients;
    std::vector<pollfd> fds;
    int64_t index = 0;

    auto push = [&](bool end) {
      SourceBatch batch = assembler.Take();
      batch.end = end;
      out.Push(std::move(batch));
    };
    auto take_line = [&](Client& client, std::string_view line, bool too_long) {
      ++client.line_number;
      if (!too_long && line.find_first_not_of(" \t\r") == std::string_view::npos) return;
      auto position = [&] {
        return absl::StrCat("tcp ", client.peer, " line ", client.line_number);
      };
      if (too_long) {
        assembler.AddFault(position(),
                           absl::StrCat("line longer than ", config_.max_line_bytes, " bytes"),
                           line);
      } else if (client.mapper->expects_header()) {
        BatchBuilder unused(config_.schema, 1);
        absl::Status status = client.mapper->Map(line, unused);
        if (!status.ok()) {
          assembler.AddFault(position(), absl::StrCat("header: ", status.message()), line);
        }
      } else {
        assembler.Add(*client.mapper, line, index++, position);
      }
      if (assembler.full()) push(false);
    };
    // `eof`: the client closed (its last line may lack a newline); else Talon is stopping and
    // a partial line was cut off.
    auto close_client = [&](size_t i, bool eof) {
      Client& client = clients[i];
      std::string_view line;
      bool too_long = false;
      if (client.splitter->Rest(line, too_long)) {
        if (eof) {
          take_line(client, line, too_long);
        } else {
          assembler.AddFault(absl::StrCat("tcp ", client.peer, " line ", client.line_number + 1),
                             "incomplete line when talon stopped", line);
        }
      }
      ::close(client.fd);
      clients.erase(clients.begin() + static_cast<ptrdiff_t>(i));
    };

    while (!out.stopping()) {
      fds.clear();
      fds.push_back(pollfd{listener_, POLLIN, 0});
      for (const Client& client : clients) fds.push_back(pollfd{client.fd, POLLIN, 0});
      int timeout_ms = 100;
      if (!assembler.empty()) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(assembler.deadline() -
                                                                          Clock::now());
        timeout_ms = static_cast<int>(std::clamp<int64_t>(left.count(), 0, 100));
      }
      int ready = ::poll(fds.data(), fds.size(), timeout_ms);
      if (ready < 0 && errno != EINTR) {
        out.Log(absl::StrCat("tcp source ", address_, ": poll failed: ", std::strerror(errno)));
        break;
      }
      if (ready > 0) {
        // Clients first (fds[1..] line up with clients), in reverse so erasing keeps indexes.
        for (size_t i = clients.size(); i-- > 0;) {
          if ((fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
          Client& client = clients[i];
          char* buffer = client.splitter->Reserve(kReadBytes);
          ssize_t n = ::recv(client.fd, buffer, kReadBytes, 0);
          if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
          if (n <= 0) {
            close_client(i, /*eof=*/true);
            continue;
          }
          client.splitter->Commit(static_cast<size_t>(n));
          std::string_view line;
          bool too_long = false;
          while (client.splitter->Next(line, too_long)) take_line(client, line, too_long);
        }
        if (fds[0].revents & POLLIN) Accept(out, clients);
      }
      if (assembler.due(Clock::now())) push(false);
    }
    for (size_t i = clients.size(); i-- > 0;) close_client(i, /*eof=*/false);
    push(true);
  }

 private:
  void Accept(SourceOutput& out, std::vector<Client>& clients) {
    while (true) {
      sockaddr_storage peer{};
      socklen_t length = sizeof(peer);
      int fd = ::accept4(listener_, reinterpret_cast<sockaddr*>(&peer), &length, SOCK_CLOEXEC);
      if (fd < 0) return;
      if (static_cast<int64_t>(clients.size()) >= max_clients_) {
        out.Log(absl::StrCat("tcp source ", address_, ": refused ", PeerName(peer), " (",
                             max_clients_, " clients already; max.clients)"));
        ::close(fd);
        continue;
      }
      absl::StatusOr<std::unique_ptr<SourceMapper>> mapper =
          MakeSourceMapper(config_.spec.map, config_.schema);
      if (!mapper.ok()) {
        ::close(fd);
        continue;
      }
      Client client;
      client.fd = fd;
      client.peer = PeerName(peer);
      client.mapper = *std::move(mapper);
      client.splitter = std::make_unique<LineSplitter>(config_.max_line_bytes);
      clients.push_back(std::move(client));
    }
  }

  SourceConfig config_;
  std::string host_;
  std::string address_;
  int64_t max_clients_ = 64;
  int listener_ = -1;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Source>> MakeSocketSource(SourceConfig config) {
  return std::make_unique<SocketSource>(std::move(config));
}

}  // namespace talon::exec::io
