// NodeKind: the one list of plan operators. Every switch over it is exhaustive (-Werror=switch),
// so adding a kind makes the compiler list every place that must learn it.
#ifndef TALON_PLANNER_NODE_KIND_H_
#define TALON_PLANNER_NODE_KIND_H_

#include <string_view>

namespace talon::plan {

enum class NodeKind {
  kSource,          // events of one stream (or named window) enter a query
  kPartitionRoute,  // computes the partition key of each event; downstream state is per key
  kFilter,          // keeps events whose predicate holds
  kStreamFunction,  // #ns:fn(...) appends attributes / transforms events
  kWindow,          // #window.name(...): emits current, expired and reset events
  kJoin,            // two inputs, window/table sides
  kPattern,         // pattern / sequence automaton
  kProject,         // select without aggregates
  kAggregate,       // select with aggregates and/or group by (+ having)
  kOrderLimit,      // order by / limit / offset over each output chunk
  kRateLimit,       // output ... every ...
  kInsert,          // insert into a stream / named window, or return to callbacks
  kTableOp,         // insert/delete/update/update-or-insert on a table
};

const char* NodeKindName(NodeKind kind);

}  // namespace talon::plan

#endif  // TALON_PLANNER_NODE_KIND_H_
