// Scalar function families (core, math:, str:, regex:) tested through the Registry, the way the
// analyzer and the interpreter use them: LookupFunction with ArgInfo, then bind and Call.
// Expected values come from Siddhi's conformance cases (ext-string.jsonl, ext-regex.jsonl,
// function.jsonl) and from the JDK where Siddhi delegates to java.lang.
#include <cmath>
#include <ostream>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/functions/java_compat.h"
#include "runtime/registry.h"

namespace talon {
// gtest prints Values in failure messages as literals ('abc', 5L, 1.5F).
void PrintTo(const Value& v, std::ostream* os) { *os << v.ToLiteral(); }
}  // namespace talon

namespace talon::exec {
namespace {

using frontend::ArgInfo;
using frontend::FunctionRef;
using frontend::Lookup;
using frontend::LookupError;
using ::testing::HasSubstr;

const Registry& Builtins() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

// An attribute argument of type `t`.
ArgInfo Attr(Type t) { return ArgInfo{t, std::nullopt, true}; }
// A constant argument (the null literal is typed object, as the analyzer types it).
ArgInfo Const(const Value& v) {
  return ArgInfo{v.is_null() && v.type() == Type::kObject ? Type::kObject : v.type(), v, false};
}

Lookup<FunctionRef> Resolve(std::string_view ns, std::string_view name,
                            const std::vector<ArgInfo>& args) {
  return Builtins().LookupFunction(ns, name, args);
}

// The LookupError of a call that must not resolve.
LookupError ResolveError(std::string_view ns, std::string_view name,
                         const std::vector<ArgInfo>& args) {
  Lookup<FunctionRef> r = Resolve(ns, name, args);
  if (std::holds_alternative<FunctionRef>(r)) {
    ADD_FAILURE() << ns << ":" << name << " resolved unexpectedly";
    return LookupError{};
  }
  return std::get<LookupError>(r);
}

Type ResultType(std::string_view ns, std::string_view name, const std::vector<ArgInfo>& args) {
  Lookup<FunctionRef> r = Resolve(ns, name, args);
  if (const auto* error = std::get_if<LookupError>(&r)) {
    ADD_FAILURE() << "does not resolve: " << error->message;
    return Type::kObject;
  }
  return std::get<FunctionRef>(r).result;
}

// Resolves with `infos`, binds, and calls once with `values`.
absl::StatusOr<Value> CallWith(std::string_view ns, std::string_view name,
                               const std::vector<ArgInfo>& infos,
                               const std::vector<Value>& values, CallContext ctx = {}) {
  Lookup<FunctionRef> r = Resolve(ns, name, infos);
  if (const auto* error = std::get_if<LookupError>(&r)) {
    return absl::FailedPreconditionError("compile error: " + error->message);
  }
  const FunctionRef& ref = std::get<FunctionRef>(r);
  auto fn = Builtins().scalar(ref.id).bind(infos, ref.result);
  if (!fn.ok()) return fn.status();
  Value out = Value::Null(ref.result);
  absl::Status status = (*fn)->Call(values.data(), values.size(), ctx, out);
  if (!status.ok()) return status;
  // An object result may hold a value of any type (coalesce over object attributes).
  if (!out.is_null() && ref.result != Type::kObject && out.type() != ref.result) {
    return absl::InternalError("result type differs from the resolved type");
  }
  return out;
}

// Every argument an attribute of its value's type.
absl::StatusOr<Value> Call(std::string_view ns, std::string_view name,
                           const std::vector<Value>& values, CallContext ctx = {}) {
  std::vector<ArgInfo> infos;
  for (const Value& v : values) infos.push_back(Attr(v.type()));
  return CallWith(ns, name, infos, values, ctx);
}

// Every argument a constant.
absl::StatusOr<Value> CallConst(std::string_view ns, std::string_view name,
                                const std::vector<Value>& values) {
  std::vector<ArgInfo> infos;
  for (const Value& v : values) infos.push_back(Const(v));
  return CallWith(ns, name, infos, values);
}

Value S(std::string s) { return Value::String(std::move(s)); }
Value I(int32_t i) { return Value::Int(i); }
Value L(int64_t l) { return Value::Long(l); }
Value F(float f) { return Value::Float(f); }
Value D(double d) { return Value::Double(d); }
Value B(bool b) { return Value::Bool(b); }
Value N(Type t) { return Value::Null(t); }

#define EXPECT_VALUE(expr, expected)                          \
  do {                                                        \
    absl::StatusOr<Value> talon_v = (expr);                   \
    ASSERT_TRUE(talon_v.ok()) << talon_v.status();            \
    EXPECT_EQ(*talon_v, (expected));                          \
  } while (0)

#define EXPECT_RUNTIME_ERROR(expr, substring)                           \
  do {                                                                  \
    absl::StatusOr<Value> talon_v = (expr);                             \
    ASSERT_FALSE(talon_v.ok()) << "got " << talon_v->ToLiteral();       \
    EXPECT_EQ(talon_v.status().code(), absl::StatusCode::kInvalidArgument) \
        << talon_v.status();                                            \
    EXPECT_THAT(std::string(talon_v.status().message()), HasSubstr(substring)); \
  } while (0)

// ---- Registry ------------------------------------------------------------------------------

TEST(RegistryTest, UnknownFunction) {
  LookupError e = ResolveError("str", "nope", {Attr(Type::kString)});
  EXPECT_EQ(e.code, DiagCode::kUnknownFunction);
  EXPECT_EQ(e.message, "no function 'str:nope'");
  EXPECT_EQ(ResolveError("", "nope", {}).message, "no function 'nope'");
}

TEST(RegistryTest, FunctionNamesPerNamespace) {
  std::vector<std::string> names = Builtins().FunctionNames("str");
  EXPECT_THAT(names, ::testing::Contains("concat"));
  EXPECT_THAT(names, ::testing::Not(::testing::Contains("ifThenElse")));
  EXPECT_THAT(Builtins().FunctionNames(""), ::testing::Contains("ifThenElse"));
}

TEST(RegistryTest, LookupsOfOtherKinds) {
  EXPECT_FALSE(Builtins().LookupAggregator("", "nope", {}).has_value());
  auto window = Builtins().LookupWindow("", "nope", {});
  ASSERT_TRUE(std::holds_alternative<LookupError>(window));
  EXPECT_EQ(std::get<LookupError>(window).code, DiagCode::kUnknownWindow);
  auto stream_fn = Builtins().LookupStreamFunction("str", "nope", {}, Schema());
  ASSERT_TRUE(std::holds_alternative<LookupError>(stream_fn));
  EXPECT_EQ(std::get<LookupError>(stream_fn).message, "no stream function 'str:nope'");
}

TEST(RegistryTest, OverloadsTriedInOrderAndMostSpecificErrorReported) {
  Registry registry;
  auto def = [](int arity, Type param, Type result) {
    ScalarFunctionDef d;
    // Moved in rather than assigned from literals: GCC 12 at -O3 misreports the latter
    // (-Wrestrict false positive).
    d.ns = std::string("t");
    d.name = std::string("f");
    d.resolve = [=](const std::vector<ArgInfo>& args) -> Lookup<Type> {
      if (static_cast<int>(args.size()) != arity) {
        return LookupError{DiagCode::kWrongArgumentCount, "count", -1};
      }
      if (args[0].type != param) return LookupError{DiagCode::kWrongArgumentType, "type", 0};
      return result;
    };
    return d;
  };
  registry.AddScalar(def(2, Type::kInt, Type::kInt));
  registry.AddScalar(def(1, Type::kInt, Type::kLong));
  registry.AddScalar(def(1, Type::kInt, Type::kDouble));
  auto ok = registry.LookupFunction("t", "f", {Attr(Type::kInt)});
  ASSERT_TRUE(std::holds_alternative<FunctionRef>(ok));
  EXPECT_EQ(std::get<FunctionRef>(ok).id, 1);
  EXPECT_EQ(std::get<FunctionRef>(ok).result, Type::kLong);
  auto bad = registry.LookupFunction("t", "f", {Attr(Type::kString)});
  ASSERT_TRUE(std::holds_alternative<LookupError>(bad));
  EXPECT_EQ(std::get<LookupError>(bad).message, "type");
}

TEST(RegistryTest, EveryBuiltinHasDocs) {
  for (const ScalarFunctionDef& def : Builtins().scalars()) {
    EXPECT_FALSE(def.signature.empty()) << def.name;
    EXPECT_FALSE(def.description.empty()) << def.name;
    EXPECT_FALSE(def.example.empty()) << def.name;
  }
}

// ---- Argument checking messages ------------------------------------------------------------

TEST(ArgumentCheckTest, WrongCountPointsAtFirstExtraArgument) {
  // CharAtFunctionExtensionTestCase.testCharAtFunctionExtensionWithInvalidNoOfArguments
  LookupError e = ResolveError("str", "charAt", {Attr(Type::kString), Const(I(1)), Const(I(2))});
  EXPECT_EQ(e.code, DiagCode::kWrongArgumentCount);
  EXPECT_EQ(e.arg_index, 2);
  EXPECT_EQ(e.message, "function 'str:charAt' expects 2 arguments, found 3");
  LookupError few = ResolveError("str", "substr", {Attr(Type::kString)});
  EXPECT_EQ(few.message, "function 'str:substr' expects 2 or 3 arguments, found 1");
  EXPECT_EQ(few.arg_index, -1);
  EXPECT_EQ(ResolveError("", "currentTimeMillis", {Attr(Type::kString)}).message,
            "function 'currentTimeMillis' expects no arguments, found 1");
  EXPECT_EQ(ResolveError("str", "concat", {Attr(Type::kString)}).message,
            "function 'str:concat' expects at least 2 arguments, found 1");
}

TEST(ArgumentCheckTest, WrongTypeNamesParameterAndFoundType) {
  LookupError e = ResolveError("str", "charAt", {Attr(Type::kString), Attr(Type::kLong)});
  EXPECT_EQ(e.code, DiagCode::kWrongArgumentType);
  EXPECT_EQ(e.arg_index, 1);
  EXPECT_EQ(e.message,
            "function 'str:charAt' expects an int index as its second argument, found 'long'");
  LookupError cond = ResolveError("", "ifThenElse", {Const(I(35)), Const(S("High")), Const(S("Low"))});
  EXPECT_EQ(cond.message,
            "function 'ifThenElse' expects a bool condition as its first argument, found 'int'");
  EXPECT_EQ(cond.arg_index, 0);
  // Overloads that fail at the same position contribute all the types they accept.
  LookupError substr =
      ResolveError("str", "substr", {Attr(Type::kString), Attr(Type::kLong), Const(I(1))});
  EXPECT_EQ(substr.arg_index, 1);
  EXPECT_THAT(substr.message, HasSubstr("expects an int or string as its second argument"));
  // The null literal is reported as null.
  LookupError null_arg = ResolveError("str", "length", {Const(Value())});
  EXPECT_THAT(null_arg.message, HasSubstr("found 'null'"));
}

// ---- Core ----------------------------------------------------------------------------------

TEST(CoreFunctionsTest, IfThenElse) {
  EXPECT_VALUE(Call("", "ifThenElse", {B(true), S("High"), S("Low")}), S("High"));
  EXPECT_VALUE(Call("", "ifThenElse", {B(false), S("High"), S("Low")}), S("Low"));
  EXPECT_VALUE(Call("", "ifThenElse", {N(Type::kBool), S("High"), S("Low")}), S("Low"));
  EXPECT_VALUE(Call("", "ifThenElse", {B(true), N(Type::kFloat), F(0)}), N(Type::kFloat));
  LookupError e = ResolveError("", "ifThenElse", {Attr(Type::kBool), Attr(Type::kString),
                                                  Attr(Type::kInt)});
  EXPECT_EQ(e.code, DiagCode::kWrongArgumentType);
  EXPECT_EQ(e.arg_index, 2);
  EXPECT_EQ(ResolveError("", "ifThenElse", {Attr(Type::kBool), Attr(Type::kString)}).code,
            DiagCode::kWrongArgumentCount);
}

TEST(CoreFunctionsTest, CoalesceAndDefault) {
  EXPECT_VALUE(Call("", "coalesce", {N(Type::kString), S("BBB"), S("CCC")}), S("BBB"));
  EXPECT_VALUE(Call("", "coalesce", {N(Type::kInt), N(Type::kInt)}), N(Type::kInt));
  EXPECT_EQ(ResultType("", "coalesce", {Attr(Type::kObject), Attr(Type::kObject)}), Type::kObject);
  EXPECT_VALUE(CallWith("", "coalesce", {Attr(Type::kObject), Attr(Type::kObject)},
                        {N(Type::kObject), D(1.5)}),
               D(1.5));
  EXPECT_EQ(ResolveError("", "coalesce", {}).code, DiagCode::kWrongArgumentCount);
  LookupError mixed = ResolveError("", "coalesce", {Attr(Type::kInt), Attr(Type::kLong)});
  EXPECT_EQ(mixed.arg_index, 1);
  EXPECT_EQ(mixed.code, DiagCode::kWrongArgumentType);

  EXPECT_VALUE(CallWith("", "default", {Attr(Type::kDouble), Const(D(0.0))},
                        {N(Type::kDouble), D(0.0)}),
               D(0.0));
  EXPECT_VALUE(CallWith("", "default", {Attr(Type::kDouble), Const(D(0.0))}, {D(21.5), D(0.0)}),
               D(21.5));
  // FunctionTestCase.testFunctionQuery6 / testFunctionQuery16.
  EXPECT_EQ(ResolveError("", "default", {Attr(Type::kDouble), Const(I(123))}).code,
            DiagCode::kWrongArgumentType);
  LookupError dynamic = ResolveError("", "default", {Attr(Type::kDouble), Attr(Type::kDouble)});
  EXPECT_EQ(dynamic.code, DiagCode::kInvalidArgument);
  EXPECT_EQ(dynamic.arg_index, 1);
}

TEST(CoreFunctionsTest, Convert) {
  auto convert = [](Value v, std::string to) {
    return CallWith("", "convert", {Attr(v.type()), Const(S(to))}, {v, S(to)});
  };
  // ConvertFunctionTestCase.convertFunctionTest2
  EXPECT_VALUE(convert(S("WSO2"), "float"), N(Type::kFloat));
  EXPECT_VALUE(convert(S("WSO2"), "bool"), B(false));
  EXPECT_VALUE(convert(S("45"), "int"), I(45));
  EXPECT_VALUE(convert(S(" 4.5 "), "double"), D(4.5));
  EXPECT_VALUE(convert(F(2.0f), "string"), S("2.0"));
  EXPECT_VALUE(convert(F(2.0f), "double"), D(2.0));
  EXPECT_VALUE(convert(D(3.0), "float"), F(3.0f));
  EXPECT_VALUE(convert(D(45.9), "int"), I(45));  // (int) truncates
  EXPECT_VALUE(convert(I(4), "string"), S("4"));
  EXPECT_VALUE(convert(L(5), "bool"), B(false));
  EXPECT_VALUE(convert(I(1), "bool"), B(true));
  EXPECT_VALUE(convert(B(true), "double"), D(1.0));
  EXPECT_VALUE(convert(L(int64_t{1} << 33 | 7), "int"), I(7));  // wraps like (int)
  EXPECT_VALUE(convert(N(Type::kInt), "string"), N(Type::kString));
  EXPECT_EQ(ResultType("", "convert", {Attr(Type::kString), Const(S("FLOAT"))}), Type::kFloat);

  // convertFunctionExceptionTest7/9/10 and convertFunctionTest4/5.
  LookupError bad = ResolveError("", "convert", {Attr(Type::kString), Const(S("234"))});
  EXPECT_EQ(bad.code, DiagCode::kInvalidArgument);
  EXPECT_EQ(bad.arg_index, 1);
  EXPECT_THAT(bad.message, HasSubstr("found '234'"));
  EXPECT_EQ(ResolveError("", "convert", {Attr(Type::kObject), Attr(Type::kObject)}).code,
            DiagCode::kWrongArgumentType);
  EXPECT_EQ(ResolveError("", "convert", {Attr(Type::kString), Attr(Type::kString)}).code,
            DiagCode::kInvalidArgument);
  EXPECT_EQ(ResolveError("", "convert", {Attr(Type::kObject), Const(S("int"))}).code,
            DiagCode::kInvalidArgument);
  EXPECT_EQ(ResolveError("", "convert", {Attr(Type::kString)}).code,
            DiagCode::kWrongArgumentCount);
}

TEST(CoreFunctionsTest, Cast) {
  auto cast = [](Type arg_type, Value v, std::string to) {
    return CallWith("", "cast", {Attr(arg_type), Const(S(to))}, {v, S(to)});
  };
  EXPECT_EQ(ResultType("", "cast", {Attr(Type::kObject), Const(S("double"))}), Type::kDouble);
  EXPECT_VALUE(cast(Type::kObject, D(100.3), "double"), D(100.3));
  EXPECT_VALUE(cast(Type::kObject, I(1003453), "long"), L(1003453));  // Siddhi widens int
  EXPECT_VALUE(cast(Type::kObject, S("IBM"), "string"), S("IBM"));
  EXPECT_VALUE(cast(Type::kObject, N(Type::kObject), "bool"), N(Type::kBool));
  EXPECT_RUNTIME_ERROR(cast(Type::kObject, B(true), "double"), "cannot cast a bool value");
  // A concrete non-numeric argument passes through with its own type, as Siddhi's output shows
  // (PartitionTestCase2.testMultiplyExpressionExecutorDoubleCase1).
  EXPECT_EQ(ResultType("", "cast", {Attr(Type::kString), Const(S("double"))}), Type::kString);
  EXPECT_VALUE(cast(Type::kString, S("bb"), "double"), S("bb"));
  EXPECT_VALUE(cast(Type::kFloat, F(1.5f), "double"), D(1.5));
  // CastFunctionExecutorTestCase.testCastFunctionExtensionException2/3/4.
  EXPECT_EQ(ResolveError("", "cast", {Attr(Type::kObject), Const(S("double")), Const(S("ddd"))})
                .code,
            DiagCode::kWrongArgumentCount);
  EXPECT_EQ(ResolveError("", "cast", {Attr(Type::kObject), Const(S("newType"))}).code,
            DiagCode::kInvalidArgument);
  EXPECT_EQ(ResolveError("", "cast", {Attr(Type::kObject), Attr(Type::kString)}).code,
            DiagCode::kInvalidArgument);
}

TEST(CoreFunctionsTest, InstanceOf) {
  EXPECT_VALUE(Call("", "instanceOfFloat", {F(2.3f)}), B(true));
  EXPECT_VALUE(Call("", "instanceOfFloat", {D(2.3)}), B(false));
  EXPECT_VALUE(Call("", "instanceOfDouble", {D(2.3)}), B(true));
  EXPECT_VALUE(Call("", "instanceOfInteger", {I(2)}), B(true));
  EXPECT_VALUE(Call("", "instanceOfLong", {I(2)}), B(false));
  EXPECT_VALUE(Call("", "instanceOfBoolean", {B(false)}), B(true));
  EXPECT_VALUE(Call("", "instanceOfString", {N(Type::kString)}), B(false));
  // An object attribute holds values of any type.
  EXPECT_VALUE(CallWith("", "instanceOfString", {Attr(Type::kObject)}, {S("x")}), B(true));
  EXPECT_EQ(ResolveError("", "instanceOfLong", {Attr(Type::kLong), Attr(Type::kInt)}).code,
            DiagCode::kWrongArgumentCount);
}

TEST(CoreFunctionsTest, MaximumAndMinimum) {
  // MaximumFunctionExtensionTestCase / MinimumFunctionExtensionTestCase.
  EXPECT_VALUE(Call("", "maximum", {I(36), I(38), I(74)}), I(74));
  EXPECT_VALUE(Call("", "minimum", {L(78), L(38), L(37)}), L(37));
  EXPECT_VALUE(Call("", "maximum", {D(38.12), D(40), D(37.75)}), D(40));
  EXPECT_VALUE(Call("", "minimum", {F(37.88f), F(38.12f), F(37.62f)}), F(37.62f));
  EXPECT_VALUE(Call("", "maximum", {I(-5), N(Type::kInt), I(-3)}), I(-3));
  EXPECT_VALUE(Call("", "minimum", {N(Type::kDouble), N(Type::kDouble)}), N(Type::kDouble));
  EXPECT_VALUE(Call("", "maximum", {L(9007199254740993), L(9007199254740992)}),
               L(9007199254740993));
  LookupError mixed = ResolveError("", "maximum", {Attr(Type::kInt), Attr(Type::kDouble)});
  EXPECT_EQ(mixed.code, DiagCode::kWrongArgumentType);
  EXPECT_EQ(mixed.arg_index, 1);
  LookupError object = ResolveError("", "minimum", {Attr(Type::kDouble), Attr(Type::kObject)});
  EXPECT_EQ(object.arg_index, 1);
  EXPECT_THAT(object.message, HasSubstr("int, long, float or double"));
}

TEST(CoreFunctionsTest, ClockAndIdentity) {
  CallContext ctx;
  ctx.event_timestamp = 1234;
  ctx.now = 5678;
  EXPECT_VALUE(Call("", "eventTimestamp", {}, ctx), L(1234));
  EXPECT_VALUE(Call("", "currentTimeMillis", {}, ctx), L(5678));
  EXPECT_EQ(ResolveError("", "eventTimestamp", {Attr(Type::kString)}).code,
            DiagCode::kWrongArgumentType);
  auto ref = Resolve("", "currentTimeMillis", {});
  ASSERT_TRUE(std::holds_alternative<FunctionRef>(ref));
  EXPECT_TRUE(std::get<FunctionRef>(ref).stateful);

  absl::StatusOr<Value> a = Call("", "UUID", {});
  absl::StatusOr<Value> b = Call("", "UUID", {});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_THAT(a->string_value(),
              ::testing::MatchesRegex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                      "[0-9a-f]{12}"));
  EXPECT_NE(a->string_value(), b->string_value());
}

// ---- math: ---------------------------------------------------------------------------------

TEST(MathFunctionsTest, ResultTypesFollowSiddhi) {
  EXPECT_VALUE(Call("math", "abs", {I(-3)}), D(3.0));
  EXPECT_EQ(ResultType("math", "round", {Attr(Type::kFloat)}), Type::kInt);
  EXPECT_EQ(ResultType("math", "round", {Attr(Type::kDouble)}), Type::kLong);
  EXPECT_VALUE(Call("math", "round", {F(2.5f)}), I(3));
  EXPECT_VALUE(Call("math", "round", {D(-2.5)}), L(-2));
  EXPECT_VALUE(Call("math", "round", {D(3252.353)}), L(3252));
  EXPECT_VALUE(Call("math", "parseFloat", {S("123.1")}), F(123.1f));
  EXPECT_VALUE(Call("math", "ceil", {F(423.187f)}), D(424.0));
  EXPECT_EQ(ResolveError("math", "ceil", {Attr(Type::kInt)}).code, DiagCode::kWrongArgumentType);
  EXPECT_VALUE(Call("math", "floor", {I(7)}), D(7.0));
}

TEST(MathFunctionsTest, Values) {
  EXPECT_VALUE(Call("math", "power", {D(5.6), D(3.0)}), D(175.61599999999996));
  EXPECT_VALUE(Call("math", "log", {I(34), F(2.0f)}), D(5.08746284125034));
  EXPECT_VALUE(Call("math", "log2", {D(91)}), D(6.507794640198696));
  EXPECT_VALUE(Call("math", "ln", {D(11.453)}), D(2.438251704415579));
  EXPECT_VALUE(Call("math", "sqrt", {I(4)}), D(2.0));
  EXPECT_VALUE(Call("math", "max", {D(123.67), I(91)}), D(123.67));
  EXPECT_VALUE(Call("math", "min", {D(123.67), I(91)}), D(91.0));
  EXPECT_VALUE(Call("math", "pi", {}), D(3.141592653589793));
  EXPECT_VALUE(Call("math", "parseInt", {S("-2147483648")}), I(-2147483648));
  EXPECT_VALUE(Call("math", "parseDouble", {S(" 1.5d ")}), D(1.5));
}

TEST(MathFunctionsTest, NullHandlingPerFunction) {
  EXPECT_VALUE(Call("math", "sqrt", {N(Type::kDouble)}), N(Type::kDouble));
  EXPECT_VALUE(Call("math", "power", {N(Type::kDouble), D(2)}), N(Type::kDouble));
  EXPECT_VALUE(Call("math", "parseInt", {N(Type::kString)}), N(Type::kInt));
  EXPECT_RUNTIME_ERROR(Call("math", "floor", {N(Type::kDouble)}), "math:floor");
  EXPECT_RUNTIME_ERROR(Call("math", "sin", {N(Type::kDouble)}), "cannot be null");
  EXPECT_RUNTIME_ERROR(Call("math", "log", {D(8), N(Type::kDouble)}), "second argument");
  EXPECT_RUNTIME_ERROR(Call("math", "log", {D(8), I(1)}), "base 1");
  EXPECT_RUNTIME_ERROR(Call("math", "parseInt", {S("12x")}), "not a valid number");
  EXPECT_RUNTIME_ERROR(Call("math", "parseLong", {S("9223372036854775808")}), "not a valid");
}

TEST(MathFunctionsTest, RandIsJavaUtilRandom) {
  // new java.util.Random(42).nextDouble() twice.
  std::vector<ArgInfo> infos = {Const(I(42))};
  auto ref = std::get<FunctionRef>(Resolve("math", "rand", infos));
  EXPECT_TRUE(ref.stateful);
  auto fn = Builtins().scalar(ref.id).bind(infos, ref.result);
  ASSERT_TRUE(fn.ok());
  Value args[] = {I(42)};
  Value out;
  ASSERT_TRUE((*fn)->Call(args, 1, CallContext{}, out).ok());
  EXPECT_EQ(out, D(0.7275636800328681));
  ASSERT_TRUE((*fn)->Call(args, 1, CallContext{}, out).ok());
  EXPECT_EQ(out, D(0.6832234717598454));

  absl::StatusOr<Value> unseeded = Call("math", "rand", {});
  ASSERT_TRUE(unseeded.ok());
  EXPECT_GE(unseeded->double_value(), 0.0);
  EXPECT_LT(unseeded->double_value(), 1.0);
  EXPECT_EQ(ResolveError("math", "rand", {Attr(Type::kLong)}).code, DiagCode::kInvalidArgument);
  EXPECT_EQ(ResolveError("math", "rand", {Const(I(1)), Const(I(2))}).message,
            "function 'math:rand' expects 0 or 1 arguments, found 2");
}

// ---- str: ---------------------------------------------------------------------------------

TEST(StringFunctionsTest, CharAt) {
  EXPECT_VALUE(Call("str", "charAt", {S("WSO2"), I(1)}), S("S"));
  EXPECT_VALUE(Call("str", "charAt", {S("héllo"), I(1)}), S("é"));
  EXPECT_RUNTIME_ERROR(Call("str", "charAt", {N(Type::kString), I(1)}), "first argument");
  EXPECT_RUNTIME_ERROR(Call("str", "charAt", {S("IBM"), N(Type::kInt)}), "second argument");
  EXPECT_RUNTIME_ERROR(Call("str", "charAt", {S("IBM"), I(3)}), "index 3");
  EXPECT_EQ(ResolveError("str", "charAt", {Attr(Type::kLong), Const(I(1))}).arg_index, 0);
}

TEST(StringFunctionsTest, CharFrequencyCoalesceConcat) {
  EXPECT_VALUE(Call("str", "charFrequency", {S("XYZ22"), S("2")}), L(2));
  EXPECT_VALUE(Call("str", "charFrequency", {S("IBM"), S("z")}), L(0));
  EXPECT_RUNTIME_ERROR(Call("str", "charFrequency", {S("IBM"), S("ab")}), "single character");
  // CoalesceFunctionExtensionTestCase.
  EXPECT_VALUE(Call("str", "coalesce", {N(Type::kString), N(Type::kString), S("XYZ")}), S("XYZ"));
  EXPECT_VALUE(Call("str", "coalesce", {N(Type::kString), N(Type::kString)}), N(Type::kString));
  EXPECT_VALUE(Call("str", "concat", {S("D533"), N(Type::kString), S("XYZ")}), S("D533XYZ"));
  EXPECT_EQ(ResolveError("str", "concat", {Attr(Type::kString), Attr(Type::kInt)}).arg_index, 1);
}

TEST(StringFunctionsTest, ContainsAndEqualsIgnoreCaseNulls) {
  EXPECT_VALUE(Call("str", "contains", {S("21 products by WSO2"), S("WSO2")}), B(true));
  EXPECT_VALUE(Call("str", "contains", {N(Type::kString), S("WSO2")}), B(false));
  EXPECT_RUNTIME_ERROR(Call("str", "contains", {S("x"), N(Type::kString)}), "second argument");
  EXPECT_EQ(ResolveError("str", "contains", {Attr(Type::kString), Const(I(123))}).arg_index, 1);
  EXPECT_VALUE(Call("str", "equalsIgnoreCase", {S("WSO2"), S("wso2")}), B(true));
  EXPECT_VALUE(Call("str", "equalsIgnoreCase", {S("WSO2"), N(Type::kString)}), B(false));
  EXPECT_RUNTIME_ERROR(Call("str", "equalsIgnoreCase", {N(Type::kString), S("a")}), "first");
}

TEST(StringFunctionsTest, FillTemplate) {
  const std::string t =
      "The stock price of {{1}}. Volume of {{1}} is {{3}} and the stock price is {{2}}";
  // FillTemplateFunctionExtensionTestCase.testFillTemplate1 / 2 / 7.
  EXPECT_VALUE(Call("str", "fillTemplate", {S(t), S("WSO2"), S("111.11"), S("100")}),
               S("The stock price of WSO2. Volume of WSO2 is 100 and the stock price is 111.11"));
  EXPECT_VALUE(Call("str", "fillTemplate", {S(t), S("IBM"), F(222.22f), L(200)}),
               S("The stock price of IBM. Volume of IBM is 200 and the stock price is 222.22"));
  const std::string t4 = "Volume of {{1}} is {{4}}";
  EXPECT_RUNTIME_ERROR(Call("str", "fillTemplate", {S(t4), S("WSO2"), S("1"), S("2")}), "{{4}}");
  EXPECT_RUNTIME_ERROR(Call("str", "fillTemplate", {S("{{x}}"), S("a")}), "{{x}}");
  // A NULL value leaves the bare key, as Siddhi does.
  EXPECT_VALUE(Call("str", "fillTemplate", {S("a {{1}} b"), N(Type::kString)}), S("a 1 b"));
  EXPECT_EQ(ResolveError("str", "fillTemplate", {Attr(Type::kString), Attr(Type::kObject)}).code,
            DiagCode::kWrongArgumentType);
}

TEST(StringFunctionsTest, HexLengthLocateCase) {
  EXPECT_VALUE(Call("str", "hex", {S("MySQL")}), S("4d7953514c"));
  EXPECT_VALUE(Call("str", "unhex", {S("4d7953514c")}), S("MySQL"));
  EXPECT_RUNTIME_ERROR(Call("str", "unhex", {N(Type::kString)}), "cannot be null");
  EXPECT_RUNTIME_ERROR(Call("str", "unhex", {S("4d7")}), "hex pairs");
  EXPECT_EQ(ResolveError("str", "hex", {}).code, DiagCode::kWrongArgumentCount);
  EXPECT_EQ(ResolveError("str", "hex", {Attr(Type::kInt)}).code, DiagCode::kWrongArgumentType);

  EXPECT_VALUE(Call("str", "length", {S("AbCDefghiJ KLMN")}), I(15));
  EXPECT_VALUE(Call("str", "length", {S("h\xC3\xA9llo \xF0\x9F\x98\x80")}), I(8));  // UTF-16
  EXPECT_RUNTIME_ERROR(Call("str", "length", {N(Type::kString)}), "cannot be null");

  EXPECT_VALUE(Call("str", "locate", {S("@wso2.com"), S("ramindus@wso2.com")}), I(8));
  EXPECT_VALUE(Call("str", "locate", {S("@wso2.com"), S("IBM")}), I(-1));
  EXPECT_VALUE(Call("str", "locate", {S("o"), S("foo boo"), I(3)}), I(5));
  EXPECT_VALUE(Call("str", "locate", {S("x"), S("foo boo"), I(3)}), I(2));  // Siddhi's start - 1
  EXPECT_RUNTIME_ERROR(Call("str", "locate", {S("x"), S("foo"), I(4)}), "out of range");

  EXPECT_VALUE(Call("str", "lower", {S("HeLlo How Are you ")}), S("hello how are you "));
  EXPECT_VALUE(Call("str", "upper", {S("123456XyZ abC 78aaaaaa")}), S("123456XYZ ABC 78AAAAAA"));
  EXPECT_RUNTIME_ERROR(Call("str", "upper", {N(Type::kString)}), "str:upper");
  EXPECT_VALUE(Call("str", "reverse", {S("Hello World")}), S("dlroW olleH"));
  EXPECT_VALUE(Call("str", "reverse", {S("a\xC3\xA9")}), S("\xC3\xA9" "a"));
  EXPECT_VALUE(Call("str", "trim", {S("  AbCDefghiJ KLMN  ")}), S("AbCDefghiJ KLMN"));
  EXPECT_VALUE(Call("str", "repeat", {S("Str 3"), I(2)}), S("Str 3Str 3"));
  EXPECT_VALUE(Call("str", "repeat", {S("Str 3"), I(-1)}), S(""));
  EXPECT_VALUE(Call("str", "strcmp", {S("AbCDefghiJ KLMN"), S("Hello")}), I(-7));
  EXPECT_VALUE(Call("str", "strcmp", {S(" ertyut"), S("Hello")}), I(-40));
  EXPECT_VALUE(Call("str", "strcmp", {S("Hello"), S("Hello")}), I(0));
  EXPECT_RUNTIME_ERROR(Call("str", "strcmp", {S("Hello"), N(Type::kString)}), "second");
}

TEST(StringFunctionsTest, RegexBackedFunctions) {
  // RegexpFunctionExtensionTestCase: Matcher.matches, attribute and constant patterns.
  EXPECT_VALUE(Call("str", "regexp", {S("WSO2 abcdh"), S("WSO(.*h)")}), B(true));
  EXPECT_VALUE(Call("str", "regexp", {S("aaWSO2 hi hello"), S("^WSO2(.*)")}), B(false));
  EXPECT_VALUE(CallWith("str", "regexp", {Attr(Type::kString), Const(S("^WSO2(.*)"))},
                        {S("WSO2 abcdh"), S("^WSO2(.*)")}),
               B(true));
  EXPECT_RUNTIME_ERROR(Call("str", "regexp", {N(Type::kString), S("x")}), "first argument");

  EXPECT_VALUE(Call("str", "replaceAll", {S("hello hi hello"), S("hello"), S("test")}),
               S("test hi test"));
  EXPECT_VALUE(Call("str", "replaceAll", {S("John Smith"), S("(\\w+) (\\w+)"), S("$2, $1")}),
               S("Smith, John"));
  EXPECT_VALUE(Call("str", "replaceFirst", {S("hello WSO2 A hi hello"), S("WSO2(.*)A"),
                                            S("XXXX")}),
               S("hello XXXX hi hello"));
  EXPECT_VALUE(Call("str", "replaceFirst", {S("WSO2 hi hello"), S("hello"), S("test")}),
               S("WSO2 hi test"));
  EXPECT_RUNTIME_ERROR(Call("str", "replaceAll", {S("abc"), S("b"), S("$2")}), "no group 2");
  EXPECT_RUNTIME_ERROR(Call("str", "replaceFirst", {S("w"), S("w"), N(Type::kString)}), "third");

  // SplitFunctionExtensionTestCase.
  EXPECT_VALUE(Call("str", "split", {S("Prod_WSO2_"), S("_"), I(1)}), S("WSO2"));
  EXPECT_RUNTIME_ERROR(Call("str", "split", {S("DELL/IBM/HP/"), S("/"), I(3)}), "index 3");
  EXPECT_RUNTIME_ERROR(Call("str", "split", {S("DELL/IBM/HP/"), S("/"), N(Type::kInt)}), "third");

  // SubstrFunctionExtensionTestCase 1..6.
  EXPECT_VALUE(Call("str", "substr", {S("AbCDefghiJ KLMN"), I(4)}), S("efghiJ KLMN"));
  EXPECT_VALUE(Call("str", "substr", {S(" ertyut"), I(2), I(4)}), S("rtyu"));
  EXPECT_VALUE(Call("str", "substr", {S(" ertWSO2yut"), S("^WSO2(.*)")}), S(""));
  EXPECT_VALUE(Call("str", "substr", {S("WSO2D efghiJ KLMN"), S("^WSO2(.*)")}),
               S("WSO2D efghiJ KLMN"));
  EXPECT_VALUE(Call("str", "substr", {S("WSO2 hiA WSO2 hellAo"), S("WSO2(.*)A(.*)"), I(2)}),
               S("o"));
  EXPECT_VALUE(CallWith("str", "substr",
                        {Attr(Type::kString), Const(S("WSO2(.*)A(.*)")), Const(I(2))},
                        {S("hello hi hWSO2 hiA ello"), S("WSO2(.*)A(.*)"), I(2)}),
               S(" ello"));
  EXPECT_VALUE(Call("str", "substr", {S("ab"), S("(x)?b"), I(1)}), N(Type::kString));
  EXPECT_RUNTIME_ERROR(Call("str", "substr", {S("abc"), S("b"), I(1)}), "no group 1");
  EXPECT_RUNTIME_ERROR(Call("str", "substr", {S("IBM"), N(Type::kInt)}), "second argument");
  EXPECT_RUNTIME_ERROR(Call("str", "substr", {S("IBM"), I(2), I(5)}), "out of bounds");
}

TEST(StringFunctionsTest, ConstantRegexCheckedAtCompileTime) {
  LookupError bad = ResolveError("str", "regexp", {Attr(Type::kString), Const(S("a(b"))});
  EXPECT_EQ(bad.code, DiagCode::kInvalidRegex);
  EXPECT_EQ(bad.arg_index, 1);
  EXPECT_THAT(bad.message, HasSubstr("invalid regex 'a(b'"));
  LookupError java_only =
      ResolveError("str", "replaceAll", {Attr(Type::kString), Const(S("(a)\\1")), Const(S("x"))});
  EXPECT_EQ(java_only.code, DiagCode::kUnsupportedRegex);
  EXPECT_EQ(java_only.arg_index, 1);
  LookupError substr = ResolveError("str", "substr", {Attr(Type::kString), Const(S("(?=x)"))});
  EXPECT_EQ(substr.code, DiagCode::kUnsupportedRegex);
  // A per-event pattern can only fail at run time.
  EXPECT_RUNTIME_ERROR(Call("str", "regexp", {S("x"), S("a(?!b)")}), "negative lookahead");
}

// ---- regex: --------------------------------------------------------------------------------

TEST(RegexFunctionsTest, FindMatchesLookingAt) {
  const std::string text = "21 products are produced by WSO2 currently";
  // RegExFunctionExtensionTestCase.
  EXPECT_VALUE(Call("regex", "find", {S("\\d\\d(.*)WSO2"), S(text)}), B(true));
  EXPECT_VALUE(Call("regex", "find", {S("\\d(.*)WSO22"), S(text)}), B(false));
  EXPECT_VALUE(Call("regex", "matches", {S("\\d\\d(.*)WSO2"), S(text)}), B(false));
  EXPECT_VALUE(Call("regex", "matches", {S("WSO2(.*)middleware(.*)"),
                                         S("WSO2 is situated in trace and its a middleware company")}),
               B(true));
  EXPECT_VALUE(Call("regex", "lookingAt", {S("\\d\\d(.*)WSO2"), S(text + " in Sri Lanka")}),
               B(true));
  EXPECT_VALUE(Call("regex", "lookingAt", {S("WSO2(.*)middleware(.*)"),
                                           S("sample test string and WSO2 is a middleware")}),
               B(false));
  // Matcher.find(start) still sees the whole input for anchors.
  const std::string long_text =
      "21 products are produced within 10 years by WSO2 currently by WSO2 employees";
  EXPECT_VALUE(Call("regex", "find", {S("\\d\\d(.*)WSO2"), S(long_text), I(30)}), B(true));
  EXPECT_VALUE(Call("regex", "find", {S("^21"), S(long_text), I(1)}), B(false));
  EXPECT_RUNTIME_ERROR(Call("regex", "find", {S("x"), S("abc"), I(4)}), "out of range");
  // FindFunctionExtensionTestCase.testFindFunctionExtensionTestCase6: NULL input or start.
  EXPECT_VALUE(Call("regex", "find", {S("\\d"), N(Type::kString), I(30)}), B(false));
  EXPECT_VALUE(Call("regex", "find", {S("\\d"), S(long_text), N(Type::kInt)}), B(false));
  EXPECT_RUNTIME_ERROR(Call("regex", "lookingAt", {N(Type::kString), S("x")}), "first argument");
  EXPECT_RUNTIME_ERROR(Call("regex", "matches", {N(Type::kString), S("x")}), "first argument");
  EXPECT_VALUE(Call("regex", "matches", {S("x"), N(Type::kString)}), B(false));
  EXPECT_EQ(ResolveError("regex", "find", {Attr(Type::kString)}).code,
            DiagCode::kWrongArgumentCount);
  EXPECT_EQ(ResolveError("regex", "find", {Attr(Type::kInt), Attr(Type::kString)}).arg_index, 0);
  EXPECT_EQ(ResolveError("regex", "find", {Attr(Type::kString), Attr(Type::kString),
                                           Attr(Type::kString)})
                .arg_index,
            2);
}

TEST(RegexFunctionsTest, Group) {
  const std::string text =
      "21 products are produced within 10 years by WSO2 currently by WSO2 employees";
  EXPECT_VALUE(Call("regex", "group", {S("(\\d\\d)(.*)(WSO2.*)"), S(text), I(3)}),
               S("WSO2 employees"));
  EXPECT_VALUE(Call("regex", "group", {S("(\\d\\d)(.*)(WSO2.*)"), S(text), I(1)}), S("21"));
  const std::string company = "WSO2 is situated in trace and its a middleware company";
  EXPECT_VALUE(Call("regex", "group", {S("WSO2(.*)middleware"), S(company), I(1)}),
               S(" is situated in trace and its a "));
  EXPECT_VALUE(Call("regex", "group", {S("WSO2(.*)middleware"), S(company), I(2)}),
               N(Type::kString));
  EXPECT_VALUE(Call("regex", "group", {S("(?<year>\\d{4})-(\\d\\d)"), S("on 2024-05"), I(1)}),
               S("2024"));
  EXPECT_RUNTIME_ERROR(Call("regex", "group", {N(Type::kString), S(text), I(3)}), "first");
  EXPECT_RUNTIME_ERROR(Call("regex", "group", {S("x"), N(Type::kString), I(3)}), "second");
  EXPECT_RUNTIME_ERROR(Call("regex", "group", {S("(x)"), S("x"), I(-1)}), "negative");
  EXPECT_EQ(ResolveError("regex", "group", {Attr(Type::kString), Attr(Type::kString)}).code,
            DiagCode::kWrongArgumentCount);
}

TEST(RegexFunctionsTest, UnsupportedJavaFeaturesRejectedAtCompileTime) {
  struct Case {
    std::string pattern;
    std::string spelling;
  };
  const Case cases[] = {
      {"a(?=b)", "'(?='"},        {"a(?!b)", "'(?!'"},         {"(?<=a)b", "'(?<='"},
      {"(?<!a)b", "'(?<!'"},      {"(a)\\1", "'\\1'"},         {"(?<n>a)\\k<n>", "'\\k<'"},
      {"a*+", "'*+'"},            {"a++", "'++'"},             {"a?+", "'?+'"},
      {"a{2}+", "'{2}+'"},        {"(?>ab)", "'(?>'"},         {"[a-z&&[^b]]", "'&&'"},
      {"[a[b]]", "'['"},          {"(?x)a b", "'(?x)'"},       {"a\\Z", "'\\Z'"},
      {"\\p{javaLowerCase}", "'\\p{javaLowerCase}'"},
  };
  for (const Case& c : cases) {
    LookupError e = ResolveError("regex", "matches", {Const(S(c.pattern)), Attr(Type::kString)});
    EXPECT_EQ(e.code, DiagCode::kUnsupportedRegex) << c.pattern;
    EXPECT_EQ(e.arg_index, 0) << c.pattern;
    EXPECT_THAT(e.message, HasSubstr(c.spelling)) << c.pattern;
  }
  EXPECT_EQ(ResolveError("regex", "find", {Const(S("a(?=b)")), Attr(Type::kString)}).message,
            "regex lookahead '(?=' is not supported (Talon uses RE2); rewrite without it");
  // TokenizerStreamProcessorExtensionTestCase.testTokenizerExtensionWithInvalidSyntaxForRegex.
  LookupError syntax =
      ResolveError("regex", "find", {Const(S("\\s|\\'|,|*")), Attr(Type::kString)});
  EXPECT_EQ(syntax.code, DiagCode::kInvalidRegex);
  EXPECT_EQ(syntax.arg_index, 0);
  // Escaped or quoted metacharacters are not features.
  EXPECT_VALUE(CallConst("regex", "matches", {S("a\\(\\?=b\\)"), S("a(?=b)")}), B(true));
  EXPECT_VALUE(CallConst("regex", "matches", {S("\\Q(?=\\E"), S("(?=")}), B(true));
  EXPECT_VALUE(CallConst("regex", "matches", {S("[\\[?=]+"), S("[?=")}), B(true));
}

TEST(RegexFunctionsTest, JavaSpellingsTranslated) {
  EXPECT_VALUE(CallConst("regex", "matches", {S("\\p{Alpha}+\\p{Digit}"), S("abc1")}), B(true));
  EXPECT_VALUE(CallConst("regex", "matches", {S("[\\p{Upper}\\d]+"), S("AB12")}), B(true));
  EXPECT_VALUE(CallConst("regex", "matches", {S("\\P{Lower}"), S("a")}), B(false));
  EXPECT_VALUE(CallConst("regex", "matches", {S("(?i)wso2"), S("WSO2")}), B(true));
  EXPECT_VALUE(CallConst("regex", "matches", {S("\\e\\0101"), S("\x1B" "A")}), B(true));
  EXPECT_VALUE(CallConst("regex", "matches", {S("a\\hb"), S("a\tb")}), B(true));
  EXPECT_VALUE(CallConst("regex", "matches", {S("[]x]+"), S("]x")}), B(true));
}

TEST(RegexFunctionsTest, PerEventPatternsAreCachedPerCallSite) {
  std::vector<ArgInfo> infos = {Attr(Type::kString), Attr(Type::kString)};
  auto ref = std::get<FunctionRef>(Resolve("regex", "matches", infos));
  auto fn = Builtins().scalar(ref.id).bind(infos, ref.result);
  ASSERT_TRUE(fn.ok());
  struct Step {
    const char* pattern;
    const char* input;
    bool expected;
  };
  const Step steps[] = {{"a+", "aaa", true}, {"a+", "b", false}, {"b+", "b", true},
                        {"a+", "aa", true}};
  for (const Step& s : steps) {
    Value args[] = {S(s.pattern), S(s.input)};
    Value out;
    ASSERT_TRUE((*fn)->Call(args, 2, CallContext{}, out).ok());
    EXPECT_EQ(out, B(s.expected)) << s.pattern << " " << s.input;
  }
  Value bad[] = {S("a("), S("a")};
  Value out;
  absl::Status status = (*fn)->Call(bad, 2, CallContext{}, out);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("regex:matches: invalid regex"));
}

// ---- Java conversions ----------------------------------------------------------------------

TEST(JavaCompatTest, Numbers) {
  EXPECT_EQ(JavaParseInt("+5"), 5);
  EXPECT_EQ(JavaParseInt("-2147483648"), std::numeric_limits<int32_t>::min());
  EXPECT_EQ(JavaParseInt("2147483648"), std::nullopt);
  EXPECT_EQ(JavaParseInt(" 5"), std::nullopt);
  EXPECT_EQ(JavaParseInt("-"), std::nullopt);
  EXPECT_EQ(JavaParseLong("-9223372036854775808"), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(JavaParseDouble("1e400"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(JavaParseDouble("-Infinity"), -std::numeric_limits<double>::infinity());
  EXPECT_TRUE(std::isnan(*JavaParseDouble("NaN")));
  EXPECT_EQ(JavaParseDouble(".5f"), 0.5);
  EXPECT_EQ(JavaParseDouble("."), std::nullopt);
  EXPECT_EQ(JavaParseDouble("1e"), std::nullopt);
  EXPECT_EQ(JavaParseDouble("inf"), std::nullopt);
  EXPECT_EQ(JavaParseFloat("111.11"), 111.11f);
  EXPECT_EQ(JavaRound(-2.5), -2);
  EXPECT_EQ(JavaRound(0.49999999999999994), 0);
  EXPECT_EQ(JavaRound(2.5f), 3);
  EXPECT_EQ(JavaDoubleToInt(std::nan("")), 0);
  EXPECT_EQ(JavaDoubleToInt(1e10), std::numeric_limits<int32_t>::max());
  EXPECT_EQ(JavaDoubleToLong(-1e30), std::numeric_limits<int64_t>::min());
}

TEST(JavaCompatTest, Utf16Indexes) {
  const std::string s = "a\xF0\x9F\x98\x80" "b";  // a, U+1F600 (two UTF-16 units), b
  EXPECT_EQ(JavaLength(s), 4);
  EXPECT_EQ(ByteOffsetOfJavaIndex(s, 3), 5u);
  EXPECT_EQ(ByteOffsetOfJavaIndex(s, 2), std::nullopt);  // inside the surrogate pair
  EXPECT_EQ(ByteOffsetOfJavaIndex(s, 5), std::nullopt);
  EXPECT_EQ(JavaIndexOfByteOffset(s, 5), 3);
  EXPECT_EQ(ToUtf8(ToUtf16(s)), s);
  // U+FFFF sorts after U+1F600 in UTF-16 (FFFF > D83D), before it in UTF-8 bytes.
  EXPECT_GT(JavaCompareTo("\xEF\xBF\xBF", "\xF0\x9F\x98\x80"), 0);
}

}  // namespace
}  // namespace talon::exec
