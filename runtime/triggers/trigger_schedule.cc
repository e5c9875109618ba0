#include "runtime/triggers/trigger_schedule.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace talon::exec {

absl::StatusOr<TriggerSchedule> TriggerSchedule::Create(const bound::Trigger& trigger) {
  TriggerSchedule schedule;
  schedule.name_ = trigger.name;
  schedule.stream_ = trigger.stream;
  if (trigger.every_ms) {
    if (*trigger.every_ms <= 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("trigger '", trigger.name, "' needs a positive period"));
    }
    schedule.kind_ = Kind::kPeriodic;
    schedule.period_ms_ = *trigger.every_ms;
    return schedule;
  }
  if (absl::AsciiStrToLower(trigger.at) == "start") {
    schedule.kind_ = Kind::kStart;
    return schedule;
  }
  absl::StatusOr<CronExpression> cron = CronExpression::Parse(trigger.at);
  if (!cron.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("trigger '", trigger.name, "': ", cron.status().message()));
  }
  schedule.kind_ = Kind::kCron;
  schedule.cron_ = *std::move(cron);
  return schedule;
}

bool TriggerSchedule::Start(Timestamp start) {
  switch (kind_) {
    case Kind::kStart: next_.reset(); return true;
    case Kind::kPeriodic: next_ = start + period_ms_; return false;
    case Kind::kCron: next_ = cron_->NextAfter(start - 1); return false;
  }
  return false;
}

void TriggerSchedule::Fired() {
  if (!next_) return;
  switch (kind_) {
    case Kind::kStart: next_.reset(); break;
    case Kind::kPeriodic: *next_ += period_ms_; break;
    case Kind::kCron: next_ = cron_->NextAfter(*next_); break;
  }
}

}  // namespace talon::exec
