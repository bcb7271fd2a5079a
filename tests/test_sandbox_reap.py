"""What a port starts outside its process group (a new session, a double fork) ends with the port's process."""
from __future__ import annotations

import subprocess

from portcheck.sandbox import PortProcess, call_in_fork

from .sandbox_support import alive, wait_until, write_port

DAEMON = """
    import os, subprocess, time

    def daemon(x):
        return subprocess.Popen(["sleep", "10000"], start_new_session=True).pid

    def double_fork(x):
        r, w = os.pipe()
        if os.fork() == 0:
            os.setsid()
            pid = os.fork()
            if pid == 0:
                time.sleep(10_000)
            os.write(w, str(pid).encode())
            os._exit(0)
        return int(os.read(r, 32))

    def daemon_then_hang(x):
        with open(x, "w") as fh:
            fh.write(str(subprocess.Popen(["sleep", "10000"], start_new_session=True).pid))
        while True:
            pass
"""


def test_a_new_session_process_ends_when_the_worker_closes(tmp_path):
    port = write_port(tmp_path, DAEMON)
    with PortProcess(f"{port}:daemon", timeout=60) as proc:
        pid = proc.call((1.0,)).value
        assert alive(pid)  # the worker runs: what the port started may run too
    assert wait_until(lambda: not alive(pid), 10), f"pid {pid} outlived its worker"


def test_a_double_forked_process_ends_when_the_worker_closes(tmp_path):
    port = write_port(tmp_path, DAEMON)
    with PortProcess(f"{port}:double_fork", timeout=60) as proc:
        pid = proc.call((1.0,)).value
    assert wait_until(lambda: not alive(pid), 10), f"pid {pid} outlived its worker"


def test_a_new_session_process_ends_when_the_worker_is_killed_at_the_deadline(tmp_path):
    port = write_port(tmp_path, DAEMON)
    where = tmp_path / "pid.txt"
    with PortProcess(f"{port}:daemon_then_hang", timeout=60) as proc:
        result = proc.call((str(where),), timeout=3)
        assert result.failure is not None and result.failure.type == "PortTimeout"
    pid = int(where.read_text())
    assert wait_until(lambda: not alive(pid), 10), f"pid {pid} outlived the killed worker"


def test_a_new_session_process_ends_with_its_fork():
    def daemon(x):
        return subprocess.Popen(["sleep", "10000"], start_new_session=True).pid

    result = call_in_fork(daemon, (1.0,), timeout=60)
    assert result.failure is None
    assert wait_until(lambda: not alive(result.value), 10), f"pid {result.value} outlived its fork"
