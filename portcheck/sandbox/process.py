"""PortProcess: one warm child process per port, called many times.

The diagnosis re-runs a port dozens of times on the same large inputs, so the
port's module is imported once in a child (``python -m portcheck.sandbox._child``)
and each call sends only what the child does not already hold: arrays of at
least :data:`CACHE_MIN_BYTES` are kept there by content key and sent again as a
reference. The child gives the port fresh copies every time and compares them
with its originals afterwards (``mutated``).

Every call has a deadline kept by the parent. When it passes, the child is asked
for its stack (to name the line it was stuck on), killed with its process group,
and started again -- module re-imported -- on the next call. A port that exits,
crashes or exhausts its memory limit becomes ``CallResult.failure``; nothing it
does can end, hang or change the parent, which decodes replies as data only.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import weakref
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import PortcheckError, PortLoadError
from . import _instrument, _outcome, _wire
from ._channel import OUTPUT_LIMIT, Channel, spawn_sentinel
from ._result import PORT_EXITED, CallResult

__all__ = ["PortProcess", "parse_target", "Target", "DEFAULT_TIMEOUT", "DEFAULT_MEMORY_MB", "CACHE_MIN_BYTES",
           "DEFAULT_CACHE_MB"]

#: Seconds a call (and the import at start) may take; as :data:`portcheck.runner.DEFAULT_PORT_TIMEOUT`.
DEFAULT_TIMEOUT = 120.0
#: Address space (MB) the port may add to its process: generous for the course's data
#: (the full ex4 set is 16 MB), small enough to stop a runaway allocation with MemoryError.
DEFAULT_MEMORY_MB = 4096
#: Arrays at least this large are kept in the worker by content key (smaller ones cost less to resend than to hash).
CACHE_MIN_BYTES = 32 * 1024
#: Megabytes of arrays the worker keeps (least recently used dropped first).
DEFAULT_CACHE_MB = 1024
#: Seconds a worker has to take a command (start up, read the arguments: portcheck's own work)
#: before the port's own ``timeout`` starts; generous, for a loaded machine.
BOOT_SECONDS = 30.0

_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding the portcheck package
# A process group of its own (killed as one), in our session so that the sentinel can join it.
_NEW_GROUP = {"process_group": 0} if sys.version_info >= (3, 11) else {"preexec_fn": os.setpgrp}


@dataclass(frozen=True)
class Target:
    """A parsed ``FILE.py:FUNC`` or ``package.module:FUNC``."""

    spec: str
    kind: str  # "file" or "module"
    path: str | None
    module: str | None
    func: str

    @property
    def label(self) -> str:
        return repr(self.path) if self.kind == "file" else repr(self.module)


def parse_target(spec: str) -> Target:
    """Parse and check ``spec``; a file target is resolved against the current directory.

    Raises
    ------
    PortLoadError
        For a malformed spec or a file that does not exist.
    """
    if not isinstance(spec, str) or ":" not in spec:
        raise PortLoadError(f"target={spec!r}: expected FILE.py:FUNCTION or package.module:FUNCTION, "
                            "e.g. my_port.py:nnCostFunction")
    where, _, func = spec.rpartition(":")
    if not func.isidentifier():
        raise PortLoadError(f"target={spec!r}: {func!r} is not a Python function name")
    if where.endswith(".py") or "/" in where or os.sep in where or Path(where).exists():
        path = Path(where).expanduser()
        if not path.is_file():
            raise PortLoadError(f"port file not found: {str(path)!r} (from target={spec!r}); check the path")
        return Target(spec, "file", str(path.resolve()), None, func)
    if not all(part.isidentifier() for part in where.split(".")):
        raise PortLoadError(f"target={spec!r}: {where!r} is neither a .py file nor a module name")
    return Target(spec, "module", None, where, func)


class _ParentCache:
    """The parent's record of which arrays the worker holds (mirrors the worker's evictions)."""

    def __init__(self, min_bytes: int):
        self.min_bytes = min_bytes
        self.known: set[str] = set()
        self.sent: set[str] = set()
        self.force: set[str] = set()
        self._frozen: dict[int, tuple] = {}  # id -> (weakref, key) of read-only arrays owning their data

    def key(self, arr) -> str:
        """The content key; hashed once per object for a frozen array (read-only, owning its data)."""
        if arr.flags.writeable or arr.base is not None:
            return _wire.content_key(arr)
        hit = self._frozen.get(id(arr))
        if hit is not None and hit[0]() is arr:
            return hit[1]
        key = _wire.content_key(arr)
        if len(self._frozen) > 4096:
            self._frozen = {i: v for i, v in self._frozen.items() if v[0]() is not None}
        self._frozen[id(arr)] = (weakref.ref(arr), key)
        return key

    def ref(self, arr):
        if arr.nbytes < self.min_bytes:
            return None
        key = self.key(arr)
        if key in self.force:
            self.force.discard(key)
            self.sent.add(key)
            return key, False
        present = key in self.known or key in self.sent
        self.sent.add(key)
        return key, present

    def reset(self) -> None:
        """A new child holds nothing (the keys of frozen arrays stay valid)."""
        self.known, self.sent, self.force = set(), set(), set()

    def commit(self, evicted) -> None:
        self.known |= self.sent
        self.known -= set(evicted)
        self.sent = set()


def _check_seconds(timeout) -> float:
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise PortcheckError(f"timeout={timeout!r}: must be a positive number of seconds")
    return float(timeout)


def _close_box(box: list) -> None:
    chan = box[0]
    box[0] = None
    if chan is not None:
        chan.kill()


class PortProcess:
    """One warm child process running one port.

    Parameters
    ----------
    target : str
        ``"path/to/file.py:func"`` or ``"package.module:func"``.
    timeout : float
        Seconds a call may take (default for :meth:`call`), and the import at start.
    memory_mb : float or None
        Address space the port may add to its process (``RLIMIT_AS`` = the
        worker's own at start + this); None for no limit. Hitting it is a
        ``PortMemory`` failure.
    sys_path : sequence of str
        Folders put on ``sys.path`` after the port file's own folder.
    cwd : str, optional
        Working directory of the port (default: the port file's folder, as its
        own driver script would run; the current directory for a module target).
    env : mapping, optional
        Variables set (or, with value None, removed) on top of the inherited
        environment. ``PYTHONHASHSEED`` is always 0.
    cache_mb : float
        Megabytes of arrays the worker keeps between calls.
    output_limit : int
        Bytes of stdout and of stderr kept per call.

    Notes
    -----
    A large array is hashed (sha1, about 10 ms for 16 MB) on every call to find
    whether the child holds it -- except an array frozen by its owner
    (``arr.flags.writeable = False``, owning its data), whose key is computed
    once per object: freeze inputs that are passed many times. (Unfreezing and
    writing into such an array later would not be noticed.)

    Use it as a context manager, or call :meth:`close`. A process left open is
    killed when the object is collected and at interpreter exit; the child also
    dies with its parent (``PR_SET_PDEATHSIG`` and a lifeline pipe), so a
    SIGKILLed portcheck leaves nothing behind.
    """

    def __init__(self, target: str, *, timeout: float = DEFAULT_TIMEOUT, memory_mb: float | None = DEFAULT_MEMORY_MB,
                 sys_path=(), cwd: str | None = None, env=None, cache_mb: float = DEFAULT_CACHE_MB,
                 output_limit: int = OUTPUT_LIMIT, shims=()):
        _check_seconds(timeout)
        if memory_mb is not None and (isinstance(memory_mb, bool) or not isinstance(memory_mb, (int, float))
                                      or not memory_mb > 0):
            raise PortcheckError(f"memory_mb={memory_mb!r}: must be a positive number of megabytes, or None for no limit")
        self.target = target
        self.timeout = float(timeout)
        self.memory_mb = memory_mb
        self.sys_path = tuple(str(p) for p in sys_path)
        self.cwd = None if cwd is None else str(cwd)
        self.env = dict(env or {})
        self.cache_mb = cache_mb
        self.output_limit = int(output_limit)
        #: Environment shims the worker applies at import (:mod:`portcheck.sandbox._shims`).
        self.shims = tuple(shims)
        #: The port's parameters as the worker saw them: ``[[name, kind, has_default], ...]`` or None.
        self.signature = None
        #: Shim uses the worker reported while importing (last start).
        self.load_shims: tuple = ()
        self.starts = 0
        #: Bytes sent to the child for the last call (arrays the child holds go as a key).
        self.last_sent_bytes = 0
        #: What the port printed while its module was imported (last start).
        self.load_stdout = ""
        self.load_stderr = ""
        self._parsed: Target | None = None
        self._cache = _ParentCache(CACHE_MIN_BYTES)
        self._lock = threading.RLock()
        self._box: list = [None]
        self._closed = False
        self._finalizer = weakref.finalize(self, _close_box, self._box)

    # -- life cycle ------------------------------------------------------------
    def __enter__(self) -> "PortProcess":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else f"pid {self.pid}" if self.pid else "not started"
        return f"<PortProcess {self.target!r} {state}>"

    @property
    def pid(self) -> int | None:
        """The child's process id (None before start, after a kill, after close)."""
        chan = self._box[0]
        return chan.pid if chan is not None and not chan.closed else None

    def start(self) -> None:
        """Start the child and import the port there (no-op when it is running).

        Raises
        ------
        PortLoadError
            One line (file or function missing, the import raising, calling
            exit(), crashing or not finishing within ``timeout``); the traceback
            and what the import printed are in ``.details``.
        """
        with self._lock:
            if self._closed:
                raise PortcheckError(f"{self!r} is closed; make a new PortProcess")
            chan = self._box[0]
            if chan is not None and chan.alive():
                return
            self._discard()
            self._spawn()

    def close(self) -> None:
        """End the child (and anything it started in its process group). Idempotent, never raises."""
        self._closed = True
        chan = self._box[0]
        if chan is None:
            return
        if self._lock.acquire(blocking=False):  # idle: ask it to leave, then make sure
            try:
                self._box[0] = None
                chan.close(0.5, _wire.pack_frame({"cmd": "close"}))
            finally:
                self._lock.release()
        else:  # a call is running in another thread: kill; that call reports the death
            chan.kill()

    def _discard(self) -> None:
        chan, self._box[0] = self._box[0], None
        if chan is not None:
            chan.kill()
        self._cache.reset()

    # -- start -----------------------------------------------------------------
    def _child_env(self) -> dict:
        env = dict(os.environ)
        for key, value in self.env.items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = str(value)
        for key in ("PYTHONSTARTUP", "PYTHONINSPECT"):
            env.pop(key, None)
        env["PYTHONHASHSEED"] = "0"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        old = env.get("PYTHONPATH", "")
        env["PORTCHECK_SANDBOX_PYTHONPATH"] = old
        env["PYTHONPATH"] = _ROOT + (os.pathsep + old if old else "")
        return env

    def _spawn(self) -> None:
        target = self._parsed = self._parsed or parse_target(self.target)
        if target.kind == "file":
            folder = os.path.dirname(target.path)
            cwd = self.cwd or folder
            path = [folder, *self.sys_path]
        else:
            cwd = self.cwd or os.getcwd()
            path = [*self.sys_path, *[os.path.abspath(p) if p else os.getcwd() for p in sys.path]]
        if not os.path.isdir(cwd):
            raise PortLoadError(f"cwd={cwd!r} is not a directory", tip="give an existing folder as cwd")
        cmd_r, cmd_w = os.pipe()
        reply_r, reply_w = os.pipe()
        stack_r, stack_w = os.pipe()
        life_r, life_w = os.pipe()  # never written: its end of file tells the child's sentinel we are gone
        mine = [cmd_w, reply_r, stack_r, life_w]
        argv = [sys.executable, "-B", "-m", "portcheck.sandbox._child", "--fds", f"{cmd_r},{reply_w},{stack_w},{life_r}",
                "--ppid", str(os.getpid()), "--root", _ROOT]
        if threading.current_thread() is threading.main_thread():
            argv.append("--pdeathsig")  # tied to the spawning thread: only safe from the main thread
        popen = None
        try:
            popen = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     pass_fds=(cmd_r, reply_w, stack_w, life_r), cwd=cwd, env=self._child_env(),
                                     close_fds=True, **_NEW_GROUP)
            chan = Channel(popen.pid, cmd_w=cmd_w, reply_r=reply_r, out_r=popen.stdout.fileno(),
                           err_r=popen.stderr.fileno(), stack_r=stack_r, popen=popen, extra_fds=[life_w],
                           sentinel=spawn_sentinel(life_r, popen.pid), output_limit=self.output_limit,
                           max_reply_bytes=self._max_reply_bytes())
            self._box[0] = chan
        except BaseException:
            if popen is not None:
                popen.kill()
                popen.wait()
                popen.stdout.close()
                popen.stderr.close()
            for fd in mine:
                os.close(fd)
            raise
        finally:
            for fd in (cmd_r, reply_w, stack_w, life_r):
                os.close(fd)
        self.starts += 1
        header = {"cmd": "load", "kind": target.kind, "path": target.path, "module": target.module,
                  "func": target.func, "sys_path": path, "memory_mb": self.memory_mb,
                  "cache_bytes": int(self.cache_mb * 1024 * 1024), "options": {"shims": list(self.shims)}}
        try:  # the import has ``timeout`` from the moment the worker took the command (booted)
            outcome = chan.exchange(_wire.pack_frame(header), self.timeout, ack=True,
                                    before_ack=max(self.timeout, BOOT_SECONDS))
        except BaseException:
            self._discard()
            raise
        self.load_stdout, self.load_stderr = outcome.stdout, outcome.stderr
        error = self._load_error(target, outcome)
        if error is not None:
            self._discard()
            raise error
        chan.main_ident = outcome.header["main_thread"]
        sig = outcome.header.get("signature")
        if isinstance(sig, list) and all(isinstance(p, list) and len(p) == 3 and isinstance(p[0], str)
                                         and isinstance(p[1], int) and isinstance(p[2], bool) for p in sig):
            self.signature = [tuple(p) for p in sig]
        self.load_shims = _outcome.shim_notes(outcome.header.get("shims"))

    def _max_reply_bytes(self) -> int:
        return int((self.memory_mb or 8192) * 1024 * 1024) + (64 << 20)

    def _load_error(self, target: Target, outcome) -> PortLoadError | None:
        printed = "".join(f"\n--- {name} while importing ---\n{text}" for name, text in
                          (("stdout", outcome.stdout), ("stderr", outcome.stderr)) if text.strip())
        header = outcome.header if outcome.status == "reply" else None
        if header is not None and header.get("status") == "ok" and isinstance(header.get("main_thread"), int):
            return None
        if header is not None and header.get("status") == "load-error":
            err = PortLoadError(str(header.get("message"))[:2000], tip=header.get("tip") or None)
            err.details = str(header.get("details") or "")[:200_000] + printed
            err.failure = _outcome.load_failure(header.get("failure"))
            err.missing_module = _outcome.missing_module(header.get("failure"))
            return err
        if header is not None:
            err = PortLoadError(f"the port's process could not load {target.label}: {str(header.get('message'))[:500]}")
            err.details = str(header.get("traceback") or "") + printed
            return err
        failure = _outcome.failure_without_reply(outcome, self.timeout, None)
        if outcome.status == "timeout":
            from ._locate import where

            err = PortLoadError(f"importing {target.label} did not finish within {self.timeout:g} s; stopped at "
                                f"{where(failure.file, failure.line, failure.source)}",
                                tip="move script code (training loops, plots, input()) under "
                                    "if __name__ == '__main__':, or raise the limit with --timeout")
        elif failure.type == PORT_EXITED:
            err = PortLoadError(f"importing {target.label} ended the port's process: {failure.headline()}",
                                tip="guard script code with if __name__ == '__main__':")
        else:
            err = PortLoadError(f"the port's process ended while importing {target.label}: {failure.headline()}")
        err.details = failure.traceback + printed
        return err

    # -- calls -----------------------------------------------------------------
    def call(self, args: tuple, kwargs: dict | None = None, *, timeout: float | None = None, names=(),
             return_mutated: bool = False, options: dict | None = None) -> CallResult:
        """Call the port once on fresh copies of ``args``/``kwargs`` in the child.

        Parameters
        ----------
        args, kwargs
            Arrays, scalars, str, None, lists/tuples/dicts of those travel as
            data; anything else is pickled (the parent trusts itself).
        timeout : float, optional
            Seconds for this call (default: the process's ``timeout``).
        names : sequence of str
            Names of the arguments, positional first, then keyword arguments in
            order; ``CallResult.mutated`` uses them.
        return_mutated : bool
            Send back the arguments the port wrote into, as it left them
            (``CallResult.after``).
        options : dict, optional
            ``{"shape_trace": {"arg": i}}``: record the shapes of the arrays the
            port's lines make, following argument ``i`` (``CallResult.shapes``);
            ``{"py2_division": True}``: with the ``python2`` shim, ``/`` of two
            integers floors, as in Python 2;
            ``{"instrument": {"hook": "portcheck.<module>:<function>", "params": ...}}``:
            an instrumented call (:mod:`._instrument`), the hook's sink in
            ``CallResult.instrument`` (ValueError for a hook outside ``portcheck.``).

        Returns
        -------
        CallResult
            ``failure`` is set when the port raised, exited, crashed, ran out of
            memory or did not return in time; the child is then restarted on
            the next call (when it did not survive). Raises only
            :class:`PortLoadError` (a restart whose import fails) and
            ``TypeError`` (an argument that can be neither data nor pickled).
        """
        args = tuple(args)
        kwargs = dict(kwargs or {})
        seconds = self.timeout if timeout is None else _check_seconds(timeout)
        if (options or {}).get("instrument") is not None:
            options = {**options, "instrument": _instrument.check(options["instrument"])}
        with self._lock:
            restarts = 0
            while True:
                self.start()
                chan = self._box[0]
                outcome = self._exchange_call(chan, args, kwargs, seconds, return_mutated, options)
                # A worker that died before taking the call (a leftover thread of an earlier call
                # calling os._exit) never ran it: once, run it in a new worker instead.
                if outcome.status == "died" and not outcome.acked and restarts == 0:
                    self._discard()
                    restarts += 1
                    continue
                break
            result = _outcome.call_result(outcome, timeout=seconds, main_ident=chan.main_ident, nargs=len(args),
                                          kwarg_keys=list(kwargs), names=names)
            if restarts:
                result = replace(result, restarts=restarts)
            if outcome.status != "reply" or outcome.header.get("status") not in ("ok", "failed"):
                self._discard()  # restarted (module re-imported) on the next call
            return result

    def _exchange_call(self, chan, args, kwargs, seconds, return_mutated, options=None):
        """One call's exchange, resending inline the arrays the worker lacks (``need``)."""
        cache = self._cache
        cache.force = set()
        try:
            for _attempt in range(3):
                enc = _wire.Encoder(allow_pickle=True, cache=cache)
                try:
                    header = {"cmd": "call", "args": enc.encode(args, "args"), "kwargs": enc.encode(kwargs, "kwargs")}
                except BaseException:
                    cache.sent = set()
                    raise
                if return_mutated:
                    header["return_mutated"] = True
                for key in ("shape_trace", "py2_division", "instrument"):
                    if (options or {}).get(key):
                        header[key] = options[key]
                parts = _wire.pack_frame(header, enc.blobs)
                self.last_sent_bytes = sum(len(memoryview(part).cast("B")) for part in parts)
                outcome = chan.exchange(parts, seconds, ack=True, before_ack=max(seconds, BOOT_SECONDS))
                reply = outcome.header if outcome.status == "reply" else None
                if reply is None:
                    break
                evicted = [k for k in reply.get("evicted") or [] if isinstance(k, str)]
                cache.commit(evicted)
                if reply.get("status") != "need":
                    break
                keys = [k for k in reply.get("keys") or [] if isinstance(k, str)]
                cache.known -= set(keys)
                cache.force = set(keys)
        except BaseException:  # KeyboardInterrupt, SIGTERM as an exception: the child's state is unknown
            self._discard()
            raise
        return outcome
