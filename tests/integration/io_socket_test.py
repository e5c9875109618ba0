#!/usr/bin/env python3
"""talon run with a TCP source on 127.0.0.1: two clients send newline-delimited JSON at the same
time; every good line is processed, a broken line and an over-long line (refused, not buffered)
are counted as malformed with their connection and line, and SIGTERM drains and exits 0."""

import json
import re
import socket
import threading

import iotest

APP = """
define stream Trades (client int, seq long, symbol string, price double);
@info(name = 'all')
from Trades[price >= 0.0] select client, seq, symbol, price insert into Out;
"""

LINES_PER_CLIENT = 5000


def client(port, number, errors):
    try:
        with socket.create_connection(("127.0.0.1", port)) as s:
            batch = []
            for seq in range(LINES_PER_CLIENT):
                batch.append(json.dumps({"client": number, "seq": seq, "symbol": "IBM",
                                         "price": seq * 0.5}) + "\n")
                if len(batch) == 100:
                    s.sendall("".join(batch).encode())
                    batch = []
                if seq in (1000, 2000):
                    s.sendall("".join(batch).encode())
                    batch = []
                if seq == 1000:
                    s.sendall(b'{"client": 1, "seq": oops}\n')  # bad JSON
                if seq == 2000:
                    # 3 MB without a newline until the end: over --max-line-bytes.
                    s.sendall(b'{"pad": "' + b"x" * (3 << 20) + b'"}\n')
            s.sendall("".join(batch).encode())
    except OSError as e:
        errors.append(str(e))


def test(talon, workdir):
    with open(f"{workdir}/app.cql", "w") as f:
        f.write(APP)
    run = iotest.Talon(talon, ["run", "app.cql", "--input", "Trades=tcp://127.0.0.1:0",
                               "--output", "Out=out.jsonl", "--max-line-bytes", "65536"], workdir)
    text = iotest.wait_until(
        lambda: re.search(r"listening on 127\.0\.0\.1:(\d+)", run.stderr()), 10,
        "the tcp source to listen")
    port = int(text.group(1))
    errors = []
    clients = [threading.Thread(target=client, args=(port, n, errors)) for n in (1, 2)]
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    iotest.check(not errors, f"client errors: {errors}")
    expected = 2 * LINES_PER_CLIENT
    iotest.wait_until(lambda: iotest.count_lines(f"{workdir}/out.jsonl") >= expected, 20,
                      f"{expected} output lines")
    code = run.stop()
    stderr = run.stderr()
    iotest.check(code == 0, f"exit status {code}; stderr:\n{stderr}")
    rows = iotest.read_json_lines(f"{workdir}/out.jsonl")
    seen = {(r["data"]["client"], r["data"]["seq"]) for r in rows}
    iotest.check(len(rows) == expected and len(seen) == expected,
                 f"{len(rows)} rows, {len(seen)} distinct; expected {expected}")
    # Per connection order is kept.
    for number in (1, 2):
        seqs = [r["data"]["seq"] for r in rows if r["data"]["client"] == number]
        iotest.check(seqs == sorted(seqs), f"client {number}'s lines out of order")
    events_in, malformed, out = iotest.summary(stderr)
    iotest.check(malformed == 4, f"malformed {malformed}, expected 4; stderr:\n{stderr}")
    iotest.check(events_in == expected + 4 and out == expected, f"summary {events_in} {out}")
    iotest.check(len(re.findall(r"tcp 127\.0\.0\.1:\d+ line 1002: not valid JSON", stderr)) == 2,
                 f"bad lines not reported with their position:\n{stderr}")
    iotest.check(len(re.findall(r"line 2003: line longer than 65536 bytes", stderr)) == 2,
                 f"over-long lines not reported:\n{stderr}")


if __name__ == "__main__":
    iotest.main(test)
