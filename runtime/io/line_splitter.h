// LineSplitter: cuts a byte stream (file, TCP connection) into newline-terminated records in a
// buffer that never grows past the line limit plus one read: a line longer than the limit is
// reported once, truncated, and the rest of it skipped as it arrives. Every line handed out
// is followed by kRecordPadding readable bytes, so mappers may parse it in place.
#ifndef TALON_RUNTIME_IO_LINE_SPLITTER_H_
#define TALON_RUNTIME_IO_LINE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace talon::exec::io {

class LineSplitter {
 public:
  explicit LineSplitter(size_t max_line_bytes);

  // A place for at least `want` new bytes; write into it, then Commit how many were written.
  char* Reserve(size_t want);
  void Commit(size_t written);

  // The next complete line, without "\n" or "\r\n". `too_long` is set for a line longer than
  // the limit; `line` then holds its first max_line_bytes bytes. False when no complete line
  // is buffered. Views stay valid until the next Reserve.
  bool Next(std::string_view& line, bool& too_long);
  // At end of input: the last line when it has no terminator.
  bool Rest(std::string_view& line, bool& too_long);

  // Bytes buffered that do not form a complete line yet.
  size_t pending() const { return end_ - begin_; }

 private:
  size_t max_line_bytes_;
  std::vector<char> buffer_;  // [begin_, end_) unconsumed; padding after end_
  size_t begin_ = 0;
  size_t end_ = 0;
  size_t scanned_ = 0;    // bytes from begin_ already known to hold no newline
  bool skipping_ = false;  // inside an over-long line that was already reported
};

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_LINE_SPLITTER_H_
