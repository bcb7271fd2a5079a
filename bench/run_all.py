"""``make bench``: the figures issue 15 tracks, in one run of a few minutes, with the ratios at the end.

Every figure is min / median / max over repeated runs, measured interleaved
(each round runs every contender once) so that all see the same machine load;
ratios are per round (paired). Nothing here fails on a time.

1. cold start: ``portcheck compare nnCost`` vs a bare ``octave-cli`` run of the same
   check vs a raw oct2py script (``bench_cold.py``);
2. isolation: a debug-size ``nnCostFunction`` call in a warm worker and in a fork vs in process;
3. trace: the port traced (``record_python``) vs plain, debug and full size; and
   ``trace_case`` vs a plain compare of the same set on a running session;
4. diagnosis: a full-size buggy port (``examples/bad_unroll.py``), the whole compare;
5. the joint convention search on an own-convention port of the blind corpus
   (x with its bias column and row-major parameters): port calls and seconds.

``python bench/run_all.py --all`` runs every ``bench_*.py`` afterwards, each in its own process.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_sandbox import interleaved  # noqa: E402

NAMES = ["nn_params", "input_layer_size", "hidden_layer_size", "num_labels", "X", "y", "lambda"]
CONVENTION_PORT = ROOT / "tests" / "wild" / "dev-a" / "nnCostFunction" / "nn_07_bias_serialize.py"
SUMMARY: list[tuple[str, str, str]] = []


def fmt(ts, unit="ms", scale=1e3) -> str:
    return (f"min {min(ts) * scale:9.3f}  median {statistics.median(ts) * scale:9.3f}  "
            f"max {max(ts) * scale:9.3f} {unit}  (n={len(ts)})")


def row(label: str, ts, unit="ms", scale=1e3) -> None:
    print(f"  {label:46s} {fmt(ts, unit, scale)}", flush=True)


def ratio_row(label: str, num, den, target: str = "") -> float:
    r = [a / b for a, b in zip(num, den)]
    med = statistics.median(r)
    print(f"  => {label:43s} min {min(r):7.2f}x  median {med:7.2f}x  max {max(r):7.2f}x  {target}", flush=True)
    return med


def cold() -> None:
    print("1. cold start", flush=True)
    import bench_cold

    got = bench_cold.measure(5)
    SUMMARY.append(("cold compare nnCost / bare octave-cli", f"{got['compare_vs_octave_cli']:.2f}x", "<= 4x"))
    SUMMARY.append(("cold compare nnCost / raw oct2py script", f"{got['compare_vs_raw_oct2py']:.2f}x", ""))


def isolation() -> None:
    print("2. isolation: nnCostFunction at debug size (3-5-3, m=5)", flush=True)
    from portcheck.cases.nncost import build_inputs
    from portcheck.ports.ex4 import nnCostFunction
    from portcheck.sandbox import PortProcess, call_in_fork

    v = build_inputs("debug", lambdas=(3.0,))[0].for_port()
    args = tuple(int(v[n]) if n.endswith(("_size", "labels")) else v[n] for n in NAMES)
    with PortProcess("portcheck.ports.ex4:nnCostFunction") as p:
        p.call(args, names=NAMES)
        got = interleaved({"in process": lambda: nnCostFunction(*args),
                           "warm worker": lambda: p.call(args, names=NAMES)}, 300, warm=10)
    forks = interleaved({"in process (next to forks)": lambda: nnCostFunction(*args),
                         "fork per call": lambda: call_in_fork(nnCostFunction, args, {}, timeout=60, names=NAMES)}, 60)
    for label, ts in {**got, **forks}.items():
        row(label, ts)
    warm = [a - b for a, b in zip(got["warm worker"], got["in process"])]
    fork = [a - b for a, b in zip(forks["fork per call"], forks["in process (next to forks)"])]
    row("=> warm worker overhead per call (paired)", warm)
    row("=> fork overhead per call (paired)", fork)
    SUMMARY.append(("isolation overhead, warm worker call (median)", f"{statistics.median(warm) * 1e3:.2f} ms", "<= 5 ms"))
    SUMMARY.append(("isolation overhead, fork per call (median)", f"{statistics.median(fork) * 1e3:.2f} ms", ""))


def trace() -> None:
    print("3. trace vs plain", flush=True)
    from portcheck.cases import get_case
    from portcheck.octave import OctaveSession
    from portcheck.runner import load_port, port_time_limit
    from portcheck.signature import map_arguments, read_m_signature
    from portcheck.trace import child
    from portcheck.trace.python_side import port_files
    from portcheck.trace.run import trace_case
    from portcheck.workflow.pipeline import compare_case

    case = get_case("nnCost")
    with port_time_limit(None), OctaveSession(paths=[case.reference_path.parent]) as session:
        port = load_port(f"{ROOT / 'tests' / 'mutants' / 'template.py'}:nnCostFunction")
        mapping = map_arguments(read_m_signature(case.reference_path).inputs, port)
        for size, n in (("debug", 60), ("full", 6)):
            s = case.build_inputs(size=size, lambdas=[1.0])[0]
            a, kw = mapping.build_call(s.for_port())
            # both through the port's worker: traced = the recorder running there (trace.child), as trace_case does
            opts = child.options(port_files(port), None)
            got = interleaved({"port plain": lambda: port.call(tuple(a), kw),
                               "port traced": lambda: port.call(tuple(a), kw, options=opts)}, n, warm=2)
            for label, ts in got.items():
                row(f"[{size}] {label}", ts)
            med = ratio_row(f"[{size}] port traced / plain", got["port traced"], got["port plain"],
                            "(target <= 10x at debug size)" if size == "debug" else "")
            SUMMARY.append((f"traced / plain port run, {size} size", f"{med:.1f}x", "<= 10x" if size == "debug" else ""))
        s = case.build_inputs(size="debug", lambdas=[1.0])[0]
        got = interleaved({"compare, one set": lambda: compare_case(case, port=port, session=session, input_sets=[s],
                                                                    diagnose=False),
                           "trace_case, one set": lambda: trace_case(case, port, session=session, input_sets=[s])}, 8, 1)
        for label, ts in got.items():
            row(f"[debug] {label}", ts)
        med = ratio_row("[debug] trace_case / compare (running session)", got["trace_case, one set"], got["compare, one set"])
        SUMMARY.append(("trace_case / plain compare, one debug set", f"{med:.1f}x", ""))


def diagnosis_and_search() -> None:
    print("4. a full-size buggy port's whole compare and diagnosis; 5. the joint convention search", flush=True)
    from portcheck.cases import get_case
    from portcheck.octave import OctaveSession
    from portcheck.runner import load_port, port_time_limit
    from portcheck.workflow.pipeline import compare_case

    case = get_case("nnCost")
    with port_time_limit(None), OctaveSession() as session:
        bad = load_port(f"{ROOT / 'examples' / 'bad_unroll.py'}:nnCostFunction")
        conv = load_port(f"{CONVENTION_PORT}:nn_cost_function")
        runs = {"full": [], "search": []}
        stats = []
        for _ in range(3):
            t = time.perf_counter()
            r = compare_case(case, port=bad, session=session, size="full")
            runs["full"].append(time.perf_counter() - t)
            top = next((f.id for f in r.findings if f.status != "noted"), "-")
            t = time.perf_counter()
            r2 = compare_case(case, port=conv, session=session)
            runs["search"].append(time.perf_counter() - t)
            stats.append(r2.search or {})
        row(f"full-size bad_unroll, whole compare (top: {top})", runs["full"], "s", 1)
        row("own-convention port (nn_07), whole compare", runs["search"], "s", 1)
        calls = [s.get("port_calls", 0) for s in stats]
        secs = [s.get("seconds", 0.0) for s in stats]
        found = ", ".join(f.id for f in r2.findings if f.status in ("confirmed", "consistent"))
        print(f"  joint convention search: {calls[-1]} port calls, {fmt(secs, 's', 1)}; findings: {found}", flush=True)
        SUMMARY.append(("full-size buggy port, whole diagnosis (median)", f"{statistics.median(runs['full']):.2f} s", ""))
        SUMMARY.append(("joint convention search: port calls / time", f"{calls[-1]} / {statistics.median(secs):.2f} s", ""))


def run_others() -> int:
    status = 0
    for script in sorted(p for p in HERE.glob("bench_*.py")):
        print(f"==> {script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=ROOT).returncode != 0:
            status = 1
    return status


def main() -> int:
    import os

    t = time.perf_counter()
    load = os.getloadavg()[0]
    print(f"make bench: python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load:.1f} at start", flush=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "portcheck")], stdout=subprocess.DEVNULL)
    for part in (cold, isolation, trace, diagnosis_and_search):
        part()
        print(flush=True)
    print(f"summary ({time.perf_counter() - t:.0f} s; load average {load:.1f} -> {os.getloadavg()[0]:.1f})")
    for label, value, target in SUMMARY:
        print(f"  {label:48s} {value:>16s}   {target}")
    return run_others() if "--all" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
