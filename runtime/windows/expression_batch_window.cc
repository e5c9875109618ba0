// #window.expressionBatch(expression [, include.triggering.event [, stream.current.event]]): a
// batch window that collects events while a condition over them holds and flushes them when it
// fails (Siddhi's ExpressionBatchWindowProcessor). On a failing arrival the aggregators of the
// condition restart from that event alone, and one chunk leaves: the previous batch as expired
// events, then the collected batch (stamped with the clock), then (if included) the triggering
// event, which otherwise opens the next batch. With stream.current.event, arrivals leave at once
// and the failing one expires the collected events. The expression is a string constant or an
// attribute (a new value restarts the window and re-admits what it holds).
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_expression.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct ExpressionBatchState : TimedWindowState {
  explicit ExpressionBatchState(const Schema& schema) : current(schema), expired(schema) {}
  EventQueue current;  // currentEventQueue (may hold expired events in stream mode)
  EventQueue expired;  // expiredEventQueue
  std::shared_ptr<const WindowExpression> expression;
  std::unique_ptr<WindowExpression::State> aggregates;
  bool has_text = false;
};

struct ExpressionBatchParams {
  std::shared_ptr<const WindowExpression> fixed;  // a constant expression
  int expression_column = -1;                     // else the attribute carrying it
  bool include = false;                           // include.triggering.event constant
  int include_column = -1;                        // or the attribute carrying it
  bool stream_current = false;
};

class ExpressionBatchWindow final : public TypedWindow<ExpressionBatchState> {
 public:
  ExpressionBatchWindow(Schema schema, ExpressionBatchParams p)
      : TypedWindow(std::move(schema)), p_(std::move(p)) {}

  std::unique_ptr<WindowState> CreateState() const override {
    auto s = std::make_unique<ExpressionBatchState>(schema());
    if (p_.fixed) {
      s->expression = p_.fixed;
      s->aggregates = p_.fixed->CreateState();
      s->has_text = true;
    }
    return s;
  }

 protected:
  absl::Status OnEvents(ExpressionBatchState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      EventQueue event(schema());
      event.Push(in, i, in.timestamp(i));
      bool include = Include(in, i);
      if (p_.expression_column >= 0) {
        TALON_RETURN_IF_ERROR(Recompile(s, in, i, include, now, out));
      }
      if (p_.stream_current) {
        TALON_RETURN_IF_ERROR(AdmitStreaming(s, event, include, now, /*output=*/true, out));
      } else {
        TALON_RETURN_IF_ERROR(Admit(s, event, include, now, out));
      }
    }
    return absl::OkStatus();
  }

  void Held(const ExpressionBatchState& s, Batch& out) const override {
    s.current.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const ExpressionBatchState& s) const override {
    return s.current.size() + s.expired.size();
  }

 private:
  // `(executor != null && executor(event)) || include`.
  bool Include(const Batch& in, size_t i) const {
    if (p_.include_column >= 0) {
      const Column& c = in.column(p_.include_column);
      if (!c.IsNull(i) && c.ints()[i] != 0) return true;
    }
    return p_.include;
  }

  absl::Status Recompile(ExpressionBatchState& s, const Batch& in, size_t i, bool include,
                         Timestamp now, Batch& out) const {
    const Column& c = in.column(p_.expression_column);
    if (c.IsNull(i)) {
      return absl::InvalidArgumentError("#window.expressionBatch: the expression is null");
    }
    const std::string& text = c.strings()[i];
    if (s.has_text && s.expression->text() == text) return absl::OkStatus();
    TALON_ASSIGN_OR_RETURN(std::unique_ptr<WindowExpression> compiled,
                           WindowExpression::Compile(text, schema()));
    s.expression = std::move(compiled);
    s.aggregates = s.expression->CreateState();
    s.has_text = true;
    if (!p_.stream_current) {
      EventQueue old = std::move(s.current);
      s.current = EventQueue(schema());
      for (size_t k = 0; k < old.size(); ++k) {
        EventQueue one(schema());
        one.Push(old.store(), old.row(k), old.timestamp(k));
        TALON_RETURN_IF_ERROR(Admit(s, one, include, now, out));
      }
    } else {
      EventQueue old = std::move(s.expired);
      s.expired = EventQueue(schema());
      for (size_t k = 0; k < old.size(); ++k) {
        // Re-admitted as the expired copies they are: what the window keeps of them in its
        // current queue leaves as expired events with the next arrival.
        EventQueue one(schema());
        one.Push(old.store(), old.row(k), old.timestamp(k), EventKind::kExpired);
        TALON_RETURN_IF_ERROR(AdmitStreaming(s, one, include, now, /*output=*/false, out));
      }
    }
    return absl::OkStatus();
  }

  // Evaluates for `event` (its only event) with `first` as the window's first; on failure
  // restarts the aggregators from `event` (RESET then CURRENT, as Siddhi does).
  absl::StatusOr<bool> Check(ExpressionBatchState& s, const EventQueue& event, EventRef first,
                             Timestamp now) const {
    EventRef e{&event.store(), event.row(0)};
    TALON_ASSIGN_OR_RETURN(bool holds,
                           s.expression->Evaluate(*s.aggregates, EventKind::kCurrent, e, first, e, now));
    if (holds) return true;
    TALON_RETURN_IF_ERROR(
        s.expression->Evaluate(*s.aggregates, EventKind::kReset, e, first, e, now).status());
    TALON_RETURN_IF_ERROR(
        s.expression->Evaluate(*s.aggregates, EventKind::kCurrent, e, first, e, now).status());
    return false;
  }

  // processStreamEvent.
  absl::Status Admit(ExpressionBatchState& s, const EventQueue& event, bool include,
                     Timestamp now, Batch& out) const {
    EventRef first = s.current.empty() ? EventRef{&event.store(), event.row(0)}
                                       : EventRef{&s.current.store(), s.current.row(0)};
    TALON_ASSIGN_OR_RETURN(bool holds, Check(s, event, first, now));
    if (holds) {
      s.current.Push(event.store(), event.row(0), event.timestamp(0));
      return absl::OkStatus();
    }
    s.expired.EmitAll(EventKind::kExpired, now, out);
    s.expired.Clear();
    if (!s.current.empty()) {
      for (size_t k = 0; k < s.current.size(); ++k) {
        s.expired.Push(s.current.store(), s.current.row(k), now, EventKind::kExpired);
      }
      s.current.EmitAll(EventKind::kCurrent, now, out);
      s.current.Clear();
      if (include) {
        event.Emit(0, EventKind::kCurrent, out);
        s.expired.Push(event.store(), event.row(0), now, EventKind::kExpired);
      } else {
        s.current.Push(event.store(), event.row(0), event.timestamp(0));
      }
    } else {
      event.Emit(0, EventKind::kExpired, now, out);
      event.Emit(0, EventKind::kCurrent, now, out);
    }
    EndChunk(out, now);
    return absl::OkStatus();
  }

  // processStreamEventAsStream. With `output` false (re-admission after a new expression) what
  // would leave is kept in the current queue and leaves with the next arrival.
  absl::Status AdmitStreaming(ExpressionBatchState& s, const EventQueue& event, bool include,
                              Timestamp now, bool output, Batch& out) const {
    EventRef first = s.expired.empty() ? EventRef{&event.store(), event.row(0)}
                                       : EventRef{&s.expired.store(), s.expired.row(0)};
    if (output && !s.current.empty()) {
      s.current.EmitAllAsStored(out);
      s.current.Clear();
    }
    TALON_ASSIGN_OR_RETURN(bool holds, Check(s, event, first, now));
    if (holds) {
      s.expired.Push(event.store(), event.row(0), event.timestamp(0), EventKind::kExpired);
      if (output) {
        event.Emit(0, EventKind::kCurrent, out);
        EndChunk(out, now);
      }
      return absl::OkStatus();
    }
    if (!s.expired.empty()) {
      if (include) {
        if (output) {
          event.Emit(0, EventKind::kCurrent, out);
          s.expired.EmitAll(EventKind::kExpired, now, out);
          event.Emit(0, EventKind::kExpired, now, out);
        } else {
          for (size_t k = 0; k < s.expired.size(); ++k) {
            s.current.Push(s.expired.store(), s.expired.row(k), now, EventKind::kExpired);
          }
          s.current.Push(event.store(), event.row(0), event.timestamp(0), EventKind::kExpired);
        }
        s.expired.Clear();
      } else {
        if (output) {
          s.expired.EmitAll(EventKind::kExpired, now, out);
          event.Emit(0, EventKind::kCurrent, out);
        } else {
          for (size_t k = 0; k < s.expired.size(); ++k) {
            s.current.Push(s.expired.store(), s.expired.row(k), now, EventKind::kExpired);
          }
        }
        s.expired.Clear();
        s.expired.Push(event.store(), event.row(0), event.timestamp(0), EventKind::kExpired);
      }
    } else if (output) {
      event.Emit(0, EventKind::kExpired, now, out);
      event.Emit(0, EventKind::kCurrent, now, out);
    } else {
      s.current.Push(event.store(), event.row(0), event.timestamp(0), event.kind(0));
    }
    if (output) EndChunk(out, now);
    return absl::OkStatus();
  }

  ExpressionBatchParams p_;
};

const std::vector<WindowOverload>& Overloads() {
  static const WindowParam expression{"expression", TypeSet{Type::kString, Type::kBool},
                                      /*dynamic=*/true};
  static const WindowParam include{"include.triggering.event", TypeSet{Type::kBool},
                                   /*dynamic=*/true};
  static const WindowParam stream{"stream.current.event", TypeSet{Type::kBool}};
  static const std::vector<WindowOverload> overloads = {
      {{expression}},
      {{expression, include}},
      {{expression, include, stream}},
  };
  return overloads;
}

}  // namespace

WindowDef ExpressionBatchWindowDef() {
  WindowDef def;
  def.name = "expressionBatch";
  def.signature = WindowSignatureText("expressionBatch", Overloads());
  def.description =
      "A batch window that collects events while the expression holds and emits them as a "
      "batch when it fails.";
  def.example =
      "from S#window.expressionBatch('count() <= 20') select sum(price) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "expressionBatch", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        if (args[0].type != Type::kString) {
          return WindowArgError(0, "window 'expressionBatch' needs the expression as a string");
        }
        if (!args[0].constant && !args[0].is_attribute) {
          return WindowArgError(0, "window 'expressionBatch' needs a string constant or attribute");
        }
        if (args.size() > 1 && !args[1].constant && !args[1].is_attribute) {
          return WindowArgError(1, "window 'expressionBatch' needs a bool constant or attribute "
                                   "as include.triggering.event");
        }
        return std::nullopt;
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    ExpressionBatchParams p;
    if (args[0]->IsConstant()) {
      TALON_ASSIGN_OR_RETURN(std::string text, BoundString(*args[0], "expression"));
      TALON_ASSIGN_OR_RETURN(p.fixed, WindowExpression::Compile(text, input));
    } else {
      TALON_ASSIGN_OR_RETURN(p.expression_column, BoundColumn(*args[0], "expression"));
    }
    if (args.size() > 1) {
      if (args[1]->IsConstant()) {
        TALON_ASSIGN_OR_RETURN(p.include, BoundBool(*args[1], "include.triggering.event"));
      } else {
        TALON_ASSIGN_OR_RETURN(p.include_column, BoundColumn(*args[1], "include.triggering.event"));
      }
    }
    if (args.size() > 2) {
      TALON_ASSIGN_OR_RETURN(p.stream_current, BoundBool(*args[2], "stream.current.event"));
    }
    return std::make_unique<ExpressionBatchWindow>(input, std::move(p));
  };
  return def;
}

}  // namespace talon::exec
