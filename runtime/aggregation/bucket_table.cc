#include "runtime/aggregation/bucket_table.h"

#include "absl/strings/str_cat.h"

namespace talon::exec {

BucketTable::BucketTable(const RowLayout* layout)
    : layout_(layout), numeric_key_(!layout->keyed()) {}

void BucketTable::Add(AggregateRow row) {
  if (numeric_key_) {
    by_time_.emplace(row.cells[0].value.long_value(), std::move(row));
    return;
  }
  // IndexEventHolder.constructPrimaryKey: each key attribute's string and ":-:".
  std::string key;
  const std::vector<LayoutColumn>& columns = layout_->columns();
  for (size_t i = 0; i < columns.size(); ++i) {
    ColumnRole role = columns[i].role;
    if (role == ColumnRole::kTimestamp || role == ColumnRole::kExternal ||
        role == ColumnRole::kGroup) {
      absl::StrAppend(&key, row.cells[i].value.ToString(), ":-:");
    }
  }
  if (hashed_.Find(key) != nullptr) return;
  hashed_.FindOrInsert(key) = std::move(row);
}

}  // namespace talon::exec
