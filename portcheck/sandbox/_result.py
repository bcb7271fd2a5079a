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

    The one failure class of portcheck (:mod:`portcheck.runner` re-exports it).
    ``type`` is the exception's class name for a port that raised, or one of
    :data:`FAILURE_TYPES` for what only an isolated process can survive.
    """

    type: str
    message: str
    file: str | None
    line: int | None
    source: str | None
    traceback: str
    #: for a call stopped at its deadline inside a loop's body: the loop's header,
    #: ``port.py:3: while err > 0:`` (the sampled line is wherever the loop happened to be)
    loop: str | None = None

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
    after : dict or None
        With ``return_mutated``: the arguments the port wrote into, as it left
        them, ``{"args": {index: value}, "kwargs": {name: value}}``.
    shims : tuple of dict
        Environment shims the worker applied since the last reply
        (``{"id", "what", "file", "line"}``, see :mod:`portcheck.sandbox._shims`).
    restarts : int
        Workers started again for this call (one that died before taking it).
    shapes : tuple or None
        With a shape trace: ``(file, line, kind, name, shape)`` of the arrays the
        port's lines made (``"="`` a local variable, ``"op"`` an operation on the
        traced argument or a value derived from it, ``"wrap"`` such an operation
        whose unsigned result wrapped below zero).
    instrument : dict or None
        With ``options={"instrument": ...}``: the hook's sink as the child left it,
        decoded as data (None when the call was not instrumented, or the child
        never got to send it: a hang, a crash).
    """

    value: object | None
    failure: PortFailure | None
    mutated: tuple[str, ...]
    seconds: float
    stdout: str = ""
    stderr: str = ""
    kinds: tuple[str, ...] = ()
    after: dict | None = None
    shims: tuple = ()
    restarts: int = 0
    shapes: tuple | None = None
    instrument: dict | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None
