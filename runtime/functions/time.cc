// time:* scalar functions (siddhi-execution-time).
#include "runtime/registry.h"

namespace talon::exec {

// TODO: add the siddhi-execution-time functions (time:currentTimestamp, time:dateFormat,
// time:timestampInMilliseconds, time:extract, ...). They need Java SimpleDateFormat patterns and
// time zones, so they come with a date-format translation layer; until then no time:* function
// resolves and the analyzer reports them as unknown.
void RegisterTimeFunctions(Registry& registry) {}

}  // namespace talon::exec
