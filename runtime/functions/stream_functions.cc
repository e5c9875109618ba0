// Stream functions (`#name(...)` on an input): str:tokenize from siddhi-execution-string, and
// Siddhi core's pol2Cart and log. Each appends attributes to, or multiplies, the events of a
// chunk; see stream_function.h for the contract.
#include <cmath>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/functions/java_regex.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

using frontend::ArgInfo;
using frontend::LookupError;

LookupError WrongType(const std::string& fn, int index, const std::string& expected, Type found) {
  return LookupError{DiagCode::kWrongArgumentType,
                     absl::StrCat("'", fn, "' expects ", expected, " as argument ", index + 1,
                                  ", found '", TypeName(found), "'"),
                     index};
}

// Appends row `i` of `in` followed by `extra` values to `out`.
void AppendWith(const Batch& in, size_t i, const std::vector<Value>& extra, Batch& out) {
  out.timestamps().push_back(in.timestamp(i));
  out.kinds().push_back(in.kind(i));
  for (size_t c = 0; c < in.column_count(); ++c) out.column(c).AppendFrom(in.column(c), i);
  for (size_t e = 0; e < extra.size(); ++e) out.column(in.column_count() + e).Append(extra[e]);
}

// str:tokenize(input, regex[, distinct]): one event per token of String.split(regex), with the
// token in `token` (siddhi-execution-string TokenizeStreamProcessorExtension). With distinct,
// repeated tokens of one event are emitted once.
class Tokenize : public StreamFunction {
 public:
  Tokenize(std::shared_ptr<const JavaRegex> constant, bool has_distinct)
      : regex_(std::move(constant)), has_distinct_(has_distinct) {}

  absl::Status Process(const Batch& in, const std::vector<Column>& args,
                       Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      if (args[0].IsNull(i)) {
        return absl::InvalidArgumentError("str:tokenize: the input string cannot be null");
      }
      if (args[1].IsNull(i)) {
        return absl::InvalidArgumentError("str:tokenize: the regex cannot be null");
      }
      TALON_ASSIGN_OR_RETURN(std::shared_ptr<const JavaRegex> re,
                             regex_.Get("str:tokenize", args[1].Get(i)));
      bool distinct = has_distinct_ && !args[2].IsNull(i) && args[2].ints()[i] != 0;
      std::set<std::string_view> seen;
      const std::string& text = args[0].strings()[i];
      for (std::string_view token : re->Split(text)) {
        if (distinct && !seen.insert(token).second) continue;
        AppendWith(in, i, {Value::String(std::string(token))}, out);
      }
    }
    return absl::OkStatus();
  }

 private:
  RegexSource regex_;
  bool has_distinct_;
};

// pol2Cart(theta, rho[, z]): polar degrees to Cartesian x, y (and z passed on), Siddhi core's
// Pol2CartStreamFunctionProcessor.
class Pol2Cart : public StreamFunction {
 public:
  explicit Pol2Cart(bool has_z) : has_z_(has_z) {}
  absl::Status Process(const Batch& in, const std::vector<Column>& args,
                       Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      bool null = args[0].IsNull(i) || args[1].IsNull(i) || (has_z_ && args[2].IsNull(i));
      if (null) return absl::InvalidArgumentError("pol2Cart: arguments cannot be null");
      double theta = args[0].doubles()[i] * M_PI / 180.0;
      double rho = args[1].doubles()[i];
      std::vector<Value> extra = {Value::Double(rho * std::cos(theta)),
                                  Value::Double(rho * std::sin(theta))};
      if (has_z_) extra.push_back(Value::Double(args[2].doubles()[i]));
      AppendWith(in, i, extra, out);
    }
    return absl::OkStatus();
  }

 private:
  bool has_z_;
};

// log([priority,] [message,] [is.event.logged]): passes events on unchanged and writes them to
// stderr (Siddhi core's LogStreamProcessor).
class Log : public StreamFunction {
 public:
  // `message_arg` is the argument holding the message, -1 when there is none.
  Log(std::string priority, int message_arg, bool log_event)
      : priority_(std::move(priority)), message_arg_(message_arg), log_event_(log_event) {}
  absl::Status Process(const Batch& in, const std::vector<Column>& args,
                       Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      std::string line = absl::StrCat("[", priority_, "]");
      if (message_arg_ >= 0) absl::StrAppend(&line, " ", args[message_arg_].Get(i).ToString());
      if (log_event_) absl::StrAppend(&line, " ", in.GetEvent(i).ToString());
      std::cerr << line << "\n";
      AppendWith(in, i, {}, out);
    }
    return absl::OkStatus();
  }

 private:
  std::string priority_;
  int message_arg_;
  bool log_event_;
};

StreamFunctionDef TokenizeDef() {
  StreamFunctionDef def;
  def.ns = "str";
  def.name = "tokenize";
  def.signature = "#str:tokenize(<string> input, <string> regex[, <bool> distinct]) -> token string";
  def.description = "Splits the input on the regex and emits one event per token.";
  def.example = "from S#str:tokenize(text, ',') select token insert into Tokens";
  def.resolve = [](const std::vector<ArgInfo>& args,
                   const Schema&) -> frontend::Lookup<std::vector<Attribute>> {
    if (args.size() < 2 || args.size() > 3) {
      return LookupError{DiagCode::kWrongArgumentCount,
                         absl::StrCat("'str:tokenize' expects 2 or 3 arguments, found ",
                                      args.size()),
                         -1};
    }
    if (args[0].type != Type::kString) return WrongType("str:tokenize", 0, "a string", args[0].type);
    if (args[1].type != Type::kString) return WrongType("str:tokenize", 1, "a string", args[1].type);
    if (args.size() == 3 && args[2].type != Type::kBool) {
      return WrongType("str:tokenize", 2, "a bool", args[2].type);
    }
    if (std::optional<LookupError> bad = CheckConstantRegex(args, 1)) return *bad;
    return std::vector<Attribute>{{"token", Type::kString}};
  };
  def.bind = [](const std::vector<ArgInfo>& args,
                const Schema&) -> absl::StatusOr<std::unique_ptr<StreamFunction>> {
    TALON_ASSIGN_OR_RETURN(std::shared_ptr<const JavaRegex> constant,
                           RegexSource::CompileConstant(args, 1));
    return std::make_unique<Tokenize>(std::move(constant), args.size() == 3);
  };
  return def;
}

StreamFunctionDef Pol2CartDef() {
  StreamFunctionDef def;
  def.name = "pol2Cart";
  def.signature = "#pol2Cart(<double> theta, <double> rho[, <double> z]) -> x double, y double[, z double]";
  def.description = "Converts polar coordinates (theta in degrees) to Cartesian coordinates.";
  def.example = "from PolarStream#pol2Cart(theta, rho) select x, y insert into Out";
  def.resolve = [](const std::vector<ArgInfo>& args,
                   const Schema&) -> frontend::Lookup<std::vector<Attribute>> {
    if (args.size() != 2 && args.size() != 3) {
      return LookupError{DiagCode::kWrongArgumentCount,
                         absl::StrCat("'pol2Cart' expects 2 or 3 arguments, found ", args.size()),
                         -1};
    }
    for (size_t a = 0; a < args.size(); ++a) {
      if (args[a].type != Type::kDouble) {
        return WrongType("pol2Cart", static_cast<int>(a), "a double", args[a].type);
      }
    }
    std::vector<Attribute> out = {{"x", Type::kDouble}, {"y", Type::kDouble}};
    if (args.size() == 3) out.push_back({"z", Type::kDouble});
    return out;
  };
  def.bind = [](const std::vector<ArgInfo>& args,
                const Schema&) -> absl::StatusOr<std::unique_ptr<StreamFunction>> {
    return std::make_unique<Pol2Cart>(args.size() == 3);
  };
  return def;
}

StreamFunctionDef LogDef() {
  StreamFunctionDef def;
  def.name = "log";
  def.signature = "#log([<string> priority,] [<string> message,] [<bool> is.event.logged])";
  def.description = "Passes events on unchanged and logs them to stderr.";
  def.example = "from S#log('INFO', 'received') select * insert into Out";
  def.resolve = [](const std::vector<ArgInfo>& args,
                   const Schema&) -> frontend::Lookup<std::vector<Attribute>> {
    // Siddhi's overloads: (), (message), (is.event.logged), (message, is.event.logged),
    // (priority, message), (priority, message, is.event.logged).
    std::string shape;
    for (const ArgInfo& a : args) {
      shape += a.type == Type::kString ? 'S' : a.type == Type::kBool ? 'B' : '?';
    }
    static const std::set<std::string> kOverloads = {"", "S", "B", "SB", "SS", "SSB"};
    if (!kOverloads.contains(shape)) {
      return LookupError{DiagCode::kWrongArgumentType,
                         "'log' takes ([priority string,] [message string,] [is.event.logged "
                         "bool]); these arguments match none of its forms",
                         -1};
    }
    return std::vector<Attribute>{};
  };
  def.bind = [](const std::vector<ArgInfo>& args,
                const Schema&) -> absl::StatusOr<std::unique_ptr<StreamFunction>> {
    // Siddhi's overloads: (), (message), (priority, message), (priority, message, logged),
    // (message, logged).
    std::string priority = "INFO";
    int message_arg = -1;
    bool log_event = true;
    size_t strings = 0;
    for (const ArgInfo& a : args) strings += a.type == Type::kString;
    if (strings == 2) {
      if (args[0].constant && !args[0].constant->is_null()) {
        priority = args[0].constant->string_value();
      }
      message_arg = 1;
    } else if (strings == 1) {
      message_arg = 0;
    }
    if (!args.empty() && args.back().type == Type::kBool && args.back().constant &&
        !args.back().constant->is_null()) {
      log_event = args.back().constant->bool_value();
    }
    return std::make_unique<Log>(priority, message_arg, log_event);
  };
  return def;
}

}  // namespace

void RegisterStreamFunctions(Registry& registry) {
  registry.AddStreamFunction(TokenizeDef());
  registry.AddStreamFunction(Pol2CartDef());
  registry.AddStreamFunction(LogDef());
}

}  // namespace talon::exec
