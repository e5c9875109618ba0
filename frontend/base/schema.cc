#include "frontend/base/schema.h"

#include "absl/strings/str_cat.h"

namespace talon {

std::optional<size_t> Schema::IndexOf(std::string_view name) const {
  for (size_t i = 0; i < attributes_.size(); ++i) {
    if (attributes_[i].name == name) return i;
  }
  return std::nullopt;
}

std::vector<std::string> Schema::Names() const {
  std::vector<std::string> names;
  names.reserve(attributes_.size());
  for (const Attribute& a : attributes_) names.push_back(a.name);
  return names;
}

std::string Schema::ToString() const {
  std::string out = "(";
  for (size_t i = 0; i < attributes_.size(); ++i) {
    absl::StrAppend(&out, i ? ", " : "", attributes_[i].name, " ", TypeName(attributes_[i].type));
  }
  return out + ")";
}

}  // namespace talon
