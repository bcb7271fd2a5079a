"""Throughput of grading: submissions per minute at 1 and 2 workers, and whether every verdict is right.

Generates the submissions (``bench/gen_submissions.py``: the blind corpus's
nnCostFunction ports, copied with variations) into a temporary folder outside
the repository unless one is given, then grades them:

* ``cli``: ``portcheck compare nnCost --python 'DIR/*/nnCostFunction.py:nnCostFunction' --jsonl``
  (one process, one Octave session, one worker at a time);
* ``pytest-N``: ``pytest examples/grading -n N`` (pytest-xdist: one Octave per worker).

Each verdict is checked against the manifest (a correct port at parity, a buggy
or own-convention one diverges); the wrong ones are listed. Prints seconds and
submissions/minute; asserts nothing about time.

Usage: ``python bench/bench_grading.py [--dir DIR] [--copies 15] [--modes cli,pytest-1,pytest-2] [--timeout 30]``.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from gen_submissions import generate

ROOT = Path(__file__).resolve().parent.parent


def run_cli(folder: Path, timeout: float) -> tuple[float, dict]:
    rows = folder / "rows.jsonl"
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "portcheck", "compare", "nnCost", "--python",
                           f"{folder}/*/nnCostFunction.py:nnCostFunction", "--timeout", str(timeout), "--jsonl", str(rows)],
                          cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - t
    if not rows.exists():
        raise SystemExit(f"cli exited {proc.returncode}: {proc.stderr[-2000:]}")
    got = {}
    for line in rows.read_text().splitlines():
        r = json.loads(line)
        got[r["path"]] = (r["verdict"], r["finding"])
    return seconds, got


def run_pytest(folder: Path, workers: int, timeout: float) -> tuple[float, dict]:
    xml = folder / f"junit-{workers}.xml"
    env = {**os.environ, "SUBMISSIONS": f"{folder}/*/nnCostFunction.py"}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pytest", "examples/grading", "-q", "-p", "no:cacheprovider", "-n", str(workers),
                    f"--portcheck-timeout={timeout}", f"--junitxml={xml}"],
                   cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - t
    got = {}
    for case in ET.parse(xml).getroot().iter("testcase"):
        name = case.get("name")  # test_submission[sNNN_id]
        sub = name[name.index("[") + 1:-1]
        failed = case.find("failure") is not None or case.find("error") is not None
        got[str(folder / sub / "nnCostFunction.py")] = ("divergence" if failed else "parity", "")
    return seconds, got


def check(expected: list[dict], got: dict) -> list[str]:
    wrong = []
    for e in expected:
        verdict = got.get(e["path"], ("missing", ""))[0]
        ok = verdict == "parity" if e["expected"] == "parity" else verdict in ("divergence", "error")
        if not ok:
            wrong.append(f"{Path(e['path']).parent.name} ({e['kind']}): {verdict}, expected {e['expected']}")
    return wrong


def report(label: str, n: int, seconds: float, wrong: list[str]) -> dict:
    rate = 60 * n / seconds
    print(f"  {label:10s} {n} submissions in {seconds:7.1f} s = {rate:6.1f} submissions/minute; "
          f"verdicts right: {n - len(wrong)}/{n}", flush=True)
    for w in wrong[:10]:
        print(f"      wrong: {w}", flush=True)
    return {"mode": label, "n": n, "seconds": seconds, "per_minute": rate, "wrong": len(wrong)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=None, help="generate into (or reuse) this folder; default a temporary one")
    ap.add_argument("--copies", type=int, default=15)
    ap.add_argument("--modes", default="cli,pytest-2")
    ap.add_argument("--timeout", type=float, default=30.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="portcheck-subs-") as tmp:
        folder = Path(args.dir or tmp)
        expected = generate(folder, args.copies)
        kinds = {k: sum(e["kind"] == k for e in expected) for k in ("correct", "convention", "bug")}
        print(f"grading {len(expected)} generated submissions ({kinds}) in {folder}, {os.cpu_count()} cores", flush=True)
        for mode in args.modes.split(","):
            if mode == "cli":
                seconds, got = run_cli(folder, args.timeout)
            else:
                seconds, got = run_pytest(folder, int(mode.split("-")[1]), args.timeout)
            report(mode, len(expected), seconds, check(expected, got))
    return 0


if __name__ == "__main__":
    sys.exit(main())
