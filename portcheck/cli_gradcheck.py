"""``portcheck gradcheck`` and ``portcheck sweep``: argument parsing only.

Targets are a built-in case with a gradient (``nnCost``: the bundled port or
``--python FILE.py:FUNC``) or any Python function ``FILE.py:FUNC`` returning
``(J, grad)`` at a point given with ``--x0``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from .cli import ProgressBar
from .errors import UsageError

__all__ = ["register"]

_PARAM_NAMES = ("nn_params", "theta", "params")


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


def _target_options(p) -> None:
    p.add_argument("target", nargs="?", help="a built-in case (nnCost, costFunctionReg, ...) or FILE.py:FUNC")
    p.add_argument("--python", metavar="FILE.py:FUNC", help="with a case: your port instead of the bundled one")
    p.add_argument("--x0", metavar="FILE.py:NAME|x.npy", help="with FILE.py:FUNC: the point (an array or a function returning one)")
    p.add_argument("--extra", metavar="FILE.py:NAME", help="with FILE.py:FUNC: a tuple of extra arguments fun(x, *extra)")
    p.add_argument("--blocks", metavar="NAME=RxC,...", help="named blocks of x, unrolled column-major, e.g. Theta1=25x401,Theta2=10x26")
    p.add_argument("--lambda", dest="lambda_", type=float, default=None, help="with a case: the regularisation strength (default 3, or the case's)")
    p.add_argument("--size", choices=("debug", "full"), default="debug", help="with a case: input size (default debug)")
    p.add_argument("--step", type=float, default=None, help="your relative step (default from the dtype: eps^(1/3) central)")
    p.add_argument("--seed", type=int, default=0, help="seed of the random directions (default 0)")
    p.add_argument("--timeout", type=float, default=None, metavar="S", help="seconds an Octave call may take")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")


# -- building the objective ---------------------------------------------------
def _load_value(spec: str, what: str):
    if spec.endswith(".npy"):
        path = Path(spec)
        if not path.is_file():
            raise UsageError(f"{what}={spec!r}: file not found")
        try:
            return np.load(path, allow_pickle=False)
        except Exception as exc:
            raise UsageError(f"{what}={spec!r}: not a readable .npy file ({type(exc).__name__}: {exc})") from None
    if ":" not in spec:
        raise UsageError(f"{what}={spec!r}: expected FILE.py:NAME or FILE.npy")
    target, _, name = spec.rpartition(":")
    if not Path(target).is_file():
        raise UsageError(f"{what}={spec!r}: file {target!r} not found")
    import runpy

    try:
        namespace = runpy.run_path(target, run_name="portcheck_values")
    except Exception as exc:
        raise UsageError(f"{what}={spec!r}: running {target} failed: {type(exc).__name__}: {exc}") from None
    if name not in namespace:
        raise UsageError(f"{what}={spec!r}: {target} defines no {name!r}")
    value = namespace[name]
    return value() if callable(value) else value


def _parse_blocks(text):
    if not text:
        return None
    blocks = []
    for item in filter(None, (t.strip() for t in text.split(","))):
        try:
            name, shape = item.split("=")
            r, c = (int(v) for v in shape.lower().split("x"))
        except ValueError:
            raise UsageError(f"--blocks={text!r}: each item must be NAME=ROWSxCOLS, e.g. Theta1=25x401") from None
        blocks.append((name.strip(), (r, c)))
    return blocks


def build_objective(args):
    """(fun, x0, blocks, label, context) for the target named on the command line."""
    target = args.target
    if not target:
        raise UsageError("name a case (e.g. nnCost) or FILE.py:FUNC", tip="portcheck gradcheck nnCost   or   portcheck gradcheck my.py:cost --x0 my.py:theta0")
    if ":" in target and not (args.python or args.lambda_ is not None):
        from .runner import load_port

        fun = load_port(target)
        if not args.x0:
            raise UsageError(f"{target} needs a point: add --x0 FILE.py:NAME or --x0 x.npy")
        x0 = np.asarray(_load_value(args.x0, "--x0"))
        extra = tuple(_load_value(args.extra, "--extra")) if args.extra else ()
        return (lambda x: fun(x, *extra)), x0, _parse_blocks(args.blocks), target, None
    from .cases import get_case
    from .runner import load_port, run_port
    from .signature import map_arguments, read_m_signature

    case = get_case(target)
    if "grad" not in case.outputs:
        raise UsageError(f"case {case.name!r} has no gradient output (its outputs are {list(case.outputs)}); choose a cost function case such as nnCost")
    port = load_port(args.python) if args.python else case.load_port()
    sig = read_m_signature(case.reference_path)
    mapping = map_arguments(sig.inputs, port)
    lambdas = None if args.lambda_ is None else [args.lambda_]
    if lambdas is None and "lambda" in sig.inputs and case.name == "nnCostFunction":
        lambdas = [3.0]
    try:
        input_set = case.build_inputs(size=args.size, lambdas=lambdas)[0]
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    wrt = next((n for n in sig.inputs if n in _PARAM_NAMES), None)
    if wrt is None:
        raise UsageError(f"case {case.name!r}: cannot tell which input is the parameter vector (looked for {list(_PARAM_NAMES)})")
    values = input_set.for_port()
    shape = np.shape(values[wrt])
    nout = len(sig.outputs)
    grad_pos = list(sig.outputs).index("grad")

    def fun(x):
        vals = dict(values)
        vals[wrt] = np.asarray(x).reshape(shape, order="F")
        run = run_port(port, mapping, vals, nout)
        if run.failure is not None:
            raise RuntimeError(f"the port raised {run.failure.headline()}")
        J = np.asarray(run.outputs[0], dtype=float).reshape(-1)[0] if np.asarray(run.outputs[0]).dtype.kind != "c" else run.outputs[0]
        return J, np.asarray(run.outputs[grad_pos]).ravel(order="F")

    blocks = None
    if case.blocks:
        blocks = [(b.name, b.shape) for b in case.blocks(input_set).get("grad", [])]
    label = f"{args.python or case.port + ' (bundled)'} on {case.name} {input_set.name}"
    return fun, np.asarray(values[wrt], dtype=float).ravel(order="F"), blocks, label, (case, sig, input_set, wrt)


def cmd_gradcheck(args) -> int:
    from .gradcheck import check_gradient, render_text

    fun, x0, blocks, label, ctx = build_objective(args)
    if args.full and args.fast:
        raise UsageError("--full and --fast exclude each other; pick one")
    mode = "full" if args.full else "fast" if args.fast else "auto"
    progress = ProgressBar("cost evaluations", enabled=not args.json)
    try:
        result = check_gradient(fun, x0, blocks=blocks, method=args.method, step=args.step, mode=mode, seed=args.seed, progress=progress)
    finally:
        progress.close()
    ref = None
    if args.reference:
        if ctx is None:
            raise UsageError("--reference needs a built-in case (the Octave reference), not FILE.py:FUNC")
        from .octave import OctaveSession
        from .refgrad import reference_directional_check, reference_gradient_check

        case, sig, input_set, wrt = ctx
        kwargs = {"timeout": args.timeout} if args.timeout else {}
        # the full 2N check inside Octave up to 1000 parameters (as the port side's 'auto'),
        # directional checks per block beyond (the full-size network: 10,285)
        directional = args.fast or (x0.size > 1000 and not args.full)
        with OctaveSession(paths=[case.reference_path.parent], **kwargs) as session:
            if directional:
                sizes = [(name, int(np.prod(shape))) for name, shape in (blocks or [])] or None
                ref = reference_directional_check(session, sig.name, sig.inputs, input_set.values, wrt, len(sig.outputs),
                                                  blocks=sizes, seed=args.seed)
            else:
                ref = reference_gradient_check(session, sig.name, sig.inputs, input_set.values, wrt, len(sig.outputs))
    if args.json:
        doc = {"target": label, "port": result.to_dict(), "reference": ref.to_dict() if ref else None}
        print(json.dumps(doc, indent=2, default=_json_default))
    else:
        print(render_text(result))
        print(f"\nTarget: {label}")
        if ref is not None:
            print(f"Reference: {ref.verdict()}")
    failed = result.status != "pass" or (ref is not None and not ref.passed)
    return 1 if failed else 0


def cmd_sweep(args) -> int:
    from .gradcheck import plot_sweep, render_sweep, sweep_steps

    fun, x0, _, label, _ = build_objective(args)
    methods = tuple(m.strip() for m in args.methods.split(",") if m.strip())
    progress = ProgressBar("step sweep", enabled=not args.json)
    try:
        sweep = sweep_steps(fun, x0, methods=methods, step=args.step, seed=args.seed, progress=progress)
    finally:
        progress.close()
    plot = None
    if args.plot:
        plot = plot_sweep(sweep, args.plot, title=label)
    if args.json:
        doc = {"target": label, "sweep": sweep.to_dict(), "plot": str(plot) if plot else None}
        print(json.dumps(doc, indent=2, default=_json_default))
    else:
        print(render_sweep(sweep))
        print(f"\nTarget: {label}")
        if plot:
            print(f"Plot: {plot}")
    return 0


def _json_default(o):
    if isinstance(o, np.generic):
        return o.item()
    if isinstance(o, np.ndarray):
        return o.tolist()
    return str(o)
