"""What one isolated call of a port produced (parent side, plain data)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["PortFailure", "CallResult", "PORT_TIMEOUT", "PORT_EXITED", "PORT_CRASHED", "PORT_MEMORY", "FAILURE_TYPES"]

#: ``PortFailure.type`` of a call stopped at its deadline.
PORT_TIMEOUT = "PortTimeout"
#: ... of a port that ended its process: ``sys.exit``, ``exit()``, ``os._exit``.
PORT_EXITED = "PortExited"
#: ... of a process that died by a signal (segfault, abort, kill) or broke the channel.
PORT_CRASHED = "PortCrashed"
#: ... of a port that ran out of memory under the limit (``MemoryError``).
PORT_MEMORY = "PortMemory"
FAILURE_TYPES = frozenset({PORT_TIMEOUT, PORT_EXITED, PORT_CRASHED, PORT_MEMORY})


@dataclass(frozen=True)
class PortFailure:
    """A port that raised, hung, exited or crashed: what, the user's line, the traceback.

    The fields are those of :class:`portcheck.runner.PortFailure`. ``type`` is the
    exception's class name for a port that raised, or one of
    :data:`FAILURE_TYPES` for what only an isolated process can survive.
    """

    type: str
    message: str
    file: str | None
    line: int | None
    source: str | None
    traceback: str

    def headline(self) -> str:
        where = f" at {Path(self.file).name}:{self.line}" if self.file else ""
        return f"{self.type}: {self.message}{where}"


@dataclass(frozen=True)
class CallResult:
    """One call of the port in its own process.

    Attributes
    ----------
    value : object or None
        What the port returned, decoded from data (arrays, scalars, str, None,
        bool, lists/tuples/dicts of those; :class:`~portcheck.sandbox.Unsupported`
        for anything else). None when ``failure`` is set.
    failure : PortFailure or None
    mutated : tuple of str
        Names of the arguments the port wrote into.
    seconds : float
        Time of the call inside the child (0.0 when it never returned).
    stdout, stderr : str
        What the port printed during the call (bounded; a note says when cut).
    kinds : tuple of str
        Conversions made to send the value back, e.g.
        ``"value: pandas DataFrame (5, 3) converted to ndarray float64"``.
    """

    value: object | None
    failure: PortFailure | None
    mutated: tuple[str, ...]
    seconds: float
    stdout: str = ""
    stderr: str = ""
    kinds: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.failure is None
