"""Cost of calling a port the way portcheck now does: through the runner, in the sandbox, vs in process.

Every port runs in the sandbox (issue 9 part A): ``runner.run_port`` maps the
reference-named values onto the port's parameters, passes them in the case's
representation (sizes as int, labels int64, params 1-D: ``conform``), calls the
port in its warm worker (``PortProcess``; or a fork per call for an in-process
callable), and reads the outputs back (``normalise_outputs``). This prints the
per-call overhead of that path over calling the bundled ``nnCostFunction`` in
this process on the same values, at debug size (3-5-3, m = 5) and full size
(400-25-10, m = 5000). Interleaved rounds, paired differences; asserts nothing.
"""
from __future__ import annotations

import os
import statistics
import sys
import time

import numpy as np

from portcheck.cases.nncost import CASE, build_inputs
from portcheck.ports.ex4 import nnCostFunction
from portcheck.runner import as_port, load_port, port_time_limit, run_port
from portcheck.runner.representation import conform, default_representation
from portcheck.signature import map_arguments, read_m_signature


def interleaved(calls: dict, n: int, warm: int = 3) -> dict:
    for f in calls.values():
        for _ in range(warm):
            f()
    out = {k: [] for k in calls}
    for _ in range(n):
        for k, f in calls.items():
            t = time.perf_counter()
            f()
            out[k].append(time.perf_counter() - t)
    return out


def row(label: str, ts: list[float]) -> None:
    print(f"  {label:46s} min {min(ts) * 1e3:8.3f}  median {statistics.median(ts) * 1e3:8.3f}  "
          f"max {max(ts) * 1e3:8.3f} ms  (n={len(ts)})", flush=True)


def paired(label: str, a: list[float], b: list[float]) -> None:
    d = [x - y for x, y in zip(a, b)]
    print(f"  => {label:43s} overhead per call (paired): min {min(d) * 1e3:8.3f}  median "
          f"{statistics.median(d) * 1e3:8.3f} ms", flush=True)


def measure(size: str, n: int, fork: bool) -> None:
    s = build_inputs(size, lambdas=(3.0,))[0]
    sig = read_m_signature(CASE.reference_path)
    rep = default_representation(CASE.roles, s)
    values = conform(s.values, CASE.roles, rep)
    args = tuple(values[k] for k in sig.inputs)
    print(f"nnCostFunction, {size} size ({s.description})", flush=True)
    with port_time_limit(None):
        port = load_port(CASE.port).calling(CASE.roles, rep)
        mapping = map_arguments(sig.inputs, port)
        calls = {
            "in process, bare call": lambda: nnCostFunction(*args),
            "run_port, warm worker (Octave-shaped values)": lambda: run_port(port, mapping, s.values, 2),
        }
        if fork:
            forked = as_port(lambda *a: nnCostFunction(*a)).calling(CASE.roles, rep)
            fmap = map_arguments(sig.inputs, nnCostFunction)
            calls["run_port, fork per call"] = lambda: run_port(forked, fmap, s.values, 2)
        got = interleaved(calls, n)
    for label, ts in got.items():
        row(label, ts)
    bare = got["in process, bare call"]
    paired("run_port in a warm worker vs bare", got["run_port, warm worker (Octave-shaped values)"], bare)
    if fork:
        paired("run_port in a fork vs bare", got["run_port, fork per call"], bare)


def main() -> None:
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    measure("debug", 300, fork=True)
    measure("full", 30, fork=False)


if __name__ == "__main__":
    main()
