"""Gradient checks of what the command line names: a case's port, a user's function, the Octave reference.

``portcheck gradcheck`` and ``portcheck sweep`` name a target: a case with a
gradient output (``nnCost``: its bundled port or ``--python FILE.py:FUNC``) or any
function ``FILE.py:FUNC`` returning ``(J, grad)`` at a point ``--x0``.
:func:`gradient_target` turns that into a cost function of the parameter vector;
:func:`check_target` and :func:`sweep_target` run the library
(:mod:`portcheck.gradcheck`) on it, and for a case the check of the Octave
reference's own gradient, inside Octave in one call.

A port that raises while it is checked is a finding (the outcome carries its
:class:`~portcheck.runner.PortFailure`, exit 1), never an error of portcheck.
"""
from __future__ import annotations

import runpy
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from ..cases import get_case
from ..errors import UsageError
from ..gradcheck import check_gradient, sweep_steps
from ..gradcheck.reference import reference_directional_check, reference_gradient_check
from ..octave import OctaveSession
from ..runner import PortFailure, load_port, run_port
from ..runner.failures import failure_from
from ..signature import map_arguments, read_m_signature

__all__ = ["GradientTarget", "GradcheckOutcome", "SweepOutcome", "PortRaised", "gradient_target", "check_target",
           "sweep_target", "parse_blocks_spec", "PARAMETER_NAMES", "REFERENCE_FULL_MAX"]

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
    """A cost function of the parameter vector, the point, its blocks, and how reports name it."""

    fun: Callable
    x0: np.ndarray
    blocks: list | None
    label: str
    reference: ReferenceSide | None = None


@dataclass(frozen=True)
class GradcheckOutcome:
    """The port's check (or the failure that stopped it) and the reference's check, if asked for."""

    label: str
    result: object = None        # GradientCheck
    failure: PortFailure | None = None
    reference: object = None     # ReferenceGradientCheck or ReferenceDirectionalCheck

    @property
    def passed(self) -> bool:
        """The port's gradient passes (kinks count as a failure here) and so does the reference's."""
        return (self.failure is None and self.result.status == "pass"
                and (self.reference is None or self.reference.passed))


@dataclass(frozen=True)
class SweepOutcome:
    """A step sweep of the target (or the failure that stopped it)."""

    label: str
    sweep: object = None         # StepSweep
    failure: PortFailure | None = None


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
    try:
        namespace = runpy.run_path(target, run_name="portcheck_values")
    except Exception as exc:
        raise UsageError(f"{what}={spec!r}: running {target} failed: {type(exc).__name__}: {exc}") from None
    if name not in namespace:
        raise UsageError(f"{what}={spec!r}: {target} defines no {name!r}")
    value = namespace[name]
    return value() if callable(value) else value


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


def gradient_target(target: str | None, *, python: str | None = None, x0: str | None = None, extra: str | None = None,
                    blocks: str | None = None, lambda_: float | None = None, size: str = "debug") -> GradientTarget:
    """The cost function named on the command line.

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
        With a case: the regularisation strength (default 3 for nnCostFunction, else the case's).
    size : {"debug", "full"}
        With a case: the input size.

    Raises
    ------
    UsageError
        The target cannot be found or has no gradient; a value cannot be loaded.
    """
    if not target:
        raise UsageError("name a case (e.g. nnCost) or FILE.py:FUNC",
                         tip="portcheck gradcheck nnCost   or   portcheck gradcheck my.py:cost --x0 my.py:theta0")
    if ":" in target and not (python or lambda_ is not None):
        return _function_target(target, x0, extra, blocks)
    return _case_target(target, python, lambda_, size)


def _function_target(target: str, x0: str | None, extra: str | None, blocks: str | None) -> GradientTarget:
    fun = load_port(target)
    if not x0:
        raise UsageError(f"{target} needs a point: add --x0 FILE.py:NAME or --x0 x.npy")
    point = np.asarray(_load_value(x0, "--x0"))
    args = tuple(_load_value(extra, "--extra")) if extra else ()

    def cost(x):
        try:
            return fun(x, *args)
        except Exception as exc:  # the function under test raised: a finding
            raise PortRaised(failure_from(exc)) from None

    return GradientTarget(cost, point, parse_blocks_spec(blocks), target)


def _case_target(name: str, python: str | None, lambda_: float | None, size: str) -> GradientTarget:
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
        input_set = case.build_inputs(size=size, lambdas=lambdas)[0]
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    wrt = next((n for n in sig.inputs if n in PARAMETER_NAMES), None)
    if wrt is None:
        raise UsageError(f"case {case.name!r}: cannot tell which input is the parameter vector "
                         f"(looked for {list(PARAMETER_NAMES)})")
    values = input_set.for_port()
    shape = np.shape(values[wrt])
    grad_pos = list(sig.outputs).index("grad")

    def cost(x):
        run = run_port(port, mapping, {**values, wrt: np.asarray(x).reshape(shape, order="F")}, len(sig.outputs))
        if run.failure is not None:
            raise PortRaised(run.failure)
        J = run.outputs[0]
        if np.asarray(J).dtype.kind != "c":
            J = np.asarray(J, dtype=float).reshape(-1)[0]
        return J, np.asarray(run.outputs[grad_pos]).ravel(order="F")

    blocks = [(b.name, b.shape) for b in case.blocks(input_set).get("grad", [])] if case.blocks else None
    label = f"{python or case.port_label} on {case.name} {input_set.name}"
    x0 = np.asarray(values[wrt], dtype=float).ravel(order="F")
    return GradientTarget(cost, x0, blocks, label, ReferenceSide(case, sig, input_set, wrt))


def check_target(target: GradientTarget, *, method: str = "central", step: float | None = None, mode: str = "auto",
                 seed: int = 0, reference: bool = False, timeout: float | None = None,
                 progress=None) -> GradcheckOutcome:
    """Check the target's gradient (:func:`portcheck.gradcheck.check_gradient`) and, asked, the reference's.

    Parameters
    ----------
    mode : {"auto", "full", "fast"}
        As :func:`~portcheck.gradcheck.check_gradient`; the reference follows it
        (full up to :data:`REFERENCE_FULL_MAX` parameters in ``auto``).
    reference : bool
        Also check the Octave reference's own gradient (a case target only).
    timeout : float, optional
        Seconds an Octave call may take.

    Raises
    ------
    UsageError
        ``reference`` for a ``FILE.py:FUNC`` target (it has no Octave reference).
    """
    if reference and target.reference is None:
        raise UsageError("--reference needs a built-in case (the Octave reference), not FILE.py:FUNC")
    try:
        result = check_gradient(target.fun, target.x0, blocks=target.blocks, method=method, step=step, mode=mode,
                                seed=seed, progress=progress)
    except PortRaised as exc:
        return GradcheckOutcome(target.label, failure=exc.failure)
    ref = None
    if reference:
        directional = mode == "fast" or (target.x0.size > REFERENCE_FULL_MAX and mode != "full")
        ref = _reference_check(target, directional, seed, timeout)
    return GradcheckOutcome(target.label, result, None, ref)


def _reference_check(target: GradientTarget, directional: bool, seed: int, timeout: float | None):
    side = target.reference
    sig = side.signature
    with OctaveSession(paths=[side.case.reference_path.parent], timeout=timeout) as session:
        if directional:
            sizes = [(name, int(np.prod(shape))) for name, shape in (target.blocks or [])] or None
            return reference_directional_check(session, sig.name, sig.inputs, side.input_set.values, side.wrt,
                                               len(sig.outputs), blocks=sizes, seed=seed)
        return reference_gradient_check(session, sig.name, sig.inputs, side.input_set.values, side.wrt, len(sig.outputs))


def sweep_target(target: GradientTarget, *, methods=("central", "forward", "complex"), step: float | None = None,
                 seed: int = 0, progress=None) -> SweepOutcome:
    """Sweep the finite-difference step over decades (:func:`portcheck.gradcheck.sweep_steps`)."""
    try:
        sweep = sweep_steps(target.fun, target.x0, methods=tuple(methods), step=step, seed=seed, progress=progress)
    except PortRaised as exc:
        return SweepOutcome(target.label, failure=exc.failure)
    return SweepOutcome(target.label, sweep)
