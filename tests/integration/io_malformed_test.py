#!/usr/bin/env python3
"""Malformed input never stops the pipeline and is never dropped silently.

1. A JSON-lines file with 1% broken lines (bad JSON, wrong type, missing attribute, over-long
   line, trailing garbage): exactly those lines land in the --dead-letter file, in order; every
   other line is processed; the counts add up; positions (file:line) are reported.
2. When a query consumes the fault stream !S, malformed records go there instead (with the
   position and reason in _error) and the dead-letter file stays empty.
3. The same in CSV, with both routes counted in --stats-json."""

import json
import random

import iotest

APP = """
define stream Events (seq long, user string, amount double, ok bool);
@info(name = 'all')
from Events select seq, amount insert into Out;
"""

FAULT_APP = APP + """
@info(name = 'faults')
from !Events select _error insert into Faults;
"""

LINES = 20000


def broken(seq, kind):
    if kind == 0:
        return '{"seq": %d, "user": "u", "amount": oops, "ok": true}' % seq
    if kind == 1:
        return json.dumps({"seq": seq, "user": "u", "amount": "12", "ok": True})
    if kind == 2:
        return json.dumps({"seq": seq, "user": "u", "ok": True})  # amount missing
    if kind == 3:
        return json.dumps({"seq": seq, "user": "u" * 5000, "amount": 1.0, "ok": True})
    return json.dumps({"seq": seq, "user": "u", "amount": 1.0, "ok": True}) + " extra"


def make_input(path):
    rng = random.Random(42)
    bad_lines, good = [], []
    with open(path, "w") as f:
        for seq in range(LINES):
            if rng.random() < 0.01:
                text = broken(seq, len(bad_lines) % 5)
                bad_lines.append((seq + 1, text))
            else:
                text = json.dumps({"seq": seq, "user": f"u{seq % 7}", "amount": seq * 0.25,
                                   "ok": seq % 2 == 0})
                good.append(seq)
            f.write(text + "\n")
    return bad_lines, good


def test(talon, workdir):
    data = f"{workdir}/events.jsonl"
    bad, good = make_input(data)
    iotest.check(150 <= len(bad) <= 260, f"{len(bad)} broken lines generated")
    with open(f"{workdir}/app.cql", "w") as f:
        f.write(APP)
    run = iotest.Talon(talon, ["run", "app.cql", "--input", f"Events={data}", "--output",
                               "Out=out.jsonl", "--dead-letter", "dead.txt",
                               "--max-line-bytes", "4096"], workdir)
    code = run.wait(60)
    stderr = run.stderr()
    iotest.check(code == 0, f"exit status {code}:\n{stderr}")
    with open(f"{workdir}/dead.txt") as f:
        dead = f.read().splitlines()
    expected_dead = [text if len(text) <= 4096 else text[:4096] for _, text in bad]
    iotest.check(dead == expected_dead,
                 f"dead-letter file: {len(dead)} lines, expected {len(expected_dead)}; first "
                 f"difference at {next((i for i, (a, b) in enumerate(zip(dead, expected_dead)) if a != b), None)}")
    seqs = [r["data"]["seq"] for r in iotest.read_json_lines(f"{workdir}/out.jsonl")]
    iotest.check(seqs == good, f"{len(seqs)} events processed, expected {len(good)}")
    events_in, malformed, out = iotest.summary(stderr)
    iotest.check((events_in, malformed, out) == (LINES, len(bad), len(good)),
                 f"summary {(events_in, malformed, out)}")
    first_line = bad[0][0]
    iotest.check(f"events.jsonl:{first_line}: " in stderr, f"no position for line {first_line}")

    # 2. The fault stream takes them when a query reads it.
    with open(f"{workdir}/fault.cql", "w") as f:
        f.write(FAULT_APP)
    run = iotest.Talon(talon, ["run", "fault.cql", "--input", f"Events={data}", "--output",
                               "Faults=faults.jsonl", "--output", "Out=out2.jsonl",
                               "--dead-letter", "dead2.txt", "--max-line-bytes", "4096"],
                       workdir, name="fault")
    code = run.wait(60)
    iotest.check(code == 0, f"exit status {code}:\n{run.stderr()}")
    faults = [r["data"]["_error"] for r in iotest.read_json_lines(f"{workdir}/faults.jsonl")]
    iotest.check(len(faults) == len(bad), f"{len(faults)} fault events, expected {len(bad)}")
    iotest.check(all(f.startswith(f"{data}:") for f in faults), f"fault positions: {faults[:3]}")
    iotest.check([int(f[len(data) + 1:].split(":")[0]) for f in faults] == [line for line, _ in bad],
                 "fault events are not the broken lines, in order")
    with open(f"{workdir}/dead2.txt") as f:
        iotest.check(f.read() == "", "dead-letter file used although !Events is consumed")
    iotest.check(iotest.count_lines(f"{workdir}/out2.jsonl") == len(good), "good events lost")

    # 3. CSV, counted in the stats JSON.
    csv = f"{workdir}/events.csv"
    with open(csv, "w") as f:
        f.write("seq,user,amount,ok\n1,a,1.5,true\n2,b,x,true\n3,c\n4,d,2,maybe\n5,e,3,false\n")
    run = iotest.Talon(talon, ["run", "app.cql", "--input",
                               f"Events={csv}?map.header.present=true", "--output",
                               "Out=out3.jsonl", "--dead-letter", "dead3.txt", "--stats-json",
                               "stats.json"], workdir, name="csv")
    code = run.wait(30)
    iotest.check(code == 0, f"exit status {code}:\n{run.stderr()}")
    with open(f"{workdir}/dead3.txt") as f:
        iotest.check(f.read().splitlines() == ["2,b,x,true", "3,c", "4,d,2,maybe"], "csv dead letters")
    with open(f"{workdir}/stats.json") as f:
        stats = json.load(f)
    iotest.check(stats["malformed"] == 3 and stats["streams"]["Events"]["malformed"] == 3 and
                 stats["sources"][0]["malformed"] == 3 and stats["streams"]["Out"]["out"] == 2,
                 f"stats {stats}")


if __name__ == "__main__":
    iotest.main(test)
