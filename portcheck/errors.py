"""portcheck's exceptions: one small hierarchy, each carrying its own remedy.

``PortcheckError`` is the root. Its ``exit_code`` is what the CLI returns; its
``tip`` is printed after the one-line message. ``ParityError`` is an
``AssertionError`` so that pytest shows it as a test failure, not an error.

Every message is one line: what failed, the value that failed (``name=value!r``),
and the remedy; the catalogue of messages is in docs/errors.md.
"""
from __future__ import annotations

__all__ = [
    "PortcheckError",
    "UsageError",
    "OctaveNotFound",
    "OctaveError",
    "ReferenceUnusable",
    "OctaveTimeout",
    "OctaveInputRequested",
    "OctaveDied",
    "SnapshotError",
    "SnapshotMissing",
    "SnapshotStale",
    "SignatureError",
    "PortLoadError",
    "ParityError",
]


class PortcheckError(Exception):
    """Base class. ``str(err)`` is one line: what is wrong and how to fix it.

    Attributes
    ----------
    message : str
        The one line.
    tip : str or None
        The remedy, printed after the message as ``Tip: ...``.
    details : str or None
        Longer supporting text printed before the message (e.g. the traceback of
        a user's file that failed to import).
    """

    exit_code = 2

    def __init__(self, message: str, *, tip: str | None = None, details: str | None = None):
        super().__init__(message)
        self.message = message
        self.tip = tip
        self.details = details


class UsageError(PortcheckError):
    """The command, its arguments or an input file are wrong."""


class OctaveNotFound(PortcheckError):
    """No runnable GNU Octave executable (missing, or it fails to start)."""


class OctaveError(PortcheckError):
    """Octave raised an error; ``stack`` keeps Octave's call stack.

    Attributes
    ----------
    octave_message : str
        Octave's own error text on one line, e.g.
        ``"operator *: nonconformant arguments (op1 is 5x3, op2 is 4x1)"``.
    stack : tuple of (function name, line, column)
        Innermost first, as Octave reports it.
    identifier : str
        Octave's error identifier, e.g. ``"Octave:undefined-function"`` ("" if none).
    """

    def __init__(self, message: str, *, octave_message: str = "", stack=(), identifier: str = "",
                 tip: str | None = None):
        super().__init__(message, tip=tip)
        self.octave_message = octave_message
        self.stack = tuple(stack)
        self.identifier = identifier


class ReferenceUnusable(OctaveError):
    """The reference cannot run at all: a parse error, or a function or name Octave cannot find.

    Unlike a reference that raises for some inputs (a finding, exit 1), nothing
    can be compared, so this is an environment error (exit 2).
    """


class OctaveTimeout(PortcheckError):
    """An Octave call did not return in time; Octave was killed (it restarts on the next call)."""


class OctaveInputRequested(PortcheckError):
    """The Octave code asked for keyboard input (``input``, ``keyboard``); the call was stopped."""


class OctaveDied(PortcheckError):
    """The Octave process ended during a call (crash, kill, ``exit``, interrupt)."""


class SnapshotError(PortcheckError):
    """A recorded reference (``portcheck-snapshots/*.npz``) cannot be used; the tip says how to refresh it."""


class SnapshotMissing(SnapshotError):
    """No recorded Octave outputs for this check (pytest skips the test when Octave is missing too)."""


class SnapshotStale(SnapshotError):
    """The recorded Octave outputs no longer fit: a ``.m`` file or the inputs changed since recording."""


class SignatureError(PortcheckError):
    """A ``.m`` signature could not be read, or a port's arguments could not be mapped."""


class PortLoadError(PortcheckError):
    """The Python port named by ``FILE.py:FUNC`` could not be found, imported, or imported in time."""


class ParityError(AssertionError):
    """A port's outputs differ from the Octave reference (raised by the parity assertion)."""
