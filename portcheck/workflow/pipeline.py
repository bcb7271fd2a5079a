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

import dataclasses
import platform
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..cases.base import Case, InputSet, build_input_sets
from ..compare import DEFAULT_ATOL, DEFAULT_RTOL, SetResult, check_tolerances, compare_outputs, map_port_outputs
from ..diagnose import DiagnosisContext, diagnose as run_diagnosis
from ..diagnose.declared import check_names, declared_sets, settle_free
from ..diagnose.drift import shimmed_gaps
from ..errors import UsageError
from ..octave import OctaveSession
from ..report.display import ComparisonReport
from ..resources import VERSION
from ..runner import as_port, load_port, port_time_limit
from ..signature import ArgMapping, read_m_signature
from ..snapshots import ReferenceSource, SnapshotOptions, finish as finish_snapshots, open_replay
from .binding import bind_case, reference_runs
from .broadcast import broadcast_inside, shape_hazard, shape_hazard_findings
from .label_dtype import unsigned_labels
from .calling import choose_representation, port_findings
from .py2_division import python2_check, python2_division
from .coverage import coverage_findings, coverage_gaps, verdict_of
from .reproduce import reproduce_line, save_failed_inputs
from .second_look import second_look
from .trace import trace_unexplained

__all__ = ["CompareResult", "compare_case", "versions"]


@dataclass(frozen=True, repr=False)
class CompareResult(ComparisonReport):
    """The whole answer to ``portcheck compare``: ``str()`` is the text report, ``to_dict()`` the JSON document."""

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
    source: ReferenceSource = field(default_factory=ReferenceSource)
    calling: object = None  # workflow.calling.RepresentationChoice: how the port was called
    conventions: tuple = ()      # declared conventions the port was called under
    search: dict = None          # the diagnosis's joint search: {port_calls, seconds, ...} ({} when it did not run)
    adapters: tuple[str, ...] = ()
    environment: str = ""
    warnings: tuple[str, ...] = ()
    case_origin: str = ""        # the portcheck.toml [[case]] it came from ("" for a built-in case or --octave)

    @property
    def port_output(self) -> dict:
        """What the port printed, per input set (``{"set": {"stdout": ..., "stderr": ...}}``, printing sets only)."""
        return {s.input_set.name: {"stdout": s.port.stdout, "stderr": s.port.stderr} for s in self.sets
                if getattr(s.port, "stdout", "") or getattr(s.port, "stderr", "")}

    @property
    def gaps(self) -> tuple[str, ...]:
        """Why the run cannot be parity although nothing differs (an all-NaN reference output, nothing compared,
        a port that agrees only under portcheck's environment shims)."""
        return coverage_gaps(self.sets) + shimmed_gaps(self.findings)

    @property
    def parity(self) -> bool:
        return self.verdict == "parity"

    @property
    def verdict(self) -> str:
        """``"parity"``, ``"divergence"`` or ``"inconclusive"`` (nothing differs, but see :attr:`gaps`).

        Every set agreeing through an output mapping the port's own convention needs (the gradient returned in
        blocks, undeclared) is a divergence for an Octave-style caller: the port is correct under its own convention.
        """
        verdict = verdict_of(self.sets, self.gaps)
        if verdict == "parity" and any(f.status == "confirmed" and f.data.get("own_convention") for f in self.findings):
            return "divergence"
        return verdict

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
        "portcheck": VERSION,
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
                 reproduce: str | None = None, snapshots: SnapshotOptions | None = None,
                 conventions=None, trace: bool = False) -> CompareResult:
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
    snapshots : SnapshotOptions, optional
        Replay recorded Octave outputs instead of running Octave, or record them
        (:mod:`portcheck.snapshots`); default: run Octave.
    trace : bool
        When the diagnosis is only *unexplained*, trace the port and locate the
        finding at its first divergent line (:mod:`portcheck.workflow.trace`).
    conventions : sequence of str, optional
        Conventions the port is declared to use (``row-major-params``,
        ``zero-based-labels``, ... see :data:`portcheck.diagnose.conventions.FAMILIES`):
        the port is called under them; default the case's own.

    Returns
    -------
    CompareResult
    """
    start = time.perf_counter()
    rtol = _first(rtol, case.rtol, DEFAULT_RTOL)
    atol = _first(atol, case.atol, DEFAULT_ATOL)
    check_tolerances(rtol, atol)
    strict_shapes = bool(_first(strict_shapes, case.strict_shapes))
    arg_overrides = arg_overrides if arg_overrides is not None else (dict(case.arg_overrides) or None)
    declared = check_names(conventions if conventions is not None else getattr(case, "conventions", ()))
    if input_sets is None:
        input_sets = build_input_sets(case, size=size, lambdas=lambdas)
    with port_time_limit(timeout):  # a port loaded here ends with this block
        func = as_port(port or case.load_port(timeout), timeout=timeout)
        return _compare(case, func, port_label or case.port_label, input_sets, size, rtol, atol,
                        strict_shapes, arg_overrides, session, timeout, diagnose,
                        reproduce if reproduce is not None else
                        reproduce_line(case, port_label=port_label if port is not None else None), start, snapshots,
                        declared, trace)


def _replay_signature(case, snapshots):
    """The ``.m`` signature snapshots are keyed by (a reference file's), or None when nothing is replayed."""
    if snapshots is None or getattr(snapshots, "mode", None) not in ("replay", "auto"):
        return None
    path = case.reference_path
    if path is None or not str(path).endswith(".m") or not path.is_file():
        if snapshots.mode == "replay":
            raise UsageError(f"case {case.name!r}: recorded outputs replay references given as .m files; "
                             f"{case.reference_label} is not one", tip="run it with GNU Octave installed")
        return None
    return read_m_signature(path)


def _compare(case, func, label, input_sets, size, rtol, atol, strict_shapes, arg_overrides, session,
             timeout, diagnose, reproduce, start, snapshots, declared=(), trace=False) -> CompareResult:
    """compare_case once the port is loaded and the inputs are built."""
    given = input_sets
    file_signature = _replay_signature(case, snapshots)
    replay = open_replay(snapshots, case, file_signature, input_sets) if file_signature is not None else None
    own = session is None and replay is None
    if replay is not None:
        session = replay
    elif own:
        session = OctaveSession(timeout=timeout)
    # One deadline for every call of the port (the reference calls have the
    # session's); a port that hung once is not called again for the other sets.
    with port_time_limit(timeout):
        try:
            bound = bind_case(case, func, session, input_sets, arg_overrides)
            signature, mapping, input_sets = bound.signature, bound.mapping, bound.input_sets
            _check_outputs(case, bound.signature)
            session.start()
            trips0 = session.round_trips
            sets, choice, func = _run_and_compare(case, func, bound, session, input_sets, rtol, atol, strict_shapes)
            ctx = DiagnosisContext(case, func, mapping, signature, session, sets, rtol, atol,
                                   case.reference_label, signature.outputs, binding=bound.binding)
            if declared:
                sets = ctx.sets = declared_sets(ctx, declared, strict_shapes, case.sign_free)
            findings = run_diagnosis(ctx) if diagnose else ()
            sets, findings = settle_free(ctx, sets, findings, strict_shapes, case.sign_free)
            if diagnose and replay is None:  # the mistake a first one hid: diagnosed with that line repaired
                findings = second_look(findings, func, lambda spec, path: _repaired(
                    case, spec, path, label, given, rtol, atol, strict_shapes, arg_overrides, session, timeout, declared))
            inside = broadcast_inside(sets, func, mapping, choice.roles, findings) if diagnose else []
            if inside:  # named: the unexplained finding it replaces is not kept
                findings = inside + [f for f in findings if f.status != "unexplained"]
            if diagnose and trace and replay is None:  # recorded outputs cannot be traced: the trace runs Octave
                findings = trace_unexplained(findings, sets, case, func, port_label=label, session=session, rtol=rtol,
                                             atol=atol, arg_overrides=arg_overrides, timeout=timeout)
            py2 = python2_check(case, func, mapping, signature, sets, choice, rtol, atol, strict_shapes,
                                binding=bound.binding)
            sets, division = python2_division(sets, func, py2)
            hazard = shape_hazard(case, func, mapping, signature, sets, choice, rtol, atol, strict_shapes,
                                  binding=bound.binding) if diagnose and not division and not declared else None
            wrap = unsigned_labels(case, func, mapping, signature, sets, choice, rtol, atol, strict_shapes,
                                   binding=bound.binding) if diagnose and not declared else []
            findings = (list(findings) + division + shape_hazard_findings(hazard) + wrap
                        + port_findings(choice, func, signature, sets, mapping, py2))
            findings += coverage_findings(sets, signature.outputs, f"Octave's {case.name}")
            vers = versions(session)
            trips = session.round_trips - trips0
            source = finish_snapshots(snapshots, case, signature, sets, session)
        finally:
            if own:
                session.close()
    reproduce = save_failed_inputs(case, sets, reproduce, port_label=label)
    return CompareResult(
        case=case.name, reference_path=case.reference_label, signature=str(bound.full_signature),
        port_label=label, mapping=mapping, sets=tuple(sets), findings=tuple(findings), versions=vers,
        seconds=time.perf_counter() - start, octave_round_trips=trips, rtol=rtol, atol=atol, reproduce=reproduce, size=size,
        source=source, calling=choice, conventions=declared, search=dict(ctx.search_stats),
        adapters=tuple(bound.binding.lines(input_sets[0].values if input_sets else None)),
        environment=bound.environment.describe(), warnings=mapping.warnings, case_origin=case.origin_label,
    )


def _repaired(case, spec, sys_path, label, input_sets, rtol, atol, strict_shapes, arg_overrides, session, timeout,
              declared) -> CompareResult:
    """compare_case of the port's copy at ``spec`` (a repair made; :mod:`.second_look`), with everything else as given."""
    with port_time_limit(timeout):  # the copy's worker ends here
        port = load_port(spec, timeout=timeout, sys_path=sys_path)
        return compare_case(case, port=port, port_label=label, input_sets=input_sets, rtol=rtol, atol=atol,
                            strict_shapes=strict_shapes, arg_overrides=arg_overrides, session=session, timeout=timeout,
                            conventions=declared)


def _check_outputs(case, signature) -> None:
    """A reference that returns nothing leaves nothing to compare: a usage error, never parity on nothing."""
    if not signature.outputs:
        raise UsageError(f"the reference {case.reference_label} returns no outputs ({signature}), so there is nothing "
                         "to compare", tip=f"compare a function that returns its result, e.g. "
                                           f"function y = {signature.name}({', '.join(signature.inputs)})")


def _first(*values):
    """The first value that is not None."""
    return next((v for v in values if v is not None), None)


def _run_and_compare(case, func, bound, session, input_sets, rtol, atol, strict_shapes):
    """The reference on every set in ONE round trip, the port on every set under the representation it needs.

    Returns the sets, the :class:`~portcheck.workflow.calling.RepresentationChoice`
    and the port as the diagnosis calls it (with that representation).
    """
    signature, mapping, binding = bound.signature, bound.mapping, bound.binding
    refs = reference_runs(session, binding, [s.values for s in input_sets])
    roles = case.roles_for(input_sets, signature, refs[0].outputs if refs and refs[0].outputs else None)
    input_sets = [s if s.roles is roles else dataclasses.replace(s, roles=roles) for s in input_sets]
    port = func.calling(roles)
    sets, choice = choose_representation(case, port, mapping, signature, roles, input_sets, refs, rtol, atol,
                                         strict_shapes, binding=binding)
    return sets, choice, port.calling(roles, choice.representation)
