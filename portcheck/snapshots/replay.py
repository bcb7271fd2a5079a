"""Replay: answer the reference's evaluations from a snapshot instead of Octave."""
from __future__ import annotations

from pathlib import Path

from ..cases.project import show_path
from ..errors import OctaveError, OctaveNotFound, SnapshotError, SnapshotMissing, SnapshotStale
from ..octave import find_octave
from .hashes import input_hash, m_change, m_file_hashes
from .options import SnapshotOptions, replaying, snapshot_file
from .store import read

__all__ = ["SKIPPED", "ReplaySession", "open_replay", "arglists"]

SKIPPED = "portcheck:snapshot-skipped"   # identifier of an evaluation a replay could not answer


class ReplaySession:
    """A stand-in for :class:`~portcheck.octave.OctaveSession` that answers from a snapshot.

    :meth:`call_many` returns the recorded outputs of each argument list found
    (by :func:`input_hash`); one that was not recorded comes back as an
    :class:`OctaveError` marked skipped and is counted in ``skipped``. Anything
    else that needs a live Octave raises :class:`SnapshotError`.
    """

    def __init__(self, path: Path, entries: dict, octave: str | None, reason: str):
        self.path = path
        self._entries = entries          # {(inputs hash, nout): _Entry}
        self.octave_version = octave
        self.reason = reason
        self.round_trips = 0
        self.skipped = 0

    def start(self) -> "ReplaySession":
        return self

    def close(self) -> None:
        pass

    def use(self, env) -> None:
        """A case's Octave path and packages: nothing to load when the outputs are recorded."""

    def add_path(self, path) -> None:
        pass

    def version(self) -> str | None:
        return self.octave_version

    def call_many(self, name: str, arglists, *, nout: int = 1, timeout=None, _stores=()) -> list:
        out = []
        for args in arglists:
            try:
                entry = self._entries.get((input_hash(args), nout))
            except TypeError:
                entry = None
            if entry is None:
                self.skipped += 1
                out.append(OctaveError(f"{name}() on these inputs was not recorded in {show_path(self.path)}; "
                                       "skipped (it needs a live Octave)", identifier=SKIPPED))
            else:
                out.append(entry.result())
        return out

    def _needs_octave(self, *args, **kwargs):
        raise SnapshotError(f"this step needs a live GNU Octave; the reference is being replayed from {show_path(self.path)}",
                            tip="install GNU Octave to run it, or leave out the step")

    call = eval = push = push_many = pull = keep = _needs_octave


def arglists(signature, input_sets) -> list[tuple]:
    return [tuple(s.values[n] for n in signature.inputs) for s in input_sets]


def open_replay(options: SnapshotOptions | None, case, signature, input_sets) -> ReplaySession | None:
    """The :class:`ReplaySession` to compare ``input_sets`` against, or None to run Octave.

    Raises
    ------
    OctaveNotFound
        Mode ``auto``, Octave missing and no snapshot file: Octave's own message,
        with a tip on recording one.
    SnapshotMissing
        Mode ``replay`` and no snapshot file, or nothing of these input sets recorded.
    SnapshotStale
        A ``.m`` file or the inputs changed since recording, or some sets were
        not recorded; the tip is the refresh command.
    """
    if not replaying(options):
        return None
    reason = "replay requested" if options.mode == "replay" else "GNU Octave not found"
    path = snapshot_file(case, options)
    refresh = options.refresh_command(case)
    where = "where GNU Octave is installed, and commit the .npz"
    if not path.is_file() and options.mode == "auto":
        try:
            find_octave()
        except OctaveNotFound as exc:  # Octave's own reason comes first; the snapshot is the alternative
            raise OctaveNotFound(exc.message, tip=f"or compare against recorded Octave outputs: run '{refresh}' {where} "
                                                  f"({show_path(path)})") from None
    if not path.is_file():
        raise SnapshotMissing(f"{reason}, and no snapshot of {case.name} to compare against ({show_path(path)} does not "
                              f"exist); record one with: {refresh}", tip=f"run it {where}")
    snap = read(path, refresh)
    current = m_file_hashes(case)
    nout = len(signature.outputs)
    usable, problems, missing = {}, [], []
    for e in snap.entries:
        if e.m_files == current:
            usable[(e.inputs, e.nout)] = e
    for s, args in zip(input_sets, arglists(signature, input_sets)):
        h = input_hash(args)
        if (h, nout) in usable:
            continue
        same_inputs = next((e for e in snap.entries if e.inputs == h and e.nout == nout), None)
        same_name = next((e for e in snap.entries if e.set == s.name), None)
        if same_inputs is not None:
            base = Path(case.reference_path).resolve().parent
            problems.append(m_change(same_inputs.m_files, current, base) + " since it was recorded")
        elif same_name is not None:
            problems.append(f"the inputs of input set {s.name!r} changed since it was recorded")
        else:
            missing.append(s.name)
    if problems:
        raise SnapshotStale(f"snapshot {show_path(path)} is stale: {problems[0]}; refresh it with: {refresh}",
                            tip=f"run it {where}")
    if missing and len(missing) == len(input_sets):
        raise SnapshotMissing(f"{reason}, and {show_path(path)} holds no outputs for these input sets of {case.name} "
                              f"({', '.join(missing)}); record them with: {refresh}", tip=f"run it {where}")
    if missing:
        raise SnapshotStale(f"snapshot {show_path(path)} lacks input set(s) {', '.join(map(repr, missing))}; "
                            f"refresh it with: {refresh}", tip=f"run it {where}")
    used = [usable[(input_hash(a), nout)] for a in arglists(signature, input_sets)]
    return ReplaySession(path, usable, used[0].octave if used else None, reason)
