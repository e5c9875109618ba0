// llvm::Error -> absl::Status. The only file that turns LLVM's errors into ours.
#include "codegen/llvm_status.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "llvm/Support/Error.h"

namespace talon::codegen {

absl::Status ToStatus(llvm::Error error, std::string_view context) {
  if (!error) return absl::OkStatus();
  // toString consumes every payload of a (possibly joined) error, so nothing is left unchecked.
  std::string text = llvm::toString(std::move(error));
  return absl::InternalError(absl::StrCat(std::string(context), ": ", text));
}

}  // namespace talon::codegen
