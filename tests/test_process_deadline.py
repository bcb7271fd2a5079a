"""The worker-thread deadline of octave.process leaves the interpreter as it found it.

Each check runs in a fresh interpreter (a poisoned eval breaker would slow or
hang every later test of the worker); the subprocess timeout only guards
against that hang, it is no timing assertion.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap


PRELUDE = textwrap.dedent("""
    import sys, threading, time
    from portcheck.octave import process

    def in_worker(func, seconds):
        box = {}
        def run():
            try:
                box["value"] = process.run_with_deadline(func, seconds)
            except process.DeadlineExceeded:
                box["stopped"] = True
        t = threading.Thread(target=run, daemon=True)
        t.start()
        t.join(30)
        return box

    def traced_lines():
        seen = []
        def tracer(frame, event, arg):
            if event == "line":
                seen.append(frame.f_lineno)
            return tracer
        def f(x):
            y = x + 1
            return y * 2
        sys.settrace(tracer)
        try:
            out = f(1)
        finally:
            sys.settrace(None)
        return out, len(seen)
""")


def _run(body: str) -> str:
    proc = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(body)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_a_traced_call_runs_after_a_port_was_stopped_in_a_worker_thread():
    """CPython 3.11 never ran a traced call's first line once a deadline had withdrawn its exception."""
    out = _run("""
        def spin():
            while True:
                time.sleep(0.01)
        assert in_worker(spin, 0.2) == {"stopped": True}
        print(traced_lines())
    """)
    assert out == "(4, 2)"


def test_a_callable_that_swallows_the_exception_returns_and_nothing_is_left_pending():
    out = _run("""
        def swallow():
            try:
                while True:
                    time.sleep(0.01)
            except BaseException:
                pass
            return "returned"
        box = in_worker(swallow, 0.1)
        n = 0
        for _ in range(2_000_000):   # a pending exception would arrive in this loop
            n += 1
        print(box, n, traced_lines())
    """)
    assert out == "{'value': 'returned'} 2000000 (4, 2)"


def test_a_callable_that_returns_in_time_is_untouched():
    out = _run("""
        box = in_worker(lambda: 41 + 1, 30)
        print(box, traced_lines())
    """)
    assert out == "{'value': 42} (4, 2)"
