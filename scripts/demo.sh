#!/usr/bin/env bash
# Runs each example policy in examples/ over its sample events with `talon run` and prints the
# alerts (one JSON line per output event; the event counts go to stderr). Needs only a built
# build/tools/talon and the files in examples/ (no ../shared).
set -euo pipefail
cd "$(dirname "$0")/.."

talon="${TALON:-build/tools/talon}"
if [[ ! -x "$talon" ]]; then
  echo "demo: $talon not found; build it first (make build)" >&2
  exit 1
fi

run_example() {  # title app stream=data...
  local title="$1" app="$2"
  shift 2
  local inputs=()
  for binding in "$@"; do inputs+=(--input "$binding"); done
  echo
  echo "== $title"
  echo "   $talon run $app ${inputs[*]}"
  "$talon" run "$app" "${inputs[@]}"
}

run_example "HDFS: access to sensitive paths, deletes under /tmp" \
  examples/hdfs_sensitive_path.cql HdfsAuditLogStream=examples/data/hdfs_audit.jsonl

run_example "HDFS: a user touching /tmp/private 3+ times in 10 minutes (event-time window)" \
  examples/hdfs_user_burst.cql HdfsAuditLogStream=examples/data/hdfs_audit.jsonl

run_example "NameNode: CPU over 90%, missing blocks" \
  examples/namenode_metric.cql HadoopJmxMetricStream=examples/data/hadoop_jmx_metric.jsonl
