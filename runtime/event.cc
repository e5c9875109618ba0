#include "runtime/event.h"

#include "absl/strings/str_cat.h"

namespace talon::exec {

std::string Event::ToString() const {
  std::string out = absl::StrCat("@", timestamp, " ",
                                 kind == EventKind::kExpired ? "expired" : "current", " [");
  for (size_t i = 0; i < data.size(); ++i) absl::StrAppend(&out, i ? ", " : "", data[i].ToString());
  return out + "]";
}

}  // namespace talon::exec
