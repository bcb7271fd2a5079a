"""``portcheck list`` (the cases, built-in and ``portcheck.toml``) and ``portcheck new`` (scaffold one)."""
from __future__ import annotations

import json

from .common import EXIT_PARITY, emit, terminal_width

__all__ = ["register_list", "register_new", "cmd_list", "cmd_new"]


def register_list(sub) -> None:
    """Add ``portcheck list``."""
    p = sub.add_parser("list", help="list the cases with their reference and port: the project's (portcheck.toml) "
                                     "when there is one, else the built-in ones")
    p.add_argument("--builtin", action="store_true", help="in a project: the built-in cases too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)


def register_new(sub) -> None:
    """Add ``portcheck new``."""
    n = sub.add_parser(
        "new", help="scaffold a portcheck.toml case (a parity test under pytest) and a Python port skeleton for your .m function",
        description="From a .m function to a failing parity test: append a [[case]] to portcheck.toml (input shapes to "
                    "fill in; pytest collects it as a test) and write a Python port skeleton with the same signature. "
                    "Never overwrites a file.")
    n.add_argument("m_file", metavar="PATH.m", help="your Octave/MATLAB function file")
    n.add_argument("--toml", metavar="FILE", help="the portcheck.toml to add the case to (default: the nearest one "
                                                  "from the current directory upward, else ./portcheck.toml)")
    n.add_argument("--port", metavar="FILE.py", help="where to write the port skeleton (default: next to portcheck.toml)")
    n.add_argument("--test", metavar="FILE.py", help="also write a pytest file calling portcheck_parity (default: none; "
                                                     "pytest collects the [[case]] of portcheck.toml as the parity test)")
    n.set_defaults(func=cmd_new)


def cmd_list(args) -> int:
    from ..cases import all_cases
    from ..report.cases import case_list_json, render_case_list

    cases = all_cases(builtin=True if args.builtin else None)
    emit(json.dumps(case_list_json(cases), indent=2) if args.json else render_case_list(cases, width=terminal_width(130)))
    return EXIT_PARITY


def cmd_new(args) -> int:
    from ..cases.scaffold import plan_scaffold, write_scaffold
    from ..report.cases import render_scaffold

    plan = plan_scaffold(args.m_file, toml=args.toml, port=args.port, test=args.test)
    write_scaffold(plan)
    emit(render_scaffold(plan))
    return EXIT_PARITY
