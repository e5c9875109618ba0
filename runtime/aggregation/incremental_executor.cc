#include "runtime/aggregation/incremental_executor.h"

namespace talon::exec {

IncrementalExecutor::IncrementalExecutor(AggregationDuration duration, const RowLayout* layout,
                                         IncrementalExecutor* next, std::set<Timestamp>* wakeups)
    : duration_(duration), layout_(layout), next_(next), wakeups_(wakeups), table_(layout) {}

void IncrementalExecutor::Process(const AggregateRow& row) {
  Step(row.cells[0].value.long_value(), &row);
}

void IncrementalExecutor::OnTimer(Timestamp time) { Step(time, nullptr); }

void IncrementalExecutor::Step(Timestamp time, const AggregateRow* row) {
  // Only the root schedules: at the end of the first row's bucket, then after every timer
  // (IncrementalExecutor.getTimestamp).
  if (wakeups_ != nullptr && (row == nullptr || !timer_started_)) {
    wakeups_->insert(NextBucketStart(time, duration_));
    timer_started_ = true;
  }
  // A late row (an earlier bucket than the running one) joins the running bucket under its own
  // group key: the key carries the `aggregate by` time's bucket.
  start_time_ = BucketStart(time, duration_);
  if (time >= next_emit_) {
    next_emit_ = NextBucketStart(time, duration_);
    Dispatch(start_time_);
    if (next_ != nullptr) next_->OnTimer(start_time_);
  }
  if (row == nullptr) return;
  GroupState& state = groups_.FindOrInsert(layout_->GroupKey(*row, duration_));
  layout_->Fold(*row, state, duration_);
  processed_ = true;
}

void IncrementalExecutor::Dispatch(Timestamp new_start) {
  if (processed_) {
    // The table gets the bucket first; the next duration folds the same rows.
    std::vector<std::pair<std::string, AggregateRow>> rows = RunningRows();
    for (const auto& [key, row] : rows) table_.Add(row);
    if (next_ != nullptr) {
      for (const auto& [key, row] : rows) next_->Process(row);
    }
  }
  bucket_timestamp_ = new_start;
  processed_ = false;
  groups_.Clear();
}

std::vector<std::pair<std::string, AggregateRow>> IncrementalExecutor::RunningRows() const {
  std::vector<std::pair<std::string, AggregateRow>> rows;
  if (!processed_) return rows;
  groups_.ForEach([&](const std::string& key, const GroupState& state) {
    rows.emplace_back(key, layout_->RowOf(state, bucket_timestamp_));
  });
  return rows;
}

}  // namespace talon::exec
