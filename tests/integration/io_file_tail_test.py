#!/usr/bin/env python3
"""talon run --follow tails a growing file: lines present at start and lines appended while it
runs (in pieces, a line split across two writes, then after a truncation) all come out, within
the latency bound; SIGINT drains and exits 0. Also: an annotated file source with
tailing='false' replays and exits by itself."""

import json
import os
import signal
import time

import iotest

APP = """
define stream Log (seq long, level string);
from Log[level == 'ERROR'] select seq insert into Errors;
"""

ANNOTATED = """
@source(type='file', file.uri='{path}', tailing='false', @map(type='csv'))
define stream Log (seq long, level string);
@sink(type='file', file.uri='{out}', append='false', @map(type='json', envelope='none'))
define stream Errors (seq long);
from Log[level == 'ERROR'] select seq insert into Errors;
"""


def line(seq, level):
    return json.dumps({"seq": seq, "level": level}) + "\n"


def test(talon, workdir):
    log = f"{workdir}/app.log.jsonl"
    out = f"{workdir}/errors.jsonl"
    with open(f"{workdir}/app.cql", "w") as f:
        f.write(APP)
    with open(log, "w") as f:
        for seq in range(10):
            f.write(line(seq, "ERROR" if seq % 2 == 0 else "INFO"))
    run = iotest.Talon(talon, ["run", "app.cql", "--input", f"Log={log}", "--follow",
                               "--output", f"Errors={out}"], workdir)
    iotest.wait_until(lambda: iotest.count_lines(out) == 5, 10, "the first 5 errors")

    # Appended while running, in several writes; one line split across two writes.
    seq = 10
    for round_ in range(5):
        with open(log, "a") as f:
            for _ in range(20):
                f.write(line(seq, "ERROR"))
                seq += 1
            text = line(seq, "ERROR")
            f.write(text[:7])
            f.flush()
            time.sleep(0.05)
            f.write(text[7:])
            seq += 1
        time.sleep(0.1)
    expected = 5 + 5 * 21
    start = time.monotonic()
    iotest.wait_until(lambda: iotest.count_lines(out) == expected, 10, f"{expected} errors")
    # The latency bound holds the last append back only briefly.
    iotest.check(time.monotonic() - start < 2.0, "appended lines came out too late")

    # Truncated and rewritten (log rotation by copytruncate): read from the start again.
    with open(log, "w") as f:
        f.write(line(1000, "ERROR"))
    iotest.wait_until(lambda: any(r["data"]["seq"] == 1000 for r in iotest.read_json_lines(out)),
                      10, "the line written after truncation")

    run.signal(signal.SIGINT)
    code = run.wait()
    iotest.check(code == 0, f"exit status {code}; stderr:\n{run.stderr()}")
    seqs = [r["data"]["seq"] for r in iotest.read_json_lines(out)]
    wanted = [s for s in range(10) if s % 2 == 0] + list(range(10, seq)) + [1000]
    iotest.check(seqs == wanted, f"outputs {seqs[:20]}... != {wanted[:20]}...")
    iotest.check("truncated" in run.stderr(), "truncation not reported")

    # An annotated replay (tailing='false') of a CSV file ends by itself.
    csv = f"{workdir}/replay.csv"
    with open(csv, "w") as f:
        f.write("1,ERROR\n2,INFO\n3,ERROR\n")
    with open(f"{workdir}/annotated.cql", "w") as f:
        f.write(ANNOTATED.format(path=csv, out=f"{workdir}/replayed.jsonl"))
    replay = iotest.Talon(talon, ["run", "annotated.cql"], workdir, name="replay")
    code = replay.wait(20)
    iotest.check(code == 0, f"replay exit status {code}: {replay.stderr()}")
    rows = iotest.read_json_lines(f"{workdir}/replayed.jsonl")
    iotest.check(rows == [{"seq": 1}, {"seq": 3}], f"annotated replay wrote {rows}")


if __name__ == "__main__":
    iotest.main(test)
