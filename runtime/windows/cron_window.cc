// #window.cron('<cron expression>'): a tumbling window that emits its batch whenever the cron
// expression fires (Siddhi's CronWindowProcessor). Siddhi drives it from the wall clock through
// Quartz even in playback, so it has no event-time meaning; Talon accepts the query and refuses
// to run it until processing-time execution exists.
#include "runtime/windows/builtin_windows.h"
#include "runtime/windows/window_signature.h"

namespace talon::exec {
namespace {

const std::vector<WindowOverload>& Overloads() {
  static const std::vector<WindowOverload> overloads = {
      {{{"cron.expression", TypeSet{Type::kString}}}},
  };
  return overloads;
}

}  // namespace

WindowDef CronWindowDef() {
  WindowDef def;
  def.name = "cron";
  def.signature = WindowSignatureText("cron", Overloads());
  def.description =
      "A tumbling window that emits its events whenever the cron expression fires (wall "
      "clock; not supported in Talon's event-time engine yet).";
  def.example = "from S#window.cron('*/5 * * * * ?') select symbol, sum(price) as total insert into T;";
  def.resolve = MakeWindowResolve("cron", Overloads());
  def.bind = [](const std::vector<const bound::Expr*>&,
                const Schema&) -> absl::StatusOr<std::unique_ptr<Window>> {
    return absl::UnimplementedError(
        "cron windows need processing time (the wall clock), which Talon does not run yet");
  };
  return def;
}

}  // namespace talon::exec
