"""Helpers shared by the live-I/O integration tests (io_*_test.py): run `talon` as a child
process, wait for conditions with a deadline, read JSON-lines outputs. Standard library only."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time


class TestFailure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise TestFailure(message)


def wait_until(predicate, timeout, what, interval=0.05):
    """Polls `predicate` until it returns a true value; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TestFailure(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


_children = []


class Talon:
    """A `talon` child process with stderr captured to a file (so it never blocks on a pipe)."""

    def __init__(self, binary, args, workdir, env=None, name="talon"):
        self.stderr_path = os.path.join(workdir, f"{name}.stderr")
        self.stdout_path = os.path.join(workdir, f"{name}.stdout")
        self._stderr = open(self.stderr_path, "w")
        self._stdout = open(self.stdout_path, "w")
        full_env = dict(os.environ)
        full_env.update(env or {})
        self.process = subprocess.Popen([binary] + args, stdout=self._stdout,
                                        stderr=self._stderr, cwd=workdir, env=full_env)
        _children.append(self.process)

    def stderr(self):
        with open(self.stderr_path) as f:
            return f.read()

    def stdout(self):
        with open(self.stdout_path) as f:
            return f.read()

    def running(self):
        """True while the process runs; a TestFailure with its stderr once it has exited."""
        if self.process.poll() is None:
            return True
        raise TestFailure(f"talon exited early ({self.process.returncode}):\n{self.stderr()}")

    def signal(self, sig):
        if self.process.poll() is None:
            self.process.send_signal(sig)

    def wait(self, timeout=30):
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise TestFailure(f"talon did not exit within {timeout}s; stderr:\n{self.stderr()}")
        self._stderr.close()
        self._stdout.close()
        return code

    def stop(self, timeout=30):
        """SIGTERM, then the exit status (a clean drain exits 0)."""
        self.signal(signal.SIGTERM)
        return self.wait(timeout)

    def kill(self):
        self.signal(signal.SIGKILL)
        self.process.wait()
        self._stderr.close()
        self._stdout.close()


def read_json_lines(path):
    """Parsed lines of a JSON-lines file; a torn last line (killed writer) is skipped."""
    if not os.path.exists(path):
        return []
    rows = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return rows


def count_lines(path):
    if not os.path.exists(path):
        return 0
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def summary(stderr_text):
    """(events in, malformed, alerts out) from talon run's closing line."""
    for line in reversed(stderr_text.splitlines()):
        parts = line.split()
        if len(parts) >= 7 and parts[1:3] == ["events", "in,"]:
            return int(parts[0]), int(parts[3]), int(parts[5])
    raise TestFailure(f"no summary line in stderr:\n{stderr_text}")


def main(test):
    """Runs `test(talon_binary, workdir)`; prints PASS or the failure; exit status for ctest."""
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} PATH/TO/talon", file=sys.stderr)
        sys.exit(2)
    binary = os.path.abspath(sys.argv[1])
    keep = os.environ.get("TALON_IO_KEEP")  # a directory to keep the run's files in
    if keep:
        os.makedirs(keep, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="talon-io-") as scratch:
        workdir = keep or scratch
        try:
            test(binary, workdir)
        except TestFailure as failure:
            print(f"FAIL: {failure}")
            sys.exit(1)
        finally:
            # Whatever happened, no talon this test started outlives it.
            for process in _children:
                if process.poll() is None:
                    process.kill()
                    process.wait()
    print("PASS")
