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
#include "runtime/operators/group_ids.h"
#include "runtime/operators/operators.h"

namespace talon::exec {
namespace {

// The end of one chunk: its events end before event row `events`, the rows it selects before
// entry `selected` of the list of leaving rows.
struct ChunkBound {
  size_t events = 0;
  size_t selected = 0;
};

// One row of a chunk as the selector's output stage sees it: an event (position `ev` among the
// batch's event rows) or a reset (`ev` is then its row in the batch), which matters as a
// boundary between ordering runs and, with SelectSpec::keep_resets, is handed on.
struct ChunkRow {
  bool reset = false;
  size_t ev = 0;
};

struct SelectState : OperatorState {
  GroupIds groups;
  std::vector<std::unique_ptr<GroupedAggregatorState>> aggregates;  // one per aggregate call
  // Scratch reused from chunk to chunk (no allocation per batch in the steady state).
  std::vector<int32_t> chunk_slot;  // per group, its place in the current chunk
  std::vector<uint32_t> event_groups;  // per event row, its group
  std::vector<uint8_t> wanted;      // per event row, whether it may leave
  std::vector<int32_t> out_rows;    // per event row, its row among the ones that leave, or -1
  std::vector<uint32_t> gather_rows;  // rows to copy (Batch::AppendGather), and their
  std::vector<EventKind> gather_kinds;  // kinds and timestamps when they change
  std::vector<Timestamp> gather_stamps;
  std::vector<ChunkBound> chunk_bounds;  // per chunk, where its events and output end
  std::vector<uint8_t> chunk_resets;     // per chunk, whether it holds a reset
  std::vector<uint32_t> key_rows;        // per output row, its group (carried keys)
  std::vector<size_t> selected;          // see Process
  std::vector<size_t> chunk_ends;
  std::vector<size_t> order;             // SelectChunk: a chunk's groups, in order
  std::vector<ChunkRow> chunk_rows;      // SelectChunk: the chunk's rows that survive
  std::vector<uint8_t> having_mask;      // Having
  std::vector<size_t> hits;              // SelectChunk: a chunk's wanted events
};

bool IsEvent(EventKind k) { return k == EventKind::kCurrent || k == EventKind::kExpired; }

// A batch's kinds as bytes (EventKind is a byte-sized enum).
const uint8_t* KindBytes(const std::vector<EventKind>& kinds) {
  static_assert(sizeof(EventKind) == 1);
  return reinterpret_cast<const uint8_t*>(kinds.data());
}

// How many of kinds[0, n) are `kind`: a loop without a branch, which the compiler vectorizes.
size_t CountKind(const uint8_t* kinds, size_t n, EventKind kind) {
  const auto k = static_cast<uint8_t>(kind);
  size_t count = 0;
  for (size_t r = 0; r < n; ++r) count += kinds[r] == k ? 1 : 0;
  return count;
}

// Whether column c is read, per SelectSpec::input_reads or projection_reads (columns the list
// does not cover count as read).
bool Reads(const std::vector<bool>& reads, size_t c) { return c >= reads.size() || reads[c]; }

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

// A chunk: batch rows [row_begin, row_end), holding event rows [ev_begin, ev_end).
struct ChunkSpan {
  size_t row_begin = 0;
  size_t row_end = 0;
  size_t ev_begin = 0;
  size_t ev_end = 0;
};

// In the list of selected rows: a reset handed on (SelectSpec::keep_resets), by its batch row.
constexpr size_t kResetRow = size_t{1} << (sizeof(size_t) * 8 - 1);

class SelectOperator : public Operator {
 public:
  explicit SelectOperator(SelectSpec spec) : spec_(std::move(spec)) {
    spec_.group_by_refs.resize(spec_.group_by.size(), -1);
    spec_.projection_refs.resize(spec_.projections.size(), -1);
    // A projection that is the only bare reference to its column may take that column once
    // nothing else reads the scope (Project with `consume`).
    for (size_t p = 0; p < spec_.projections.size(); ++p) {
      const int ref = spec_.projection_refs[p];
      const bool sole = ref >= 0 && ref != spec_.carried_key &&
                        std::count(spec_.projection_refs.begin(),
                                   spec_.projection_refs.end(), ref) == 1;
      takes_column_.push_back(sole);
      // With having or order by, only a column neither of them reads afterwards.
      const auto column = static_cast<size_t>(ref);
      takes_column_before_late_reads_.push_back(
          sole && column < spec_.late_reads.size() && !spec_.late_reads[column]);
    }
    bare_projections_ = std::all_of(spec_.projection_refs.begin(), spec_.projection_refs.end(),
                                    [](int ref) { return ref >= 0; });
    spec_.aggregator_arg_refs.resize(spec_.aggregator_args.size());
    for (size_t a = 0; a < spec_.aggregator_args.size(); ++a) {
      spec_.aggregator_arg_refs[a].resize(spec_.aggregator_args[a].size(), -1);
    }
  }

  std::unique_ptr<OperatorState> CreateState() const override {
    auto state = std::make_unique<SelectState>();
    state->groups.set_keeps_key_values(spec_.carried_key >= 0);
    for (const auto& aggregator : spec_.aggregators) {
      state->aggregates.push_back(aggregator->CreateGrouped());
    }
    return state;
  }

  absl::Status Process(OperatorState* raw_state, Batch& batch,
                       const ProcessContext& ctx) const override {
    auto* state = static_cast<SelectState*>(raw_state);
    const size_t n = batch.size();

    // Expressions run over event rows only: resets and chunk ends carry no data to evaluate.
    // The passes over the kinds read them as bytes, without a branch per row, so that they
    // vectorize.
    const uint8_t* kind_bytes = KindBytes(batch.kinds());
    const size_t current_count = CountKind(kind_bytes, n, EventKind::kCurrent);
    const size_t expired_count = CountKind(kind_bytes, n, EventKind::kExpired);
    const size_t chunk_count = CountKind(kind_bytes, n, EventKind::kTimer);  // chunk ends
    const size_t event_count = current_count + expired_count;
    Batch compact;
    Batch* events = &batch;
    // Windows end each chunk with a chunk-end row, and batch windows start one with a reset;
    // when the events are one block between such rows (a window's output of one chunk), take
    // the columns and cut the block out of them in place. They are when the rows between the
    // leading and the trailing non-events are as many as the events. The batch keeps its kinds
    // and timestamps, which the output stage reads.
    size_t first = 0;
    while (event_count != n && first < n && !IsEvent(batch.kind(first))) ++first;
    size_t block_end = n;
    while (event_count != n && block_end > first && !IsEvent(batch.kind(block_end - 1))) {
      --block_end;
    }
    if (event_count != n && block_end - first == event_count) {
      for (size_t c = 0; c < batch.column_count(); ++c) {
        compact.columns().push_back(std::move(batch.column(c)));
        if (Reads(spec_.input_reads, c)) {
          compact.columns().back().Slice(first, block_end);
        } else {
          compact.columns().back().Clear();  // unread (see GatherColumns)
        }
      }
      const auto begin = static_cast<std::ptrdiff_t>(first);
      const auto end = static_cast<std::ptrdiff_t>(block_end);
      compact.timestamps().assign(batch.timestamps().begin() + begin,
                                  batch.timestamps().begin() + end);
      compact.kinds().assign(batch.kinds().begin() + begin, batch.kinds().begin() + end);
      events = &compact;
    } else if (event_count != n) {
      std::vector<uint32_t>& rows = state->gather_rows;
      rows.clear();
      for (size_t r = 0; r < n; ++r) {
        if (IsEvent(batch.kind(r))) rows.push_back(static_cast<uint32_t>(r));
      }
      GatherColumns(batch, rows, spec_.input_reads, compact);
      events = &compact;
    }
    const size_t m = event_count;
    // The kinds of every row, chunk ends and resets included.
    const std::vector<EventKind>& row_kinds = batch.kinds();

    // Per event row: its group (empty without aggregates and group by).
    std::vector<uint32_t>& groups = state->event_groups;
    groups.clear();
    if (spec_.carried_key >= 0) {
      TALON_RETURN_IF_ERROR(TakeCarriedGroups(*events, groups));
    } else {
      TALON_RETURN_IF_ERROR(AssignGroups(*state, *events, ctx, groups));
    }

    // Wanted: a kind the output asks for, passing having (which reads output ++ scope).
    std::vector<uint8_t>& wanted = state->wanted;
    const bool all_wanted = (spec_.emit_current || current_count == 0) &&
                            (spec_.emit_expired || expired_count == 0);
    if (all_wanted) {
      wanted.assign(m, 1);
    } else {
      wanted.resize(m);
      const uint8_t* kinds = KindBytes(events->kinds());
      const uint8_t current = spec_.emit_current ? 1 : 0;
      const uint8_t expired = spec_.emit_expired ? 1 : 0;
      uint8_t* __restrict out = wanted.data();
      for (size_t j = 0; j < m; ++j) {
        out[j] = static_cast<uint8_t>(
            ((kinds[j] == static_cast<uint8_t>(EventKind::kCurrent)) & current) |
            ((kinds[j] == static_cast<uint8_t>(EventKind::kExpired)) & expired));
      }
    }

    // Event positions (or kResetRow | row) that leave, in order; and the sizes of `selected` at
    // the end of each non-empty chunk.
    std::vector<size_t>& selected = state->selected;
    std::vector<size_t>& chunk_ends = state->chunk_ends;
    selected.clear();
    chunk_ends.clear();
    Batch scope;                     // the selector scope: input columns ++ aggregate columns
    Batch projected;
    std::vector<uint32_t> scope_groups;  // per scope row, when it is not one row per event
    if (spec_.having != nullptr || !spec_.order_by.empty()) {
      // Having and order by read projected values: aggregate and project every event first.
      // Events of a kind the output does not ask for (a sliding window's expired events, when
      // the query inserts current ones) get no aggregate values: NULL, they cannot leave. Only
      // when every projection is a bare reference, so that no function sees those NULLs.
      std::vector<int32_t>& out_rows = state->out_rows;
      out_rows.clear();
      if (!all_wanted && bare_projections_) {
        out_rows.resize(m);
        const uint8_t* __restrict want = wanted.data();
        int32_t* __restrict rows = out_rows.data();
        for (size_t j = 0; j < m; ++j) rows[j] = want[j] != 0 ? static_cast<int32_t>(j) : -1;
      }
      std::vector<Column> results;
      TALON_RETURN_IF_ERROR(UpdateAggregates(*state, row_kinds, *events, ctx, groups, out_rows,
                                             m, results));
      MakeScope(*events, std::move(results), scope, events == &batch);
      TALON_RETURN_IF_ERROR(
          Project(*state, groups, scope, ctx, projected, &takes_column_before_late_reads_));
      if (spec_.having && m > 0) {
        TALON_RETURN_IF_ERROR(Having(*state, scope, ctx, projected, wanted));
      }
      SelectChunks(*state, row_kinds, groups, wanted, scope, projected, selected, chunk_ends,
                   /*bounds=*/nullptr);
    } else {
      // The rows that leave depend only on kinds and groups: choose them first, then compute
      // aggregate values and projections for those rows only (one per group per chunk for a
      // batching group by, instead of one per event).
      // A batching select step wants each group's value after the group's last wanted event
      // of the chunk. When no unwanted event follows a wanted one in a chunk (sliding windows
      // emit a chunk's expired events first) and no reset does either, that is the value after
      // the chunk: the aggregates run chunk by chunk without per-event results. A reset that
      // leads its chunk (batch windows: reset, events, chunk end) clears the groups first.
      std::vector<uint8_t>& chunk_resets = state->chunk_resets;  // per chunk: it has a reset
      chunk_resets.clear();
      const bool has_resets = row_kinds.size() != m + chunk_count;
      bool ordered = true;
      if (spec_.batching && !spec_.aggregators.empty() && (has_resets || !all_wanted)) {
        // Per chunk: resets, then unwanted events, then wanted ones. Handed-on resets
        // (keep_resets) would take rows of their own.
        ordered = !(has_resets && spec_.keep_resets);
        enum { kResets, kUnwanted, kWanted } phase = kResets;
        bool reset = false;
        size_t ev = 0;
        for (EventKind k : row_kinds) {
          if (k == EventKind::kTimer) {
            chunk_resets.push_back(reset);
            reset = false;
            phase = kResets;
          } else if (k == EventKind::kReset) {
            ordered = ordered && phase == kResets;
            reset = true;
          } else if (wanted[ev++]) {
            phase = kWanted;
          } else {
            ordered = ordered && phase != kWanted;
            phase = kUnwanted;
          }
        }
        chunk_resets.push_back(reset);
        if (!has_resets) chunk_resets.clear();
      }
      const bool last_of_group = spec_.batching && !spec_.aggregators.empty() && ordered;
      std::vector<ChunkBound>* bounds = last_of_group ? &state->chunk_bounds : nullptr;
      if (bounds != nullptr) bounds->clear();
      SelectChunks(*state, row_kinds, groups, wanted, *events, projected, selected, chunk_ends,
                   bounds);
      std::vector<int32_t>& out_rows = state->out_rows;
      out_rows.clear();
      size_t leaving = 0;
      bool identity = true;
      for (size_t j : selected) {
        if ((j & kResetRow) != 0) continue;
        identity = identity && j == leaving;
        ++leaving;
      }
      identity = identity && leaving == m;
      if (!identity && bounds == nullptr) {
        out_rows.assign(m, -1);
        leaving = 0;
        for (size_t j : selected) {
          if ((j & kResetRow) == 0) out_rows[j] = static_cast<int32_t>(leaving++);
        }
      }
      std::vector<Column> results;
      if (bounds != nullptr) {
        TALON_RETURN_IF_ERROR(AccumulateAggregates(*state, *events, ctx, groups, selected,
                                                   *bounds, chunk_resets, expired_count == 0,
                                                   leaving, results));
      } else {
        TALON_RETURN_IF_ERROR(UpdateAggregates(*state, row_kinds, *events, ctx, groups,
                                               out_rows, leaving, results));
      }
      if (identity) {
        MakeScope(*events, std::move(results), scope, events == &batch);
      } else {
        // Gather the leaving events' input columns next to their aggregate values, and
        // renumber `selected` into the gathered rows.
        std::vector<uint32_t>& rows = state->gather_rows;
        rows.clear();
        for (size_t& j : selected) {
          if ((j & kResetRow) != 0) continue;
          rows.push_back(static_cast<uint32_t>(j));
          if (!groups.empty()) scope_groups.push_back(groups[j]);
          j = rows.size() - 1;
        }
        Batch gathered;
        GatherColumns(*events, rows, spec_.projection_reads, gathered);
        MakeScope(gathered, std::move(results), scope, false);
      }
      // Past this point only the scope's kinds and timestamps are read.
      TALON_RETURN_IF_ERROR(Project(*state, identity ? groups : scope_groups, scope, ctx,
                                    projected, &takes_column_));
    }
    const Batch* source = &scope;  // kinds and timestamps of the rows `selected` names
    const std::vector<uint32_t>& group_of = scope_groups.empty() ? groups : scope_groups;

    // The output rows as projected rows (kNullRow for chunk ends and resets), gathered column
    // by column at the end.
    std::vector<uint32_t>& rows = state->gather_rows;
    std::vector<EventKind>& kinds = state->gather_kinds;
    std::vector<Timestamp>& stamps = state->gather_stamps;
    rows.clear();
    kinds.clear();
    stamps.clear();
    auto timestamp_of = [&](size_t j) {
      return (j & kResetRow) != 0 ? batch.timestamp(j & ~kResetRow) : source->timestamp(j);
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
        rows.push_back(kNullRow);
        kinds.push_back(EventKind::kTimer);
        stamps.push_back(timestamp_of(j));
        add_key(nullptr);
      }
      if ((j & kResetRow) != 0) {
        rows.push_back(kNullRow);
        kinds.push_back(EventKind::kReset);
        stamps.push_back(timestamp_of(j));
        add_key(nullptr);
        continue;
      }
      rows.push_back(static_cast<uint32_t>(j));
      kinds.push_back(source->kind(j));
      stamps.push_back(source->timestamp(j));
      add_key(spec_.group_by.empty() ? nullptr : &state->groups.key(group_of[j]));
    }
    Batch out;
    out.columns().reserve(projected.column_count() + 1);
    for (const Column& c : projected.columns()) out.columns().emplace_back(c.type(), c.pruned());
    out.AppendGather(projected, rows.data(), kinds.data(), stamps.data(), rows.size());
    // A carried key's projection left to this stage (Project leaves it pruned): the leaving
    // rows' groups' key values.
    std::vector<uint32_t>& key_rows = state->key_rows;
    key_rows.clear();
    for (size_t p = 0; p < projected.column_count(); ++p) {
      if (!projected.column(p).pruned()) continue;
      if (key_rows.empty()) {
        key_rows.resize(rows.size());
        for (size_t r = 0; r < rows.size(); ++r) {
          key_rows[r] = rows[r] == kNullRow ? kNullRow : group_of[rows[r]];
        }
      }
      state->groups.KeyValues(key_rows, out.column(p));
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
      const auto* state = static_cast<const SelectState*>(raw_state);
      size_t bytes = state->groups.bytes();
      for (const auto& a : state->aggregates) bytes += a->bytes();
      absl::StrAppend(&out, ", ", state->groups.size(), " groups, ~", bytes, " bytes");
    }
    return out + ")";
  }

 private:
  // Whether projection p is the carried group-by key (SelectSpec::carried_key), bare.
  bool IsCarriedKey(size_t p) const {
    return spec_.carried_key >= 0 && spec_.projection_refs[p] == spec_.carried_key;
  }

  // Evaluates the projections over `in` (a selector scope). A projection `consume` marks (a bare
  // reference to a column nothing reads afterwards) takes its column, after every other
  // projection has read it. `row_groups`: the group of each row of `in`, for the projections
  // of a carried key, which are the groups' key values (left to the output stage, for the
  // leaving rows only, when neither having nor order by reads them).
  absl::Status Project(const SelectState& state, const std::vector<uint32_t>& row_groups,
                       Batch& in, const ProcessContext& ctx, Batch& projected,
                       const std::vector<bool>* consume = nullptr) const {
    projected.columns().resize(spec_.projections.size());
    for (size_t p = 0; p < spec_.projections.size(); ++p) {
      if (IsCarriedKey(p)) {
        if (Reads(spec_.late_output_reads, p)) {
          state.groups.KeyValues(row_groups, projected.columns()[p]);
        } else {  // only the rows that leave need it: the output stage fills it in
          projected.columns()[p] = Column(spec_.output.at(p).type, /*pruned=*/true);
        }
        continue;
      }
      if (consume != nullptr && (*consume)[p]) continue;
      TALON_RETURN_IF_ERROR(spec_.projections[p]->Eval(in, ctx.eval, projected.columns()[p]));
    }
    if (consume == nullptr) return absl::OkStatus();
    for (size_t p = 0; p < spec_.projections.size(); ++p) {
      if (!(*consume)[p]) continue;
      TALON_RETURN_IF_ERROR(
          spec_.projections[p]->EvalConsuming(in, ctx.eval, projected.columns()[p]));
    }
    return absl::OkStatus();
  }

  // Clears wanted[j] where having fails; having reads output ++ scope. The columns move into
  // the having scope and back, without copies.
  absl::Status Having(SelectState& state, Batch& scope, const ProcessContext& ctx,
                      Batch& projected, std::vector<uint8_t>& wanted) const {
    const size_t outputs = projected.column_count();
    Batch having_scope;
    having_scope.columns().reserve(outputs + scope.column_count());
    for (Column& c : projected.columns()) having_scope.columns().push_back(std::move(c));
    for (Column& c : scope.columns()) having_scope.columns().push_back(std::move(c));
    having_scope.timestamps() = std::move(scope.timestamps());
    having_scope.kinds() = std::move(scope.kinds());
    std::vector<uint8_t>& mask = state.having_mask;
    absl::Status status = spec_.having->Filter(having_scope, ctx.eval, mask);
    for (size_t c = 0; c < outputs; ++c) {
      projected.columns()[c] = std::move(having_scope.columns()[c]);
    }
    for (size_t c = 0; c < scope.column_count(); ++c) {
      scope.columns()[c] = std::move(having_scope.columns()[outputs + c]);
    }
    scope.timestamps() = std::move(having_scope.timestamps());
    scope.kinds() = std::move(having_scope.kinds());
    TALON_RETURN_IF_ERROR(status);
    uint8_t* __restrict keep = wanted.data();
    const uint8_t* __restrict pass = mask.data();
    const size_t rows = wanted.size();
    for (size_t j = 0; j < rows; ++j) keep[j] &= pass[j];
    return absl::OkStatus();
  }

  // Copies rows `rows` of `from` into `to` (empty), with their kinds and timestamps, column by
  // column where `reads` says the column is read (Reads); the others stay empty columns of
  // their type.
  static void GatherColumns(const Batch& from, const std::vector<uint32_t>& rows,
                            const std::vector<bool>& reads, Batch& to) {
    const size_t n = rows.size();
    to.timestamps().resize(n);
    to.kinds().resize(n);
    for (size_t k = 0; k < n; ++k) {
      to.timestamps()[k] = from.timestamp(rows[k]);
      to.kinds()[k] = from.kind(rows[k]);
    }
    to.columns().reserve(from.column_count());
    for (size_t c = 0; c < from.column_count(); ++c) {
      const Column& column = from.column(c);
      to.columns().emplace_back(column.type(), column.pruned());
      if (Reads(reads, c)) {
        to.columns().back().AppendGather(column, rows.data(), n);
      }
    }
  }

  // A kernel's input column: the scope's own column for a bare attribute reference (no copy),
  // else the kernel's result in `owned`.
  absl::Status Input(const ExprKernel& kernel, int ref, const Batch& events,
                     const ProcessContext& ctx, Column& owned, const Column*& out) const {
    if (ref >= 0 && events.column(static_cast<size_t>(ref)).type() == kernel.type()) {
      out = &events.column(static_cast<size_t>(ref));
      return absl::OkStatus();
    }
    TALON_RETURN_IF_ERROR(kernel.Eval(events, ctx.eval, owned));
    out = &owned;
    return absl::OkStatus();
  }

  // Moves `events`' columns, then the aggregate results, into `scope`, with the events' kinds
  // and timestamps (copied when `events` is the input batch, whose kinds mark its chunks).
  static void MakeScope(Batch& events, std::vector<Column> results, Batch& scope,
                        bool keep_kinds) {
    scope.columns() = std::move(events.columns());
    for (Column& c : results) scope.columns().push_back(std::move(c));
    if (keep_kinds) {
      scope.timestamps() = events.timestamps();
      scope.kinds() = events.kinds();
    } else {
      scope.timestamps() = std::move(events.timestamps());
      scope.kinds() = std::move(events.kinds());
    }
  }

  // The groups the window before numbered (SelectSpec::carried_key): the events' last column,
  // which is then dropped, so that the aggregate columns follow the input ones as usual.
  absl::Status TakeCarriedGroups(Batch& events, std::vector<uint32_t>& groups) const {
    const size_t inputs = spec_.input_reads.size();
    if (events.column_count() != inputs + 1 ||
        events.column(inputs).physical() != PhysicalType::kInt64) {
      return absl::InternalError(absl::StrCat("select step: expected ", inputs,
                                              " attributes and the group numbers, got ",
                                              events.column_count(), " columns"));
    }
    const Column& numbers = events.column(inputs);
    groups.assign(numbers.ints(), numbers.ints() + events.size());
    events.columns().pop_back();
    return absl::OkStatus();
  }

  // Numbers each event row's group (group-by keys hashed once per event).
  absl::Status AssignGroups(SelectState& state, const Batch& events, const ProcessContext& ctx,
                            std::vector<uint32_t>& groups) const {
    if (spec_.aggregators.empty() && spec_.group_by.empty()) return absl::OkStatus();
    std::vector<Column> owned(spec_.group_by.size());
    std::vector<const Column*> keys(spec_.group_by.size());
    for (size_t g = 0; g < spec_.group_by.size(); ++g) {
      TALON_RETURN_IF_ERROR(Input(*spec_.group_by[g], spec_.group_by_refs[g], events, ctx,
                                  owned[g], keys[g]));
    }
    state.groups.Assign(keys, events.size(), groups);
    return absl::OkStatus();
  }

  // Runs the aggregates over every event, in runs between resets (a reset clears every group),
  // and returns one result column of `rows` rows per aggregate: event j's value at row
  // out_rows[j] (skipped when negative), or at row j when out_rows is empty.
  absl::Status UpdateAggregates(SelectState& state, const std::vector<EventKind>& row_kinds,
                                const Batch& events, const ProcessContext& ctx,
                                const std::vector<uint32_t>& groups,
                                const std::vector<int32_t>& out_rows, size_t rows,
                                std::vector<Column>& results) const {
    std::vector<std::vector<Column>> owned_args;
    std::vector<std::vector<const Column*>> args;
    TALON_RETURN_IF_ERROR(PrepareAggregates(state, events, ctx, rows, owned_args, args, results));
    if (spec_.aggregators.empty()) return absl::OkStatus();
    const EventKind* kinds = events.kinds().data();
    const int32_t* rows_of = out_rows.empty() ? nullptr : out_rows.data();
    auto update = [&](size_t begin, size_t end) {
      if (begin == end) return;
      for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
        state.aggregates[a]->Update(groups.data(), kinds, args[a], begin, end,
                                    ResultRows{&results[a], rows_of});
      }
    };
    if (std::find(row_kinds.begin(), row_kinds.end(), EventKind::kReset) == row_kinds.end()) {
      update(0, events.size());
      return absl::OkStatus();
    }
    size_t run_begin = 0;
    size_t j = 0;  // events before the row at hand
    for (EventKind kind : row_kinds) {
      if (kind == EventKind::kReset) {
        // A batch window emptied: every group starts again (processReset on all states).
        update(run_begin, j);
        for (auto& aggregate : state.aggregates) aggregate->ResetAll();
        run_begin = j;
      } else if (IsEvent(kind)) {
        ++j;
      }
    }
    update(run_begin, j);
    return absl::OkStatus();
  }

  // Evaluates the aggregates' arguments over `events` (bare attributes read in place, else into
  // `owned_args`), sizes every group state, and makes one NULL result column of `rows` rows per
  // aggregate.
  absl::Status PrepareAggregates(SelectState& state, const Batch& events,
                                 const ProcessContext& ctx, size_t rows,
                                 std::vector<std::vector<Column>>& owned_args,
                                 std::vector<std::vector<const Column*>>& args,
                                 std::vector<Column>& results) const {
    for (Type t : spec_.aggregate_types) {
      results.emplace_back(t);
      results.back().Resize(rows);
    }
    owned_args.resize(spec_.aggregators.size());
    args.resize(spec_.aggregators.size());
    for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
      const size_t arity = spec_.aggregator_args[a].size();
      owned_args[a].resize(arity);
      args[a].resize(arity);
      for (size_t k = 0; k < arity; ++k) {
        TALON_RETURN_IF_ERROR(Input(*spec_.aggregator_args[a][k], spec_.aggregator_arg_refs[a][k],
                                    events, ctx, owned_args[a][k], args[a][k]));
      }
      state.aggregates[a]->Resize(state.groups.size());
    }
    return absl::OkStatus();
  }

  // UpdateAggregates for a batch whose leaving events (`selected`, no reset among them) are each
  // the last event of their group in their chunk, and whose resets lead their chunks
  // (`chunk_resets`, empty without resets): runs the aggregates a chunk at a time and writes
  // the groups' values after the chunk, entry k of `selected` at row k of the result columns.
  // `all_current`: no expired event among `events`.
  absl::Status AccumulateAggregates(SelectState& state, const Batch& events,
                                    const ProcessContext& ctx,
                                    const std::vector<uint32_t>& groups,
                                    const std::vector<size_t>& selected,
                                    const std::vector<ChunkBound>& bounds,
                                    const std::vector<uint8_t>& chunk_resets, bool all_current,
                                    size_t rows, std::vector<Column>& results) const {
    std::vector<std::vector<Column>> owned_args;
    std::vector<std::vector<const Column*>> args;
    TALON_RETURN_IF_ERROR(PrepareAggregates(state, events, ctx, rows, owned_args, args, results));
    const EventKind* kinds_or_null = all_current ? nullptr : events.kinds().data();
    size_t begin = 0;
    size_t k = 0;
    for (size_t c = 0; c < bounds.size(); ++c) {
      const ChunkBound& bound = bounds[c];
      if (c < chunk_resets.size() && chunk_resets[c]) {
        for (auto& aggregate : state.aggregates) aggregate->ResetAll();
      }
      for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
        state.aggregates[a]->Accumulate(groups.data(), kinds_or_null, args[a], begin,
                                        bound.events);
      }
      for (; k < bound.selected; ++k) {
        for (size_t a = 0; a < spec_.aggregators.size(); ++a) {
          state.aggregates[a]->WriteResult(groups[selected[k]], results[a], k);
        }
      }
      begin = bound.events;
    }
    return absl::OkStatus();
  }

  // Chunk by chunk (kTimer rows end chunks), appends the rows that leave to `selected`, and,
  // with `bounds`, each chunk's end.
  void SelectChunks(SelectState& state, const std::vector<EventKind>& row_kinds,
                    const std::vector<uint32_t>& groups, const std::vector<uint8_t>& wanted,
                    const Batch& events, const Batch& projected, std::vector<size_t>& selected,
                    std::vector<size_t>& chunk_ends, std::vector<ChunkBound>* bounds) const {
    state.chunk_slot.assign(state.groups.size(), -1);
    ChunkSpan span;
    // Ends the chunk at batch row `row_end`, after event row `next_event`.
    auto flush = [&](size_t row_end, size_t next_event) {
      span.row_end = row_end;
      span.ev_end = next_event;
      if (span.row_end > span.row_begin) {
        SelectChunk(state, span, row_kinds, groups, wanted, events, projected, selected);
      }
      if (!selected.empty() && (chunk_ends.empty() || chunk_ends.back() != selected.size())) {
        chunk_ends.push_back(selected.size());
      }
      if (bounds != nullptr) bounds->push_back(ChunkBound{next_event, selected.size()});
      span.row_begin = row_end + 1;
      span.ev_begin = next_event;
    };
    size_t next_event = 0;  // a local, not captured: the scan below keeps it in a register
    if (wanted.size() == row_kinds.size()) {
      next_event = row_kinds.size();  // every row is an event (`wanted` has one per event)
    } else {
      for (size_t r = 0; r < row_kinds.size(); ++r) {
        EventKind k = row_kinds[r];
        if (IsEvent(k)) {
          ++next_event;
        } else if (k == EventKind::kTimer) {
          flush(r, next_event);
        }
      }
    }
    flush(row_kinds.size(), next_event);
  }

  // Appends to `selected` the event positions of one chunk that leave, in output order.
  void SelectChunk(SelectState& state, const ChunkSpan& span,
                   const std::vector<EventKind>& row_kinds, const std::vector<uint32_t>& groups,
                   const std::vector<uint8_t>& wanted, const Batch& events,
                   const Batch& projected, std::vector<size_t>& selected) const {
    const bool aggregates = !spec_.aggregators.empty();
    // Calls visit(ev) for each event of the chunk and reset(row) for each reset, in order.
    auto for_each_row = [&](auto&& visit, auto&& reset) {
      if (span.row_end - span.row_begin == span.ev_end - span.ev_begin) {
        for (size_t ev = span.ev_begin; ev < span.ev_end; ++ev) visit(ev);  // events only
        return;
      }
      size_t ev = span.ev_begin;
      for (size_t r = span.row_begin; r < span.row_end; ++r) {
        EventKind k = row_kinds[r];
        if (IsEvent(k)) {
          visit(ev++);
        } else if (k == EventKind::kReset) {
          reset(r);
        }
      }
    };
    if (spec_.batching && !spec_.group_by.empty()) {
      // LinkedHashMap<key, last event>: a group keeps the place of its first event.
      std::vector<size_t>& order = state.order;
      order.clear();
      std::vector<int32_t>& slot = state.chunk_slot;
      auto last_of = [&](size_t ev) {
        int32_t& place = slot[groups[ev]];
        if (place < 0) {
          place = static_cast<int32_t>(order.size());
          order.push_back(ev);
        } else {
          order[static_cast<size_t>(place)] = ev;
        }
      };
      // Resets and chunk ends play no part here: walk the chunk's events alone.
      const auto first = wanted.begin() + static_cast<std::ptrdiff_t>(span.ev_begin);
      const auto last = wanted.begin() + static_cast<std::ptrdiff_t>(span.ev_end);
      if (std::all_of(first, last, [](uint8_t w) { return w != 0; })) {
        for (size_t ev = span.ev_begin; ev < span.ev_end; ++ev) last_of(ev);
      } else {
        // The wanted events first, without a branch per event (after `having` they are few,
        // at no predictable places), then their groups.
        std::vector<size_t>& hits = state.hits;
        hits.resize(span.ev_end - span.ev_begin);
        size_t found = 0;
        for (size_t ev = span.ev_begin; ev < span.ev_end; ++ev) {
          hits[found] = ev;
          found += wanted[ev] != 0 ? 1 : 0;
        }
        for (size_t k = 0; k < found; ++k) last_of(hits[k]);
      }
      for (size_t ev : order) slot[groups[ev]] = -1;
      std::vector<ChunkRow>& rows = state.chunk_rows;
      rows.clear();
      for (size_t ev : order) rows.push_back(ChunkRow{false, ev});
      OrderOffsetLimit(rows, events, projected, selected);
      return;
    }
    if (spec_.batching && aggregates) {
      std::optional<size_t> last;
      for_each_row(
          [&](size_t ev) {
            if (wanted[ev]) last = ev;
          },
          [](size_t) {});
      if (last && spec_.offset.value_or(0) == 0 && spec_.limit.value_or(1) > 0) {
        selected.push_back(*last);
      }
      return;
    }
    std::vector<ChunkRow>& rows = state.chunk_rows;
    rows.clear();
    for_each_row(
        [&](size_t ev) {
          if (wanted[ev]) rows.push_back(ChunkRow{false, ev});
        },
        [&](size_t r) { rows.push_back(ChunkRow{true, r}); });
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
                               const Column& column = o.input ? events.column(o.column)
                                                              : projected.column(o.column);
                               int c = CompareForOrder(column, x.ev, y.ev, o.ascending);
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
  // Per projection: whether Project with `consume` takes its column (see the constructor),
  // without and with having / order by reading the scope afterwards.
  std::vector<bool> takes_column_;
  std::vector<bool> takes_column_before_late_reads_;
  bool bare_projections_ = false;  // every projection is a bare reference (projection_refs)
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

GroupIds* SelectGroupIds(OperatorState* select_state) {
  return &static_cast<SelectState*>(select_state)->groups;
}

absl::StatusOr<std::unique_ptr<Operator>> MakeSelectOperator(SelectSpec spec) {
  return std::make_unique<SelectOperator>(std::move(spec));
}

std::unique_ptr<Operator> MakeOrderLimitOperator(OrderLimitSpec spec) {
  return std::make_unique<OrderLimitMarker>(std::move(spec));
}

}  // namespace talon::exec
