"""call_in_fork: callables defined inside a test run isolated in a forked child."""
from __future__ import annotations

import os
import signal
import sys
import threading
import time

import numpy as np
import pytest

from portcheck.sandbox import PORT_CRASHED, PORT_EXITED, PORT_MEMORY, PORT_TIMEOUT, call_in_fork

from .sandbox_support import no_leftover_processes  # noqa: F401

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="isolation is Linux-first (/proc, prctl)")

STATE = {"calls": 0}


def _line_of(func, text):
    import inspect

    lines, start = inspect.getsourcelines(func)
    return start + next(i for i, line in enumerate(lines) if text in line)


def test_a_local_function_runs_on_copies_and_its_prints_are_kept_apart(capfd):
    def port(theta, X, lam=0.0):
        STATE["calls"] += 1  # a global of the parent: changed only in the child
        print("cost computed")
        theta[0] = 99.0
        return float(theta @ X.sum(axis=0)) + lam

    theta, X = np.arange(3.0), np.ones((4, 3))
    r = call_in_fork(port, (theta, X), {"lam": 0.5}, timeout=30, names=("theta", "X", "lambda"))
    assert r.failure is None and r.value == 4 * (99.0 + 1 + 2) + 0.5
    assert r.mutated == ("theta",) and theta[0] == 0.0 and STATE["calls"] == 0
    assert r.stdout == "cost computed\n" and r.stderr == ""
    assert capfd.readouterr() == ("", "")


def test_a_loop_is_stopped_at_its_line():
    def port(x):
        while True: x += 1  # noqa: E701

    r = call_in_fork(port, (1,), {}, timeout=1)
    assert r.failure.type == PORT_TIMEOUT
    assert r.failure.line == _line_of(port, "while True") and r.failure.source == "while True: x += 1  # noqa: E701"
    assert r.failure.message.startswith("did not return within 1 s (stopped at test_sandbox_fork.py:")


def test_alarm_tricks_do_not_help():
    def port(x):
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        signal.alarm(0)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        time.sleep(1000)

    r = call_in_fork(port, (1,), {}, timeout=1)
    assert r.failure.type == PORT_TIMEOUT and r.failure.source == "time.sleep(1000)"
    assert signal.getsignal(signal.SIGALRM) is not signal.SIG_IGN  # the parent's handlers are its own


@pytest.mark.parametrize("body, kind, message", [
    (lambda: os._exit(0), PORT_EXITED, "called os._exit(0)"),
    (lambda: sys.exit(3), PORT_EXITED, "called sys.exit(3)"),
    (lambda: __import__("ctypes").string_at(0), PORT_CRASHED, "crashed with SIGSEGV (segmentation fault)"),
])
def test_exits_and_crashes_are_findings(body, kind, message):
    r = call_in_fork(body, (), {}, timeout=30)
    assert r.failure.type == kind and r.failure.message == message
    assert os.path.basename(r.failure.file) == "test_sandbox_fork.py"


def test_memory_error_under_the_limit():
    def port(n):
        return np.ones(n).sum()

    r = call_in_fork(port, (2 ** 27,), {}, timeout=60, memory_mb=256)
    assert r.failure.type == PORT_MEMORY and r.failure.source == "return np.ones(n).sum()"


def test_a_leftover_thread_does_not_keep_the_child():
    def port(x):
        threading.Thread(target=time.sleep, args=(1000,)).start()
        return x

    assert call_in_fork(port, (7,), {}, timeout=30).value == 7


def test_unpicklable_arguments_are_fine_here():
    def port(f, x):
        return f(x)

    assert call_in_fork(port, (lambda v: v * 2, 21), {}, timeout=30).value == 42


def test_a_value_without_a_data_form_is_reported_not_sent():
    r = call_in_fork(lambda: threading.Lock(), (), {}, timeout=30)
    assert r.failure is None and r.value.type == "_thread.lock"


def test_what_a_fork_wrote_before_the_parent_listened_is_kept():
    from portcheck.sandbox import _wire
    from portcheck.sandbox._channel import Channel

    from .sandbox_support import alive, wait_until

    (r, w), (o_r, o_w), (e_r, e_w), (s_r, s_w) = (os.pipe() for _ in range(4))
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.write(o_w, b"printed early\n")
            _wire.write_frame_blocking(w, _wire.pack_frame({"status": "ok", "value": 5}))
        finally:
            os._exit(0)
    for fd in (w, o_w, e_w, s_w):
        os.close(fd)
    assert wait_until(lambda: not alive(pid))  # done and gone before the parent starts listening
    chan = Channel(pid, cmd_w=None, reply_r=r, out_r=o_r, err_r=e_r, stack_r=s_r)
    try:
        outcome = chan.exchange([], 10)
    finally:
        chan.kill()
    assert outcome.status == "reply" and outcome.header["value"] == 5 and outcome.stdout == "printed early\n"
