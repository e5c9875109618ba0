// SourceText (an app's text plus the tables that turn offsets into line:column) and SourceSpan.
// Every AST node carries a SourceSpan; diagnostics render spans against the SourceText they index.
#ifndef TALON_FRONTEND_BASE_SOURCE_H_
#define TALON_FRONTEND_BASE_SOURCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace talon {

// A half-open byte range [begin, end) into one SourceText. A default span is "unknown".
struct SourceSpan {
  uint32_t begin = 0;
  uint32_t end = 0;

  bool empty() const { return end <= begin; }
  // The smallest span covering both.
  static SourceSpan Cover(SourceSpan a, SourceSpan b);
  friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

// 1-based line and column (column counts code points, as editors do).
struct LineColumn {
  uint32_t line = 1;
  uint32_t column = 1;
};

// Owns an app's text and its name (a file path or "<input>"). Immutable after construction.
class SourceText {
 public:
  SourceText(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  std::string_view Slice(SourceSpan span) const;

  LineColumn Position(uint32_t byte_offset) const;
  // The text of 1-based `line` without its line terminator.
  std::string_view Line(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

  // ANTLR indexes its input in code points (it decodes UTF-8 to UTF-32); this maps such an
  // index to a byte offset. Indexes past the end map to text().size().
  uint32_t ByteOffsetOfCodePoint(size_t code_point_index) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> line_starts_;  // byte offset of each line's first byte
  // Byte offset of every code point, filled only when the text is not pure ASCII.
  std::vector<uint32_t> code_point_offsets_;
};

}  // namespace talon

#endif  // TALON_FRONTEND_BASE_SOURCE_H_
