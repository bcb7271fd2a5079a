"""The parity assertion: :func:`assert_parity`, what tests (and the pytest plugin) call.

It resolves what the test named -- a case name, a ``.m`` file, a :class:`Case`;
a port as a function or ``FILE.py:FUNC``; inputs as files, dicts or specs -- into
one case, runs :func:`~portcheck.workflow.pipeline.compare_case`, and on a
divergence raises :class:`~portcheck.errors.ParityError` whose message is the
verdict line, a remedy line, then the diagnosis report (tables bounded to the
five largest differences per output).

This module imports nothing heavy at import time (no numpy, no oct2py), so that
``import portcheck`` and the pytest plugin stay fast.
"""
from __future__ import annotations

import inspect
import os
from pathlib import Path

from ..errors import ParityError, PortcheckError, UsageError

__all__ = ["assert_parity", "check_parity", "resolve_case"]


def add_note(exc: BaseException, note: str) -> None:
    """``exc.add_note(note)``, also on Python 3.10 (pytest shows ``__notes__`` there too)."""
    if hasattr(exc, "add_note"):
        exc.add_note(note)
    else:  # pragma: no cover - Python 3.10
        exc.__notes__ = [*getattr(exc, "__notes__", []), note]


def _port_label(port) -> str:
    if isinstance(port, str):
        return port
    name = getattr(port, "__name__", type(port).__name__)
    if getattr(port, "file", None):  # a Port (runner.load_port): its file
        from ..cases.project import show_path

        return f"{show_path(Path(port.file))}:{name}"
    try:
        source = inspect.getsourcefile(port)
    except TypeError:
        source = None
    if source:
        from ..cases.project import show_path

        return f"{show_path(Path(source))}:{name}"
    return f"{getattr(port, '__module__', '?')}:{name}"


def resolve_case(reference, port=None, inputs=None, *, root=None, lambdas=None, where: str = "inputs"):
    """The case and the input sets that :func:`assert_parity` compares.

    Returns ``(case, input_sets or None)``; ``None`` means "the case's own inputs".
    """
    from ..cases.base import Case
    from ..cases.project import user_case

    root = Path(root or os.getcwd())
    if isinstance(reference, Case):
        case = reference
    elif isinstance(reference, (str, os.PathLike)) and str(reference).endswith(".m"):
        if port is None:
            raise UsageError(f"reference={str(reference)!r} is a .m file: give the port too, e.g. port='my_port.py:{Path(str(reference)).stem}'")
        if inputs is None:
            raise UsageError(f"reference={str(reference)!r} is a .m file: give inputs too (a .npz/.mat path, or a dict keyed by the .m argument names)")
        return user_case(reference, port if isinstance(port, str) else "<callable>:port", inputs, lambdas=lambdas, root=root), None
    elif isinstance(reference, str):
        from ..cases import get_case

        case = get_case(reference, project=root)
    else:
        raise UsageError(f"reference={reference!r}: expected a case name, a path to a .m file, or a Case")
    if inputs is None:
        return case, None
    helper = user_case(case.reference_text, "<unused>:port", inputs, lambdas=lambdas, root=root, where=where,
                       paths=case.paths, packages=case.packages)
    return case, helper.build_inputs(lambdas=lambdas)


def assert_parity(reference, port=None, inputs=None, *, session=None, rtol: float | None = None, atol: float | None = None,
                  lambdas=None, args: dict | None = None, strict_shapes: bool | None = None, diagnose: bool = True,
                  root=None, timeout: float | None = None, reproduce: str | None = None, size: str = "debug",
                  snapshots=None, conventions=None, trace: bool = False):
    """Assert that a Python port matches its Octave reference on every output.

    Parameters
    ----------
    reference : str, path-like or Case
        A case name (built-in, or a ``[[case]]`` of the nearest
        ``portcheck.toml``), or the path of a ``.m`` file.
    port : callable or str, optional
        The port, as a function or ``"FILE.py:FUNC"``. Default: the case's own
        (the bundled port of a built-in case, the ``port`` of a project case).
    inputs : str, path-like, dict or list of them, optional
        A ``.npz``/``.mat`` path, a dict of values keyed by the ``.m``
        argument names (arrays in Octave's shapes; a 1-D array reaches Octave as
        a column), or a spec table as in ``portcheck.toml``; a list gives one
        input set each. Default: the case's own inputs.
    session : OctaveSession, optional
        A running session (the ``octave`` fixture); default: start one, close it after.
    rtol, atol : float, optional
        Tolerances; default the case's (``portcheck.toml``) else rtol=1e-9, atol=1e-12.
    lambdas : sequence of float, optional
        One input set per value of the ``lambda`` argument.
    args : dict, optional
        ``{port_parameter: octave_argument}`` for arguments not matched by name.
    root : path-like, optional
        Where relative paths start and ``portcheck.toml`` is looked for
        (default: the current directory; the ``portcheck_parity`` fixture
        passes the directory of the nearest ``portcheck.toml``).
    reproduce : str, optional
        The command shown under Reproduce (the fixture passes ``pytest NODEID``).
    size : {"debug", "full"}
        Which of a built-in case's input families to use.
    snapshots : SnapshotOptions, optional
        Replay or record Octave's outputs (:mod:`portcheck.snapshots`); default: run Octave.
    trace : bool
        On a divergence, also run ``portcheck trace`` on the first diverging
        input set and put its ``first divergence: FILE:LINE ...`` line second in
        the message (it needs Octave: with replayed outputs the message says it did not run).
    conventions : sequence of str, optional
        The port's own conventions, declared (``["row-major-params"]``): the port
        is called under them (default: the case's own, ``conventions = [...]``
        in portcheck.toml). Valid names: :data:`portcheck.diagnose.conventions.FAMILIES`.

    Returns
    -------
    CompareResult
        On parity, for further checks.

    Raises
    ------
    ParityError
        On divergence: the verdict line, a ``Fix:`` line, then the report.
    PortcheckError
        The check could not run (a file missing, Octave missing); a note says which check.
    """
    __tracebackhide__ = True
    from ..report.text import parity_message

    result = check_parity(reference, port, inputs, session=session, rtol=rtol, atol=atol, lambdas=lambdas, args=args,
                          strict_shapes=strict_shapes, diagnose=diagnose, root=root, timeout=timeout,
                          reproduce=reproduce, size=size, snapshots=snapshots, conventions=conventions)
    if not result.parity:
        message = parity_message(result)
        if trace:
            message = _with_trace(message, result, reference, port, inputs, session=session, args=args, root=root,
                                  lambdas=lambdas, timeout=timeout)
        err = ParityError(message)
        err.result = result
        raise err
    return result


def _with_trace(message: str, result, reference, port, inputs, *, session, args, root, lambdas, timeout) -> str:
    """The message with the trace's first line second (:func:`portcheck.workflow.trace.with_trace_line`)."""
    from .trace import with_trace_line

    try:
        case, _ = resolve_case(reference, port, inputs, root=root, lambdas=lambdas)
        func = _load_port_spec(port, root, timeout) if isinstance(port, str) else port
    except PortcheckError as exc:
        return message + f"\n(trace not run: {exc.message})"
    return with_trace_line(message, result, case, func, session=session, timeout=timeout, arg_overrides=args)


def check_parity(reference, port=None, inputs=None, *, session=None, rtol: float | None = None,
                 atol: float | None = None, lambdas=None, args: dict | None = None, strict_shapes: bool | None = None,
                 diagnose: bool = True, root=None, timeout: float | None = None, reproduce: str | None = None,
                 size: str = "debug", snapshots=None, conventions=None):
    """:func:`assert_parity` without the assertion: the :class:`CompareResult`, parity or not.

    Raises :class:`~portcheck.errors.PortcheckError` (with a note naming the
    check) only when nothing could be compared.
    """
    __tracebackhide__ = True
    from ..runner import port_time_limit

    label = _port_label(port) if port is not None else None
    with port_time_limit(timeout):  # a port loaded here (FILE.py:FUNC) ends with the check
        return _check(reference, port, inputs, label, session=session, rtol=rtol, atol=atol, lambdas=lambdas,
                      args=args, strict_shapes=strict_shapes, diagnose=diagnose, root=root, timeout=timeout,
                      reproduce=reproduce, size=size, snapshots=snapshots, conventions=conventions)


def _check(reference, port, inputs, label, *, session, rtol, atol, lambdas, args, strict_shapes, diagnose, root,
           timeout, reproduce, size, snapshots, conventions=None):
    """check_parity inside its time-limit block."""
    __tracebackhide__ = True
    from .pipeline import compare_case
    from .reproduce import reproduce_line

    try:
        case, input_sets = resolve_case(reference, port, inputs, root=root, lambdas=lambdas)
        func = _load_port_spec(port, root, timeout) if isinstance(port, str) else port
        reproduce = reproduce or reproduce_line(case, port_label=label, inputs=inputs, reference=reference)
        return compare_case(case, port=func, port_label=label, session=session, rtol=rtol, atol=atol,
                            lambdas=lambdas if input_sets is None else None, input_sets=input_sets, size=size,
                            strict_shapes=strict_shapes, arg_overrides=args, diagnose=diagnose, timeout=timeout,
                            reproduce=reproduce, snapshots=snapshots, conventions=conventions)
    except PortcheckError as exc:
        add_note(exc, f"portcheck: while checking parity of {_describe(reference)} with port {label or '(the case port)'}")
        raise


def _load_port_spec(spec: str, root, timeout):
    """Load ``FILE.py:FUNC`` with a relative FILE taken from ``root``."""
    from ..runner import load_port

    target, _, func = spec.rpartition(":")
    if target.endswith(".py") and not Path(target).is_absolute():
        spec = f"{Path(root or os.getcwd()) / target}:{func}"
    return load_port(spec, timeout=timeout)


def _describe(reference) -> str:
    from ..cases.base import Case

    if isinstance(reference, Case):
        return f"case {reference.name!r}"
    return repr(str(reference))
