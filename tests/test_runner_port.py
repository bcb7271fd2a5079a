"""The port runner: time limits, copies, loading users' files -- every port in the sandbox. No Octave needed.

Functions defined here are called in a fork per call (they cannot be imported by
name in a fresh interpreter); ``FILE.py:FUNC`` ports run in a warm worker.
"""
from __future__ import annotations

import faulthandler
import signal
import sys
import threading
import time

import numpy as np
import pytest

from portcheck.errors import PortLoadError
from portcheck.runner import as_port, load_port, port_time_limit, run_port
from portcheck.signature import map_arguments


def _mapping(func, names=("x",)):
    return map_arguments(list(names), func)


def loops(x):
    total = 0.0
    while total >= 0:
        total += 1.0
    return total


def sleeps(x):
    time.sleep(1000)


def swallows(x):
    while True:
        try:
            time.sleep(1000)
        except:  # noqa: E722 - a bare except, as in real ports
            pass


def writes_into(x):
    x[0] = -1.0
    return x.sum()


def raises_in_numpy(x):
    return np.dot(x, np.ones(7))


@pytest.mark.parametrize("port, line", [(loops, ("while total >= 0:", "total += 1.0")),
                                        (sleeps, ("time.sleep(1000)",)), (swallows, ("time.sleep(1000)",))])
def test_a_port_that_never_returns_is_stopped_where_it_is(port, line):
    # How fast it is stopped is measured in bench/bench_deadlines.py.
    # If stopping ever regresses, end this process with a traceback instead of hanging the run.
    faulthandler.dump_traceback_later(60, exit=True)
    try:
        run = run_port(port, _mapping(port), {"x": np.ones(3)}, 1, timeout=0.3)
    finally:
        faulthandler.cancel_dump_traceback_later()
    f = run.failure
    assert run.outputs is None and f.type == "PortTimeout"
    assert f.message.startswith("did not return within 0.3 s (stopped at test_runner_port.py:")
    inside = f", in the loop at {f.loop}" if f.loop else ""  # a line sampled inside a loop's body names the loop too
    assert f.source in line and f.message.endswith(f": {f.source}{inside})")
    assert f.loop is None or "while" in f.loop
    assert f.traceback.splitlines()[-1] == f"PortTimeout: {f.message}"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # nothing left armed


def test_a_port_in_a_worker_thread_is_stopped_too():
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("run", run_port(loops, _mapping(loops), {"x": 1.0}, 1, timeout=0.3)),
                              daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive()
    assert box["run"].failure.type == "PortTimeout" and box["run"].failure.source in ("while total >= 0:", "total += 1.0")


def test_the_callers_own_alarm_survives():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 2.0)
        run = run_port(lambda x: x + 1, _mapping(lambda x: x), {"x": 1.0}, 1, timeout=5)
        assert run.outputs == (2.0,)
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left <= 2.0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_within_one_limit_a_hung_port_is_not_called_again(tmp_path):
    calls = tmp_path / "calls"

    def hangs(x):
        with open(calls, "a") as fh:
            fh.write("1")
        time.sleep(1000)

    with port_time_limit(0.2):
        port = as_port(hangs)
        first = run_port(port, _mapping(hangs), {"x": 1.0}, 1)
        second = run_port(port, _mapping(hangs), {"x": 2.0}, 1)
    assert calls.read_text() == "1"  # the second run did not call it (and so did not wait for it)
    assert first.failure.type == second.failure.type == "PortTimeout"
    assert second.failure.message.startswith("not run again: did not return within 0.2 s")


def test_the_port_gets_copies_and_mutation_is_reported():
    x = np.array([1.0, 2.0, 3.0])
    run = run_port(writes_into, _mapping(writes_into), {"x": x}, 1)
    assert np.array_equal(x, [1.0, 2.0, 3.0])
    assert run.mutated == ("x",) and run.outputs == (4.0,)


def test_a_raise_inside_numpy_is_located_at_the_ports_line():
    run = run_port(raises_in_numpy, _mapping(raises_in_numpy), {"x": np.ones(3)}, 1)
    f = run.failure
    assert f.type == "ValueError" and f.source == "return np.dot(x, np.ones(7))"
    assert f.file == __file__


def test_port_raising_systemexit_is_a_finding_not_an_exit():
    def bails(x):
        sys.exit(4)

    run = run_port(bails, _mapping(bails), {"x": 1.0}, 1)
    assert run.failure.type == "PortExited" and run.failure.message == "called sys.exit(4)"


# -- loading users' files -------------------------------------------------------------------------


def test_loading_writes_no_pycache_next_to_the_users_file(tmp_path):
    (tmp_path / "helper.py").write_text("K = 2\n")
    (tmp_path / "port.py").write_text("import helper\ndef f(x):\n    return helper.K * x\n")
    func = load_port(f"{tmp_path / 'port.py'}:f")
    assert func(3) == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["helper.py", "port.py"]


def test_an_import_that_never_finishes_is_stopped(tmp_path):
    (tmp_path / "train.py").write_text("import time\nwhile True:\n    time.sleep(1)\ndef f(x):\n    return x\n")
    faulthandler.dump_traceback_later(60, exit=True)  # a regression ends the run with a traceback, never hangs it
    try:
        with pytest.raises(PortLoadError) as info:
            load_port(f"{tmp_path / 'train.py'}:f", timeout=0.3)
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert str(info.value) == (f"importing {str(tmp_path / 'train.py')!r} did not finish within 0.3 s; "
                               "stopped at train.py:3: time.sleep(1)")
    assert info.value.tip.startswith("move script code (training loops, plots, input()) under if __name__ == '__main__':")
    assert "train.py\", line 3" in info.value.details


def test_an_import_that_raises_keeps_the_users_traceback(tmp_path):
    (tmp_path / "broken.py").write_text("import numpy as np\nW = np.zeros(3) @ np.zeros(4)\ndef f(x):\n    return x\n")
    with pytest.raises(PortLoadError) as info:
        load_port(f"{tmp_path / 'broken.py'}:f")
    assert str(info.value).startswith(f"importing {str(tmp_path / 'broken.py')!r} failed: ValueError: matmul: ")
    assert str(info.value).endswith(" at broken.py:2")
    assert 'broken.py", line 2' in info.value.details


def test_a_stopped_line_is_tied_to_the_innermost_loop_whose_body_holds_it(tmp_path):
    from portcheck.sandbox import _locate

    path = tmp_path / "loops.py"
    path.write_text("def f(x):\n"            # 1
                    "    for i in range(3):\n"  # 2
                    "        y = i\n"           # 3
                    "        while x > 0:\n"    # 4
                    "            x = x * 1.0\n"  # 5
                    "            pass\n"        # 6
                    "    return x\n")           # 7
    assert _locate.enclosing_loop(str(path), 6) == (4, "while x > 0:")
    assert _locate.enclosing_loop(str(path), 3) == (2, "for i in range(3):")
    assert _locate.enclosing_loop(str(path), 4) == (2, "for i in range(3):")  # the inner header is the outer body
    assert _locate.enclosing_loop(str(path), 7) is None and _locate.enclosing_loop(str(path), 2) is None
    assert _locate.enclosing_loop(str(tmp_path / "gone.py"), 3) is None
