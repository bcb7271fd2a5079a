"""The snapshot file: a plain ``.npz`` of arrays plus one JSON text, read without pickle, written deterministically."""
from __future__ import annotations

import io
import json
import os
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..cases.project import show_path
from ..errors import OctaveError, SnapshotError
from ..resources import VERSION

__all__ = ["FORMAT", "Entry", "Snapshot", "read", "write", "locked"]

FORMAT = 1
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass
class Entry:
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
class Snapshot:
    path: Path
    entries: list = field(default_factory=list)


def read(path: Path, refresh: str) -> Snapshot:
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
            entries.append(Entry(e["set"], e["inputs"], int(e["nout"]), outputs, e["error"], dict(e["m_files"]),
                                  e.get("octave"), e.get("oct2py")))
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise SnapshotError(f"{shown} is not a readable portcheck snapshot ({exc})",
                            tip=f"delete it and record it again where Octave is installed: {refresh}") from None
    return Snapshot(path, entries)


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


def write(path: Path, case, function: str, entries: list) -> None:
    arrays: dict = {}
    entries = sorted(entries, key=lambda e: (e.set, e.inputs, e.nout))
    meta = {"format": FORMAT, "case": case.name, "function": function, "portcheck": VERSION,
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
def locked(directory: Path):
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
