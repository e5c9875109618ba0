#include "runtime/windows/window.h"

namespace talon::exec {

void EndChunk(Batch& out, Timestamp ts) {
  if (out.empty() || IsChunkEnd(out, out.size() - 1)) return;
  std::vector<Value> nulls;
  nulls.reserve(out.column_count());
  for (const Column& c : out.columns()) nulls.push_back(Value::Null(c.type()));
  out.Append(ts, EventKind::kTimer, nulls);
}

void PrepareOutput(Batch& out, const Schema& schema) {
  if (out.column_count() != 0 || schema.size() == 0) return;
  for (const Attribute& a : schema.attributes()) out.columns().emplace_back(a.type);
}

}  // namespace talon::exec
