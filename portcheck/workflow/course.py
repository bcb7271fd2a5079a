"""``compare --all``: every case (built-in and ``portcheck.toml``) in one Octave session.

Each case runs through :func:`~portcheck.workflow.pipeline.compare_case` with its
own port and inputs on a shared session; a case that cannot run (a file missing,
a reference that does not parse) is an outcome with its error, and the others
still run. Only a missing Octave stops the whole run. The summary's renderings
are :mod:`portcheck.report.summary`.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from ..cases.base import Case
from ..errors import OctaveNotFound, PortcheckError
from ..octave import OctaveSession
from ..signature import normalise_name, read_m_signature
from ..snapshots import replaying
from .pipeline import CompareResult, compare_case
from .reproduce import reproduce_line

__all__ = ["CaseOutcome", "CourseRun", "compare_all"]


@dataclass(frozen=True)
class CaseOutcome:
    """One case of the run: its result, or the error that kept it from running."""

    case: Case
    result: CompareResult | None
    error: PortcheckError | None
    seconds: float
    reproduce: str

    @property
    def failed(self) -> bool:
        """It could not run, or it ran and differs from Octave."""
        return self.error is not None or not self.result.parity


@dataclass(frozen=True)
class CourseRun:
    """Every outcome, with the time and Octave round trips of the whole run."""

    outcomes: tuple[CaseOutcome, ...]
    seconds: float
    round_trips: int

    @property
    def where(self) -> str:
        """``"one Octave session"``, or ``"recorded Octave outputs"`` when every comparison replayed a snapshot."""
        results = [o.result for o in self.outcomes if o.result is not None]
        replayed = bool(results) and all(r.source.replayed for r in results)
        return "recorded Octave outputs" if replayed else "one Octave session"

    @property
    def diverged(self) -> list[str]:
        return [o.case.name for o in self.outcomes if o.result is not None and not o.result.parity]

    @property
    def errored(self) -> list[str]:
        return [o.case.name for o in self.outcomes if o.error is not None]

    @property
    def exit_code(self) -> int:
        """1 when a case differs, else 2 when one could not run, else 0."""
        return 1 if self.diverged else 2 if self.errored else 0

    @property
    def headline(self) -> str:
        """The whole verdict in one line."""
        n = len(self.outcomes)
        if not self.diverged and not self.errored:
            return f"parity: all {n} cases match Octave ({self.where}, {self.seconds:.1f} s)"
        parts = []
        if self.diverged:
            parts.append(f"{len(self.diverged)} of {n} cases differ from Octave: {', '.join(self.diverged)}")
        if self.errored:
            parts.append(f"{len(self.errored)} could not run: {', '.join(self.errored)}")
        return ("divergence: " if self.diverged else "error: ") + "; ".join(parts)


def _takes_lambda(case: Case) -> bool:
    try:
        return any(normalise_name(n) == "lambda" for n in read_m_signature(case.reference_path).inputs)
    except PortcheckError:
        return False


def compare_all(cases, *, size: str = "debug", lambdas=None, rtol: float | None = None, atol: float | None = None,
                strict_shapes: bool | None = None, diagnose: bool = True, timeout: float | None = None,
                progress=None, snapshots=None) -> CourseRun:
    """Compare every case of ``cases`` on one Octave session.

    Parameters
    ----------
    cases : sequence of Case
    lambdas : sequence of float, optional
        Given to the cases whose ``.m`` takes a lambda argument; the others use their own inputs.
    rtol, atol, strict_shapes : optional
        Override every case's own (None: each case's, else the defaults).
    progress : callable ``progress(done, total)``, optional
        Called after each case.
    snapshots : SnapshotOptions, optional
        Replay recorded outputs (no Octave is started then) or record them.

    Raises
    ------
    OctaveNotFound
        Octave cannot start: no case can run.
    """
    cases = list(cases)
    start = time.perf_counter()
    session = None if replaying(snapshots) else OctaveSession(timeout=timeout)
    outcomes = []
    try:
        if session is not None:
            session.start()
        for case in cases:
            began = time.perf_counter()
            try:
                result = compare_case(case, session=session, size=size,
                                      lambdas=lambdas if lambdas and _takes_lambda(case) else None, rtol=rtol, atol=atol,
                                      strict_shapes=strict_shapes, diagnose=diagnose, timeout=timeout, snapshots=snapshots)
                outcomes.append(CaseOutcome(case, result, None, time.perf_counter() - began, result.reproduce))
            except OctaveNotFound:
                raise
            except PortcheckError as exc:
                outcomes.append(CaseOutcome(case, None, exc, time.perf_counter() - began, reproduce_line(case)))
            if progress is not None:
                progress(len(outcomes), len(cases))
        trips = session.round_trips if session is not None else 0
    finally:
        if session is not None:
            session.close()
    return CourseRun(tuple(outcomes), time.perf_counter() - start, trips)
