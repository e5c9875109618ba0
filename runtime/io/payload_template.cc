#include "runtime/io/payload_template.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "runtime/io/attribute_text.h"

namespace talon::exec::io {

absl::StatusOr<PayloadTemplate> PayloadTemplate::Parse(std::string_view text,
                                                       const Schema& schema) {
  PayloadTemplate result;
  size_t i = 0;
  std::string literal;
  while (i < text.size()) {
    size_t open = text.find("{{", i);
    if (open == std::string_view::npos) break;
    size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    literal.append(text.substr(i, open - i));
    std::string name(absl::StripAsciiWhitespace(
        absl::string_view(text.data() + open + 2, close - open - 2)));
    std::optional<size_t> index = schema.IndexOf(name);
    if (!index) {
      return absl::InvalidArgumentError(
          absl::StrCat("@payload: '{{", name, "}}' is not an attribute of ", schema.ToString()));
    }
    Piece piece;
    piece.quoted = open > 0 && text[open - 1] == '"' && close + 2 < text.size() &&
                   text[close + 2] == '"';
    piece.literal = std::move(literal);
    literal.clear();
    piece.attribute = static_cast<int>(*index);
    result.pieces_.push_back(std::move(piece));
    i = close + 2;
  }
  literal.append(text.substr(i));
  if (!literal.empty()) result.pieces_.push_back(Piece{std::move(literal), -1, false});
  return result;
}

void PayloadTemplate::Render(const Event& event, bool json, std::string& out) const {
  for (const Piece& piece : pieces_) {
    out += piece.literal;
    if (piece.attribute < 0 || static_cast<size_t>(piece.attribute) >= event.data.size()) continue;
    const Value& value = event.data[piece.attribute];
    if (!json) {
      AppendText(value, out);
    } else if (piece.quoted) {
      // Inside quotes: the string's escaped characters without another pair of quotes.
      std::string quoted;
      AppendJsonString(value.ToString(), quoted);
      out.append(quoted, 1, quoted.size() - 2);
    } else {
      AppendJson(value, out);
    }
  }
}

}  // namespace talon::exec::io
