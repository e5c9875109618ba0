#include "runtime/functions/scalar_adapter.h"

#include <algorithm>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace talon::exec {
namespace {

constexpr Type kAllTypes[] = {Type::kBool,  Type::kInt,    Type::kLong,  Type::kFloat,
                              Type::kDouble, Type::kString, Type::kObject};

// Joins "a", "b", "c" as "a, b or c".
std::string JoinWithOr(const std::vector<std::string>& items) {
  if (items.empty()) return "";
  if (items.size() == 1) return items[0];
  std::vector<std::string> head(items.begin(), items.end() - 1);
  return absl::StrCat(absl::StrJoin(head, ", "), " or ", items.back());
}

std::string_view Article(std::string_view word) {
  if (word.empty()) return "a";
  switch (word[0]) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return "an";
    default: return "a";
  }
}

bool Accepts(const Signature& sig, size_t count) {
  return sig.variadic ? count >= sig.params.size() : count == sig.params.size();
}

const Param& ParamAt(const Signature& sig, size_t i) {
  return i < sig.params.size() ? sig.params[i] : sig.params.back();
}

// Index of the first argument the signature rejects, or -1 when it accepts them all.
int FirstMismatch(const Signature& sig, const std::vector<frontend::ArgInfo>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (!ParamAt(sig, i).types.Contains(args[i].type)) return static_cast<int>(i);
  }
  return -1;
}

// "2 arguments", "1 or 2 arguments", "at least 2 arguments", "no arguments".
std::string ExpectedCounts(const std::vector<Signature>& sigs) {
  std::set<size_t> exact;
  size_t variadic_min = SIZE_MAX;
  for (const Signature& sig : sigs) {
    if (sig.variadic) {
      variadic_min = std::min(variadic_min, sig.params.size());
    } else {
      exact.insert(sig.params.size());
    }
  }
  std::vector<std::string> parts;
  size_t largest = 0;
  for (size_t n : exact) {
    if (n >= variadic_min) continue;  // covered by "at least"
    parts.push_back(absl::StrCat(n));
    largest = n;
  }
  if (variadic_min != SIZE_MAX) {
    parts.push_back(absl::StrCat("at least ", variadic_min));
    largest = variadic_min;
  }
  if (parts.size() == 1 && parts[0] == "0") return "no arguments";
  bool singular = parts.size() == 1 && largest == 1;
  return absl::StrCat(JoinWithOr(parts), singular ? " argument" : " arguments");
}

std::string SignatureText(std::string_view fn, const Signature& sig, std::string_view result) {
  std::vector<std::string> params;
  for (const Param& p : sig.params) {
    std::string types = p.types == kAnyType ? "<any>" : p.types.ToString();
    absl::StrAppend(&types, " ", std::string(p.name));
    params.push_back(std::move(types));
  }
  if (sig.variadic) params.push_back("...");
  return absl::StrCat(std::string(fn), "(", absl::StrJoin(params, ", "), ") -> ", std::string(result));
}

// Signature matching shared by every row: the count first, then types, then `refine`.
frontend::Lookup<Type> Resolve(const std::string& fn, const std::vector<Signature>& sigs,
                               Type result, const RefineFn& refine,
                               const std::vector<frontend::ArgInfo>& args) {
  std::vector<const Signature*> by_count;
  size_t max_count = 0;
  bool any_variadic = false;
  for (const Signature& sig : sigs) {
    if (Accepts(sig, args.size())) by_count.push_back(&sig);
    max_count = std::max(max_count, sig.params.size());
    any_variadic |= sig.variadic;
  }
  if (by_count.empty()) {
    // Too many arguments: point at the first extra one.
    int index = !any_variadic && args.size() > max_count ? static_cast<int>(max_count) : -1;
    return frontend::LookupError{
        DiagCode::kWrongArgumentCount,
        absl::StrCat("function '", fn, "' expects ", ExpectedCounts(sigs), ", found ",
                     args.size()),
        index};
  }

  // The first overload that accepts every type wins. Otherwise report the overloads that got
  // furthest, with the union of the types they accept at the failing position.
  int furthest = -1;
  for (const Signature* sig : by_count) {
    int mismatch = FirstMismatch(*sig, args);
    if (mismatch < 0) {
      return refine ? refine(fn, args) : frontend::Lookup<Type>(result);
    }
    furthest = std::max(furthest, mismatch);
  }
  TypeSet expected;
  std::set<std::string_view> names;
  for (const Signature* sig : by_count) {
    if (FirstMismatch(*sig, args) != furthest) continue;
    const Param& p = ParamAt(*sig, furthest);
    expected = expected | p.types;
    names.insert(p.name);
  }
  std::string what = expected.ToString();
  what = absl::StrCat(std::string(Article(what)), " ", what);
  if (names.size() == 1 && !names.begin()->empty()) absl::StrAppend(&what, " ", std::string(*names.begin()));
  return ArgTypeError(fn, furthest, what, args[furthest]);
}

class BodyFunction final : public ScalarFunction {
 public:
  BodyFunction(ScalarBody body, Type result) : body_(body), result_(result) {}
  absl::Status Call(const Value* args, size_t arg_count, const CallContext& ctx,
                    Value& out) const override {
    return body_(ScalarArgs{args, arg_count, &ctx, result_}, out);
  }

 private:
  ScalarBody body_;
  Type result_;
};

}  // namespace

std::string TypeSet::ToString() const {
  if (*this == kAnyType) return "any value";
  std::vector<std::string> names;
  for (Type t : kAllTypes) {
    if (Contains(t)) names.emplace_back(TypeName(t));
  }
  return JoinWithOr(names);
}

ScalarFunctionDef MakeScalar(const ScalarSpec& spec) {
  ScalarFunctionDef def;
  def.ns = std::string(spec.ns);
  def.name = std::string(spec.name);
  def.description = std::string(spec.description);
  def.example = std::string(spec.example);
  def.stateful = spec.stateful;

  std::string fn = QualifiedName(spec.ns, spec.name);
  std::string result_doc =
      spec.result_doc.empty() ? std::string(TypeName(spec.result)) : std::string(spec.result_doc);
  std::vector<std::string> texts;
  for (const Signature& sig : spec.signatures) texts.push_back(SignatureText(fn, sig, result_doc));
  def.signature = absl::StrJoin(texts, " | ");

  def.resolve = [fn, sigs = spec.signatures, result = spec.result,
                 refine = spec.refine](const std::vector<frontend::ArgInfo>& args) {
    return Resolve(fn, sigs, result, refine, args);
  };
  if (spec.bind) {
    def.bind = spec.bind;
  } else {
    def.bind = [body = spec.body](const std::vector<frontend::ArgInfo>&, Type result)
        -> absl::StatusOr<std::unique_ptr<ScalarFunction>> {
      return MakeBodyFunction(body, result);
    };
  }
  return def;
}

std::unique_ptr<ScalarFunction> MakeBodyFunction(ScalarBody body, Type result) {
  return std::make_unique<BodyFunction>(body, result);
}

frontend::Lookup<Type> RefineSameTypes(std::string_view fn,
                                       const std::vector<frontend::ArgInfo>& args) {
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i].type != args[0].type) {
      return ArgTypeError(fn, static_cast<int>(i),
                          absl::StrCat("the type of its first argument ('",
                                       std::string(TypeName(args[0].type)), "')"),
                          args[i]);
    }
  }
  return args[0].type;
}

absl::Status FirstNonNullBody(const ScalarArgs& args, Value& out) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args[i].is_null()) {
      out = args[i];
      return absl::OkStatus();
    }
  }
  out = Value::Null(args.result);
  return absl::OkStatus();
}

std::string QualifiedName(std::string_view ns, std::string_view name) {
  return ns.empty() ? std::string(name) : absl::StrCat(std::string(ns), ":", std::string(name));
}

std::string Ordinal(int index) {
  static constexpr std::string_view kWords[] = {"first",   "second", "third", "fourth",
                                                "fifth",   "sixth",  "seventh", "eighth",
                                                "ninth",   "tenth"};
  if (index >= 0 && index < 10) return std::string(kWords[index]);
  return absl::StrCat(index + 1, "th");
}

std::string FoundText(const frontend::ArgInfo& arg) {
  if (arg.constant.has_value() && arg.constant->is_null()) return "null";
  return std::string(TypeName(arg.type));
}

frontend::LookupError ArgTypeError(std::string_view fn, int index, std::string_view expected,
                                   const frontend::ArgInfo& found) {
  return frontend::LookupError{
      DiagCode::kWrongArgumentType,
      absl::StrCat("function '", std::string(fn), "' expects ", std::string(expected), " as its ", Ordinal(index),
                   " argument, found '", FoundText(found), "'"),
      index};
}

frontend::LookupError ArgValueError(int index, std::string message) {
  return frontend::LookupError{DiagCode::kInvalidArgument, std::move(message), index};
}

const std::string* ConstantString(const frontend::ArgInfo& arg) {
  if (!arg.constant.has_value() || arg.constant->is_null() ||
      arg.constant->type() != Type::kString) {
    return nullptr;
  }
  return &arg.constant->string_value();
}

absl::Status NullArgumentError(std::string_view fn, int index) {
  return absl::InvalidArgumentError(
      absl::StrCat(std::string(fn), ": the ", Ordinal(index), " argument cannot be null"));
}

}  // namespace talon::exec
