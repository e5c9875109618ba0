#include "frontend/base/type.h"

#include "absl/strings/ascii.h"

namespace talon {

const char* TypeName(Type type) {
  switch (type) {
    case Type::kBool: return "bool";
    case Type::kInt: return "int";
    case Type::kLong: return "long";
    case Type::kFloat: return "float";
    case Type::kDouble: return "double";
    case Type::kString: return "string";
    case Type::kObject: return "object";
  }
  return "object";
}

std::optional<Type> ParseTypeName(std::string_view name) {
  std::string lower = absl::AsciiStrToLower(std::string(name));
  if (lower == "bool" || lower == "boolean") return Type::kBool;
  if (lower == "int" || lower == "integer") return Type::kInt;
  if (lower == "long") return Type::kLong;
  if (lower == "float") return Type::kFloat;
  if (lower == "double") return Type::kDouble;
  if (lower == "string") return Type::kString;
  if (lower == "object") return Type::kObject;
  return std::nullopt;
}

std::optional<Type> PromoteNumeric(Type a, Type b) {
  if (!IsNumeric(a) || !IsNumeric(b)) return std::nullopt;
  if (a == Type::kDouble || b == Type::kDouble) return Type::kDouble;
  if (a == Type::kFloat || b == Type::kFloat) return Type::kFloat;
  if (a == Type::kLong || b == Type::kLong) return Type::kLong;
  return Type::kInt;
}

}  // namespace talon
