// #window.sort(n, attribute [, 'asc'|'desc'] [, attribute [, order]] ...): keeps the n events
// that sort first (Siddhi's SortWindowProcessor). Each arrival passes through; when the window
// overflows it is stably re-sorted and its last event expires, stamped with the clock. Equal
// keys keep arrival order, so of equals the newest expires.
#include <algorithm>
#include <numeric>

#include "absl/strings/ascii.h"
#include "frontend/base/status_macros.h"
#include "runtime/functions/java_compat.h"
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/typed_window.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

struct SortKey {
  int column = -1;
  bool ascending = true;
};

struct SortState : TimedWindowState {
  explicit SortState(const Schema& schema) : held(schema) {}
  EventQueue held;
};

// Java's compareTo for the attribute's type; NULL sorts first (Siddhi would fail on it).
int CompareValues(const Column& c, size_t x, size_t y) {
  bool nx = c.IsNull(x), ny = c.IsNull(y);
  if (nx || ny) return nx == ny ? 0 : (nx ? -1 : 1);
  switch (c.physical()) {
    case PhysicalType::kInt64: {
      int64_t a = c.ints()[x], b = c.ints()[y];
      return a < b ? -1 : (a > b ? 1 : 0);
    }
    case PhysicalType::kDouble: {
      // Double.compareTo: -0.0 < 0.0 and NaN above everything, equal to itself.
      double a = c.doubles()[x], b = c.doubles()[y];
      if (a < b) return -1;
      if (a > b) return 1;
      bool na = std::isnan(a), nb = std::isnan(b);
      if (na || nb) return na == nb ? 0 : (na ? 1 : -1);
      bool sa = std::signbit(a), sb = std::signbit(b);
      return sa == sb ? 0 : (sa ? -1 : 1);
    }
    case PhysicalType::kString: {
      int32_t r = JavaCompareTo(c.strings()[x], c.strings()[y]);
      return r < 0 ? -1 : (r > 0 ? 1 : 0);
    }
    case PhysicalType::kObject: return 0;
  }
  return 0;
}

class SortWindow final : public TypedWindow<SortState> {
 public:
  SortWindow(Schema schema, int64_t length, std::vector<SortKey> keys)
      : TypedWindow(std::move(schema)), length_(length), keys_(std::move(keys)) {}

 protected:
  absl::Status OnEvents(SortState& s, const Batch& in, Timestamp now, Batch& out) const override {
    for (size_t i = 0; i < in.size(); ++i) {
      out.AppendRow(in, i, EventKind::kCurrent, in.timestamp(i));
      s.held.Push(in, i, in.timestamp(i));
      if (static_cast<int64_t>(s.held.size()) <= length_) continue;
      std::vector<size_t> order(s.held.size());
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        for (const SortKey& k : keys_) {
          int c = CompareValues(s.held.column(k.column), s.held.row(a), s.held.row(b));
          if (c != 0) return k.ascending ? c < 0 : c > 0;
        }
        return false;
      });
      s.held.Emit(order.back(), EventKind::kExpired, now, out);
      order.pop_back();
      s.held.Reorder(order);
    }
    EndChunk(out, now);
    return absl::OkStatus();
  }

  void Held(const SortState& s, Batch& out) const override {
    s.held.EmitAll(EventKind::kCurrent, out);
  }
  size_t HeldCount(const SortState& s) const override { return s.held.size(); }

 private:
  int64_t length_;
  std::vector<SortKey> keys_;
};

constexpr TypeSet kSortable{Type::kString, Type::kDouble, Type::kInt, Type::kLong, Type::kFloat};

const std::vector<WindowOverload>& Overloads() {
  static const WindowParam length{"window.length", TypeSet{Type::kInt}};
  static const WindowParam attribute{"attribute", kSortable, /*dynamic=*/true};
  static const WindowParam order{"order", TypeSet{Type::kString}};
  static const std::vector<WindowOverload> overloads = {
      {{length, attribute}},
      {{length, attribute, order}, /*variadic=*/true},
      {{length, attribute, order, attribute}, /*variadic=*/true},
  };
  return overloads;
}

// Walks the arguments after the length the way SortWindowProcessor.init does: each attribute
// may be followed by a string constant 'asc' or 'desc'.
std::optional<frontend::LookupError> CheckKeys(const std::vector<frontend::ArgInfo>& args) {
  for (size_t i = 1; i < args.size(); ++i) {
    if (!args[i].is_attribute) {
      return WindowArgError(static_cast<int>(i),
                            "window 'sort' expects an attribute to sort by, found a constant");
    }
    if (i + 1 < args.size() && args[i + 1].type == Type::kString && !args[i + 1].is_attribute) {
      const std::string* order = ConstantString(args[i + 1]);
      std::string lower = order ? absl::AsciiStrToLower(*order) : "";
      if (lower != "asc" && lower != "desc") {
        return WindowArgError(static_cast<int>(i + 1),
                              "window 'sort' expects the order 'asc' or 'desc'");
      }
      ++i;
    }
  }
  return std::nullopt;
}

}  // namespace

WindowDef SortWindowDef() {
  WindowDef def;
  def.name = "sort";
  def.signature = WindowSignatureText("sort", Overloads());
  def.description =
      "Keeps the window.length events that sort first by the given attributes; the event that "
      "sorts last expires when the window overflows.";
  def.example = "from S#window.sort(5, price, 'asc') select symbol, price insert all events into T;";
  def.resolve = MakeWindowResolve(
      "sort", Overloads(),
      [](int, const std::vector<frontend::ArgInfo>& args) -> std::optional<frontend::LookupError> {
        if (auto e = CheckNotNegative("sort", 0, "window.length", args[0])) return e;
        return CheckKeys(args);
      });
  def.bind = [](const std::vector<const bound::Expr*>& args,
                const Schema& input) -> absl::StatusOr<std::unique_ptr<Window>> {
    TALON_ASSIGN_OR_RETURN(int64_t length, BoundInteger(*args[0], "window.length"));
    std::vector<SortKey> keys;
    for (size_t i = 1; i < args.size(); ++i) {
      SortKey key;
      TALON_ASSIGN_OR_RETURN(key.column, BoundColumn(*args[i], "attribute"));
      if (i + 1 < args.size() && args[i + 1]->IsConstant() &&
          args[i + 1]->type == Type::kString) {
        TALON_ASSIGN_OR_RETURN(std::string order, BoundString(*args[i + 1], "order"));
        key.ascending = absl::AsciiStrToLower(order) != "desc";
        ++i;
      }
      keys.push_back(key);
    }
    return std::make_unique<SortWindow>(input, length, std::move(keys));
  };
  return def;
}

}  // namespace talon::exec
