#include "runtime/aggregation/incremental_aggregation.h"

#include <cmath>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/aggregation/java_util_hash_map.h"

namespace talon::exec {
namespace {

// The identity a value has in Java's HashSet (distinctCount's AGG_SET_x): equal numbers of one
// type, doubles by bit pattern (NaN equal to itself), NULL one value of its own.
std::string DistinctKey(const Value& v) {
  if (v.is_null()) return std::string("\0", 1);
  switch (v.type()) {
    case Type::kFloat:
    case Type::kDouble: {
      double d = v.AsDouble();
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      if (std::isnan(d)) bits = 0x7ff8000000000000ull;
      return absl::StrCat("d", bits);
    }
    case Type::kString:
      return absl::StrCat("s", v.string_value());
    default:
      return absl::StrCat("v", v.ToString());
  }
}

// The argument of AGG_SUM_x converted as `convert(x, 'long'|'double')` does.
Value SumInitial(const Value& v, Type sum_type) {
  if (v.is_null()) return Value::Null(sum_type);
  return sum_type == Type::kLong ? Value::Long(v.AsLong()) : Value::Double(v.AsDouble());
}

}  // namespace

IncrementalAggregation::IncrementalAggregation(const bound::Aggregation& def)
    : name_(def.name), layout_(def), durations_(def.durations) {}

absl::StatusOr<std::unique_ptr<IncrementalAggregation>> IncrementalAggregation::Create(
    const bound::Aggregation& def, KernelFactory& kernels) {
  auto agg = std::unique_ptr<IncrementalAggregation>(new IncrementalAggregation(def));
  for (const bound::Handler& h : def.input.handlers) {
    if (h.kind != bound::Handler::Kind::kFilter) {
      return absl::UnimplementedError(absl::StrCat(
          "aggregation '", def.name, "': only filters may precede an aggregation's buckets"));
    }
    TALON_ASSIGN_OR_RETURN(auto filter, kernels.MakePredicate(*h.filter, h.output));
    agg->filters_.push_back(std::move(filter));
  }
  if (def.timestamp != nullptr) {
    TALON_ASSIGN_OR_RETURN(agg->timestamp_, kernels.MakeExpr(*def.timestamp, def.input.scope));
  }
  agg->latest_.resize(def.outputs.size());
  for (size_t o = 0; o < def.outputs.size(); ++o) {
    if (def.outputs[o].kind != bound::AggregationOutput::Kind::kLatest) continue;
    TALON_ASSIGN_OR_RETURN(agg->latest_[o],
                           kernels.MakeExpr(*def.outputs[o].latest, def.input.scope));
  }
  // Longest duration first, so each executor knows the next one; only the root schedules.
  agg->executors_.resize(agg->durations_.size());
  IncrementalExecutor* next = nullptr;
  for (size_t i = agg->durations_.size(); i-- > 0;) {
    agg->executors_[i] = std::make_unique<IncrementalExecutor>(
        agg->durations_[i], &agg->layout_, next, i == 0 ? &agg->wakeups_ : nullptr);
    next = agg->executors_[i].get();
  }
  return agg;
}

bool IncrementalAggregation::HasDuration(AggregationDuration duration) const {
  for (AggregationDuration d : durations_) {
    if (d == duration) return true;
  }
  return false;
}

absl::Status IncrementalAggregation::Receive(const Batch& chunk, const EvalContext& ctx) {
  if (executors_.empty()) return absl::OkStatus();
  Batch events = chunk;
  std::vector<uint8_t> mask(events.size());
  for (size_t i = 0; i < events.size(); ++i) mask[i] = events.kind(i) == EventKind::kCurrent;
  events.Filter(mask);
  for (const auto& filter : filters_) {
    if (events.empty()) break;
    TALON_RETURN_IF_ERROR(filter->Filter(events, ctx, mask));
    events.Filter(mask);
  }
  if (events.empty()) return absl::OkStatus();

  Column times;
  if (timestamp_ != nullptr) TALON_RETURN_IF_ERROR(timestamp_->Eval(events, ctx, times));
  std::vector<Column> latest(latest_.size());
  for (size_t o = 0; o < latest_.size(); ++o) {
    if (latest_[o] != nullptr) TALON_RETURN_IF_ERROR(latest_[o]->Eval(events, ctx, latest[o]));
  }

  // Every event becomes a row before any joins a bucket: one bad time refuses the chunk.
  const std::vector<LayoutColumn>& columns = layout_.columns();
  std::vector<AggregateRow> rows;
  rows.reserve(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    AggregateRow row = layout_.EmptyRow();
    row.timestamp = events.timestamp(i);
    Timestamp time = events.timestamp(i);
    if (timestamp_ != nullptr) {
      Value v = times.Get(i);
      if (v.is_null()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "aggregation '", name_, "' cannot bucket an event whose 'aggregate by' time is null"));
      }
      if (v.type() == Type::kString) {
        absl::StatusOr<Timestamp> parsed = ParseAggregationTime(v.string_value());
        if (!parsed.ok()) {
          return absl::InvalidArgumentError(absl::StrCat(
              "aggregation '", name_, "' dropped the chunk: ", parsed.status().message()));
        }
        time = *parsed;
      } else {
        time = v.AsLong();
      }
    }
    for (size_t c = 0; c < columns.size(); ++c) {
      const LayoutColumn& col = columns[c];
      AggregateCell& cell = row.cells[c];
      switch (col.role) {
        case ColumnRole::kTimestamp:
        case ColumnRole::kExternal:
        case ColumnRole::kLastTimestamp:
          cell.value = Value::Long(time);
          break;
        case ColumnRole::kGroup:
          cell.value = events.column(col.source).Get(i);
          break;
        case ColumnRole::kLatest:
          cell.value = latest[col.source].Get(i);
          break;
        case ColumnRole::kSum:
          cell.value = col.source < 0 ? Value::Long(1)
                                      : SumInitial(events.column(col.source).Get(i), col.type);
          break;
        case ColumnRole::kMin:
        case ColumnRole::kMax:
          cell.value = events.column(col.source).Get(i);
          break;
        case ColumnRole::kSet:
          cell.set.insert(DistinctKey(events.column(col.source).Get(i)));
          break;
      }
    }
    rows.push_back(std::move(row));
  }
  for (const AggregateRow& row : rows) executors_[0]->Process(row);
  return absl::OkStatus();
}

void IncrementalAggregation::OnTime(Timestamp now) {
  while (!wakeups_.empty() && *wakeups_.begin() <= now) {
    Timestamp at = *wakeups_.begin();
    wakeups_.erase(wakeups_.begin());
    executors_[0]->OnTimer(at);
  }
}

Timestamp IncrementalAggregation::OldestRunningBucket(AggregationDuration per) const {
  for (size_t i = durations_.size(); i-- > 0;) {
    if (durations_[i] > per) continue;
    Timestamp start = executors_[i]->bucket_start();
    if (start != -1) return start;
  }
  return -1;
}

absl::StatusOr<Batch> IncrementalAggregation::Find(const WithinRange& range,
                                                   AggregationDuration per) const {
  size_t index = 0;
  while (index < durations_.size() && durations_[index] != per) ++index;
  if (index == durations_.size()) {
    std::string name(bound::AggregationDurationName(per));
    return absl::InvalidArgumentError(absl::StrCat("aggregation '", name_, "' does not keep ", name,
                                                   " buckets, so it cannot be read per ", name));
  }
  auto within = [&](const AggregateRow& row) {
    Timestamp t = layout_.FilterTime(row);
    return range.start <= t && t < range.end;
  };

  // Finished buckets from the table of `per`.
  std::vector<AggregateRow> rows;
  executors_[index]->table().ForEach([&](const AggregateRow& row) {
    if (within(row)) rows.push_back(row);
  });

  // Running buckets at `per` and below, merged per group and `per` bucket
  // (IncrementalDataAggregator). Without `aggregate by` they are read only when the range
  // reaches them; an aggregation without keys merges them into one row.
  Timestamp oldest = OldestRunningBucket(per);
  if (layout_.external() || (oldest != -1 && range.end > oldest)) {
    JavaUtilHashMap<GroupState> merged;
    const AggregationDuration root = durations_[0];
    for (size_t k = index + 1; k-- > 0;) {
      for (const auto& [key, row] : executors_[k]->RunningRows()) {
        std::string merge_key =
            layout_.keyed() ? absl::StrCat(key, "-", BucketStart(row.timestamp, per)) : "";
        GroupState& state = merged.FindOrInsert(merge_key);
        layout_.Fold(row, state, root);
        if (layout_.last_timestamp_position() < 0) state.last_timestamp = oldest;
      }
    }
    merged.ForEach([&](const std::string&, const GroupState& state) {
      AggregateRow row = layout_.RowOf(state, state.last_timestamp);
      if (within(row)) rows.push_back(std::move(row));
    });
  }

  // With `aggregate by`, rows of one group and `per` bucket can come from several places (late
  // events, several durations): merge them (OutOfOrderEventsDataAggregator).
  if (layout_.external()) {
    JavaUtilHashMap<GroupState> merged;
    for (const AggregateRow& row : rows) {
      layout_.Fold(row, merged.FindOrInsert(layout_.GroupKey(row, per)), per);
    }
    rows.clear();
    merged.ForEach([&](const std::string&, const GroupState& state) {
      rows.push_back(layout_.RowOf(state, state.last_timestamp));
    });
  }

  Batch out(schema());
  for (const AggregateRow& row : rows) {
    out.Append(row.timestamp, EventKind::kCurrent, layout_.Output(row));
  }
  return out;
}

std::string IncrementalAggregation::Describe() const {
  std::string out = absl::StrCat("aggregation ", name_, ":");
  for (size_t i = 0; i < durations_.size(); ++i) {
    absl::StrAppend(&out, " ", std::string(bound::AggregationDurationName(durations_[i])), " ",
                    executors_[i]->table().size(), " finished + ",
                    executors_[i]->RunningRows().size(), " running;");
  }
  return out;
}

}  // namespace talon::exec
