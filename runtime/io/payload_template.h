// PayloadTemplate: Siddhi's @payload("... {{attribute}} ...") for sink mappers. Placeholders
// are resolved to attribute positions once; rendering appends each value's text.
#ifndef TALON_RUNTIME_IO_PAYLOAD_TEMPLATE_H_
#define TALON_RUNTIME_IO_PAYLOAD_TEMPLATE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "runtime/event.h"

namespace talon::exec::io {

class PayloadTemplate {
 public:
  // InvalidArgument when a placeholder names no attribute of `schema`.
  static absl::StatusOr<PayloadTemplate> Parse(std::string_view text, const Schema& schema);

  // Appends the text with each {{attribute}} replaced: as JSON literals when `json` (strings
  // escaped, without quotes when the template already quotes them), else as plain text.
  void Render(const Event& event, bool json, std::string& out) const;

 private:
  struct Piece {
    std::string literal;
    int attribute = -1;  // -1: literal only
    bool quoted = false;  // the placeholder sits between quotes in the template
  };
  std::vector<Piece> pieces_;
};

}  // namespace talon::exec::io

#endif  // TALON_RUNTIME_IO_PAYLOAD_TEMPLATE_H_
