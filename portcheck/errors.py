"""portcheck's exceptions: one small hierarchy, each carrying its own remedy.

``PortcheckError`` is the root. Its ``exit_code`` is what the CLI returns; its
``tip`` is printed after the one-line message. ``ParityError`` is an
``AssertionError`` so that pytest shows it as a test failure, not an error.
"""
from __future__ import annotations

__all__ = [
    "PortcheckError",
    "UsageError",
    "OctaveNotFound",
    "OctaveError",
    "OctaveTimeout",
    "OctaveDied",
    "SignatureError",
    "PortLoadError",
    "ParityError",
]


class PortcheckError(Exception):
    """Base class. ``str(err)`` is one line: what is wrong and how to fix it."""

    exit_code = 2

    def __init__(self, message: str, *, tip: str | None = None):
        super().__init__(message)
        self.message = message
        self.tip = tip


class UsageError(PortcheckError):
    """The command, its arguments or an input file are wrong."""


class OctaveNotFound(PortcheckError):
    """No runnable GNU Octave executable."""


class OctaveError(PortcheckError):
    """Octave raised an error; ``stack`` keeps Octave's call stack.

    Attributes
    ----------
    octave_message : str
        Octave's own error text, e.g. ``"operator *: nonconformant arguments"``.
    stack : tuple of (function name, line, column)
        Innermost first, as Octave reports it.
    """

    def __init__(self, message: str, *, octave_message: str = "", stack=(), tip: str | None = None):
        super().__init__(message, tip=tip)
        self.octave_message = octave_message
        self.stack = tuple(stack)


class OctaveTimeout(PortcheckError):
    """An Octave call did not return in time; the session was killed and restarted."""


class OctaveDied(PortcheckError):
    """The Octave process ended during a call (crash, kill, ``exit``)."""


class SignatureError(PortcheckError):
    """A ``.m`` signature could not be read, or a port's arguments could not be mapped."""


class PortLoadError(PortcheckError):
    """The Python port named by ``FILE.py:FUNC`` could not be found or imported."""


class ParityError(AssertionError):
    """A port's outputs differ from the Octave reference (raised by the parity assertion)."""
