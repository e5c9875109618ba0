// CronExpression: the Quartz cron syntax that Siddhi's `define trigger T at '<cron>'` takes:
//   seconds minutes hours day-of-month month day-of-week [year]
// with `*`, `?`, lists, ranges, steps (`0/15`), month and day names (JAN, MON), `L` (last day of
// the month, `L-3`, or `5L`: the last Thursday), `W` (nearest weekday, `LW`) and `#` (`6#3`:
// the third Friday). Exactly one of day-of-month and day-of-week is `?`, as Quartz requires.
//
// Talon runs triggers on the engine's event-time clock, so the expression is evaluated in UTC
// over event timestamps (Quartz uses the JVM's wall clock and time zone).
#ifndef TALON_RUNTIME_TRIGGERS_CRON_EXPRESSION_H_
#define TALON_RUNTIME_TRIGGERS_CRON_EXPRESSION_H_

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace talon::exec {

class CronExpression {
 public:
  // InvalidArgument naming the offending field when `text` is not a Quartz cron expression.
  static absl::StatusOr<CronExpression> Parse(std::string_view text);

  // The first time strictly after `after_ms` (epoch milliseconds, UTC) at which the expression
  // fires, in whole seconds; nullopt when it never fires again (a past year list).
  std::optional<int64_t> NextAfter(int64_t after_ms) const;

  const std::string& text() const { return text_; }

 private:
  struct DayOfMonth {
    bool any = false;             // `?`
    std::bitset<32> days;         // 1..31
    bool last = false;            // `L` or `L-n`
    int last_offset = 0;
    bool weekday = false;         // `nW` / `LW`: the weekday nearest to day n (or the last day)
    int weekday_of = 0;
  };
  struct DayOfWeek {
    bool any = false;             // `?`
    std::bitset<8> days;          // 1 (Sunday) .. 7 (Saturday)
    int last_of = 0;              // `nL`: the last day n of the month
    int nth_day = 0, nth = 0;     // `n#k`: the k-th day n of the month
  };

  bool DayMatches(int year, int month, int day) const;

  std::string text_;
  std::bitset<60> seconds_, minutes_;
  std::bitset<24> hours_;
  DayOfMonth day_of_month_;
  std::bitset<13> months_;  // 1..12
  DayOfWeek day_of_week_;
  bool any_year_ = true;
  std::bitset<230> years_;  // 1970 + i
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TRIGGERS_CRON_EXPRESSION_H_
