"""Cost of isolation: a port called in a warm child process (or a fork) vs in this process.

Prints min / median / max over repeated runs; asserts nothing. Figures:

* child start-up (spawn + import of the port's module), next to a bare interpreter;
* per-call overhead of a warm ``PortProcess.call`` over an in-process call, for a
  trivial function, ``nnCostFunction`` at debug size (3-5-3 network, m = 5) and at
  full size (400-25-10, m = 5000, the 16 MB ``X`` kept in the child);
* at full size, the same with the inputs frozen (read-only arrays are hashed once);
* (the in-process runner this was compared with is gone: every port now runs in
  the sandbox; ``bench_calling.py`` measures the runner's whole path);
* ``call_in_fork`` for the trivial function and the debug-size call.

The target (issue 11) is a warm-call overhead of at most 5 ms at debug size.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from portcheck.cases.nncost import build_inputs
from portcheck.ports.ex4 import nnCostFunction
from portcheck.sandbox import PortProcess, call_in_fork
from portcheck.sandbox._wire import content_key

NAMES = ["nn_params", "input_layer_size", "hidden_layer_size", "num_labels", "X", "y", "lambda"]


def times(func, n: int, warm: int = 3) -> list[float]:
    for _ in range(warm):
        func()
    out = []
    for _ in range(n):
        t = time.perf_counter()
        func()
        out.append(time.perf_counter() - t)
    return out


def fmt(ts: list[float]) -> str:
    return f"min {min(ts) * 1e3:8.3f}  median {statistics.median(ts) * 1e3:8.3f}  max {max(ts) * 1e3:8.3f} ms"


def row(label: str, ts: list[float]) -> None:
    print(f"  {label:44s} {fmt(ts)}  (n={len(ts)})", flush=True)


def args_of(input_set) -> tuple:
    v = input_set.for_port()
    return tuple(int(v[n]) if n.endswith(("_size", "labels")) else v[n] for n in NAMES)


def freeze(value):
    """A read-only copy owning its data: PortProcess hashes it once per object."""
    if isinstance(value, np.ndarray):
        value = value.copy()
        value.flags.writeable = False
    return value


def start_up() -> None:
    print("start-up", flush=True)
    bare = times(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 5, warm=1)
    row("python -c pass", bare)
    npy = times(lambda: subprocess.run([sys.executable, "-c", "import numpy"], check=True), 5, warm=1)
    row("python -c 'import numpy'", npy)

    def start(target):
        p = PortProcess(target)
        p.start()
        p.close()

    with tempfile.TemporaryDirectory() as tmp:
        trivial = Path(tmp) / "trivial.py"
        trivial.write_text("def f(x):\n    return x\n")
        row("PortProcess.start(), file without imports", times(lambda: start(f"{trivial}:f"), 7, warm=1))
    row("PortProcess.start(), portcheck.ports.ex4", times(lambda: start("portcheck.ports.ex4:nnCostFunction"), 7, warm=1))
    row("call_in_fork, trivial function (fork+call+reap)", times(lambda: call_in_fork(lambda x: x, (1.0,), {}, timeout=60), 50))


def trivial_calls() -> None:
    print("trivial function f(x) = x, x = 1.0", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "trivial.py"
        path.write_text("def f(x):\n    return x\n")
        f = lambda x: x  # noqa: E731
        with PortProcess(f"{path}:f") as p:
            got = interleaved({"in process": lambda: f(1.0), "warm PortProcess.call": lambda: p.call((1.0,), names=("x",))},
                              500, warm=20)
    for label, ts in got.items():
        row(label, ts)
    paired("warm PortProcess.call", got["warm PortProcess.call"], got["in process"])


def interleaved(calls: dict, n: int, warm: int = 3) -> dict:
    """Time each call once per round, round after round, so that all see the same machine load."""
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


def paired(label: str, isolated: list[float], inproc: list[float]) -> None:
    diffs = [a - b for a, b in zip(isolated, inproc)]
    print(f"  => {label:41s} overhead per call (paired): min {min(diffs) * 1e3:8.3f}  median "
          f"{statistics.median(diffs) * 1e3:8.3f} ms", flush=True)


def nncost(size: str, n: int) -> None:
    s = build_inputs(size, lambdas=(3.0,))[0]
    args = args_of(s)
    print(f"nnCostFunction, {size} size ({s.description})", flush=True)
    if size == "full":
        X = args[NAMES.index("X")]
        row("parent: content key of X (sha1 of 16 MB)", times(lambda: content_key(X), n))
    frozen = tuple(freeze(a) for a in args)
    with PortProcess("portcheck.ports.ex4:nnCostFunction") as p:
        t = time.perf_counter()
        first = p.call(args, names=NAMES)
        print(f"  {'first call (all arrays sent)':44s} {(time.perf_counter() - t) * 1e3:8.3f} ms, "
              f"{p.last_sent_bytes:,} bytes sent", flush=True)
        assert first.failure is None, first.failure
        inside: list[float] = []
        calls = {
            "in process, bare call": lambda: nnCostFunction(*args),
            "warm PortProcess.call": lambda: inside.append(p.call(args, names=NAMES).seconds),
            "warm PortProcess.call, inputs frozen": lambda: p.call(frozen, names=NAMES),
        }
        got = interleaved(calls, n)
        sent = p.last_sent_bytes
    if size == "debug":  # apart: a fork per call disturbs the caches of whatever runs next to it
        got.update(interleaved({"call_in_fork": lambda: call_in_fork(nnCostFunction, args, {}, timeout=60, names=NAMES),
                                "in process, bare call (next to forks)": lambda: nnCostFunction(*args)}, n // 3))
    for label, ts in got.items():
        row(label, ts)
    row("  the port itself inside the child (.seconds)", inside[-n:])
    print(f"  (a warm call sends {sent:,} bytes: the arrays go as keys)")
    bare = got["in process, bare call"]
    paired("warm PortProcess.call vs bare", got["warm PortProcess.call"], bare)
    paired("warm call, frozen inputs, vs bare", got["warm PortProcess.call, inputs frozen"], bare)
    if size == "debug":
        paired("call_in_fork vs bare", got["call_in_fork"], got["in process, bare call (next to forks)"])


def main() -> None:
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores", flush=True)
    start_up()
    trivial_calls()
    nncost("debug", 300)
    nncost("full", 30)


if __name__ == "__main__":
    main()
