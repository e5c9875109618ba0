// The rows an incremental aggregation keeps, laid out as Siddhi's AggregationParser lays out its
// processed events and aggregation tables:
//   AGG_TIMESTAMP, [AGG_EXTERNAL_TIMESTAMP], group-by attributes, latest values,
//   [AGG_LAST_TIMESTAMP], base values (AGG_SUM_x, AGG_COUNT, AGG_MIN_x, AGG_MAX_x, AGG_SET_x)
// and how rows fold into a bucket's group state (BaseIncrementalValueStore.process, and the
// IncrementalDataAggregator / OutOfOrderEventsDataAggregator merges a read runs).
#ifndef TALON_RUNTIME_AGGREGATION_AGGREGATE_ROW_H_
#define TALON_RUNTIME_AGGREGATION_AGGREGATE_ROW_H_

#include <set>
#include <string>
#include <vector>

#include "frontend/base/schema.h"
#include "frontend/base/value.h"
#include "frontend/bound.h"
#include "runtime/aggregation/bucket_time.h"
#include "runtime/event.h"

namespace talon::exec {

// One value of a row: a scalar, or the distinct values behind distinctCount (AGG_SET_x), kept as
// the identity keys Java's HashSet would compare.
struct AggregateCell {
  Value value;
  std::set<std::string> set;
};

struct AggregateRow {
  Timestamp timestamp = 0;  // the event's own timestamp (StreamEvent.getTimestamp)
  std::vector<AggregateCell> cells;
};

// One group's running values in a bucket or in a read's merge (Siddhi's ValueState).
struct GroupState {
  std::vector<AggregateCell> cells;  // cells[0] (AGG_TIMESTAMP) is set when the row leaves
  Timestamp last_timestamp = 0;
  bool initialized = false;
};

enum class ColumnRole {
  kTimestamp,      // AGG_TIMESTAMP: the bucket start, by the time that drives the buckets
  kExternal,       // AGG_EXTERNAL_TIMESTAMP: the `aggregate by` time's bucket at this duration
  kGroup,          // a group-by attribute
  kLatest,         // a latest value (a select expression that is not an aggregator)
  kLastTimestamp,  // AGG_LAST_TIMESTAMP: the `aggregate by` time of the latest value
  kSum,            // AGG_SUM_x, and AGG_COUNT (a sum of 1s)
  kMin,            // AGG_MIN_x
  kMax,            // AGG_MAX_x
  kSet,            // AGG_SET_x
};

struct LayoutColumn {
  std::string name;
  Type type = Type::kObject;
  ColumnRole role = ColumnRole::kTimestamp;
  // kGroup: the input scope column; kLatest: the index of the aggregation output it computes;
  // base columns: the argument's input scope column (-1 for AGG_COUNT).
  int source = -1;
};

class RowLayout {
 public:
  explicit RowLayout(const bound::Aggregation& def);

  const std::vector<LayoutColumn>& columns() const { return columns_; }
  size_t width() const { return columns_.size(); }
  bool external() const { return external_; }
  static constexpr int kExternalPosition = 1;
  // -1 without latest values over `aggregate by` time.
  int last_timestamp_position() const { return last_timestamp_position_; }
  // Whether buckets hold one state per key (GroupByKeyGenerator exists): with `aggregate by`
  // or `group by`.
  bool keyed() const { return external_ || has_group_by_; }
  // The schema of what reads return: AGG_TIMESTAMP and the aggregation's outputs.
  const Schema& output_schema() const { return output_schema_; }

  // A row with every cell NULL of its column's type.
  AggregateRow EmptyRow() const;

  // GroupByKeyGenerator.constructEventKey: the `duration` bucket of the row's external time and
  // its group-by values, each followed by ":-:"; "null" (the Java string of a null key) when
  // the aggregation is not keyed.
  std::string GroupKey(const AggregateRow& row, AggregationDuration duration) const;

  // Folds `row` into `state` as a bucket's process executors do: the external time bucketed at
  // `duration`, base values merged, AGG_LAST_TIMESTAMP maxed; group-by and latest values taken
  // only from a row at least as late as every row before it (by AGG_LAST_TIMESTAMP when the
  // layout has it; always otherwise).
  void Fold(const AggregateRow& row, GroupState& state, AggregationDuration duration) const;

  // The row `state` leaves as, with AGG_TIMESTAMP and timestamp `ts`.
  AggregateRow RowOf(const GroupState& state, Timestamp ts) const;

  // A read's output event for `row`: AGG_TIMESTAMP (the external time's bucket when there is
  // one) and each output computed from the base values (avg = sum / count, ...).
  std::vector<Value> Output(const AggregateRow& row) const;

  // The value the within clause compares: AGG_EXTERNAL_TIMESTAMP, else AGG_TIMESTAMP.
  Timestamp FilterTime(const AggregateRow& row) const;

 private:
  // Position of the base column named `name` of `type`, added when new.
  int BaseColumn(std::string name, Type type, ColumnRole role, int source);

  struct OutputSource {
    bound::AggregationOutput::Kind kind;
    bound::IncrementalAggregate::Kind aggregate = bound::IncrementalAggregate::Kind::kSum;
    Type type = Type::kObject;
    int position = -1;        // the cell it reads (the sum for avg)
    int count_position = -1;  // avg: AGG_COUNT
  };

  std::vector<LayoutColumn> columns_;
  std::vector<OutputSource> outputs_;
  Schema output_schema_;
  bool external_ = false;
  bool has_group_by_ = false;
  int last_timestamp_position_ = -1;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_AGGREGATE_ROW_H_
