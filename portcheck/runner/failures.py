"""A port that raised (or never returned), as data: the exception and the user's line.

The port is the thing under test: an exception from it is a finding with its
traceback, never a crash of portcheck. :func:`failure_from` keeps the frames of
the user's code (not portcheck's, not the standard library's or NumPy's) and
locates the failure at the innermost line the user wrote.
"""
from __future__ import annotations

import linecache
import sysconfig
import traceback
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PortFailure", "failure_from"]

_PACKAGE_DIR = str(Path(__file__).resolve().parents[1])


@dataclass(frozen=True)
class PortFailure:
    """A port that raised: the exception, the line of the user's code that raised, the traceback."""

    type: str
    message: str
    file: str | None
    line: int | None
    source: str | None
    traceback: str

    @property
    def place(self) -> str:
        """``"port.py:33"``, or ``""`` when no line of the user's is known."""
        return f"{Path(self.file).name}:{self.line}" if self.file else ""

    def site(self, *, quoted: bool = False) -> str:
        """The place and its source line: ``port.py:33: y[i]`` (``quoted``: ``port.py:33 `y[i]```); "" if unknown."""
        if not self.file:
            return ""
        if not self.source:
            return self.place
        return f"{self.place} `{self.source}`" if quoted else f"{self.place}: {self.source}"

    def brief(self) -> str:
        """``"IndexError at port.py:33"``."""
        return f"{self.type} at {self.place}" if self.file else self.type

    def headline(self) -> str:
        """``"IndexError: index 3 is out of bounds ... at port.py:33"``."""
        where = f" at {self.place}" if self.file else ""
        return f"{self.type}: {self.message}{where}"


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
