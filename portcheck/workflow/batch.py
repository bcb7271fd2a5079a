"""Many submissions of one case: one shared Octave session, each port in its own worker, one row each.

``portcheck compare nnCost --python 'submissions/*/nnCostFunction.py:nnCostFunction'``
expands the glob and runs :func:`~portcheck.workflow.pipeline.compare_case` once
per file, all on one Octave session (the reference's outputs are computed once per
session and input set by Octave's own cache of resident inputs; each compare is a
round trip or two). Each port runs in its own sandbox worker, closed before the
next one starts: a port that crashes, hangs (``--timeout``) or cannot be imported
is its own row, never the end of the run. Only a missing Octave stops the run.

A row (:class:`SubmissionRow`) is what a grader keeps: the file, the verdict
(``parity``, ``divergence``, or ``error`` when the port could not be loaded or
called at all), the top finding's id and title, and the seconds it took.
"""
from __future__ import annotations

import glob
import os
import time
import traceback
from dataclasses import asdict, dataclass

from ..errors import OctaveNotFound, PortcheckError, PortLoadError, UsageError

__all__ = ["SubmissionRow", "GradingRun", "is_glob", "expand_submissions", "grade_submissions"]

_MAGIC = frozenset("*?[")


@dataclass(frozen=True)
class SubmissionRow:
    """One submission's outcome.

    ``verdict`` is ``parity``, ``divergence`` or ``error`` (the port could not be
    loaded; ``message`` says why); ``finding``/``title`` are the top finding's id
    and title (empty at parity); ``internal`` marks an error that is a bug in
    portcheck, not in the submission.
    """

    path: str
    verdict: str
    finding: str
    title: str
    seconds: float
    message: str = ""
    internal: bool = False

    def to_dict(self) -> dict:
        d = asdict(self)
        d["seconds"] = round(self.seconds, 3)
        return d


@dataclass(frozen=True)
class GradingRun:
    """Every row of a run, in the glob's (sorted) order, and the case they were compared with."""

    case: str
    function: str
    pattern: str
    rows: tuple[SubmissionRow, ...]
    seconds: float

    @property
    def counts(self) -> dict:
        out = {"parity": 0, "divergence": 0, "error": 0}
        for r in self.rows:
            out[r.verdict] += 1
        return out

    @property
    def exit_code(self) -> int:
        """0 every submission at parity; 1 any divergence or submission that could not run; 3 a bug in portcheck."""
        if any(r.internal for r in self.rows):
            return 3
        return 0 if all(r.verdict == "parity" for r in self.rows) else 1

    @property
    def headline(self) -> str:
        c, n = self.counts, len(self.rows)
        if c["parity"] == n:
            return f"parity: all {n} submissions match Octave {self.case} ({self.seconds:.1f} s, one Octave session)"
        parts = [f"{c['divergence']} diverge"] + ([f"{c['error']} could not run"] if c["error"] else [])
        return (f"divergence: {n - c['parity']} of {n} submissions differ from Octave {self.case} "
                f"({', '.join(parts)}; {self.seconds:.1f} s, one Octave session)")


def is_glob(spec: str | None) -> bool:
    """Whether ``FILE.py:FUNC`` names its files with a glob (``*``, ``?``, ``[...]``)."""
    if not spec:
        return False
    path = spec.rpartition(":")[0] if ":" in spec else spec
    return any(ch in _MAGIC for ch in path)


def expand_submissions(spec: str) -> tuple[list[str], str]:
    """The files a ``GLOB.py:FUNC`` spec names (sorted) and the function name.

    Raises
    ------
    UsageError
        No ``:FUNC``, or the glob matches no ``.py`` file.
    """
    pattern, sep, func = spec.rpartition(":")
    if not sep or not func.isidentifier() or not pattern:
        raise UsageError(f"--python {spec!r}: give the files and the function as GLOB.py:FUNCTION",
                         tip="e.g. --python 'submissions/*/nnCostFunction.py:nnCostFunction' (quote the glob)")
    files = sorted(p for p in glob.glob(os.path.expanduser(pattern), recursive=True) if os.path.isfile(p))
    if not files:
        raise UsageError(f"--python {spec!r}: the pattern {pattern!r} matches no file",
                         tip="check the pattern from this directory; quote it so that the shell does not expand it")
    return files, func


def _top(result) -> tuple[str, str]:
    f = next((f for f in result.findings if f.status != "noted"), None)
    return ("", "") if f is None or result.parity else (f.id, f.title)


def _error_id(exc: PortcheckError) -> str:
    """``port-load`` for a port that could not be imported, else the error's class in kebab case."""
    name = "PortLoad" if isinstance(exc, PortLoadError) else type(exc).__name__.removesuffix("Error") or "error"
    return "".join("-" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(name))


def grade_one(case, path: str, func: str, *, session, timeout=None, **options) -> SubmissionRow:
    """Compare one submission; every failure of the submission is its row, never an exception."""
    from ..runner import load_port
    from .pipeline import compare_case

    began = time.perf_counter()
    port = None
    try:
        port = load_port(f"{path}:{func}", timeout=timeout)
        result = compare_case(case, port=port, port_label=f"{path}:{func}", session=session, timeout=timeout, **options)
        fid, title = _top(result)
        return SubmissionRow(path, result.verdict, fid, title, time.perf_counter() - began)
    except OctaveNotFound:
        raise
    except PortcheckError as exc:
        return SubmissionRow(path, "error", _error_id(exc), exc.message, time.perf_counter() - began,
                             message=exc.message)
    except Exception as exc:  # a bug in portcheck: kept as a row, the run goes on, the exit code says 3
        traceback.print_exc()
        text = f"internal error (a bug in portcheck): {type(exc).__name__}: {exc}"
        return SubmissionRow(path, "error", "internal-error", text, time.perf_counter() - began, message=text,
                             internal=True)
    finally:
        if port is not None:
            port.close()


def grade_submissions(case, spec: str, *, session, progress=None, on_row=None, **options) -> GradingRun:
    """Compare every file ``spec`` (``GLOB.py:FUNC``) names with ``case``'s reference on ``session``.

    Parameters
    ----------
    case : Case
        The case whose reference and inputs every submission is compared with.
    spec : str
        ``GLOB.py:FUNC``; files in sorted order.
    session : OctaveSession
        The shared session (started here if it is not running yet; the caller closes it).
    progress : callable ``progress(done, total)``, optional
    on_row : callable ``on_row(row)``, optional
        Called with each :class:`SubmissionRow` as soon as it is known (``--jsonl`` writes it then).
    **options
        Passed to :func:`~portcheck.workflow.pipeline.compare_case` (size, lambdas, rtol, atol,
        timeout, diagnose, trace, conventions, ...).
    """
    files, func = expand_submissions(spec)
    start = time.perf_counter()
    session.start()
    rows = []
    for path in files:
        rows.append(grade_one(case, path, func, session=session, **options))
        if on_row is not None:
            on_row(rows[-1])
        if progress is not None:
            progress(len(rows), len(files))
    return GradingRun(case.name, func, spec, tuple(rows), time.perf_counter() - start)
