"""Record: store Octave's outputs of a case's input sets, after a comparison or on their own (``portcheck record``)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..cases.project import show_path
from ..errors import OctaveNotFound, PortcheckError, SnapshotError, UsageError
from ..runner import run_reference
from ..signature import normalise_name, read_m_signature
from .hashes import input_hash, m_file_hashes
from .options import ReferenceSource, SnapshotOptions, snapshot_file
from .replay import ReplaySession, arglists
from .store import Entry, locked, read, write

__all__ = ["record", "finish", "Recorded", "record_cases"]


def record(options: SnapshotOptions | None, case, signature, input_sets, refs, octave: str | None) -> Path:
    """Store Octave's results (``refs``: one :class:`~portcheck.runner.ReferenceRun` per set) in the case's snapshot.

    Entries already in the file for other inputs are kept (two tests may use the
    same set name for different data), unless they were recorded against other
    ``.m`` files: those can never be replayed again.
    """
    from importlib import metadata

    try:
        oct2py = metadata.version("oct2py")
    except metadata.PackageNotFoundError:  # pragma: no cover
        oct2py = None
    path = snapshot_file(case, options)
    hashes = m_file_hashes(case)
    nout = len(signature.outputs)
    new = []
    for s, args, ref in zip(input_sets, arglists(signature, input_sets), refs):
        new.append(Entry(s.name, input_hash(args), nout, _storable(ref.outputs, case, s) if ref.error is None else None,
                          _error_dict(ref.error), hashes, octave, oct2py))
    with locked(path.parent):
        old = []
        if path.is_file():
            try:
                old = read(path, "").entries
            except SnapshotError:
                old = []  # recording is the fix for an unreadable file
        keys = {(e.inputs, e.nout) for e in new}
        kept = [e for e in old if e.m_files == hashes and (e.inputs, e.nout) not in keys]
        write(path, case, signature.name, kept + new)
    return path


def _storable(outputs, case, input_set) -> list:
    out = []
    for i, value in enumerate(outputs, 1):
        if isinstance(value, str) or (isinstance(value, np.ndarray) and value.dtype.kind in "biufc"):
            out.append(value)
        else:
            raise UsageError(f"{case.name}: output {i} on input set {input_set.name!r} is a {type(value).__name__}; "
                             "snapshots hold numbers, logicals and text only",
                             tip="compare this case with GNU Octave installed instead of a snapshot")
    return out


def _error_dict(err) -> dict | None:
    if err is None:
        return None
    return {"message": err.message, "octave_message": err.octave_message, "identifier": err.identifier,
            "stack": [list(s) for s in err.stack]}


def finish(options: SnapshotOptions | None, case, signature, sets, session) -> ReferenceSource:
    """After a comparison: record it when asked, and say where its reference outputs came from."""
    if isinstance(session, ReplaySession):
        return ReferenceSource("snapshot", show_path(session.path), session.octave_version, session.reason,
                               session.skipped)
    octave = session.version()
    if options is not None and options.mode == "record":
        path = record(options, case, signature, [s.input_set for s in sets], [s.reference for s in sets], octave)
        return ReferenceSource("octave", show_path(path), octave, recorded=True)
    return ReferenceSource("octave", None, octave)


@dataclass(frozen=True)
class Recorded:
    """What ``portcheck record`` stored for one case (or why it could not)."""

    case: str
    path: str | None
    sets: int
    octave: str | None
    error: PortcheckError | None = None


def record_cases(cases, options: SnapshotOptions | None = None, *, size: str = "debug", lambdas=None,
                 timeout: float | None = None, progress=None) -> list[Recorded]:
    """Run each case's reference on its input sets in one Octave session and store the outputs.

    ``lambdas`` go to the cases whose ``.m`` takes a lambda argument. A case that
    cannot be recorded (its reference cannot run, an output is a struct) is a
    :class:`Recorded` with ``error``; Octave missing raises.
    """
    from ..octave import OctaveSession

    cases = list(cases)
    out = []
    with OctaveSession(timeout=timeout) as session:
        for case in cases:
            try:
                signature = read_m_signature(case.reference_path)
                takes = any(normalise_name(n) == "lambda" for n in signature.inputs)
                try:
                    input_sets = case.build_inputs(size=size, lambdas=lambdas if takes else None)
                except ValueError as exc:
                    raise UsageError(str(exc)) from None
                session.add_path(case.reference_path.parent)
                refs = run_reference(session, signature.name, arglists(signature, input_sets), len(signature.outputs))
                path = record(options, case, signature, input_sets, refs, session.version())
                out.append(Recorded(case.name, show_path(path), len(input_sets), session.version()))
            except OctaveNotFound:
                raise
            except PortcheckError as exc:
                out.append(Recorded(case.name, None, 0, None, exc))
            if progress is not None:
                progress(len(out), len(cases))
    return out
