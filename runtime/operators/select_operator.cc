// The select step: aggregates, projections, having, order by, offset and limit, and the choice
// of which events leave the query, following Siddhi's QuerySelector.
//
// Aggregates see every current and expired event (add / remove) and every reset, in order.
// Output is decided chunk by chunk (windows separate their chunks with kTimer rows), in one of
// QuerySelector's three modes:
//   - group by (processInBatchGroupBy): per chunk, the last wanted event of each group, groups
//     in the order they first appeared in the chunk; then order by, offset, limit;
//   - aggregates without group by (processInBatchNoGroupBy): the chunk's last wanted event,
//     dropped when offset > 0 or limit == 0;
//   - neither (processNoGroupBy): every wanted event; order by sorts each run of one event kind
//     (a reset ends a run); then offset and limit.
// "Wanted" means of a kind the output asks for (`insert current|expired|all events`) and
// passing having. Timer rows and resets never leave.
#include <algorithm>
#include <cmath>
#include <optional>
#include <numeric>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/functions/java_compat.h"
#include "runtime/operators/operators.h"

namespace talon::exec {
namespace {

struct GroupState {
  std::vector<std::unique_ptr<AggregatorState>> aggregates;
};

struct SelectState : OperatorState {
  absl::flat_hash_map<std::string, GroupState> groups;
};

bool IsEvent(EventKind k) { return k == EventKind::kCurrent || k == EventKind::kExpired; }

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

// OrderByEventComparator for one output column: Java compareTo for the type; a NULL sorts after
// any value whatever the direction.
int CompareForOrder(const Column& c, size_t x, size_t y, bool ascending) {
  bool nx = c.IsNull(x), ny = c.IsNull(y);
  if (nx || ny) {
    if (nx && ny) return 0;
    return nx ? 1 : -1;
  }
  int r = 0;
  switch (c.physical()) {
    case PhysicalType::kInt64: {
      int64_t a = c.ints()[x], b = c.ints()[y];
      r = a < b ? -1 : (a > b ? 1 : 0);
      break;
    }
    case PhysicalType::kDouble: {
      double a = c.doubles()[x], b = c.doubles()[y];
      if (a < b) {
        r = -1;
      } else if (a > b) {
        r = 1;
      } else {
        bool na = std::isnan(a), nb = std::isnan(b);
        if (na || nb) {
          r = na == nb ? 0 : (na ? 1 : -1);
        } else {
          bool sa = std::signbit(a), sb = std::signbit(b);
          r = sa == sb ? 0 : (sa ? -1 : 1);
        }
      }
      break;
    }
    case PhysicalType::kString: {
      int32_t cmp = JavaCompareTo(c.strings()[x], c.strings()[y]);
      r = cmp < 0 ? -1 : (cmp > 0 ? 1 : 0);
      break;
    }
    case PhysicalType::kObject: r = 0; break;
  }
  return ascending ? r : -r;
}

// One row of a chunk as the selector's output stage sees it: an event (position `ev` among the
// batch's event rows) or a reset (`ev` is then its row in the batch), which matters as a
// boundary between ordering runs and, with SelectSpec::keep_resets, is handed on.
struct ChunkRow {
  bool reset = false;
  size_t ev = 0;
};

// In the list of selected rows: a reset handed on (SelectSpec::keep_resets), by its batch row.
constexpr size_t kResetRow = size_t{1} << (sizeof(size_t) * 8 - 1);

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

    // Expressions run over event rows only: resets and chunk ends carry no data to evaluate.
    std::vector<size_t> event_rows;
    event_rows.reserve(n);
    for (size_t r = 0; r < n; ++r) {
      if (IsEvent(batch.kind(r))) event_rows.push_back(r);
    }
    Batch compact;
    Batch* events = &batch;
    if (event_rows.size() != n) {
      for (const Column& c : batch.columns()) compact.columns().emplace_back(c.type());
      for (size_t r : event_rows) compact.AppendRow(batch, r);
      events = &compact;
    }
    const size_t m = event_rows.size();

    std::vector<std::string> keys(m);
    std::vector<Column> aggregate_columns;
    TALON_RETURN_IF_ERROR(Aggregate(*state, batch, *events, ctx, keys, aggregate_columns));

    // The selector scope: input columns ++ aggregate columns.
    // The input columns move into the scope: past this point only the events' kinds and
    // timestamps are read (and `batch` is replaced by the output).
    Batch scope;
    scope.columns() = std::move(events->columns());
    for (Column& c : aggregate_columns) scope.columns().push_back(std::move(c));
    scope.timestamps() = events->timestamps();
    scope.kinds() = events->kinds();

    Batch projected;
    projected.columns().resize(spec_.projections.size());
    for (size_t p = 0; p < spec_.projections.size(); ++p) {
      TALON_RETURN_IF_ERROR(spec_.projections[p]->Eval(scope, ctx.eval, projected.columns()[p]));
    }
    projected.timestamps() = events->timestamps();
    projected.kinds() = events->kinds();

    // Wanted: a kind the output asks for, passing having (which reads output ++ scope).
    std::vector<uint8_t> wanted(m, 0);
    for (size_t j = 0; j < m; ++j) {
      EventKind k = events->kind(j);
      wanted[j] = (k == EventKind::kCurrent && spec_.emit_current) ||
                  (k == EventKind::kExpired && spec_.emit_expired);
    }
    if (spec_.having && m > 0) {
      Batch having_scope;
      having_scope.columns() = projected.columns();
      for (const Column& c : scope.columns()) having_scope.columns().push_back(c);
      having_scope.timestamps() = scope.timestamps();
      having_scope.kinds() = scope.kinds();
      std::vector<uint8_t> mask;
      TALON_RETURN_IF_ERROR(spec_.having->Filter(having_scope, ctx.eval, mask));
      for (size_t j = 0; j < m; ++j) wanted[j] &= mask[j];
    }

    // Chunk by chunk, choose the rows that leave, in output order.
    std::vector<size_t> selected;
    std::vector<size_t> chunk_ends;  // sizes of `selected` at the end of each non-empty chunk
    std::vector<ChunkRow> chunk;
    size_t next_event = 0;
    auto flush = [&] {
      if (!chunk.empty()) SelectChunk(chunk, keys, wanted, *events, projected, selected);
      chunk.clear();
      if (!selected.empty() && (chunk_ends.empty() || chunk_ends.back() != selected.size())) {
        chunk_ends.push_back(selected.size());
      }
    };
    for (size_t r = 0; r < n; ++r) {
      EventKind k = batch.kind(r);
      if (IsEvent(k)) {
        chunk.push_back(ChunkRow{false, next_event++});
      } else if (k == EventKind::kReset) {
        chunk.push_back(ChunkRow{true, r});
      } else {
        flush();  // kTimer: a chunk ends
      }
    }
    flush();

    Batch out;
    out.columns().reserve(projected.column_count());
    for (const Column& c : projected.columns()) out.columns().emplace_back(c.type());
    std::vector<Value> nulls;
    for (const Column& c : out.columns()) nulls.push_back(Value::Null(c.type()));
    auto timestamp_of = [&](size_t j) {
      return (j & kResetRow) != 0 ? batch.timestamp(j & ~kResetRow) : projected.timestamp(j);
    };
    // For a rate limiter: each row's group key (NULL on chunk ends and resets).
    Column group_keys(Type::kString);
    auto add_key = [&](const std::string* key) {
      if (!spec_.group_key_column) return;
      group_keys.Append(key != nullptr ? Value::String(*key) : Value::Null(Type::kString));
    };
    size_t next_end = 0;
    for (size_t k = 0; k < selected.size(); ++k) {
      const size_t j = selected[k];
      if (spec_.mark_chunks && next_end < chunk_ends.size() && chunk_ends[next_end] == k) {
        ++next_end;
        out.Append(timestamp_of(j), EventKind::kTimer, nulls);
        add_key(nullptr);
      }
      if ((j & kResetRow) != 0) {
        out.Append(timestamp_of(j), EventKind::kReset, nulls);
        add_key(nullptr);
        continue;
      }
      out.AppendRow(projected, j);
      add_key(spec_.group_by.empty() ? nullptr : &keys[j]);
    }
    if (spec_.group_key_column) out.columns().push_back(std::move(group_keys));
    batch = std::move(out);
    return absl::OkStatus();
  }

  std::string Describe(const OperatorState* raw_state) const override {
    std::string out = absl::StrCat("select (", spec_.projections.size(), " projections");
    if (!spec_.projections.empty()) {
      absl::StrAppend(&out, " [", spec_.projections[0]->info().backend, "]");
    }
    if (!spec_.aggregators.empty()) absl::StrAppend(&out, ", ", spec_.aggregators.size(), " aggregates");
    if (!spec_.group_by.empty()) absl::StrAppend(&out, ", group by");
    if (!spec_.order_by.empty()) absl::StrAppend(&out, ", order by");
    if (spec_.limit) absl::StrAppend(&out, ", limit ", *spec_.limit);
    if (spec_.offset) absl::StrAppend(&out, ", offset ", *spec_.offset);
    if (raw_state != nullptr) {
      absl::StrAppend(&out, ", ", static_cast<const SelectState*>(raw_state)->groups.size(),
                      " groups");
    }
    return out + ")";
  }

 private:
  // Updates the aggregates event by event, in row order (resets clear every group), and returns
  // one result column per aggregate over the event rows, plus each event row's group key.
  absl::Status Aggregate(SelectState& state, const Batch& batch, const Batch& events,
                         const ProcessContext& ctx, std::vector<std::string>& keys,
                         std::vector<Column>& results) const {
    const size_t m = events.size();
    for (Type t : spec_.aggregate_types) {
      results.emplace_back(t);
      results.back().Resize(m);
    }
    if (spec_.aggregators.empty() && spec_.group_by.empty()) return absl::OkStatus();
    std::vector<Column> group_columns(spec_.group_by.size());
    for (size_t g = 0; g < spec_.group_by.size(); ++g) {
      TALON_RETURN_IF_ERROR(spec_.group_by[g]->Eval(events, ctx.eval, group_columns[g]));
    }
    for (size_t j = 0; j < m; ++j) {
      for (const Column& c : group_columns) AppendKey(keys[j], c, j);
    }
    if (spec_.aggregators.empty()) return absl::OkStatus();
    std::vector<std::vector<Column>> arg_columns(spec_.aggregators.size());
    for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
      arg_columns[a].resize(spec_.aggregator_args[a].size());
      for (size_t k = 0; k < spec_.aggregator_args[a].size(); ++k) {
        TALON_RETURN_IF_ERROR(
            spec_.aggregator_args[a][k]->Eval(events, ctx.eval, arg_columns[a][k]));
      }
    }
    std::vector<Value> args;
    size_t j = 0;
    for (size_t r = 0; r < batch.size(); ++r) {
      EventKind kind = batch.kind(r);
      if (kind == EventKind::kReset) {
        // A batch window emptied: every group starts again (processReset on all states).
        for (auto& [key, group] : state.groups) {
          for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
            spec_.aggregators[a]->Reset(*group.aggregates[a]);
          }
        }
        continue;
      }
      if (!IsEvent(kind)) continue;
      GroupState& group = state.groups[keys[j]];
      if (group.aggregates.empty()) {
        for (const auto& agg : spec_.aggregators) group.aggregates.push_back(agg->CreateState());
      }
      for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
        args.clear();
        for (const Column& c : arg_columns[a]) args.push_back(c.Get(j));
        if (kind == EventKind::kCurrent) {
          spec_.aggregators[a]->Add(*group.aggregates[a], args.data());
        } else {
          spec_.aggregators[a]->Remove(*group.aggregates[a], args.data());
        }
        results[a].Set(j, spec_.aggregators[a]->Result(*group.aggregates[a]));
      }
      ++j;
    }
    return absl::OkStatus();
  }

  // Appends to `selected` the event positions of one chunk that leave, in output order.
  void SelectChunk(const std::vector<ChunkRow>& chunk, const std::vector<std::string>& keys,
                   const std::vector<uint8_t>& wanted, const Batch& events,
                   const Batch& projected, std::vector<size_t>& selected) const {
    const bool aggregates = !spec_.aggregators.empty();
    if (spec_.batching && !spec_.group_by.empty()) {
      // LinkedHashMap<key, last event>: a group keeps the place of its first event.
      std::vector<size_t> order;
      absl::flat_hash_map<std::string, size_t> slot;
      for (const ChunkRow& row : chunk) {
        if (row.reset || !wanted[row.ev]) continue;
        auto [it, inserted] = slot.try_emplace(keys[row.ev], order.size());
        if (inserted) {
          order.push_back(row.ev);
        } else {
          order[it->second] = row.ev;
        }
      }
      std::vector<ChunkRow> rows;
      for (size_t ev : order) rows.push_back(ChunkRow{false, ev});
      OrderOffsetLimit(rows, events, projected, selected);
      return;
    }
    if (spec_.batching && aggregates) {
      std::optional<size_t> last;
      for (const ChunkRow& row : chunk) {
        if (!row.reset && wanted[row.ev]) last = row.ev;
      }
      if (last && spec_.offset.value_or(0) == 0 && spec_.limit.value_or(1) > 0) {
        selected.push_back(*last);
      }
      return;
    }
    std::vector<ChunkRow> rows;
    for (const ChunkRow& row : chunk) {
      if (row.reset || wanted[row.ev]) rows.push_back(row);
    }
    OrderOffsetLimit(rows, events, projected, selected);
  }

  // orderEventChunk, offsetEventChunk and limitEventChunk over the rows that survived.
  void OrderOffsetLimit(std::vector<ChunkRow>& rows, const Batch& events, const Batch& projected,
                        std::vector<size_t>& selected) const {
    if (!spec_.order_by.empty()) {
      // Stable sort within each run of one kind (a reset is a kind of its own).
      auto kind_of = [&](const ChunkRow& r) {
        return r.reset ? EventKind::kReset : events.kind(r.ev);
      };
      size_t begin = 0;
      while (begin < rows.size()) {
        size_t end = begin + 1;
        while (end < rows.size() && kind_of(rows[end]) == kind_of(rows[begin])) ++end;
        if (!rows[begin].reset) {
          std::stable_sort(rows.begin() + begin, rows.begin() + end,
                           [&](const ChunkRow& x, const ChunkRow& y) {
                             for (const bound::OrderBy& o : spec_.order_by) {
                               int c = CompareForOrder(projected.column(o.column), x.ev, y.ev,
                                                       o.ascending);
                               if (c != 0) return c < 0;
                             }
                             return false;
                           });
        }
        begin = end;
      }
    }
    int64_t offset_count = 0;
    int64_t limit_count = 0;
    for (const ChunkRow& row : rows) {
      if (row.reset) {
        if (spec_.keep_resets) selected.push_back(kResetRow | row.ev);
        continue;
      }
      if (spec_.offset && offset_count < *spec_.offset) {
        ++offset_count;
        continue;
      }
      if (spec_.limit) {
        // limitEventChunk's condition, precedence included: expired events always pass (when
        // asked for) but still count against the limit.
        bool current = events.kind(row.ev) == EventKind::kCurrent;
        bool keep = (*spec_.limit > limit_count && current && spec_.emit_current) ||
                    (!current && spec_.emit_expired);
        if (!keep) continue;
        ++limit_count;
      }
      selected.push_back(row.ev);
    }
  }

  SelectSpec spec_;
};

// Siddhi orders and limits inside the selector; see OrderLimitSpec.
class OrderLimitMarker : public Operator {
 public:
  explicit OrderLimitMarker(OrderLimitSpec spec) : spec_(std::move(spec)) {}

  absl::Status Process(OperatorState*, Batch&, const ProcessContext&) const override {
    return absl::OkStatus();
  }

  std::string Describe(const OperatorState*) const override {
    return "order/limit (applied per chunk by the select step)";
  }

 private:
  OrderLimitSpec spec_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<Operator>> MakeSelectOperator(SelectSpec spec) {
  return std::make_unique<SelectOperator>(std::move(spec));
}

std::unique_ptr<Operator> MakeOrderLimitOperator(OrderLimitSpec spec) {
  return std::make_unique<OrderLimitMarker>(std::move(spec));
}

}  // namespace talon::exec
