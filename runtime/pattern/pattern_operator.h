// The pattern operator: the head of a pattern/sequence query's pipeline. It is fed by several
// input streams (ProcessContext::input says which), runs the query's automaton per partition
// key, and emits, for each complete match, one row over the pattern scope (the StateRef columns
// the selector reads), each row its own chunk as Siddhi hands each match to the selector alone.
#ifndef TALON_RUNTIME_PATTERN_PATTERN_OPERATOR_H_
#define TALON_RUNTIME_PATTERN_PATTERN_OPERATOR_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "frontend/bound.h"
#include "runtime/expr/kernel.h"
#include "runtime/operator.h"

namespace talon::exec {

// `input_streams`: the bound stream id of each pipeline input, in input order (it must be the
// order of first appearance among the pattern's states, as the planner lays out its Sources).
absl::StatusOr<std::unique_ptr<Operator>> MakePatternOperator(const bound::App& app,
                                                              const bound::PatternInput& pattern,
                                                              const std::vector<int>& input_streams,
                                                              KernelFactory& kernels);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_PATTERN_PATTERN_OPERATOR_H_
