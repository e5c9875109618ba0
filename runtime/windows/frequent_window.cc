// #window.frequent(n [, attribute ...]): keeps the events of the n most frequent keys, by the
// Misra-Gries counting of Siddhi's (deprecated) FrequentWindowProcessor. A known key's event
// passes and replaces the stored one. A new key, when all n slots are taken, decrements the
// counts of the first n keys in ConcurrentHashMap order, expiring (stamped with the clock) those
// that reach zero; the new event passes only if that freed a slot.
#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/java_hash_map.h"
#include "runtime/windows/stored_event.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct FrequentState : TimedWindowState {
  explicit FrequentState(const Schema&) {}
  JavaHashMap<int64_t> counts;     // countMap
  JavaHashMap<StoredEvent> events;  // map: the latest event of each key
};

class FrequentWindow final : public TypedWindow<FrequentState> {
 public:
  FrequentWindow(Schema schema, int64_t count, std::vector<int> columns)
      : TypedWindow(std::move(schema)), count_(count), columns_(std::move(columns)) {}

 protected:
  absl::Status OnEvents(FrequentState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      std::string key = ConcatenatedKey(in, i, columns_);
      if (!s.events.Put(key, StoredEvent::FromRow(in, i))) {
        ++*s.counts.Find(key);
        out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
        continue;
      }
      if (static_cast<int64_t>(s.events.size()) > count_) {
        std::vector<std::string> keys = s.counts.Keys();
        for (int64_t k = 0; k < count_ && k < static_cast<int64_t>(keys.size()); ++k) {
          int64_t* c = s.counts.Find(keys[k]);
          if (--*c == 0) {
            s.counts.Remove(keys[k]);
            StoredEvent expired;
            s.events.Remove(keys[k], &expired);
            expired.Emit(EventKind::kExpired, now, out);
          }
        }
        if (static_cast<int64_t>(s.events.size()) > count_) {
          s.events.Remove(key);  // no slot freed: the event is dropped
          continue;
        }
      }
      s.counts.Put(key, 1);
      out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
    }
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void Held(const FrequentState& s, Batch& out) const override {
    s.events.ForEach([&](const std::string&, const StoredEvent& e) {
      e.Emit(EventKind::kCurrent, e.timestamp, out);
    });
  }
  size_t HeldCount(const FrequentState& s) const override { return s.events.size(); }

 private:
  int64_t count_;
  std::vector<int> columns_;
};

const std::vector<WindowOverload>& Overloads() {
  static const WindowParam count{"event.count", TypeSet{Type::kInt}};
  static const WindowParam attribute{"attribute", kAnyType, /*dynamic=*/true};
  static const std::vector<WindowOverload> overloads = {
      {{count}},
      {{count, attribute}, /*variadic=*/true},
  };
  return overloads;
}

}  // namespace

WindowDef FrequentWindowDef() {
  WindowDef def;
  def.name = "frequent";
  def.signature = WindowSignatureText("frequent", Overloads());
  def.description =
      "Keeps the latest event of the event.count most frequent keys (all attributes, or the "
      "given ones), by Misra-Gries counting.";
  def.example = "from S#window.frequent(2, cardNo) select cardNo, price insert all events into T;";
  def.resolve = MakeWindowResolve(
      "frequent", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        for (size_t i = 1; i < args.size(); ++i) {
          if (!args[i].is_attribute) {
            return WindowArgError(static_cast<int>(i),
                                  "window 'frequent' expects attributes to count by");
          }
        }
        return CheckNotNegative("frequent", 0, "event.count", args[0]);
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t count, BoundInteger(*args[0], "event.count"));
    std::vector<int> columns;
    for (size_t i = 1; i < args.size(); ++i) {
      TALON_ASSIGN_OR_RETURN(int c, BoundColumn(*args[i], "attribute"));
      columns.push_back(c);
    }
    return std::make_unique<FrequentWindow>(input, count, std::move(columns));
  };
  return def;
}

}  // namespace talon::exec
