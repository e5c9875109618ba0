// WindowExpression: the condition of #window.expression / #window.expressionBatch, written as a
// CQL expression string over the window's events (Siddhi compiles it with SiddhiCompiler at
// run time). An unqualified attribute reads the event being evaluated, `first.x` the oldest
// event held and `last.x` the newest; eventTimestamp(first|last) their timestamps; aggregators
// (count(), sum(price), ...) run in sliding mode: evaluating as a current event adds to them, as
// an expired event removes from them, and a reset clears them, as Siddhi's executors do when
// the window hands them a StateEvent of that type. Scalar functions come from the registry.
//
// Unlike Siddhi, every aggregator of the expression is updated on each evaluation, even one on
// the right of an `and`/`or` that Java's short-circuit would skip.
#ifndef TALON_RUNTIME_WINDOWS_WINDOW_EXPRESSION_H_
#define TALON_RUNTIME_WINDOWS_WINDOW_EXPRESSION_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/base/schema.h"
#include "runtime/aggregators/aggregator.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {

// One event the expression reads: row `row` of `batch`.
struct EventRef {
  const Batch* batch = nullptr;
  size_t row = 0;
};

class WindowExpression {
 public:
  // Per window state: the aggregators' running values.
  struct State {
    std::vector<std::unique_ptr<AggregatorState>> aggregates;
  };

  // Parses and binds `text` over events of `schema`. InvalidArgument when it does not parse,
  // names an unknown attribute or function, or is not bool ("Expression ('...') does not
  // return Bool", as Siddhi says).
  static absl::StatusOr<std::unique_ptr<WindowExpression>> Compile(std::string_view text,
                                                                   const Schema& schema);

  const std::string& text() const { return text_; }
  std::unique_ptr<State> CreateState() const;

  // Evaluates for `event` with `first` and `last` as the window's ends. `kind` is the
  // StateEvent's type: kCurrent adds `event` to the aggregators, kExpired removes it, kReset
  // clears them (and the result is then meaningless). NULL counts as false.
  absl::StatusOr<bool> Evaluate(State& state, EventKind kind, EventRef event, EventRef first,
                                EventRef last, Timestamp now) const;

 private:
  struct AggregateCall {
    std::unique_ptr<Aggregator> aggregator;
    std::vector<std::unique_ptr<ExprKernel>> args;  // over the scope
  };

  WindowExpression() = default;

  std::string text_;
  Schema schema_;  // of the events
  Schema scope_;   // event ++ first ++ last ++ their timestamps ++ aggregate results
  std::unique_ptr<ExprKernel> condition_;
  std::vector<AggregateCall> aggregates_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_WINDOWS_WINDOW_EXPRESSION_H_
