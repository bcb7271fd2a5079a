"""A port that raised (or never returned), as data: the exception and the user's line.

The port is the thing under test: an exception from it is a finding with its
traceback, never a crash of portcheck. :class:`PortFailure` is the one failure
class (defined with the sandbox, which produces most of them: a raise in the
port's process, a hang, an exit, a crash). :func:`failure_from` makes one from
an exception raised in portcheck's own process, keeping the frames of the
user's code (not portcheck's, not the standard library's or NumPy's) and
locating it at the innermost line the user wrote.
"""
from __future__ import annotations

import linecache
import sysconfig
import traceback
from pathlib import Path

from ..sandbox._result import PortFailure

__all__ = ["PortFailure", "failure_from"]

_PACKAGE_DIR = str(Path(__file__).resolve().parents[1])


def _library_dirs() -> tuple[str, ...]:
    dirs = {sysconfig.get_paths().get(k) for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    return tuple(sorted(d for d in dirs if d))


def _is_library(filename: str) -> bool:
    return filename.startswith(_library_dirs()) or "site-packages" in filename or "dist-packages" in filename


def failure_from(exc: BaseException) -> PortFailure:
    """The exception as a :class:`PortFailure`: portcheck's own frames dropped, located at the user's line.

    The location is the innermost frame in the user's code (not the standard
    library, not an installed package such as NumPy): for an error raised inside
    ``np.dot`` it is the line of the port that called ``np.dot``.
    """
    failure = getattr(exc, "failure", None)
    if isinstance(failure, PortFailure):  # raised by calling a Port: the port's own failure
        return failure
    tb = traceback.extract_tb(exc.__traceback__)
    user = [f for f in tb if not f.filename.startswith(_PACKAGE_DIR) and "importlib" not in f.filename]
    own = [f for f in user if not _is_library(f.filename) and not f.filename.startswith("<")]
    frame = own[-1] if own else user[-1] if user else (tb[-1] if tb else None)
    lines = ["Traceback (most recent call last):\n"] + traceback.format_list(user or tb) + traceback.format_exception_only(type(exc), exc)
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return PortFailure(
        type=type(exc).__name__,
        message=message,
        file=frame.filename if frame else None,
        line=frame.lineno if frame else None,
        source=(frame.line or linecache.getline(frame.filename, frame.lineno).strip()) if frame else None,
        traceback="".join(lines).rstrip(),
    )
