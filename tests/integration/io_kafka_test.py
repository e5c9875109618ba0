#!/usr/bin/env python3
"""Kafka end to end, on `talon dev-kafka` (librdkafka's mock cluster: 3 brokers, a topic of 6
partitions):

1. talon itself produces 100k events keyed by card (Kafka sink, key='{{card}}'); every card's
   events land in one partition.
2. A keyed policy (partition by card, a length window and a group-by aggregate) consumes them
   from Kafka in a consumer group: the alerts are exactly those of the same policy over the
   same events from a file, and the group's committed offsets reach the end offsets.
3. At-least-once across a crash: a consumer (another group) is SIGKILLed mid-stream and
   restarted; every event's effect is there afterwards, and the duplicates are counted.
"""

import json
import os
import random
import re
import shutil
import signal
import subprocess
import time

import iotest

EVENTS = 100_000
CARDS = 500

DEFINE = """
define stream Txn (seq long, card string, amount double);
"""

QUERIES = """
partition with (card of Txn)
begin
  @info(name = 'bursts')
  from Txn#window.length(5)
  select card, count() as n, sum(amount) as total
  group by card
  having total > 4000.0
  insert into Alerts;
end;
"""

KAFKA_SOURCE = """
@source(type='kafka', bootstrap.servers='${{TALON_TEST_BOOTSTRAP}}', topic.list='txn',
        group.id='{group}', threading.option='single.thread', commit.interval.ms='{commit_ms}',
        kafka.session.timeout.ms='6000', kafka.heartbeat.interval.ms='1000', @map(type='json'))
"""

POLICY = DEFINE + QUERIES

SEEN_DEFINE = """
@sink(type='file', file.uri='{path}', @map(type='json', envelope='none'))
define stream Seen (seq long);
"""

SEEN_QUERY = """
from Txn select seq insert into Seen;
"""

PRODUCER = """
@source(type='file', file.uri='{path}', tailing='false', @map(type='json'))
define stream Txn (seq long, card string, amount double);
@sink(type='kafka', bootstrap.servers='${{TALON_TEST_BOOTSTRAP}}', topic='txn', key='{{{{card}}}}',
      @map(type='json', envelope='none'))
define stream Out (seq long, card string, amount double);
from Txn select * insert into Out;
"""


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def offsets(talon, bootstrap, group):
    """(caught_up, lines) of `talon dev-kafka offsets`."""
    result = subprocess.run([talon, "dev-kafka", "offsets", "--bootstrap", bootstrap, "--group",
                             group, "--topic", "txn"], capture_output=True, text=True, timeout=60)
    if result.returncode not in (0, 3):
        raise iotest.TestFailure(f"dev-kafka offsets failed: {result.stderr}")
    return result.returncode == 0, result.stdout.strip().splitlines()


def alerts(path):
    return sorted(json.dumps(r["data"], sort_keys=True) for r in iotest.read_json_lines(path))


def test(talon, workdir):
    started = time.monotonic()

    def step(what):
        print(f"[{time.monotonic() - started:6.1f}s] {what}", flush=True)

    rng = random.Random(5)
    data = f"{workdir}/txn.jsonl"
    with open(data, "w") as f:
        for seq in range(EVENTS):
            f.write(json.dumps({"seq": seq, "card": f"card{rng.randrange(CARDS):04d}",
                                "amount": round(rng.random() * 1000, 2)}) + "\n")

    broker = iotest.Talon(talon, ["dev-kafka", "--brokers", "3", "--topic", "txn:6",
                                  "--bootstrap-file", "bootstrap.txt"], workdir, name="broker")
    try:
        iotest.wait_until(lambda: os.path.exists(f"{workdir}/bootstrap.txt"), 15, "the broker")
        with open(f"{workdir}/bootstrap.txt") as f:
            bootstrap = f.read().strip()
        env = {"TALON_TEST_BOOTSTRAP": bootstrap}

        step("broker up")
        # 1. Produce, keyed by card.
        write(f"{workdir}/producer.cql", PRODUCER.format(path=data))
        producer = iotest.Talon(talon, ["run", "producer.cql"], workdir, env, name="producer")
        code = producer.wait(120)
        iotest.check(code == 0, f"producer exit {code}: {producer.stderr()}")
        _, lines = offsets(talon, bootstrap, "nobody")
        ends = [int(line.split()[3]) for line in lines]
        iotest.check(len(ends) == 6 and sum(ends) == EVENTS, f"end offsets {ends}")
        if shutil.which("kcat"):
            dump = subprocess.run(["kcat", "-C", "-b", bootstrap, "-t", "txn", "-e", "-q", "-f",
                                   "%p %k\n"], capture_output=True, text=True, timeout=120)
            partitions = {}
            for line in dump.stdout.splitlines():
                p, key = line.split()
                partitions.setdefault(key, set()).add(p)
            iotest.check(len(partitions) == CARDS and
                         all(len(ps) == 1 for ps in partitions.values()),
                         "a card's events are spread over several partitions")

        step("produced and checked partitioning")
        # 2. The keyed policy from a file, then from Kafka: the same alerts.
        write(f"{workdir}/policy_file.cql", POLICY)
        file_run = iotest.Talon(talon, ["run", "policy_file.cql", "--input", f"Txn={data}",
                                        "--output", "Alerts=alerts_file.jsonl"], workdir,
                                name="file_run")
        iotest.check(file_run.wait(120) == 0, f"file run failed: {file_run.stderr()}")
        expected = alerts(f"{workdir}/alerts_file.jsonl")
        iotest.check(len(expected) > 100, f"only {len(expected)} alerts from the file run")

        step(f"file run done: {len(expected)} alerts")
        write(f"{workdir}/policy_kafka.cql",
              KAFKA_SOURCE.format(group="policy", commit_ms=1000) + POLICY)
        consumer = iotest.Talon(talon, ["run", "policy_kafka.cql", "--output",
                                        "Alerts=alerts_kafka.jsonl", "--stats-json",
                                        "stats.json"], workdir, env, name="consumer")
        iotest.wait_until(lambda: consumer.running() and offsets(talon, bootstrap, "policy")[0], 120,
                          "the policy group's committed offsets to reach the end offsets",
                          interval=0.5)
        step("policy group caught up")
        iotest.check(consumer.stop(60) == 0, f"consumer exit: {consumer.stderr()}")
        step("consumer stopped")
        got = alerts(f"{workdir}/alerts_kafka.jsonl")
        iotest.check(got == expected,
                     f"Kafka run: {len(got)} alerts, file run: {len(expected)}; first missing "
                     f"{next((a for a in expected if a not in set(got)), None)}")
        caught_up, lines = offsets(talon, bootstrap, "policy")
        iotest.check(caught_up, f"committed != end after a clean stop: {lines}")
        step(f"Kafka run: the same {len(got)} alerts; committed == end offsets "
             f"{[int(line.split()[3]) for line in lines]}")
        with open(f"{workdir}/stats.json") as f:
            stats = json.load(f)
        partitions = stats["sources"][0]["partitions"]
        iotest.check(len(partitions) == 6 and all(p["committed"] == p["high"] for p in partitions),
                     f"stats partitions {partitions}")

        def committed_sum(group):
            return sum(max(int(line.split()[2]), 0)
                       for line in offsets(talon, bootstrap, group)[1])

        # 3. SIGKILL mid-stream, restart, nothing missing. The kill comes as soon as a quarter
        # of the events has been seen; a consumer fast enough to finish before that kill lands
        # has not been killed mid-stream, so the step runs again with a new group (the topic
        # holds all the events from the start, so nothing else can hold the consumer back).
        for attempt in range(5):
            group = f"crash{attempt}"
            seen = f"{workdir}/seen{attempt}.jsonl"
            # Frequent commits, so that some land before the kill and the restart resumes
            # from them rather than from the start.
            write(f"{workdir}/crash.cql", KAFKA_SOURCE.format(group=group, commit_ms=20) +
                  DEFINE + SEEN_DEFINE.format(path=seen) + QUERIES + SEEN_QUERY)
            crashing = iotest.Talon(talon, ["run", "crash.cql", "--output",
                                            "Alerts=crash_alerts.jsonl"], workdir, env,
                                    name=f"crashing{attempt}")
            iotest.wait_until(lambda: not crashing.running() or
                              (iotest.count_lines(seen) >= EVENTS // 4 and
                               committed_sum(group) > 0),
                              120, "a quarter of the events seen and offsets committed",
                              interval=0.005)
            step(f"killing ({iotest.count_lines(seen)} seen)")
            crashing.kill()
            seen_before = iotest.count_lines(seen)
            caught_up, lines = offsets(talon, bootstrap, group)
            if not caught_up:
                break
            step("the consumer finished before the kill landed: again, with a new group")
        committed = sum(max(int(line.split()[2]), 0) for line in lines)
        iotest.check(not caught_up and 0 < committed <= seen_before,
                     f"after SIGKILL: committed {committed}, seen {seen_before}: {lines}")
        restarted = iotest.Talon(talon, ["run", "crash.cql", "--output",
                                         "Alerts=crash_alerts2.jsonl"], workdir, env,
                                 name="restarted")
        iotest.wait_until(lambda: restarted.running() and offsets(talon, bootstrap, group)[0], 120,
                          "the restarted consumer to catch up", interval=0.5)
        step("restarted consumer caught up")
        iotest.check(restarted.stop(60) == 0, f"restart exit: {restarted.stderr()}")
        seqs = [r["seq"] for r in iotest.read_json_lines(seen)]
        missing = set(range(EVENTS)) - set(seqs)
        duplicates = len(seqs) - len(set(seqs))
        iotest.check(not missing, f"{len(missing)} events lost across the crash, e.g. "
                                  f"{sorted(missing)[:5]}")
        iotest.check(len(set(seqs)) == EVENTS, "unexpected events")
        print(f"kill/restart: killed after {seen_before} events seen, {committed} committed; "
              f"{len(seqs)} effects for {EVENTS} events: {duplicates} duplicates (at-least-once)")
    finally:
        broker.signal(signal.SIGTERM)
        broker.wait(30)


if __name__ == "__main__":
    iotest.main(test)
