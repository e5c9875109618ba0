// Siddhi's attribute types and the numeric promotion rules shared by analyzer, interpreter and JIT.
#ifndef TALON_FRONTEND_BASE_TYPE_H_
#define TALON_FRONTEND_BASE_TYPE_H_

#include <optional>
#include <string_view>

namespace talon {

// Siddhi 5.1 Attribute.Type. kObject also types the `null` literal before it meets a context.
enum class Type { kBool, kInt, kLong, kFloat, kDouble, kString, kObject };

// "bool", "int", ...: the spelling Siddhi uses in definitions and messages.
const char* TypeName(Type type);
// Parses a type name as written in `define stream` (case-insensitive; "boolean" accepted).
std::optional<Type> ParseTypeName(std::string_view name);

inline bool IsNumeric(Type t) {
  return t == Type::kInt || t == Type::kLong || t == Type::kFloat || t == Type::kDouble;
}
inline bool IsIntegral(Type t) { return t == Type::kInt || t == Type::kLong; }

// The type of `a op b` for arithmetic (+ - * / %) and the common type for comparisons, following
// Siddhi's executors: double > float > long > int. nullopt when either side is not numeric.
std::optional<Type> PromoteNumeric(Type a, Type b);

}  // namespace talon

#endif  // TALON_FRONTEND_BASE_TYPE_H_
