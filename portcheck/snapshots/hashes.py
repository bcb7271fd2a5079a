"""What a snapshot depends on: the inputs Octave was given and the ``.m`` files the reference can reach."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from ..cases.project import show_path

__all__ = ["input_hash", "reachable_m_files", "m_file_hashes", "m_change"]


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


def m_change(recorded: dict, current: dict, base: Path) -> str:
    """What changed among the ``.m`` files, in words (the first few)."""
    def show(rel):
        return show_path((base / rel).resolve())

    said = [f"{show(r)} changed" for r in sorted(recorded) if r in current and recorded[r] != current[r]]
    said += [f"{show(r)} is new on its path" for r in sorted(set(current) - set(recorded))]
    said += [f"{show(r)} is gone" for r in sorted(set(recorded) - set(current))]
    return ", ".join(said[:3]) + (f" and {len(said) - 3} more" if len(said) > 3 else "")
