"""The compare workflow: case -> inputs -> runs -> comparison -> findings -> :class:`CompareResult`.

:func:`compare_case` is the one way into a comparison, for every kind of case
(built-in, ``portcheck.toml``, a one-off ``--octave`` pair) and every caller:
``portcheck compare`` (one case or ``--all``), :func:`~portcheck.workflow.parity.assert_parity`
and the pytest plugin. It makes one batched Octave round trip for all input
sets, runs the port once per set on copies, compares every output, and hands
everything to :func:`portcheck.diagnose.diagnose`.

Settings resolve in one order: the caller's argument, then the case's own
(``portcheck.toml``), then the defaults of :mod:`portcheck.compare`.
"""
from __future__ import annotations

import platform
import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..cases.base import Case, InputSet
from ..compare import DEFAULT_ATOL, DEFAULT_RTOL, SetResult, compare_outputs, map_port_outputs
from ..diagnose import DiagnosisContext, diagnose as run_diagnosis
from ..errors import UsageError
from ..octave import OctaveSession
from ..runner import port_time_limit, run_port, run_reference
from ..signature import ArgMapping
from .binding import bind_case, reference_runs
from .reproduce import reproduce_line, save_failed_inputs

__all__ = ["CompareResult", "compare_case", "versions"]


@dataclass(frozen=True)
class CompareResult:
    """The whole answer to ``portcheck compare``."""

    case: str
    reference_path: str
    signature: str
    port_label: str
    mapping: ArgMapping
    sets: tuple[SetResult, ...]
    findings: tuple
    versions: dict
    seconds: float
    octave_round_trips: int
    rtol: float
    atol: float
    reproduce: str = ""
    size: str = "debug"
    adapters: tuple[str, ...] = ()
    environment: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def parity(self) -> bool:
        return all(s.status == "parity" for s in self.sets)

    @property
    def exit_code(self) -> int:
        return 0 if self.parity else 1


def versions(session: OctaveSession | None = None) -> dict:
    """Versions that matter for reproducing a comparison."""
    from importlib import metadata

    def v(pkg):
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return None

    out = {
        "portcheck": v("portcheck"),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": v("scipy"),
        "oct2py": v("oct2py"),
        "octave": None,
    }
    if session is not None:
        try:
            out["octave"] = session.version()
        except Exception:
            pass
    return out


def compare_case(case: Case, *, port: Callable | None = None, port_label: str | None = None, size: str = "debug",
                 lambdas=None, input_sets: list[InputSet] | None = None, rtol: float | None = None,
                 atol: float | None = None, strict_shapes: bool | None = None, arg_overrides: dict | None = None,
                 session: OctaveSession | None = None, timeout: float | None = None, diagnose: bool = True,
                 reproduce: str | None = None) -> CompareResult:
    """Run the reference and the port of ``case`` on the same inputs and compare.

    Parameters
    ----------
    case : Case
        Any kind of case (built-in, ``portcheck.toml``, one-off pair).
    port : callable, optional
        The port to check; default the case's own (``case.load_port``).
    port_label : str, optional
        How reports name ``port`` (``FILE.py:FUNC``); default ``case.port_label``.
    size : {"debug", "full"}
        Which input sets to build (ignored when ``input_sets`` is given).
    lambdas : sequence of float, optional
        Regularisation strengths, one input set each (cases that take lambda).
    input_sets : list of InputSet, optional
        Compare on these instead of the case's own.
    rtol, atol : float, optional
        Tolerances (see :mod:`portcheck.compare`); default the case's, else
        ``DEFAULT_RTOL`` and ``DEFAULT_ATOL``.
    strict_shapes : bool, optional
        Fail ``(n,)`` vs ``(n, 1)``; default the case's setting.
    arg_overrides : dict, optional
        ``{port_parameter: octave_argument}``; default the case's own.
    session : OctaveSession, optional
        Reuse a running session (the pytest fixture and ``--all`` do); otherwise
        one is started and closed here.
    timeout : float, optional
        Seconds an Octave call, an import of the port, or one call of it may take.
    diagnose : bool
        Run the diagnosis on a divergence.
    reproduce : str, optional
        The line under Reproduce; default :func:`~portcheck.workflow.reproduce.reproduce_line`.

    Returns
    -------
    CompareResult
    """
    start = time.perf_counter()
    rtol = _first(rtol, case.rtol, DEFAULT_RTOL)
    atol = _first(atol, case.atol, DEFAULT_ATOL)
    strict_shapes = bool(_first(strict_shapes, case.strict_shapes))
    arg_overrides = arg_overrides if arg_overrides is not None else (dict(case.arg_overrides) or None)
    func = port or case.load_port(timeout)
    label = port_label or case.port_label
    if input_sets is None:
        try:
            input_sets = case.build_inputs(size=size, lambdas=lambdas)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    own = session is None
    if own:
        session = OctaveSession(timeout=timeout)
    # One deadline for every call of the port (the reference calls have the
    # session's); a port that hung once is not called again for the other sets.
    with port_time_limit(timeout):
        try:
            bound = bind_case(case, func, session, input_sets, arg_overrides)
            signature, mapping, input_sets = bound.signature, bound.mapping, bound.input_sets
            session.start()
            trips0 = session.round_trips
            sets = _run_and_compare(case, func, bound, session, input_sets, rtol, atol, strict_shapes)
            findings = ()
            if diagnose:
                ctx = DiagnosisContext(case, func, mapping, signature, session, sets, rtol, atol,
                                       case.reference_label, signature.outputs, binding=bound.binding)
                findings = run_diagnosis(ctx)
            vers = versions(session)
            trips = session.round_trips - trips0
        finally:
            if own:
                session.close()
    if reproduce is None:
        reproduce = reproduce_line(case, port_label=port_label if port is not None else None)
    reproduce = save_failed_inputs(case, sets, reproduce, port_label=label)
    return CompareResult(
        case=case.name, reference_path=case.reference_label, signature=str(bound.full_signature),
        port_label=label, mapping=mapping, sets=tuple(sets), findings=tuple(findings), versions=vers,
        seconds=time.perf_counter() - start, octave_round_trips=trips, rtol=rtol, atol=atol, reproduce=reproduce, size=size,
        adapters=tuple(bound.binding.lines(input_sets[0].values if input_sets else None)),
        environment=bound.environment.describe(), warnings=mapping.warnings,
    )


def _first(*values):
    """The first value that is not None."""
    return next((v for v in values if v is not None), None)


def _run_and_compare(case, func, bound, session, input_sets, rtol, atol, strict_shapes) -> list[SetResult]:
    """The reference on every set in ONE round trip, the port once per set, every output compared."""
    signature, mapping, binding = bound.signature, bound.mapping, bound.binding
    refs = reference_runs(session, binding, [s.values for s in input_sets])
    blocks_of = case.blocks or (lambda s: None)
    sets = []
    for s, ref in zip(input_sets, refs):
        run = binding.port_run(run_port(func, mapping, s.for_port(), len(signature.outputs)), s.values)
        run, note = map_port_outputs(run, signature.outputs, blocks_of(s))
        comparison = None
        if ref.error is None and run.failure is None:
            comparison = compare_outputs(signature.outputs, run.outputs, ref.outputs, rtol=rtol, atol=atol,
                                         strict_shapes=strict_shapes, blocks=blocks_of(s), sign_free=case.sign_free)
        sets.append(SetResult(s, ref, run, comparison, note))
    return sets
