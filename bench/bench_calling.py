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
import sys

import numpy as np
from bench_sandbox import interleaved, paired, row

from portcheck.cases.nncost import CASE, build_inputs
from portcheck.ports.ex4 import nnCostFunction
from portcheck.runner import as_port, load_port, port_time_limit, run_port
from portcheck.runner.representation import conform, default_representation
from portcheck.signature import map_arguments, read_m_signature


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
