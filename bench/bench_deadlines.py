"""How fast portcheck stops what does not return: the figures behind the deadline tests.

The tests (tests/test_octave_session.py, tests/test_runner_port.py) check *that*
each hang is stopped and reported; this prints *how fast*, against the limit
set. Expect each within a fraction of a second of its limit (oct2py alone would
wait 30 s more for an Octave that does not answer; a prompt would wait for ever).

``.venv/bin/python bench/bench_deadlines.py`` (or ``make bench``).
"""
from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portcheck.errors import OctaveInputRequested, OctaveNotFound, OctaveTimeout, PortLoadError  # noqa: E402
from portcheck.octave import OctaveSession  # noqa: E402
from portcheck.runner import load_port, port_time_limit, run_port  # noqa: E402
from portcheck.signature import map_arguments  # noqa: E402

M_FILES = {
    "spins": "function y = spins(x)\n  y = 0;\n  while true\n    y = y + 1;\n  end\nend\n",
    "asks": "function y = asks(x)\n  y = input('value please: ');\nend\n",
}


def timed(what: str, limit: float | None, action, expected) -> None:
    start = time.perf_counter()
    try:
        action()
        outcome = "returned (unexpected)"
    except expected as exc:
        outcome = type(exc).__name__
    seconds = time.perf_counter() - start
    bound = f"limit {limit:g} s" if limit is not None else "caught at the prompt"
    print(f"  {what:<48} {seconds:6.2f} s   ({bound}; {outcome})")


def octave_side(folder: Path) -> None:
    with OctaveSession(paths=[folder], timeout=1.0) as s:
        timed("Octave call in an endless loop", 1.0, lambda: s.call("spins", 1.0), OctaveTimeout)
        s.start()  # the timeout above killed Octave: start a fresh one outside the timing
        timed("Octave asking for keyboard input", None, lambda: s.call("asks", 1.0), OctaveInputRequested)
    with OctaveSession(paths=[folder], timeout=30.0) as s:
        s.start()
        threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
        timed("SIGINT sent 0.5 s into an endless Octave call", 0.5, lambda: s.call("spins", 1.0), KeyboardInterrupt)
    hang = folder / "octave-hang"
    hang.write_text("#!/bin/sh\nexec sleep 1000\n")
    hang.chmod(0o755)
    timed("an Octave executable that never starts", 1.0,
          lambda: OctaveSession(executable=str(hang), start_timeout=1.0).start(), OctaveNotFound)


def port_side(folder: Path) -> None:
    def loops(x):
        while True:
            x = x + 1

    mapping = map_arguments(["x"], loops)
    with port_time_limit(0.3):
        for what in ("a port in an endless loop", "the same port called again"):
            start = time.perf_counter()
            run = run_port(loops, mapping, {"x": 1.0}, 1)
            note = "limit 0.3 s" if what.startswith("a port") else "not called again: the first timeout is reported"
            print(f"  {what:<48} {time.perf_counter() - start:6.2f} s   ({note}; {run.failure.type})")
    (folder / "train.py").write_text("import time\nwhile True:\n    time.sleep(1)\ndef f(x):\n    return x\n")
    timed("a port file whose import never finishes", 0.3, lambda: load_port(f"{folder / 'train.py'}:f", timeout=0.3),
          PortLoadError)


def main() -> None:
    print("bench_deadlines: time from the start of a call to portcheck stopping it")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, body in M_FILES.items():
            (folder / f"{name}.m").write_text(body)
        octave_side(folder)
        port_side(folder)


if __name__ == "__main__":
    main()
