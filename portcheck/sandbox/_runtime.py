"""The child's side of an isolated call, shared by the warm worker and the fork.

* :func:`boot` makes the process reportable and disposable: faulthandler writes
  every thread's stack to the stack pipe on SIGUSR1 (the parent's "where are
  you?" before it kills) and on a crash; ``os._exit`` is wrapped so the line
  that called it is known; the process dies with its parent (``PR_SET_PDEATHSIG``;
  the parent's sentinel in the process group, see :func:`._channel.spawn_sentinel`;
  and a watchdog thread that kills the process group when the lifeline pipe
  closes, where no shell runs the sentinel); an address-space limit is set.
* :func:`run_call` gives the port fresh copies of its arguments, calls it, tells
  which arguments it wrote into, and encodes the answer as data.

Nothing here decides a verdict: the parent does, from data.
"""
from __future__ import annotations

import copy
import faulthandler
import os
import signal
import sys
import threading
import time

from . import _locate, _reap, _wire

__all__ = ["boot", "run_call", "hard_exit", "set_memory_limit", "flush_streams", "failure_from_exception"]

#: The real ``os._exit``; our own exits use it so they are never taken for the port's.
hard_exit = os._exit
OS_EXIT_MARK = "portcheck: os._exit called with status "
_state = {"memory_mb": None, "stack_fd": None, "libc": None}


def _libc():
    if _state["libc"] is None:
        try:
            import ctypes

            _state["libc"] = ctypes.CDLL(None, use_errno=True)
        except Exception:  # pragma: no cover - no libc to talk to
            _state["libc"] = False
    return _state["libc"]


def boot(*, stack_fd: int, lifeline_fd: int, ppid: int, pdeathsig: bool, private_fds=()) -> None:
    """Set the process up to be watched, located and killed (see the module docstring).

    ``private_fds`` (the channel's pipes) are made close-on-exec so that nothing
    the port starts holds them.
    """
    for fd in (stack_fd, lifeline_fd, *private_fds):
        os.set_inheritable(fd, False)
    _state["stack_fd"] = stack_fd
    faulthandler.enable(file=stack_fd, all_threads=True)
    faulthandler.register(signal.SIGUSR1, file=stack_fd, all_threads=True, chain=False)

    me = os.getpid()

    def _exit_hook(status):
        if os.getpid() == me:  # not in processes the port forked (multiprocessing workers leave this way)
            try:
                os.write(stack_fd, f"{OS_EXIT_MARK}{status!r}\n".encode())
                faulthandler.dump_traceback(file=stack_fd, all_threads=False)
            except BaseException:
                pass
            _reap.sweep_own()  # what the port started outside its process group ends with it
        hard_exit(status)

    os._exit = _exit_hook
    libc = _libc()  # also for flushing C stdio after each call
    if pdeathsig and libc and hasattr(libc, "prctl"):  # Linux only
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    _reap.become_subreaper(libc)  # orphans of the port's processes come to us, never to init
    if os.getppid() != ppid:  # the parent died before we could tie ourselves to it
        hard_exit(0)
    threading.Thread(target=_watch_lifeline, args=(lifeline_fd,), name="portcheck-lifeline", daemon=True).start()


def _watch_lifeline(fd: int) -> None:
    import select

    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1, signal.SIGINT, signal.SIGTERM})
    except (AttributeError, OSError, ValueError):  # pragma: no cover
        pass
    poller = select.poll()
    poller.register(fd, 0)  # only POLLHUP / POLLERR / POLLNVAL: the parent's end has closed
    while True:
        try:
            events = poller.poll()
        except InterruptedError:  # pragma: no cover
            continue
        if any(ev & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _fd, ev in events):
            try:
                _reap.sweep_own()
                os.killpg(0, signal.SIGKILL)
            finally:
                hard_exit(1)


def _vm_bytes() -> int:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def set_memory_limit(memory_mb: float | None) -> None:
    """``RLIMIT_AS`` = the address space in use now + ``memory_mb`` (soft and hard)."""
    _state["memory_mb"] = memory_mb
    if not memory_mb:
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - not on this platform
        return
    limit = _vm_bytes() + int(memory_mb * 1024 * 1024)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):  # pragma: no cover - lower than already mapped
        pass


def flush_streams() -> None:
    """Push what the port printed into the pipes: Python's buffers, then C stdio's."""
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except BaseException:
            pass
    libc = _state["libc"]
    if libc:
        try:
            libc.fflush(None)
        except BaseException:
            pass


def failure_from_exception(exc: BaseException) -> dict:
    """A port's exception as PortFailure fields; MemoryError and SystemExit get their own types."""
    if isinstance(exc, MemoryError):
        mb = _state["memory_mb"]
        limit = f" under the limit of {mb:g} MB" if mb else ""
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else "MemoryError"
        return _locate.failure_fields(exc, type_name="PortMemory",
                                      message=f"ran out of memory{limit} (MemoryError: {detail})")
    if isinstance(exc, SystemExit):
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        via = "exit" if tb is not None and "_sitebuiltins" in tb.tb_frame.f_code.co_filename else "sys.exit"
        return _locate.failure_fields(exc, type_name="PortExited", message=f"called {via}({exc.code!r})")
    return _locate.failure_fields(exc)


_IMMUTABLE = (type(None), bool, int, float, complex, str, bytes)


def _fresh(obj):
    """A copy the port may write into; containers are rebuilt, arrays copied."""
    if isinstance(obj, _IMMUTABLE):
        return obj
    np = sys.modules.get("numpy")
    if np is not None and isinstance(obj, np.ndarray):
        return obj.copy(order="K")
    if type(obj) is list:
        return [_fresh(x) for x in obj]
    if type(obj) is tuple:
        return tuple(_fresh(x) for x in obj)
    if type(obj) is dict:
        return {k: _fresh(v) for k, v in obj.items()}
    try:
        return copy.deepcopy(obj)
    except Exception:
        return obj


def _same(a, b) -> bool:
    np = sys.modules.get("numpy")
    if np is not None and (isinstance(a, np.ndarray) or isinstance(b, np.ndarray)):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)):
            return False
        if a.shape != b.shape or a.dtype != b.dtype:
            return False
        return _same_bits(np, a, b)
    if type(a) in (list, tuple) and type(b) is type(a):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if type(a) is dict and type(b) is dict:
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if a is b:
        return True
    if type(a) is type(b) and type(a).__eq__ is object.__eq__:
        # identity equality says nothing about content: compare the attributes
        da, db = getattr(a, "__dict__", None), getattr(b, "__dict__", None)
        return da is None or db is None or _same(da, db)
    try:
        return bool(a == b) or (a != a and b != b)
    except Exception:
        return False


_UINT = {1: "u1", 2: "u2", 4: "u4", 8: "u8"}


def _same_bits(np, a, b) -> bool:
    """Bit for bit (a NaN left alone is equal; 0.0 overwritten by -0.0 is a write), without temporaries of a's size."""
    if not a.dtype.hasobject:
        uint = _UINT.get(a.dtype.itemsize)
        if uint is not None and a.dtype.kind != "V":
            return bool(np.array_equal(a.view(uint), b.view(uint)))
        try:
            return a.tobytes() == b.tobytes()
        except Exception:
            pass
    try:
        return bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    except Exception:
        return bool(np.array_equal(a, b))


def _invoke(func, args, kwargs):
    """Call the port; a later ``trace`` command wraps this with sys.settrace."""
    return func(*args, **kwargs)


def _user_site(depth: int = 2):
    """(file, line) of the innermost frame of the user's own code above the caller."""
    try:
        frame = sys._getframe(depth)
    except ValueError:
        return None
    while frame is not None:
        name = frame.f_code.co_filename
        if not _locate._hidden(name) and not _locate._is_library(name):
            return name, frame.f_lineno
        frame = frame.f_back
    return None


#: Events a shape trace keeps (a loop over examples repeats its lines; the first differences matter).
TRACE_EVENTS = 4000


def _watched(np, events: list):
    """An ndarray subclass that records each ufunc it takes part in: (file, line, "op", ufunc, shape).

    ``"wrap"`` instead of ``"op"`` for an unsigned subtraction that went below
    zero (``-y`` on uint8 labels), so :mod:`portcheck.workflow.label_dtype` can name its line.

    Its results stay watched, so values derived from the argument are followed
    through expressions whose intermediates are never stored (``np.sum((X @ theta
    - y) ** 2)``).
    """

    class Watched(np.ndarray):
        def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
            plain = [x.view(np.ndarray) if isinstance(x, Watched) else x for x in inputs]
            if "out" in kwargs:
                kwargs["out"] = tuple(o.view(np.ndarray) if isinstance(o, Watched) else o for o in kwargs["out"])
            result = getattr(ufunc, method)(*plain, **kwargs)
            if isinstance(result, np.ndarray):
                site = _user_site()
                if site is not None and len(events) < TRACE_EVENTS:
                    kind = "wrap" if _wrapped(np, ufunc, plain, result) else "op"
                    events.append((site[0], site[1], kind, ufunc.__name__, list(result.shape)))
                return result.view(Watched) if result.ndim else result
            return result

    return Watched


def _wrapped(np, ufunc, inputs, result) -> bool:
    """An unsigned ``-y`` or ``a - y`` that wrapped around (``-1`` as 255): a value above every operand's."""
    if result.dtype.kind != "u" or ufunc.__name__ not in ("negative", "subtract") or not result.size:
        return False
    top = max((float(np.max(x)) for x in inputs if np.size(x)), default=0.0)
    return bool(np.max(result) > top)


def shape_trace(events: list, arg: int | None = None):
    """An ``invoke`` that records the shapes of the arrays the port's own lines make.

    ``events`` gets ``(file, line, kind, name, shape)``: ``"="`` for a local
    variable that a line made (traced with ``sys.settrace`` in the user's own
    files), ``"op"`` for an operation on argument ``arg`` or on a value derived
    from it (the argument is passed as a watched view). Two runs of the port --
    ``y`` as a column and as ``(m,)`` -- differ first where the column
    broadcasts. Only for locating: the call's value is discarded.
    """
    np = sys.modules.get("numpy")

    def local_trace(frame, event, arg_):
        if np is None or len(events) >= TRACE_EVENTS:
            return None
        state = frame.f_locals
        last = seen.get(frame)
        if last is not None and event in ("line", "return"):
            for name, value in state.items():
                if isinstance(value, np.ndarray) and last[1].get(name) is not value:
                    events.append((frame.f_code.co_filename, last[0], "=", name, list(value.shape)))
        seen[frame] = (frame.f_lineno, {k: v for k, v in state.items() if isinstance(v, np.ndarray)})
        return local_trace

    def global_trace(frame, event, arg_):
        if event != "call" or _locate._hidden(frame.f_code.co_filename) or _locate._is_library(frame.f_code.co_filename):
            return None
        return local_trace

    seen: dict = {}

    def invoke(func, args, kwargs):
        if np is not None and arg is not None and 0 <= arg < len(args) and isinstance(args[arg], np.ndarray):
            args = args[:arg] + (args[arg].view(_watched(np, events)),) + args[arg + 1:]
        sys.settrace(global_trace)
        try:
            return func(*args, **kwargs)
        finally:
            sys.settrace(None)
            seen.clear()

    return invoke


def run_call(func, args: tuple, kwargs: dict, *, invoke=_invoke, return_after: bool = False,
             sink: dict | None = None) -> tuple[dict, list]:
    """Call ``func`` on fresh copies of ``args``/``kwargs``; the reply header and blobs.

    ``args``/``kwargs`` are the originals: never given to the port, compared
    with its copies afterwards. The header holds ``status`` ("ok" or
    "failed"), ``value`` or ``failure``, ``mutated`` (argument indices and
    keyword names), ``seconds`` and ``kinds``; with ``return_after``, also
    ``after``: the written-into arguments as the port left them; with a
    ``sink`` (an instrumented call, see :mod:`._instrument`), also
    ``instrument``: the sink as ``invoke`` left it, encoded as data like the value.
    """
    call_args = tuple(_fresh(a) for a in args)
    call_kwargs = {k: _fresh(v) for k, v in kwargs.items()}
    flush_streams()
    start = time.perf_counter()
    try:
        value, exc = invoke(func, call_args, call_kwargs), None
    except BaseException as e:  # a port that raises, exits or runs out of memory is an answer
        value, exc = None, e
    seconds = time.perf_counter() - start
    flush_streams()
    mutated = {"args": [i for i, (a, b) in enumerate(zip(args, call_args)) if not _same(a, b)],
               "kwargs": [k for k in kwargs if not _same(kwargs[k], call_kwargs[k])]}
    header = {"seconds": seconds, "mutated": mutated}
    encoder = _wire.Encoder()
    if return_after and (mutated["args"] or mutated["kwargs"]):
        try:
            header["after"] = {"args": [[i, encoder.encode(call_args[i], f"args[{i}]")] for i in mutated["args"]],
                               "kwargs": [[k, encoder.encode(call_kwargs[k], k)] for k in mutated["kwargs"]]}
        except BaseException:
            encoder = _wire.Encoder()
    if exc is not None:
        header.update(status="failed", failure=failure_from_exception(exc))
        exc = None
        return _with_sink(header, encoder, sink)
    try:
        header.update(status="ok", value=encoder.encode(value, "value"), kinds=list(encoder.kinds))
    except MemoryError as e:
        header.update(status="failed", failure=failure_from_exception(e))
        return _with_sink(header, _wire.Encoder(), sink)
    except BaseException as e:
        fields = _locate.failure_fields(e, type_name="PortCrashed",
                                        message=f"its return value could not be sent back: {type(e).__name__}: {e}")
        header.update(status="failed", failure=fields)
        return _with_sink(header, _wire.Encoder(), sink)
    return _with_sink(header, encoder, sink)


def _with_sink(header: dict, encoder, sink: dict | None) -> tuple[dict, list]:
    """The reply with an instrumented call's ``sink`` in ``header["instrument"]`` (same encoder: blobs line up)."""
    if sink is not None:
        try:
            header["instrument"] = encoder.encode(sink, "instrument")
        except BaseException as e:  # a sink too large or not data: the call's own answer still goes back
            header["instrument_error"] = f"{type(e).__name__}: {e}"[:500]
    return header, encoder.blobs
