// math:* scalar functions: a subset of siddhi-execution-math 5.x (abs, ceil, floor, round, sqrt,
// power, exp, ln, log, log10, log2, sin, cos, tan, max, min, parse*, rand, pi, e).
//
// Siddhi's math functions disagree on NULL: most return NULL, but floor, ln, log, sin and cos
// refuse the event ("Input to the math:sin() function cannot be null"). Each row keeps the
// behaviour of its Siddhi class. Results are double unless noted, computed as Java's Math does
// (C's libm gives the same correctly-rounded or 1-ulp results for these).
#include <atomic>
#include <cmath>
#include <numbers>
#include <vector>

#include "absl/random/random.h"
#include "absl/strings/str_cat.h"
#include "runtime/functions/java_compat.h"
#include "runtime/functions/scalar_adapter.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

using frontend::ArgInfo;
using frontend::Lookup;

// One numeric argument widened to double (MathUtil.convertToDouble).
double Arg(const Value& v) { return v.AsDouble(); }

// Names for the messages of the functions that refuse NULL.
constexpr char kFloorName[] = "math:floor";
constexpr char kLnName[] = "math:ln";
constexpr char kSinName[] = "math:sin";
constexpr char kCosName[] = "math:cos";

// Unary double -> double. With a `kNullError` name, NULL refuses the event; else it gives NULL.
template <double (*kFn)(double), const char* kNullError = nullptr>
absl::Status Unary(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) {
    if constexpr (kNullError != nullptr) return NullArgumentError(kNullError, 0);
    out = Value::Null(Type::kDouble);
    return absl::OkStatus();
  }
  out = Value::Double(kFn(Arg(a[0])));
  return absl::OkStatus();
}

double Abs(double d) { return std::fabs(d); }
double Ceil(double d) { return std::ceil(d); }
double Floor(double d) { return std::floor(d); }
double Sqrt(double d) { return std::sqrt(d); }
double Exp(double d) { return std::exp(d); }
double Ln(double d) { return std::log(d); }
double Log10(double d) { return std::log10(d); }
// Log2FunctionExtension divides natural logarithms rather than calling log2.
double Log2(double d) { return std::log(d) / std::log(2.0); }
double Sin(double d) { return std::sin(d); }
double Cos(double d) { return std::cos(d); }
double Tan(double d) { return std::tan(d); }

// Binary double functions that give NULL when either argument is NULL.
template <double (*kFn)(double, double)>
absl::Status Binary(const ScalarArgs& a, Value& out) {
  if (a[0].is_null() || a[1].is_null()) {
    out = Value::Null(Type::kDouble);
    return absl::OkStatus();
  }
  out = Value::Double(kFn(Arg(a[0]), Arg(a[1])));
  return absl::OkStatus();
}

double Power(double x, double y) { return std::pow(x, y); }
// Math.max/min: NaN wins, and -0.0 < 0.0.
double Max(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return std::nan("");
  if (x == 0.0 && y == 0.0) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double Min(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return std::nan("");
  if (x == 0.0 && y == 0.0) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

// math:log(number, base) refuses NULL arguments and base 1 (LogFunctionExtension).
absl::Status LogBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) return NullArgumentError("math:log", 0);
  if (a[1].is_null()) return NullArgumentError("math:log", 1);
  double number = Arg(a[0]);
  double base = Arg(a[1]);
  if (base == 1.0) {
    return absl::InvalidArgumentError(
        absl::StrCat("math:log: the logarithm to base 1 is undefined: math:log(", number, ", 1)"));
  }
  out = Value::Double(std::log(number) / std::log(base));
  return absl::OkStatus();
}

// math:round(float) -> int, math:round(double) -> long (Math.round, half up).
absl::Status RoundBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) {
    out = Value::Null(a.result);
  } else if (a[0].type() == Type::kFloat) {
    out = Value::Int(JavaRound(a[0].float_value()));
  } else {
    out = Value::Long(JavaRound(a[0].double_value()));
  }
  return absl::OkStatus();
}

Lookup<Type> RefineRound(std::string_view, const std::vector<ArgInfo>& args) {
  return args[0].type == Type::kFloat ? Type::kInt : Type::kLong;
}

// math:parseInt & co: NULL gives NULL, text that does not parse refuses the event (Java's
// NumberFormatException).
absl::Status NumberFormatError(std::string_view fn, const std::string& text) {
  return absl::InvalidArgumentError(
      absl::StrCat(std::string(fn), ": the string is not a valid number: \"", text, "\""));
}

absl::Status ParseIntBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) {
    out = Value::Null(Type::kInt);
    return absl::OkStatus();
  }
  auto v = JavaParseInt(a[0].string_value());
  if (!v) return NumberFormatError("math:parseInt", a[0].string_value());
  out = Value::Int(*v);
  return absl::OkStatus();
}

absl::Status ParseLongBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) {
    out = Value::Null(Type::kLong);
    return absl::OkStatus();
  }
  auto v = JavaParseLong(a[0].string_value());
  if (!v) return NumberFormatError("math:parseLong", a[0].string_value());
  out = Value::Long(*v);
  return absl::OkStatus();
}

absl::Status ParseFloatBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) {
    out = Value::Null(Type::kFloat);
    return absl::OkStatus();
  }
  auto v = JavaParseFloat(a[0].string_value());
  if (!v) return NumberFormatError("math:parseFloat", a[0].string_value());
  out = Value::Float(*v);
  return absl::OkStatus();
}

absl::Status ParseDoubleBody(const ScalarArgs& a, Value& out) {
  if (a[0].is_null()) {
    out = Value::Null(Type::kDouble);
    return absl::OkStatus();
  }
  auto v = JavaParseDouble(a[0].string_value());
  if (!v) return NumberFormatError("math:parseDouble", a[0].string_value());
  out = Value::Double(*v);
  return absl::OkStatus();
}

absl::Status PiBody(const ScalarArgs&, Value& out) {
  out = Value::Double(std::numbers::pi);
  return absl::OkStatus();
}

absl::Status EBody(const ScalarArgs&, Value& out) {
  out = Value::Double(std::numbers::e);
  return absl::OkStatus();
}

// ---- math:rand -----------------------------------------------------------------------------

// java.util.Random, so that math:rand(seed) yields the very sequence Siddhi's does. The seed is
// an atomic updated by compare-and-swap, as in Java, because one call site serves every
// partition; the sequence is per call site (RandomFunctionExtension keeps one Random per query).
class JavaRandom final : public ScalarFunction {
 public:
  explicit JavaRandom(int64_t seed) : seed_(Scramble(seed)) {}

  absl::Status Call(const Value*, size_t, const CallContext&, Value& out) const override {
    // nextDouble(): 53 random bits from two draws of 26 and 27 bits.
    int64_t high = Next(26);
    int64_t low = Next(27);
    out = Value::Double(static_cast<double>((high << 27) + low) * 0x1.0p-53);
    return absl::OkStatus();
  }

 private:
  static constexpr uint64_t kMultiplier = 0x5DEECE66DULL;
  static constexpr uint64_t kAddend = 0xBULL;
  static constexpr uint64_t kMask = (1ULL << 48) - 1;

  static uint64_t Scramble(int64_t seed) { return (static_cast<uint64_t>(seed) ^ kMultiplier) & kMask; }

  int64_t Next(int bits) const {
    uint64_t old_seed = seed_.load(std::memory_order_relaxed);
    uint64_t next_seed;
    do {
      next_seed = (old_seed * kMultiplier + kAddend) & kMask;
    } while (!seed_.compare_exchange_weak(old_seed, next_seed, std::memory_order_relaxed));
    // (int)(nextseed >>> (48 - bits)): the top `bits` bits as a signed 32-bit int.
    return static_cast<int32_t>(static_cast<uint32_t>(next_seed >> (48 - bits)));
  }

  mutable std::atomic<uint64_t> seed_;
};

// The seed must be a constant (RandomFunctionExtension creates its Random in init()).
Lookup<Type> RefineRand(std::string_view fn, const std::vector<ArgInfo>& args) {
  if (!args.empty() && (!args[0].constant.has_value() || args[0].constant->is_null())) {
    return ArgValueError(0, absl::StrCat("function '", std::string(fn),
                                         "' expects a constant seed as its first argument"));
  }
  return Type::kDouble;
}

absl::StatusOr<std::unique_ptr<ScalarFunction>> BindRand(const std::vector<ArgInfo>& args,
                                                         Type) {
  int64_t seed;
  if (args.empty()) {
    absl::BitGen gen;
    seed = static_cast<int64_t>(absl::Uniform<uint64_t>(gen));
  } else {
    seed = args[0].constant->AsLong();
  }
  return std::make_unique<JavaRandom>(seed);
}

// ---- Table ---------------------------------------------------------------------------------

std::vector<ScalarSpec> MathFunctions() {
  const Param p1{"p1", kNumericTypes};
  const Param p2{"p2", kNumericTypes};
  const Param real{"p1", {Type::kFloat, Type::kDouble}};
  const Param text{"p1", {Type::kString}};
  return {
      {.ns = "math", .name = "abs", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Abs>, .description = "The absolute value.",
       .example = "math:abs(-3) -> 3.0"},
      {.ns = "math", .name = "ceil", .signatures = {{{real}}}, .result = Type::kDouble,
       .body = Unary<Ceil>,
       .description = "The smallest mathematical integer >= p1, as a double.",
       .example = "math:ceil(423.187d) -> 424.0"},
      {.ns = "math", .name = "floor", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Floor, kFloorName>,
       .description = "The largest mathematical integer <= p1, as a double; null is an error.",
       .example = "math:floor(10.61f) -> 10.0"},
      {.ns = "math", .name = "round", .signatures = {{{real}}}, .result_doc = "int|long",
       .refine = RefineRound, .body = RoundBody,
       .description = "Rounds half up: a float gives an int, a double a long.",
       .example = "math:round(3252.353) -> 3252"},
      {.ns = "math", .name = "sqrt", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Sqrt>, .description = "The square root.",
       .example = "math:sqrt(4.0) -> 2.0"},
      {.ns = "math", .name = "power", .signatures = {{{{"value", kNumericTypes},
                                                       {"to.power", kNumericTypes}}}},
       .result = Type::kDouble, .body = Binary<Power>, .description = "value ^ to.power.",
       .example = "math:power(5.6d, 3.0d) -> 175.61599999999996"},
      {.ns = "math", .name = "exp", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Exp>, .description = "e raised to p1.",
       .example = "math:exp(10.23) -> 27722.51006805505"},
      {.ns = "math", .name = "ln", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Ln, kLnName>, .description = "The natural logarithm; null is an error.",
       .example = "math:ln(11.453) -> 2.438251704415579"},
      {.ns = "math", .name = "log", .signatures = {{{{"number", kNumericTypes},
                                                     {"base", kNumericTypes}}}},
       .result = Type::kDouble, .body = LogBody,
       .description = "The logarithm of number to base; null or base 1 is an error.",
       .example = "math:log(34, 2f) -> 5.08746284125034"},
      {.ns = "math", .name = "log10", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Log10>, .description = "The base-10 logarithm.",
       .example = "math:log10(19.234) -> 1.2840696117100832"},
      {.ns = "math", .name = "log2", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Log2>, .description = "The base-2 logarithm.",
       .example = "math:log2(91d) -> 6.507794640198696"},
      {.ns = "math", .name = "sin", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Sin, kSinName>, .description = "The sine of an angle in radians.",
       .example = "math:sin(6d) -> -0.27941549819892586"},
      {.ns = "math", .name = "cos", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Cos, kCosName>, .description = "The cosine of an angle in radians.",
       .example = "math:cos(6d) -> 0.9601702866503661"},
      {.ns = "math", .name = "tan", .signatures = {{{p1}}}, .result = Type::kDouble,
       .body = Unary<Tan>, .description = "The tangent of an angle in radians.",
       .example = "math:tan(6d) -> -0.29100619138474915"},
      {.ns = "math", .name = "max", .signatures = {{{p1, p2}}}, .result = Type::kDouble,
       .body = Binary<Max>, .description = "The greater of p1 and p2, as a double.",
       .example = "math:max(123.67d, 91) -> 123.67"},
      {.ns = "math", .name = "min", .signatures = {{{p1, p2}}}, .result = Type::kDouble,
       .body = Binary<Min>, .description = "The smaller of p1 and p2, as a double.",
       .example = "math:min(123.67d, 91) -> 91.0"},
      {.ns = "math", .name = "parseInt", .signatures = {{{text}}}, .result = Type::kInt,
       .body = ParseIntBody, .description = "Parses a string as an int (Integer.parseInt).",
       .example = "math:parseInt('123') -> 123"},
      {.ns = "math", .name = "parseLong", .signatures = {{{text}}}, .result = Type::kLong,
       .body = ParseLongBody, .description = "Parses a string as a long (Long.parseLong).",
       .example = "math:parseLong('123') -> 123"},
      {.ns = "math", .name = "parseFloat", .signatures = {{{text}}}, .result = Type::kFloat,
       .body = ParseFloatBody, .description = "Parses a string as a float (Float.parseFloat).",
       .example = "math:parseFloat('123.1') -> 123.1"},
      {.ns = "math", .name = "parseDouble", .signatures = {{{text}}}, .result = Type::kDouble,
       .body = ParseDoubleBody,
       .description = "Parses a string as a double (Double.parseDouble).",
       .example = "math:parseDouble('123.1') -> 123.1"},
      {.ns = "math", .name = "rand",
       .signatures = {{{}}, {{{"seed", {Type::kInt, Type::kLong}}}}},
       .result = Type::kDouble, .refine = RefineRand, .bind = BindRand, .stateful = true,
       .description = "Pseudo-random doubles in [0, 1) from java.util.Random, optionally seeded "
                      "with a constant.",
       .example = "math:rand(12)"},
      {.ns = "math", .name = "pi", .signatures = {{{}}}, .result = Type::kDouble, .body = PiBody,
       .description = "The constant pi.", .example = "math:pi() -> 3.141592653589793"},
      {.ns = "math", .name = "e", .signatures = {{{}}}, .result = Type::kDouble, .body = EBody,
       .description = "The constant e.", .example = "math:e() -> 2.718281828459045"},
  };
}

}  // namespace

void RegisterMathFunctions(Registry& registry) {
  for (const ScalarSpec& spec : MathFunctions()) registry.AddScalar(MakeScalar(spec));
}

}  // namespace talon::exec
