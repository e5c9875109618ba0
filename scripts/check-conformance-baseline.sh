#!/usr/bin/env bash
# Runs the shared conformance cases (../shared/conformance) with build/tools/talon in each engine
# mode and fails when any area passes fewer cases than tests/conformance/baseline.txt records.
# Skips with a message when ../shared/conformance does not exist. Options: see
# scripts/conformance_baseline.py --help (--talon, --cases, --engines).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/conformance_baseline.py check "$@"
