#include "runtime/triggers/cron_expression.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"

namespace talon::exec {
namespace {

constexpr int kFirstYear = 1970;
constexpr int kLastYear = 2199;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int& year, int& month, int& day) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe + era * 400 + (month <= 2));
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// 1 (Sunday) .. 7 (Saturday), Quartz's numbering.
int WeekdayOf(int year, int month, int day) {
  int64_t days = DaysFromCivil(year, month, day);  // 1970-01-01 was a Thursday (5)
  int64_t w = (days + 4) % 7;                      // 0 = Sunday
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

struct FieldInfo {
  absl::string_view name;
  int min, max;
  std::vector<absl::string_view> names;  // names[i] is value min + i
};

const FieldInfo kSeconds{"seconds", 0, 59, {}};
const FieldInfo kMinutes{"minutes", 0, 59, {}};
const FieldInfo kHours{"hours", 0, 23, {}};
const FieldInfo kDaysOfMonth{"day-of-month", 1, 31, {}};
const FieldInfo kMonths{"month", 1, 12,
                        {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                         "NOV", "DEC"}};
const FieldInfo kDaysOfWeek{"day-of-week", 1, 7, {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"}};
const FieldInfo kYears{"year", kFirstYear, kLastYear, {}};

// Bits are value - offset: years count from 1970, everything else from 0.
int Offset(const FieldInfo& f) { return f.min == kFirstYear ? kFirstYear : 0; }

absl::Status FieldError(const FieldInfo& f, absl::string_view item, absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat("cron ", f.name, " field '", std::string(item),
                                                 "': ", std::string(why)));
}

absl::StatusOr<int> ParseValue(const FieldInfo& f, absl::string_view text) {
  std::string upper = absl::AsciiStrToUpper(text);
  for (size_t i = 0; i < f.names.size(); ++i) {
    if (upper == f.names[i]) return f.min + static_cast<int>(i);
  }
  int v = 0;
  if (!absl::SimpleAtoi(text, &v)) return FieldError(f, text, "not a number or a name");
  if (v < f.min || v > f.max) {
    return FieldError(f, text, absl::StrCat("out of range ", f.min, "-", f.max));
  }
  return v;
}

// A list of `*`, `a`, `a-b`, each with an optional `/step`, into `set` (bit v for value v).
template <size_t N>
absl::Status ParseSet(const FieldInfo& f, absl::string_view text, std::bitset<N>& set) {
  for (absl::string_view item : absl::StrSplit(text, ',')) {
    absl::string_view range = item;
    int step = 1;
    if (size_t slash = item.find('/'); slash != absl::string_view::npos) {
      range = item.substr(0, slash);
      if (!absl::SimpleAtoi(item.substr(slash + 1), &step) || step <= 0) {
        return FieldError(f, item, "needs a positive step after '/'");
      }
    }
    int lo = f.min, hi = f.max;
    if (range != "*") {
      size_t dash = range.find('-');
      auto first = ParseValue(f, range.substr(0, dash));
      if (!first.ok()) return first.status();
      lo = *first;
      if (dash != absl::string_view::npos) {
        auto last = ParseValue(f, range.substr(dash + 1));
        if (!last.ok()) return last.status();
        hi = *last;
      } else if (item.find('/') == absl::string_view::npos) {
        hi = lo;
      }
    }
    if (hi < lo) {
      // Quartz wraps ranges such as FRI-MON or 22-2 past the field's maximum.
      const int width = f.max - f.min + 1;
      const int span = hi - lo + width;
      for (int k = 0; k <= span; k += step) {
        set.set(static_cast<size_t>(f.min + (lo - f.min + k) % width - Offset(f)));
      }
      continue;
    }
    for (int v = lo; v <= hi; v += step) set.set(static_cast<size_t>(v - Offset(f)));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<CronExpression> CronExpression::Parse(std::string_view text_in) {
  // Debian's Abseil has its own string_view type.
  absl::string_view text(text_in.data(), text_in.size());
  std::vector<absl::string_view> fields =
      absl::StrSplit(absl::StripAsciiWhitespace(text), ' ', absl::SkipEmpty());
  if (fields.size() != 6 && fields.size() != 7) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cron expression '", std::string(text),
        "' needs 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]), "
        "found ", fields.size()));
  }
  CronExpression cron;
  cron.text_ = std::string(text);
  absl::Status s = ParseSet(kSeconds, fields[0], cron.seconds_);
  if (s.ok()) s = ParseSet(kMinutes, fields[1], cron.minutes_);
  if (s.ok()) s = ParseSet(kHours, fields[2], cron.hours_);
  if (s.ok()) s = ParseSet(kMonths, fields[4], cron.months_);
  if (s.ok() && fields.size() == 7 && fields[6] != "*") {
    cron.any_year_ = false;
    s = ParseSet(kYears, fields[6], cron.years_);
  }
  if (!s.ok()) return s;

  std::string dom = absl::AsciiStrToUpper(fields[3]);
  std::string dow = absl::AsciiStrToUpper(fields[5]);
  if ((dom == "?") == (dow == "?")) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cron expression '", std::string(text),
        "': exactly one of day-of-month and day-of-week must be '?'"));
  }
  DayOfMonth& m = cron.day_of_month_;
  if (dom == "?") {
    m.any = true;
  } else if (dom == "L" || dom == "LW" || absl::StartsWith(dom, "L-")) {
    m.last = true;
    m.weekday = dom == "LW";
    if (dom.size() > 2 && dom[1] == '-') {
      if (!absl::SimpleAtoi(absl::string_view(dom).substr(2), &m.last_offset) ||
          m.last_offset < 0 || m.last_offset > 30) {
        return FieldError(kDaysOfMonth, dom, "needs an offset 0-30 after 'L-'");
      }
    }
  } else if (!dom.empty() && dom.back() == 'W') {
    m.weekday = true;
    auto day = ParseValue(kDaysOfMonth, absl::string_view(dom).substr(0, dom.size() - 1));
    if (!day.ok()) return day.status();
    m.weekday_of = *day;
  } else {
    if (absl::Status st = ParseSet(kDaysOfMonth, dom, m.days); !st.ok()) return st;
  }

  DayOfWeek& w = cron.day_of_week_;
  if (dow == "?") {
    w.any = true;
  } else if (dow == "L") {
    w.days.set(7);
  } else if (dow.size() > 1 && dow.back() == 'L') {
    auto day = ParseValue(kDaysOfWeek, absl::string_view(dow).substr(0, dow.size() - 1));
    if (!day.ok()) return day.status();
    w.last_of = *day;
  } else if (size_t hash = dow.find('#'); hash != std::string::npos) {
    auto day = ParseValue(kDaysOfWeek, absl::string_view(dow).substr(0, hash));
    if (!day.ok()) return day.status();
    w.nth_day = *day;
    if (!absl::SimpleAtoi(absl::string_view(dow).substr(hash + 1), &w.nth) || w.nth < 1 ||
        w.nth > 5) {
      return FieldError(kDaysOfWeek, dow, "needs 1-5 after '#'");
    }
  } else {
    if (absl::Status st = ParseSet(kDaysOfWeek, dow, w.days); !st.ok()) return st;
  }
  return cron;
}

bool CronExpression::DayMatches(int year, int month, int day) const {
  const int days_in_month = DaysInMonth(year, month);
  if (!day_of_month_.any) {
    const DayOfMonth& m = day_of_month_;
    if (m.weekday) {
      int target = m.last ? days_in_month : std::min(m.weekday_of, days_in_month);
      int wd = WeekdayOf(year, month, target);
      // The nearest weekday, never leaving the month.
      if (wd == 7) target = target == 1 ? target + 2 : target - 1;
      else if (wd == 1) target = target == days_in_month ? target - 2 : target + 1;
      return day == target;
    }
    if (m.last) return day == days_in_month - m.last_offset;
    return m.days.test(static_cast<size_t>(day));
  }
  const DayOfWeek& w = day_of_week_;
  const int wd = WeekdayOf(year, month, day);
  if (w.last_of != 0) return wd == w.last_of && day + 7 > days_in_month;
  if (w.nth != 0) return wd == w.nth_day && (day - 1) / 7 + 1 == w.nth;
  return w.days.test(static_cast<size_t>(wd));
}

std::optional<int64_t> CronExpression::NextAfter(int64_t after_ms) const {
  // The first whole second after `after_ms`.
  int64_t second = (after_ms >= 0 ? after_ms / 1000 : -((-after_ms + 999) / 1000)) + 1;
  int64_t day = second >= 0 ? second / 86400 : (second - 86399) / 86400;
  int64_t second_of_day = second - day * 86400;
  for (; ; ++day, second_of_day = 0) {
    int year, month, dom;
    CivilFromDays(day, year, month, dom);
    if (year > kLastYear) return std::nullopt;
    if (year < kFirstYear) {
      day = DaysFromCivil(kFirstYear, 1, 1) - 1;
      continue;
    }
    if (!any_year_ && !years_.test(static_cast<size_t>(year - kFirstYear))) {
      day = DaysFromCivil(year + 1, 1, 1) - 1;
      continue;
    }
    if (!months_.test(static_cast<size_t>(month))) {
      day = (month == 12 ? DaysFromCivil(year + 1, 1, 1) : DaysFromCivil(year, month + 1, 1)) - 1;
      continue;
    }
    if (!DayMatches(year, month, dom)) continue;
    for (int64_t s = second_of_day; s < 86400; ++s) {
      int h = static_cast<int>(s / 3600), mi = static_cast<int>(s / 60 % 60),
          se = static_cast<int>(s % 60);
      if (!hours_.test(static_cast<size_t>(h))) {
        s = (h + 1) * 3600 - 1;
        continue;
      }
      if (!minutes_.test(static_cast<size_t>(mi))) {
        s = (s / 60 + 1) * 60 - 1;
        continue;
      }
      if (seconds_.test(static_cast<size_t>(se))) return (day * 86400 + s) * 1000;
    }
  }
}

}  // namespace talon::exec
