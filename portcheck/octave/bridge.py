"""The bridge to oct2py: loading it, converting values, reading Octave's errors.

The only module that imports oct2py (:func:`load_oct2py`). Kept apart from
:mod:`portcheck.octave.session` so that the session class reads as a session;
nothing here holds state except the loaded oct2py module.

Conversions are explicit in both directions: :func:`to_octave` sends 1-D arrays
as columns and integers as doubles; :func:`to_array` turns oct2py's silent
conversions back (1x1 -> float, ``[]`` -> list) into 2-D arrays.
"""
from __future__ import annotations

import importlib.util
import io
import os
import re
import sys
import tempfile
import threading
import types

import numpy as np

from ..errors import OctaveNotFound
from . import process
from ._lean import lean_imports
from .tempdirs import engine_dir

__all__ = ["load_oct2py", "spawn_octave", "handing_over", "one_line", "parse_octave_error",
           "InputRequested", "refuse_stdin", "no_restart", "octave_string", "to_octave", "to_array", "QuietStderr",
           "OctaveCell", "KEPT_INTEGER_CLASSES",
           "STDIN_PROMPT"]

_OCT2PY = None
_OCT2PY_LOCK = threading.Lock()
#: Octave's prompts when it wants an answer: oct2py's input() marker, the debugger, keyboard.
STDIN_PROMPT = re.compile(r"\A.+?__stdin_prompt>|debug> |keyboard> ", re.DOTALL)


def load_oct2py():
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
            try:  # without the Jupyter stack and pandas it never uses here (see _lean)
                with lean_imports():
                    core = importlib.import_module("oct2py.core")
            except ImportError:
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
        _private_engine(importlib.import_module("oct2py.core"))
        _OCT2PY = sys.modules["oct2py"]
        return _OCT2PY


def _private_engine(core) -> None:
    """Let portcheck choose where octave_kernel's engine keeps its scratch folder.

    The engine makes one under ``$TMPDIR`` per start and removes it only at
    interpreter exit, so every restart, and every run killed with SIGKILL,
    left one behind. Inside :func:`~portcheck.octave.tempdirs.engine_temp_dir`
    it goes into the session's exchange directory instead, removed with it;
    elsewhere (a port using oct2py itself) nothing changes.
    """
    base = core.OctaveEngine
    if getattr(base, "portcheck_private_temp", False):
        return

    class OctaveEngine(base):
        portcheck_private_temp = True

        def _get_temp_dir(self):
            folder = engine_dir()
            if folder is None:
                return super()._get_temp_dir()
            os.makedirs(os.path.join(folder, "plots"), exist_ok=True)
            return folder

        def _validate_executable(self, executable):
            if getattr(_HANDOVER, "child", None) is not None:
                return ""  # it already runs: the session asks OCTAVE_VERSION when someone needs it
            return super()._validate_executable(executable)

        def _create_repl(self):
            child, _HANDOVER.child = getattr(_HANDOVER, "child", None), None
            if child is None:
                return super()._create_repl()
            return _repl_around(self, child, base._create_repl.__globals__)

    core.OctaveEngine = OctaveEngine


#: The Octave process started by :func:`spawn_octave`, waiting for the engine that takes it over (per thread).
_HANDOVER = threading.local()


def octave_command(executable: str) -> str:
    """The command line octave_kernel's engine runs: interactive, no GUI, no init file, no line editing."""
    return f"{executable} --no-gui --interactive --quiet --no-init-file --no-line-editing " + \
        os.environ.get("OCTAVE_CLI_OPTIONS", "")


def spawn_octave(executable: str, cwd: str):
    """Start Octave's interactive process now, before oct2py is imported, so that it boots meanwhile.

    A cold start used to be serial: import oct2py (0.4 s of CPU), run Octave
    once to read its version (0.2 s), then start the interactive process and
    wait for its prompt (0.2 s). Started first, the process boots on the other
    core while this one imports; :func:`handing_over` then gives it to the
    engine, which skips the version probe (the session reads ``OCTAVE_VERSION``
    when asked). The same command line and terminal settings as the engine's
    own start (``TERM=dumb``: no escape sequences in the replies).
    """
    import pexpect  # a dependency of metakernel, hence of oct2py; light (20 ms)

    env = dict(os.environ, TERM="dumb")
    if "cv2" in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", ""):  # opencv's Qt plugins crash Octave (oct2py #240)
        del env["QT_QPA_PLATFORM_PLUGIN_PATH"]
    child = pexpect.spawn(octave_command(executable), cwd=cwd, env=env, encoding="utf-8", codec_errors="ignore")
    child.logfile_read = io.StringIO()  # its start-up words, for the line saying why a start failed
    return child


class handing_over:
    """The block's engine (in this thread) takes over ``child`` instead of starting its own Octave.

    If the block fails or ends without the engine having taken it, the child
    is killed (nobody else knows it), and what it printed on its terminal is
    kept in :attr:`said` for the one line that says why the start failed.
    """

    def __init__(self, child):
        self.child = child
        self.said = ""

    def __enter__(self):
        _HANDOVER.child = self.child
        return self

    def __exit__(self, *exc):
        left, _HANDOVER.child = getattr(_HANDOVER, "child", None), None
        log, self.child.logfile_read = self.child.logfile_read, None
        if left is not None or exc[0] is not None:
            self.said = log.getvalue() if log is not None else ""
            self.child.terminate(force=True)
        return False


def _repl_around(engine, child, kernel_globals):
    """octave_kernel's REPL set-up (its ``_create_repl``) around an already running ``child``."""
    wrapper = kernel_globals["REPLWrapper"]
    repl = wrapper(child, kernel_globals["u"]("octave.*>"), kernel_globals["u"]("PS1('{0}'); PS2('{1}')"),
                   stdin_prompt_regex=kernel_globals["STDIN_PROMPT_REGEX"], force_prompt_on_continuation=True)
    repl.interrupt = engine._interrupt
    repl.child.delaybeforesend = None
    repl.child.delayafterclose = 0.5
    repl.child.delayafterterminate = 0.5
    return repl


_STACK_LINE = re.compile(r"^\s+(?P<name>\S+) at line (?P<line>\d+)(?:, column (?P<col>\d+))?")


def one_line(message: str) -> str:
    """Octave's (possibly multi-line) error message as one line, its words intact.

    A parse error arrives as ``parse error near line 2 of file f.m``, a blank
    line, ``syntax error``, and the offending line with a caret; it becomes
    ``parse error near line 2 of file f.m: syntax error in 'y = x +* 2;'``.
    Octave wraps its advice at about 72 columns ("run 'pkg" / "load signal'"):
    the lines of one paragraph are joined with a space, paragraphs with "; ".
    """
    paragraphs, current = [], []
    for raw in message.splitlines():
        line = raw.strip()
        if not line or set(line) == {"^"}:
            if current:
                paragraphs.append(current)
                current = []
            continue
        current.append(line)
    if current:
        paragraphs.append(current)
    if not paragraphs:
        return ""
    head, rest = " ".join(paragraphs[0]), paragraphs[1:]
    code = [l[3:].strip() for p in rest for l in p if l.startswith(">>>")]
    words = [" ".join(l for l in p if not l.startswith(">>>")) for p in rest]
    words = [w for w in words if w]
    if words:
        head += ": " + "; ".join(words)
    if code:
        head += f" in {code[0]!r}"
    return head


def parse_octave_error(text: str) -> tuple[str, list[tuple[str, int, int]]]:
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


class InputRequested(BaseException):
    """Octave printed an input prompt (raised from oct2py's stdin callback)."""

    def __init__(self, prompt: str):
        super().__init__(prompt)
        self.prompt = prompt


def refuse_stdin(line: str):
    raise InputRequested(line)


def no_restart():
    """Installed as the Oct2Py instance's ``restart``: we restart, with our set-up, ourselves."""


def octave_string(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


class OctaveCell(list):
    """A list that goes to Octave as a cell array (a ``.mat`` cell read with ``simplify_cells``).

    A plain list of numbers goes as a numeric array; a cell of numbers must stay a cell.
    """


#: Integer classes sent to Octave as they are: their saturation and integer
#: division are Octave's. int64 -- NumPy's default integer, an index or a count
#: far more often than a declared class -- goes as a double, like Python ints.
KEPT_INTEGER_CLASSES = ("int8", "int16", "int32", "uint8", "uint16", "uint32", "uint64")


def to_octave(value):
    """Send numbers as double arrays in the same shape; 1-D arrays go as columns.

    oct2py sends 1-D arrays as rows; MATLAB code almost always expects column
    vectors (``X*theta``, ``y``), so portcheck's inputs carry explicit 2-D
    shapes and a stray 1-D array is made a column here. Logical arrays stay
    logical, the integer classes of :data:`KEPT_INTEGER_CLASSES` keep their
    class; int64 arrays and Python ints become doubles. Strings go as char,
    dicts as structs, :class:`OctaveCell` as cells (their items converted alike).
    """
    if isinstance(value, np.ndarray):
        if value.dtype == object:
            return value
        if value.dtype.kind in "US":
            return str(value.item()) if value.size == 1 else value
        if value.ndim == 1:
            value = value.reshape(-1, 1)
        if value.dtype.kind in "iu" and value.dtype.name not in KEPT_INTEGER_CLASSES:
            value = value.astype(float)
        return value
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, np.integer) and value.dtype.name in KEPT_INTEGER_CLASSES:
        return np.array([[value]], dtype=value.dtype)
    if isinstance(value, (int, np.integer)):
        return float(value)
    if isinstance(value, OctaveCell):
        return tuple(to_octave(v) for v in value)
    if isinstance(value, dict):
        return {k: to_octave(v) for k, v in value.items()}
    return value


def to_array(value) -> np.ndarray:
    """Make an Octave result an explicit ``ndarray``.

    1x1 results arrive as Python scalars and become shape ``(1, 1)``; ``[]``
    arrives as a list and becomes ``(0, 0)``; logical arrays arrive as uint8 and
    are left as they are (the comparison treats them as numbers). Strings and
    cells are returned unchanged.
    """
    if isinstance(value, np.ndarray) and value.dtype != object:
        return value if value.ndim >= 2 else np.atleast_2d(value)
    if isinstance(value, (bool, int, float, complex, np.number)):
        return np.array([[value]])
    if isinstance(value, list) and not value:
        return np.zeros((0, 0))
    return value


class QuietStderr:
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
