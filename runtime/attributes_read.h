// Which attributes of each stream the app reads. Siddhi converts an arriving event into each
// query's own event holding only the attributes that query refers to
// (SelectiveStreamEventConverter), so a value no query reads is never looked at: it may be
// missing, be of another type, or be followed by extra values, and the event still flows. Talon
// checks what is read and stores NULL for the rest (AppRuntimeImpl::SendChunk).
#ifndef TALON_RUNTIME_ATTRIBUTES_READ_H_
#define TALON_RUNTIME_ATTRIBUTES_READ_H_

#include <vector>

#include "frontend/bound.h"

namespace talon::exec {

// result[s][a]: some query, partition key or join/pattern condition reads attribute `a` of
// stream `s`. Constructs that are not analyzed precisely (stream functions, joins, patterns)
// count as reading every attribute of their streams.
std::vector<std::vector<bool>> AttributesRead(const bound::App& app);

}  // namespace talon::exec

#endif  // TALON_RUNTIME_ATTRIBUTES_READ_H_
