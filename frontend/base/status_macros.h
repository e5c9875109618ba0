// Early-return helpers for absl::Status / absl::StatusOr, used by every layer.
#ifndef TALON_FRONTEND_BASE_STATUS_MACROS_H_
#define TALON_FRONTEND_BASE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define TALON_RETURN_IF_ERROR(expr)                \
  do {                                             \
    ::absl::Status talon_status_ = (expr);         \
    if (!talon_status_.ok()) return talon_status_; \
  } while (0)

#define TALON_STATUS_CONCAT_INNER(a, b) a##b
#define TALON_STATUS_CONCAT(a, b) TALON_STATUS_CONCAT_INNER(a, b)

#define TALON_ASSIGN_OR_RETURN(lhs, rexpr) \
  TALON_ASSIGN_OR_RETURN_IMPL(TALON_STATUS_CONCAT(talon_statusor_, __LINE__), lhs, rexpr)

#define TALON_ASSIGN_OR_RETURN_IMPL(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                \
  if (!statusor.ok()) return statusor.status();           \
  lhs = std::move(statusor).value()

#endif  // TALON_FRONTEND_BASE_STATUS_MACROS_H_
