#include "runtime/registry.h"

#include <algorithm>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"

namespace talon::exec {
namespace {

std::string DisplayName(std::string_view ns, std::string_view name) {
  return ns.empty() ? std::string(name) : absl::StrCat(std::string(ns), ":", std::string(name));
}

// Of several overloads' errors, the one most likely to describe what the user meant: an
// overload that at least accepted the argument count says more than one that did not.
frontend::LookupError MostSpecific(std::vector<frontend::LookupError> errors) {
  for (frontend::LookupError& error : errors) {
    if (error.code != DiagCode::kWrongArgumentCount) return std::move(error);
  }
  return std::move(errors.front());
}

}  // namespace

std::unique_ptr<Registry> Registry::CreateWithBuiltins() {
  auto registry = std::make_unique<Registry>();
  // The single list of built-in families (STYLE.md 2.6): registration is explicit, never a
  // static initializer that the linker could drop.
  RegisterCoreFunctions(*registry);
  RegisterMathFunctions(*registry);
  RegisterStringFunctions(*registry);
  RegisterRegexFunctions(*registry);
  RegisterTimeFunctions(*registry);
  RegisterBuiltinAggregators(*registry);
  RegisterBuiltinWindows(*registry);
  RegisterStreamFunctions(*registry);
  return registry;
}

std::string Registry::Key(std::string_view ns, std::string_view name) {
  return absl::StrCat(std::string(ns), ":", std::string(name));
}

void Registry::AddScalar(ScalarFunctionDef def) {
  int id = static_cast<int>(scalars_.size());
  scalar_index_[Key(def.ns, def.name)].push_back(id);
  scalars_.push_back(std::move(def));
}

void Registry::AddAggregator(AggregatorDef def) {
  int id = static_cast<int>(aggregators_.size());
  aggregator_index_[Key(def.ns, def.name)].push_back(id);
  aggregators_.push_back(std::move(def));
}

void Registry::AddStreamFunction(StreamFunctionDef def) {
  int id = static_cast<int>(stream_functions_.size());
  stream_function_index_[Key(def.ns, def.name)].push_back(id);
  stream_functions_.push_back(std::move(def));
}

void Registry::AddWindow(WindowDef def) {
  int id = static_cast<int>(windows_.size());
  window_index_[Key(def.ns, def.name)].push_back(id);
  windows_.push_back(std::move(def));
}

frontend::Lookup<frontend::FunctionRef> Registry::LookupFunction(
    std::string_view ns, std::string_view name,
    const std::vector<frontend::ArgInfo>& args) const {
  auto it = scalar_index_.find(Key(ns, name));
  if (it == scalar_index_.end()) {
    // The analyzer adds the "did you mean" note from FunctionNames().
    return frontend::LookupError{DiagCode::kUnknownFunction,
                                 absl::StrCat("no function '", DisplayName(ns, name), "'"), -1};
  }
  // Overloads are tried in registration order; the first that accepts the arguments wins.
  std::vector<frontend::LookupError> errors;
  for (int id : it->second) {
    const ScalarFunctionDef& def = scalars_[id];
    frontend::Lookup<Type> resolved = def.resolve(args);
    if (const Type* type = std::get_if<Type>(&resolved)) {
      return frontend::FunctionRef{id, *type, def.stateful};
    }
    errors.push_back(std::get<frontend::LookupError>(std::move(resolved)));
  }
  return MostSpecific(std::move(errors));
}

std::optional<frontend::Lookup<frontend::AggregatorRef>> Registry::LookupAggregator(
    std::string_view ns, std::string_view name,
    const std::vector<frontend::ArgInfo>& args) const {
  auto it = aggregator_index_.find(Key(ns, name));
  if (it == aggregator_index_.end()) return std::nullopt;
  std::vector<frontend::LookupError> errors;
  for (int id : it->second) {
    frontend::Lookup<Type> resolved = aggregators_[id].resolve(args);
    if (const Type* type = std::get_if<Type>(&resolved)) {
      return frontend::AggregatorRef{id, *type};
    }
    errors.push_back(std::get<frontend::LookupError>(std::move(resolved)));
  }
  return MostSpecific(std::move(errors));
}

frontend::Lookup<frontend::WindowRef> Registry::LookupWindow(
    std::string_view ns, std::string_view name,
    const std::vector<frontend::ArgInfo>& args) const {
  auto it = window_index_.find(Key(ns, name));
  if (it == window_index_.end()) {
    return frontend::LookupError{DiagCode::kUnknownWindow,
                                 absl::StrCat("no window '", DisplayName(ns, name), "'"), -1};
  }
  std::vector<frontend::LookupError> errors;
  for (int id : it->second) {
    const WindowDef& def = windows_[id];
    frontend::Lookup<frontend::WindowRef> resolved = def.resolve(args);
    if (auto* ref = std::get_if<frontend::WindowRef>(&resolved)) {
      ref->id = id;
      // The row states whether the window kind emits expired events; resolve may narrow it
      // for particular arguments.
      ref->emits_expired = ref->emits_expired && def.emits_expired;
      return *ref;
    }
    errors.push_back(std::get<frontend::LookupError>(std::move(resolved)));
  }
  return MostSpecific(std::move(errors));
}

frontend::Lookup<frontend::StreamFunctionRef> Registry::LookupStreamFunction(
    std::string_view ns, std::string_view name, const std::vector<frontend::ArgInfo>& args,
    const Schema& input) const {
  auto it = stream_function_index_.find(Key(ns, name));
  if (it == stream_function_index_.end()) {
    return frontend::LookupError{
        DiagCode::kUnknownFunction,
        absl::StrCat("no stream function '", DisplayName(ns, name), "'"), -1};
  }
  std::vector<frontend::LookupError> errors;
  for (int id : it->second) {
    frontend::Lookup<std::vector<Attribute>> resolved = stream_functions_[id].resolve(args, input);
    if (auto* appended = std::get_if<std::vector<Attribute>>(&resolved)) {
      return frontend::StreamFunctionRef{id, std::move(*appended)};
    }
    errors.push_back(std::get<frontend::LookupError>(std::move(resolved)));
  }
  return MostSpecific(std::move(errors));
}

std::vector<std::string> Registry::FunctionNames(std::string_view ns) const {
  // Scalars and aggregators share the call syntax, so both are "did you mean" candidates.
  std::set<std::string> names;
  for (const ScalarFunctionDef& def : scalars_) {
    if (def.ns == ns) names.insert(def.name);
  }
  for (const AggregatorDef& def : aggregators_) {
    if (def.ns == ns) names.insert(def.name);
  }
  return std::vector<std::string>(names.begin(), names.end());
}

}  // namespace talon::exec
