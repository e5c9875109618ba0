// #window.lossyFrequent(support [, error [, attribute ...]]): Manku-Motwani lossy counting, as
// Siddhi's (deprecated) LossyFrequentWindowProcessor does it. An arrival passes when its key's
// count reaches (support - error) * total; every ceil(1 / error) events the keys whose
// count + bucket falls behind the current bucket expire, in ConcurrentHashMap order, stamped
// with the clock.
#include <cmath>

#include "frontend/base/status_macros.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/java_hash_map.h"
#include "runtime/windows/stored_event.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct LossyCount {
  int64_t count = 0;
  int64_t bucket = 0;
};

struct LossyFrequentState : TimedWindowState {
  explicit LossyFrequentState(const Schema&) {}
  int64_t total = 0;
  double current_bucket = 1;
  JavaHashMap<LossyCount> counts;
  JavaHashMap<StoredEvent> events;
};

class LossyFrequentWindow final : public TypedWindow<LossyFrequentState> {
 public:
  LossyFrequentWindow(Schema schema, double support, double error, std::vector<int> columns)
      : TypedWindow(std::move(schema)),
        support_(support),
        error_(error),
        width_(std::ceil(1 / error)),
        columns_(std::move(columns)) {}

 protected:
  absl::Status OnEvents(LossyFrequentState& s, const Batch& in, Timestamp now,
                        Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      ++s.total;
      if (s.total != 1) s.current_bucket = std::ceil(static_cast<double>(s.total) / width_);
      std::string key = ConcatenatedKey(in, i, columns_);
      if (!s.events.Put(key, StoredEvent::FromRow(in, i))) {
        ++s.counts.Find(key)->count;
      } else {
        s.counts.Put(key, LossyCount{1, static_cast<int64_t>(s.current_bucket) - 1});
      }
      const LossyCount* mine = s.counts.Find(key);
      if (static_cast<double>(mine->count) >=
          (support_ - error_) * static_cast<double>(s.total)) {
        out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
      }
      if (std::fmod(static_cast<double>(s.total), width_) == 0) {
        for (const std::string& k : s.counts.Keys()) {
          const LossyCount* c = s.counts.Find(k);
          if (static_cast<double>(c->count + c->bucket) <= s.current_bucket) {
            s.counts.Remove(k);
            StoredEvent expired;
            s.events.Remove(k, &expired);
            expired.Emit(EventKind::kExpired, now, out);
          }
        }
      }
    }
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void Held(const LossyFrequentState& s, Batch& out) const override {
    s.events.ForEach([&](const std::string&, const StoredEvent& e) {
      e.Emit(EventKind::kCurrent, e.timestamp, out);
    });
  }
  size_t HeldCount(const LossyFrequentState& s) const override { return s.events.size(); }

 private:
  double support_;
  double error_;
  double width_;
  std::vector<int> columns_;
};

constexpr TypeSet kFraction{Type::kDouble, Type::kFloat};

const std::vector<WindowOverload>& Overloads() {
  static const WindowParam support{"support.threshold", kFraction};
  static const WindowParam error{"error.bound", kFraction};
  static const WindowParam attribute{"attribute", kAnyType, /*dynamic=*/true};
  static const std::vector<WindowOverload> overloads = {
      {{support}},
      {{support, error}},
      {{support, error, attribute}, /*variadic=*/true},
  };
  return overloads;
}

}  // namespace

WindowDef LossyFrequentWindowDef() {
  WindowDef def;
  def.name = "lossyFrequent";
  def.signature = WindowSignatureText("lossyFrequent", Overloads());
  def.description =
      "Lossy counting: passes the events whose key frequency exceeds support.threshold, within "
      "error.bound.";
  def.example =
      "from S#window.lossyFrequent(0.1, 0.01) select cardNo, price insert all events into T;";
  def.resolve = MakeWindowResolve(
      "lossyFrequent", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        for (size_t i = 2; i < args.size(); ++i) {
          if (!args[i].is_attribute) {
            return WindowArgError(static_cast<int>(i),
                                  "window 'lossyFrequent' expects attributes to count by");
          }
        }
        double error = args.size() > 1 ? args[1].constant->AsDouble()
                                       : args[0].constant->AsDouble() / 10;
        if (!(error > 0)) {
          return WindowArgError(args.size() > 1 ? 1 : 0,
                                "window 'lossyFrequent' needs an error bound greater than zero");
        }
        return std::nullopt;
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    double support = args[0]->value.AsDouble();
    double error = args.size() > 1 ? args[1]->value.AsDouble() : support / 10;
    std::vector<int> columns;
    for (size_t i = 2; i < args.size(); ++i) {
      TALON_ASSIGN_OR_RETURN(int c, BoundColumn(*args[i], "attribute"));
      columns.push_back(c);
    }
    return std::make_unique<LossyFrequentWindow>(input, support, error, std::move(columns));
  };
  return def;
}

}  // namespace talon::exec
