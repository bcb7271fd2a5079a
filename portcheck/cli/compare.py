"""``portcheck compare``: one case, every case (``--all``), or the user's own pair (``--octave``).

A case name may be built in or a ``[[case]]`` of ``portcheck.toml``: both go the
same way (:func:`portcheck.workflow.pipeline.compare_case`), each with its own
port, tolerances and paths. ``--octave f.m --python f.py:f --inputs data.npz``
compares a one-off pair; ``--all`` runs every case in one Octave session.
"""
from __future__ import annotations

import json
import sys

from ..errors import UsageError
from . import grade
from .common import (Progress, add_common_options, add_snapshot_options, emit, float_list, nonnegative, print_compare_result,
                     terminal_width)

__all__ = ["register", "cmd_compare", "user_case_from_args"]


def register(sub) -> None:
    """Add ``portcheck compare``."""
    c = sub.add_parser("compare", help="run the Octave reference and a Python port on the same inputs and compare every output",
                       description="Run the Octave reference and a Python port on the same inputs, compare every output, and diagnose differences.")
    c.add_argument("case", nargs="?", help="built-in case, e.g. nnCost (see 'portcheck list')")
    c.add_argument("--python", metavar="FILE.py:FUNC", help="your port (default: the bundled correct port)")
    c.add_argument("--lambda", dest="lambdas", type=float_list, metavar="L[,L...]",
                   help="regularisation strength(s), one input set each (default 0,3)")
    c.add_argument("--size", choices=("debug", "full"), default="debug",
                   help="debug: the course's gradient-check network; full: the exercise's real shapes (default debug)")
    c.add_argument("--rtol", type=nonnegative, default=None, help="relative tolerance (default 1e-9)")
    c.add_argument("--atol", type=nonnegative, default=None, help="absolute tolerance (default 1e-12)")
    c.add_argument("--strict-shapes", action="store_true", help="fail (n,) vs (n,1) instead of noting it")
    c.add_argument("--args", dest="arg_map", metavar="PORT=OCTAVE,...", help="map port arguments to reference inputs by hand")
    c.add_argument("--all", action="store_true",
                   help="every case in one Octave session, with a summary table: the project's (portcheck.toml) when "
                        "there is one, else the built-in ones")
    c.add_argument("--builtin", action="store_true", help="with --all in a project: the built-in cases too")
    c.add_argument("--octave", metavar="REFERENCE",
                   help="your own reference: PATH.m, PATH.m:LOCAL_FUNCTION, or a function on Octave's path such as fft "
                        "(with --python and --inputs)")
    c.add_argument("--inputs", metavar="FILE.npz|FILE.mat", action="append",
                   help="input values keyed by the .m argument names; repeat for one input set per file (with --octave, "
                        "or instead of a case's own inputs)")
    c.add_argument("--path", dest="paths", metavar="DIR", action="append", default=[],
                   help="a folder for Octave's path (repeatable); the first wins a name clash")
    c.add_argument("--package", dest="packages", metavar="NAME", action="append", default=[],
                   help="an Octave package to load, e.g. signal (repeatable)")
    c.add_argument("--markdown", action="store_true", help="print a Markdown summary instead of the report")
    c.add_argument("--convention", dest="conventions", action="append", metavar="NAME",
                   help="the port's own convention, declared (repeatable): row-major-params, zero-based-labels, "
                        "x-with-bias, x-without-bias, x-transposed, transposed-data, separate-gradient, y-one-hot-input, "
                        "outputs-transposed, blocks-returned")
    c.add_argument("--no-diagnose", action="store_true", help="compare only; skip the diagnosis probes")
    c.add_argument("--no-trace", action="store_true",
                   help="when the diagnosis is unexplained, do not run 'portcheck trace' to find the first divergent line")
    c.add_argument("-v", "--verbose", action="store_true", help="show supporting details of every finding")
    c.add_argument("--replay", action="store_true", help="compare against the recorded Octave outputs (portcheck record) "
                                                         "even when Octave is installed; without Octave they are used anyway")
    add_snapshot_options(c)
    add_common_options(c)
    grade.add_options(c)
    c.set_defaults(func=cmd_compare)


def cmd_compare(args) -> int:
    """Check the flags, pick the case (or every case), compare, print."""
    if grade.wants_batch(args):  # --python 'GLOB.py:FUNC': many submissions, one row each (cli/grade.py)
        grade.check_batch(args)
    if args.all:
        if args.case or args.octave:
            raise UsageError("--all runs every case; drop the case name and --octave, or drop --all")
        return _compare_all(args)
    if args.builtin:
        raise UsageError("--builtin goes with --all (or 'portcheck list --builtin')")
    if args.octave:
        case = user_case_from_args(args)
    else:
        import dataclasses

        from ..cases import get_case

        if not args.case:
            raise UsageError("compare needs a case name, e.g. 'portcheck compare nnCost'",
                             tip="run 'portcheck list' to see the cases")
        case = get_case(args.case)
        if args.paths or args.packages:
            case = dataclasses.replace(case, paths=tuple(_absolute(args.paths)) + tuple(case.paths),
                                       packages=tuple(args.packages) + tuple(case.packages))
    return _compare_one(args, case)


def _absolute(paths) -> list[str]:
    import os

    return [os.path.abspath(p) for p in paths]


def user_case_from_args(args):
    """The one-off case of ``--octave f.m --python f.py:f --inputs data.npz`` (``compare`` and ``trace``)."""
    from ..cases.project import user_case

    command = getattr(args, "command", None) or "compare"
    if args.case:
        raise UsageError(f"--octave {command}s your own .m file; drop the case name {args.case!r}, or drop --octave")
    if not args.python:
        raise UsageError("--octave needs your port too: --python FILE.py:FUNCTION",
                         tip=f"e.g. portcheck {command} --octave f.m --python f.py:f --inputs data.npz")
    if not args.inputs:
        raise UsageError("--octave needs input values: --inputs FILE.npz or FILE.mat, keyed by the .m argument names",
                         tip="save them with numpy.savez('data.npz', X=X, y=y) or Octave's save('-v7', 'data.mat', 'X', 'y')")
    inputs = [args.inputs] if isinstance(args.inputs, str) else list(args.inputs)  # trace takes one file
    return user_case(args.octave, args.python, inputs, lambdas=args.lambdas, where="--inputs",
                     paths=_absolute(getattr(args, "paths", None) or ()), packages=getattr(args, "packages", None) or ())


def _compare_one(args, case) -> int:
    from ..workflow.prestart import Prestart

    with Prestart(args.timeout, enabled=not args.replay) as octave:  # Octave boots while the rest loads
        if grade.wants_batch(args):
            return grade.cmd_grade(args, case, octave)
        return _compare_started(args, case, octave)


def _compare_started(args, case, octave) -> int:
    from ..runner import load_port

    port = load_port(args.python, timeout=args.timeout) if args.python and not args.octave else case.load_port(args.timeout)
    from ..signature import parse_args_override
    from ..workflow.pipeline import compare_case
    from ..workflow.reproduce import reproduce_line

    reproduce = reproduce_line(case, port_label=args.python, inputs=args.inputs, reference=args.octave, argv=sys.argv)
    input_sets = None
    if args.inputs and not args.octave:  # a case's own adapters and environment, on these values
        from ..workflow.parity import resolve_case

        case, input_sets = resolve_case(case, None, list(args.inputs), lambdas=args.lambdas, where="--inputs")
    with Progress(f"running Octave {case.name} and the port", enabled=not args.json, spinner=True):
        result = compare_case(case, port=port, port_label=args.python, size=args.size, lambdas=args.lambdas,
                              input_sets=input_sets,
                              rtol=args.rtol, atol=args.atol, strict_shapes=True if args.strict_shapes else None,
                              arg_overrides=parse_args_override(args.arg_map) if args.arg_map else None,
                              timeout=args.timeout, diagnose=not args.no_diagnose, reproduce=reproduce, session=octave.ready(),
                              snapshots=_snapshots(args), trace=not args.no_trace, conventions=args.conventions)
    return print_compare_result(args, result)


def _snapshots(args):
    """Octave, or the recorded outputs: replayed when asked (--replay) or when Octave is missing."""
    from ..snapshots import SnapshotOptions

    refresh = "portcheck record " + (f"--octave {args.octave} --inputs {args.inputs}" if args.octave else
                                     "--all" if args.all else "{case}")
    refresh += "".join(f" {flag} {value}" for flag, value in (("--lambda", ",".join(f"{x:g}" for x in args.lambdas or ())),
                                                              ("--size", "" if args.size == "debug" else args.size),
                                                              ("--snapshots", args.snapshots or "")) if value)
    return SnapshotOptions("replay" if args.replay else "auto", directory=args.snapshots, refresh=refresh)


def _compare_all(args) -> int:
    from ..cases import all_cases
    from ..report.summary import render_summary_markdown, render_summary_text, summary_json
    from ..workflow.course import compare_all

    for flag, value in (("--python", args.python), ("--args", args.arg_map), ("--inputs", args.inputs),
                        ("--convention", args.conventions), ("--path", args.paths), ("--package", args.packages)):
        if value:
            raise UsageError(f"--all runs each case with its own port, inputs and Octave path; drop {flag}")
    cases = all_cases(builtin=True if args.builtin else None)
    with Progress("cases", enabled=not args.json) as progress:
        run = compare_all(cases, size=args.size, lambdas=args.lambdas, rtol=args.rtol, atol=args.atol,
                          strict_shapes=True if args.strict_shapes else None, diagnose=not args.no_diagnose,
                          timeout=args.timeout, progress=progress, snapshots=_snapshots(args))
    if args.json:
        emit(json.dumps(summary_json(run), indent=2, allow_nan=False))
        print(run.headline, file=sys.stderr)
    elif args.markdown:
        emit(render_summary_markdown(run))
    else:
        emit(render_summary_text(run, verbose=args.verbose, width=terminal_width()))
    return run.exit_code
