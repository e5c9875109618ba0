#!/usr/bin/env python3
"""Checks or updates tests/conformance/baseline.txt from a `talon conformance` run.

The baseline holds, per area (the case id's prefix before '/'), how many cases of
../shared/conformance must pass. `check` fails when any area passes fewer than its baseline
in any engine mode, so a regression cannot land silently; `update` rewrites the baseline from
a run (the lowest count across the modes), for after a change that makes more cases pass.

Usage: conformance_baseline.py check|update [--talon BIN] [--cases DIR] [--engines interp,jit]
Run through scripts/check-conformance-baseline.sh or scripts/update-conformance-baseline.sh.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINE = os.path.join(ROOT, "tests", "conformance", "baseline.txt")
SKIP_LIST = os.path.join(ROOT, "tests", "conformance", "skip.json")
HEADER = """\
# Conformance baseline: per area, the number of shared/conformance cases that must pass.
# scripts/check-conformance-baseline.sh fails when an area passes fewer; raise the numbers
# with scripts/update-conformance-baseline.sh after a run that passes more.
"""


def read_baseline(path):
    baseline = {}
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2 or not parts[1].isdigit():
                sys.exit(f"{path}:{number}: expected 'AREA PASSED_COUNT', got {line!r}")
            baseline[parts[0]] = int(parts[1])
    return baseline


def run_cases(talon, cases, engine):
    """Runs the harness in one mode; returns {area: Counter(pass=, fail=, skip=)}."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as tmp:
        json_path = tmp.name
    try:
        command = [talon, "conformance", f"--engine={engine}", "--json", json_path,
                   "--skip", SKIP_LIST, cases]
        print(f"$ {' '.join(command)}", flush=True)
        # The harness prints its own per-area summary; keep only its closing line visible.
        result = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        lines = result.stdout.strip().splitlines()
        if result.returncode != 0:
            print(result.stdout, end="")
            sys.exit(f"talon conformance failed (exit status {result.returncode})")
        if lines:
            print(f"  {engine}: {lines[-1]}")
        counts = collections.defaultdict(collections.Counter)
        with open(json_path) as f:
            for line in f:
                if line.strip():
                    case = json.loads(line)
                    counts[case["area"]][case["status"]] += 1
        return counts
    finally:
        os.unlink(json_path)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["check", "update"])
    parser.add_argument("--talon", default=os.path.join(ROOT, "build", "tools", "talon"))
    parser.add_argument("--cases", default=os.path.join(ROOT, "..", "shared", "conformance"))
    parser.add_argument("--engines", default=os.environ.get("TALON_CONFORMANCE_ENGINES",
                                                            "interp,jit"),
                        help="comma-separated engine modes to run (default: interp,jit)")
    args = parser.parse_args()

    cases = os.path.normpath(args.cases)
    if not os.path.isdir(cases):
        print(f"conformance baseline: {cases} not found; skipping the conformance check")
        return 0
    if not os.access(args.talon, os.X_OK):
        sys.exit(f"conformance baseline: {args.talon} not found; build first (make build)")
    engines = [e for e in args.engines.split(",") if e]
    runs = {engine: run_cases(args.talon, cases, engine) for engine in engines}
    baseline = read_baseline(BASELINE) if os.path.exists(BASELINE) else {}
    areas = sorted(set(baseline).union(*[set(run) for run in runs.values()]))

    if args.mode == "update":
        with open(BASELINE, "w") as f:
            f.write(HEADER)
            for area in areas:
                passed = min(runs[e][area]["pass"] for e in engines)
                f.write(f"{area} {passed}\n")
        print(f"wrote {os.path.relpath(BASELINE, ROOT)} ({len(areas)} areas)")
        return 0

    drops = []
    improved = False
    header = f"{'area':<18} {'baseline':>8}" + "".join(
        f" {e + ' pass':>11} {'fail':>5} {'skip':>5}" for e in engines)
    print(header)
    print("-" * len(header))
    totals = {e: collections.Counter() for e in engines}
    for area in areas:
        expected = baseline.get(area, 0)
        row = f"{area:<18} {expected:>8}"
        marks = []
        for e in engines:
            c = runs[e][area]
            totals[e].update(c)
            row += f" {c['pass']:>11} {c['fail']:>5} {c['skip']:>5}"
            if c["pass"] < expected:
                drops.append(f"{area} ({e}): {c['pass']} passed, baseline {expected}")
                marks.append(f"DROP({e})")
            elif c["pass"] > expected:
                improved = True
        print(row + ("  " + " ".join(marks) if marks else ""))
    print("-" * len(header))
    total_row = f"{'total':<18} {sum(baseline.values()):>8}"
    for e in engines:
        t = totals[e]
        total_row += f" {t['pass']:>11} {t['fail']:>5} {t['skip']:>5}"
    print(total_row)

    if drops:
        print("\nconformance regressions (fewer cases pass than the baseline):")
        for drop in drops:
            print(f"  {drop}")
        print("Run `build/tools/talon conformance --failures --filter AREA/ ../shared/conformance`"
              " to see the failing cases.")
        return 1
    if improved:
        print("\nmore cases pass than the baseline records: raise it with "
              "scripts/update-conformance-baseline.sh")
    print("conformance baseline: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
