// The select step: aggregates, projections, having, and the choice of which event kinds leave
// the query. Follows Siddhi's QuerySelector: aggregates see every current and expired event
// (add / remove) and every reset; only the kinds the output asks for (`insert current|expired|
// all events`) are emitted; timer events never are.
#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/operators/operators.h"

namespace talon::exec {
namespace {

struct GroupState {
  std::vector<std::unique_ptr<AggregatorState>> aggregates;
};

struct SelectState : OperatorState {
  absl::flat_hash_map<std::string, GroupState> groups;
};

// Serializes group-by values into a map key. Type tags keep 1 (int) and "1" (string) apart.
void AppendKey(std::string& key, const Column& column, size_t i) {
  if (column.IsNull(i)) {
    key += "\x01N";
    return;
  }
  key += '\x01';
  switch (column.physical()) {
    case PhysicalType::kInt64: absl::StrAppend(&key, "i", column.ints()[i]); break;
    case PhysicalType::kDouble: absl::StrAppend(&key, "d", column.doubles()[i]); break;
    case PhysicalType::kString: absl::StrAppend(&key, "s", column.strings()[i]); break;
    case PhysicalType::kObject: absl::StrAppend(&key, "o", column.Get(i).ToString()); break;
  }
}

class SelectOperator : public Operator {
 public:
  explicit SelectOperator(SelectSpec spec) : spec_(std::move(spec)) {}

  std::unique_ptr<OperatorState> CreateState() const override {
    return std::make_unique<SelectState>();
  }

  absl::Status Process(OperatorState* raw_state, Batch& batch,
                       const ProcessContext& ctx) const override {
    auto* state = static_cast<SelectState*>(raw_state);
    const size_t n = batch.size();
    const size_t input_columns = batch.column_count();
    std::vector<std::string> keys(n);
    if (!spec_.aggregators.empty() || !spec_.group_by.empty()) {
      TALON_RETURN_IF_ERROR(Aggregate(*state, batch, ctx, keys));
    }

    // Projections over the selector scope (input ++ aggregate columns).
    Batch out;
    out.columns().resize(spec_.projections.size());
    for (size_t p = 0; p < spec_.projections.size(); ++p) {
      TALON_RETURN_IF_ERROR(spec_.projections[p]->Eval(batch, ctx.eval, out.columns()[p]));
    }
    out.timestamps() = batch.timestamps();
    out.kinds() = batch.kinds();

    // Which rows leave: wanted kinds, having, and (per-chunk mode) the last row of each group.
    std::vector<uint8_t> keep(n, 0);
    for (size_t i = 0; i < n; ++i) {
      EventKind k = batch.kind(i);
      keep[i] = (k == EventKind::kCurrent && spec_.emit_current) ||
                (k == EventKind::kExpired && spec_.emit_expired);
    }
    if (spec_.having) {
      // having reads output ++ selector scope.
      Batch scope;
      scope.columns() = out.columns();
      for (const Column& c : batch.columns()) scope.columns().push_back(c);
      scope.timestamps() = batch.timestamps();
      scope.kinds() = batch.kinds();
      std::vector<uint8_t> mask;
      TALON_RETURN_IF_ERROR(spec_.having->Filter(scope, ctx.eval, mask));
      for (size_t i = 0; i < n; ++i) keep[i] &= mask[i];
    }
    if (spec_.per_chunk) {
      absl::flat_hash_map<std::string, size_t> last;
      for (size_t i = 0; i < n; ++i) {
        if (keep[i]) last[keys[i]] = i;
      }
      std::fill(keep.begin(), keep.end(), 0);
      for (const auto& [key, i] : last) keep[i] = 1;
    }
    out.Filter(keep);
    batch = std::move(out);
    (void)input_columns;
    return absl::OkStatus();
  }

  std::string Describe(const OperatorState* raw_state) const override {
    std::string out = absl::StrCat("select (", spec_.projections.size(), " projections");
    if (!spec_.projections.empty()) {
      absl::StrAppend(&out, " [", spec_.projections[0]->info().backend, "]");
    }
    if (!spec_.aggregators.empty()) absl::StrAppend(&out, ", ", spec_.aggregators.size(), " aggregates");
    if (raw_state != nullptr) {
      absl::StrAppend(&out, ", ", static_cast<const SelectState*>(raw_state)->groups.size(),
                      " groups");
    }
    return out + ")";
  }

 private:
  // Updates the aggregates event by event and appends one result column per aggregate.
  absl::Status Aggregate(SelectState& state, Batch& batch, const ProcessContext& ctx,
                         std::vector<std::string>& keys) const {
    const size_t n = batch.size();
    std::vector<Column> group_columns(spec_.group_by.size());
    for (size_t g = 0; g < spec_.group_by.size(); ++g) {
      TALON_RETURN_IF_ERROR(spec_.group_by[g]->Eval(batch, ctx.eval, group_columns[g]));
    }
    std::vector<std::vector<Column>> arg_columns(spec_.aggregators.size());
    for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
      arg_columns[a].resize(spec_.aggregator_args[a].size());
      for (size_t k = 0; k < spec_.aggregator_args[a].size(); ++k) {
        TALON_RETURN_IF_ERROR(
            spec_.aggregator_args[a][k]->Eval(batch, ctx.eval, arg_columns[a][k]));
      }
    }
    std::vector<Column> results;
    for (Type t : spec_.aggregate_types) {
      results.emplace_back(t);
      results.back().Resize(n);
    }
    std::vector<Value> args;
    for (size_t i = 0; i < n; ++i) {
      for (const Column& c : group_columns) AppendKey(keys[i], c, i);
      EventKind kind = batch.kind(i);
      if (kind == EventKind::kReset) {
        // A batch window emptied: every group starts again (Siddhi processReset).
        for (auto& [key, group] : state.groups) {
          for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
            spec_.aggregators[a]->Reset(*group.aggregates[a]);
          }
        }
        continue;
      }
      if (kind == EventKind::kTimer) continue;
      GroupState& group = state.groups[keys[i]];
      if (group.aggregates.empty()) {
        for (const auto& agg : spec_.aggregators) group.aggregates.push_back(agg->CreateState());
      }
      for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
        args.clear();
        for (const Column& c : arg_columns[a]) args.push_back(c.Get(i));
        if (kind == EventKind::kCurrent) {
          spec_.aggregators[a]->Add(*group.aggregates[a], args.data());
        } else {
          spec_.aggregators[a]->Remove(*group.aggregates[a], args.data());
        }
        results[a].Set(i, spec_.aggregators[a]->Result(*group.aggregates[a]));
      }
    }
    for (Column& c : results) batch.columns().push_back(std::move(c));
    return absl::OkStatus();
  }

  SelectSpec spec_;
};

class OrderLimitOperator : public Operator {
 public:
  explicit OrderLimitOperator(OrderLimitSpec spec) : spec_(std::move(spec)) {}

  absl::Status Process(OperatorState*, Batch& batch, const ProcessContext&) const override {
    std::vector<size_t> order(batch.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (!spec_.order_by.empty()) {
      std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        for (const bound::OrderBy& o : spec_.order_by) {
          int c = CompareRows(batch.column(o.column), x, y);
          if (c != 0) return o.ascending ? c < 0 : c > 0;
        }
        return false;
      });
    }
    size_t begin = std::min<size_t>(order.size(), spec_.offset.value_or(0));
    size_t end = spec_.limit ? std::min<size_t>(order.size(), begin + *spec_.limit) : order.size();
    Batch out;
    for (const Column& c : batch.columns()) out.columns().emplace_back(c.type());
    for (size_t i = begin; i < end; ++i) out.AppendRow(batch, order[i]);
    batch = std::move(out);
    return absl::OkStatus();
  }

  std::string Describe(const OperatorState*) const override { return "order/limit"; }

 private:
  // NULLs sort first, as Siddhi's OrderByEventComparator does.
  static int CompareRows(const Column& c, size_t x, size_t y) {
    bool nx = c.IsNull(x), ny = c.IsNull(y);
    if (nx || ny) return nx == ny ? 0 : (nx ? -1 : 1);
    switch (c.physical()) {
      case PhysicalType::kInt64: return c.ints()[x] < c.ints()[y] ? -1 : c.ints()[x] > c.ints()[y];
      case PhysicalType::kDouble:
        return c.doubles()[x] < c.doubles()[y] ? -1 : c.doubles()[x] > c.doubles()[y];
      case PhysicalType::kString: return c.strings()[x].compare(c.strings()[y]);
      case PhysicalType::kObject: return 0;
    }
    return 0;
  }

  OrderLimitSpec spec_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Operator>> MakeSelectOperator(SelectSpec spec) {
  return std::make_unique<SelectOperator>(std::move(spec));
}

std::unique_ptr<Operator> MakeOrderLimitOperator(OrderLimitSpec spec) {
  return std::make_unique<OrderLimitOperator>(std::move(spec));
}

}  // namespace talon::exec
