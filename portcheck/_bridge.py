"""Private helpers of the Octave bridge: loading oct2py, conversions, Octave's errors, files.

Kept apart from :mod:`portcheck.octave` so that the session class reads as a
session; nothing here holds state except the loaded oct2py module.
"""
from __future__ import annotations

import glob
import hashlib
import importlib.util
import os
import re
import shutil
import sys
import tempfile
import threading
import types

import numpy as np

from . import _process
from .errors import OctaveNotFound

_OCT2PY = None
_OCT2PY_LOCK = threading.Lock()
_EXCHANGE_PREFIX = "portcheck-"
#: Octave's prompts when it wants an answer: oct2py's input() marker, the debugger, keyboard.
_STDIN_PROMPT = re.compile(r"\A.+?__stdin_prompt>|debug> |keyboard> ", re.DOTALL)


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


_STACK_LINE = re.compile(r"^\s+(?P<name>\S+) at line (?P<line>\d+)(?:, column (?P<col>\d+))?")


def one_line(message: str) -> str:
    """Octave's (possibly multi-line) error message as one line.

    A parse error arrives as ``parse error near line 2 of file f.m``, a blank
    line, ``syntax error``, and the offending line with a caret; it becomes
    ``parse error near line 2 of file f.m: syntax error in 'y = x +* 2;'``.
    """
    lines = [l.rstrip() for l in message.splitlines() if l.strip()]
    if not lines:
        return ""
    head, rest = lines[0].strip(), [l for l in lines[1:] if set(l.strip()) != {"^"}]
    code = [l.strip()[3:].strip() for l in rest if l.strip().startswith(">>>")]
    words = [l.strip() for l in rest if not l.strip().startswith(">>>")]
    if words:
        head += ": " + "; ".join(words)
    if code:
        head += f" in {code[0]!r}"
    return head


def _parse_octave_error(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Octave's message and stack from oct2py's error text."""
    lines = text.splitlines()
    stack = []
    body = []
    for line in lines:
        match = _STACK_LINE.match(line)
        if match:
            stack.append((match["name"], int(match["line"]), int(match["col"] or 0)))
        elif line.startswith("Octave evaluation error") or line.strip() == "error: called from:":
            continue
        else:
            body.append(line[len("error:"):].strip() if line.startswith("error:") else line)
    message = one_line("\n".join(body)) or text.strip()
    return message, stack


def _exchange_base(executable: str) -> str:
    """Where MAT exchange directories go: ``$PORTCHECK_TEMP_DIR``, else ``/dev/shm``, else the temp dir."""
    configured = os.environ.get("PORTCHECK_TEMP_DIR")
    if configured:
        os.makedirs(configured, exist_ok=True)
        return configured
    sandboxed = "snap" in executable or "flatpak" in executable
    if not sandboxed and os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
        return "/dev/shm"
    return tempfile.gettempdir()


def _remove_stale_exchange_dirs(base: str) -> None:
    """Remove exchange directories left by portcheck processes that were killed (SIGKILL)."""
    for path in glob.glob(os.path.join(base, _EXCHANGE_PREFIX + "*-*")):
        try:
            pid = int(os.path.basename(path)[len(_EXCHANGE_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _process.pid_alive(pid):
            shutil.rmtree(path, ignore_errors=True)


class _InputRequested(BaseException):
    """Octave printed an input prompt (raised from oct2py's stdin callback)."""

    def __init__(self, prompt: str):
        super().__init__(prompt)
        self.prompt = prompt


def _refuse_stdin(line: str):
    raise _InputRequested(line)


def _no_restart():
    """Installed as the Oct2Py instance's ``restart``: we restart, with our set-up, ourselves."""


def _entries(raw, n: int) -> list:
    """The per-argument-list entries of portcheck_batch's result cell."""
    if n == 0:
        return []
    if n == 1 and (isinstance(raw, dict) or not isinstance(raw, np.ndarray) or raw.dtype != object):
        return [raw]
    entries = list(np.asarray(raw, dtype=object).ravel())
    if len(entries) != n and n == 1:
        return [raw]
    return entries


def _cell(items) -> np.ndarray:
    """A 1 x n object array: oct2py sends it as a cell whatever the items are."""
    out = np.empty((1, len(items)), dtype=object)
    for i, item in enumerate(items):
        out[0, i] = item
    return out


def _pool_key(value):
    """A key under which equal argument values share one pool slot (None: never shared)."""
    if isinstance(value, np.ndarray):
        return ("array",) + _content_key(value) if value.dtype != object else None
    if isinstance(value, float):
        return ("float", np.float64(value).tobytes())
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, str):
        return ("str", value)
    return None


def _content_key(a: np.ndarray) -> tuple:
    if a.flags.c_contiguous:
        buf, order = a, "C"
    elif a.flags.f_contiguous:
        buf, order = a.T, "F"
    else:
        buf, order = np.ascontiguousarray(a), "C"
    digest = hashlib.sha1(memoryview(buf).cast("B"), usedforsecurity=False).hexdigest()
    return (a.shape, a.dtype.str, order, digest)


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


class _quiet_stderr:
    """Send file descriptor 2 to a temporary file while Octave starts.

    oct2py validates the executable by running it once; that child prints
    "octave: X11 DISPLAY environment variable not set" and Octave 7's exit
    chatter straight to our stderr. The text is kept (``.read()``) so that a
    failed start can still quote it.
    """

    def __enter__(self):
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
        text = self._file.read().decode(errors="replace")
        self._file.close()
        return text

    def __exit__(self, *exc):
        if self._saved is not None:
            os.dup2(self._saved, 2)
            os.close(self._saved)
        return False
