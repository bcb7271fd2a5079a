"""The compare pipeline: inputs -> runs -> comparison -> findings -> result.

:func:`compare_case` is what ``portcheck compare`` and the pytest plugin call.
It makes one batched Octave round trip for all input sets, runs the port once
per set on copies, compares every output, and hands everything to
:func:`portcheck.diagnose.diagnose`.

Output mapping: a port may return a blocked output (the unrolled gradient
``grad = [Theta1_grad(:); Theta2_grad(:)]``) as separate matrices --
``(J, Theta1_grad, Theta2_grad)`` or ``(J, [Theta1_grad, Theta2_grad])``. When
the pieces have the blocks' sizes they are joined column-major, compared block
by block, and :attr:`SetResult.output_mapping` says so.
"""
from __future__ import annotations

import dataclasses
import platform
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from .cases.base import Case, InputSet
from .compare import DEFAULT_ATOL, DEFAULT_RTOL, Comparison, compare_outputs
from .errors import UsageError
from .octave import OctaveSession
from .runner import port_time_limit, PortRun, ReferenceRun, run_port, run_reference
from .signature import ArgMapping, MSignature, map_arguments, read_m_signature

__all__ = ["SetResult", "CompareResult", "DiagnosisContext", "compare_case", "map_port_outputs", "versions"]


@dataclass(frozen=True)
class SetResult:
    """One input set: both runs and their comparison (None when a side raised)."""

    input_set: InputSet
    reference: ReferenceRun
    port: PortRun
    comparison: Comparison | None
    output_mapping: str = ""

    @property
    def status(self) -> str:
        """``parity``, ``divergence``, ``port-raised``, ``reference-raised`` or ``input-mutation``.

        A port that writes into its arguments is never parity, even when this
        call's outputs agree: the caller's next call gets different inputs.
        """
        if self.reference.error is not None:
            return "reference-raised"
        if self.port.failure is not None:
            return "port-raised"
        if self.comparison is not None and self.comparison.parity:
            return "input-mutation" if self.port.mutated else "parity"
        return "divergence"


@dataclass
class DiagnosisContext:
    """Everything the diagnosis engine may use, including a live session and the port.

    Probes re-run ``port`` (through :meth:`run_port_on`) on transformed inputs
    and may evaluate the reference on new inputs with :meth:`run_reference_on`
    (batched: pass all argument sets at once).
    """

    case: Case
    port: Callable
    mapping: ArgMapping
    signature: MSignature
    session: OctaveSession
    sets: list[SetResult]
    rtol: float
    atol: float
    reference_label: str
    output_names: tuple[str, ...]
    strict_shapes: bool = False

    @property
    def all_parity(self) -> bool:
        return all(s.status == "parity" for s in self.sets)

    def run_port_on(self, values: dict, input_set: InputSet | None = None) -> PortRun:
        """Call the port once on copies of ``values`` (reference-named, port-shaped).

        With ``input_set`` (whose blocks describe the outputs), outputs returned
        as separate blocks are joined as in :func:`compare_case`.
        """
        run = run_port(self.port, self.mapping, values, len(self.output_names))
        if input_set is not None and self.case.blocks and run.outputs is not None:
            run, _ = map_port_outputs(run, self.output_names, self.case.blocks(input_set))
        return run

    def run_reference_on(self, value_dicts: list[dict]) -> list[ReferenceRun]:
        """Evaluate the reference on every dict of Octave-shaped values, in ONE round trip."""
        if not value_dicts:
            return []
        arglists = [tuple(v[n] for n in self.signature.inputs) for v in value_dicts]
        return run_reference(self.session, self.signature.name, arglists, len(self.output_names))

    def blocks(self, input_set: InputSet) -> dict:
        """``{output_name: [Block, ...]}`` for ``input_set`` ({} when the case has none)."""
        return self.case.blocks(input_set) if self.case.blocks else {}

    def compare(self, port_outputs, octave_outputs, input_set: InputSet) -> Comparison:
        blocks = self.case.blocks(input_set) if self.case.blocks else None
        return compare_outputs(self.output_names, port_outputs, octave_outputs, rtol=self.rtol, atol=self.atol,
                               strict_shapes=self.strict_shapes, blocks=blocks, sign_free=self.case.sign_free)


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


def map_port_outputs(run: PortRun, output_names, blocks: dict | None) -> tuple[PortRun, str]:
    """Join a blocked output the port returned as separate matrices.

    A reference output with blocks (``grad`` = Theta1 then Theta2, each
    column-major) may come back from the port as one array per block: as extra
    outputs ``(J, Theta1_grad, Theta2_grad)`` or as a list/tuple in its place
    ``(J, [Theta1_grad, Theta2_grad])``. When every piece has its block's size,
    the pieces are unrolled column-major and concatenated, so the comparison
    runs block by block. Returns the (possibly) new run and a note ("" when
    nothing was mapped).
    """
    if run.outputs is None or not blocks:
        return run, ""
    outs = list(run.outputs)
    names = list(output_names)
    for name, blks in blocks.items():
        if name not in names or len(blks) < 2:
            continue
        pos = names.index(name)
        pieces = None
        how = ""
        if pos < len(outs) and isinstance(outs[pos], (list, tuple)) and len(outs[pos]) == len(blks):
            pieces, how = list(outs[pos]), f"a {type(outs[pos]).__name__} of {len(blks)} arrays"
            span = 1
        elif len(outs) == len(names) + len(blks) - 1:
            pieces, how = outs[pos:pos + len(blks)], f"{len(blks)} separate outputs"
            span = len(blks)
        if pieces is None:
            continue
        arrays = []
        for piece, blk in zip(pieces, blks):
            try:
                a = np.asarray(piece, dtype=float)
            except (TypeError, ValueError):
                arrays = None
                break
            if a.size != blk.size:
                arrays = None
                break
            arrays.append(a)
        if arrays is None:
            continue
        joined = np.concatenate([a.ravel(order="F") if a.ndim == 2 else a.ravel() for a in arrays])
        outs[pos:pos + span] = [joined]
        shapes = ", ".join(f"{b.name}_{name} {'x'.join(map(str, np.shape(a)))}" for b, a in zip(blks, arrays))
        note = (f"PORT returned {name} as {how} ({shapes}); compared as their column-major unrolling "
                f"[{'; '.join(b.name + '(:)' for b in blks)}], block by block")
        return dataclasses.replace(run, outputs=tuple(outs), returned=f"{run.returned}; {name} joined from {len(blks)} blocks"), note
    return run, ""


def compare_case(case: Case, *, port: Callable | None = None, port_label: str | None = None, size: str = "debug",
                 lambdas=None, input_sets: list[InputSet] | None = None, rtol: float = DEFAULT_RTOL,
                 atol: float = DEFAULT_ATOL, strict_shapes: bool = False, arg_overrides: dict | None = None,
                 session: OctaveSession | None = None, timeout: float | None = None, diagnose: bool = True,
                 reproduce: str = "") -> CompareResult:
    """Run the reference and the port of ``case`` on the same inputs and compare.

    Parameters
    ----------
    case : Case
    port : callable, optional
        The port to check; default the bundled correct port.
    size : {"debug", "full"}
        Which input sets to build (ignored when ``input_sets`` is given).
    lambdas : sequence of float, optional
        Regularisation strengths, one input set each (cases that take lambda).
    rtol, atol : float
        Tolerances, see :mod:`portcheck.compare`.
    session : OctaveSession, optional
        Reuse a running session (the pytest fixture does); otherwise one is
        started and closed here.
    """
    start = time.perf_counter()
    signature = read_m_signature(case.reference_path)
    func = port or case.load_port()
    label = port_label or f"{case.port} (bundled)"
    mapping = map_arguments(signature.inputs, func, arg_overrides)
    if input_sets is None:
        try:
            input_sets = case.build_inputs(size=size, lambdas=lambdas)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    own = session is None
    if own:
        kwargs = {"timeout": timeout} if timeout else {}
        session = OctaveSession(paths=[case.reference_path.parent], **kwargs)
    else:
        session.add_path(case.reference_path.parent)
    ref_label = getattr(case, "reference_label", None) or f"reference_octave/{case.exercise}/{case.reference}.m"
    # One deadline for every call of the port (the reference calls have the
    # session's); a port that hung once is not called again for the other sets.
    with port_time_limit(timeout):
        try:
            session.start()
            trips0 = session.round_trips
            arglists = [tuple(s.values[n] for n in signature.inputs) for s in input_sets]
            refs = run_reference(session, signature.name, arglists, len(signature.outputs))
            blocks_of = case.blocks or (lambda s: None)
            sets = []
            for s, ref in zip(input_sets, refs):
                pr = run_port(func, mapping, s.for_port(), len(signature.outputs))
                pr, note = map_port_outputs(pr, signature.outputs, blocks_of(s))
                cmp = None
                if ref.error is None and pr.failure is None:
                    cmp = compare_outputs(signature.outputs, pr.outputs, ref.outputs, rtol=rtol, atol=atol,
                                          strict_shapes=strict_shapes, blocks=blocks_of(s), sign_free=case.sign_free)
                sets.append(SetResult(s, ref, pr, cmp, note))
            findings = ()
            if diagnose:
                from .diagnose import diagnose as run_diagnosis

                ctx = DiagnosisContext(case, func, mapping, signature, session, sets, rtol, atol,
                                       ref_label, signature.outputs, strict_shapes)
                findings = run_diagnosis(ctx)
            vers = versions(session)
            trips = session.round_trips - trips0
        finally:
            if own:
                session.close()
    return CompareResult(
        case=case.name, reference_path=ref_label, signature=str(signature),
        port_label=label, mapping=mapping, sets=tuple(sets), findings=tuple(findings), versions=vers,
        seconds=time.perf_counter() - start, octave_round_trips=trips, rtol=rtol, atol=atol, reproduce=reproduce, size=size,
    )
