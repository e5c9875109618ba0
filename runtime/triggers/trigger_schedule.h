// TriggerSchedule: when a `define trigger` fires on the engine clock. A trigger is a stream
// (triggered_time long) whose events the engine makes itself:
//   - `at every <period>`: at start + k * period (Siddhi's PeriodicTrigger, on event time);
//   - `at 'start'`: once, when the app starts (StartTrigger);
//   - `at '<cron>'`: whenever the Quartz cron expression fires, evaluated over event time in
//     UTC (CronTrigger runs on the wall clock; Talon has one clock, the event-time one).
// Each firing is one event whose timestamp and triggered_time are the firing time.
#ifndef TALON_RUNTIME_TRIGGERS_TRIGGER_SCHEDULE_H_
#define TALON_RUNTIME_TRIGGERS_TRIGGER_SCHEDULE_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "frontend/bound.h"
#include "runtime/event.h"
#include "runtime/triggers/cron_expression.h"

namespace talon::exec {

class TriggerSchedule {
 public:
  // InvalidArgument when the trigger's `at` is neither 'start' nor a valid cron expression.
  static absl::StatusOr<TriggerSchedule> Create(const bound::Trigger& trigger);

  int stream() const { return stream_; }
  const std::string& name() const { return name_; }

  // The app starts at `start`: schedules the first firing. Returns true when the trigger fires
  // right now ('start' triggers).
  bool Start(Timestamp start);
  // The next firing, if any.
  std::optional<Timestamp> next() const { return next_; }
  // The firing at next() happened; schedules the one after it.
  void Fired();

 private:
  enum class Kind { kStart, kPeriodic, kCron };

  Kind kind_ = Kind::kStart;
  std::string name_;
  int stream_ = -1;
  int64_t period_ms_ = 0;
  std::optional<CronExpression> cron_;
  std::optional<Timestamp> next_;
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_TRIGGERS_TRIGGER_SCHEDULE_H_
