"""The Octave session: one GNU Octave process with a deadline on every call.

Why a wrapper rather than oct2py directly:

* ``import oct2py`` starts a default Octave process (about 1.2 s, plus X11
  chatter on stderr) and prints a traceback when Octave is missing. We look for
  the executable first, then load ``oct2py.core`` without running the package's
  ``__init__`` (see :func:`portcheck.octave.bridge.load_oct2py`).
* oct2py's conversions are silent (1x1 -> float, ``[]`` -> list, logical ->
  uint8); :func:`~portcheck.octave.bridge.to_array` makes each explicit so comparisons see arrays.
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
  ``/dev/shm`` when possible, or ``$PORTCHECK_TEMP_DIR``), marked, and removed on
  close (:mod:`portcheck.octave.tempdirs`).
* Nothing from data, names or paths is code: values and folders go to Octave as
  data (folders as their bytes), references as pinned files (``which`` must find
  them), resident arrays by keys sent beside the values (:mod:`portcheck.octave.batch`).
* One round trip costs 8-20 ms (design.md), so callers batch:
  :meth:`OctaveSession.call_many` evaluates many argument lists in one round
  trip, and large arrays are sent once and kept resident in Octave's workspace,
  keyed by content (:mod:`portcheck.octave.batch`).
"""
from __future__ import annotations

import atexit
import logging
import os
import re
import shutil
import signal
import threading
import weakref
from pathlib import Path

import numpy as np

from ..errors import OctaveDied, OctaveError, OctaveInputRequested, OctaveNotFound, OctaveTimeout, UsageError
from ..resources import OCTAVE_LIB
from . import process
from .batch import (FUNCTION_NAME, VARIABLE_NAME, Resident, ResidentStore, build_batch, cell, check_names,
                    unpack_results)
from .environment import PACKAGE_TIP, Environment, check_pins, materialise, octave_text, path_folder
from .bridge import (STDIN_PROMPT, InputRequested, QuietStderr, handing_over, load_oct2py, no_restart,
                     parse_octave_error, refuse_stdin, spawn_octave, to_array, to_octave)
from .executable import INSTALL_COMMAND, INSTALL_HINT, find_octave, start_failure
from .tempdirs import engine_temp_dir, exchange_base, make_exchange_dir, neutral_cwd, remove_stale_exchange_dirs

__all__ = ["OctaveSession", "find_octave", "live_sessions", "DEFAULT_TIMEOUT", "DEFAULT_START_TIMEOUT",
           "INSTALL_HINT", "INSTALL_COMMAND"]

#: Seconds an Octave call may take before the process is killed (``--timeout``).
DEFAULT_TIMEOUT = 120.0
#: Seconds Octave may take to start (about 0.5 s normally; generous for loaded CI machines).
DEFAULT_START_TIMEOUT = 60.0

_SESSIONS: "weakref.WeakSet[OctaveSession]" = weakref.WeakSet()

#: Octave's set-up after start: no core dumps, no pager, work in the private directory, portcheck's
#: helpers on the path. Constant code: the two folders come as bytes in ``portcheck_boot__``.
_SETUP = ("crash_dumps_octave_core(false); sighup_dumps_octave_core(false); sigterm_dumps_octave_core(false); "
          "more off; page_screen_output(false); cd(char(portcheck_boot__{1}(:)')); "
          "addpath(char(portcheck_boot__{2}(:)')); clear portcheck_boot__;")


def live_sessions() -> list["OctaveSession"]:
    """Sessions of this process whose Octave is running (for tests and diagnostics)."""
    return [s for s in list(_SESSIONS) if s.pid]


class _CallState:
    __slots__ = ("timed_out",)

    def __init__(self):
        self.timed_out = False


class OctaveSession:
    """A GNU Octave process with a deadline on every call.

    Parameters
    ----------
    paths : iterable of path-like
        Directories on Octave's path (the first wins a name clash), kept across restarts.
    packages : iterable of str
        Octave packages to load (``pkg load``), once per session.
    timeout : float, optional
        Seconds any single call may take (None: :data:`DEFAULT_TIMEOUT`).
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

    def __init__(self, paths=(), *, packages=(), timeout: float | None = None, executable: str | None = None,
                 start_timeout: float = DEFAULT_START_TIMEOUT):
        self.timeout = float(timeout or DEFAULT_TIMEOUT)
        self.start_timeout = float(start_timeout)
        self.executable = executable or find_octave()
        self._env = Environment.of(paths, packages)
        self._env_fresh = True  # the next portcheck_env call is the first since Octave started
        self._env_applied = True
        self._oc = None
        self._pid: int | None = None
        self._lock = threading.RLock()
        self._resident = ResidentStore()
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
            # The folders go as data (their bytes), the code is a constant: no path is ever pasted into code.
            folders = cell([octave_text(self.temp_dir), octave_text(path_folder(str(OCTAVE_LIB), self.temp_dir))])
            self._guard(lambda t: self._oc.push("portcheck_boot__", folders, timeout=t), None, what="start-up")
            self._guard(lambda t: self._oc.eval(_SETUP, nout=0, timeout=t, stream_handler=self.output.append),
                        None, what="start-up")
            self._env_fresh = True
            self._apply_environment()
        return self

    def _spawn(self) -> None:
        base = exchange_base(self.executable)
        remove_stale_exchange_dirs(base)
        logger = logging.getLogger("portcheck.octave")
        logger.setLevel(logging.WARNING)
        # Signals are held until the process is recorded in self._pid: an
        # interrupt in between would leave an Octave nobody knows about.
        with process.deferred_signals():
            try:
                self.temp_dir = make_exchange_dir(base)
            except OSError as exc:
                raise UsageError(f"cannot make portcheck's exchange folder under {base!r} ({exc.strerror})",
                                 tip="point PORTCHECK_TEMP_DIR to a folder you can write to") from None
            watchdog = process.StartWatchdog(self.start_timeout)
            handover = None
            try:
                with QuietStderr() as chatter, watchdog:
                    child = spawn_octave(self.executable, cwd=self.temp_dir)  # boots while oct2py is imported
                    with handing_over(child) as handover:
                        oct2py = load_oct2py()
                        with neutral_cwd(), engine_temp_dir(os.path.join(self.temp_dir, "engine")):
                            oc = oct2py.Oct2Py(executable=self.executable, logger=logger, backend="disable",
                                               temp_dir=self.temp_dir, convert_to_float=False)
            except Exception as exc:  # oct2py raises Oct2PyError with the start-up failure
                shutil.rmtree(self.temp_dir, ignore_errors=True)
                self.temp_dir = None
                said = chatter.read() + (handover.said if handover is not None else "")
                raise OctaveNotFound(start_failure(self.executable, self.start_timeout, exc, said,
                                                   watchdog.fired)) from None
            engine = oc._engine
            atexit.unregister(engine._cleanup)  # it deletes ./octave-workspace at exit: a user's file, maybe
            self._oc = oc
            self._pid = getattr(getattr(engine.repl, "child", None), "pid", None)
            self.octave_version = str(getattr(engine, "version", "") or "") or None
            oc.restart = no_restart
            oc._handle_stdin = refuse_stdin
            engine.repl.stdin_prompt_regex = STDIN_PROMPT
            _SESSIONS.add(self)

    def close(self) -> None:
        """Stop Octave, make sure its process is gone, remove the exchange directory."""
        with process.deferred_signals():
            oc, self._oc = self._oc, None
            pid, self._pid = self._pid, None
            repl = getattr(getattr(oc, "_engine", None), "repl", None)
            ptyproc = getattr(getattr(repl, "child", None), "ptyproc", None)
            # Kill first: a graceful 'exit' makes Octave 7 print "error: ignoring
            # const execution_exception& while preparing to exit" on our stderr.
            # Never signal a pid pexpect has already reaped: it may be reused.
            if ptyproc is None or not ptyproc.terminated:
                process.kill_and_reap(pid)
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

    # -- the environment ------------------------------------------------------
    @property
    def environment(self) -> Environment:
        """The folders, packages and local functions the next call sees."""
        return self._env

    def use(self, env: Environment) -> None:
        """Run the next calls with exactly ``env`` on Octave's path (kept across restarts).

        The path Octave started with is restored first, so folders another case
        put there are gone: a case sees its own files and nothing else
        (exercises reuse names: ``predict.m`` in ex2, ex3 and ex4). No round
        trip when ``env`` is the one in use already.

        Raises
        ------
        UsageError
            A package Octave cannot load, a folder that does not exist.
        """
        with self._lock:
            if env == self._env and self._env_applied:
                return
            missing = [p for p in env.paths if not Path(p).is_dir()]
            if missing:
                raise UsageError(f"Octave path entry {missing[0]!r} is not a directory; check 'path' in portcheck.toml "
                                 "or --path")
            previous, self._env = self._env, env
            if self._oc is not None:
                try:
                    self._apply_environment()
                except BaseException:
                    self._env = previous
                    self._env_applied = False  # Octave's path is unknown now: set it again on the next use()
                    raise

    def add_path(self, path) -> None:
        """Put a directory at the FRONT of Octave's path, keeping the rest of the environment."""
        self.use(self._env.plus(Environment.of([path])))

    def _apply_environment(self) -> None:
        """One round trip: Octave's start-up path, then the packages' folders, then ours (portcheck_env.m).

        Folders go as bytes (any character survives), a folder whose name holds
        ``pathsep`` through a link (:func:`~.environment.path_folder`); then
        each pinned function must resolve to its own file, or :class:`UsageError`.
        """
        env = self._env
        self._env_applied = False
        dirs = [materialise(f, self.temp_dir) for f in env.local_functions] + list(env.paths)
        dirs = [path_folder(d, self.temp_dir) for d in dirs]
        check_names(FUNCTION_NAME, [n for n, _ in env.pins], "the function name")
        first, self._env_fresh = self._env_fresh, False
        try:
            wrong = self._guard(
                lambda t: self._oc.feval("portcheck_env", first, cell([octave_text(d) for d in dirs]),
                                         cell(list(env.packages)), cell([n for n, _ in env.pins]),
                                         cell([octave_text(f) for _, f in env.pins]),
                                         timeout=t, stream_handler=self.output.append),
                None, what="setting the path")
        except OctaveError as exc:
            self._env_fresh = first
            text = exc.octave_message or exc.message
            bad = re.search(r"package (\S+) is not installed", text)
            if bad:
                raise UsageError(f"Octave cannot load the package {bad[1]!r}: {text}",
                                 tip=PACKAGE_TIP.format(name=bad[1])) from None
            raise
        check_pins(env, wrong)
        self._env_applied = True

    # -- calls --------------------------------------------------------------

    def keep(self, value) -> Resident:
        """Send ``value`` to Octave now (one round trip) and return a handle usable as an argument."""
        handle = self._resident.handle(to_octave(value), force=True)
        if isinstance(handle, tuple):
            self.call_many("portcheck_batch", [], nout=0, _keeps=[handle])
            return Resident(handle[0])
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

    def call_many(self, name: str, arglists, *, nout: int = 1, timeout: float | None = None, _stores=(),
                  _keeps=()) -> list:
        """Evaluate ``name`` on each argument tuple in ONE round trip.

        Returns one entry per tuple: a list of ``nout`` arrays, or an
        :class:`~portcheck.errors.OctaveError` instance (not raised) when that
        evaluation failed, so one bad input set does not hide the others.

        Notes
        -----
        Each distinct argument value crosses once per batch (a pool of values
        plus an index matrix, see ``octave_lib/portcheck_batch.m``), and arrays
        of at least :data:`~portcheck.octave.batch.RESIDENT_MIN_BYTES` once per session: they stay
        resident in Octave, keyed by content (SHA-1 of the bytes, shape, dtype).
        ``name`` must be a function name (``f``, ``pkg.f``); values are only ever data.
        """
        check_names(FUNCTION_NAME, [name], "the function name")
        check_names(VARIABLE_NAME, [k for k, _ in _stores], "the variable name")
        with self._lock:
            self.start()
            batch = build_batch(arglists, self._resident, _keeps)
            drops = self._resident.take_drops()
            stored = cell([x for pair in _stores for x in pair])
            kept = cell([x for pair in batch.keeps for x in pair])
            slots = np.array(batch.slots, dtype=float).reshape(1, -1)
            try:
                raw = self._guard(
                    lambda t: self._oc.feval("portcheck_batch", name, cell(batch.pool), batch.index, float(batch.count),
                                             float(nout), stored, kept, cell(drops), slots, cell(batch.names),
                                             timeout=t, stream_handler=self.output.append),
                    timeout, what=f"{name}()" if batch.count == 1 else f"{name}() x{batch.count}")
            except BaseException:
                for n, _ in batch.keeps:  # not known to have arrived
                    self._resident.forget(n)
                self._resident.drops.extend(drops)
                raise
            return unpack_results(raw, batch.count, name)

    def eval(self, code: str, *, nout: int = 0, timeout: float | None = None):
        """Evaluate Octave code; with ``nout=1`` return the value of the expression."""
        with self._lock:
            self.start()
            result = self._guard(lambda t: self._oc.eval(code, nout=nout, timeout=t, stream_handler=self.output.append),
                                 timeout, what="eval")
            return to_array(result) if nout else None

    def push(self, name: str, value) -> None:
        """Store ``value`` in Octave's workspace as ``name`` (sent once, reused by later evals)."""
        check_names(VARIABLE_NAME, [name], "the variable name")
        with self._lock:
            self.start()
            self._guard(lambda t: self._oc.push(name, to_octave(value), timeout=t), None, what=f"push {name}")

    def push_many(self, values: dict) -> None:
        """Store several values in Octave's workspace in ONE round trip (``push`` costs one each)."""
        if values:
            self.call_many("portcheck_batch", [], nout=0, _stores=[(k, to_octave(v)) for k, v in values.items()])

    def pull(self, name: str):
        """Read ``name`` back from Octave's workspace."""
        check_names(VARIABLE_NAME, [name], "the variable name")
        with self._lock:
            self.start()
            return to_array(self._guard(lambda t: self._oc.pull(name, timeout=t), None, what=f"pull {name}"))

    def version(self) -> str:
        """Octave's version string, e.g. ``'7.3.0'`` (no round trip once started)."""
        self.start()
        if not self.octave_version:
            self.octave_version = str(self.eval("OCTAVE_VERSION", nout=1))
        return self.octave_version

    # -- the one place calls go through ---------------------------------------
    def _guard(self, thunk, timeout, *, what: str):
        """Run one oct2py call under our deadline; translate every failure."""
        oct2py = load_oct2py()
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
            with process.raising_signals():
                timer.start()
                try:
                    # oct2py's own timeout is only a backstop: its expiry path waits
                    # 30 s more for a prompt; ours kills the process at t.
                    result = thunk(2 * t + 30)
                finally:
                    timer.cancel()
        except process.Interrupted as intr:
            self._stop(f"interrupted by signal {intr.signum} during {what}")
            process.redeliver(intr.signum)
            raise OctaveDied(f"the Octave call {what} was interrupted (signal {intr.signum}); Octave was stopped") from None
        except InputRequested as req:
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
            message, stack = parse_octave_error(text)
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
        session._resident = ResidentStore()
        session._lock = threading.RLock()
    _SESSIONS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@atexit.register
def _close_all() -> None:
    for session in list(_SESSIONS):
        session.close()
