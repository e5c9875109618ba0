// Schema: the ordered, typed attributes of a stream, table or window.
#ifndef TALON_FRONTEND_BASE_SCHEMA_H_
#define TALON_FRONTEND_BASE_SCHEMA_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/base/type.h"

namespace talon {

struct Attribute {
  std::string name;
  Type type = Type::kObject;
  // Set by the runtime builder only, in the schema it gives a window whose sole reader (the
  // select step right after it) never reads this attribute: the window's batches then keep no
  // values for it (exec::Column::pruned). The language never sets it.
  bool pruned = false;
  friend bool operator==(const Attribute&, const Attribute&) = default;
};

class Schema {
 public:
  Schema() = default;
  explicit Schema(std::vector<Attribute> attributes) : attributes_(std::move(attributes)) {}

  const std::vector<Attribute>& attributes() const { return attributes_; }
  size_t size() const { return attributes_.size(); }
  const Attribute& at(size_t i) const { return attributes_[i]; }
  void Add(std::string name, Type type) { attributes_.push_back({std::move(name), type}); }

  // Index of the attribute named `name` (exact, case-sensitive as in Siddhi).
  std::optional<size_t> IndexOf(std::string_view name) const;
  std::vector<std::string> Names() const;
  // "(symbol string, price float)"
  std::string ToString() const;

  friend bool operator==(const Schema&, const Schema&) = default;

 private:
  std::vector<Attribute> attributes_;
};

}  // namespace talon

#endif  // TALON_FRONTEND_BASE_SCHEMA_H_
