"""``portcheck trace``: argument parsing, streams and exit codes for the trace command.

    portcheck trace CASE --python FILE.py:FUNC [--set NAME] [--lambda L] [--size debug|full]
    portcheck trace --octave F.m --python P.py:F --inputs D.npz

Exit codes: 0 every intermediate agrees, 1 a divergence was found (the port
or the reference raising included), 2 usage or environment error.
The options shared with ``compare`` are parsed by the same helpers.
"""
from __future__ import annotations

__all__ = ["register", "cmd_trace", "auto_trace"]

EXIT_PARITY, EXIT_DIVERGENCE, EXIT_USAGE = 0, 1, 2


def register(subparsers) -> None:
    """Add ``portcheck trace`` (called by :func:`portcheck.cli.build_parser`)."""
    from ..cli import _float_list, _nonnegative, add_common_options

    t = subparsers.add_parser(
        "trace", help="run both sides with their intermediates recorded and show the first port line that departs from Octave",
        description="Record every intermediate of the Octave reference (an instrumented copy in portcheck's private "
                    "directory) and of the Python port (line by line), align them by name and by value under known "
                    "transforms, and report the first port line whose value departs from Octave's.")
    t.add_argument("case", nargs="?", help="built-in case or a case of portcheck.toml, e.g. nnCost")
    t.add_argument("--python", metavar="FILE.py:FUNC", help="your port (default: the case's port)")
    t.add_argument("--octave", metavar="PATH.m", help="your own reference .m file (with --python and --inputs)")
    t.add_argument("--inputs", metavar="FILE.npz|FILE.mat", help="input values for --octave, keyed by the .m argument names")
    t.add_argument("--lambda", dest="lambdas", type=_float_list, metavar="L[,L...]", help="regularisation strength(s), one input set each")
    t.add_argument("--size", choices=("debug", "full"), default="debug", help="input size (default debug)")
    t.add_argument("--set", dest="set_name", metavar="NAME",
                   help="trace this input set (default: the first set on which the outputs differ)")
    t.add_argument("--rtol", type=_nonnegative, default=None, help="relative tolerance (default 1e-9)")
    t.add_argument("--atol", type=_nonnegative, default=None, help="absolute tolerance (default 1e-12)")
    t.add_argument("--args", dest="arg_map", metavar="PORT=OCTAVE,...", help="map port arguments to reference inputs by hand")
    t.add_argument("--granularity", choices=("expressions", "statements", "blocks", "outputs"), default="expressions",
                   help="finest Octave recording to try (default expressions; coarser ones are the fallbacks)")
    t.add_argument("-v", "--verbose", action="store_true", help="list every port value that agreed")
    add_common_options(t)
    t.set_defaults(func=cmd_trace)


def _case_and_port(args):
    from ..errors import UsageError
    from ..runner import load_port

    if args.octave:
        from ..project import user_case

        if args.case:
            raise UsageError(f"--octave traces your own .m file; drop the case name {args.case!r}, or drop --octave")
        if not args.python:
            raise UsageError("--octave needs your port too: --python FILE.py:FUNCTION",
                             tip="e.g. portcheck trace --octave f.m --python f.py:f --inputs data.npz")
        if not args.inputs:
            raise UsageError("--octave needs input values: --inputs FILE.npz or FILE.mat, keyed by the .m argument names",
                             tip="save them with numpy.savez('data.npz', X=X, y=y) or Octave's save('-v7', 'data.mat', 'X', 'y')")
        if not args.octave.endswith(".m"):
            raise UsageError(f"--octave={args.octave!r}: expected a .m file")
        case = user_case(args.octave, args.python, args.inputs, lambdas=args.lambdas, where="--inputs")
        return case, case.load_port(timeout=args.timeout), args.python
    if args.inputs:
        raise UsageError("--inputs goes with --octave PATH.m; built-in cases build their own inputs")
    if not args.case:
        raise UsageError("trace needs a case name or --octave, e.g. 'portcheck trace nnCost --python my_port.py:nnCostFunction'",
                         tip="run 'portcheck list' to see the built-in cases")
    from ..cases import get_case

    case = get_case(args.case)
    if args.python:
        return case, load_port(args.python, timeout=args.timeout), args.python
    if hasattr(case, "port_path_spec"):
        return case, case.load_port(timeout=args.timeout), case.port_label
    return case, case.load_port(), f"{case.port} (bundled)"


def cmd_trace(args) -> int:
    import shlex
    import sys

    from ..signature import parse_args_override
    from .render import render_json, render_text
    from .run import trace_case

    case, port, label = _case_and_port(args)
    overrides = parse_args_override(args.arg_map) if args.arg_map else None
    if overrides is None and hasattr(case, "arg_overrides") and case.arg_overrides:
        overrides = dict(case.arg_overrides)
    rtol = args.rtol if args.rtol is not None else getattr(case, "rtol", None)
    atol = args.atol if args.atol is not None else getattr(case, "atol", None)
    result = trace_case(case, port, port_label=label, size=args.size, lambdas=args.lambdas if not args.octave else None,
                        set_name=args.set_name, rtol=rtol, atol=atol, arg_overrides=overrides, timeout=args.timeout,
                        granularity=args.granularity)
    if args.json:
        print(render_json(result))
    else:
        reproduce = " ".join(["portcheck"] + [shlex.quote(a) for a in sys.argv[1:]]) if sys.argv[1:2] == ["trace"] else ""
        print(render_text(result, verbose=args.verbose, reproduce=reproduce))
    return result.exit_code


# --------------------------------------------------------------------------- compare's automatic trace


def only_unexplained(result) -> bool:
    """The diagnosis named nothing: every finding that is not *noted* is *unexplained*."""
    if result.parity:
        return False
    open_ = [f for f in result.findings if f.status != "noted"]
    return bool(open_) and all(f.status == "unexplained" for f in open_)


def auto_trace(args, result, case, port=None):
    """``compare``'s hook: trace when the diagnosis is only ``unexplained`` (not with ``--no-trace``).

    Returns the result with its unexplained finding reading "first departs at
    FILE:LINE" and carrying ``data["first_divergence"]``; the result unchanged
    when there is nothing to do or the trace cannot run.
    """
    if getattr(args, "no_trace", False) or getattr(args, "no_diagnose", False) or not only_unexplained(result):
        return result
    from ..errors import PortcheckError

    try:
        return attach_trace(result, case, port, timeout=getattr(args, "timeout", None),
                            arg_overrides=_overrides(args))
    except PortcheckError:
        return result


def _overrides(args):
    from ..signature import parse_args_override

    return parse_args_override(args.arg_map) if getattr(args, "arg_map", None) else None


def attach_trace(result, case, port=None, *, session=None, timeout=None, arg_overrides=None):
    """Run the trace on the first diverging input set of ``result`` and put its line into the unexplained finding."""
    import dataclasses

    from .render import show_path
    from .run import trace_case

    if port is None:
        port = case.load_port(**({"timeout": timeout} if hasattr(case, "port_path_spec") else {}))
    bad = [s.input_set for s in result.sets if s.status != "parity"]
    tr = trace_case(case, port, port_label=result.port_label, session=session, input_sets=bad[:1] or None,
                    rtol=result.rtol, atol=result.atol, arg_overrides=arg_overrides, timeout=timeout)
    fd = tr.first
    if fd is None:
        return result
    where = f"first departs at {show_path(fd.file)}:{fd.line} ({fd.code})"
    findings = []
    for f in result.findings:
        if f.status == "unexplained":
            data = dict(f.data)
            data["first_divergence"] = fd.to_dict()
            f = dataclasses.replace(f, evidence=f"{where}: {fd.message}; {f.evidence}",
                                    location=f"{where}" + (f"; {f.location}" if f.location else ""), data=data)
        findings.append(f)
    return dataclasses.replace(result, findings=tuple(findings))
