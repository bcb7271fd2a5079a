"""Gradient checks of what the command line names: a case's port, a user's function, the Octave reference.

``portcheck gradcheck`` and ``portcheck sweep`` name a target: a case with a
gradient output (``nnCost``: its bundled port or ``--python FILE.py:FUNC``) or any
function ``FILE.py:FUNC`` returning ``(J, grad)`` at a point ``--x0``.
:func:`gradient_target` turns that into a cost function of the parameter vector;
:func:`check_target` and :func:`sweep_target` run the library
(:mod:`portcheck.gradcheck`) on it, and for a case the check of the Octave
reference's own gradient, inside Octave in one call.

Every check runs at several points (:mod:`portcheck.gradcheck.points`): the given
one, random ones at growing scales and, for a built-in case, a trained-like one
(gradient descent with the bundled correct port); a case with several ``lambdas``
is checked at each value (:func:`gradient_targets` gives one target per input set).

A port that raises while it is checked is a finding (the outcome carries its
:class:`~portcheck.runner.PortFailure`, exit 1), never an error of portcheck.
"""
from __future__ import annotations

import inspect
import runpy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from ..cases import get_case
from ..errors import UsageError
from ..gradcheck import sweep_steps
from ..gradcheck.points import (ProgressOver, check_each, given_point, random_points, settle,
                                summarize_points, summarize_sweeps, trained_point)
from ..gradcheck.reference import reference_directional_check, reference_gradient_check
from ..octave import OctaveSession
from ..runner import PortFailure, load_port, run_port
from ..runner.failures import failure_from
from ..signature import map_arguments, normalise_name, read_m_signature

__all__ = ["GradientTarget", "GradcheckOutcome", "SetCheck", "SweepOutcome", "PortRaised", "gradient_targets", "raised_verdict",
           "check_targets", "sweep_targets", "target_points", "parse_blocks_spec", "PARAMETER_NAMES",
           "REFERENCE_FULL_MAX"]

#: Input names taken as the parameter vector of a case's cost function.
PARAMETER_NAMES = ("nn_params", "theta", "params")

#: The reference's own check is a full 2N check up to this many parameters (as the port
#: side's mode='auto'), directional checks per block beyond (the full-size network: 10,285).
REFERENCE_FULL_MAX = 1000


class PortRaised(Exception):
    """The port raised (or did not return) while its gradient was checked; ``failure`` says where."""

    def __init__(self, failure: PortFailure):
        super().__init__(failure.headline())
        self.failure = failure


@dataclass(frozen=True)
class ReferenceSide:
    """What the Octave reference's own gradient check needs: the case, its signature, the point."""

    case: object
    signature: object
    input_set: object
    wrt: str


@dataclass(frozen=True)
class GradientTarget:
    """A cost function of the parameter vector, the point, its blocks, and how reports name it.

    ``trainer`` is a correct ``(J, grad)`` of the same parameters (the bundled port of a
    built-in case) that makes the trained-like point; ``constants`` (``lambda``, ``m``)
    name a relation's factor; ``set_name`` is the input set (``"debug, lambda=3"``).
    """

    fun: Callable
    x0: np.ndarray
    blocks: list | None
    label: str
    reference: ReferenceSide | None = None
    trainer: Callable | None = None
    constants: dict = field(default_factory=dict)
    set_name: str = ""
    case_label: str = ""         # the label without the input set: "PORT on nnCostFunction"


@dataclass(frozen=True)
class SetCheck:
    """One input set's multi-point check (a PointsCheck), or the failure that stopped it and where."""

    name: str
    check: object = None         # PointsCheck
    failure: PortFailure | None = None
    failed_at: object = None     # the Point the port raised at
    lambda_: float | None = None  # the set's regularisation strength, when the cost has one

    @property
    def passed(self) -> bool:
        """Every point passes (kinks count as a failure here)."""
        return self.failure is None and self.check.status == "pass"

    @property
    def verdict(self) -> str:
        """The set's verdict over every point, or where the port raised."""
        return self.check.verdict if self.failure is None else raised_verdict(self.failure, self.failed_at)


@dataclass(frozen=True)
class GradcheckOutcome:
    """The port's checks, one per input set (or the failure that stopped one), and the reference's."""

    label: str
    sets: tuple = ()             # SetCheck per input set (one per lambda value of the case)
    reference: object = None     # ReferenceGradientCheck or ReferenceDirectionalCheck
    points: int = 1

    @property
    def failure(self) -> PortFailure | None:
        """The first failure of the port (it raised or did not return), if any."""
        return next((s.failure for s in self.sets if s.failure is not None), None)

    @property
    def result(self):
        """The GradientCheck at the given point of the first input set (None when the port raised there)."""
        first = self.sets[0]
        return first.check.given if first.check is not None else None

    @property
    def passed(self) -> bool:
        """The port's gradient passes everywhere (kinks count as a failure here) and so does the reference's."""
        return all(s.passed for s in self.sets) and (self.reference is None or self.reference.passed)

    @property
    def verdict(self) -> str:
        """One line over every input set and point."""
        return outcome_verdict(self)


@dataclass(frozen=True)
class SweepOutcome:
    """A step sweep of the target at each point (or the failure that stopped it)."""

    label: str
    sweeps: object = None        # PointSweeps
    failure: PortFailure | None = None
    failed_at: object = None     # the Point the port raised at

    @property
    def sweep(self):
        """The sweep at the worst point (the one shown in full), None when the port raised."""
        return None if self.sweeps is None else self.sweeps.rows[self.sweeps.worst][1]

    @property
    def verdict(self) -> str:
        return self.sweeps.verdict if self.failure is None else raised_verdict(self.failure, self.failed_at)


def raised_verdict(failure: PortFailure, point=None) -> str:
    """``FAIL: the port raised ValueError: ... at f.py:3 [at random 2 (scale 3)]: fix it before checking its gradient``."""
    at = "" if point is None or point.kind == "given" else f" at {point.where()}"
    return f"FAIL: the port raised {failure.headline()}{at}: fix it before checking its gradient"


def _load_value(spec: str, what: str):
    """``x.npy`` or ``FILE.py:NAME`` (a value, or a function returning one)."""
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
    return _value_in_child(target, name, spec, what)


def _take_value(target: str, name: str):
    """In the child: run ``target`` and take ``name`` (calling it when it is a function): ``("value", v)``."""
    namespace = runpy.run_path(target, run_name="portcheck_values")
    if name not in namespace:
        return ("missing", sorted(k for k in namespace if not k.startswith("_"))[:20])
    value = namespace[name]
    return ("value", value() if callable(value) else value)


def _value_in_child(target: str, name: str, spec: str, what: str):
    """The user's file runs in a forked child under the time limit, never in portcheck's process:
    an ``os._exit``, a hang or a crash at its module level is a usage error, not the end of the run."""
    from ..runner.limits import limit_seconds
    from ..sandbox import Unsupported, call_in_fork

    result = call_in_fork(_take_value, (target, name), timeout=limit_seconds(None))
    if result.failure is not None:
        raise UsageError(f"{what}={spec!r}: running {target} failed: {result.failure.headline()}",
                         tip="put the point (or the arguments) in a file that only defines values, "
                             "or save it with numpy.save('x0.npy', x0)")
    kind, value = result.value
    if kind == "missing":
        raise UsageError(f"{what}={spec!r}: {target} defines no {name!r}")
    if isinstance(value, Unsupported):
        raise UsageError(f"{what}={spec!r}: {name} is {value}, which has no data form",
                         tip="name an array (or, for --extra, a tuple of arrays and numbers)")
    return value


def parse_blocks_spec(text: str | None) -> list | None:
    """``"Theta1=25x401,Theta2=10x26"`` -> ``[("Theta1", (25, 401)), ("Theta2", (10, 26))]``."""
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


def gradient_targets(target: str | None, *, python: str | None = None, x0: str | None = None, extra: str | None = None,
                     blocks: str | None = None, lambda_: float | None = None, size: str = "debug") -> tuple:
    """The cost functions named on the command line: one per input set of a case, one for ``FILE.py:FUNC``.

    Parameters
    ----------
    target : str
        A case with a gradient output (``nnCost``) or ``FILE.py:FUNC``.
    python : str, optional
        With a case: ``FILE.py:FUNC`` of the user's port instead of the bundled one.
    x0, extra : str, optional
        With ``FILE.py:FUNC``: the point and a tuple of extra arguments
        (``FILE.py:NAME`` or ``x.npy``).
    blocks : str, optional
        With ``FILE.py:FUNC``: named blocks of x, ``NAME=RxC,...``, unrolled column-major.
    lambda_ : float, optional
        With a case: the regularisation strength. Default: 3 for nnCostFunction, else
        every ``lambdas`` value of the case (a project case's ``lambdas = [0, 1]`` gives
        two targets: a gradient without its regularisation term cannot pass at 0 alone).
    size : {"debug", "full"}
        With a case: the input size.

    Raises
    ------
    UsageError
        The target cannot be found or has no gradient; a value cannot be loaded; the
        function cannot be called with x and the extra arguments.
    """
    if not target:
        raise UsageError("name a case (e.g. nnCost) or FILE.py:FUNC",
                         tip="portcheck gradcheck nnCost   or   portcheck gradcheck my.py:cost --x0 my.py:theta0")
    if ":" in target and not (python or lambda_ is not None):
        return (_function_target(target, x0, extra, blocks),)
    return _case_targets(target, python, lambda_, size)


def _extra_args(extra: str | None) -> tuple:
    if not extra:
        return ()
    value = _load_value(extra, "--extra")
    if not isinstance(value, (tuple, list)):
        raise UsageError(f"--extra={extra!r} is a {type(value).__name__}, not a tuple of arguments",
                         tip="name a tuple, e.g. args = (X, y, lambda_), so that the cost is called as fun(x, *args)")
    return tuple(value)


def _check_call(fun, target: str, point, args: tuple, extra: str | None) -> None:
    """``fun(x, *args)`` must bind to the function's parameters: a missing ``--extra`` is a usage error."""
    try:
        sig = inspect.signature(fun)
    except (TypeError, ValueError):  # a builtin or a callable object without a signature: let the call decide
        return
    try:
        sig.bind(point, *args)
    except TypeError as exc:
        params = ", ".join(sig.parameters)
        if not extra:
            raise UsageError(f"{target} takes ({params}) but would be called with x alone: {exc}",
                             tip="add --extra FILE.py:NAME naming a tuple of the arguments after x, e.g. args = (X, y)") from None
        raise UsageError(f"{target} takes ({params}) but --extra {extra} gives {len(args)} arguments after x: {exc}",
                         tip="make the --extra tuple hold exactly the arguments after x, in order") from None


def _function_target(target: str, x0: str | None, extra: str | None, blocks: str | None) -> GradientTarget:
    fun = load_port(target)
    if not x0:
        raise UsageError(f"{target} needs a point: add --x0 FILE.py:NAME or --x0 x.npy")
    point = np.asarray(_load_value(x0, "--x0"))
    if point.dtype.kind not in "biufc":
        raise UsageError(f"--x0={x0!r} is not numbers (a {point.dtype} array of shape {point.shape})",
                         tip="name a numeric array, e.g. x0 = np.zeros(n)")
    args = _extra_args(extra)
    _check_call(fun, target, point, args, extra)

    def cost(x):
        try:
            return fun(x, *args)
        except Exception as exc:  # the function under test raised: a finding
            raise PortRaised(failure_from(exc)) from None

    return GradientTarget(cost, point, parse_blocks_spec(blocks), target)


def _port_cost(port, mapping, values: dict, wrt: str, grad_pos: int, nout: int):
    """The port as ``cost(x) -> (J, grad)`` of the flat parameter vector (column-major, as Octave's ``(:)``)."""
    shape = np.shape(values[wrt])

    def cost(x):
        run = run_port(port, mapping, {**values, wrt: np.asarray(x).reshape(shape, order="F")}, nout)
        if run.failure is not None:
            raise PortRaised(run.failure)
        J = run.outputs[0]
        if np.asarray(J).dtype.kind != "c":
            J = np.asarray(J, dtype=float).reshape(-1)[0]
        return J, np.asarray(run.outputs[grad_pos]).ravel(order="F")

    return cost


def _constants(sig, values: dict) -> dict:
    """``lambda`` and ``m`` (rows of ``X``) of an input set: they name a relation's factor."""
    out = {}
    lam = next((n for n in sig.inputs if normalise_name(n) == "lambda"), None)
    if lam is not None and np.size(values[lam]) == 1:
        out["lambda"] = float(np.asarray(values[lam]).reshape(-1)[0])
    if "X" in values and np.ndim(values["X"]) == 2:
        out["m"] = int(np.shape(values["X"])[0])
    return out


def _case_targets(name: str, python: str | None, lambda_: float | None, size: str) -> tuple:
    case = get_case(name)
    if "grad" not in case.outputs:
        raise UsageError(f"case {case.name!r} has no gradient output (its outputs are {list(case.outputs)}); "
                         "choose a cost function case such as nnCost")
    port = load_port(python) if python else case.load_port()
    sig = read_m_signature(case.reference_path)
    mapping = map_arguments(sig.inputs, port)
    lambdas = None if lambda_ is None else [lambda_]
    if lambdas is None and "lambda" in sig.inputs and case.name == "nnCostFunction":
        lambdas = [3.0]
    try:
        input_sets = case.build_inputs(size=size, lambdas=lambdas)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if case.name == "nnCostFunction":  # its other sets are compare's input families
        input_sets = input_sets[:1]
    wrt = next((n for n in sig.inputs if n in PARAMETER_NAMES), None)
    if wrt is None:
        raise UsageError(f"case {case.name!r}: cannot tell which input is the parameter vector "
                         f"(looked for {list(PARAMETER_NAMES)})")
    grad_pos = list(sig.outputs).index("grad")
    bundled = None
    if case.source == "built-in":
        bundled = case.load_port() if python else port
        bundled_mapping = map_arguments(sig.inputs, bundled)
    out = []
    for input_set in input_sets:
        values = input_set.for_port()
        cost = _port_cost(port, mapping, values, wrt, grad_pos, len(sig.outputs))
        trainer = None if bundled is None else _port_cost(bundled, bundled_mapping, values, wrt, grad_pos, len(sig.outputs))
        # without declared blocks the parameter is one block named as the .m names it (theta[0]: the intercept)
        blocks = ([(b.name, b.shape) for b in case.blocks(input_set).get("grad", [])] if case.blocks
                  else [(wrt, np.shape(input_set.values[wrt]) or (1,))])
        base = f"{python or case.port_label} on {case.name}"
        x0 = np.asarray(values[wrt], dtype=float).ravel(order="F")
        out.append(GradientTarget(cost, x0, blocks, f"{base} {input_set.name}", ReferenceSide(case, sig, input_set, wrt),
                                  trainer, _constants(sig, input_set.values), input_set.name, base))
    return tuple(out)


def target_points(target: GradientTarget, points: int, seed: int = 0) -> tuple:
    """The points a target is checked at: the given one, ``points - 1`` random ones, and a trained-like one.

    The trained-like point (a built-in case only: it needs the bundled correct port) is
    added when ``points > 1``.
    """
    todo = [given_point(target.x0), *random_points(target.x0, points - 1, seed)]
    if target.trainer is not None and points > 1:
        todo.append(trained_point(target.trainer, target.x0))
    return tuple(todo)


def _check_set(target: GradientTarget, points: int, seed: int, progress: ProgressOver, options: dict) -> SetCheck:
    rows, lam, todo = [], target.constants.get("lambda"), target_points(target, points, seed)
    try:
        for row in check_each(target.fun, todo, target.x0, progress=progress, blocks=target.blocks, seed=seed,
                              constants=target.constants, **options):
            rows.append(row)
    except PortRaised as exc:
        return SetCheck(target.set_name, failure=exc.failure, failed_at=todo[len(rows)], lambda_=lam)
    return SetCheck(target.set_name, summarize_points(rows), lambda_=lam)


def check_targets(targets, *, points: int = 3, method: str = "central", step: float | None = None, mode: str = "auto",
                  seed: int = 0, reference: bool = False, timeout: float | None = None,
                  progress=None) -> GradcheckOutcome:
    """Check each target's gradient at several points and, asked, the reference's.

    Parameters
    ----------
    targets : sequence of GradientTarget
        One per input set (:func:`gradient_targets`).
    points : int
        The given point and ``points - 1`` random ones at growing scales, plus a
        trained-like one for a built-in case (:func:`target_points`).
    mode : {"auto", "full", "fast"}
        As :func:`~portcheck.gradcheck.check_gradient`, at every point; the reference
        follows it (full up to :data:`REFERENCE_FULL_MAX` parameters in ``auto``).
    reference : bool
        Also check the Octave reference's own gradient (a case target only), at the
        first target's given point.
    timeout : float, optional
        Seconds an Octave call may take.

    Raises
    ------
    UsageError
        ``reference`` for a ``FILE.py:FUNC`` target (it has no Octave reference).
    """
    targets = tuple(targets)
    if reference and targets[0].reference is None:
        raise UsageError("--reference needs a built-in case (the Octave reference), not FILE.py:FUNC")
    options = dict(method=method, step=step, mode=mode)
    over = ProgressOver(progress)         # one count over every set and point
    sets = tuple(_check_set(t, points, seed, over, options) for t in targets)
    ref = None
    if reference:
        directional = mode == "fast" or (targets[0].x0.size > REFERENCE_FULL_MAX and mode != "full")
        ref = _reference_check(targets[0], directional, seed, timeout)
    label = targets[0].label if len(targets) == 1 else f"{targets[0].case_label} ({len(targets)} input sets)"
    return GradcheckOutcome(label, sets, ref, points)


def outcome_verdict(outcome: GradcheckOutcome) -> str:
    """The first line over every input set: one set's own verdict, or which sets fail and why."""
    if len(outcome.sets) == 1:
        return outcome.sets[0].verdict
    bad = [s for s in outcome.sets if not s.passed]
    if not bad:
        return f"PASS on every input set ({'; '.join(s.name for s in outcome.sets)}): " + outcome.sets[0].verdict.split(": ", 1)[-1]
    good = [s for s in outcome.sets if s.passed]
    also = f", passes on {'; '.join(s.name for s in good)}" if good else ""
    hint = ""
    if good and all(s.lambda_ == 0 for s in good) and all(s.lambda_ for s in bad):
        hint = " (right without regularisation: the gradient's regularisation term is wrong or missing)"
    first = bad[0].verdict
    first = first[6:] if first.startswith("FAIL: ") else first[5:] if first.startswith("FAIL ") else first
    return f"FAIL on {'; '.join(s.name for s in bad)}{also}{hint}: {first}"


def _reference_check(target: GradientTarget, directional: bool, seed: int, timeout: float | None):
    side = target.reference
    sig = side.signature
    with OctaveSession(paths=[side.case.reference_path.parent], timeout=timeout) as session:
        if directional:
            sizes = [(name, int(np.prod(shape))) for name, shape in (target.blocks or [])] or None
            return reference_directional_check(session, sig.name, sig.inputs, side.input_set.values, side.wrt,
                                               len(sig.outputs), blocks=sizes, seed=seed)
        return reference_gradient_check(session, sig.name, sig.inputs, side.input_set.values, side.wrt, len(sig.outputs))


def sweep_targets(targets, *, points: int = 3, methods=("central", "forward", "complex"), step: float | None = None,
                  seed: int = 0, progress=None) -> SweepOutcome:
    """Sweep the finite-difference step over decades at each point (:func:`portcheck.gradcheck.sweep_steps`).

    The first target (input set) only: the step's regime does not depend on lambda.
    One sweep per point of :func:`target_points`; the report shows every point's
    curve in a row and the worst point's in full.
    """
    target = tuple(targets)[0]
    done, point, over, left_out, looked = [], None, ProgressOver(progress), 0, 0
    try:
        for point in target_points(target, points, seed):
            point, discarded, finite = settle(target.fun, point, target.x0)
            over.tick(discarded)
            looked += discarded
            if not finite:                 # the cost is not finite anywhere along this direction: nothing to sweep
                left_out += 1
                continue
            x = point.x.reshape(np.shape(target.x0))
            done.append((point, sweep_steps(target.fun, x, methods=tuple(methods), step=step, seed=seed,
                                            progress=over)))
            over.advance(done[-1][1].evaluations)
    except PortRaised as exc:
        return SweepOutcome(target.label, failure=exc.failure, failed_at=point)
    return SweepOutcome(target.label, summarize_sweeps(done, left_out, looked))

