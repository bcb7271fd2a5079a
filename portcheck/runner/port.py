"""The port side: load the user's function, call it on copies under a time limit.

The port is always called on deep copies of the inputs, so a port that writes
into its arguments (a ``ravel`` view, ``t = theta; t[0] = 0``) cannot change the
user's arrays or the next run; the copies are compared with the originals
afterwards and any change is recorded as ``mutated``.

A port that does not return within its limit (:mod:`portcheck.runner.limits`) is
stopped where it is -- by ``SIGALRM`` in the main thread, by an asynchronous
exception elsewhere -- and reported as a finding (a
:class:`~portcheck.runner.failures.PortFailure` of type ``PortTimeout`` whose
traceback shows the line it was looping on), exactly like a port that raises.

Importing the user's file writes no ``__pycache__`` next to it: portcheck never
writes into the user's directories.
"""
from __future__ import annotations

import copy
import dataclasses
import importlib.util
import inspect
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from ..errors import PortLoadError
from ..octave import process
from ..signature import ArgMapping
from .failures import PortFailure, failure_from
from .limits import current_limit, limit_seconds

__all__ = ["PortRun", "load_port", "run_port", "normalise_outputs"]


@dataclass(frozen=True)
class PortRun:
    """What one call of the port produced."""

    outputs: tuple | None
    failure: PortFailure | None
    mutated: tuple[str, ...]
    seconds: float
    returned: str = ""  # how the outputs came back, e.g. "tuple of 2", "single value"


def load_port(spec: str, *, timeout: float | None = None) -> Callable:
    """Load ``FILE.py:FUNC`` (or ``package.module:FUNC``) and return the function.

    Parameters
    ----------
    spec : str
        ``path/to/file.py:function`` or ``package.module:function``.
    timeout : float, optional
        Seconds the import of a file may take (default: the limit of the
        enclosing :func:`~portcheck.runner.limits.port_time_limit`, else
        :data:`~portcheck.runner.limits.DEFAULT_PORT_TIMEOUT`);
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
        module = _import_file(path, limit_seconds(timeout))
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


def _package_of(path: Path) -> tuple[str, str] | None:
    """``(folder above the top package, dotted module name)`` for a file inside a package (``__init__.py`` chain)."""
    folder, parts = path.resolve().parent, [path.stem]
    while (folder / "__init__.py").is_file():
        parts.insert(0, folder.name)
        folder = folder.parent
    if len(parts) == 1 or not all(p.isidentifier() for p in parts):
        return None
    return str(folder), ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _forget_other_copies(top: str, root: str) -> None:
    """Drop a package of the same name imported from elsewhere (another copy of the project)."""
    loaded = sys.modules.get(top)
    where = [str(Path(p).resolve().parent) for p in getattr(loaded, "__path__", [])] if loaded is not None else []
    if loaded is not None and root not in where:
        for key in [k for k in sys.modules if k == top or k.startswith(top + ".")]:
            del sys.modules[key]


def _import_file(path: Path, seconds: float):
    """Import the user's file: a module of its package when it is in one (relative imports work), else on its own."""
    package = _package_of(path)
    if package is not None:
        folder, name = package
        _forget_other_copies(name.split(".")[0], folder)
        load = lambda: importlib.import_module(name)  # noqa: E731
    else:
        name = f"portcheck_user_{abs(hash(str(path.resolve()))):x}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise PortLoadError(f"cannot import {str(path)!r}: not a Python source file")
        module = importlib.util.module_from_spec(spec)
        folder = str(path.resolve().parent)
        sys.modules[name] = module
        load = lambda: spec.loader.exec_module(module) or module  # noqa: E731
    added = folder not in sys.path
    if added:
        sys.path.insert(0, folder)
    no_bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__ in the user's folder
    try:
        module = process.run_with_deadline(load, seconds)
    except process.DeadlineExceeded as exc:
        sys.modules.pop(name, None)
        failure = failure_from(exc)
        failure = dataclasses.replace(failure, traceback=failure.traceback.rsplit("\n", 1)[0]
                                      + f"\nPortTimeout: the import did not finish within {seconds:g} s")
        raise PortLoadError(f"importing {str(path)!r} did not finish within {seconds:g} s; stopped at "
                            f"{failure.site() or 'an unknown line'}",
                            tip="move script code (training loops, plots, input()) under if __name__ == '__main__':, "
                                "or raise the limit with --timeout", details=failure.traceback) from None
    except SystemExit as exc:
        raise PortLoadError(f"importing {str(path)!r} called exit({exc.code}); guard script code with if __name__ == '__main__':") from None
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        sys.modules.pop(name, None)
        failure = failure_from(exc)
        raise PortLoadError(f"importing {str(path)!r} failed: {failure.headline()}",
                            tip="fix the error in your file; its traceback is shown above", details=failure.traceback) from None
    finally:
        sys.dont_write_bytecode = no_bytecode
        if added:
            sys.path.remove(folder)
    return module


def normalise_outputs(result, nout: int) -> tuple[tuple, str]:
    """The port's return value as a tuple of outputs, and how it came back."""
    if isinstance(result, tuple):
        return result, f"tuple of {len(result)}"
    if isinstance(result, list) and nout > 1 and len(result) == nout:
        return tuple(result), f"list of {len(result)}"
    return (result,), "single value"


def _same(a, b) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):  # a struct: field by field
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):  # a cell: item by item
        return type(a) is type(b) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a, b = np.asarray(a), np.asarray(b)
        if a.dtype == object or b.dtype == object:
            return a.shape == b.shape and all(_same(x, y) for x, y in zip(a.ravel(), b.ravel()))
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
        Seconds the call may take; default: the enclosing
        :func:`~portcheck.runner.limits.port_time_limit`, else its default.

    Returns
    -------
    PortRun
        ``failure`` is set when the port raised or did not return in time
        (``failure.type == "PortTimeout"``; its traceback ends where the port was
        stopped). A port never crashes the caller, except by ``KeyboardInterrupt``.
    """
    originals = {k: values[k] for k, _, _ in mapping.pairs if k in values}
    limit = current_limit()
    seconds = limit_seconds(timeout)
    if limit is not None and id(func) in limit.timed_out:
        earlier = limit.timed_out[id(func)]
        return PortRun(None, dataclasses.replace(earlier, message=f"not run again: {earlier.message} on an earlier call"),
                       (), 0.0)
    copies = copy.deepcopy(originals)
    args, kwargs = mapping.build_call(copies)
    start = time.perf_counter()
    try:
        result = process.run_with_deadline(lambda: func(*args, **kwargs), seconds)
    except KeyboardInterrupt:
        raise
    except process.DeadlineExceeded as exc:
        failure = failure_from(exc)
        message = f"did not return within {seconds:g} s (stopped at {failure.site() or 'an unknown line'})"
        tb = failure.traceback.rsplit("\n", 1)[0] + f"\nPortTimeout: {message}"
        failure = dataclasses.replace(failure, type="PortTimeout", message=message, traceback=tb)
        if limit is not None:
            limit.timed_out[id(func)] = failure
        return PortRun(None, failure, _mutated(originals, copies), time.perf_counter() - start)
    except BaseException as exc:  # a port that raises is a finding, never a crash
        return PortRun(None, failure_from(exc), _mutated(originals, copies), time.perf_counter() - start)
    seconds = time.perf_counter() - start
    outputs, how = normalise_outputs(result, nout)
    return PortRun(outputs, None, _mutated(originals, copies), seconds, how)


def _mutated(originals: dict, copies: dict) -> tuple[str, ...]:
    return tuple(k for k in originals if not _same(originals[k], copies[k]))
