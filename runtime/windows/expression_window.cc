// #window.expression(expression): a sliding window that holds events while a condition over
// them holds (Siddhi's ExpressionWindowProcessor). Each arrival is added and the condition
// evaluated (see window_expression.h); while it fails, the oldest events expire, stamped with
// the clock, each re-evaluating the condition with that event removed. The expression is a
// string constant, or an attribute whose value may change from event to event: a new
// expression starts from scratch and re-admits every held event.
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_expression.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct ExpressionState : TimedWindowState {
  explicit ExpressionState(const Schema& schema) : held(schema) {}
  EventQueue held;
  std::shared_ptr<const WindowExpression> expression;  // the one in force
  std::unique_ptr<WindowExpression::State> aggregates;
  bool has_text = false;
};

// A one-event batch holding a copy of event `i` of `queue` stamped `ts`.
Batch CopyOf(const EventQueue& queue, size_t i, Timestamp ts) {
  Batch one;
  for (const Column& c : queue.store().columns()) one.columns().emplace_back(c.type());
  queue.Emit(i, EventKind::kExpired, ts, one);
  return one;
}

class ExpressionWindow final : public TypedWindow<ExpressionState> {
 public:
  ExpressionWindow(Schema schema, std::shared_ptr<const WindowExpression> fixed, int column)
      : TypedWindow(std::move(schema)), fixed_(std::move(fixed)), column_(column) {}

  std::unique_ptr<WindowState> CreateState() const override {
    auto s = std::make_unique<ExpressionState>(schema());
    if (fixed_) {
      s->expression = fixed_;
      s->aggregates = fixed_->CreateState();
      s->has_text = true;
    }
    return s;
  }

 protected:
  absl::Status OnEvents(ExpressionState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      if (column_ >= 0) TALON_RETURN_IF_ERROR(Recompile(s, in, i, now, out));
      EventQueue arriving(schema());
      arriving.Push(in, i, in.timestamp(i));
      TALON_RETURN_IF_ERROR(Admit(s, arriving, 0, now, out));
      out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
    }
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void Held(const ExpressionState& s, Batch& out) const override {
    s.held.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const ExpressionState& s) const override { return s.held.size(); }

 private:
  // A new expression string: compile it and re-admit the held events (processAllExpiredEvents).
  absl::Status Recompile(ExpressionState& s, const Batch& in, size_t i, Timestamp now,
                         Batch& out) const {
    const Column& c = in.column(column_);
    if (c.IsNull(i)) return absl::InvalidArgumentError("#window.expression: the expression is null");
    const std::string& text = c.strings()[i];
    if (s.has_text && s.expression->text() == text) return absl::OkStatus();
    TALON_ASSIGN_OR_RETURN(std::unique_ptr<WindowExpression> compiled,
                           WindowExpression::Compile(text, schema()));
    s.expression = std::move(compiled);
    s.aggregates = s.expression->CreateState();
    s.has_text = true;
    EventQueue old = std::move(s.held);
    s.held = EventQueue(schema());
    for (size_t k = 0; k < old.size(); ++k) TALON_RETURN_IF_ERROR(Admit(s, old, k, now, out));
    return absl::OkStatus();
  }

  // processStreamEvent: adds event `k` of `source` and expires until the condition holds.
  absl::Status Admit(ExpressionState& s, const EventQueue& source, size_t k, Timestamp now,
                     Batch& out) const {
    s.held.Push(source.store(), source.row(k), source.timestamp(k));
    auto last = [&] { return EventRef{&s.held.store(), s.held.row(s.held.size() - 1)}; };
    EventRef first{&s.held.store(), s.held.row(0)};
    TALON_ASSIGN_OR_RETURN(bool holds, s.expression->Evaluate(*s.aggregates, EventKind::kCurrent,
                                                               last(), first, last(), now));
    if (holds) return absl::OkStatus();
    // The arriving event may itself expire, so keep a copy of it as `last`.
    Batch arriving = CopyOf(s.held, s.held.size() - 1, s.held.timestamp(s.held.size() - 1));
    EventRef last_ref{&arriving, 0};
    while (!s.held.empty()) {
      Batch expired = CopyOf(s.held, 0, now);
      out.AppendRow(expired, 0);
      s.held.PopFront();
      EventRef expired_ref{&expired, 0};
      EventRef new_first =
          s.held.empty() ? expired_ref : EventRef{&s.held.store(), s.held.row(0)};
      TALON_ASSIGN_OR_RETURN(bool ok, s.expression->Evaluate(*s.aggregates, EventKind::kExpired,
                                                             expired_ref, new_first, last_ref, now));
      if (ok) break;
    }
    return absl::OkStatus();
  }

  std::shared_ptr<const WindowExpression> fixed_;  // a constant expression
  int column_;                                     // else the attribute carrying it
};

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"expression", TypeSet{Type::kString}, /*dynamic=*/true}}},
  };
  return overloads;
}

}  // namespace

WindowDef ExpressionWindowDef() {
  WindowDef def;
  def.name = "expression";
  def.signature = WindowSignatureText("expression", Overloads());
  def.description =
      "A sliding window that holds events while the expression holds, e.g. 'count() <= 20' or "
      "'eventTimestamp(last) - eventTimestamp(first) < 3000'.";
  def.example = "from S#window.expression('count() <= 20') select sum(price) as total insert into T;";
  def.resolve = MakeWindowResolve(
      "expression", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        if (!args[0].constant && !args[0].is_attribute) {
          return WindowArgError(0, "window 'expression' needs a string constant or attribute");
        }
        return std::nullopt;
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    if (args[0]->IsConstant()) {
      TALON_ASSIGN_OR_RETURN(std::string text, BoundString(*args[0], "expression"));
      TALON_ASSIGN_OR_RETURN(std::unique_ptr<WindowExpression> expression,
                             WindowExpression::Compile(text, input));
      return std::make_unique<ExpressionWindow>(input, std::move(expression), -1);
    }
    TALON_ASSIGN_OR_RETURN(int column, BoundColumn(*args[0], "expression"));
    return std::make_unique<ExpressionWindow>(input, nullptr, column);
  };
  return def;
}

}  // namespace talon::exec
