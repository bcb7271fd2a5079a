"""Whole-course parity: wall time of every built-in case against Octave.

Prints (1) the time of `portcheck compare`-style runs of all built-in cases in
ONE Octave session, and (2) the wall time of the whole-course parity test
files under ``pytest -n 2`` (issue 5 asks for under 30 s on 2 cores).
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def in_process() -> None:
    from portcheck.cases import all_cases
    from portcheck.octave import OctaveSession
    from portcheck.workflow.pipeline import compare_case

    t0 = time.perf_counter()
    with OctaveSession() as session:
        session.start()
        started = time.perf_counter()
        rows = []
        for case in all_cases():
            t = time.perf_counter()
            result = compare_case(case, session=session)
            rows.append((case.name, "parity" if result.parity else "DIVERGENCE", time.perf_counter() - t))
        trips = session.round_trips
    total = time.perf_counter() - t0
    for name, verdict, seconds in rows:
        print(f"  {name:24s} {verdict:10s} {seconds * 1000:7.1f} ms")
    print(f"all {len(rows)} built-in cases in one Octave session: {total:.2f} s "
          f"(Octave start-up {started - t0:.2f} s, {trips} round trips, "
          f"{sum(1 for r in rows if r[1] == 'parity')}/{len(rows)} parity)")


def under_pytest() -> None:
    files = ["tests/test_ports_course.py", "tests/test_ex4_reference.py"]
    files = [f for f in files if (ROOT / f).exists()]
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-n", "2", "-q", "-p", "no:cacheprovider", *files],
                          cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    tail = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr.strip()[-200:]
    print(f"whole-course parity suite under pytest -n 2 ({', '.join(files)}): {seconds:.1f} s wall -- {tail}")


if __name__ == "__main__":
    in_process()
    under_pytest()
