"""The Octave session: the only module that talks to oct2py.

Why a wrapper rather than oct2py directly:

* ``import oct2py`` starts a default Octave process (about 1.2 s, plus X11
  chatter on stderr) and prints a traceback when Octave is missing. We look for
  the executable first, then load ``oct2py.core`` without running the package's
  ``__init__`` (see :func:`_load_oct2py`).
* oct2py's conversions are silent (1x1 -> float, ``[]`` -> list, logical ->
  uint8); :func:`to_array` makes each explicit so comparisons see arrays.
* Every call has a deadline enforced here, not by oct2py: when it passes, the
  Octave process is killed (SIGKILL) and the session restarts on its next call;
  the cause surfaces as :class:`~portcheck.errors.OctaveTimeout`. oct2py's own
  timeout path interrupts Octave and then waits up to 30 s more for a prompt
  that a ``keyboard`` call never prints (oct2py issue #33).
* Octave asking for input (``input()``, ``keyboard``, ``pause``-style prompts)
  is detected at the prompt and stopped at once
  (:class:`~portcheck.errors.OctaveInputRequested`); oct2py would otherwise read
  the answer from *our* stdin.
* SIGINT/SIGTERM during a call kill Octave and then act as usual
  (``KeyboardInterrupt`` / the CLI's exit); oct2py's engine swallows
  ``KeyboardInterrupt`` and carries on with a stale reply file.
* Nothing is written into the user's directories: Octave works in a private
  directory with core dumps off; the MAT exchange directory is ours (under
  ``/dev/shm`` when possible, or ``$PORTCHECK_TEMP_DIR``) and removed on close.
* One round trip costs 8-20 ms (design.md), so callers batch:
  :meth:`OctaveSession.call_many` evaluates many argument lists in one round
  trip, and large arrays (>= :data:`RESIDENT_MIN_BYTES`) are sent once and kept
  resident in Octave's workspace, keyed by content.
"""
from __future__ import annotations

import atexit
import logging
import os
import re
import shutil
import signal
import tempfile
import threading
import weakref
from collections import OrderedDict
from pathlib import Path

import numpy as np

from . import _process
from ._bridge import (_EXCHANGE_PREFIX, _STDIN_PROMPT, _cell, _content_key, _entries, _exchange_base, _InputRequested,
                      _load_oct2py, _no_restart, _octave_string, _parse_octave_error, _pool_key, _quiet_stderr,
                      _refuse_stdin, _remove_stale_exchange_dirs, _to_octave, one_line)
from .errors import OctaveDied, OctaveError, OctaveInputRequested, OctaveNotFound, OctaveTimeout

__all__ = [
    "OctaveSession",
    "Resident",
    "find_octave",
    "reference_dir",
    "to_array",
    "live_sessions",
    "DEFAULT_TIMEOUT",
    "DEFAULT_START_TIMEOUT",
    "RESIDENT_MIN_BYTES",
    "INSTALL_HINT",
    "INSTALL_COMMAND",
]

#: Seconds an Octave call may take before the process is killed (``--timeout``).
DEFAULT_TIMEOUT = 120.0
#: Seconds Octave may take to start (about 0.5 s normally; generous for loaded CI machines).
DEFAULT_START_TIMEOUT = 60.0
#: Arrays at least this large (bytes) are kept resident in Octave after their first trip.
#: 64 KiB: below it the MAT transfer costs less than the hashing and bookkeeping.
RESIDENT_MIN_BYTES = 64 * 1024
#: Upper bound on the bytes kept resident per session; the least recently used go first.
RESIDENT_MAX_BYTES = 512 * 1024 * 1024

INSTALL_COMMAND = "sudo apt-get install octave"
INSTALL_HINT = f"install it with '{INSTALL_COMMAND}' (Debian/Ubuntu), or set OCTAVE_EXECUTABLE to its path"

_OCTAVE_LIB = Path(__file__).resolve().parent / "octave_lib"
_SESSIONS: "weakref.WeakSet[OctaveSession]" = weakref.WeakSet()


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


def live_sessions() -> list["OctaveSession"]:
    """Sessions of this process whose Octave is running (for tests and diagnostics)."""
    return [s for s in list(_SESSIONS) if s.pid]


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


class Resident:
    """A reference to a variable kept in Octave's base workspace (see :meth:`OctaveSession.keep`)."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return f"Resident({self.name!r})"


class _CallState:
    __slots__ = ("timed_out",)

    def __init__(self):
        self.timed_out = False


class OctaveSession:
    """A GNU Octave process with a deadline on every call.

    Parameters
    ----------
    paths : iterable of path-like
        Directories added to Octave's path at start (and again after a restart).
    timeout : float
        Seconds any single call may take (default :data:`DEFAULT_TIMEOUT`).
    executable : str, optional
        Octave to run; default from :func:`find_octave`.
    start_timeout : float
        Seconds Octave may take to start (default :data:`DEFAULT_START_TIMEOUT`).

    Notes
    -----
    One session belongs to one process: after ``fork`` the child's copy forgets
    the parent's Octave and starts its own on first use. Calls from several
    threads are serialised by a lock; for parallel work give each thread its own
    session (oct2py's MAT exchange is not safe to share, oct2py issue #120).

    Examples
    --------
    >>> with OctaveSession(paths=[reference_dir("ex4")]) as oc:   # doctest: +SKIP
    ...     J, grad = oc.call("nnCostFunction", p, 3, 5, 3, X, y, 0.0, nout=2)
    """

    def __init__(self, paths=(), *, timeout: float = DEFAULT_TIMEOUT, executable: str | None = None,
                 start_timeout: float = DEFAULT_START_TIMEOUT):
        self.timeout = float(timeout)
        self.start_timeout = float(start_timeout)
        self.executable = executable or find_octave()
        self._paths: list[str] = [str(Path(p).resolve()) for p in (*paths, _OCTAVE_LIB)]
        self._oc = None
        self._pid: int | None = None
        self._lock = threading.RLock()
        self._resident: "OrderedDict[tuple, tuple[str, int]]" = OrderedDict()
        self._resident_bytes = 0
        self._drops: list[str] = []
        self._names = 0
        self.temp_dir: str | None = None
        self.octave_version: str | None = None
        self.round_trips = 0
        self.restarts = 0
        self.last_restart_cause = ""
        self.output: list[str] = []

    # -- life cycle ---------------------------------------------------------
    def start(self) -> "OctaveSession":
        """Start Octave (idempotent)."""
        with self._lock:
            if self._oc is not None:
                return self
            self._spawn()
            setup = ("crash_dumps_octave_core(false); sighup_dumps_octave_core(false); "
                     "sigterm_dumps_octave_core(false); more off; page_screen_output(false); "
                     f"cd({_octave_string(self.temp_dir)});")
            setup += " addpath(" + ", ".join(_octave_string(p) for p in self._paths) + ");"
            self._guard(lambda t: self._oc.eval(setup, nout=0, timeout=t, stream_handler=self.output.append),
                        None, what="start-up")
        return self

    def _spawn(self) -> None:
        oct2py = _load_oct2py()
        base = _exchange_base(self.executable)
        _remove_stale_exchange_dirs(base)
        logger = logging.getLogger("portcheck.octave")
        logger.setLevel(logging.WARNING)
        # Signals are held until the process is recorded in self._pid: an
        # interrupt in between would leave an Octave nobody knows about.
        with _process.deferred_signals():
            self.temp_dir = tempfile.mkdtemp(prefix=f"{_EXCHANGE_PREFIX}{os.getpid()}-", dir=base)
            watchdog = _process.StartWatchdog(self.start_timeout)
            try:
                with _quiet_stderr() as chatter, watchdog:
                    oc = oct2py.Oct2Py(executable=self.executable, logger=logger, backend="disable",
                                       temp_dir=self.temp_dir)
            except Exception as exc:  # oct2py raises Oct2PyError with the start-up failure
                shutil.rmtree(self.temp_dir, ignore_errors=True)
                self.temp_dir = None
                raise OctaveNotFound(self._start_failure(exc, chatter.read(), watchdog.fired)) from None
            engine = oc._engine
            self._oc = oc
            self._pid = getattr(getattr(engine.repl, "child", None), "pid", None)
            self.octave_version = str(getattr(engine, "version", "") or "") or None
            oc.restart = _no_restart
            oc._handle_stdin = _refuse_stdin
            engine.repl.stdin_prompt_regex = _STDIN_PROMPT
            _SESSIONS.add(self)

    def _start_failure(self, exc: Exception, chatter: str, timed_out: bool) -> str:
        if timed_out:
            return (f"GNU Octave at {self.executable!r} did not start within {self.start_timeout:g} s and was "
                    f"stopped; check that it runs ('{self.executable} --version'), or {INSTALL_HINT}")
        noise = ("X11 DISPLAY", "disabling GUI features", "ignoring const execution_exception")
        said = [l.strip() for l in chatter.splitlines() if l.strip() and not any(n in l for n in noise)]
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "does not point to a valid octave" in text:
            text = "it failed when asked for its version"
        elif "End Of File" in text or "EOF" in text:
            status = re.search(r"exitstatus: (\d+)", str(exc))
            text = f"it exited with status {status[1]} during start-up" if status else "it exited during start-up"
        detail = f"{text}: {said[-1]}" if said else text
        return f"GNU Octave at {self.executable!r} could not be started ({detail}); {INSTALL_HINT}"

    def close(self) -> None:
        """Stop Octave, make sure its process is gone, remove the exchange directory."""
        with _process.deferred_signals():
            oc, self._oc = self._oc, None
            pid, self._pid = self._pid, None
            repl = getattr(getattr(oc, "_engine", None), "repl", None)
            ptyproc = getattr(getattr(repl, "child", None), "ptyproc", None)
            # Kill first: a graceful 'exit' makes Octave 7 print "error: ignoring
            # const execution_exception& while preparing to exit" on our stderr.
            # Never signal a pid pexpect has already reaped: it may be reused.
            if ptyproc is None or not ptyproc.terminated:
                _process.kill_and_reap(pid)
            if oc is not None:
                if ptyproc is not None:  # reaped: tell pexpect, and skip its 0.1-0.5 s sleeps
                    ptyproc.terminated = True
                    ptyproc.delayafterclose = 0
                    ptyproc.delayafterterminate = 0
                try:
                    oc.exit()
                except Exception:
                    pass
                if repl is not None:
                    atexit.unregister(repl.terminate)
            if self.temp_dir:
                shutil.rmtree(self.temp_dir, ignore_errors=True)
                self.temp_dir = None
            self._resident.clear()
            self._resident_bytes = 0
            self._drops.clear()
            _SESSIONS.discard(self)

    def restart(self, cause: str = "restart requested") -> None:
        """Kill the process and start a fresh one with the same path."""
        self._stop(cause)
        self.start()

    def _stop(self, cause: str) -> None:
        """Kill after a fault; the next call starts a fresh Octave."""
        self.close()
        self.restarts += 1
        self.last_restart_cause = cause

    def __enter__(self) -> "OctaveSession":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):  # last resort; close() is the contract
        try:
            if self._pid or self.temp_dir:
                self.close()
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
        in several), so the directory of the case being run must win. Octave's
        ``addpath`` moves an existing entry to the front, so it is re-issued
        whenever the directory is not first already (no round trip otherwise).
        ``_paths`` is kept front-first, the order ``addpath(a, b, ...)`` gives.
        """
        p = str(Path(path).resolve())
        with self._lock:
            if self._paths and self._paths[0] == p:
                return
            if p in self._paths:
                self._paths.remove(p)
            self._paths.insert(0, p)
            if self._oc is not None:
                self.eval(f"addpath({_octave_string(p)});")

    def keep(self, value) -> Resident:
        """Send ``value`` to Octave now (one round trip) and return a handle usable as an argument."""
        handle = self._resident_handle(_to_octave(value), force=True)
        if isinstance(handle, tuple):
            name, val = handle
            self.call_many("portcheck_batch", [], nout=0, _stores=[(name, val)])
            return Resident(name)
        return handle

    def call(self, name: str, *args, nout: int = 1, timeout: float | None = None) -> list:
        """Call the Octave function ``name`` and return its ``nout`` outputs as a list.

        Numeric outputs are 2-D ``ndarray`` (see :func:`to_array`). Raises
        :class:`~portcheck.errors.OctaveError` with Octave's message and stack.
        """
        (result,) = self.call_many(name, [args], nout=nout, timeout=timeout)
        if isinstance(result, OctaveError):
            raise result
        return result

    def call_many(self, name: str, arglists, *, nout: int = 1, timeout: float | None = None, _stores=()) -> list:
        """Evaluate ``name`` on each argument tuple in ONE round trip.

        Returns one entry per tuple: a list of ``nout`` arrays, or an
        :class:`~portcheck.errors.OctaveError` instance (not raised) when that
        evaluation failed, so one bad input set does not hide the others.

        Notes
        -----
        Each distinct argument value crosses once per batch (a pool of values
        plus an index matrix, see ``octave_lib/portcheck_batch.m``), and arrays
        of at least :data:`RESIDENT_MIN_BYTES` once per session: they stay in
        Octave's workspace, keyed by content (SHA-1 of the bytes, shape, dtype).
        """
        with self._lock:
            self.start()
            stores = list(_stores)
            pool: list = []
            slots: dict = {}
            by_id: dict = {}  # the same object (X in every argument list) is keyed once
            rows = []
            for args in arglists:
                row = []
                for a in args:
                    slot = by_id.get(id(a))
                    if slot is None:
                        slot = by_id[id(a)] = self._pool_slot(a, pool, slots, stores)
                    row.append(slot)
                rows.append(row)
            keep_alive = arglists  # ids above stay valid while the batch is built
            width = max((len(r) for r in rows), default=0)
            index = np.zeros((len(rows), width))
            for k, r in enumerate(rows):
                index[k, : len(r)] = r
            del keep_alive
            drops, self._drops = self._drops, []
            try:
                raw = self._guard(
                    lambda t: self._oc.feval("portcheck_batch", name, _cell(pool), index, float(len(rows)), float(nout),
                                             _cell([x for pair in stores for x in pair]), _cell(drops),
                                             timeout=t, stream_handler=self.output.append),
                    timeout, what=f"{name}()" if len(rows) == 1 else f"{name}() x{len(rows)}")
            except BaseException:
                for n, _ in stores:  # not known to have arrived
                    self._forget(n)
                self._drops.extend(drops)
                raise
            return [self._unpack(entry, name) for entry in _entries(raw, len(rows))]

    def _pool_slot(self, value, pool: list, slots: dict, stores: list) -> int:
        """1-based position of ``value`` in the batch's pool (added once per distinct value)."""
        if isinstance(value, Resident):
            key = ("resident", value.name)
            item = {"portcheck_resident": value.name}
        else:
            value = _to_octave(value)
            key = _pool_key(value)
            item = value
            if isinstance(value, np.ndarray) and value.nbytes >= RESIDENT_MIN_BYTES and value.dtype != object:
                handle = self._resident_handle(value)
                if isinstance(handle, tuple):
                    stores.append(handle)
                    handle = Resident(handle[0])
                key = ("resident", handle.name)
                item = {"portcheck_resident": handle.name}
        if key is None:
            pool.append(item)
            return len(pool)
        slot = slots.get(key)
        if slot is None:
            pool.append(item)
            slot = slots[key] = len(pool)
        return slot

    def _unpack(self, entry, name: str):
        if isinstance(entry, dict):
            msg = str(entry.get("message", ""))
            names = entry.get("stack_names")
            names = [str(n) for n in np.asarray(names, dtype=object).ravel()] if names is not None and np.size(names) else []
            lines = np.asarray(entry.get("stack_lines", []), dtype=float).ravel()
            cols = np.asarray(entry.get("stack_columns", []), dtype=float).ravel()
            stack = [(n, int(lines[i]) if i < lines.size else 0, int(cols[i]) if i < cols.size else 0) for i, n in enumerate(names)]
            short = one_line(msg)
            loc = f" (in {stack[0][0]} at line {stack[0][1]})" if stack else ""
            return OctaveError(f"Octave error in {name}(): {short}{loc}", octave_message=short, stack=stack,
                               identifier=str(entry.get("identifier", "") or ""))
        outs = list(np.asarray(entry, dtype=object).ravel()) if isinstance(entry, (list, tuple, np.ndarray)) else [entry]
        return [to_array(o) for o in outs]

    def eval(self, code: str, *, nout: int = 0, timeout: float | None = None):
        """Evaluate Octave code; with ``nout=1`` return the value of the expression."""
        with self._lock:
            self.start()
            result = self._guard(lambda t: self._oc.eval(code, nout=nout, timeout=t, stream_handler=self.output.append),
                                 timeout, what="eval")
            return to_array(result) if nout else None

    def push(self, name: str, value) -> None:
        """Store ``value`` in Octave's workspace as ``name`` (sent once, reused by later evals)."""
        with self._lock:
            self.start()
            self._guard(lambda t: self._oc.push(name, _to_octave(value), timeout=t), None, what=f"push {name}")

    def push_many(self, values: dict) -> None:
        """Store several values in Octave's workspace in ONE round trip (``push`` costs one each)."""
        if values:
            self.call_many("portcheck_batch", [], nout=0, _stores=[(k, _to_octave(v)) for k, v in values.items()])

    def pull(self, name: str):
        """Read ``name`` back from Octave's workspace."""
        with self._lock:
            self.start()
            return to_array(self._guard(lambda t: self._oc.pull(name, timeout=t), None, what=f"pull {name}"))

    def version(self) -> str:
        """Octave's version string, e.g. ``'7.3.0'`` (no round trip once started)."""
        self.start()
        if not self.octave_version:
            self.octave_version = str(self.eval("OCTAVE_VERSION", nout=1))
        return self.octave_version

    # -- resident inputs ----------------------------------------------------
    def _resident_handle(self, value, force: bool = False):
        """``Resident`` if ``value`` is already in Octave, ``(name, value)`` to send it, else ``value``."""
        if not isinstance(value, np.ndarray) or value.dtype == object or (value.nbytes < RESIDENT_MIN_BYTES and not force):
            return value
        key = _content_key(value)
        hit = self._resident.get(key)
        if hit is not None:
            self._resident.move_to_end(key)
            return Resident(hit[0])
        self._names += 1
        name = f"portcheck_r{self._names}"
        self._resident[key] = (name, value.nbytes)
        self._resident_bytes += value.nbytes
        while self._resident_bytes > RESIDENT_MAX_BYTES and len(self._resident) > 1:
            _, (old, size) = self._resident.popitem(last=False)
            self._resident_bytes -= size
            self._drops.append(old)
        return (name, value)

    def _forget(self, name: str) -> None:
        for key, (n, size) in list(self._resident.items()):
            if n == name:
                del self._resident[key]
                self._resident_bytes -= size

    # -- the one place calls go through ---------------------------------------
    def _guard(self, thunk, timeout, *, what: str):
        """Run one oct2py call under our deadline; translate every failure."""
        oct2py = _load_oct2py()
        t = self.timeout if timeout is None else float(timeout)
        self.round_trips += 1
        state = _CallState()
        pid = self._pid

        def expire():  # runs in the timer thread: kill only; pexpect (this thread) reaps
            state.timed_out = True
            if pid:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass

        timer = threading.Timer(t, expire)
        timer.daemon = True
        try:
            with _process.raising_signals():
                timer.start()
                try:
                    # oct2py's own timeout is only a backstop: its expiry path waits
                    # 30 s more for a prompt; ours kills the process at t.
                    result = thunk(2 * t + 30)
                finally:
                    timer.cancel()
        except _process.Interrupted as intr:
            self._stop(f"interrupted by signal {intr.signum} during {what}")
            _process.redeliver(intr.signum)
            raise OctaveDied(f"the Octave call {what} was interrupted (signal {intr.signum}); Octave was stopped") from None
        except _InputRequested as req:
            prompt = " ".join(req.prompt.replace("__stdin_prompt>", "").split())[-120:]
            self._stop(f"input requested during {what}")
            raise OctaveInputRequested(
                f"the Octave code asked for keyboard input during {what} (prompt {prompt!r}); portcheck runs Octave "
                "unattended, so Octave was stopped (it restarts on the next call)",
                tip="remove the input()/keyboard/pause call from the .m file, or pass the value as an argument",
            ) from None
        except oct2py.Oct2PyError as exc:
            if state.timed_out:
                raise self._timed_out(what, t) from None
            text = str(exc)
            if "Session died" in text or "Session is closed" in text or self._oc is None:
                self._stop(f"Octave ended during {what}")
                raise OctaveDied(f"the Octave process ended during {what} (a crash, or 'exit' in the .m file); "
                                 "the session will restart on the next call") from None
            message, stack = _parse_octave_error(text)
            where = f" (in {stack[0][0]} at line {stack[0][1]})" if stack else ""
            raise OctaveError(f"Octave error in {what}: {message}{where}", octave_message=message, stack=stack) from None
        except Exception as exc:  # pexpect EOF/TIMEOUT, OSError on a dead pty, replwrap's ValueError
            if state.timed_out:
                raise self._timed_out(what, t) from None
            self._stop(f"{type(exc).__name__} during {what}")
            raise OctaveDied(f"the Octave process stopped answering during {what} ({type(exc).__name__}); "
                             "the session will restart on the next call") from None
        if state.timed_out:  # the deadline hit just as the answer arrived: the answer stands, the process is gone
            self._stop(f"deadline reached at the end of {what}")
        return result

    def _timed_out(self, what: str, t: float) -> OctaveTimeout:
        self._stop(f"{what} timed out after {t:g} s")
        return OctaveTimeout(
            f"Octave call {what} did not return within {t:g} s; Octave was killed and restarts on the next call",
            tip="raise the limit with --timeout, or look for an infinite loop or a keyboard/input()/pause call in the .m file",
        )


def _after_fork_in_child() -> None:
    """A forked child must not kill or clean up its parent's Octave (cf. oct2py PR #366)."""
    for session in list(_SESSIONS):
        session._oc = None
        session._pid = None
        session.temp_dir = None
        session._resident.clear()
        session._resident_bytes = 0
        session._lock = threading.RLock()
    _SESSIONS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@atexit.register
def _close_all() -> None:
    for session in list(_SESSIONS):
        session.close()
