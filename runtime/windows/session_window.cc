// #window.session(gap [, key [, allowed.latency]]): per-key sessions that close after `gap`
// milliseconds of event time without an event (Siddhi's SessionWindowProcessor). Arrivals pass
// through as current events; when a notification (scheduled at each event's ts + gap) finds a
// session past its end, the session's events expire with their own timestamps, appended to
// that chunk. With an allowed latency a closed session waits that long as the "previous"
// session, where late events can still join (and merge it with the current one).
#include <algorithm>

#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/java_hash_map.h"
#include "runtime/windows/stored_event.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

constexpr char kDefaultKey[] = "default-key";

// A SessionComplexEventChunk: the session's events plus its timestamps. `cursor` reproduces the
// chunk's iterator position, which Siddhi's late-event insertion (insertBeforeCurrent) depends
// on: -1 before the first next().
struct Session {
  std::vector<StoredEvent> events;
  int64_t start = 0;
  int64_t end = 0;
  int64_t alive = 0;
  int64_t cursor = -1;

  bool empty() const { return events.empty(); }
  void Set(int64_t s, int64_t e, int64_t a) {
    start = s;
    end = e;
    alive = a;
  }
  void Clear() {
    events.clear();
    cursor = -1;
  }
  // `if (hasNext()) next();` followed by insertBeforeCurrent(added...).
  void StepAndInsert(std::vector<StoredEvent> added) {
    if (cursor + 1 < static_cast<int64_t>(events.size())) ++cursor;
    int64_t at = std::max<int64_t>(cursor, 0);
    if (events.empty()) at = 0;
    events.insert(events.begin() + at, std::make_move_iterator(added.begin()),
                  std::make_move_iterator(added.end()));
    if (cursor >= 0) cursor += static_cast<int64_t>(added.size());
  }
};

struct SessionContainer {
  Session current;
  Session previous;
};

struct SessionState : TimedWindowState {
  explicit SessionState(const Schema&) {}
  JavaHashMap<SessionContainer> sessions;
  std::vector<StoredEvent> expired;  // expiredEventChunk, flushed at the end of each chunk
};

class SessionWindow final : public TypedWindow<SessionState> {
 public:
  SessionWindow(Schema schema, int64_t gap, int key_column, int64_t latency)
      : TypedWindow(std::move(schema)), gap_(gap), key_column_(key_column), latency_(latency) {}

 protected:
  absl::Status OnEvents(SessionState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      std::string key = kDefaultKey;
      if (key_column_ >= 0) key = in.column(key_column_).Get(i).ToString();
      if (s.sessions.Find(key) == nullptr) s.sessions.Put(key, SessionContainer{});
      SessionContainer& container = *s.sessions.Find(key);
      if (Add(s, container, in, i)) out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
    }
    FlushExpired(s, out);
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void OnTimer(SessionState& s, Timestamp timer, Timestamp, Batch& out) const override {
    CurrentTimeout(s, timer);
    if (latency_ > 0) PreviousTimeout(s, timer);
    FlushExpired(s, out);
  }

  void Held(const SessionState& s, Batch& out) const override {
    s.sessions.ForEach([&](const std::string&, const SessionContainer& c) {
      for (const StoredEvent& e : c.previous.events) e.Emit(EventKind::kCurrent, e.timestamp, out);
      for (const StoredEvent& e : c.current.events) e.Emit(EventKind::kCurrent, e.timestamp, out);
    });
  }
  size_t HeldCount(const SessionState& s) const override {
    size_t n = 0;
    s.sessions.ForEach([&](const std::string&, const SessionContainer& c) {
      n += c.current.events.size() + c.previous.events.size();
    });
    return n;
  }

 private:
  // Adds an arrival to its session; false when the event is late past every session and is
  // dropped from the output too.
  bool Add(SessionState& s, SessionContainer& c, const Batch& in, size_t i) const {
    int64_t ts = in.timestamp(i);
    int64_t max_ts = ts + gap_;
    int64_t alive_ts = max_ts + latency_;
    StoredEvent event = StoredEvent::FromRow(in, i);
    Session& current = c.current;
    if (current.empty()) {
      current.events.push_back(std::move(event));
      current.Set(ts, max_ts, alive_ts);
      s.timers.NotifyAt(max_ts);
      return true;
    }
    if (ts >= current.start) {
      if (ts <= current.end) {
        current.Set(current.start, max_ts, alive_ts);
        current.events.push_back(std::move(event));
        s.timers.NotifyAt(max_ts);
      } else if (latency_ > 0) {
        MoveCurrentToPrevious(s, c);
        current.Clear();
        current.Set(ts, max_ts, alive_ts);
        current.events.push_back(std::move(event));
        s.timers.NotifyAt(max_ts);
      }
      return true;
    }
    return AddLate(c, ts, std::move(event));
  }

  void MoveCurrentToPrevious(SessionState& s, SessionContainer& c) const {
    Session& current = c.current;
    Session& previous = c.previous;
    if (!previous.empty()) {
      for (StoredEvent& e : previous.events) s.expired.push_back(std::move(e));
      previous.Clear();
    }
    for (const StoredEvent& e : current.events) previous.events.push_back(e);
    previous.Set(current.start, current.end, current.alive);
    s.timers.NotifyAt(current.alive);
  }

  // addLateEvent.
  bool AddLate(SessionContainer& c, int64_t ts, StoredEvent event) const {
    Session& current = c.current;
    Session& previous = c.previous;
    if (ts >= current.start - gap_) {
      current.StepAndInsert({std::move(event)});
      current.start = ts;
      if (latency_ > 0) Merge(previous, current);
      return true;
    }
    if (latency_ <= 0) return false;
    if (previous.empty()) return false;
    if (ts < previous.start - gap_) return false;
    previous.events.push_back(std::move(event));
    if (ts <= previous.end - gap_ && ts < previous.start) {
      previous.start = ts;
    } else {
      previous.end = ts + gap_;
      previous.alive = ts + gap_ + latency_;
      Merge(previous, current);
    }
    return true;
  }

  // mergeWindows: the previous session joins the current one when they overlap.
  void Merge(Session& previous, Session& next) const {
    if (previous.empty() || previous.end < next.start - gap_) return;
    next.StepAndInsert(std::move(previous.events));
    next.start = previous.start;
    previous.Clear();
  }

  // Session keys with a non-empty session, ordered by end time (stable over map order).
  template <typename Pick>
  std::vector<std::pair<std::string, int64_t>> ByEnd(SessionState& s, Pick pick) const {
    std::vector<std::pair<std::string, int64_t>> ends;
    s.sessions.ForEach([&](const std::string& key, SessionContainer& c) {
      const Session& session = pick(c);
      if (!session.empty()) ends.emplace_back(key, session.end);
    });
    std::stable_sort(ends.begin(), ends.end(),
                     [](const auto& a, const auto& b) { return a.second < b.second; });
    return ends;
  }

  void CurrentTimeout(SessionState& s, int64_t ts) const {
    for (const auto& [key, end] :
         ByEnd(s, [](SessionContainer& c) -> Session& { return c.current; })) {
      SessionContainer& c = *s.sessions.Find(key);
      if (c.current.empty() || ts < end) break;
      if (latency_ > 0) {
        for (const StoredEvent& e : c.current.events) c.previous.events.push_back(e);
        c.previous.Set(c.current.start, c.current.end, c.current.alive);
        s.timers.NotifyAt(c.current.alive);
      } else {
        for (StoredEvent& e : c.current.events) s.expired.push_back(std::move(e));
      }
      c.current.Clear();
    }
  }

  void PreviousTimeout(SessionState& s, int64_t ts) const {
    for (const auto& [key, end] :
         ByEnd(s, [](SessionContainer& c) -> Session& { return c.previous; })) {
      SessionContainer& c = *s.sessions.Find(key);
      if (c.previous.empty() || ts < c.previous.alive) break;
      for (StoredEvent& e : c.previous.events) s.expired.push_back(std::move(e));
      c.previous.Clear();
    }
  }

  static void FlushExpired(SessionState& s, Batch& out) {
    for (const StoredEvent& e : s.expired) e.Emit(EventKind::kExpired, e.timestamp, out);
    s.expired.clear();
  }

  int64_t gap_;
  int key_column_;
  int64_t latency_;
};

const std::vector<WindowOverload>& Overloads() {
  static const WindowParam gap{"session.gap", kTimeTypes};
  static const WindowParam key{"session.key", TypeSet{Type::kString}, /*dynamic=*/true};
  static const WindowParam latency{"allowed.latency", kTimeTypes};
  static const std::vector<WindowOverload> overloads = {
      {{gap}},
      {{gap, key}},
      {{gap, key, latency}},
  };
  return overloads;
}

}  // namespace

WindowDef SessionWindowDef() {
  WindowDef def;
  def.name = "session";
  def.signature = WindowSignatureText("session", Overloads());
  def.description =
      "Per-key sessions that close after session.gap without events; allowed.latency keeps a "
      "closed session open to late events.";
  def.example =
      "from S#window.session(5 sec, user) select user, sum(q) as total group by user insert into T;";
  def.resolve = MakeWindowResolve(
      "session", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        if (args.size() > 1 && !args[1].is_attribute) {
          return WindowArgError(1, "window 'session' needs an attribute as its session.key, "
                                   "found a constant");
        }
        if (auto e = CheckNotNegative("session", 0, "session.gap", args[0])) return e;
        if (args.size() > 2) {
          if (auto e = CheckNotNegative("session", 2, "allowed.latency", args[2])) return e;
          if (*ConstantInteger(args[2]) > *ConstantInteger(args[0])) {
            return WindowArgError(2, "window 'session' needs an allowed.latency no greater than "
                                     "its session.gap");
          }
        }
        return std::nullopt;
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t gap, BoundInteger(*args[0], "session.gap"));
    int key_column = -1;
    int64_t latency = 0;
    if (args.size() > 1) {
      TALON_ASSIGN_OR_RETURN(key_column, BoundColumn(*args[1], "session.key"));
    }
    if (args.size() > 2) {
      TALON_ASSIGN_OR_RETURN(latency, BoundInteger(*args[2], "allowed.latency"));
    }
    return std::make_unique<SessionWindow>(input, gap, key_column, latency);
  };
  return def;
}

}  // namespace talon::exec
