"""The port side: every port runs in the sandbox, called the way a Python caller would call it.

A :class:`Port` is how portcheck holds a port. It runs in a child process
(:mod:`portcheck.sandbox`), never in portcheck's own:

* ``FILE.py:FUNC``, ``package.module:FUNC`` and the bundled ports run in one
  warm worker per port (:class:`~portcheck.sandbox.PortProcess`), started by
  :func:`load_port`: the module is imported once, each call sends only what
  the worker does not hold yet;
* a callable of this process that cannot be imported by name (a function
  defined inside a test, a lambda) runs in a fork per call
  (:func:`~portcheck.sandbox.call_in_fork`); one that can is imported in a
  worker (:func:`as_port`).

:func:`run_port` calls it once on reference-named values and returns a
:class:`PortRun`: the outputs (:func:`~portcheck.runner.representation.normalise_outputs`),
or the :class:`PortFailure` (a raise, a hang past the time limit, ``sys.exit``,
a crash), the arguments it wrote into, and what it printed -- captured, never on
portcheck's streams. A port that needs an environment shim (Python 2 syntax,
removed NumPy and pandas names, see :mod:`portcheck.runner.drift`) gets it in
its worker, and the port records it (:attr:`Port.drift`).

Workers end with the :func:`~portcheck.runner.limits.port_time_limit` block
that started them (every CLI command runs in one), or with :meth:`Port.close`.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import inspect
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import PortLoadError
from ..signature import ArgMapping
from . import drift
from .failures import PortFailure
from .limits import current_limit, limit_seconds, register_port
from .representation import Representation, conform, normalise_outputs

__all__ = ["Port", "PortRun", "PortRaisedError", "load_port", "as_port", "run_port", "normalise_outputs"]

#: Bytes of the port's stdout/stderr kept per run (the report shows less).
OUTPUT_KEPT = 16 * 1024


@dataclass(frozen=True)
class PortRun:
    """What one call of the port produced.

    ``stdout``/``stderr`` are what the port printed during the call (bounded);
    ``notes`` say how the outputs came back (``"tuple of 2"``, ``"output 1:
    np.matrix (1, 1) read as an array"``).
    """

    outputs: tuple | None
    failure: PortFailure | None
    mutated: tuple[str, ...]
    seconds: float
    returned: str = ""  # how the outputs came back, e.g. "tuple of 2", "single value"
    stdout: str = ""
    stderr: str = ""
    notes: tuple[str, ...] = ()
    representation: Representation | None = None
    instrument: dict | None = None  # an instrumented call's sink (``options={"instrument": ...}``)
    shimmed: tuple[str, ...] = ()  # the environment shims this call used (``numpy2-scalar`` ...)


class PortRaisedError(Exception):
    """Raised by calling a :class:`Port` directly when the port failed; ``failure`` says how and where.

    Its class is named after the port's exception (``IndexError``), so code
    that reports ``type(exc).__name__`` shows what the port raised.
    """

    def __init__(self, failure: PortFailure):
        super().__init__(failure.headline())
        self.failure = failure


_RAISED: dict[str, type] = {}


def _raised(failure: PortFailure) -> PortRaisedError:
    name = failure.type if failure.type.isidentifier() else "PortRaisedError"
    cls = _RAISED.get(name)
    if cls is None:
        cls = _RAISED[name] = type(name, (PortRaisedError,), {"__module__": "portcheck.port"})
    return cls(failure)


class _WorkerCore:
    """One port in a warm worker, with the shims its environment drift needed."""

    kind = "worker"

    def __init__(self, spec: str, timeout: float, sys_path=()):
        from ..sandbox import parse_target

        self.spec = spec
        self.target = parse_target(spec)
        self.timeout = timeout
        self.sys_path = tuple(sys_path)
        self.shims: tuple[str, ...] = ()
        self.drift: list[dict] = []
        self.process = None
        self.closed = False

    @property
    def name(self) -> str:
        return self.target.func

    @property
    def file(self) -> str | None:
        return self.target.path

    def _make(self):
        from ..sandbox import PortProcess

        return PortProcess(self.spec, timeout=self.timeout, sys_path=self.sys_path, shims=self.shims)

    def start(self) -> None:
        """Start the worker; a load that fails the way a shim cures is retried with it (once per shim)."""
        first = None
        while True:
            proc = self._make()
            try:
                proc.start()
            except PortLoadError as err:
                proc.close()
                first = first or err
                fix = drift.load_fix(err, self.target, self.shims, self.sys_path)
                if fix is None:  # no shim cures it: the port's own error, as it first showed
                    raise (first if getattr(first, "failure", None) and getattr(err, "failure", None)
                           and first.failure.type == err.failure.type else err) from None
                self.shims, self.sys_path = fix.shims, fix.sys_path
                self.drift.append(fix.event)
                continue
            self.process = proc
            for event in self.drift:
                if event.get("trigger") and event.get("cured") is None:
                    event["cured"] = True  # the import went through with it
            drift.add_notes(self.drift, proc.load_shims)
            return

    def signature(self):
        return self.process.signature if self.process is not None else None

    def call(self, args, kwargs, names, timeout, return_mutated, options=None):
        if self.process is None:
            self.start()
        result = self.process.call(args, kwargs, timeout=timeout, names=names, return_mutated=return_mutated,
                                   options=options)
        shim = drift.call_fix(result.failure, self.shims)
        if shim is not None:
            self.process.close()
            self.shims = self.shims + (shim.id,)
            self.process = None
            event = dict(shim.event)
            self.drift.append(event)
            self.start()
            retried = self.process.call(args, kwargs, timeout=timeout, names=names, return_mutated=return_mutated,
                                        options=options)
            event["cured"] = drift.cured(retried.failure, result.failure)
            result = retried
        drift.add_notes(self.drift, result.shims)
        return result

    def close(self) -> None:
        self.closed = True
        if self.process is not None:
            self.process.close()


class _ForkCore:
    """An in-process callable, called in a fork per call."""

    kind = "fork"

    def __init__(self, func: Callable):
        self.func = func
        self.drift: list[dict] = []
        self.closed = False

    @property
    def name(self) -> str:
        return getattr(self.func, "__name__", type(self.func).__name__)

    @property
    def file(self) -> str | None:
        try:
            return inspect.getsourcefile(self.func)
        except TypeError:
            return None

    def signature(self):
        return None

    def call(self, args, kwargs, names, timeout, return_mutated, options=None):
        from ..sandbox import call_in_fork

        return call_in_fork(self.func, args, kwargs, timeout=timeout, names=names, return_after=return_mutated,
                            shape_trace=(options or {}).get("shape_trace"), instrument=(options or {}).get("instrument"))

    def close(self) -> None:
        self.closed = True


class Port:
    """A port as portcheck calls it: where it runs, and how its arguments are represented.

    Use :func:`load_port` or :func:`as_port` to make one. ``roles`` and
    ``representation`` (set with :meth:`calling`) make :func:`run_port` pass
    every value as that representation says (sizes as ``int`` ...); views made
    by :meth:`calling` share the worker.

    Calling it directly (``port(*args)``) runs it in the sandbox too, returns
    its value and writes what it wrote into its array arguments back into them,
    as an in-process call would; a failure raises :class:`PortRaisedError`.
    """

    def __init__(self, core, label: str = "", roles=None, representation: Representation | None = None):
        self._core = core
        self.label = label or getattr(core, "spec", "") or core.name
        self.roles = roles
        self.representation = representation

    # -- what it is ----------------------------------------------------------
    @property
    def __name__(self) -> str:  # noqa: A003 - what map_arguments and reports read
        return self._core.name

    @property
    def file(self) -> str | None:
        """The port's source file (None when unknown)."""
        return self._core.file

    @property
    def isolation(self) -> str:
        """``"worker"`` (a warm process) or ``"fork"`` (a fork per call)."""
        return self._core.kind

    @property
    def key(self) -> int:
        """The same for every view of one port (time-limit bookkeeping)."""
        return id(self._core)

    @property
    def drift(self) -> tuple[dict, ...]:
        """Environment shims this port needed: ``{"id", "what", "file", "line", "trigger", "cured"}`` each."""
        return tuple(self._core.drift)

    @property
    def __signature__(self):
        if self._core.kind == "fork":
            try:
                return inspect.signature(self._core.func)
            except (TypeError, ValueError):
                return None
        params = self._core.signature()
        if params is None:
            return None
        return inspect.Signature([inspect.Parameter(n, inspect._ParameterKind(k),
                                                    default=None if d else inspect.Parameter.empty)
                                  for n, k, d in params])

    def __repr__(self) -> str:
        return f"<Port {self.label} ({self._core.kind})>"

    def calling(self, roles=None, representation: Representation | None = None) -> "Port":
        """A view of this port that passes values as ``representation`` says (sharing the worker)."""
        return Port(self._core, self.label, roles if roles is not None else self.roles,
                    representation if representation is not None else self.representation)

    # -- calls ---------------------------------------------------------------
    def call(self, args, kwargs=None, *, names=(), timeout: float | None = None, return_mutated: bool = False,
             options: dict | None = None):
        """One isolated call: a :class:`~portcheck.sandbox.CallResult`.

        ``options`` go to the worker (:meth:`~portcheck.sandbox.PortProcess.call`);
        a port run in a fork takes only ``shape_trace`` and ``instrument``.
        """
        if self._core.closed:
            raise PortLoadError(f"{self.label}: the port was closed; load it again")
        return self._core.call(tuple(args), dict(kwargs or {}), tuple(names), limit_seconds(timeout), return_mutated,
                               options)

    def __call__(self, *args, **kwargs):
        result = self.call(args, kwargs, return_mutated=True)
        _write_back(args, kwargs, result.after)
        if result.failure is not None:
            raise _raised(result.failure)
        return result.value

    def close(self) -> None:
        """End the worker (idempotent). Views share it: closing one closes all."""
        self._core.close()

    def __enter__(self) -> "Port":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _write_back(args, kwargs, after) -> None:
    """Copy what the port left in its array arguments into the caller's arrays (in-process semantics)."""
    if not after:
        return
    import numpy as np

    pairs = [(args[i], v) for i, v in after.get("args", {}).items() if i < len(args)]
    pairs += [(kwargs[k], v) for k, v in after.get("kwargs", {}).items() if k in kwargs]
    for mine, theirs in pairs:
        if isinstance(mine, np.ndarray) and isinstance(theirs, np.ndarray) and mine.shape == theirs.shape \
                and mine.flags.writeable:
            np.copyto(mine, theirs, casting="unsafe")


def load_port(spec: str, *, timeout: float | None = None, sys_path=()) -> Port:
    """Start ``FILE.py:FUNC`` (or ``package.module:FUNC``) in a warm worker and return it.

    Parameters
    ----------
    spec : str
        ``path/to/file.py:function`` or ``package.module:function``.
    timeout : float, optional
        Seconds the import (and then each call) may take (default: the limit of
        the enclosing :func:`~portcheck.runner.limits.port_time_limit`, else
        :data:`~portcheck.runner.limits.DEFAULT_PORT_TIMEOUT`); a module that
        runs a training loop at import time is stopped.
    sys_path : sequence of str
        Folders put on the worker's ``sys.path`` after the file's own.

    Raises
    ------
    PortLoadError
        With one line naming the problem: file missing, function missing (the
        functions it does define are listed), the import raising (its
        traceback in ``details``) or not finishing, or ending the process.
    """
    _check_spec(spec)
    core = _WorkerCore(spec, limit_seconds(timeout), sys_path)
    try:
        core.start()
    except PortLoadError as err:
        raise _as_given(err, spec) from None
    register_port(core)
    target = core.target
    label = f"{target.path}:{target.func}" if target.kind == "file" else spec
    return Port(core, label)


def _check_spec(spec) -> None:
    """``FILE.py:FUNC`` or ``module:FUNC``, or PortLoadError naming --python (what the user typed)."""
    if not isinstance(spec, str) or ":" not in spec:
        raise PortLoadError(f"--python={spec!r}: expected FILE.py:FUNCTION, e.g. my_port.py:nnCostFunction")
    target, _, func = spec.rpartition(":")
    if not func.isidentifier():
        raise PortLoadError(f"--python={spec!r}: {func!r} is not a Python function name")
    if target.endswith(".py") or "/" in target or Path(target).exists():
        path = Path(target).expanduser()
        if not path.is_file():
            raise PortLoadError(f"port file not found: {str(path)!r} (from --python={spec!r}); check the path")


def _as_given(err: PortLoadError, spec: str) -> PortLoadError:
    """``err`` with the port's file named as the user gave it (not resolved to an absolute path)."""
    target = spec.rpartition(":")[0]
    resolved = str(Path(target).expanduser().resolve())
    if not target.endswith(".py") or resolved == target:
        return err
    new = PortLoadError(err.message.replace(repr(resolved), repr(target)).replace(resolved, target), tip=err.tip)
    new.details = err.details
    for attr in ("failure", "missing_module"):
        setattr(new, attr, getattr(err, attr, None))
    return new


def _importable(func) -> str | None:
    """``"module:name"`` when a fresh interpreter imports exactly ``func`` under that name, else None."""
    mod, name = getattr(func, "__module__", None), getattr(func, "__qualname__", "")
    module = sys.modules.get(mod or "")
    if not mod or mod == "__main__" or module is None or not name.isidentifier() or getattr(module, name, None) is not func:
        return None
    file = getattr(module, "__file__", None)
    try:
        spec = importlib.util.find_spec(mod)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not file or os.path.abspath(spec.origin) != os.path.abspath(file):
        return None
    return f"{mod}:{name}"


def as_port(port, *, timeout: float | None = None) -> Port:
    """``port`` as a :class:`Port`: as it is, or a callable in a worker (importable by name) or a fork."""
    if isinstance(port, Port):
        return port
    if isinstance(port, str):
        return load_port(port, timeout=timeout)
    if not callable(port):
        raise TypeError(f"port={port!r}: expected a callable, FILE.py:FUNC or a Port")
    target = _importable(port)
    if target is not None:
        try:
            return load_port(target, timeout=timeout)
        except PortLoadError:
            pass  # importable here, not in a fresh interpreter: call it in a fork
    core = _ForkCore(port)
    return Port(core, _callable_label(port))


def _callable_label(func) -> str:
    name = getattr(func, "__name__", type(func).__name__)
    try:
        source = inspect.getsourcefile(func)
    except TypeError:
        source = None
    return f"{Path(source).name}:{name}" if source else f"{getattr(func, '__module__', '?')}:{name}"


def run_port(port, mapping: ArgMapping, values: dict, nout: int, *, timeout: float | None = None,
             representation: Representation | None = None, options: dict | None = None) -> PortRun:
    """Call the port once on ``values`` (reference-named) in the sandbox.

    Parameters
    ----------
    port : Port or callable
        A plain callable is made a Port (:func:`as_port`).
    values : dict
        Reference-named values, Octave-shaped or port-shaped: with roles and a
        representation (the port's, or ``representation``), they are passed as
        that representation says (:func:`~portcheck.runner.representation.conform`).
    timeout : float, optional
        Seconds the call may take; default: the enclosing
        :func:`~portcheck.runner.limits.port_time_limit`, else its default.
    options : dict, optional
        For the worker (:meth:`Port.call`), e.g. ``{"py2_division": True}``, or
        ``{"instrument": {"hook": ..., "params": ...}}`` (the sink in ``PortRun.instrument``).

    Returns
    -------
    PortRun
        ``failure`` is set when the port raised, did not return in time
        (``PortTimeout``), exited or crashed. Within one time-limit block a port
        that timed out once is not called again: its later runs report the first
        timeout.
    """
    port = as_port(port, timeout=timeout)
    rep = representation if representation is not None else port.representation
    if rep is not None and port.roles is not None:
        values = conform(values, port.roles, rep)
    limit = current_limit()
    if limit is not None and port.key in limit.timed_out:
        earlier = limit.timed_out[port.key]
        return PortRun(None, dataclasses.replace(earlier, message=f"not run again: {earlier.message} on an earlier call"),
                       (), 0.0, representation=rep)
    args, kwargs = mapping.build_call(values)
    names = [ref for ref, _, _ in mapping.pairs]
    result = port.call(args, kwargs, names=names, timeout=timeout, options=options)
    streams = {"stdout": result.stdout[:OUTPUT_KEPT], "stderr": result.stderr[:OUTPUT_KEPT]}
    if result.failure is not None:
        if result.failure.type == "PortTimeout" and limit is not None:
            limit.timed_out[port.key] = result.failure
        return PortRun(None, result.failure, result.mutated, result.seconds, representation=rep,
                       instrument=result.instrument, **streams)
    outputs, notes = normalise_outputs(result.value, nout)
    return PortRun(outputs, None, result.mutated, result.seconds, notes[0], notes=tuple(result.kinds) + notes[1:],
                   representation=rep, instrument=result.instrument,
                   shimmed=tuple(sorted({n["id"] for n in getattr(result, "shims", ()) or ()})), **streams)
