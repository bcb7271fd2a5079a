"""Runs: the reference in Octave (batched) and the port in Python (on copies).

The port is always called on deep copies of the inputs, so a port that writes
into its arguments (a ``ravel`` view, ``t = theta; t[0] = 0``) cannot change the
user's arrays or the next run; the copies are compared with the originals
afterwards and any change is recorded as ``mutated``.

A port runs under a time limit (``--timeout``, default :data:`DEFAULT_PORT_TIMEOUT`).
One that does not return is stopped where it is -- by ``SIGALRM`` in the main
thread, by an asynchronous exception elsewhere -- and reported as a finding
(a :class:`PortFailure` of type ``PortTimeout`` whose traceback shows the line
it was looping on), exactly like a port that raises: the port is the thing under
test, and "never returns" is one of its possible answers. Within one
:func:`port_time_limit` block a port that timed out once is not called again
(each further call would cost the full limit); its later runs report that.

Importing the user's file writes no ``__pycache__`` next to it: portcheck never
writes into the user's directories.
"""
from __future__ import annotations

import contextlib
import contextvars
import copy
import dataclasses
import importlib.util
import inspect
import linecache
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from . import _process
from .errors import OctaveError, PortLoadError, ReferenceUnusable
from .signature import ArgMapping

__all__ = [
    "PortFailure",
    "PortRun",
    "ReferenceRun",
    "load_port",
    "run_port",
    "run_reference",
    "normalise_outputs",
    "port_time_limit",
    "DEFAULT_PORT_TIMEOUT",
]

_PACKAGE_DIR = str(Path(__file__).resolve().parent)

#: Seconds one call of the port may take (the same default as an Octave call).
DEFAULT_PORT_TIMEOUT = 120.0


class _Limit:
    """The time limit in force and the ports that already timed out under it."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.timed_out: dict[int, PortFailure] = {}


_LIMIT: contextvars.ContextVar[_Limit | None] = contextvars.ContextVar("portcheck_port_limit", default=None)


@contextlib.contextmanager
def port_time_limit(seconds: float | None):
    """Run the ports called inside the block under ``seconds`` each (None: the default).

    The CLI wraps a whole command in it (``--timeout``). Inside the block, a
    port that timed out once is reported as timed out on later calls without
    being called again.
    """
    token = _LIMIT.set(_Limit(seconds))
    try:
        yield
    finally:
        _LIMIT.reset(token)


@dataclass(frozen=True)
class PortFailure:
    """A port that raised: the exception, the line of the user's code that raised, the traceback."""

    type: str
    message: str
    file: str | None
    line: int | None
    source: str | None
    traceback: str

    def headline(self) -> str:
        where = f" at {Path(self.file).name}:{self.line}" if self.file else ""
        return f"{self.type}: {self.message}{where}"


@dataclass(frozen=True)
class PortRun:
    """What one call of the port produced."""

    outputs: tuple | None
    failure: PortFailure | None
    mutated: tuple[str, ...]
    seconds: float
    returned: str = ""  # how the outputs came back, e.g. "tuple of 2", "single value"


@dataclass(frozen=True)
class ReferenceRun:
    """What one Octave evaluation produced."""

    outputs: tuple | None
    error: OctaveError | None


def load_port(spec: str, *, timeout: float | None = None) -> Callable:
    """Load ``FILE.py:FUNC`` (or ``package.module:FUNC``) and return the function.

    Parameters
    ----------
    spec : str
        ``path/to/file.py:function`` or ``package.module:function``.
    timeout : float, optional
        Seconds the import of a file may take (default: the limit of the
        enclosing :func:`port_time_limit`, else :data:`DEFAULT_PORT_TIMEOUT`);
        a module that runs a training loop at import time is stopped.

    Raises
    ------
    PortLoadError
        With one line naming the problem: file missing, function missing (the
        functions it does define are listed), the import raising (the
        traceback of the user's file is kept in ``details``) or not finishing.
    """
    if ":" not in spec:
        raise PortLoadError(f"--python={spec!r}: expected FILE.py:FUNCTION, e.g. my_port.py:nnCostFunction")
    target, _, func_name = spec.rpartition(":")
    if not func_name.isidentifier():
        raise PortLoadError(f"--python={spec!r}: {func_name!r} is not a Python function name")
    if target.endswith(".py") or "/" in target or Path(target).exists():
        path = Path(target).expanduser()
        if not path.is_file():
            raise PortLoadError(f"port file not found: {str(path)!r} (from --python={spec!r}); check the path")
        module = _import_file(path, _limit_seconds(timeout))
    else:
        try:
            module = importlib.import_module(target)
        except Exception as exc:
            raise PortLoadError(f"cannot import module {target!r}: {type(exc).__name__}: {exc}") from None
    func = getattr(module, func_name, None)
    if func is None or not callable(func):
        available = sorted(n for n, v in vars(module).items() if inspect.isfunction(v) and v.__module__ == module.__name__)
        raise PortLoadError(
            f"{target} defines no function {func_name!r}; functions defined there: {', '.join(available) or 'none'}"
        )
    return func


def _limit_seconds(timeout: float | None) -> float:
    if timeout:
        return float(timeout)
    limit = _LIMIT.get()
    return float(limit.seconds) if limit is not None and limit.seconds else DEFAULT_PORT_TIMEOUT


def _import_file(path: Path, seconds: float):
    name = f"portcheck_user_{abs(hash(str(path.resolve()))):x}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise PortLoadError(f"cannot import {str(path)!r}: not a Python source file")
    module = importlib.util.module_from_spec(spec)
    folder = str(path.resolve().parent)
    added = folder not in sys.path
    if added:
        sys.path.insert(0, folder)
    sys.modules[name] = module
    no_bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__ in the user's folder
    try:
        _process.run_with_deadline(lambda: spec.loader.exec_module(module), seconds)
    except _process.DeadlineExceeded as exc:
        sys.modules.pop(name, None)
        failure = _failure_from(exc)
        failure = dataclasses.replace(failure, traceback=failure.traceback.rsplit("\n", 1)[0]
                                      + f"\nPortTimeout: the import did not finish within {seconds:g} s")
        err = PortLoadError(f"importing {str(path)!r} did not finish within {seconds:g} s; stopped at "
                            f"{_where(failure)}",
                            tip="move script code (training loops, plots, input()) under if __name__ == '__main__':, "
                                "or raise the limit with --timeout")
        err.details = failure.traceback
        raise err from None
    except SystemExit as exc:
        raise PortLoadError(f"importing {str(path)!r} called exit({exc.code}); guard script code with if __name__ == '__main__':") from None
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        sys.modules.pop(name, None)
        failure = _failure_from(exc)
        err = PortLoadError(f"importing {str(path)!r} failed: {failure.headline()}", tip="fix the error in your file; its traceback is shown above")
        err.details = failure.traceback
        raise err from None
    finally:
        sys.dont_write_bytecode = no_bytecode
        if added:
            sys.path.remove(folder)
    return module


def _where(failure: "PortFailure") -> str:
    if not failure.file:
        return "an unknown line"
    src = f": {failure.source}" if failure.source else ""
    return f"{Path(failure.file).name}:{failure.line}{src}"


def _library_dirs() -> tuple[str, ...]:
    import sysconfig

    dirs = {sysconfig.get_paths().get(k) for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    return tuple(sorted(d for d in dirs if d))


def _is_library(filename: str) -> bool:
    return filename.startswith(_library_dirs()) or "site-packages" in filename or "dist-packages" in filename


def _failure_from(exc: BaseException) -> PortFailure:
    """The exception as a :class:`PortFailure`: portcheck's own frames dropped, located at the user's line.

    The location is the innermost frame in the user's code (not the standard
    library, not an installed package such as NumPy): for an error raised inside
    ``np.dot`` it is the line of the port that called ``np.dot``.
    """
    tb = traceback.extract_tb(exc.__traceback__)
    user = [f for f in tb if not f.filename.startswith(_PACKAGE_DIR) and "importlib" not in f.filename]
    own = [f for f in user if not _is_library(f.filename) and not f.filename.startswith("<")]
    frame = own[-1] if own else user[-1] if user else (tb[-1] if tb else None)
    lines = ["Traceback (most recent call last):\n"] + traceback.format_list(user or tb) + traceback.format_exception_only(type(exc), exc)
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return PortFailure(
        type=type(exc).__name__,
        message=message,
        file=frame.filename if frame else None,
        line=frame.lineno if frame else None,
        source=(frame.line or linecache.getline(frame.filename, frame.lineno).strip()) if frame else None,
        traceback="".join(lines).rstrip(),
    )


def normalise_outputs(result, nout: int) -> tuple[tuple, str]:
    """The port's return value as a tuple of outputs, and how it came back."""
    if isinstance(result, tuple):
        return result, f"tuple of {len(result)}"
    if isinstance(result, list) and nout > 1 and len(result) == nout:
        return tuple(result), f"list of {len(result)}"
    return (result,), "single value"


def _same(a, b) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a, b = np.asarray(a), np.asarray(b)
        return a.shape == b.shape and a.dtype == b.dtype and np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")
    try:
        return bool(a == b) or (a != a and b != b)
    except Exception:
        return a is b


def run_port(func: Callable, mapping: ArgMapping, values: dict, nout: int, *, timeout: float | None = None) -> PortRun:
    """Call the port once on deep copies of ``values`` (reference-named), under a time limit.

    Parameters
    ----------
    timeout : float, optional
        Seconds the call may take; default: the enclosing :func:`port_time_limit`,
        else :data:`DEFAULT_PORT_TIMEOUT`.

    Returns
    -------
    PortRun
        ``failure`` is set when the port raised or did not return in time
        (``failure.type == "PortTimeout"``; its traceback ends where the port was
        stopped). A port never crashes the caller, except by ``KeyboardInterrupt``.
    """
    originals = {k: values[k] for k, _, _ in mapping.pairs}
    limit = _LIMIT.get()
    seconds = _limit_seconds(timeout)
    if limit is not None and id(func) in limit.timed_out:
        earlier = limit.timed_out[id(func)]
        return PortRun(None, dataclasses.replace(earlier, message=f"not run again: {earlier.message} on an earlier call"),
                       (), 0.0)
    copies = copy.deepcopy(originals)
    args, kwargs = mapping.build_call(copies)
    start = time.perf_counter()
    try:
        result = _process.run_with_deadline(lambda: func(*args, **kwargs), seconds)
    except KeyboardInterrupt:
        raise
    except _process.DeadlineExceeded as exc:
        failure = _failure_from(exc)
        message = f"did not return within {seconds:g} s (stopped at {_where(failure)})"
        tb = failure.traceback.rsplit("\n", 1)[0] + f"\nPortTimeout: {message}"
        failure = dataclasses.replace(failure, type="PortTimeout", message=message, traceback=tb)
        if limit is not None:
            limit.timed_out[id(func)] = failure
        return PortRun(None, failure, _mutated(originals, copies), time.perf_counter() - start)
    except BaseException as exc:  # a port that raises is a finding, never a crash
        return PortRun(None, _failure_from(exc), _mutated(originals, copies), time.perf_counter() - start)
    seconds = time.perf_counter() - start
    outputs, how = normalise_outputs(result, nout)
    return PortRun(outputs, None, _mutated(originals, copies), seconds, how)


def _mutated(originals: dict, copies: dict) -> tuple[str, ...]:
    return tuple(k for k in originals if not _same(originals[k], copies[k]))


def run_reference(session, function: str, arglists: Sequence[tuple], nout: int) -> list[ReferenceRun]:
    """Evaluate the Octave ``function`` on every argument tuple in one round trip.

    An evaluation that raises for its inputs (``nonconformant arguments``) is a
    :class:`ReferenceRun` with ``error`` set: a finding. When *every* evaluation
    fails because the reference cannot run at all -- a parse error, or a
    function or name Octave cannot find -- :class:`ReferenceUnusable` is raised
    instead (exit 2): nothing can be compared, and the fix is in the ``.m``
    files or the path, not in the port.
    """
    results = session.call_many(function, list(arglists), nout=nout)
    runs = []
    for r in results:
        if isinstance(r, OctaveError):
            runs.append(ReferenceRun(None, r))
        else:
            runs.append(ReferenceRun(tuple(r), None))
    errors = [r.error for r in runs]
    if errors and all(e is not None for e in errors):
        unusable = _unusable(errors[0], function)
        if unusable is not None:
            raise unusable
    return runs


def _unusable(err: OctaveError, function: str) -> ReferenceUnusable | None:
    """The error as :class:`ReferenceUnusable` when it means the reference cannot run at all."""
    msg = err.octave_message or err.message
    where = f" (in {err.stack[0][0]} at line {err.stack[0][1]})" if err.stack else ""
    if msg.startswith("parse error"):
        return ReferenceUnusable(f"the reference {function}.m cannot be parsed: {msg}", octave_message=msg, stack=err.stack,
                                 identifier=err.identifier, tip="fix the syntax of the .m file; Octave shows the line above the caret")
    if err.identifier == "Octave:undefined-function" or msg.startswith("feval: function"):
        missing = msg.split("'")[1] if msg.count("'") >= 2 else function
        if missing == function:
            tip = f"the file must be named {function}.m and hold 'function ... = {function}(...)'; check its directory is the one given"
        else:
            tip = (f"{missing!r} is neither a variable nor a function on Octave's path: put {missing}.m next to "
                   f"{function}.m, or fix the name")
        return ReferenceUnusable(f"the reference {function}() cannot run: {msg}{where}", octave_message=msg,
                                 stack=err.stack, identifier=err.identifier, tip=tip)
    return None
