"""``portcheck trace``: the first line where the port departs from Octave.

    portcheck trace CASE [--python FILE.py:FUNC] [--set NAME] [--lambda L] [--size debug|full]
    portcheck trace --octave F.m --python P.py:F --inputs D.npz

Both sides run once more with every intermediate recorded
(:func:`portcheck.trace.run.trace_case`); the report is
:mod:`portcheck.report.trace`. Exit codes: 0 every intermediate agrees, 1 a
divergence (the port or the reference raising included), 2 usage or
environment error.
"""
from __future__ import annotations

import sys

from ..errors import UsageError
from .common import add_common_options, emit, float_list, nonnegative

__all__ = ["register", "cmd_trace"]


def register(sub) -> None:
    """Add ``portcheck trace``."""
    t = sub.add_parser(
        "trace", help="run both sides with their intermediates recorded and show the first port line that departs from Octave",
        description="Record every intermediate of the Octave reference (an instrumented copy in portcheck's private "
                    "directory) and of the Python port (line by line), align them by name and by value under known "
                    "transforms, and report the first port line whose value departs from Octave's.")
    t.add_argument("case", nargs="?", help="built-in case or a case of portcheck.toml, e.g. nnCost")
    t.add_argument("--python", metavar="FILE.py:FUNC", help="your port (default: the case's port)")
    t.add_argument("--octave", metavar="PATH.m", help="your own reference .m file (with --python and --inputs)")
    t.add_argument("--inputs", metavar="FILE.npz|FILE.mat", action="append",
                   help="input values for --octave, keyed by the .m argument names (repeat for more sets)")
    t.add_argument("--lambda", dest="lambdas", type=float_list, metavar="L[,L...]", help="regularisation strength(s), one input set each")
    t.add_argument("--size", choices=("debug", "full"), default="debug", help="input size (default debug)")
    t.add_argument("--set", dest="set_name", metavar="NAME",
                   help="trace this input set (default: the first set on which the outputs differ)")
    t.add_argument("--rtol", type=nonnegative, default=None, help="relative tolerance (default 1e-9)")
    t.add_argument("--atol", type=nonnegative, default=None, help="absolute tolerance (default 1e-12)")
    t.add_argument("--args", dest="arg_map", metavar="PORT=OCTAVE,...", help="map port arguments to reference inputs by hand")
    t.add_argument("--granularity", choices=("expressions", "statements", "blocks", "outputs"), default="expressions",
                   help="finest Octave recording to try (default expressions; coarser ones are the fallbacks)")
    t.add_argument("-v", "--verbose", action="store_true", help="list every port value that agreed")
    add_common_options(t)
    t.set_defaults(func=cmd_trace)


def _case(args):
    if args.octave:
        from .compare import user_case_from_args

        return user_case_from_args(args)
    if args.inputs:
        raise UsageError("--inputs goes with --octave PATH.m; built-in cases build their own inputs")
    if not args.case:
        raise UsageError("trace needs a case name or --octave, e.g. 'portcheck trace nnCost --python my_port.py:nnCostFunction'",
                         tip="run 'portcheck list' to see the built-in cases")
    from ..cases import get_case

    return get_case(args.case)


def cmd_trace(args) -> int:
    """Trace the case's port (or ``--python``) on one input set and print where it departs."""
    from ..report.trace import render_json, render_text
    from ..runner import load_port
    from ..signature import parse_args_override
    from ..trace.run import trace_case
    from ..workflow.reproduce import reproduce_line

    case = _case(args)
    if args.python and not args.octave:
        port, label = load_port(args.python, timeout=args.timeout), args.python
    else:
        port, label = case.load_port(args.timeout), args.python or case.port_label
    overrides = parse_args_override(args.arg_map) if args.arg_map else (dict(case.arg_overrides) or None)
    result = trace_case(case, port, port_label=label, size=args.size, lambdas=None if args.octave else args.lambdas,
                        set_name=args.set_name, rtol=args.rtol if args.rtol is not None else case.rtol,
                        atol=args.atol if args.atol is not None else case.atol, arg_overrides=overrides,
                        timeout=args.timeout, granularity=args.granularity)
    if args.json:
        emit(render_json(result))
    else:
        emit(render_text(result, verbose=args.verbose, reproduce=reproduce_line(
            case, port_label=args.python, inputs=args.inputs, reference=args.octave, argv=sys.argv, command="trace")))
    return result.exit_code
