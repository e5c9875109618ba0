// TALON_CHECK / TALON_DCHECK: invariants that indicate a bug in Talon itself, never bad user input.
// Debian 12's Abseil (20220623) has no absl/log, so this is the project's one assertion macro.
#ifndef TALON_FRONTEND_BASE_CHECK_H_
#define TALON_FRONTEND_BASE_CHECK_H_

#include <cstdio>
#include <cstdlib>

namespace talon::internal {
[[noreturn]] inline void CheckFailed(const char* file, int line, const char* cond) {
  std::fprintf(stderr, "%s:%d: TALON_CHECK failed: %s\n", file, line, cond);
  std::abort();
}
}  // namespace talon::internal

#define TALON_CHECK(cond) \
  ((cond) ? (void)0 : ::talon::internal::CheckFailed(__FILE__, __LINE__, #cond))

#ifdef NDEBUG
#define TALON_DCHECK(cond) ((void)0)
#else
#define TALON_DCHECK(cond) TALON_CHECK(cond)
#endif

#endif  // TALON_FRONTEND_BASE_CHECK_H_
