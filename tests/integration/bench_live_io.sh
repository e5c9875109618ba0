#!/usr/bin/env bash
# Live I/O benchmark (docs/performance.md, "Live I/O"): a JSON-lines file of N events (10M by
# default, generated here, never committed) through a filter policy into a file sink with
# `talon run`, against the physical bound of that path: simdjson On-Demand alone reading every
# field of every line (tests/integration/simdjson_parse_bound.cc). Not part of `make test`.
#
#   tests/integration/bench_live_io.sh [TALON] [EVENTS] [WORKDIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
talon="$(realpath "${1:-$here/../../build/tools/talon}")"
events="${2:-10000000}"
work="${3:-${TMPDIR:-/tmp}/talon-bench-io}"
mkdir -p "$work"
cd "$work"

data="events_${events}.jsonl"
if [[ ! -s "$data" ]]; then
  echo "generating $data ..." >&2
  python3 - "$events" "$data" <<'EOF'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
symbols = ["IBM", "WSO2", "ORCL", "MSFT", "GOOG", "AMZN", "META", "NFLX"]
with open(path, "w") as f:
    chunk = []
    for i in range(n):
        chunk.append('{"ts": %d, "symbol": "%s", "price": %.2f, "volume": %d, "user": "u%d"}\n'
                     % (1700000000000 + i, rng.choice(symbols), rng.random() * 1000,
                        rng.randrange(1, 10000), rng.randrange(5000)))
        if len(chunk) == 100000:
            f.write("".join(chunk))
            chunk = []
    f.write("".join(chunk))
EOF
fi

cat > filter.cql <<'EOF'
define stream Trades (ts long, symbol string, price double, volume int, user string);
@info(name = 'bigTrades')
from Trades[price > 990.0 and volume > 5000]
select ts, symbol, price, volume, user
insert into BigTrades;
EOF

c++ -O3 -std=c++20 "$here/simdjson_parse_bound.cc" -lsimdjson -o simdjson_parse_bound

best() {  # runs "$@" 3 times, prints the best wall time in seconds
  local best=""
  for _ in 1 2 3; do
    local start end t
    start=$(date +%s.%N)
    "$@" >/dev/null 2>run.stderr
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [[ -z "$best" ]] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
  done
  echo "$best"
}

bytes=$(stat -c %s "$data")
bound_line=$(./simdjson_parse_bound "$data")
for _ in 1 2; do
  line=$(./simdjson_parse_bound "$data")
  if (( $(echo "$(echo "$line" | cut -d' ' -f2) < $(echo "$bound_line" | cut -d' ' -f2)" | bc -l) )); then
    bound_line=$line
  fi
done
bound_s=$(echo "$bound_line" | cut -d' ' -f2)

printf '%-34s %10s %12s %10s %8s\n' "run" "seconds" "events/s" "MB/s" "ratio"
printf '%-34s %10.3f %12.0f %10.0f %8s\n' "simdjson On-Demand parse only" "$bound_s" \
  "$(echo "$events / $bound_s" | bc -l)" "$(echo "$bytes / $bound_s / 1000000" | bc -l)" "1.00"
for mode in "--jit=off" "--jit=auto"; do
  for chunk in batch record; do
    t=$(best "$talon" run filter.cql --input "Trades=$data" --time-attr ts \
          --output BigTrades=alerts.jsonl --progress off --chunk "$chunk" "$mode")
    printf '%-34s %10.3f %12.0f %10.0f %8.2f\n' "talon run $mode --chunk=$chunk" "$t" \
      "$(echo "$events / $t" | bc -l)" "$(echo "$bytes / $t / 1000000" | bc -l)" \
      "$(echo "$bound_s / $t" | bc -l)"
  done
done
echo "alerts: $(wc -l < alerts.jsonl); $(tail -1 run.stderr); file: $bytes bytes; $(nproc) cores"
