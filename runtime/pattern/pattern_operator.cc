#include "runtime/pattern/pattern_operator.h"

#include <algorithm>
#include <set>

#include "absl/hash/hash.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "frontend/base/status_macros.h"
#include "runtime/pattern/nfa.h"

namespace talon::exec {
namespace {

using pattern::InputEvent;
using pattern::kEmptyEvent;
using pattern::kNoEvent;
using pattern::Match;
using pattern::Nfa;
using pattern::NfaSpec;
using pattern::StateKind;

void CollectColumns(const bound::Expr& e, std::set<int>& out) {
  if (e.kind == bound::ExprKind::kFieldRef) out.insert(e.column);
  for (const bound::ExprPtr& o : e.operands) CollectColumns(*o, out);
}

// One state's transition condition, compiled over [the state's stream ++ pattern refs].
struct Condition {
  std::unique_ptr<PredicateKernel> kernel;  // null: no condition (always true)
  std::vector<int> stream_columns;          // stream columns it reads
  std::vector<int> refs;                    // pattern refs it reads
  Schema scope;
  // A conjunct `stream column == ref` usable as an equality index (-1: none).
  int index_column = -1;
  int index_ref = -1;
};

// Finds a top-level conjunct `attr == e.x` whose reference is fixed once the match reaches the
// state: an attribute of an earlier plain event, or e[0] of a counting state with a minimum.
void FindIndex(const bound::Expr& e, int state, int width, const bound::PatternInput& pattern,
               const NfaSpec& spec, Condition& c) {
  if (c.index_ref >= 0) return;
  if (e.kind == bound::ExprKind::kAnd) {
    for (const bound::ExprPtr& o : e.operands) FindIndex(*o, state, width, pattern, spec, c);
    return;
  }
  if (e.kind != bound::ExprKind::kCompare || e.compare != bound::CompareOp::kEq) return;
  const bound::Expr& a = *e.operands[0];
  const bound::Expr& b = *e.operands[1];
  if (a.kind != bound::ExprKind::kFieldRef || b.kind != bound::ExprKind::kFieldRef) return;
  const bound::Expr& col = a.column < width ? a : b;
  const bound::Expr& ref_expr = a.column < width ? b : a;
  if (col.column >= width || ref_expr.column < width || col.type != ref_expr.type) return;
  PhysicalType physical = PhysicalTypeOf(col.type);
  if (physical != PhysicalType::kInt64 && physical != PhysicalType::kString) return;
  int r = ref_expr.column - width;
  const bound::StateRef& ref = pattern.refs[r];
  if (ref.attribute < 0 || ref.all_events || ref.state == state) return;
  const pattern::NfaState& t = spec.states[ref.state];
  bool fixed = false;
  if (t.kind == StateKind::kStream || t.kind == StateKind::kLogical) {
    fixed = ref.index.kind == ast::EventIndex::Kind::kNone;
  } else if (t.kind == StateKind::kCount) {
    fixed = t.min_count >= 1 && ref.index.kind == ast::EventIndex::Kind::kNumber &&
            ref.index.value == 0;
  }
  if (!fixed) return;
  c.index_column = col.column;
  c.index_ref = r;
}

uint64_t KeyOf(const Column& column, size_t row) {
  if (column.physical() == PhysicalType::kString) {
    const std::string& s = column.strings()[row];
    return absl::HashOf(absl::string_view(s.data(), s.size()));
  }
  return absl::HashOf(column.ints()[row]);
}

// Where a reference points in a match: a stored row, the event being offered, an empty event,
// or nothing.
struct Cell {
  enum class Kind { kNone, kStored, kCurrent, kEmpty };
  Kind kind = Kind::kNone;
  uint32_t row = 0;
};

class PatternOperator;

// What the operator needs while it runs, whatever the key: event-only verdicts over the chunk
// being processed, per state, and per state the scope batch its condition is tested over (per
// state because two states' scopes may have the same width and different column types).
// Shared by every partition key (an app is driven by one thread; Process is not re-entered).
struct PatternScratch {
  const Batch* verdict_chunk = nullptr;
  std::vector<std::vector<uint8_t>> verdicts;
  std::vector<uint8_t> verdict_done;
  std::vector<Batch> scopes;
};

// Per partition key: the automaton, plus the scratch the operator needs while it runs.
class PatternState : public OperatorState, public pattern::NfaHost {
 public:
  explicit PatternState(const PatternOperator* op);

  absl::Status Test(int state, const InputEvent& event, const std::vector<Match*>& candidates,
                    std::vector<uint8_t>& mask) override;
  int Verdict(int state, const InputEvent& event) override;
  absl::Status Emit(const Match& match) override;
  bool Indexable(int state) override;
  bool IndexKey(int state, const Match* match, const InputEvent* event, uint64_t* key) override;

  std::unique_ptr<Nfa> nfa;  // created when the instance starts (Operator::Start)
  Batch* out = nullptr;
  EvalContext eval;  // of the current call: the clock, the app's tables
  // Verdicts of event-only conditions over the chunk being processed, per state.

 private:
  const PatternOperator* op_;
};

class PatternOperator : public Operator {
 public:
  PatternOperator(NfaSpec spec, std::vector<Schema> input_schemas,
                  std::vector<bound::StateRef> refs, std::vector<Condition> conditions,
                  Schema output)
      : spec_(std::move(spec)),
        input_schemas_(std::move(input_schemas)),
        refs_(std::move(refs)),
        conditions_(std::move(conditions)),
        output_(std::move(output)) {
    scratch_.verdicts.resize(spec_.states.size());
    scratch_.verdict_done.assign(spec_.states.size(), 0);
    scratch_.scopes.resize(spec_.states.size());
  }

  std::unique_ptr<OperatorState> CreateState() const override {
    return std::make_unique<PatternState>(this);
  }

  // The instance starts (app start, or the first event of a partition key): start states get
  // their first match and a leading `not ... for` starts waiting from `now`.
  void Start(OperatorState* raw, Timestamp now) const override {
    auto* state = static_cast<PatternState*>(raw);
    state->nfa = std::make_unique<Nfa>(&spec_, input_schemas_, now);
  }

  absl::Status Process(OperatorState* raw, Batch& batch, const ProcessContext& ctx) const override {
    auto* state = static_cast<PatternState*>(raw);
    Batch out;
    state->out = &out;
    state->eval = ctx.eval;
    scratch_.verdict_chunk = &batch;
    std::fill(scratch_.verdict_done.begin(), scratch_.verdict_done.end(), 0);
    absl::Status status;
    for (size_t r = 0; r < batch.size() && status.ok(); ++r) {
      if (batch.kind(r) != EventKind::kCurrent) continue;
      InputEvent event{ctx.input, &batch, r, batch.timestamp(r)};
      status = state->nfa->Process(event, ctx.now, *state);
    }
    scratch_.verdict_chunk = nullptr;
    state->out = nullptr;
    batch = std::move(out);
    return status;
  }

  absl::Status OnTime(OperatorState* raw, Timestamp now, Batch& out) const override {
    auto* state = static_cast<PatternState*>(raw);
    state->out = &out;
    state->eval.now = now;
    absl::Status status = state->nfa->AdvanceTime(now, *state);
    state->out = nullptr;
    return status;
  }

  bool time_driven() const override { return true; }
  // Lets a partitioned pipeline visit on a clock move only the keys with a timer or a `within`
  // expiry due (AdvanceTime does nothing for the others).
  bool reports_due() const override { return true; }
  std::optional<Timestamp> NextDue(const OperatorState* raw) const override {
    const auto* state = static_cast<const PatternState*>(raw);
    if (state == nullptr || state->nfa == nullptr) return std::nullopt;
    return state->nfa->NextDue();
  }
  bool emits_one_chunk_per_row() const override { return true; }

  std::string Describe(const OperatorState* raw) const override {
    std::string out = absl::StrCat(spec_.sequence ? "sequence" : "pattern", " (",
                                   spec_.states.size(), " states");
    size_t compiled = 0;
    std::string backend;
    for (const Condition& c : conditions_) {
      if (c.kernel == nullptr) continue;
      ++compiled;
      if (backend.empty()) backend = c.kernel->info().backend;
    }
    absl::StrAppend(&out, ", ", compiled, " conditions");
    if (!backend.empty()) absl::StrAppend(&out, " [", backend, "]");
    if (spec_.within_ms) absl::StrAppend(&out, ", within ", *spec_.within_ms, " ms");
    if (raw != nullptr) {
      const auto* state = static_cast<const PatternState*>(raw);
      if (state->nfa != nullptr) {
        absl::StrAppend(&out, ", ", state->nfa->PendingMatches(), " pending, ",
                        state->nfa->MemoryBytes(), " bytes");
      }
    }
    return out + ")";
  }

  std::optional<StateUsage> Usage(const OperatorState* raw) const override {
    StateUsage usage;
    const auto* state = static_cast<const PatternState*>(raw);
    if (state == nullptr || state->nfa == nullptr) return usage;
    usage.events = state->nfa->PendingMatches();
    usage.bytes = state->nfa->MemoryBytes();
    return usage;
  }

  const NfaSpec& spec() const { return spec_; }
  const std::vector<Schema>& input_schemas() const { return input_schemas_; }
  const std::vector<bound::StateRef>& refs() const { return refs_; }
  const Condition& condition(int s) const { return conditions_[s]; }
  const Schema& output() const { return output_; }
  PatternScratch& scratch() const { return scratch_; }

  // Where reference `ref` points in `m`. In a condition of state `placed`, the offered event
  // `event` sits in that state (appended to a counting state's events); there `e[last]` of the
  // state's own event name means the event before the offered one (Siddhi's parseVariable).
  Cell Resolve(const Match& m, const bound::StateRef& ref, int placed,
               const InputEvent* event) const {
    int t = ref.state;
    int n = m.size(t);
    bool here = t == placed;
    bool append = here && spec_.states[t].kind == StateKind::kCount;
    int size = here ? (append ? n + 1 : 1) : n;
    int k;
    switch (ref.index.kind) {
      case ast::EventIndex::Kind::kNone: k = size - 1; break;
      case ast::EventIndex::Kind::kNumber: k = static_cast<int>(ref.index.value); break;
      case ast::EventIndex::Kind::kLast: {
        int back = static_cast<int>(ref.index.value) + 1;
        if (here && spec_.states[t].named) ++back;
        k = size - back;
        break;
      }
      default: k = size - 1; break;
    }
    if (k < 0 || k >= size) return Cell{};
    if (here && (!append || k == n)) return Cell{Cell::Kind::kCurrent, 0};
    uint32_t row = m.at(t, k);
    if (row == kEmptyEvent) return Cell{Cell::Kind::kEmpty, 0};
    if (row == kNoEvent) return Cell{};
    return Cell{Cell::Kind::kStored, row};
  }

  // `e.x` of a counting state in the selector: every collected value, as a list (Siddhi's
  // java.util.List).
  void WriteAll(const Match& m, const bound::StateRef& ref, Column& dst, size_t j) const {
    int n = m.size(ref.state);
    if (n == 0 || ref.attribute < 0) return;
    std::vector<Value> items;
    items.reserve(static_cast<size_t>(n));
    for (int k = 0; k < n; ++k) {
      uint32_t row = m.at(ref.state, k);
      if (row >= kEmptyEvent) {
        items.push_back(Value());
        continue;
      }
      items.push_back(m.store(ref.state).column(ref.attribute).Get(row));
    }
    dst.Set(j, Value::List(std::move(items)));
  }

  // Writes reference `ref` of `m` into cell `j` of `dst` (which is NULL on entry).
  void Write(const Match& m, const bound::StateRef& ref, const Cell& cell, const InputEvent* event,
             Column& dst, size_t j) const {
    if (cell.kind == Cell::Kind::kNone) return;
    if (ref.attribute < 0) {  // `e is null`: the event itself
      dst.Set(j, Value::Bool(true));
      return;
    }
    switch (cell.kind) {
      case Cell::Kind::kStored:
        pattern::CopyCell(m.store(ref.state).column(ref.attribute), cell.row, dst, j);
        return;
      case Cell::Kind::kCurrent:
        pattern::CopyCell(event->chunk->column(ref.attribute), event->row, dst, j);
        return;
      default: return;  // an empty event: every attribute NULL
    }
  }

 private:
  NfaSpec spec_;
  std::vector<Schema> input_schemas_;
  std::vector<bound::StateRef> refs_;
  std::vector<Condition> conditions_;
  Schema output_;
  mutable PatternScratch scratch_;
};

PatternState::PatternState(const PatternOperator* op) : op_(op) {}

int PatternState::Verdict(int state, const InputEvent& event) {
  const Condition& c = op_->condition(state);
  if (c.kernel == nullptr) return 1;
  PatternScratch& scratch = op_->scratch();
  if (!c.refs.empty() || scratch.verdict_chunk != event.chunk) return -1;
  // The condition reads the event only: one vectorized predicate over the whole chunk. The
  // chunk's columns are the scope's first ones and the kernel reads no other.
  if (!scratch.verdict_done[state]) {
    absl::Status status = c.kernel->Filter(*event.chunk, eval, scratch.verdicts[state]);
    if (!status.ok()) return -1;  // let Test report it
    scratch.verdict_done[state] = 1;
  }
  return scratch.verdicts[state][event.row];
}

absl::Status PatternState::Test(int state, const InputEvent& event,
                                const std::vector<Match*>& candidates,
                                std::vector<uint8_t>& mask) {
  const Condition& c = op_->condition(state);
  size_t n = candidates.size();
  if (c.kernel == nullptr) {
    mask.assign(n, 1);
    return absl::OkStatus();
  }
  // The scope of the condition, one row per candidate: the offered event's columns, then the
  // references it reads. Only the columns the condition reads are filled; they keep their
  // storage from call to call (strings keep their capacity).
  Batch& scope = op_->scratch().scopes[state];
  std::vector<Column>& cols = scope.columns();
  if (cols.empty()) {
    for (const Attribute& a : c.scope.attributes()) cols.emplace_back(a.type);
  }
  for (int col : c.stream_columns) {
    Column& dst = cols[col];
    if (dst.size() != n) dst.Resize(n);
    const Column& src = event.chunk->column(col);
    for (size_t k = 0; k < n; ++k) pattern::CopyCell(src, event.row, dst, k);
  }
  size_t width = op_->input_schemas()[op_->spec().states[state].input].size();
  for (int r : c.refs) {
    const bound::StateRef& ref = op_->refs()[r];
    Column& dst = cols[width + r];
    if (dst.size() != n) dst.Resize(n);
    std::fill(dst.nulls(), dst.nulls() + n, 1);
    for (size_t k = 0; k < n; ++k) {
      Cell cell = op_->Resolve(*candidates[k], ref, state, &event);
      op_->Write(*candidates[k], ref, cell, &event, dst, k);
    }
  }
  scope.timestamps().assign(n, event.timestamp);
  scope.kinds().assign(n, EventKind::kCurrent);
  return c.kernel->Filter(scope, eval, mask);
}

bool PatternState::Indexable(int state) { return op_->condition(state).index_ref >= 0; }

bool PatternState::IndexKey(int state, const Match* match, const InputEvent* event,
                            uint64_t* key) {
  const Condition& c = op_->condition(state);
  const Column* column;
  size_t row;
  if (match != nullptr) {
    const bound::StateRef& ref = op_->refs()[c.index_ref];
    Cell cell = op_->Resolve(*match, ref, state, nullptr);
    if (cell.kind != Cell::Kind::kStored) return false;
    column = &match->store(ref.state).column(ref.attribute);
    row = cell.row;
  } else {
    column = &event->chunk->column(c.index_column);
    row = event->row;
  }
  if (column->IsNull(row)) return false;
  *key = KeyOf(*column, row);
  return true;
}

absl::Status PatternState::Emit(const Match& match) {
  Batch& o = *out;
  if (o.column_count() != op_->output().size()) o = Batch(op_->output());
  size_t j = o.size();
  for (Column& col : o.columns()) col.Resize(j + 1);
  const std::vector<bound::StateRef>& refs = op_->refs();
  for (size_t r = 0; r < refs.size(); ++r) {
    if (refs[r].all_events) {
      op_->WriteAll(match, refs[r], o.column(r), j);
      continue;
    }
    Cell cell = op_->Resolve(match, refs[r], -1, nullptr);
    op_->Write(match, refs[r], cell, nullptr, o.column(r), j);
  }
  o.timestamps().push_back(match.timestamp());
  o.kinds().push_back(EventKind::kCurrent);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<Operator>> MakePatternOperator(const bound::App& app,
                                                              const bound::PatternInput& pattern,
                                                              const std::vector<int>& input_streams,
                                                              KernelFactory& kernels) {
  TALON_ASSIGN_OR_RETURN(NfaSpec spec, pattern::BuildNfaSpec(pattern));
  if (spec.input_streams != input_streams) {
    return absl::InternalError("pattern inputs do not match the planned sources");
  }
  std::vector<Schema> input_schemas;
  for (int stream : spec.input_streams) input_schemas.push_back(app.streams[stream].schema);

  std::vector<Condition> conditions(pattern.states.size());
  for (size_t s = 0; s < pattern.states.size(); ++s) {
    const bound::PatternState& ps = pattern.states[s];
    Condition& c = conditions[s];
    const Schema& stream = input_schemas[spec.states[s].input];
    c.scope = stream;
    for (const Attribute& a : pattern.scope.attributes()) c.scope.Add(a.name, a.type);
    if (ps.condition == nullptr) continue;
    TALON_ASSIGN_OR_RETURN(c.kernel, kernels.MakePredicate(*ps.condition, c.scope));
    FindIndex(*ps.condition, static_cast<int>(s), static_cast<int>(stream.size()), pattern, spec,
              c);
    std::set<int> columns;
    CollectColumns(*ps.condition, columns);
    for (int col : columns) {
      if (col < static_cast<int>(stream.size())) {
        c.stream_columns.push_back(col);
      } else {
        c.refs.push_back(col - static_cast<int>(stream.size()));
      }
    }
  }
  return std::make_unique<PatternOperator>(std::move(spec), std::move(input_schemas),
                                           pattern.refs, std::move(conditions), pattern.scope);
}

}  // namespace talon::exec
