"""Recorded references for Octave-free CI: Octave's outputs stored per case and input set, then replayed.

``portcheck record CASE`` (or pytest ``--portcheck-record``, or ``compare(..., record=True)``)
stores what Octave returned for every input set of a case in ``<dir>/<case>.npz``. The
directory is ``portcheck-snapshots/`` next to the project's ``portcheck.toml`` (else in the
current directory); ``snapshots = "dir"`` in ``portcheck.toml`` or ``--snapshots DIR``
moves it. Each entry holds:

* the input set's name and the SHA-256 of the values Octave was given (:func:`input_hash`);
* Octave's outputs (numbers, logicals, text), or the error Octave raised for those inputs;
* the SHA-256 of the reference ``.m`` and of every ``.m`` it can reach on its path
  (:func:`reachable_m_files`), by path relative to the reference's directory;
* the Octave and oct2py versions that produced it.

When Octave is missing (mode ``"auto"``) or replay is asked for (``"replay"``), the
workflow gets a :class:`ReplaySession` instead of an Octave session: it answers the
reference's evaluations from the file and nothing runs. Evaluations that were not
recorded -- the diagnosis's probes on transformed inputs -- come back as skipped, and
the report says how many. A snapshot whose ``.m`` files or inputs changed is
:class:`~portcheck.errors.SnapshotStale`, whose tip is the command that refreshes it;
no snapshot at all is :class:`~portcheck.errors.SnapshotMissing` (pytest skips then).

The file is a plain ``.npz`` (a zip of ``.npy`` arrays and one JSON text), read with
``allow_pickle=False`` and written deterministically (fixed zip dates, sorted
entries), so recording unchanged outputs again leaves it byte for byte the same.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from .cases.project import find_project_file, load_project, show_path
from .errors import OctaveError, OctaveNotFound, PortcheckError, SnapshotError, SnapshotMissing, SnapshotStale, UsageError
from .runner import run_reference
from .signature import normalise_name, read_m_signature

__all__ = ["MODES", "DEFAULT_DIR", "SnapshotOptions", "ReferenceSource", "ReplaySession", "Recorded",
           "octave_available", "snapshot_dir", "snapshot_file", "input_hash", "reachable_m_files", "m_file_hashes",
           "open_replay", "record", "record_cases", "finish"]

#: ``auto``: Octave when it is installed, else the snapshot; ``live``: Octave only;
#: ``replay``: the snapshot only; ``record``: Octave, and store its outputs.
MODES = ("auto", "live", "replay", "record")
DEFAULT_DIR = "portcheck-snapshots"
FORMAT = 1
SKIPPED = "portcheck:snapshot-skipped"   # identifier of an evaluation a replay could not answer
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class SnapshotOptions:
    """Where the reference's outputs come from, and where snapshots live.

    Attributes
    ----------
    mode : {"auto", "live", "replay", "record"}
    directory : path-like, optional
        The snapshot directory; default :func:`snapshot_dir` of each case.
    refresh : str, optional
        The command that refreshes a snapshot, as shown in errors; ``{case}``
        stands for the case name. Default ``portcheck record {case}``.
    start : path-like, optional
        Where to look for ``portcheck.toml`` (upward) for a case that has none;
        default the current directory.
    """

    mode: str = "auto"
    directory: Path | None = None
    refresh: str | None = None
    start: Path | None = None

    def __post_init__(self):
        if self.mode not in MODES:
            raise UsageError(f"snapshot mode={self.mode!r}: expected one of {list(MODES)}")

    def refresh_command(self, case) -> str:
        template = self.refresh or "portcheck record {case}"
        return template.replace("{case}", case.name)


@dataclass(frozen=True)
class ReferenceSource:
    """Where a comparison's Octave outputs came from (``CompareResult.source``)."""

    kind: str = "octave"          # "octave": run now; "snapshot": replayed from ``path``
    path: str | None = None       # the snapshot replayed, or the one recorded to
    octave: str | None = None     # the Octave version that produced the outputs
    reason: str = ""              # why a snapshot was replayed
    skipped_probes: int = 0       # reference evaluations of the diagnosis that needed Octave
    recorded: bool = False        # kind "octave": the outputs were stored in ``path``

    @property
    def replayed(self) -> bool:
        return self.kind == "snapshot"

    def describe(self) -> str:
        """One line for the report's header ("" for a plain live run)."""
        if self.replayed:
            return f"replayed from {self.path} (recorded with Octave {self.octave}; {self.reason}: Octave was not run)"
        return f"recorded to {self.path}" if self.recorded else ""

    def to_dict(self) -> dict:
        return {"kind": self.kind, "path": self.path, "octave": self.octave, "reason": self.reason or None,
                "skipped_probes": self.skipped_probes, "recorded": self.recorded}


def octave_available() -> bool:
    """True when an Octave executable is configured or on ``PATH`` (nothing is started)."""
    from .octave import find_octave

    try:
        find_octave()
    except OctaveNotFound:
        return False
    return True


# --------------------------------------------------------------------------- where


def snapshot_dir(case, directory=None, start=None) -> Path:
    """The snapshot directory of ``case``.

    ``directory`` when given; else ``snapshots`` of the case's ``portcheck.toml``
    (or of the one found from ``start``, default the current directory, upward),
    else ``portcheck-snapshots/`` next to that toml, else in ``start``.
    """
    if directory is not None:
        return Path(directory).expanduser().absolute()
    toml = case.origin or find_project_file(start)
    if toml is not None:
        project = load_project(toml)
        return project.snapshots or Path(toml).parent / DEFAULT_DIR
    return Path(start or os.getcwd()).absolute() / DEFAULT_DIR


def snapshot_file(case, options: SnapshotOptions | None = None) -> Path:
    """``<dir>/<case name>.npz``."""
    directory = snapshot_dir(case, options.directory if options else None, options.start if options else None)
    return directory / (re.sub(r"[^\w.\-]", "_", case.name) + ".npz")


# --------------------------------------------------------------------------- hashes


def input_hash(args: Sequence) -> str:
    """SHA-256 of argument values as Octave receives them (ints as doubles, a 0-d or 1-D array as a row)."""
    h = hashlib.sha256(b"portcheck-inputs-1")
    for value in args:
        _feed(h, value)
    return h.hexdigest()


def _feed(h, value) -> None:
    if isinstance(value, str):
        data = value.encode()
        h.update(b"S%d:" % len(data) + data)
    elif isinstance(value, Mapping):
        h.update(b"D%d:" % len(value))
        for key in sorted(value, key=str):
            _feed(h, str(key))
            _feed(h, value[key])
    elif isinstance(value, (list, tuple)):
        h.update(b"L%d:" % len(value))
        for item in value:
            _feed(h, item)
    else:
        a = np.asarray(np.nan if value is None else value)
        if a.dtype.kind not in "biufc":
            raise TypeError(f"a {type(value).__name__} cannot be hashed as an Octave value")
        if a.dtype.kind in "iu":
            a = a.astype(np.float64)
        a = a.reshape(1, -1) if a.ndim < 2 else a
        h.update(f"A{a.dtype.str}{a.shape}:".encode())
        h.update(np.ascontiguousarray(a).tobytes())


_TOKEN = re.compile(rb"[A-Za-z]\w*")
_FILE_HASHES: dict = {}


def reachable_m_files(reference, dirs: Sequence = ()) -> list[Path]:
    """The ``.m`` file ``reference`` and every ``.m`` it can reach on its path, sorted.

    The path is the reference's ``private/`` directory, its own directory, then
    ``dirs``; a name found in several places is the first one's (Octave's rule).
    A file reaches every function whose name occurs in its text -- calls, handles,
    strings, even comments: a superset, so no dependency is missed.
    """
    reference = Path(reference).resolve()
    if not reference.is_file():
        return []
    index: dict[str, Path] = {}
    for folder in (reference.parent / "private", reference.parent, *(Path(d).resolve() for d in dirs)):
        if folder.is_dir():
            for p in sorted(folder.glob("*.m")):
                index.setdefault(p.stem, p.resolve())
    found, seen = [reference], {reference}
    for path in found:  # grows while it is walked
        for token in set(_TOKEN.findall(path.read_bytes())):
            dep = index.get(token.decode())
            if dep is not None and dep not in seen:
                seen.add(dep)
                found.append(dep)
    return sorted(found)


def m_file_hashes(case) -> dict[str, str]:
    """``{path relative to the reference's directory: SHA-256}`` of :func:`reachable_m_files`."""
    base = Path(case.reference_path).resolve().parent
    out = {}
    for path in reachable_m_files(case.reference_path):
        st = path.stat()
        key = (str(path), st.st_mtime_ns, st.st_size)
        if key not in _FILE_HASHES:
            _FILE_HASHES[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        out[Path(os.path.relpath(path, base)).as_posix()] = _FILE_HASHES[key]
    return out


def _m_change(recorded: dict, current: dict, base: Path) -> str:
    """What changed among the ``.m`` files, in words (the first few)."""
    def show(rel):
        return show_path((base / rel).resolve())

    said = [f"{show(r)} changed" for r in sorted(recorded) if r in current and recorded[r] != current[r]]
    said += [f"{show(r)} is new on its path" for r in sorted(set(current) - set(recorded))]
    said += [f"{show(r)} is gone" for r in sorted(set(recorded) - set(current))]
    return ", ".join(said[:3]) + (f" and {len(said) - 3} more" if len(said) > 3 else "")


# --------------------------------------------------------------------------- the file


@dataclass
class _Entry:
    """One recorded evaluation: an input set's outputs (or error) with what they depend on."""

    set: str
    inputs: str
    nout: int
    outputs: list | None
    error: dict | None
    m_files: dict
    octave: str | None
    oct2py: str | None = None

    def result(self):
        """What :meth:`OctaveSession.call_many` would have returned: outputs, or the OctaveError."""
        if self.error is not None:
            e = self.error
            return OctaveError(e["message"], octave_message=e.get("octave_message", ""),
                               stack=[tuple(s) for s in e.get("stack", [])], identifier=e.get("identifier", ""))
        return [v.copy() if isinstance(v, np.ndarray) else v for v in self.outputs]


@dataclass
class _Snapshot:
    path: Path
    entries: list = field(default_factory=list)


def _read(path: Path, refresh: str) -> _Snapshot:
    shown = show_path(path)
    try:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["__meta__"][()]))
            arrays = {k: z[k] for k in z.files if k != "__meta__"}
        if meta.get("format") != FORMAT:
            raise ValueError(f"format {meta.get('format')!r}, this portcheck reads format {FORMAT}")
        entries = []
        for e in meta["entries"]:
            outputs = None if e["outputs"] is None else [
                o["text"] if "text" in o else arrays[o["array"]] for o in e["outputs"]]
            entries.append(_Entry(e["set"], e["inputs"], int(e["nout"]), outputs, e["error"], dict(e["m_files"]),
                                  e.get("octave"), e.get("oct2py")))
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise SnapshotError(f"{shown} is not a readable portcheck snapshot ({exc})",
                            tip=f"delete it and record it again where Octave is installed: {refresh}") from None
    return _Snapshot(path, entries)


def _encode(entry: _Entry, arrays: dict) -> dict:
    outputs = None
    if entry.outputs is not None:
        outputs = []
        for value in entry.outputs:
            if isinstance(value, str):
                outputs.append({"text": value})
            else:
                name = f"a{len(arrays)}"
                arrays[name] = np.asarray(value)
                outputs.append({"array": name})
    return {"set": entry.set, "inputs": entry.inputs, "nout": entry.nout, "outputs": outputs, "error": entry.error,
            "m_files": entry.m_files, "octave": entry.octave, "oct2py": entry.oct2py}


def _write(path: Path, case, function: str, entries: list) -> None:
    from . import resources

    arrays: dict = {}
    entries = sorted(entries, key=lambda e: (e.set, e.inputs, e.nout))
    meta = {"format": FORMAT, "case": case.name, "function": function, "portcheck": resources.VERSION,
            "entries": [_encode(e, arrays) for e in entries]}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, value in [("__meta__", np.array(json.dumps(meta, indent=1, sort_keys=True))), *arrays.items()]:
            data = io.BytesIO()
            np.lib.format.write_array(data, value, allow_pickle=False)
            z.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_DATE), data.getvalue(), zipfile.ZIP_DEFLATED)
    blob = buf.getvalue()
    if path.is_file() and path.read_bytes() == blob:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(blob)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def _locked(directory: Path):
    """An exclusive lock on the snapshot directory (pytest-xdist workers may record at once)."""
    directory.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no concurrent recording there
        yield
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- replay


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


def _arglists(signature, input_sets) -> list[tuple]:
    return [tuple(s.values[n] for n in signature.inputs) for s in input_sets]


def open_replay(options: SnapshotOptions | None, case, signature, input_sets) -> ReplaySession | None:
    """The :class:`ReplaySession` to compare ``input_sets`` against, or None to run Octave.

    Raises
    ------
    SnapshotMissing
        Replay is needed (Octave missing in mode ``auto``, or mode ``replay``) and
        nothing of these input sets was recorded.
    SnapshotStale
        A ``.m`` file or the inputs changed since recording, or some sets were
        not recorded; the tip is the refresh command.
    """
    if options is None or options.mode in ("live", "record"):
        return None
    reason = "replay requested"
    if options.mode == "auto":
        if octave_available():
            return None
        reason = "GNU Octave not found"
    path = snapshot_file(case, options)
    refresh = options.refresh_command(case)
    if not path.is_file():
        raise SnapshotMissing(f"{reason}, and there is no snapshot of {case.name} to compare against "
                              f"({show_path(path)} does not exist)",
                              tip=f"record one where GNU Octave is installed: {refresh}")
    snap = _read(path, refresh)
    current = m_file_hashes(case)
    nout = len(signature.outputs)
    usable, problems, missing = {}, [], []
    for e in snap.entries:
        if e.m_files == current:
            usable[(e.inputs, e.nout)] = e
    for s, args in zip(input_sets, _arglists(signature, input_sets)):
        h = input_hash(args)
        if (h, nout) in usable:
            continue
        same_inputs = next((e for e in snap.entries if e.inputs == h and e.nout == nout), None)
        same_name = next((e for e in snap.entries if e.set == s.name), None)
        if same_inputs is not None:
            base = Path(case.reference_path).resolve().parent
            problems.append(_m_change(same_inputs.m_files, current, base) + " since it was recorded")
        elif same_name is not None:
            problems.append(f"the inputs of input set {s.name!r} changed since it was recorded")
        else:
            missing.append(s.name)
    if problems:
        raise SnapshotStale(f"snapshot {show_path(path)} is stale: {problems[0]}",
                            tip=f"refresh it where GNU Octave is installed: {refresh}")
    if missing and len(missing) == len(input_sets):
        raise SnapshotMissing(f"{reason}, and {show_path(path)} holds no outputs for these input sets of {case.name} "
                              f"({', '.join(missing)})", tip=f"record them where GNU Octave is installed: {refresh}")
    if missing:
        raise SnapshotStale(f"snapshot {show_path(path)} lacks input set(s) {', '.join(map(repr, missing))}",
                            tip=f"refresh it where GNU Octave is installed: {refresh}")
    used = [usable[(input_hash(a), nout)] for a in _arglists(signature, input_sets)]
    return ReplaySession(path, usable, used[0].octave if used else None, reason)


# --------------------------------------------------------------------------- record


def record(options: SnapshotOptions | None, case, signature, input_sets, refs, octave: str | None) -> Path:
    """Store Octave's results (``refs``: one :class:`~portcheck.runner.ReferenceRun` per set) in the case's snapshot.

    Entries of other input sets already in the file are kept; those with the same
    set name or the same inputs are replaced.
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
    for s, args, ref in zip(input_sets, _arglists(signature, input_sets), refs):
        new.append(_Entry(s.name, input_hash(args), nout, _storable(ref.outputs, case, s) if ref.error is None else None,
                          _error_dict(ref.error), hashes, octave, oct2py))
    with _locked(path.parent):
        old = []
        if path.is_file():
            try:
                old = _read(path, "").entries
            except SnapshotError:
                old = []  # recording is the fix for an unreadable file
        names = {e.set for e in new}
        keys = {(e.inputs, e.nout) for e in new}
        kept = [e for e in old if e.set not in names and (e.inputs, e.nout) not in keys]
        _write(path, case, signature.name, kept + new)
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
    from .octave import OctaveSession

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
                refs = run_reference(session, signature.name, _arglists(signature, input_sets), len(signature.outputs))
                path = record(options, case, signature, input_sets, refs, session.version())
                out.append(Recorded(case.name, show_path(path), len(input_sets), session.version()))
            except OctaveNotFound:
                raise
            except PortcheckError as exc:
                out.append(Recorded(case.name, None, 0, None, exc))
            if progress is not None:
                progress(len(out), len(cases))
    return out
