// Registry: every function, aggregator, window and stream function Talon knows, built-in or
// added by an embedder, and the frontend::Catalog view of them. Built-ins register through the
// same Add* calls an extension would use (RegisterBuiltins lists the families).
#ifndef TALON_RUNTIME_REGISTRY_H_
#define TALON_RUNTIME_REGISTRY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "frontend/catalog.h"
#include "runtime/aggregators/aggregator.h"
#include "runtime/functions/scalar_function.h"
#include "runtime/functions/stream_function.h"
#include "runtime/windows/window.h"

namespace talon::exec {

class Registry final : public frontend::Catalog {
 public:
  Registry() = default;

  // A registry holding every built-in family.
  static std::unique_ptr<Registry> CreateWithBuiltins();

  void AddScalar(ScalarFunctionDef def);
  void AddAggregator(AggregatorDef def);
  void AddWindow(WindowDef def);
  void AddStreamFunction(StreamFunctionDef def);

  const ScalarFunctionDef& scalar(int id) const { return scalars_[id]; }
  const AggregatorDef& aggregator(int id) const { return aggregators_[id]; }
  const WindowDef& window(int id) const { return windows_[id]; }
  const StreamFunctionDef& stream_function(int id) const { return stream_functions_[id]; }
  const std::vector<ScalarFunctionDef>& scalars() const { return scalars_; }
  const std::vector<AggregatorDef>& aggregators() const { return aggregators_; }
  const std::vector<WindowDef>& windows() const { return windows_; }

  // frontend::Catalog
  frontend::Lookup<frontend::FunctionRef> LookupFunction(
      std::string_view ns, std::string_view name,
      const std::vector<frontend::ArgInfo>& args) const override;
  std::optional<frontend::Lookup<frontend::AggregatorRef>> LookupAggregator(
      std::string_view ns, std::string_view name,
      const std::vector<frontend::ArgInfo>& args) const override;
  frontend::Lookup<frontend::WindowRef> LookupWindow(
      std::string_view ns, std::string_view name,
      const std::vector<frontend::ArgInfo>& args) const override;
  frontend::Lookup<frontend::StreamFunctionRef> LookupStreamFunction(
      std::string_view ns, std::string_view name, const std::vector<frontend::ArgInfo>& args,
      const Schema& input) const override;
  std::vector<std::string> FunctionNames(std::string_view ns) const override;

 private:
  static std::string Key(std::string_view ns, std::string_view name);

  std::vector<ScalarFunctionDef> scalars_;
  std::vector<AggregatorDef> aggregators_;
  std::vector<WindowDef> windows_;
  std::vector<StreamFunctionDef> stream_functions_;
  // "ns:name" -> ids of every overload, tried in registration order.
  absl::flat_hash_map<std::string, std::vector<int>> scalar_index_;
  absl::flat_hash_map<std::string, std::vector<int>> aggregator_index_;
  absl::flat_hash_map<std::string, std::vector<int>> window_index_;
  absl::flat_hash_map<std::string, std::vector<int>> stream_function_index_;
};

// The built-in families; each lives in its own file.
void RegisterCoreFunctions(Registry& registry);    // functions/core.cc
void RegisterMathFunctions(Registry& registry);    // functions/math.cc
void RegisterStringFunctions(Registry& registry);  // functions/str.cc
void RegisterRegexFunctions(Registry& registry);   // functions/regex.cc
void RegisterTimeFunctions(Registry& registry);    // functions/time.cc
void RegisterBuiltinAggregators(Registry& registry);  // aggregators/*.cc
void RegisterBuiltinWindows(Registry& registry);      // windows/*.cc
void RegisterStreamFunctions(Registry& registry);     // functions/stream_functions.cc

}  // namespace talon::exec

#endif  // TALON_RUNTIME_REGISTRY_H_
