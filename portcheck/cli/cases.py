"""``portcheck list`` (the cases, built-in and ``portcheck.toml``) and ``portcheck new`` (scaffold one)."""
from __future__ import annotations

import json
import os

from .common import EXIT_PARITY

__all__ = ["register_list", "register_new", "cmd_list", "cmd_new"]


def register_list(sub) -> None:
    """Add ``portcheck list``."""
    p = sub.add_parser("list", help="list the built-in cases with their reference file and port")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)


def register_new(sub) -> None:
    """Add ``portcheck new``."""
    n = sub.add_parser(
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


def cmd_list(args) -> int:
    from ..cases import all_cases
    from ..report.tables import render, table

    cases = all_cases()
    if args.json:
        print(json.dumps([{"name": c.name, "aliases": list(c.aliases), "reference": c.reference_label, "port": c.port,
                           "outputs": list(c.outputs), "description": c.description} for c in cases], indent=2))
        return EXIT_PARITY
    own_names = (lambda c: (f"{c.exercise}/{c.reference}".lower(), c.name.lower()))
    rows = [(c.name, c.reference_label, c.port, ", ".join(a for a in c.aliases if a.lower() not in own_names(c)))
            for c in cases]
    own = sum(1 for c in cases if c.source != "built-in")
    title = f"{len(cases) - own} built-in case(s)" + (f" and {own} from portcheck.toml" if own else "")
    print(render([title, table(None, ("case", "reference", "port", "aliases"), rows, wrap=(3,))], 130))
    return EXIT_PARITY


def cmd_new(args) -> int:
    from ..cases.scaffold import plan_scaffold, write_scaffold

    plan = plan_scaffold(args.m_file, toml=args.toml, port=args.port, test=args.test)
    write_scaffold(plan)
    rel = os.path.relpath
    print(f"scaffolded {plan.name}: a [[case]] in {rel(plan.toml)}, a port skeleton and a parity test")
    print(f"  {'created ' if plan.toml_created else 'appended'} {rel(plan.toml)}   [[case]] \"{plan.name}\": FILL IN the guessed input shapes")
    print(f"  created  {rel(plan.port)}   port skeleton: raises NotImplementedError until you translate the .m body")
    print(f"  created  {rel(plan.test)}   parity test: fails until the port matches Octave")
    print(f"Next: edit {rel(plan.port)}, then run: pytest {rel(plan.test)}   (or: portcheck compare {plan.name})")
    return EXIT_PARITY
