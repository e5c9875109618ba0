// InMemoryTable: Siddhi's in-memory table (`define table T (...)`), the store behind
// `insert into T`, `delete T on ...`, `update T set ... on ...`, `update or insert into T`,
// stream-table joins, `x in T` conditions and on-demand queries. Owned by the app's StoreSet;
// the operators that read or change it hold plain pointers. Not thread-safe: one thread drives
// an app.
#ifndef TALON_RUNTIME_TABLES_IN_MEMORY_TABLE_H_
#define TALON_RUNTIME_TABLES_IN_MEMORY_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "frontend/base/schema.h"
#include "runtime/batch.h"

namespace talon::exec {

// Rows live in one Batch in insertion order. What Siddhi makes observable is the order in which
// its event holder iterates the rows (join results, on-demand results, `select` over a table),
// and that order depends on the primary key (IndexEventHolder / ListEventHolder):
//   - no @PrimaryKey: insertion order (ListEventHolder; a table with only @Index iterates a
//     HashSet of events in identity-hash order, which no engine can reproduce, so Talon keeps
//     insertion order there too);
//   - one numeric key attribute: ascending key order (a TreeMap);
//   - any other key (string, bool, several attributes): java.util.HashMap order over the key
//     object: bins by spread(hashCode()) & (capacity - 1), insertion order within a bin, a
//     capacity of 16 doubling whenever the size exceeds 3/4 of it. A composite key is the
//     string of each value followed by ":-:" (SiddhiConstants.KEY_DELIMITER).
// @Index only speeds up Siddhi's lookups; results are the same without it, so Talon scans.
class InMemoryTable {
 public:
  InMemoryTable(std::string name, Schema schema, std::vector<int> primary_key);

  const std::string& name() const { return name_; }
  const Schema& schema() const { return schema_; }
  size_t size() const { return rows_.size(); }
  bool has_primary_key() const { return !primary_key_.empty(); }

  // The rows in storage (insertion) order; positions index them.
  const Batch& rows() const { return rows_; }
  // Row positions in Siddhi's iteration order (see the class comment).
  const std::vector<size_t>& Order() const;
  // Appends every row, in iteration order, as current events with their stored timestamps.
  void Scan(Batch& out) const;

  // Adds row `row` of `events` (same column types as the table). A row whose primary key is
  // already stored is dropped and reported as InvalidArgument, the rest of the table unchanged
  // (IndexEventHolder.add logs "dropping event ... already an event stored with primary key").
  absl::Status Insert(const Batch& events, size_t row);
  // Removes the rows whose mask byte is set (mask is by storage position).
  void Delete(const std::vector<uint8_t>& mask);
  // Sets column `column` of the row at `position` to row `row` of `value` (same type).
  // A primary-key change is checked by CanRekey first.
  void Set(size_t position, size_t column, const Column& value, size_t row);
  // Moves the rows at `positions` (ascending) to the end of the storage order, keeping their
  // order: a row whose primary key changed is deleted and added again (IndexOperator's
  // delete-then-add update).
  void MoveToEnd(const std::vector<size_t>& positions);
  // The map key of the row at `position`, and of a candidate row of another batch laid out
  // like the table. Empty when the table has no primary key.
  std::string KeyOf(size_t position) const;
  std::string KeyOf(const Batch& batch, size_t row) const;
  // Whether `key` is stored at a position other than `except`.
  bool KeyTaken(const std::string& key, size_t except) const;
  // Re-derives the key index after rows changed their key attributes in place.
  void RebuildKeys();

 private:
  // Siddhi's iteration order, recomputed lazily after a change.
  void ComputeOrder() const;
  bool NumericKey() const;
  int32_t JavaKeyHash(size_t position) const;

  std::string name_;
  Schema schema_;
  std::vector<int> primary_key_;
  Batch rows_;
  absl::flat_hash_map<std::string, size_t> keys_;  // primary key -> storage position
  // java.util.HashMap's capacity: it grows with the number of keys and never shrinks.
  size_t hash_capacity_ = 16;
  mutable std::vector<size_t> order_;
  mutable bool order_valid_ = false;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TABLES_IN_MEMORY_TABLE_H_
