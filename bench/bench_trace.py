"""What ``portcheck trace`` costs: a traced run against a plain one, per side, debug and full size.

Prints min / median / max seconds and the overhead ratio (traced / plain) for
nnCostFunction; never fails on a time. Run it with
``.venv/bin/python bench/bench_trace.py`` (or ``make bench``).

Figures
-------
* port: the correct port (``tests/mutants/template.py``) called plainly, and
  under :func:`portcheck.trace.python_side.record_python` (line tracing, value
  copies, change detection). Target at debug size: at most 10x.
* Octave: one plain reference call (``OctaveSession.call``, one round trip)
  against :func:`portcheck.trace.octave_side.record_octave` on the same inputs
  (instrumented copy at the finest granularity, four round trips: push, run,
  pull, clear).
* end to end: :func:`portcheck.trace.run.trace_case` on one input set, sharing
  a running session (what ``compare``'s automatic trace adds).
* a profile of one traced debug-size port run (where the time goes), with
  ``--profile``.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portcheck.cases import get_case  # noqa: E402
from portcheck.octave import OctaveSession  # noqa: E402
from portcheck.runner import load_port  # noqa: E402
from portcheck.signature import map_arguments, read_m_signature  # noqa: E402
from portcheck.trace.octave_side import record_octave  # noqa: E402
from portcheck.trace.python_side import record_python  # noqa: E402
from portcheck.trace.run import trace_case  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PORT = f"{ROOT / 'tests' / 'mutants' / 'template.py'}:nnCostFunction"


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def fmt(xs: list[float]) -> str:
    return f"min {min(xs) * 1e3:9.3f} ms   median {statistics.median(xs) * 1e3:9.3f} ms   max {max(xs) * 1e3:9.3f} ms"


def ratio(traced: list[float], plain: list[float]) -> str:
    return (f"overhead x{statistics.median(traced) / statistics.median(plain):.1f} (median), "
            f"x{min(traced) / min(plain):.1f} (min)")


def _in_process():
    """The template port imported here: record_python's own cost, without the sandbox's."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_trace_template", PORT.rpartition(":")[0])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.nnCostFunction


def main(profile: bool = False) -> None:
    case = get_case("nnCostFunction")
    sandboxed = load_port(PORT)  # what trace_case calls: the port in its worker, traced there
    port = _in_process()
    sig = read_m_signature(case.reference_path)
    mapping = map_arguments(sig.inputs, port)
    with OctaveSession(paths=[case.reference_path.parent]) as session:
        for size, repeat_py, repeat_oct in (("debug", 200, 20), ("full", 10, 5)):
            s = case.build_inputs(size=size, lambdas=[1.0])[0]
            args, kwargs = mapping.build_call(s.for_port())
            values = dict(s.values)
            print(f"nnCostFunction, {size} size ({s.name}; X {values['X'].shape[0]}x{values['X'].shape[1]})")
            port(*args, **kwargs)
            record_python(port, args, kwargs)  # warm: the file's statements are parsed once
            plain = timed(lambda: port(*args, **kwargs), repeat_py)
            traced = timed(lambda: record_python(port, args, kwargs), repeat_py)
            print(f"  port   plain   {fmt(plain)}")
            print(f"  port   traced  {fmt(traced)}   {ratio(traced, plain)}")
            argv = [values[n] for n in sig.inputs]
            session.call(sig.name, *argv, nout=2)
            record_octave(session, case.reference_path, [values], 2)
            plain_o = timed(lambda: session.call(sig.name, *argv, nout=2), repeat_oct)
            traced_o = timed(lambda: record_octave(session, case.reference_path, [values], 2), repeat_oct)
            print(f"  octave plain   {fmt(plain_o)}")
            print(f"  octave traced  {fmt(traced_o)}   {ratio(traced_o, plain_o)}")
            whole = timed(lambda: trace_case(case, sandboxed, session=session, input_sets=[s]), max(2, repeat_oct // 2))
            print(f"  trace_case end to end (one set, running session)  {fmt(whole)}")
            tr = record_python(port, args, kwargs)
            print(f"  recorded: {len(tr.events)} port values from {tr.lines_run} lines")
        if profile:
            import cProfile
            import pstats

            s = case.build_inputs(size="debug")[0]
            args, kwargs = mapping.build_call(s.for_port())
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(200):
                record_python(port, args, kwargs)
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main(profile="--profile" in sys.argv)
