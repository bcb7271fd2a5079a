"""``portcheck gradcheck`` and ``portcheck sweep``: argument parsing and printing only.

Targets are a built-in case with a gradient (``nnCost``: the bundled port or
``--python FILE.py:FUNC``) or any Python function ``FILE.py:FUNC`` returning
``(J, grad)`` at a point given with ``--x0`` (:mod:`portcheck.workflow.gradient`).
Both check at ``--points N`` points (the given one, random ones of growing scale, a
trained-like one for a built-in case) and, for a case with several ``lambdas``, at each.
"""
from __future__ import annotations

import argparse
import json

from ..errors import UsageError
from .common import EXIT_DIVERGENCE, EXIT_PARITY, Progress, emit, positive

__all__ = ["register"]


def register(sub) -> None:
    g = sub.add_parser("gradcheck", help="check a gradient against finite differences, and explain the result",
                       description="Check the analytic gradient of a cost against finite differences, per block, and say what the numbers mean.")
    _target_options(g)
    g.add_argument("--method", choices=("central", "forward", "complex", "richardson"), default="central",
                   help="finite differences of the full check (default central)")
    g.add_argument("--full", action="store_true", help="check every entry (2N evaluations) even for large N")
    g.add_argument("--fast", action="store_true", help="directional checks and bisection even for small N")
    g.add_argument("--reference", action="store_true",
                   help="also check the Octave reference's own gradient (computed inside Octave in one call)")
    g.set_defaults(func=cmd_gradcheck)

    s = sub.add_parser("sweep", help="sweep the finite-difference step over decades: the V-shaped error curve",
                       description="Sweep the step over decades for central, forward and complex-step differences; say which arm of the V your step is on.")
    _target_options(s)
    s.add_argument("--methods", default="central,forward,complex", help="comma-separated methods (default central,forward,complex)")
    s.add_argument("--plot", metavar="FILE.png", help="save a log-log plot of the curves, the V and the chosen step")
    s.set_defaults(func=cmd_sweep)


def _points(text: str) -> int:
    """``--points N``: an integer >= 1."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of points, got {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1 (1: the given point only), got {text!r}")
    return n


def _target_options(p) -> None:
    p.add_argument("target", nargs="?", help="a built-in case (nnCost, costFunctionReg, ...) or FILE.py:FUNC")
    p.add_argument("--python", metavar="FILE.py:FUNC", help="with a case: your port instead of the bundled one")
    p.add_argument("--x0", metavar="FILE.py:NAME|x.npy", help="with FILE.py:FUNC: the point (an array or a function returning one)")
    p.add_argument("--extra", metavar="FILE.py:NAME", help="with FILE.py:FUNC: a tuple of extra arguments fun(x, *extra)")
    p.add_argument("--blocks", metavar="NAME=RxC,...", help="named blocks of x, unrolled column-major, e.g. Theta1=25x401,Theta2=10x26")
    p.add_argument("--lambda", dest="lambda_", type=float, default=None, help="with a case: the regularisation strength (default 3, or the case's)")
    p.add_argument("--size", choices=("debug", "full"), default="debug", help="with a case: input size (default debug)")
    p.add_argument("--step", type=float, default=None, help="your relative step (default from the dtype: eps^(1/3) central)")
    p.add_argument("--points", type=_points, default=3, metavar="N",
                   help="check at the given point and N-1 random points of growing scale (1, 3, ...; seeded), "
                        "plus a trained-like point for a built-in case (default 3; 1: the given point only)")
    p.add_argument("--seed", type=int, default=0, help="seed of the random points and directions (default 0)")
    p.add_argument("--timeout", type=positive, default=None, metavar="S",
                   help="seconds an Octave call, or one call of the function under check, may take (default 120)")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")


def _targets(args):
    from ..workflow.gradient import gradient_targets

    return gradient_targets(args.target, python=args.python, x0=args.x0, extra=args.extra, blocks=args.blocks,
                            lambda_=args.lambda_, size=args.size)


def cmd_gradcheck(args) -> int:
    from ..report.gradient import gradcheck_json, render_gradcheck
    from ..workflow.gradient import check_targets

    if args.full and args.fast:
        raise UsageError("--full and --fast exclude each other; pick one")
    targets = _targets(args)
    mode = "full" if args.full else "fast" if args.fast else "auto"
    with Progress("cost evaluations", enabled=not args.json) as progress:
        outcome = check_targets(targets, points=args.points, method=args.method, step=args.step, mode=mode,
                                seed=args.seed, reference=args.reference, timeout=args.timeout, progress=progress)
    emit(json.dumps(gradcheck_json(outcome), indent=2) if args.json else render_gradcheck(outcome))
    return EXIT_PARITY if outcome.passed else EXIT_DIVERGENCE


def cmd_sweep(args) -> int:
    from ..gradcheck import plot_sweep
    from ..report.gradient import render_sweep_outcome, sweep_json
    from ..workflow.gradient import sweep_targets

    targets = _targets(args)
    methods = tuple(m.strip() for m in args.methods.split(",") if m.strip())
    with Progress("step sweep", enabled=not args.json) as progress:
        outcome = sweep_targets(targets, points=args.points, methods=methods, step=args.step, seed=args.seed,
                                progress=progress)
    plot = None
    if args.plot and outcome.sweep:
        worst = outcome.sweeps.rows[outcome.sweeps.worst][0]
        where = f" at {worst.where()}" + (", the worst point" if len(outcome.sweeps.rows) > 1 else "")
        plot = plot_sweep(outcome.sweep, args.plot, title=outcome.label + where)
    emit(json.dumps(sweep_json(outcome, plot), indent=2) if args.json else render_sweep_outcome(outcome, plot))
    return EXIT_PARITY if outcome.failure is None else EXIT_DIVERGENCE
