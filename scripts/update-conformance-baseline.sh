#!/usr/bin/env bash
# Rewrites tests/conformance/baseline.txt from a run of the shared conformance cases: each area's
# count becomes the lowest number of passing cases across the engine modes. Review the diff
# before committing: a lower number is a regression being accepted.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/conformance_baseline.py update "$@"
