#include "frontend/base/source.h"

#include <algorithm>

namespace talon {

SourceSpan SourceSpan::Cover(SourceSpan a, SourceSpan b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return SourceSpan{std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

SourceText::SourceText(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  bool ascii = true;
  for (uint32_t i = 0; i < text_.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == '\n') line_starts_.push_back(i + 1);
    if (c >= 0x80) ascii = false;
  }
  if (!ascii) {
    for (uint32_t i = 0; i < text_.size(); ++i) {
      // Continuation bytes (10xxxxxx) do not start a code point.
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) code_point_offsets_.push_back(i);
    }
  }
}

std::string_view SourceText::Slice(SourceSpan span) const {
  uint32_t begin = std::min<uint32_t>(span.begin, text_.size());
  uint32_t end = std::clamp<uint32_t>(span.end, begin, text_.size());
  return std::string_view(text_).substr(begin, end - begin);
}

LineColumn SourceText::Position(uint32_t byte_offset) const {
  byte_offset = std::min<uint32_t>(byte_offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  uint32_t line_index = static_cast<uint32_t>(it - line_starts_.begin()) - 1;
  uint32_t column = 1;
  for (uint32_t i = line_starts_[line_index]; i < byte_offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return LineColumn{line_index + 1, column};
}

std::string_view SourceText::Line(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(begin, end - begin);
}

uint32_t SourceText::ByteOffsetOfCodePoint(size_t code_point_index) const {
  if (code_point_offsets_.empty()) {
    return static_cast<uint32_t>(std::min(code_point_index, text_.size()));
  }
  if (code_point_index >= code_point_offsets_.size()) return text_.size();
  return code_point_offsets_[code_point_index];
}

}  // namespace talon
