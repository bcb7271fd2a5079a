"""``portcheck record``: run a case's Octave reference and store its outputs, for CI without Octave.

``portcheck record CASE`` (or ``--all``, or ``--octave f.m --inputs data.npz``)
writes ``portcheck-snapshots/<case>.npz`` (:mod:`portcheck.snapshots`); where
Octave is missing, ``portcheck compare`` and the pytest plugin compare against
it. The port is not run.
"""
from __future__ import annotations

import json

from ..errors import UsageError
from .common import (EXIT_PARITY, EXIT_USAGE, Progress, add_common_options, add_snapshot_options, emit, float_list)

__all__ = ["register", "cmd_record"]


def register(sub) -> None:
    """Add ``portcheck record``."""
    r = sub.add_parser("record", help="store the Octave reference's outputs of a case, for CI without Octave",
                       description="Run the Octave reference of a case on its input sets and store the outputs, with "
                                   "hashes of the .m files and the inputs, in portcheck-snapshots/<case>.npz. Where "
                                   "Octave is missing, 'portcheck compare' and pytest compare against them.")
    r.add_argument("case", nargs="?", help="a built-in case or a [[case]] of portcheck.toml")
    r.add_argument("--all", action="store_true", help="every case (built-in and portcheck.toml) in one Octave session")
    r.add_argument("--octave", metavar="PATH.m", help="your own reference .m file (with --inputs)")
    r.add_argument("--inputs", metavar="FILE.npz|FILE.mat", help="input values for --octave, keyed by the .m argument names")
    r.add_argument("--lambda", dest="lambdas", type=float_list, metavar="L[,L...]",
                   help="regularisation strength(s), one input set each, as given to compare")
    r.add_argument("--size", choices=("debug", "full"), default="debug", help="input size, as given to compare (default debug)")
    add_snapshot_options(r)
    add_common_options(r)
    r.set_defaults(func=cmd_record)


def _cases(args) -> list:
    if sum(map(bool, (args.case, args.all, args.octave))) != 1:
        raise UsageError("record needs one of: a case name, --all, or --octave PATH.m --inputs FILE",
                         tip="e.g. 'portcheck record ridgeCost' or 'portcheck record --all'")
    if args.octave:
        from ..cases.project import user_case

        if not args.inputs:
            raise UsageError("--octave needs input values: --inputs FILE.npz or FILE.mat, keyed by the .m argument names")
        return [user_case(args.octave, "-:record", args.inputs, lambdas=args.lambdas, where="--inputs")]
    if args.inputs:
        raise UsageError("--inputs goes with --octave PATH.m; cases build their own inputs")
    from ..cases import all_cases, get_case

    return all_cases() if args.all else [get_case(args.case)]


def cmd_record(args) -> int:
    """Record the cases, emit where each went; exit 2 when one could not be recorded."""
    from ..report.cases import recorded_json, render_recorded
    from ..snapshots import SnapshotOptions, record_cases

    cases = _cases(args)
    with Progress("recording", enabled=not args.json) as progress:
        recorded = record_cases(cases, SnapshotOptions("record", directory=args.snapshots), size=args.size,
                                lambdas=None if args.octave else args.lambdas, timeout=args.timeout, progress=progress)
    emit(json.dumps(recorded_json(recorded), indent=2) if args.json else render_recorded(recorded))
    return EXIT_USAGE if any(r.error for r in recorded) else EXIT_PARITY
