"""The Octave bridge: the only package that talks to oct2py (and through it to GNU Octave).

Modules, top to bottom:

``session``
    :class:`OctaveSession`: one Octave process, a deadline on every call, restart
    after a fault, nothing written into the user's directories.
``batch``
    Many argument lists in one round trip; large arrays kept resident in Octave.
``bridge``
    Loading oct2py without its import-time session, explicit conversions both
    ways, Octave's errors as one line plus its call stack.
``process``
    Signals, deadlines and child processes (also used by the port runner).
"""
from ..resources import reference_dir
from .batch import RESIDENT_MIN_BYTES, Resident
from .bridge import to_array
from .session import (DEFAULT_START_TIMEOUT, DEFAULT_TIMEOUT, INSTALL_COMMAND, INSTALL_HINT, OctaveSession, find_octave,
                      live_sessions)

__all__ = ["OctaveSession", "Resident", "find_octave", "reference_dir", "to_array", "live_sessions", "DEFAULT_TIMEOUT",
           "DEFAULT_START_TIMEOUT", "RESIDENT_MIN_BYTES", "INSTALL_HINT", "INSTALL_COMMAND"]
