#!/usr/bin/env python3
"""Writes every app of the conformance corpus (and tests/queries apps) as one seed file each."""
import json
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
count = 0
for path in sys.argv[2:]:
    for jsonl in sorted(pathlib.Path(path).glob("**/*.jsonl")):
        for line in jsonl.read_text().splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            if not isinstance(case, dict) or "app" not in case:
                break  # an event data file (examples/data), not a case file
            (out / f"seed{count:05d}.cql").write_text(case["app"])
            count += 1
    for cql in sorted(pathlib.Path(path).glob("**/*.cql")):
        (out / f"seed{count:05d}.cql").write_text(cql.read_text())
        count += 1
print(f"{count} seeds in {out}")
