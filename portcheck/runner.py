"""Runs: the reference in Octave (batched) and the port in Python (on copies).

The port is always called on deep copies of the inputs, so a port that writes
into its arguments (a ``ravel`` view, ``t = theta; t[0] = 0``) cannot change the
user's arrays or the next run; the copies are compared with the originals
afterwards and any change is recorded as ``mutated``.
"""
from __future__ import annotations

import copy
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

from .errors import OctaveError, PortLoadError
from .signature import ArgMapping

__all__ = ["PortFailure", "PortRun", "ReferenceRun", "load_port", "run_port", "run_reference", "normalise_outputs"]

_PACKAGE_DIR = str(Path(__file__).resolve().parent)


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


def load_port(spec: str) -> Callable:
    """Load ``FILE.py:FUNC`` (or ``package.module:FUNC``) and return the function.

    Raises
    ------
    PortLoadError
        With one line naming the problem: file missing, function missing (the
        functions it does define are listed), or the import raising (the
        traceback of the user's file is kept in ``details``).
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
        module = _import_file(path)
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


def _import_file(path: Path):
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
    try:
        spec.loader.exec_module(module)
    except SystemExit as exc:
        raise PortLoadError(f"importing {str(path)!r} called exit({exc.code}); guard script code with if __name__ == '__main__':") from None
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt):
            raise
        failure = _failure_from(exc)
        err = PortLoadError(f"importing {str(path)!r} failed: {failure.headline()}", tip="fix the error in your file; its traceback is shown above")
        err.details = failure.traceback
        raise err from None
    finally:
        if added:
            sys.path.remove(folder)
    return module


def _failure_from(exc: BaseException) -> PortFailure:
    tb = traceback.extract_tb(exc.__traceback__)
    user = [f for f in tb if not f.filename.startswith(_PACKAGE_DIR) and "importlib" not in f.filename]
    frame = user[-1] if user else (tb[-1] if tb else None)
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


def run_port(func: Callable, mapping: ArgMapping, values: dict, nout: int) -> PortRun:
    """Call the port once on deep copies of ``values`` (reference-named)."""
    originals = {k: values[k] for k, _, _ in mapping.pairs}
    copies = copy.deepcopy(originals)
    args, kwargs = mapping.build_call(copies)
    start = time.perf_counter()
    try:
        result = func(*args, **kwargs)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # a port that raises is a finding, never a crash
        return PortRun(None, _failure_from(exc), _mutated(originals, copies), time.perf_counter() - start)
    seconds = time.perf_counter() - start
    outputs, how = normalise_outputs(result, nout)
    return PortRun(outputs, None, _mutated(originals, copies), seconds, how)


def _mutated(originals: dict, copies: dict) -> tuple[str, ...]:
    return tuple(k for k in originals if not _same(originals[k], copies[k]))


def run_reference(session, function: str, arglists: Sequence[tuple], nout: int) -> list[ReferenceRun]:
    """Evaluate the Octave ``function`` on every argument tuple in one round trip."""
    results = session.call_many(function, list(arglists), nout=nout)
    runs = []
    for r in results:
        if isinstance(r, OctaveError):
            runs.append(ReferenceRun(None, r))
        else:
            runs.append(ReferenceRun(tuple(r), None))
    return runs
