// AggregationReader: how a join or an on-demand query reads an aggregation, `within start[, end]
// per duration`, with both clauses evaluated on the reading event (a join's arriving event; an
// on-demand query has none and reads constants). Built by runtime/builder.cc; the join operator
// and RunAggregationOnDemand call Find.
#ifndef TALON_RUNTIME_AGGREGATION_AGGREGATION_READER_H_
#define TALON_RUNTIME_AGGREGATION_AGGREGATION_READER_H_

#include <memory>

#include "absl/status/statusor.h"
#include "frontend/bound.h"
#include "runtime/aggregation/incremental_aggregation.h"
#include "runtime/batch.h"
#include "runtime/expr/kernel.h"

namespace talon::exec {

class AggregationReader {
 public:
  // `read`'s expressions are over `scope` (the reading side's columns; empty on demand).
  // `aggregation` must outlive the reader.
  static absl::StatusOr<std::unique_ptr<AggregationReader>> Create(
      const bound::AggregationRead& read, const Schema& scope,
      const IncrementalAggregation* aggregation, KernelFactory& kernels);

  const IncrementalAggregation& aggregation() const { return *aggregation_; }

  // The buckets row `row` of `probe` (columns of the reader's scope) asks for, as rows of the
  // aggregation's schema. InvalidArgument for a `within` that does not parse or runs backwards,
  // a `per` that names no duration, or a duration the aggregation does not keep.
  absl::StatusOr<Batch> Find(const Batch& probe, size_t row, const EvalContext& ctx) const;

 private:
  const IncrementalAggregation* aggregation_ = nullptr;
  std::unique_ptr<ExprKernel> within_start_;
  std::unique_ptr<ExprKernel> within_end_;  // null for a single `within` pattern
  std::unique_ptr<ExprKernel> per_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_AGGREGATION_AGGREGATION_READER_H_
