#include "runtime/tables/match_scope.h"

#include "frontend/base/status_macros.h"

namespace talon::exec {
namespace {

// Appends `n` copies of cell `row` of `from` to `to` (same physical type).
void Repeat(const Column& from, size_t row, size_t n, Column& to) {
  to.Reserve(to.size() + n);
  for (size_t i = 0; i < n; ++i) to.AppendFrom(from, row);
}

}  // namespace

void BuildMatchScope(const Batch& probe, size_t row, size_t width, const Batch& stored,
                     bool probe_first, Batch& out) {
  const size_t n = stored.size();
  out.columns().clear();
  out.columns().reserve(width + stored.column_count());
  auto add_probe = [&] {
    for (size_t c = 0; c < width; ++c) {
      out.columns().emplace_back(probe.column(c).type());
      Repeat(probe.column(c), row, n, out.columns().back());
    }
  };
  if (probe_first) add_probe();
  for (const Column& c : stored.columns()) out.columns().push_back(c);
  if (!probe_first) add_probe();
  out.timestamps().assign(n, probe.timestamp(row));
  out.kinds().assign(n, probe.kind(row));
}

absl::Status MatchRows(const PredicateKernel* condition, const Batch& probe, size_t row,
                       size_t width, const Batch& stored, bool probe_first, const EvalContext& ctx,
                       Batch& scratch, std::vector<uint8_t>& mask) {
  if (condition == nullptr) {
    mask.assign(stored.size(), 1);
    return absl::OkStatus();
  }
  if (stored.empty()) {
    mask.clear();
    return absl::OkStatus();
  }
  BuildMatchScope(probe, row, width, stored, probe_first, scratch);
  return condition->Filter(scratch, ctx, mask);
}

}  // namespace talon::exec
