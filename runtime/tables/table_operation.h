// TableOperation: what a query (or an on-demand query) does to a table with its output events:
// insert, delete on a condition, update set ... on a condition, or update-or-insert. Siddhi's
// InsertIntoTableCallback, DeleteTableCallback, UpdateTableCallback and
// UpdateOrInsertTableCallback over an InMemoryTable. Built by runtime/builder.cc.
#ifndef TALON_RUNTIME_TABLES_TABLE_OPERATION_H_
#define TALON_RUNTIME_TABLES_TABLE_OPERATION_H_

#include <memory>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "frontend/ast.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"
#include "runtime/tables/in_memory_table.h"

namespace talon::exec {

struct TableOperationSpec {
  ast::OutputAction::Kind kind = ast::OutputAction::Kind::kInsert;
  InMemoryTable* table = nullptr;
  // Over [output ++ table columns]; null: every row matches (also for `delete T` without `on`).
  std::unique_ptr<PredicateKernel> on;
  // Table column <- value over [output ++ table columns], in table-column order.
  std::vector<std::pair<int, std::unique_ptr<ExprKernel>>> set;
  size_t output_width = 0;  // columns of the output events the expressions read
};

class TableOperation {
 public:
  explicit TableOperation(TableOperationSpec spec) : spec_(std::move(spec)) {}

  // Applies the operation for each event of `events` (current or expired), one after another,
  // so a later event sees what an earlier one changed. An insert of a stored primary key is
  // dropped, the rest still applied, and the first such refusal returned as InvalidArgument
  // (Siddhi logs it as an error and carries on). An update that would give a row another row's
  // key is dropped silently, as Siddhi's IndexOperator does.
  absl::Status Apply(const Batch& events, const EvalContext& ctx) const;

  const TableOperationSpec& spec() const { return spec_; }

 private:
  // The rows the condition selects for event `e`, by storage position.
  absl::Status Match(const Batch& events, size_t e, const EvalContext& ctx,
                     std::vector<uint8_t>& mask) const;
  // Applies the `set` list to the matched rows for event `e`.
  absl::Status Update(const Batch& events, size_t e, const std::vector<uint8_t>& mask,
                      const EvalContext& ctx) const;

  TableOperationSpec spec_;
  mutable Batch scratch_;  // one thread drives an app
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TABLES_TABLE_OPERATION_H_
