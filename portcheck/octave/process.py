"""Process plumbing for the Octave bridge and the port runner.

Signals, deadlines and child processes, kept out of
:mod:`portcheck.octave.session` so that the session class reads as a session
(and usable by :mod:`portcheck.runner`, which imports nothing else of the
bridge). Linux-first: ``/proc`` is used where it exists and skipped where it
does not.

* :func:`deferred_signals` holds SIGINT/SIGTERM while a child is being started,
  so an interrupt can never land between "Octave is running" and "we know its
  process id" (the only window in which it could leak).
* :func:`raising_signals` turns SIGINT/SIGTERM into :class:`Interrupted` while
  an Octave call blocks, because oct2py's engine swallows
  ``KeyboardInterrupt`` (it interrupts Octave, waits up to 30 s, then carries on
  reading a stale reply file).
* :func:`run_with_deadline` runs a callable under a time limit in the calling
  thread and raises :class:`DeadlineExceeded` with the callable's own frames.
"""
from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import signal
import sys
import threading
import time

__all__ = [
    "Interrupted",
    "DeadlineExceeded",
    "deferred_signals",
    "raising_signals",
    "run_with_deadline",
    "kill_and_reap",
    "child_pids",
    "pid_alive",
]

_HOOKED = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived while an Octave call was blocking (``signum``)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class DeadlineExceeded(BaseException):
    """A callable run by :func:`run_with_deadline` did not return in time.

    A ``BaseException`` so that a port's ``except Exception:`` cannot swallow it.
    """


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _hookable(signum: int):
    """The current Python-level handler of ``signum``, or None if we must leave it alone."""
    try:
        prev = signal.getsignal(signum)
    except (ValueError, OSError):  # pragma: no cover - not a valid signal here
        return None
    if prev is None or prev is signal.SIG_IGN:
        return None
    return prev


@contextlib.contextmanager
def deferred_signals():
    """Hold SIGINT/SIGTERM for the duration of the block, then deliver them.

    Only in the main thread (the only thread that runs Python signal handlers);
    elsewhere this is a no-op. Delivery re-raises the signal after the original
    handlers are back, so ``KeyboardInterrupt`` or the CLI's SIGTERM handler run
    as if the signal had arrived a moment later.
    """
    if not _in_main_thread():
        yield
        return
    pending: list[int] = []
    previous = {}
    for signum in _HOOKED:
        prev = _hookable(signum)
        if prev is not None:
            previous[signum] = prev
            signal.signal(signum, lambda n, _f: pending.append(n))
    try:
        yield
    finally:
        for signum, prev in previous.items():
            signal.signal(signum, prev)
        for signum in dict.fromkeys(pending):
            signal.raise_signal(signum)


@contextlib.contextmanager
def raising_signals():
    """Raise :class:`Interrupted` from SIGINT/SIGTERM inside the block (main thread only)."""
    if not _in_main_thread():
        yield
        return

    def handler(signum, _frame):
        raise Interrupted(signum)

    previous = {}
    for signum in _HOOKED:
        prev = _hookable(signum)
        if prev is not None:
            previous[signum] = prev
            signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, prev in previous.items():
            signal.signal(signum, prev)


def redeliver(signum: int) -> None:
    """Deliver ``signum`` to ourselves again, now that the original handler is back."""
    signal.raise_signal(signum)


def run_with_deadline(func, seconds: float | None):
    """Call ``func()`` in the calling thread; raise :class:`DeadlineExceeded` after ``seconds``.

    In the main thread a ``SIGALRM`` timer interrupts the callable even inside
    ``time.sleep`` or a blocking read, re-firing every 0.25 s in case the
    callable catches the first one with a bare ``except:``. Any timer the caller
    had set (pytest-timeout uses the same signal) is restored afterwards, minus
    the time spent here. In other threads an asynchronous exception is posted to
    the thread when the time is up; that stops Python code (loops) but not a
    single long C call, which then ends the wait when it returns.

    The exception's traceback holds the callable's frames at the moment it was
    stopped: where it was looping.
    """
    if not seconds or seconds <= 0:
        return func()
    if _in_main_thread() and hasattr(signal, "setitimer"):
        return _deadline_alarm(func, float(seconds))
    return _deadline_async(func, float(seconds))


def _deadline_alarm(func, seconds: float):
    armed = [True]
    fired = [0]
    previous_trace = sys.gettrace()
    traced: list = []  # (frame, its previous f_trace): restored afterwards

    def line_tracer(frame, event, arg):
        if armed[0] and event == "line":
            raise DeadlineExceeded(seconds)
        return line_tracer

    def call_tracer(frame, event, arg):
        return line_tracer if armed[0] else None

    def on_alarm(_signum, frame):
        if not armed[0]:
            return
        fired[0] += 1
        if fired[0] > 1:
            # The first exception was swallowed (a bare ``except:`` in a loop):
            # from now on raise at the next line executed, which is inside the
            # handler that swallowed it, so the exception leaves that handler.
            while frame is not None:
                if frame.f_trace is not line_tracer:
                    traced.append((frame, frame.f_trace))
                    frame.f_trace = line_tracer
                frame = frame.f_back
            sys.settrace(call_tracer)
        raise DeadlineExceeded(seconds)

    def disarm():
        while True:  # an alarm landing inside this loop is caught and the loop retried
            try:
                armed[0] = False
                signal.setitimer(signal.ITIMER_REAL, 0, 0)
                return
            except DeadlineExceeded:
                continue

    start = time.monotonic()
    prev_handler = signal.signal(signal.SIGALRM, on_alarm)
    prev_delay, prev_interval = signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)
    try:
        try:
            return func()
        finally:
            disarm()
    except DeadlineExceeded:
        disarm()
        raise
    finally:
        if fired[0] > 1:
            sys.settrace(previous_trace)
            for frame, previous in traced:
                frame.f_trace = previous
            traced.clear()
        signal.signal(signal.SIGALRM, prev_handler)
        if prev_delay > 0:
            left = prev_delay - (time.monotonic() - start)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), prev_interval)


class _Drained(BaseException):
    """Posted to our own thread to take the place of a deadline's exception that has not arrived yet."""


def _set_async_exc(tid: int, exc) -> int:
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(exc))


def _drain_async_exception(tid: int) -> None:
    """Make sure no asynchronous exception is pending for this thread, and that CPython knows it.

    Never withdraw a posted exception with ``PyThreadState_SetAsyncExc(tid, NULL)``:
    that call clears the thread's exception but signals the interpreter's eval
    breaker anyway, and since only the *delivery* of an exception unsignals it,
    the breaker stays set for good. Untraced code then only runs slower, but
    under ``sys.settrace`` CPython 3.11 re-enters the breaker at every
    ``RESUME`` and a traced call never runs its first line (the hang that
    ``portcheck trace`` met after a port had been stopped in a worker thread).
    Instead: post :class:`_Drained` -- it replaces a deadline's exception still
    pending -- and let it arrive at the next backward jump of a loop here, which
    unsignals the breaker as every delivered exception does.
    """
    try:
        _set_async_exc(tid, _Drained)
        for _ in range(10_000_000):  # it arrives at the first backward jump
            pass
    except (_Drained, DeadlineExceeded):  # ours, or the deadline's arriving just before ours was posted
        pass


def _deadline_async(func, seconds: float):
    """:func:`run_with_deadline` off the main thread: an exception posted to this thread when the time is up.

    The watcher posts only while ``func`` runs (``inside``, read and cleared
    under ``lock``); once ``func`` has returned or raised, an exception posted
    just before and not yet arrived is drained (:func:`_drain_async_exception`),
    never withdrawn.
    """
    tid = threading.get_ident()
    done = threading.Event()
    lock = threading.Lock()
    state = {"inside": True, "posted": False}

    def post():
        wait = seconds
        while not done.wait(wait):
            with lock:
                if not state["inside"]:
                    return
                state["posted"] = True
                _set_async_exc(tid, DeadlineExceeded)
            wait = 0.25  # again, in case the callable swallowed it (a bare ``except:``)

    watcher = threading.Thread(target=post, name="portcheck-deadline", daemon=True)
    watcher.start()
    try:
        return func()
    finally:
        # An exception posted just before ``inside`` was cleared may arrive at any
        # call in here: catch it and go round again until the watcher is stopped
        # and nothing is pending.
        while True:
            try:
                _stop_watcher(lock, state, done, watcher)
                if state["posted"]:
                    _drain_async_exception(tid)
                break
            except (DeadlineExceeded, _Drained):
                continue


def _stop_watcher(lock, state, done, watcher) -> None:
    """No more posts after this returns (idempotent)."""
    with lock:
        state["inside"] = False
    done.set()
    watcher.join()


def pid_alive(pid: int) -> bool:
    """True when ``pid`` names a process that has not exited (zombies count as exited)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
        return state not in (b"Z", b"X")
    except (OSError, IndexError):
        return True


def kill_and_reap(pid: int | None) -> None:
    """SIGKILL ``pid`` and reap it if it is our child (never blocks for long)."""
    if not pid:
        return
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    for _ in range(200):  # SIGKILL takes effect within milliseconds; give up after ~2 s
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # not our child, or already reaped
            return
        except OSError as exc:  # pragma: no cover
            if exc.errno == errno.EINTR:
                continue
            return
        if done:
            return
        time.sleep(0.01)


def child_pids() -> set[int]:
    """Process ids of this process's children (all threads), from ``/proc``; empty elsewhere."""
    pids: set[int] = set()
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return pids
    for tid in tasks:
        try:
            with open(f"/proc/self/task/{tid}/children") as fh:
                pids.update(int(p) for p in fh.read().split())
        except (OSError, ValueError):
            continue
    return pids


class StartWatchdog:
    """Kill the children started inside the block if the block outlives ``seconds``.

    Starting Octave runs two children we cannot see from here (oct2py's version
    probe and the interactive process); a broken executable that never answers
    would otherwise hang the start for ever.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.fired = False
        self._before: set[int] = set()
        self._timer: threading.Timer | None = None

    def _fire(self) -> None:
        self.fired = True
        for pid in child_pids() - self._before:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass

    def __enter__(self):
        self._before = child_pids()
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc):
        if self._timer is not None:
            self._timer.cancel()
        return False
