#include "runtime/tables/table_operation.h"

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/tables/match_scope.h"

namespace talon::exec {
namespace {

bool IsEvent(EventKind kind) { return kind == EventKind::kCurrent || kind == EventKind::kExpired; }

}  // namespace

absl::Status TableOperation::Match(const Batch& events, size_t e, const EvalContext& ctx,
                                   std::vector<uint8_t>& mask) const {
  return MatchRows(spec_.on.get(), events, e, spec_.output_width, spec_.table->rows(),
                   /*probe_first=*/true, ctx, scratch_, mask);
}

absl::Status TableOperation::Update(const Batch& events, size_t e, const std::vector<uint8_t>& mask,
                                    const EvalContext& ctx) const {
  InMemoryTable& table = *spec_.table;
  if (spec_.set.empty()) return absl::OkStatus();
  std::vector<size_t> positions;
  Batch matched(table.schema());
  for (size_t i = 0; i < mask.size(); ++i) {
    if (!mask[i]) continue;
    positions.push_back(i);
    matched.AppendRow(table.rows(), i);
  }
  // Every value is computed from the row as it was before this event changed it.
  BuildMatchScope(events, e, spec_.output_width, matched, /*probe_first=*/true, scratch_);
  std::vector<Column> values(spec_.set.size());
  for (size_t k = 0; k < spec_.set.size(); ++k) {
    TALON_RETURN_IF_ERROR(spec_.set[k].second->Eval(scratch_, ctx, values[k]));
  }

  // A primary key that changes must stay unique over the whole table, else the event's
  // update is dropped (IndexOperator.update: "Update failed ... already an event stored").
  std::vector<size_t> rekeyed;
  if (table.has_primary_key()) {
    Batch updated = matched;
    for (size_t k = 0; k < spec_.set.size(); ++k) {
      Column& column = updated.column(spec_.set[k].first);
      for (size_t j = 0; j < positions.size(); ++j) column.Set(j, values[k].Get(j));
    }
    absl::flat_hash_set<std::string> keys;
    for (size_t i = 0; i < table.size(); ++i) keys.insert(table.KeyOf(i));
    for (size_t j = 0; j < positions.size(); ++j) {
      std::string before = table.KeyOf(positions[j]);
      std::string after = table.KeyOf(updated, j);
      if (before == after) continue;
      keys.erase(before);
      // Siddhi logs "Update failed ... already an event stored with primary key" and goes on;
      // the sender is not told (PrimaryKeyTableTestCase.primaryKeyTableTest11).
      if (!keys.insert(after).second) return absl::OkStatus();
      rekeyed.push_back(positions[j]);
    }
  }
  for (size_t k = 0; k < spec_.set.size(); ++k) {
    for (size_t j = 0; j < positions.size(); ++j) {
      table.Set(positions[j], static_cast<size_t>(spec_.set[k].first), values[k], j);
    }
  }
  if (!rekeyed.empty()) table.MoveToEnd(rekeyed);
  return absl::OkStatus();
}

absl::Status TableOperation::Apply(const Batch& events, const EvalContext& ctx) const {
  InMemoryTable& table = *spec_.table;
  absl::Status first_error;
  auto note = [&](absl::Status s) {
    if (!s.ok() && first_error.ok()) first_error = std::move(s);
  };
  std::vector<uint8_t> mask;
  for (size_t e = 0; e < events.size(); ++e) {
    if (!IsEvent(events.kind(e))) continue;
    switch (spec_.kind) {
      case ast::OutputAction::Kind::kInsert:
      case ast::OutputAction::Kind::kReturn: note(table.Insert(events, e)); break;
      case ast::OutputAction::Kind::kDelete:
        TALON_RETURN_IF_ERROR(Match(events, e, ctx, mask));
        table.Delete(mask);
        break;
      case ast::OutputAction::Kind::kUpdate:
        TALON_RETURN_IF_ERROR(Match(events, e, ctx, mask));
        note(Update(events, e, mask, ctx));
        break;
      case ast::OutputAction::Kind::kUpdateOrInsert: {
        TALON_RETURN_IF_ERROR(Match(events, e, ctx, mask));
        bool any = false;
        for (uint8_t m : mask) any |= m != 0;
        // Event by event: a key the chunk inserted is updated by the chunk's later events
        // (UpdateOrInsertTableTestCase.updateOrInsertTableTest11).
        note(any ? Update(events, e, mask, ctx) : table.Insert(events, e));
        break;
      }
    }
  }
  return first_error;
}

}  // namespace talon::exec
