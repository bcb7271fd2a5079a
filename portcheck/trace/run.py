"""The trace workflow: inputs -> both recordings -> alignment -> :class:`TraceResult`.

:func:`trace_case` is what ``portcheck trace``, ``compare``'s automatic trace
and the pytest ``trace=True`` option call. It uses only the public pieces of
portcheck: the case's inputs (``Case.build_inputs`` / ``InputSet``), the
reference signature and the argument mapping, and an ``OctaveSession``.

Which input set: the first one on which the port's outputs differ from
Octave's (or it raises); every set is recorded on the Octave side in the same
round trip, and the port is traced set by set until one differs. With
``set_name`` only that set is run.
"""
from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..cases.base import build_input_sets
from ..errors import UsageError
from ..octave import OctaveSession
from ..runner.limits import port_time_limit
from ..runner.port import Port, as_port
from ..runner.representation import default_representation, port_values, representation_moves
from ..signature import map_arguments, read_m_signature
from . import child
from .align import DEFAULT_ATOL, DEFAULT_RTOL, Alignment, FirstDivergence, align
from .octave_side import OctaveTrace, record_octave
from .python_side import PythonTrace, port_files
from .values import Limits

__all__ = ["TraceResult", "trace_case", "DEFAULT_RTOL", "DEFAULT_ATOL"]


@dataclass(frozen=True)
class TraceResult:
    """The answer to ``portcheck trace``."""

    case: str
    reference_path: str
    port_label: str
    input_set: str
    first: FirstDivergence | None
    alignment: Alignment | None
    octave: OctaveTrace
    python: PythonTrace
    rtol: float
    atol: float
    sets_tried: tuple[str, ...] = ()
    reference_error: str | None = None
    seconds: float = 0.0
    octave_round_trips: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def divergence(self) -> bool:
        return self.first is not None or self.reference_error is not None

    @property
    def exit_code(self) -> int:
        return 1 if self.divergence else 0


def trace_case(case, port: Callable, *, port_label: str = "", session=None, size: str = "debug", lambdas=None,
               input_sets=None, set_name: str | None = None, rtol: float | None = None, atol: float | None = None,
               arg_overrides: dict | None = None, timeout: float | None = None, limits: Limits | None = None,
               granularity: str = "expressions", files=None) -> TraceResult:
    """Trace ``port`` against the reference of ``case`` on one input set and find the first divergent line.

    Parameters
    ----------
    case : Case
        A built-in or project case (its ``reference_path`` and ``build_inputs``).
    port : Port or callable
        The port to trace, in its own process (a callable is made a
        :class:`~portcheck.runner.port.Port` for the trace, and closed after it).
        A port view with a representation (``port.calling(roles, rep)``, the
        one compare chose) is traced under that representation.
    size, lambdas, input_sets
        Which inputs (as for ``compare``).
    set_name : str, optional
        Trace this input set only (matched case-insensitively, by prefix).
    rtol, atol : float
        Agreement tolerances (default 1e-9 and 1e-12).
    files : iterable of path-like, optional
        The port's own files or folders (default: the folder of the port's file).
    """
    with contextlib.ExitStack() as stack:
        if not isinstance(port, Port):  # a worker started here ends here
            stack.enter_context(port_time_limit(timeout))
            port = as_port(port, timeout=timeout)
        return _trace_case(case, port, port_label=port_label, session=session, size=size, lambdas=lambdas,
                           input_sets=input_sets, set_name=set_name, rtol=rtol, atol=atol, arg_overrides=arg_overrides,
                           timeout=timeout, limits=limits, granularity=granularity, files=files)


def _trace_case(case, port: Port, *, port_label, session, size, lambdas, input_sets, set_name, rtol, atol,
                arg_overrides, timeout, limits, granularity, files) -> TraceResult:
    start = time.perf_counter()
    rtol = DEFAULT_RTOL if rtol is None else rtol
    atol = DEFAULT_ATOL if atol is None else atol
    signature = read_m_signature(case.reference_path)
    mapping = map_arguments(signature.inputs, port, arg_overrides)
    input_sets = build_input_sets(case, size=size, lambdas=lambdas) if input_sets is None else list(input_sets)
    if set_name:
        chosen = [s for s in input_sets if s.name.lower() == set_name.lower()] or \
                 [s for s in input_sets if s.name.lower().startswith(set_name.lower())]
        if not chosen:
            raise UsageError(f"--set={set_name!r}: no such input set; the sets are: "
                             + ", ".join(repr(s.name) for s in input_sets))
        input_sets = chosen[:1]
    own = session is None
    if own:
        session = OctaveSession(timeout=timeout)
    try:
        session.start()
        trips0 = session.round_trips
        traces = record_octave(session, case.reference_path, [dict(s.values) for s in input_sets],
                               len(signature.outputs), limits=limits, granularity=granularity)
        trips = session.round_trips - trips0
    finally:
        if own:
            session.close()
    roles = case.roles_for(input_sets, signature)
    rep = (port.representation or default_representation(roles, input_sets[0])).describe(roles)
    notes = [f"the port is called as a Python caller would: {rep}"] if rep else []
    arg_names = {port_name: ref for ref, port_name, _ in mapping.pairs}
    files = tuple(str(f) for f in files) if files is not None else port_files(port)
    tried = []
    chosen = None
    for s, ot in zip(input_sets, traces):
        tried.append(s.name)
        def aligned(pt, ot=ot):
            return align(pt, ot, rtol=rtol, atol=atol, arg_names=arg_names, output_names=signature.outputs) \
                if ot.error is None else None

        pt, note = _record_as_a_caller_would(port, mapping, s, roles, files, limits, timeout, aligned)
        notes.extend([note] if note else [])
        al = aligned(pt)
        chosen = (s, ot, pt, al)
        if ot.error is not None or pt.failure is not None or (al is not None and (al.first is not None or not al.outputs_agree)):
            break
    s, ot, pt, al = chosen
    ref_label = getattr(case, "reference_label", None) or str(case.reference_path)
    ref_error = None
    if ot.error is not None:
        ref_error = f"the reference raised in Octave: {ot.error}" + (f" (line {ot.error_line})" if ot.error_line else "")
    return TraceResult(case=case.name, reference_path=ref_label, port_label=port_label or getattr(port, "__name__", "port"),
                       input_set=s.name, first=al.first if al is not None else None, alignment=al, octave=ot, python=pt,
                       rtol=rtol, atol=atol, sets_tried=tuple(tried), reference_error=ref_error,
                       seconds=time.perf_counter() - start, octave_round_trips=trips, notes=tuple(ot.notes) + tuple(notes))


def _record_as_a_caller_would(port, mapping, s, roles, files, limits, timeout, aligned) -> tuple[PythonTrace, str]:
    """The port traced under the case's default representation; when it raises there, under the first of the
    representation moves (``runner.representation``, as compare tries them) under which it does not, noted with
    where the default made it depart."""
    default = port.representation if port.representation is not None else default_representation(roles, s)
    pt = _record(port, mapping, port_values(s, roles, default), files, limits, timeout)
    if pt.failure is None:
        return pt, ""
    for rep in representation_moves(roles, s, default):
        retry = _record(port, mapping, port_values(s, roles, rep), files, limits, timeout)
        if retry.failure is None:
            al = aligned(pt)
            fd = al.first if al is not None else None
            where = f"{Path(fd.file).name}:{fd.line} ({fd.code})" if fd is not None else f"line {pt.failure.line}"
            return retry, (f"needs {', '.join(rep.changes(default))}: with {default.describe(roles)} the port departs "
                           f"at {where} and raises {pt.failure.type}: {pt.failure.message}")
    return pt, ""


def _record(port, mapping, values: dict, files, limits, timeout) -> PythonTrace:
    """The port traced in its own process (an instrumented call, :mod:`.child`) on ``values`` (port-shaped)."""
    args, kwargs = mapping.build_call({ref: values[ref] for ref, _, _ in mapping.pairs})
    names = [ref for ref, _, _ in mapping.pairs]
    result = port.call(args, kwargs, names=names, timeout=timeout, options=child.options(files, limits))
    return child.trace_of(result)
