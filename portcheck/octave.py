"""The Octave session: the only module that talks to oct2py.

Why a wrapper rather than oct2py directly:

* ``import oct2py`` starts a default Octave process (about 1.2 s, plus X11
  chatter on stderr) and prints a traceback when Octave is missing. We look for
  the executable first, then load ``oct2py.core`` without running the package's
  ``__init__`` (see :func:`_load_oct2py`).
* oct2py's conversions are silent (1x1 -> float, ``[]`` -> list, logical ->
  uint8); :func:`to_array` makes each explicit so comparisons see arrays.
* Every call has a timeout; a timed-out or dead session is killed and restarted,
  and the cause surfaces as :class:`~portcheck.errors.OctaveTimeout` /
  :class:`~portcheck.errors.OctaveDied`. Octave errors become
  :class:`~portcheck.errors.OctaveError` with Octave's message and call stack.
* One round trip costs about 8.5 ms (design.md), so callers batch: push large
  inputs once with :meth:`OctaveSession.push` and evaluate many things per
  :meth:`OctaveSession.eval`.
"""
from __future__ import annotations

import atexit
import importlib.util
import logging
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import types
import weakref
from pathlib import Path

import numpy as np

from .errors import OctaveDied, OctaveError, OctaveNotFound, OctaveTimeout

__all__ = [
    "OctaveSession",
    "find_octave",
    "reference_dir",
    "to_array",
    "DEFAULT_TIMEOUT",
    "INSTALL_HINT",
]

#: Seconds an Octave call may take before the session is killed and restarted.
DEFAULT_TIMEOUT = 120.0

INSTALL_HINT = "install it with 'sudo apt-get install octave' (Debian/Ubuntu), or set OCTAVE_EXECUTABLE to its path"

_OCTAVE_LIB = Path(__file__).resolve().parent / "octave_lib"
_SESSIONS: "weakref.WeakSet[OctaveSession]" = weakref.WeakSet()
_OCT2PY = None
_OCT2PY_LOCK = threading.Lock()


def reference_dir(exercise: str | None = None) -> Path:
    """Directory of the bundled reference ``.m`` files (``ex4`` etc. below it)."""
    base = Path(__file__).resolve().parent / "reference_octave"
    return base / exercise if exercise else base


def find_octave() -> str:
    """Path of the Octave executable to run, or raise :class:`OctaveNotFound`.

    ``OCTAVE_EXECUTABLE`` wins when set (it must name a runnable file); otherwise
    ``octave-cli`` then ``octave`` on ``PATH``.
    """
    configured = os.environ.get("OCTAVE_EXECUTABLE")
    if configured:
        path = shutil.which(configured)
        if path is None:
            raise OctaveNotFound(
                f"GNU Octave not found: OCTAVE_EXECUTABLE={configured!r} is not a runnable file; "
                f"fix the variable or unset it, or {INSTALL_HINT}"
            )
        return path
    for name in ("octave-cli", "octave"):
        path = shutil.which(name)
        if path:
            return path
    raise OctaveNotFound(f"GNU Octave not found (no octave-cli or octave on PATH); {INSTALL_HINT}")


def _load_oct2py():
    """Import ``oct2py.core`` without executing ``oct2py/__init__.py``.

    The package ``__init__`` creates a module-level session at import time. We
    register a light package module instead that exposes the same public names
    and creates ``oct2py.octave`` only when someone asks for it, so a user's
    port that imports oct2py itself still works.
    """
    global _OCT2PY
    with _OCT2PY_LOCK:
        if _OCT2PY is not None:
            return _OCT2PY
        if "oct2py" not in sys.modules:
            spec = importlib.util.find_spec("oct2py")
            if spec is None:  # pragma: no cover - a broken install
                raise OctaveNotFound("the Python package oct2py is not installed; run 'pip install oct2py'")
            pkg = types.ModuleType("oct2py")
            pkg.__spec__ = spec
            pkg.__path__ = list(spec.submodule_search_locations or [])
            pkg.__file__ = spec.origin
            pkg.__package__ = "oct2py"
            sys.modules["oct2py"] = pkg
            core = importlib.import_module("oct2py.core")
            utils = importlib.import_module("oct2py.utils")
            io = importlib.import_module("oct2py.io")
            settings = importlib.import_module("oct2py.settings")
            version = importlib.import_module("oct2py._version")
            pkg.Oct2Py = core.Oct2Py
            pkg.Oct2PyError = utils.Oct2PyError
            pkg.Oct2PyWarning = getattr(utils, "Oct2PyWarning", Warning)
            pkg.get_log = utils.get_log
            pkg.Struct, pkg.StructArray, pkg.Cell = io.Struct, io.StructArray, io.Cell
            pkg.Oct2PySettings = settings.Oct2PySettings
            pkg.__version__ = version.__version__

            def __getattr__(name):  # PEP 562: the default session, on demand only
                if name == "octave":
                    pkg.octave = core.Oct2Py()
                    return pkg.octave
                raise AttributeError(f"module 'oct2py' has no attribute {name!r}")

            pkg.__getattr__ = __getattr__
        _OCT2PY = sys.modules["oct2py"]
        return _OCT2PY


def to_array(value) -> np.ndarray:
    """Make an Octave result an explicit ``ndarray``.

    1x1 results arrive as Python scalars and become shape ``(1, 1)``; ``[]``
    arrives as a list and becomes ``(0, 0)``; logical arrays arrive as uint8 and
    are left as they are (the comparison treats them as numbers). Strings and
    cells are returned unchanged.
    """
    if isinstance(value, np.ndarray):
        return value if value.ndim >= 2 else np.atleast_2d(value)
    if isinstance(value, (bool, int, float, complex, np.number)):
        return np.array([[value]])
    if isinstance(value, list) and not value:
        return np.zeros((0, 0))
    return value


_STACK_LINE = re.compile(r"^\s+(?P<name>\S+) at line (?P<line>\d+)(?:, column (?P<col>\d+))?")


def _parse_octave_error(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Octave's message and stack from oct2py's error text."""
    lines = text.splitlines()
    message = ""
    stack = []
    for line in lines:
        match = _STACK_LINE.match(line)
        if match:
            stack.append((match["name"], int(match["line"]), int(match["col"] or 0)))
        elif not message and line.startswith("error:"):
            message = line[len("error:"):].strip()
        elif not message and line.startswith("parse error"):
            detail = " ".join(l.strip() for l in lines[lines.index(line) + 1:] if l.strip() and not l.strip().startswith(">>>") and set(l.strip()) != {"^"})
            message = ("parse error: " + detail).strip()
    if not message:
        message = next((l.strip() for l in lines if l.strip() and not l.startswith("Octave evaluation error")), text.strip())
    return message, stack


class OctaveSession:
    """A GNU Octave process with a timeout on every call.

    Parameters
    ----------
    paths : iterable of path-like
        Directories added to Octave's path at start (and again after a restart).
    timeout : float
        Seconds any single call may take (default :data:`DEFAULT_TIMEOUT`).
    executable : str, optional
        Octave to run; default from :func:`find_octave`.

    Examples
    --------
    >>> with OctaveSession(paths=[reference_dir("ex4")]) as oc:   # doctest: +SKIP
    ...     J, grad = oc.call("nnCostFunction", p, 3, 5, 3, X, y, 0.0, nout=2)
    """

    def __init__(self, paths=(), *, timeout: float = DEFAULT_TIMEOUT, executable: str | None = None):
        self.timeout = float(timeout)
        self.executable = executable or find_octave()
        self._paths: list[str] = []
        self._oc = None
        self._pid: int | None = None
        self.round_trips = 0
        self.restarts = 0
        self.output: list[str] = []
        for p in (*paths, _OCTAVE_LIB):  # front first, as addpath(a, b) orders them
            self._paths.append(str(Path(p).resolve()))

    # -- life cycle ---------------------------------------------------------
    def start(self) -> "OctaveSession":
        """Start Octave (idempotent)."""
        if self._oc is not None:
            return self
        oct2py = _load_oct2py()
        logger = logging.getLogger("portcheck.octave")
        logger.setLevel(logging.WARNING)
        try:
            with _quiet_stderr() as chatter:
                self._oc = oct2py.Oct2Py(
                    executable=self.executable,
                    timeout=self.timeout,
                    logger=logger,
                    backend="disable",
                )
        except Exception as exc:  # oct2py raises Oct2PyError with the start-up failure
            detail = (str(exc).strip() or chatter.read().strip() or type(exc).__name__).splitlines()[0]
            raise OctaveNotFound(
                f"GNU Octave at {self.executable!r} could not be started ({detail}); {INSTALL_HINT}"
            ) from None
        child = getattr(getattr(self._oc._engine, "repl", None), "child", None)
        self._pid = getattr(child, "pid", None)
        _SESSIONS.add(self)
        # Never write into the user's directories: no octave-workspace core
        # dumps, and a private working directory (oct2py's exchange dir).
        setup = ("crash_dumps_octave_core(false); sighup_dumps_octave_core(false); "
                 "sigterm_dumps_octave_core(false); more off; "
                 f"cd({_octave_string(self._oc._settings.temp_dir or tempfile.gettempdir())});")
        if self._paths:
            setup += " addpath(" + ", ".join(_octave_string(p) for p in self._paths) + ");"
        self._raw_eval(setup)
        return self

    def close(self) -> None:
        """Stop Octave and make sure its process is gone."""
        oc, self._oc = self._oc, None
        # Kill first: a graceful 'exit' makes Octave 7 print "error: ignoring
        # const execution_exception& while preparing to exit" on our stderr.
        _kill(self._pid, reap=oc is None)
        self._pid = None
        if oc is not None:
            try:
                oc.exit()  # removes oct2py's exchange directory in /dev/shm
            except Exception:
                pass
        _SESSIONS.discard(self)

    def restart(self) -> None:
        """Kill the process and start a fresh one with the same path."""
        self.close()
        self.restarts += 1
        self.start()

    def __enter__(self) -> "OctaveSession":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):  # last resort; close() is the contract
        try:
            _kill(self._pid)
        except Exception:
            pass

    @property
    def pid(self) -> int | None:
        """Process id of the running Octave, or None."""
        return self._pid

    # -- calls --------------------------------------------------------------
    def add_path(self, path) -> None:
        """Put a directory at the FRONT of Octave's path (kept across restarts).

        Exercises reuse names (``predict.m`` in ex2, ex3 and ex4; ``sigmoid.m``
        in several), so the directory of the case being run must win: calling
        ``addpath`` again moves an existing entry to the front.
        """
        p = str(Path(path).resolve())
        if self._paths and self._paths[0] == p:
            return
        if p in self._paths:
            self._paths.remove(p)
        self._paths.insert(0, p)
        if self._oc is not None:
            self._raw_eval(f"addpath({_octave_string(p)});")

    def call(self, name: str, *args, nout: int = 1, timeout: float | None = None) -> list:
        """Call the Octave function ``name`` and return its ``nout`` outputs as a list.

        Numeric outputs are 2-D ``ndarray`` (see :func:`to_array`).
        """
        self.start()
        args = tuple(_to_octave(a) for a in args)
        result = self._guard(lambda t: self._oc.feval(name, *args, nout=nout, timeout=t, stream_handler=self.output.append), timeout, what=f"{name}()")
        if nout == 0:
            return []
        if nout == 1:
            result = [result]
        return [to_array(r) for r in result]

    def call_many(self, name: str, arglists, *, nout: int = 1, timeout: float | None = None) -> list:
        """Evaluate ``name`` on each argument tuple in ONE round trip.

        Returns one entry per tuple: a list of ``nout`` arrays, or an
        :class:`~portcheck.errors.OctaveError` instance (not raised) when that
        evaluation failed, so one bad input set does not hide the others.
        Uses ``octave_lib/portcheck_batch.m``.
        """
        self.start()
        if str(_OCTAVE_LIB) not in self._paths:  # on the path is enough; it shadows nothing
            self.add_path(_OCTAVE_LIB)
        packed = [tuple(_to_octave(a) for a in args) for args in arglists]
        raw = self._guard(
            lambda t: self._oc.feval("portcheck_batch", name, packed, float(nout), timeout=t, stream_handler=self.output.append),
            timeout,
            what=f"{name}() x{len(packed)}",
        )
        entries = list(np.asarray(raw, dtype=object).ravel()) if len(packed) != 1 or not isinstance(raw, dict) else [raw]
        results = []
        for entry in entries:
            if isinstance(entry, dict):
                where = entry.get("where") or {}
                stack = [(str(where.get("name", "")), int(where.get("line", 0) or 0), int(where.get("column", 0) or 0))] if where.get("name") else []
                loc = f" (in {stack[0][0]} at line {stack[0][1]})" if stack else ""
                msg = str(entry.get("message", ""))
                results.append(OctaveError(f"Octave error in {name}(): {msg}{loc}", octave_message=msg, stack=stack))
            else:
                outs = list(np.asarray(entry, dtype=object).ravel())
                results.append([to_array(o) for o in outs])
        return results

    def eval(self, code: str, *, nout: int = 0, timeout: float | None = None):
        """Evaluate Octave code; with ``nout=1`` return the value of the expression."""
        self.start()
        result = self._guard(lambda t: self._oc.eval(code, nout=nout, timeout=t, stream_handler=self.output.append), timeout, what="eval")
        return to_array(result) if nout else None

    def push(self, name: str, value) -> None:
        """Store ``value`` in Octave's workspace as ``name`` (sent once, reused by later evals)."""
        self.start()
        self._guard(lambda t: self._oc.push(name, _to_octave(value), timeout=t), None, what=f"push {name}")

    def pull(self, name: str):
        """Read ``name`` back from Octave's workspace."""
        self.start()
        return to_array(self._guard(lambda t: self._oc.pull(name, timeout=t), None, what=f"pull {name}"))

    def version(self) -> str:
        """Octave's version string, e.g. ``'7.3.0'`` (asked once per session)."""
        if getattr(self, "_version", None) is None:
            self._version = str(self.eval("OCTAVE_VERSION", nout=1))
        return self._version

    def _raw_eval(self, code: str) -> None:
        self._guard(lambda t: self._oc.eval(code, nout=0, timeout=t, stream_handler=self.output.append), None, what="eval")

    def _guard(self, thunk, timeout, *, what: str):
        oct2py = _load_oct2py()
        t = self.timeout if timeout is None else float(timeout)
        self.round_trips += 1
        try:
            return thunk(t)
        except oct2py.Oct2PyError as exc:
            text = str(exc)
            if "Timed out" in text:
                self.restart()
                raise OctaveTimeout(
                    f"Octave call {what} did not return within {t:g} s; the session was killed and restarted",
                    tip="raise the limit with --timeout, or look for an infinite loop or a keyboard/input() call in the .m file",
                ) from None
            if "Session died" in text or "Session is closed" in text:
                self.restart()
                raise OctaveDied(f"the Octave process ended during {what}; the session was restarted") from None
            message, stack = _parse_octave_error(text)
            where = f" (in {stack[0][0]} at line {stack[0][1]})" if stack else ""
            raise OctaveError(f"Octave error in {what}: {message}{where}", octave_message=message, stack=stack) from None
        except (EOFError, OSError) as exc:
            self.restart()
            raise OctaveDied(f"the Octave process ended during {what} ({type(exc).__name__}); the session was restarted") from None


def _octave_string(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _to_octave(value):
    """Send numbers as double arrays in the same shape; 1-D arrays go as columns.

    oct2py sends 1-D arrays as rows; MATLAB code almost always expects column
    vectors (``X*theta``, ``y``), so portcheck's inputs carry explicit 2-D
    shapes and a stray 1-D array is made a column here.
    """
    if isinstance(value, np.ndarray):
        if value.dtype == bool:
            return value
        if value.ndim == 1:
            value = value.reshape(-1, 1)
        if np.issubdtype(value.dtype, np.integer):
            value = value.astype(float)
        return value
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return float(value)
    return value


def _kill(pid: int | None, *, reap: bool = True) -> None:
    """SIGKILL ``pid``; reap it unless pexpect will (it waits on its own child)."""
    if not pid:
        return
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        return
    if reap:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass


class _quiet_stderr:
    """Send file descriptor 2 to a temporary file while Octave starts.

    oct2py validates the executable by running it once; that child prints
    "octave: X11 DISPLAY environment variable not set" and Octave 7's exit
    chatter straight to our stderr. The text is kept (``.read()``) so that a
    failed start can still quote it.
    """

    def __enter__(self):
        import tempfile

        self._file = tempfile.TemporaryFile(mode="w+b")
        try:
            sys.stderr.flush()
            self._saved = os.dup(2)
            os.dup2(self._file.fileno(), 2)
        except (OSError, ValueError):
            self._saved = None
        return self

    def read(self) -> str:
        self._file.seek(0)
        return self._file.read().decode(errors="replace")

    def __exit__(self, *exc):
        if self._saved is not None:
            os.dup2(self._saved, 2)
            os.close(self._saved)
        return False


@atexit.register
def _close_all() -> None:
    for session in list(_SESSIONS):
        session.close()
