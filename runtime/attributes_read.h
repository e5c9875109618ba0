// Which attributes of each stream the app reads, and how. Siddhi converts an arriving event into
// each query's own event holding only the attributes that query refers to
// (SelectiveStreamEventConverter), so a value no query reads is never looked at: it may be
// missing, be of another type, or be followed by extra values, and the event still flows. Talon
// checks what is read and stores NULL for the rest (AppRuntimeImpl::SendChunk).
//
// A read is *carried* when the value is only handed on, never used as its declared type: a
// whole projection (`select x`, `select x as y`) of a query without aggregation whose output
// attribute nothing downstream reads as typed, or the argument of a function defined on any
// object (instanceOf*, convert, and cast where cast's own result is carried). Siddhi's events
// hold Java objects, so such a value may be of another type than declared and still flows
// unchanged: Talon keeps it as a foreign value of its column (runtime/vector.h). Every other
// read is *typed*: a value of another type there is refused at the input, as Siddhi would fail
// with a ClassCastException (docs/language.md, "Values of another type").
#ifndef TALON_RUNTIME_ATTRIBUTES_READ_H_
#define TALON_RUNTIME_ATTRIBUTES_READ_H_

#include <cstdint>
#include <vector>

#include "frontend/bound.h"

namespace talon::exec {

enum class AttributeUse : uint8_t { kUnread, kCarried, kTyped };

struct ValueUses {
  // streams[s][a]: how the app reads attribute `a` of stream `s`. Joins and patterns count
  // what their conditions and selector read of each input; stream functions, which are not
  // analyzed precisely, read every attribute of their streams as typed.
  std::vector<std::vector<AttributeUse>> streams;
  // projections[q][p]: projection `p` of query `q` only carries its value to the output, so it
  // may yield a value of another type than its own (cast relabels, as in Siddhi).
  std::vector<std::vector<bool>> carried_projections;
};

ValueUses AnalyzeValueUses(const bound::App& app);

// Per projection of an on-demand query's selector: whether it only carries its value to the
// caller (no aggregation or ordering, not read by having, and the rows are returned rather than
// written to a table).
std::vector<bool> OnDemandCarriedProjections(const bound::OnDemandQuery& query);

// Functions defined on any object, whose (first) argument may hold a value of another type:
// instanceOf*, convert, cast.
bool IsObjectFunction(const bound::Expr& call);
// cast(): its result is its argument, relabelled; carried exactly when the call is.
bool IsCast(const bound::Expr& call);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_ATTRIBUTES_READ_H_
