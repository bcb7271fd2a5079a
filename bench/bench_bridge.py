"""What the Octave bridge costs: round trips, data transfer, batched evaluations.

Prints figures for the course's debug network (3-5-3, m = 5) and the
full-size one (400-25-10, m = 5000); never fails on a time. Run it with
``.venv/bin/python bench/bench_bridge.py`` (or ``make bench``).

Figures
-------
* start-up: a new session (Octave process, path, set-up) and its round trips;
* round trip: ``eval('x=1;')``, the floor of any Octave call;
* transfer: the inputs pushed into Octave's workspace, and a reference call
  whose large inputs are already resident (sent once per session, by content);
* batched: N reference evaluations in ONE ``call_many`` round trip, per
  evaluation, against N separate calls (target: <= 1 ms per debug evaluation);
* compare: the Octave round trips of a whole ``portcheck compare nnCost``
  (the bundled port, and a buggy one whose diagnosis re-runs the reference).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portcheck.cases import get_case  # noqa: E402
from portcheck.cases.nncost import build_inputs  # noqa: E402
from portcheck.octave import OctaveSession, reference_dir  # noqa: E402
from portcheck.workflow.pipeline import compare_case  # noqa: E402
from portcheck.runner import load_port  # noqa: E402

NAMES = ("nn_params", "input_layer_size", "hidden_layer_size", "num_labels", "X", "y", "lambda")
ROOT = Path(__file__).resolve().parent.parent


def timed(fn, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:8.2f} ms"


def arglists(size: str, n: int, seed: int = 0) -> list[tuple]:
    """``n`` argument tuples of one input set, the parameters perturbed (distinct) each time."""
    values = build_inputs(size, lambdas=[1.0])[0].values
    base = tuple(values[k] for k in NAMES)
    rng = np.random.default_rng(seed)
    p = np.asarray(base[0], dtype=float)
    return [(p + 1e-6 * rng.standard_normal(p.shape),) + base[1:] for _ in range(n)]


def main() -> int:
    print(f"bench_bridge: Octave bridge overhead (python {sys.version.split()[0]}, numpy {np.__version__})")
    from portcheck.octave.bridge import load_oct2py

    start = time.perf_counter()
    load_oct2py()
    print(f"  import oct2py            {ms(time.perf_counter() - start)}   (once per process; no Octave started)")
    start = time.perf_counter()
    s = OctaveSession(paths=[reference_dir("ex4")], timeout=600)
    s.start()
    print(f"  start-up                 {ms(time.perf_counter() - start)}   ({s.round_trips} round trip, "
          f"Octave {s.octave_version}, pid {s.pid})")
    try:
        rt = timed(lambda: s.eval("x=1;"), 30)
        print(f"  round trip eval('x=1;')  {ms(statistics.median(rt))}   median of 30 (min {ms(min(rt)).strip()})")
        rt = timed(lambda: s.call("plus", 1.0, 2.0), 30)
        print(f"  round trip call plus(1,2){ms(statistics.median(rt))}   median of 30, through the batch function")

        for size in ("debug", "full"):
            values = build_inputs(size, lambdas=[1.0])[0].values
            nbytes = sum(np.asarray(values[k]).nbytes for k in NAMES)
            push = timed(lambda: [s.push(f"bench_{k}", values[k]) for k in NAMES], 3)
            print(f"\n  [{size}] inputs {', '.join(f'{k} {np.shape(values[k])}' for k in NAMES if np.size(values[k]) > 1)}"
                  f" = {nbytes / 1e6:.2f} MB")
            print(f"  [{size}] push all inputs        {ms(statistics.median(push))}   ({len(NAMES)} round trips, median of 3)")
            one = [tuple(values[k] for k in NAMES)]
            fresh = OctaveSession(paths=[reference_dir("ex4")], timeout=600)
            try:
                fresh.start()
                cold = timed(lambda: fresh.call_many("nnCostFunction", one, nout=2))[0]
                warm = statistics.median(timed(lambda: fresh.call_many("nnCostFunction", one, nout=2), 5))
                kept = len(fresh._resident)
            finally:
                fresh.close()
            after = (f"{kept} large input{'s' if kept != 1 else ''} resident: transfer saved "
                     f"{ms(max(cold - warm, 0)).strip()}" if kept else "no input large enough to keep resident")
            print(f"  [{size}] one reference call     {ms(cold)} first (inputs sent)   {ms(warm)} after ({after})")

            n = 100 if size == "debug" else 8
            batch = arglists(size, n)
            s.call_many("nnCostFunction", batch[:2], nout=2)  # warm: X, y resident
            total = statistics.median(timed(lambda: s.call_many("nnCostFunction", batch, nout=2), 3))
            each = total / n
            loop_n = 20 if size == "debug" else 4
            loop = statistics.median(timed(lambda: [s.call("nnCostFunction", *a, nout=2) for a in batch[:loop_n]], 3)) / loop_n
            verdict = "" if size != "debug" else ("  <= 1 ms: yes" if each <= 1e-3 else "  <= 1 ms: NO")
            print(f"  [{size}] {n} evaluations, ONE call {ms(total)} in all = {ms(each).strip()} each{verdict}")
            print(f"  [{size}] one call per evaluation {ms(loop)} each ({loop / each:.1f}x the batched cost)")
    finally:
        s.close()

    print()
    for label, port, size in (("bundled port", None, "debug"), ("bundled port", None, "full"),
                              ("examples/bad_unroll.py (diagnosed)", "examples/bad_unroll.py:nnCostFunction", "debug")):
        case = get_case("nnCost")
        func = load_port(str(ROOT / port)) if port else None
        session = OctaveSession(paths=[case.reference_path.parent], timeout=600)
        try:
            t = time.perf_counter()
            session.start()
            result = compare_case(case, port=func, size=size, session=session)
            seconds = time.perf_counter() - t
            total = session.round_trips
        finally:
            session.close()
        print(f"  portcheck compare nnCost --size {size:5s} [{label}]: {result.octave_round_trips} Octave round trips "
              f"for {len(result.sets)} input sets (+{total - result.octave_round_trips} at start-up), "
              f"{seconds:.2f} s, verdict {'parity' if result.parity else 'divergence'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
