#!/bin/sh
# Runs `talon check` over every input the fuzzer once crashed on (tests/fuzz/regressions/): each
# must end in diagnostics or success (exit 0 or 1), never in a crash or a harness error. The
# sanitizer build (`make fuzz`) replays the same files as seeds.
# Usage: check_regressions.sh TALON DIR
set -u
talon=$1
dir=$2
failed=0
for input in "$dir"/*.cql; do
  "$talon" check "$input" > /dev/null 2>&1
  rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "FAIL: talon check $input exited $rc" >&2
    failed=1
  fi
done
exit $failed
