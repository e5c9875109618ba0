// Siddhi's core (namespace-less) scalar functions: cast, convert, coalesce, ifThenElse,
// instanceOf*, maximum, minimum, default, eventTimestamp, currentTimeMillis and UUID, following
// the executors in io.siddhi.core.executor.function.
#include <cstdint>
#include <vector>

#include "absl/random/random.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/functions/java_compat.h"
#include "runtime/functions/scalar_adapter.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

using frontend::ArgInfo;
using frontend::Lookup;

// ---- Conversions ---------------------------------------------------------------------------

// convert(value, type) for one non-null value (ConvertFunctionExecutor): numbers narrow like
// Java casts, strings parse like Integer.parseInt & co. A string that does not parse gives
// NULL, and a number converts to bool as `value == 1`.
Value ConvertValue(const Value& v, Type to) {
  if (to == Type::kString) return Value::String(v.ToString());
  switch (v.type()) {
    case Type::kString: {
      const std::string& s = v.string_value();
      switch (to) {
        case Type::kInt: {
          auto r = JavaParseInt(s);
          return r ? Value::Int(*r) : Value::Null(to);
        }
        case Type::kLong: {
          auto r = JavaParseLong(s);
          return r ? Value::Long(*r) : Value::Null(to);
        }
        case Type::kFloat: {
          auto r = JavaParseFloat(s);
          return r ? Value::Float(*r) : Value::Null(to);
        }
        case Type::kDouble: {
          auto r = JavaParseDouble(s);
          return r ? Value::Double(*r) : Value::Null(to);
        }
        case Type::kBool: return Value::Bool(JavaParseBoolean(s));
        default: return Value::Null(to);
      }
    }
    case Type::kBool: {
      bool b = v.bool_value();
      switch (to) {
        case Type::kInt: return Value::Int(b ? 1 : 0);
        case Type::kLong: return Value::Long(b ? 1 : 0);
        case Type::kFloat: return Value::Float(b ? 1.0f : 0.0f);
        case Type::kDouble: return Value::Double(b ? 1.0 : 0.0);
        case Type::kBool: return v;
        default: return Value::Null(to);
      }
    }
    case Type::kInt:
    case Type::kLong: {
      int64_t l = v.type() == Type::kInt ? v.int_value() : v.long_value();
      switch (to) {
        case Type::kInt: return Value::Int(static_cast<int32_t>(l));  // wraps like (int)
        case Type::kLong: return Value::Long(l);
        case Type::kFloat: return Value::Float(static_cast<float>(l));
        case Type::kDouble: return Value::Double(static_cast<double>(l));
        case Type::kBool: return Value::Bool(l == 1);
        default: return Value::Null(to);
      }
    }
    case Type::kFloat:
    case Type::kDouble: {
      bool is_float = v.type() == Type::kFloat;
      double d = is_float ? v.float_value() : v.double_value();
      switch (to) {
        case Type::kInt: return Value::Int(JavaDoubleToInt(d));
        case Type::kLong: return Value::Long(JavaDoubleToLong(d));
        case Type::kFloat: return Value::Float(is_float ? v.float_value() : static_cast<float>(d));
        case Type::kDouble: return Value::Double(d);
        case Type::kBool: return Value::Bool(d == 1.0);
        default: return Value::Null(to);
      }
    }
    case Type::kObject: return Value::Null(to);
  }
  return Value::Null(to);
}

// The type named by a constant second argument of cast()/convert(), or a LookupError.
// Siddhi accepts the names case-insensitively, "bool" but not "boolean".
Lookup<Type> TargetType(std::string_view fn, const std::vector<ArgInfo>& args) {
  std::string expected = absl::StrCat(
      "function '", std::string(fn),
      "' expects a constant type name ('int', 'long', 'float', 'double', 'string' or 'bool') "
      "as its second argument");
  const std::string* name = ConstantString(args[1]);
  if (name == nullptr) return ArgValueError(1, expected);
  std::string lower = absl::AsciiStrToLower(*name);
  if (lower == "int") return Type::kInt;
  if (lower == "long") return Type::kLong;
  if (lower == "float") return Type::kFloat;
  if (lower == "double") return Type::kDouble;
  if (lower == "string") return Type::kString;
  if (lower == "bool") return Type::kBool;
  return ArgValueError(1, absl::StrCat(expected, ", found '", *name, "'"));
}

// cast(x, 'type') (CastFunctionExecutor) only relabels its argument; the value passes through
// unchanged except int -> long. Talon keeps what is observable of that:
//  - an object argument takes the named type and is checked per event: a value of another
//    type passes unchanged where the result is only handed on (CallContext::carried), and is
//    an error where an operator needs the named type;
//  - numbers cast to numbers convert like Java casts (Siddhi would fail later with a
//    ClassCastException);
//  - any other mismatch (cast(stringAttr, 'double')) passes the value through with its own
//    type, as Siddhi's output shows it (conformance PartitionTestCase2.*Case1).
Lookup<Type> RefineCast(std::string_view fn, const std::vector<ArgInfo>& args) {
  Lookup<Type> target = TargetType(fn, args);
  if (!std::holds_alternative<Type>(target)) return target;
  Type to = std::get<Type>(target);
  Type from = args[0].type;
  if (from == Type::kObject || from == to) return to;
  if (IsNumeric(from) && IsNumeric(to)) return to;
  return from;
}

absl::Status CastBody(const ScalarArgs& a, Value& out) {
  const Value& v = a[0];
  if (v.is_null() || v.type() == a.result) {
    out = v.is_null() ? Value::Null(a.result) : v;
    return absl::OkStatus();
  }
  if (IsNumeric(v.type()) && IsNumeric(a.result)) {
    out = ConvertValue(v, a.result);
    return absl::OkStatus();
  }
  // Only an object argument (or a foreign value) gets here: its value's own type is not the one
  // named. Where the result is only handed on, cast relabels it as Siddhi does (the output
  // holds the value itself, runtime/vector.h); where an operator needs the named type, Siddhi
  // would fail with a ClassCastException, and so does Talon.
  if (a.ctx->carried) {
    out = v;
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(absl::StrCat("cast: cannot cast a ", std::string(TypeName(v.type())),
                                                 " value to ", std::string(TypeName(a.result)), ": ",
                                                 v.ToString()));
}

// convert(x, 'type') (ConvertFunctionExecutor): an object can only become a string.
Lookup<Type> RefineConvert(std::string_view fn, const std::vector<ArgInfo>& args) {
  Lookup<Type> target = TargetType(fn, args);
  if (std::holds_alternative<Type>(target) && args[0].type == Type::kObject &&
      std::get<Type>(target) != Type::kString) {
    return ArgValueError(1, absl::StrCat("function '", std::string(fn),
                                         "' can only convert an object to 'string', found '",
                                         std::string(TypeName(std::get<Type>(target))), "'"));
  }
  return target;
}

absl::Status ConvertBody(const ScalarArgs& a, Value& out) {
  out = a[0].is_null() ? Value::Null(a.result) : ConvertValue(a[0], a.result);
  return absl::OkStatus();
}

// ---- Argument rules ------------------------------------------------------------------------

// ifThenElse(cond, then, else): both branches have one type (IfThenElseFunctionExecutor).
Lookup<Type> RefineIfThenElse(std::string_view fn, const std::vector<ArgInfo>& args) {
  if (args[1].type != args[2].type) {
    return ArgTypeError(fn, 2,
                        absl::StrCat("the type of its second argument ('",
                                     std::string(TypeName(args[1].type)), "')"),
                        args[2]);
  }
  return args[1].type;
}

// default(x, fallback): the fallback is a constant of x's type (DefaultFunctionExecutor checks
// the constant first).
Lookup<Type> RefineDefault(std::string_view fn, const std::vector<ArgInfo>& args) {
  if (!args[1].constant.has_value()) {
    return ArgValueError(1, absl::StrCat("function '", std::string(fn),
                                         "' expects a constant as its second argument"));
  }
  if (args[1].type != args[0].type) {
    return ArgTypeError(fn, 1,
                        absl::StrCat("a constant of its first argument's type ('",
                                     std::string(TypeName(args[0].type)), "')"),
                        args[1]);
  }
  return args[0].type;
}

// ---- Bodies --------------------------------------------------------------------------------

// A NULL condition takes the else branch (Boolean.TRUE.equals(condition)).
absl::Status IfThenElseBody(const ScalarArgs& a, Value& out) {
  bool condition = !a[0].is_null() && a[0].bool_value();
  const Value& chosen = condition ? a[1] : a[2];
  out = chosen.is_null() ? Value::Null(a.result) : chosen;
  return absl::OkStatus();
}

template <Type kType>
absl::Status InstanceOfBody(const ScalarArgs& a, Value& out) {
  out = Value::Bool(!a[0].is_null() && a[0].type() == kType);
  return absl::OkStatus();
}

// maximum()/minimum() over the non-null arguments, compared in their own type. Deviation:
// Siddhi's MaximumFunctionExecutor folds through double starting from Double.MIN_VALUE (the
// smallest positive double), so all-negative arguments give 0 and all-NULL ones give 0 or
// 4.9E-324; Talon returns the true extreme, NULL when every argument is NULL, and compares
// longs exactly.
template <bool kMax>
absl::Status ExtremeBody(const ScalarArgs& a, Value& out) {
  const Value* best = nullptr;
  for (size_t i = 0; i < a.size(); ++i) {
    const Value& v = a[i];
    if (v.is_null()) continue;
    if (best == nullptr) {
      best = &v;
      continue;
    }
    bool better;
    switch (v.type()) {
      case Type::kInt: better = kMax ? v.int_value() > best->int_value()
                                     : v.int_value() < best->int_value(); break;
      case Type::kLong: better = kMax ? v.long_value() > best->long_value()
                                      : v.long_value() < best->long_value(); break;
      default: better = kMax ? v.AsDouble() > best->AsDouble() : v.AsDouble() < best->AsDouble();
    }
    if (better) best = &v;
  }
  out = best == nullptr ? Value::Null(a.result) : *best;
  return absl::OkStatus();
}

absl::Status DefaultBody(const ScalarArgs& a, Value& out) {
  const Value& chosen = a[0].is_null() ? a[1] : a[0];
  out = chosen.is_null() ? Value::Null(a.result) : chosen;
  return absl::OkStatus();
}

// eventTimestamp(): the timestamp of the event being processed. eventTimestamp(e) names an
// event of a pattern or join; the analyzer is expected to pass that event's timestamp as a long
// argument, which is returned as is.
absl::Status EventTimestampBody(const ScalarArgs& a, Value& out) {
  if (a.size() == 1) {
    if (a[0].is_null()) {
      out = Value::Null(Type::kLong);
      return absl::OkStatus();
    }
    if (a[0].type() == Type::kLong) {
      out = a[0];
      return absl::OkStatus();
    }
  }
  out = Value::Long(a.ctx->event_timestamp);
  return absl::OkStatus();
}

// currentTimeMillis(): the engine clock, which is event time in playback mode.
absl::Status CurrentTimeMillisBody(const ScalarArgs& a, Value& out) {
  out = Value::Long(a.ctx->now);
  return absl::OkStatus();
}

// UUID(): a random (version 4) UUID, as java.util.UUID.randomUUID().toString().
absl::Status UuidBody(const ScalarArgs& a, Value& out) {
  thread_local absl::BitGen gen;
  uint64_t hi = absl::Uniform<uint64_t>(gen);
  uint64_t lo = absl::Uniform<uint64_t>(gen);
  hi = (hi & ~uint64_t{0xF000}) | 0x4000;                     // version 4
  lo = (lo & ~(uint64_t{0xC} << 60)) | (uint64_t{0x8} << 60);  // IETF variant
  out = Value::String(absl::StrFormat("%08x-%04x-%04x-%04x-%012x", hi >> 32, (hi >> 16) & 0xFFFF,
                                      hi & 0xFFFF, lo >> 48, lo & 0xFFFFFFFFFFFFull));
  return absl::OkStatus();
}

// ---- Table ---------------------------------------------------------------------------------

std::vector<ScalarSpec> CoreFunctions() {
  const Param any_arg{"arg", kAnyType};
  const Param numeric_arg{"arg", kNumericTypes};
  const Param type_name{"type", {Type::kString}};
  return {
      {.name = "cast",
       .signatures = {{{{"value", kAnyType}, type_name}}},
       .result_doc = "<type>",
       .refine = RefineCast,
       .body = CastBody,
       .description = "Treats an object value as the named type (int, long, float, double, "
                      "string or bool); numbers are converted.",
       .example = "cast(price, 'double')"},
      {.name = "convert",
       .signatures = {{{{"value", kAnyType}, type_name}}},
       .result_doc = "<type>",
       .refine = RefineConvert,
       .body = ConvertBody,
       .description = "Converts a value to the named type; a string that does not parse "
                      "gives null, a number converts to bool as value == 1.",
       .example = "convert('45', 'int') -> 45"},
      {.name = "coalesce",
       .signatures = {{{any_arg}, /*variadic=*/true}},
       .result_doc = "<type of the arguments>",
       .refine = RefineSameTypes,
       .body = FirstNonNullBody,
       .description = "The first argument that is not null; all arguments have one type.",
       .example = "coalesce(null, 'BBB', 'CCC') -> 'BBB'"},
      {.name = "ifThenElse",
       .signatures = {{{{"condition", {Type::kBool}}, {"then", kAnyType}, {"else", kAnyType}}}},
       .result_doc = "<type of the branches>",
       .refine = RefineIfThenElse,
       .body = IfThenElseBody,
       .description = "The second argument when the condition is true, else the third (a null "
                      "condition counts as false).",
       .example = "ifThenElse(sensorValue > 35, 'High', 'Low')"},
      {.name = "instanceOfBoolean",
       .signatures = {{{any_arg}}},
       .result = Type::kBool,
       .body = InstanceOfBody<Type::kBool>,
       .description = "Whether the value is a bool (false for null).",
       .example = "instanceOfBoolean(isEnabled)"},
      {.name = "instanceOfDouble",
       .signatures = {{{any_arg}}},
       .result = Type::kBool,
       .body = InstanceOfBody<Type::kDouble>,
       .description = "Whether the value is a double (false for null).",
       .example = "instanceOfDouble(longitude)"},
      {.name = "instanceOfFloat",
       .signatures = {{{any_arg}}},
       .result = Type::kBool,
       .body = InstanceOfBody<Type::kFloat>,
       .description = "Whether the value is a float (false for null).",
       .example = "instanceOfFloat(humidity)"},
      {.name = "instanceOfInteger",
       .signatures = {{{any_arg}}},
       .result = Type::kBool,
       .body = InstanceOfBody<Type::kInt>,
       .description = "Whether the value is an int (false for null).",
       .example = "instanceOfInteger(sensorId)"},
      {.name = "instanceOfLong",
       .signatures = {{{any_arg}}},
       .result = Type::kBool,
       .body = InstanceOfBody<Type::kLong>,
       .description = "Whether the value is a long (false for null).",
       .example = "instanceOfLong(timestamp)"},
      {.name = "instanceOfString",
       .signatures = {{{any_arg}}},
       .result = Type::kBool,
       .body = InstanceOfBody<Type::kString>,
       .description = "Whether the value is a string (false for null).",
       .example = "instanceOfString(sensorName)"},
      {.name = "maximum",
       .signatures = {{{numeric_arg}, /*variadic=*/true}},
       .result_doc = "<type of the arguments>",
       .refine = RefineSameTypes,
       .body = ExtremeBody<true>,
       .description = "The largest non-null argument; all arguments have one numeric type.",
       .example = "maximum(price1, price2, price3)"},
      {.name = "minimum",
       .signatures = {{{numeric_arg}, /*variadic=*/true}},
       .result_doc = "<type of the arguments>",
       .refine = RefineSameTypes,
       .body = ExtremeBody<false>,
       .description = "The smallest non-null argument; all arguments have one numeric type.",
       .example = "minimum(price1, price2, price3)"},
      {.name = "default",
       .signatures = {{{{"attribute", kAnyType}, {"default", kAnyType}}}},
       .result_doc = "<type of the attribute>",
       .refine = RefineDefault,
       .body = DefaultBody,
       .description = "The attribute, or the constant default when the attribute is null.",
       .example = "default(temp, 0.0)"},
      {.name = "eventTimestamp",
       .signatures = {{{}}, {{{"event", {Type::kObject, Type::kLong}}}}},
       .result = Type::kLong,
       .body = EventTimestampBody,
       .stateful = true,
       .description = "The timestamp of the current event (or of the named event).",
       .example = "eventTimestamp()"},
      {.name = "currentTimeMillis",
       .signatures = {{{}}},
       .result = Type::kLong,
       .body = CurrentTimeMillisBody,
       .stateful = true,
       .description = "The engine clock in milliseconds; event time in playback mode.",
       .example = "currentTimeMillis()"},
      {.name = "UUID",
       .signatures = {{{}}},
       .result = Type::kString,
       .body = UuidBody,
       .stateful = true,
       .description = "A random UUID string.",
       .example = "UUID() -> 'a34eec40-32c2-44fe-8075-7f4fde2e2dd8'"},
  };
}

}  // namespace

void RegisterCoreFunctions(Registry& registry) {
  for (const ScalarSpec& spec : CoreFunctions()) registry.AddScalar(MakeScalar(spec));
}

}  // namespace talon::exec
