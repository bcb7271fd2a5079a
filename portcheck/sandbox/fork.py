"""call_in_fork: one isolated call of an in-process callable (a function defined in a test).

Such a callable cannot be imported by name in a fresh worker, so the process
forks: the child already holds the function and its arguments, calls it with
the same set-up as the warm worker (fresh copies, captured streams, stack on
request, memory limit, death with the parent) and sends the result back as
data; the parent keeps the deadline, reads the reply without unpickling and
kills the child's process group whatever happened.

The child never runs the parent's exit code: it leaves with ``os._exit``,
so neither atexit handlers nor open Octave sessions are touched
(:mod:`portcheck.octave` forgets its sessions in a forked child).
"""
from __future__ import annotations

import io
import os
import signal
import sys
import threading
import warnings

from . import _instrument, _outcome, _reap, _runtime, _wire
from ._channel import OUTPUT_LIMIT, Channel, spawn_sentinel
from ._result import CallResult
from .process import DEFAULT_MEMORY_MB, _check_seconds

__all__ = ["call_in_fork"]

_RESET_SIGNALS = ("SIGINT", "SIGTERM", "SIGALRM", "SIGHUP", "SIGUSR2", "SIGCHLD", "SIGPIPE")


def call_in_fork(func, args: tuple, kwargs: dict | None = None, *, timeout: float, names=(),
                 memory_mb: float | None = DEFAULT_MEMORY_MB, output_limit: int = OUTPUT_LIMIT,
                 return_after: bool = False, shape_trace: dict | None = None,
                 instrument: dict | None = None) -> CallResult:
    """Call ``func(*args, **kwargs)`` once in a forked child; same guarantees as :meth:`PortProcess.call`.

    Parameters
    ----------
    func : callable
        Any callable of this process (need not be importable or picklable).
    timeout : float
        Seconds the call may take; then its line is named and the child killed.
    names : sequence of str
        Argument names for ``mutated`` (positional first, then keywords in order).
    memory_mb : float or None
        Address space the call may add to the forked process (``RLIMIT_AS``).
    return_after : bool
        Send back the arguments the port wrote into, as it left them (``CallResult.after``).
    shape_trace : dict, optional
        ``{"arg": index}``: record the shapes of the arrays the port's lines make
        (``CallResult.shapes``), following that argument through expressions.
    instrument : dict, optional
        ``{"hook": "portcheck.<module>:<function>", "params": ...}``: an
        instrumented call (:mod:`portcheck.sandbox._instrument`); the hook's sink
        comes back as ``CallResult.instrument``. ValueError for a hook outside
        ``portcheck.``.

    Notes
    -----
    POSIX only (``os.fork``). Forking a process that runs other threads is safe
    for this use: the child touches only its own pipes and the objects passed in.
    """
    kwargs = dict(kwargs or {})
    timeout = _check_seconds(timeout)
    if instrument is not None:
        instrument = _instrument.check(instrument)
    pipes = [os.pipe() for _ in range(5)]  # reply, stdout, stderr, stack, lifeline
    (reply_r, reply_w), (out_r, out_w), (err_r, err_w), (stack_r, stack_w), (life_r, life_w) = pipes
    parent_pid = os.getpid()
    ident = threading.get_ident()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "use of fork() may lead to deadlocks" (3.12+)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        status = 70
        try:
            _child(func, args, kwargs, parent_pid=parent_pid, memory_mb=memory_mb, return_after=return_after,
                   shape_trace=shape_trace, instrument=instrument, fds=(reply_r, reply_w, out_r, out_w, err_r, err_w, stack_r, stack_w, life_r, life_w))
            status = 0
        except BaseException as exc:  # our own failure: say so on the reply pipe rather than die silently
            _report(reply_w, exc)
        finally:
            _runtime.hard_exit(status)
    try:
        os.setpgid(pid, pid)  # also done by the child; whichever runs first makes the group
    except OSError:
        pass
    sentinel = spawn_sentinel(life_r, pid)
    for fd in (reply_w, out_w, err_w, stack_w, life_r):
        os.close(fd)
    chan = Channel(pid, cmd_w=None, reply_r=reply_r, out_r=out_r, err_r=err_r, stack_r=stack_r,
                   extra_fds=[life_w], sentinel=sentinel, output_limit=output_limit,
                   max_reply_bytes=int((memory_mb or 8192) * 1024 * 1024) + (64 << 20))
    chan.main_ident = ident
    try:
        outcome = chan.exchange([], float(timeout))
        chan.sweep = outcome.status != "reply"  # after a reply the child has swept its own descendants
    finally:
        chan.kill()
    return _outcome.call_result(outcome, timeout=float(timeout), main_ident=ident, nargs=len(args),
                                kwarg_keys=list(kwargs), names=names)


def _child(func, args, kwargs, *, parent_pid, memory_mb, fds, return_after=False, shape_trace=None,
           instrument=None) -> None:  # pragma: no cover - child only
    reply_r, reply_w, out_r, out_w, err_r, err_w, stack_r, stack_w, life_r, life_w = fds
    os.setpgid(0, 0)
    for fd in (reply_r, out_r, err_r, stack_r, life_w):
        os.close(fd)
    for name in _RESET_SIGNALS:
        signum = getattr(signal, name, None)
        if signum is not None:
            try:
                signal.signal(signum, signal.SIG_DFL if name != "SIGPIPE" else signal.SIG_IGN)
            except (OSError, ValueError):
                pass
    signal.signal(signal.SIGINT, signal.default_int_handler)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out_w, 1)
    os.dup2(err_w, 2)
    for fd in (null, out_w, err_w):
        os.close(fd)
    # New stream objects: the parent's may be pytest's capture, or locked by a thread that no longer exists.
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), errors="backslashreplace")
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), errors="backslashreplace",
                                                   line_buffering=True)
    _runtime.boot(stack_fd=stack_w, lifeline_fd=life_r, ppid=parent_pid, pdeathsig=True, private_fds=(reply_w,))
    _runtime.set_memory_limit(memory_mb)
    try:
        events: list = []
        invoke = _runtime.shape_trace(events, shape_trace.get("arg")) if shape_trace is not None else _runtime._invoke
        sink = {} if instrument is not None else None
        if instrument is not None:
            invoke = _instrument.load(instrument, sink)
        header, blobs = _runtime.run_call(func, tuple(args), kwargs, return_after=return_after, invoke=invoke,
                                          sink=sink)
        if shape_trace is not None:
            header["shape_trace"] = events
    except BaseException as exc:
        header, blobs = {"status": "error", "message": f"{type(exc).__name__}: {exc}"[:2000]}, []
    _reap.sweep_own()  # before the reply: the parent kills this process as soon as it has it
    try:
        parts = _wire.pack_frame(header, blobs)
    except BaseException as exc:
        parts = _wire.pack_frame({"status": "error", "message": f"reply not encodable: {type(exc).__name__}"})
    os.set_blocking(reply_w, True)
    _wire.write_frame_blocking(reply_w, parts)


def _report(reply_w: int, exc: BaseException) -> None:  # pragma: no cover - child only
    import traceback

    try:
        os.set_blocking(reply_w, True)
        _wire.write_frame_blocking(reply_w, _wire.pack_frame(
            {"status": "error", "message": f"{type(exc).__name__}: {exc}"[:2000],
             "traceback": "".join(traceback.format_exception(exc))[-20000:]}))
    except BaseException:
        pass
