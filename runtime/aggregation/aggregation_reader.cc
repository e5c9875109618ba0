#include "runtime/aggregation/aggregation_reader.h"

#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/aggregation/bucket_time.h"

namespace talon::exec {
namespace {

absl::StatusOr<Value> EvalOne(const ExprKernel& kernel, const Batch& one, const EvalContext& ctx) {
  Column out;
  TALON_RETURN_IF_ERROR(kernel.Eval(one, ctx, out));
  return out.Get(0);
}

}  // namespace

absl::StatusOr<std::unique_ptr<AggregationReader>> AggregationReader::Create(
    const bound::AggregationRead& read, const Schema& scope,
    const IncrementalAggregation* aggregation, KernelFactory& kernels) {
  if (read.within_start == nullptr || read.per == nullptr) {
    return absl::InternalError("an aggregation read without 'within' or 'per'");
  }
  auto reader = std::make_unique<AggregationReader>();
  reader->aggregation_ = aggregation;
  TALON_ASSIGN_OR_RETURN(reader->within_start_, kernels.MakeExpr(*read.within_start, scope));
  if (read.within_end != nullptr) {
    TALON_ASSIGN_OR_RETURN(reader->within_end_, kernels.MakeExpr(*read.within_end, scope));
  }
  TALON_ASSIGN_OR_RETURN(reader->per_, kernels.MakeExpr(*read.per, scope));
  return reader;
}

absl::StatusOr<Batch> AggregationReader::Find(const Batch& probe, size_t row,
                                              const EvalContext& ctx) const {
  // The clauses see the one event that reads.
  Batch one;
  for (const Column& c : probe.columns()) one.columns().emplace_back(c.type());
  if (probe.empty()) {
    one.timestamps().push_back(ctx.now);
    one.kinds().push_back(EventKind::kCurrent);
  } else {
    one.AppendRow(probe, row);
  }

  // As IncrementalAggregateCompileCondition.find: the range first, then the duration.
  TALON_ASSIGN_OR_RETURN(Value start, EvalOne(*within_start_, one, ctx));
  std::optional<Value> end;
  if (within_end_ != nullptr) {
    TALON_ASSIGN_OR_RETURN(end, EvalOne(*within_end_, one, ctx));
  }
  TALON_ASSIGN_OR_RETURN(WithinRange range, ParseWithin(start, end ? &*end : nullptr));
  TALON_ASSIGN_OR_RETURN(Value per, EvalOne(*per_, one, ctx));
  std::optional<AggregationDuration> duration;
  if (!per.is_null() && per.type() == Type::kString)
    duration = ParsePerDuration(per.string_value());
  if (!duration) {
    return absl::InvalidArgumentError(absl::StrCat(
        "'per' must name seconds, minutes, hours, days, months or years; got ", per.ToString()));
  }
  return aggregation_->Find(range, *duration);
}

}  // namespace talon::exec
