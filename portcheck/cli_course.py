"""CLI commands for the whole course and the user's own functions.

``portcheck compare --all``, ``portcheck compare --octave f.m --python f.py:f
--inputs data.npz``, ``portcheck compare NAME`` for a case of
``portcheck.toml``, and ``portcheck new f.m``. :mod:`portcheck.cli` parses the
``compare`` options and calls in here; :func:`register` adds ``new``.
Exit codes as everywhere: 0 parity, 1 divergence, 2 usage or environment error.
"""
from __future__ import annotations

import json
import sys
import time

from .cli import ProgressBar, auto_trace, print_result, reproduce_line
from .errors import OctaveNotFound, PortcheckError, UsageError

__all__ = ["register", "compare_all", "compare_user", "compare_project", "cmd_new", "summary_rows"]

EXIT_PARITY, EXIT_DIVERGENCE, EXIT_USAGE = 0, 1, 2

_COLUMNS = ("case", "source", "input sets", "verdict", "max abs diff", "max rel diff", "top finding")


def register(subparsers) -> None:
    """Add ``portcheck new``."""
    n = subparsers.add_parser(
        "new", help="scaffold a portcheck.toml case, a Python port skeleton and a parity test for your .m function",
        description="From a .m function to a failing parity test: append a [[case]] to portcheck.toml (input shapes to "
                    "fill in), write a Python port skeleton with the same signature, and a pytest parity test. "
                    "Never overwrites a file.")
    n.add_argument("m_file", metavar="PATH.m", help="your Octave/MATLAB function file")
    n.add_argument("--toml", metavar="FILE", help="the portcheck.toml to add the case to (default: the nearest one "
                                                  "from the current directory upward, else ./portcheck.toml)")
    n.add_argument("--port", metavar="FILE.py", help="where to write the port skeleton (default: next to portcheck.toml)")
    n.add_argument("--test", metavar="FILE.py", help="where to write the parity test (default: tests/ next to portcheck.toml "
                                                     "when it exists, else next to it)")
    n.set_defaults(func=cmd_new)


# --------------------------------------------------------------------------- portcheck new


def cmd_new(args) -> int:
    import os

    from .scaffold import plan_scaffold, write_scaffold

    plan = plan_scaffold(args.m_file, toml=args.toml, port=args.port, test=args.test)
    write_scaffold(plan)
    rel = lambda p: os.path.relpath(p)  # noqa: E731
    print(f"scaffolded {plan.name}: a [[case]] in {rel(plan.toml)}, a port skeleton and a parity test")
    print(f"  {'created ' if plan.toml_created else 'appended'} {rel(plan.toml)}   [[case]] \"{plan.name}\": FILL IN the guessed input shapes")
    print(f"  created  {rel(plan.port)}   port skeleton: raises NotImplementedError until you translate the .m body")
    print(f"  created  {rel(plan.test)}   parity test: fails until the port matches Octave")
    print(f"Next: edit {rel(plan.port)}, then run: pytest {rel(plan.test)}   (or: portcheck compare {plan.name})")
    return EXIT_PARITY


# --------------------------------------------------------------------------- one case


def _tolerances(args) -> dict:
    return {"rtol": args.rtol, "atol": args.atol}


def compare_user(args) -> int:
    """``portcheck compare --octave f.m --python f.py:f --inputs data.npz``: a one-off case."""
    from .parity import run_case
    from .project import user_case
    from .signature import parse_args_override

    if args.case:
        raise UsageError(f"--octave compares your own .m file; drop the case name {args.case!r}, or drop --octave")
    if not args.python:
        raise UsageError("--octave needs your port too: --python FILE.py:FUNCTION", tip="e.g. portcheck compare --octave f.m --python f.py:f --inputs data.npz")
    if not args.inputs:
        raise UsageError("--octave needs input values: --inputs FILE.npz or FILE.mat, keyed by the .m argument names",
                         tip="save them with numpy.savez('data.npz', X=X, y=y) or Octave's save('-v7', 'data.mat', 'X', 'y')")
    if not args.octave.endswith(".m"):
        raise UsageError(f"--octave={args.octave!r}: expected a .m file")
    case = user_case(args.octave, args.python, args.inputs, lambdas=args.lambdas, where="--inputs")
    port = case.load_port(timeout=args.timeout)
    reproduce = reproduce_line(f"portcheck compare --octave {args.octave} --python {args.python} --inputs {args.inputs}")
    result = run_case(case, port=port, port_label=args.python, lambdas=args.lambdas, strict_shapes=args.strict_shapes,
                      arg_overrides=parse_args_override(args.arg_map) if args.arg_map else None,
                      diagnose=not args.no_diagnose, timeout=args.timeout, reproduce=reproduce, **_tolerances(args))
    result = auto_trace(args, result, case, port)
    return print_result(args, result)


def compare_project(args, case) -> int:
    """``portcheck compare NAME`` for a ``[[case]]`` of ``portcheck.toml``."""
    from .parity import run_case
    from .runner import load_port
    from .signature import parse_args_override

    if args.inputs:
        raise UsageError(f"--inputs goes with --octave; case {case.name!r} takes its inputs from portcheck.toml")
    port = load_port(args.python, **({"timeout": args.timeout} if args.timeout else {})) if args.python else None
    reproduce = reproduce_line(f"portcheck compare {case.name}")
    result = run_case(case, port=port, port_label=args.python, lambdas=args.lambdas,
                      strict_shapes=True if args.strict_shapes else None,
                      arg_overrides=parse_args_override(args.arg_map) if args.arg_map else None,
                      diagnose=not args.no_diagnose, timeout=args.timeout, reproduce=reproduce, **_tolerances(args))
    result = auto_trace(args, result, case, port)
    return print_result(args, result)


# --------------------------------------------------------------------------- --all


def _takes_lambda(case) -> bool:
    from .signature import normalise_name, read_m_signature

    try:
        return any(normalise_name(n) == "lambda" for n in read_m_signature(case.reference_path).inputs)
    except PortcheckError:
        return False


def _run_all(cases, args, session):
    """Yield ``(case, result or None, error or None, seconds)`` for every case, on one session."""
    from .parity import run_case

    for case in cases:
        start = time.perf_counter()
        try:
            result = run_case(case, session=session, size=args.size,
                              lambdas=args.lambdas if args.lambdas and _takes_lambda(case) else None,
                              strict_shapes=True if args.strict_shapes else None, diagnose=not args.no_diagnose,
                              **_tolerances(args))
            yield case, result, None, time.perf_counter() - start
        except OctaveNotFound:
            raise
        except PortcheckError as exc:
            yield case, None, exc, time.perf_counter() - start


def _max_diff(result, attr: str) -> float | None:
    values = [getattr(o, attr) for s in result.sets if s.comparison for o in s.comparison.outputs if o.status in ("parity", "divergence")]
    return max(values) if values else None


def _top_finding(result) -> str:
    f = next((f for f in result.findings if f.status != "noted"), None)
    if f is None:
        return "-" if result.parity else "[unexplained] no hypothesis fits"
    return f"[{f.status}] {f.title}"


def summary_rows(outcomes) -> list[tuple]:
    """Rows of the ``--all`` table: case, source, input sets, verdict, max abs and rel diff, top finding."""
    from .report import fmt_small as _e

    rows = []
    for case, result, error, _ in outcomes:
        source = "portcheck.toml" if hasattr(case, "port_path_spec") else "built-in"
        if error is not None:
            rows.append((case.name, source, "-", "error", "-", "-", error.message))
        else:
            rows.append((case.name, source, str(len(result.sets)), "parity" if result.parity else "divergence",
                         _e(_max_diff(result, "max_abs")), _e(_max_diff(result, "max_rel")), _top_finding(result)))
    return rows


def compare_all(args) -> int:
    """Every built-in case and every case of ``portcheck.toml``, in one Octave session, with a summary table."""
    from .cases import all_cases
    from .octave import OctaveSession

    for flag, value in (("--python", args.python), ("--args", args.arg_map), ("--inputs", args.inputs)):
        if value:
            raise UsageError(f"--all runs each case with its own port and inputs; drop {flag}")
    cases = all_cases()
    start = time.perf_counter()
    session = OctaveSession(**({"timeout": args.timeout} if args.timeout else {}))
    outcomes = []
    progress = ProgressBar("cases", enabled=not args.json)
    try:
        session.start()
        for i, outcome in enumerate(_run_all(cases, args, session), 1):
            outcomes.append(outcome)
            progress(i, len(cases))
        trips = session.round_trips
    finally:
        progress.close()
        session.close()
    seconds = time.perf_counter() - start
    diverged = [o[0].name for o in outcomes if o[1] is not None and not o[1].parity]
    errored = [o[0].name for o in outcomes if o[2] is not None]
    code = EXIT_DIVERGENCE if diverged else EXIT_USAGE if errored else EXIT_PARITY
    headline = _all_headline(len(outcomes), diverged, errored, seconds)
    if args.json:
        print(json.dumps(_all_json(outcomes, headline, code, seconds, trips), indent=2, allow_nan=False))
        print(headline, file=sys.stderr)
        return code
    if args.markdown:
        print(_all_markdown(outcomes, headline))
        return code
    print(_all_text(outcomes, headline, trips, args.verbose))
    return code


def _all_headline(n: int, diverged: list, errored: list, seconds: float) -> str:
    if not diverged and not errored:
        return f"parity: all {n} cases match Octave (one Octave session, {seconds:.1f} s)"
    parts = []
    if diverged:
        parts.append(f"{len(diverged)} of {n} cases differ from Octave: {', '.join(diverged)}")
    if errored:
        parts.append(f"{len(errored)} could not run: {', '.join(errored)}")
    return ("divergence: " if diverged else "error: ") + "; ".join(parts)


def _all_text(outcomes, headline: str, trips: int, verbose: bool) -> str:
    from .report import _render, _table, render_text

    parts = [headline, ""]
    parts.append(_table(None, _COLUMNS, summary_rows(outcomes), wrap=(6,)))
    bad = [(c, r, e) for c, r, e, _ in outcomes if e is not None or not r.parity]
    if bad:
        parts.append("")
        parts.append("Reproduce")
        for case, result, error in bad:
            parts.append(f"  portcheck compare {case.name}" + (f"    # {error.message}" if error else ""))
    parts.append(f"  ({len(outcomes)} cases, one Octave session, {trips} round trips)")
    text = _render(parts, 120)
    if verbose:
        for case, result, error in bad:
            if result is not None:
                text += "\n\n" + "=" * 100 + "\n" + render_text(result)
    return text


def _all_json(outcomes, headline: str, code: int, seconds: float, trips: int) -> dict:
    from .report import JSON_SCHEMA_VERSION, to_json_dict

    cases = []
    for case, result, error, secs in outcomes:
        if error is not None:
            cases.append({"case": case.name, "verdict": "error", "error": error.message, "tip": error.tip, "seconds": secs})
        else:
            cases.append(to_json_dict(result))
    return {"schema": JSON_SCHEMA_VERSION, "verdict": headline.split(":", 1)[0], "exit_code": code, "summary": headline,
            "cases": cases, "timing": {"seconds": seconds, "octave_round_trips": trips, "octave_sessions": 1}}


def _all_markdown(outcomes, headline: str) -> str:
    lines = [f"**{headline}**", "", "| " + " | ".join(_COLUMNS) + " |", "|---" * len(_COLUMNS) + "|"]
    for row in summary_rows(outcomes):
        lines.append("| " + " | ".join(str(x).replace("|", "\\|") for x in row) + " |")
    return "\n".join(lines)
