#include "runtime/aggregation/aggregate_row.h"

#include <cstdint>

#include "absl/strings/str_cat.h"

namespace talon::exec {
namespace {

using IncrementalKind = bound::IncrementalAggregate::Kind;
using OutputKind = bound::AggregationOutput::Kind;

// The base sum of an argument: a long for int/long, a double for float/double
// (SumIncrementalAttributeAggregator converts the argument so).
Type SumType(Type argument) { return IsIntegral(argument) ? Type::kLong : Type::kDouble; }

// Java's long addition wraps.
int64_t WrappingAdd(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

void MergeSum(const Value& in, Value& into) {
  if (in.is_null()) return;
  if (into.is_null()) {
    into = in;
  } else if (in.type() == Type::kLong) {
    into = Value::Long(WrappingAdd(into.long_value(), in.long_value()));
  } else {
    into = Value::Double(into.AsDouble() + in.AsDouble());
  }
}

// Min/max keep the argument's own type (a float stays a float).
void MergeExtremum(const Value& in, Value& into, bool max) {
  if (in.is_null()) return;
  if (into.is_null()) {
    into = in;
    return;
  }
  bool integral = IsIntegral(in.type());
  bool better = integral
                    ? (max ? in.AsLong() > into.AsLong() : in.AsLong() < into.AsLong())
                    : (max ? in.AsDouble() > into.AsDouble() : in.AsDouble() < into.AsDouble());
  if (better) into = in;
}

}  // namespace

RowLayout::RowLayout(const bound::Aggregation& def) {
  external_ = def.timestamp != nullptr;
  has_group_by_ = !def.group_by.empty();
  columns_.push_back({"AGG_TIMESTAMP", Type::kLong, ColumnRole::kTimestamp, -1});
  if (external_) {
    columns_.push_back({"AGG_EXTERNAL_TIMESTAMP", Type::kLong, ColumnRole::kExternal, -1});
  }
  const Schema& input = def.input.scope;
  std::vector<int> group_positions;
  for (int column : def.group_by) {
    group_positions.push_back(static_cast<int>(columns_.size()));
    columns_.push_back({input.at(column).name, input.at(column).type, ColumnRole::kGroup, column});
  }
  // Latest values follow the group-by attributes in select order; AGG_LAST_TIMESTAMP follows
  // them when buckets follow `aggregate by` time (AggregationParser).
  std::vector<int> latest_positions(def.outputs.size(), -1);
  for (size_t o = 0; o < def.outputs.size(); ++o) {
    const bound::AggregationOutput& out = def.outputs[o];
    if (out.kind != OutputKind::kLatest) continue;
    latest_positions[o] = static_cast<int>(columns_.size());
    columns_.push_back({out.name, out.type, ColumnRole::kLatest, static_cast<int>(o)});
  }
  bool any_latest = false;
  for (int p : latest_positions) any_latest |= p >= 0;
  if (external_ && any_latest) {
    last_timestamp_position_ = static_cast<int>(columns_.size());
    columns_.push_back({"AGG_LAST_TIMESTAMP", Type::kLong, ColumnRole::kLastTimestamp, -1});
  }

  // Base values, in the order the aggregators first need them; one column per name and type.
  output_schema_.Add("AGG_TIMESTAMP", Type::kLong);
  for (size_t o = 0; o < def.outputs.size(); ++o) {
    const bound::AggregationOutput& out = def.outputs[o];
    OutputSource source{out.kind};
    source.type = out.type;
    output_schema_.Add(out.name, out.type);
    switch (out.kind) {
      case OutputKind::kGroupBy:
        source.position = group_positions[out.group_by];
        break;
      case OutputKind::kLatest:
        source.position = latest_positions[o];
        break;
      case OutputKind::kAggregate: {
        const bound::IncrementalAggregate& a = out.aggregate;
        source.aggregate = a.kind;
        switch (a.kind) {
          case IncrementalKind::kSum:
            source.position = BaseColumn("AGG_SUM_" + a.attribute, SumType(a.argument_type),
                                         ColumnRole::kSum, a.column);
            break;
          case IncrementalKind::kCount:
            source.position = BaseColumn("AGG_COUNT", Type::kLong, ColumnRole::kSum, -1);
            break;
          case IncrementalKind::kAvg:
            source.position = BaseColumn("AGG_SUM_" + a.attribute, SumType(a.argument_type),
                                         ColumnRole::kSum, a.column);
            source.count_position = BaseColumn("AGG_COUNT", Type::kLong, ColumnRole::kSum, -1);
            break;
          case IncrementalKind::kMin:
            source.position =
                BaseColumn("AGG_MIN_" + a.attribute, a.argument_type, ColumnRole::kMin, a.column);
            break;
          case IncrementalKind::kMax:
            source.position =
                BaseColumn("AGG_MAX_" + a.attribute, a.argument_type, ColumnRole::kMax, a.column);
            break;
          case IncrementalKind::kDistinctCount:
            source.position =
                BaseColumn("AGG_SET_" + a.attribute, Type::kObject, ColumnRole::kSet, a.column);
            break;
        }
        break;
      }
    }
    outputs_.push_back(source);
  }
}

int RowLayout::BaseColumn(std::string name, Type type, ColumnRole role, int source) {
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].name == name && columns_[i].type == type) return static_cast<int>(i);
  }
  columns_.push_back({std::move(name), type, role, source});
  return static_cast<int>(columns_.size()) - 1;
}

AggregateRow RowLayout::EmptyRow() const {
  AggregateRow row;
  row.cells.resize(columns_.size());
  for (size_t i = 0; i < columns_.size(); ++i) row.cells[i].value = Value::Null(columns_[i].type);
  return row;
}

std::string RowLayout::GroupKey(const AggregateRow& row, AggregationDuration duration) const {
  if (!keyed()) return "null";
  std::string key;
  for (size_t i = 0; i < columns_.size(); ++i) {
    const Value& v = row.cells[i].value;
    if (columns_[i].role == ColumnRole::kExternal) {
      absl::StrAppend(&key, BucketStart(v.long_value(), duration), ":-:");
    } else if (columns_[i].role == ColumnRole::kGroup) {
      absl::StrAppend(&key, v.ToString(), ":-:");
    }
  }
  return key;
}

void RowLayout::Fold(const AggregateRow& row, GroupState& state,
                     AggregationDuration duration) const {
  if (!state.initialized) {
    state.cells = EmptyRow().cells;
    state.initialized = true;
  }
  bool update = true;
  if (last_timestamp_position_ >= 0) {
    const Value& last = row.cells[last_timestamp_position_].value;
    Timestamp ts = last.is_null() ? 0 : last.long_value();
    update = ts >= state.last_timestamp;
    if (update) state.last_timestamp = ts;
  }
  for (size_t i = 1; i < columns_.size(); ++i) {
    const AggregateCell& in = row.cells[i];
    AggregateCell& into = state.cells[i];
    switch (columns_[i].role) {
      case ColumnRole::kTimestamp:
        break;
      case ColumnRole::kExternal:
        into.value = in.value.is_null() ? in.value
                                        : Value::Long(BucketStart(in.value.long_value(), duration));
        break;
      case ColumnRole::kGroup:
      case ColumnRole::kLatest:
        if (update) into.value = in.value;
        break;
      case ColumnRole::kLastTimestamp:
        MergeExtremum(in.value, into.value, /*max=*/true);
        break;
      case ColumnRole::kSum:
        MergeSum(in.value, into.value);
        break;
      case ColumnRole::kMin:
        MergeExtremum(in.value, into.value, /*max=*/false);
        break;
      case ColumnRole::kMax:
        MergeExtremum(in.value, into.value, /*max=*/true);
        break;
      case ColumnRole::kSet:
        into.set.insert(in.set.begin(), in.set.end());
        break;
    }
  }
}

AggregateRow RowLayout::RowOf(const GroupState& state, Timestamp ts) const {
  AggregateRow row;
  row.timestamp = ts;
  row.cells = state.initialized ? state.cells : EmptyRow().cells;
  row.cells[0].value = Value::Long(ts);
  return row;
}

std::vector<Value> RowLayout::Output(const AggregateRow& row) const {
  std::vector<Value> values;
  values.reserve(outputs_.size() + 1);
  values.push_back(row.cells[external_ ? kExternalPosition : 0].value);
  for (const OutputSource& out : outputs_) {
    const Value& v = row.cells[out.position].value;
    if (out.kind != OutputKind::kAggregate) {
      values.push_back(v.is_null() ? Value::Null(out.type) : v);
      continue;
    }
    switch (out.aggregate) {
      case IncrementalKind::kSum:
      case IncrementalKind::kCount:
      case IncrementalKind::kMin:
      case IncrementalKind::kMax:
        values.push_back(v.is_null() ? Value::Null(out.type) : v);
        break;
      case IncrementalKind::kAvg: {
        const Value& count = row.cells[out.count_position].value;
        if (v.is_null() || count.is_null() || count.long_value() == 0) {
          values.push_back(Value::Null(Type::kDouble));
        } else if (v.type() == Type::kLong) {
          // A long sum over a long count divides as Java's longs do.
          values.push_back(Value::Double(static_cast<double>(v.long_value() / count.long_value())));
        } else {
          values.push_back(
              Value::Double(v.double_value() / static_cast<double>(count.long_value())));
        }
        break;
      }
      case IncrementalKind::kDistinctCount:
        values.push_back(Value::Long(static_cast<int64_t>(row.cells[out.position].set.size())));
        break;
    }
  }
  return values;
}

Timestamp RowLayout::FilterTime(const AggregateRow& row) const {
  const Value& v = row.cells[external_ ? kExternalPosition : 0].value;
  return v.is_null() ? 0 : v.long_value();
}

}  // namespace talon::exec
