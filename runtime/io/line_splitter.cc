#include "runtime/io/line_splitter.h"

#include <cstring>

#include "runtime/io/mapper.h"

namespace talon::exec::io {

LineSplitter::LineSplitter(size_t max_line_bytes) : max_line_bytes_(max_line_bytes) {}

char* LineSplitter::Reserve(size_t want) {
  // Move the unconsumed bytes to the front before growing.
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  size_t needed = end_ + want + kRecordPadding;
  if (buffer_.size() < needed) buffer_.resize(needed);
  return buffer_.data() + end_;
}

void LineSplitter::Commit(size_t written) {
  end_ += written;
  // Padding bytes are zero so a parser reading past a line sees no stale text.
  std::memset(buffer_.data() + end_, 0, kRecordPadding);
}

bool LineSplitter::Next(std::string_view& line, bool& too_long) {
  while (true) {
    const char* start = buffer_.data() + begin_;
    size_t available = end_ - begin_;
    const void* newline =
        scanned_ < available ? std::memchr(start + scanned_, '\n', available - scanned_) : nullptr;
    if (newline == nullptr) {
      scanned_ = available;
      if (!skipping_ && available > max_line_bytes_) {
        // Report the over-long line now, then drop the rest of it as it arrives.
        line = std::string_view(start, max_line_bytes_);
        too_long = true;
        skipping_ = true;
        begin_ = end_;
        scanned_ = 0;
        return true;
      }
      if (skipping_) {
        begin_ = end_;
        scanned_ = 0;
      }
      return false;
    }
    size_t length = static_cast<const char*>(newline) - start;
    size_t next = begin_ + length + 1;
    scanned_ = 0;
    if (skipping_) {
      // The end of an over-long line already reported.
      skipping_ = false;
      begin_ = next;
      continue;
    }
    if (length > 0 && start[length - 1] == '\r') --length;
    too_long = length > max_line_bytes_;
    line = std::string_view(start, too_long ? max_line_bytes_ : length);
    begin_ = next;
    return true;
  }
}

bool LineSplitter::Rest(std::string_view& line, bool& too_long) {
  if (skipping_ || begin_ == end_) {
    begin_ = end_;
    skipping_ = false;
    return false;
  }
  const char* start = buffer_.data() + begin_;
  size_t length = end_ - begin_;
  if (start[length - 1] == '\r') --length;
  too_long = length > max_line_bytes_;
  line = std::string_view(start, too_long ? max_line_bytes_ : length);
  begin_ = end_;
  scanned_ = 0;
  return true;
}

}  // namespace talon::exec::io
