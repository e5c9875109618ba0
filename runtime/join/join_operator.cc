// Siddhi's join (JoinInputStreamParser, JoinProcessor): each side runs its filters and window;
// what the window emits (current, expired and reset events) is joined, event by event, against
// what the other side holds at that moment. A side's window is updated before its events are
// joined, so a self-join finds the arriving event in its own window.
#include "runtime/join/join_operator.h"

#include <optional>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/tables/match_scope.h"

namespace talon::exec {
namespace {

struct SideState {
  std::vector<std::unique_ptr<OperatorState>> handlers;
  std::unique_ptr<WindowState> window;
};

struct JoinState : OperatorState {
  SideState sides[2];
};

class JoinOperator : public Operator {
 public:
  explicit JoinOperator(JoinSpec spec) : spec_(std::move(spec)) {
    for (const Attribute& a : spec_.left.scope.attributes()) output_.Add(a.name, a.type);
    for (const Attribute& a : spec_.right.scope.attributes()) output_.Add(a.name, a.type);
  }

  std::unique_ptr<OperatorState> CreateState() const override {
    auto state = std::make_unique<JoinState>();
    for (int s = 0; s < 2; ++s) {
      const JoinSide& side = Side(s);
      for (const auto& h : side.handlers) state->sides[s].handlers.push_back(h->CreateState());
      if (side.window) state->sides[s].window = side.window->CreateState();
    }
    return state;
  }

  absl::Status Process(OperatorState* raw, Batch& batch, const ProcessContext& ctx) const override {
    auto* state = static_cast<JoinState*>(raw);
    Batch out(output_);
    if (spec_.same_source) {
      TALON_RETURN_IF_ERROR(ProcessSide(*state, 0, batch, ctx, out));
      if (spec_.left.kind == JoinSide::Kind::kStream) {
        TALON_RETURN_IF_ERROR(ProcessSide(*state, 1, batch, ctx, out));
      }
    } else {
      // A table publishes nothing, so its side has no input slot: every chunk is the other's.
      int s = ctx.input == 1 ? 1 : 0;
      if (Side(s).kind == JoinSide::Kind::kTable ||
          Side(s).kind == JoinSide::Kind::kAggregation) {
        s = 1 - s;
      }
      TALON_RETURN_IF_ERROR(ProcessSide(*state, s, batch, ctx, out));
    }
    batch = std::move(out);
    return absl::OkStatus();
  }

  // Each side's window fires its due timers, the left side's first (its scheduler was created
  // first), and what expires is joined like any other event of that side.
  absl::Status OnTime(OperatorState* raw, Timestamp now, Batch& out) const override {
    auto* state = static_cast<JoinState*>(raw);
    PrepareOutput(out, output_);
    ProcessContext ctx;
    ctx.now = now;
    ctx.eval.now = now;
    ctx.eval.stores = spec_.stores;
    for (int s = 0; s < 2; ++s) {
      const JoinSide& side = Side(s);
      if (!side.window) continue;
      WindowState& window = *state->sides[s].window;
      std::optional<Timestamp> due = side.window->NextWakeup(window);
      if (!due || *due > now) continue;
      Batch fired;
      TALON_RETURN_IF_ERROR(side.window->OnTime(window, now, fired));
      if (side.triggers) TALON_RETURN_IF_ERROR(Join(*state, s, fired, ctx, out));
    }
    return absl::OkStatus();
  }

  bool time_driven() const override { return spec_.left.window || spec_.right.window; }

  std::string Describe(const OperatorState* raw) const override {
    std::string out = absl::StrCat(
        "join [", spec_.on ? spec_.on->info().backend : "no condition",
        "] left: ", spec_.left.description, spec_.left.triggers ? " (triggers)" : "",
        "; right: ", spec_.right.description, spec_.right.triggers ? " (triggers)" : "");
    if (raw != nullptr) {
      const auto* state = static_cast<const JoinState*>(raw);
      for (int s = 0; s < 2; ++s) {
        if (Side(s).window) {
          absl::StrAppend(&out, s == 0 ? "; left holds " : "; right holds ",
                          Side(s).window->StateSize(*state->sides[s].window), " events");
        }
      }
    }
    return out;
  }

  std::optional<StateUsage> Usage(const OperatorState* raw) const override {
    if (!spec_.left.window && !spec_.right.window) return std::nullopt;
    StateUsage usage;
    if (raw == nullptr) return usage;
    const auto* state = static_cast<const JoinState*>(raw);
    for (int s = 0; s < 2; ++s) {
      if (!Side(s).window) continue;
      usage.events += Side(s).window->StateSize(*state->sides[s].window);
      usage.bytes += Side(s).window->StateBytes(*state->sides[s].window);
    }
    return usage;
  }

 private:
  const JoinSide& Side(int s) const { return s == 0 ? spec_.left : spec_.right; }

  // Runs a chunk that arrived for side `s` through its filters and window, then joins what the
  // window emits when the side triggers.
  absl::Status ProcessSide(JoinState& state, int s, const Batch& chunk, const ProcessContext& ctx,
                           Batch& out) const {
    const JoinSide& side = Side(s);
    SideState& side_state = state.sides[s];
    Batch events = chunk;
    for (size_t h = 0; h < side.handlers.size() && !events.empty(); ++h) {
      TALON_RETURN_IF_ERROR(side.handlers[h]->Process(side_state.handlers[h].get(), events, ctx));
    }
    if (events.empty()) return absl::OkStatus();

    Batch emitted;
    switch (side.kind) {
      case JoinSide::Kind::kStream:
        if (side.window) {
          // As WindowOperator: a notification due at `now` fires before the new events.
          std::optional<Timestamp> due = side.window->NextWakeup(*side_state.window);
          if (due && *due <= ctx.now) {
            TALON_RETURN_IF_ERROR(side.window->OnTime(*side_state.window, ctx.now, emitted));
            EndChunk(emitted, ctx.now);
          }
          TALON_RETURN_IF_ERROR(side.window->Process(*side_state.window, events, ctx.now, emitted));
        } else {
          PassThrough(events, ctx.now, emitted);
        }
        break;
      case JoinSide::Kind::kNamedWindow:
        emitted = std::move(events);  // already what the named window published
        break;
      case JoinSide::Kind::kTable:  // tables and aggregations publish nothing
      case JoinSide::Kind::kAggregation: return absl::OkStatus();
    }
    if (!side.triggers) return absl::OkStatus();
    return Join(state, s, emitted, ctx, out);
  }

  // A stream side without a window: LengthBatchWindowProcessor.processLengthZeroBatch.
  void PassThrough(const Batch& events, Timestamp now, Batch& emitted) const {
    for (const Column& c : events.columns()) emitted.columns().emplace_back(c.type());
    for (size_t i = 0; i < events.size(); ++i) {
      if (events.kind(i) != EventKind::kCurrent) continue;
      emitted.AppendRow(events, i, EventKind::kCurrent, events.timestamp(i));
      if (spec_.expects_expired) emitted.AppendRow(events, i, EventKind::kExpired, now);
      emitted.AppendRow(events, i, EventKind::kReset, now);
      EndChunk(emitted, now);
    }
  }

  // What side `s` holds for the other side to find, as current events.
  void Contents(const JoinState& state, int s, Batch& out) const {
    const JoinSide& side = Side(s);
    out = Batch(side.scope);
    switch (side.kind) {
      case JoinSide::Kind::kStream:
        if (side.window) side.window->Contents(*state.sides[s].window, out);
        return;
      case JoinSide::Kind::kNamedWindow: side.named_window->Contents(out); return;
      case JoinSide::Kind::kTable: side.table->Scan(out); return;
      case JoinSide::Kind::kAggregation: return;  // read per arriving event: see Join
    }
  }

  // Appends one joined row: row `li` of `left` beside row `ri` of `right`; a missing side
  // (nullptr) is NULLs.
  void AppendJoined(const Batch* left, size_t li, const Batch* right, size_t ri, EventKind kind,
                    Timestamp ts, Batch& out) const {
    size_t c = 0;
    auto add = [&](const Batch* side, size_t row, size_t width) {
      for (size_t k = 0; k < width; ++k, ++c) {
        Column& column = out.column(c);
        if (side == nullptr) {
          column.Resize(column.size() + 1);
        } else {
          column.AppendFrom(side->column(k), row);
        }
      }
    };
    add(left, li, spec_.left.scope.size());
    add(right, ri, spec_.right.scope.size());
    out.timestamps().push_back(ts);
    out.kinds().push_back(kind);
  }

  // Joins every event side `s` emitted against what the other side holds now.
  absl::Status Join(const JoinState& state, int s, const Batch& emitted, const ProcessContext& ctx,
                    Batch& out) const {
    if (emitted.empty()) return absl::OkStatus();
    const int other = 1 - s;
    const bool left = s == 0;
    std::optional<Batch> found;  // the other side's contents, read once per chunk
    for (size_t r = 0; r < emitted.size(); ++r) {
      EventKind kind = emitted.kind(r);
      Timestamp ts = emitted.timestamp(r);
      if (kind == EventKind::kTimer) continue;
      if (kind == EventKind::kReset) {
        // The selector resets its aggregates (JoinProcessor forwards RESET with a null side).
        AppendJoined(nullptr, 0, nullptr, 0, EventKind::kReset, ts, out);
        EndChunk(out, ts);
        continue;
      }
      if (Side(other).kind == JoinSide::Kind::kAggregation) {
        // An aggregation's buckets depend on the arriving event (`within` and `per` read it).
        TALON_ASSIGN_OR_RETURN(found, Side(other).aggregation->Find(emitted, r, ctx.eval));
      } else if (!found) {
        found.emplace();
        Contents(state, other, *found);
      }
      TALON_RETURN_IF_ERROR(MatchRows(spec_.on.get(), emitted, r, emitted.column_count(), *found,
                                      left, ctx.eval, scratch_, mask_));
      bool matched = false;
      for (size_t j = 0; j < found->size(); ++j) {
        if (!mask_[j]) continue;
        matched = true;
        if (left) {
          AppendJoined(&emitted, r, &*found, j, kind, ts, out);
        } else {
          AppendJoined(&*found, j, &emitted, r, kind, ts, out);
        }
      }
      if (!matched && Side(s).outer) {
        if (left) {
          AppendJoined(&emitted, r, nullptr, 0, kind, ts, out);
        } else {
          AppendJoined(nullptr, 0, &emitted, r, kind, ts, out);
        }
      }
      EndChunk(out, ts);
    }
    return absl::OkStatus();
  }

  JoinSpec spec_;
  Schema output_;
  // Scratch reused across calls; one thread drives an app.
  mutable Batch scratch_;
  mutable std::vector<uint8_t> mask_;
};

}  // namespace

std::unique_ptr<Operator> MakeJoinOperator(JoinSpec spec) {
  return std::make_unique<JoinOperator>(std::move(spec));
}

}  // namespace talon::exec
