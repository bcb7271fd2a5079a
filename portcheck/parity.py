"""The parity check shared by the CLI and the pytest plugin.

:func:`run_case` runs one case (built-in or from ``portcheck.toml``) with the
right tolerances, port and labels; :func:`assert_parity` is the assertion a
test calls and raises :class:`~portcheck.errors.ParityError` whose message is
the verdict line, a remedy line, then the diagnosis report (tables bounded to
the five largest differences per output).

This module imports nothing heavy at import time (no numpy, no oct2py), so that
``import portcheck`` and the pytest plugin stay fast.
"""
from __future__ import annotations

import inspect
import os
from pathlib import Path
from typing import Callable

from .errors import ParityError, PortcheckError, UsageError

__all__ = ["assert_parity", "run_case", "parity_message", "remedy_line", "resolve_case"]

def _is_project_case(case) -> bool:
    return hasattr(case, "port_path_spec")


def run_case(case, *, port: Callable | None = None, port_label: str | None = None, session=None,
             rtol: float | None = None, atol: float | None = None, lambdas=None, size: str = "debug",
             input_sets=None, strict_shapes: bool | None = None, arg_overrides: dict | None = None,
             diagnose: bool = True, timeout: float | None = None, reproduce: str | None = None):
    """Compare ``case`` and return the :class:`~portcheck.pipeline.CompareResult`.

    Tolerances resolve in this order: the argument, the case's own (from
    ``portcheck.toml``), the defaults of :mod:`portcheck.compare`. A project
    case's port is loaded from its file and its reference is labelled by its
    path; ``session`` (shared) gets the case's directory first on the path.
    """
    from .compare import DEFAULT_ATOL, DEFAULT_RTOL
    from .pipeline import compare_case

    own = _is_project_case(case)
    if rtol is None:
        rtol = getattr(case, "rtol", None)
    if atol is None:
        atol = getattr(case, "atol", None)
    if strict_shapes is None:
        strict_shapes = bool(getattr(case, "strict_shapes", False))
    if arg_overrides is None and own and case.arg_overrides:
        arg_overrides = dict(case.arg_overrides)
    if port is None and own:
        port, port_label = case.load_port(timeout=timeout), port_label or case.port_label
    if reproduce is None:
        reproduce = f"portcheck compare {case.name}" + (f" --python {port_label}" if port_label and not own else "")
    result = compare_case(case, port=port, port_label=port_label, size=size, lambdas=lambdas, input_sets=input_sets,
                          rtol=DEFAULT_RTOL if rtol is None else rtol, atol=DEFAULT_ATOL if atol is None else atol,
                          strict_shapes=strict_shapes, arg_overrides=arg_overrides, session=session, timeout=timeout,
                          diagnose=diagnose, reproduce=reproduce)
    if own:
        import dataclasses

        result = dataclasses.replace(result, reference_path=case.reference_label)
    return result


def remedy_line(result) -> str:
    """One line saying what to do about a divergence (the fix of the top finding when there is one)."""
    findings = list(result.findings)
    top = next((f for f in findings if f.status in ("confirmed", "consistent") and f.fix), None)
    if top is not None:
        return f"Fix: {top.fix}"
    failure = next((s.port.failure for s in result.sets if s.port.failure is not None), None)
    if failure is not None:
        if failure.type == "NotImplementedError":
            return f"Fix: write the port -- it raised {failure.headline()}"
        return f"Fix: make the port run on these inputs -- it raised {failure.headline()}"
    ref = next((f for f in findings if f.id == "reference-raised"), None)
    if ref is not None:
        return (f"Fix: the Octave reference itself raised ({ref.evidence}); check the input values and shapes given "
                "to it (portcheck.toml inputs or the test's inputs).")
    return "Fix: no hypothesis fits; the largest differences below show where PORT and OCTAVE part."


def parity_message(result) -> str:
    """The ParityError text: verdict line, remedy line, then the report without its verdict line."""
    from .report import render_text, verdict_line

    body = render_text(result).split("\n", 1)[1].lstrip("\n")
    return f"{verdict_line(result)}\n{remedy_line(result)}\n\n{body}"


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
    try:
        source = inspect.getsourcefile(port)
    except TypeError:
        source = None
    if source:
        from .project import _show

        return f"{_show(Path(source))}:{name}"
    return f"{getattr(port, '__module__', '?')}:{name}"


def resolve_case(reference, port=None, inputs=None, *, root=None, lambdas=None):
    """The case and the input sets that :func:`assert_parity` compares.

    Returns ``(case, input_sets or None)``; ``None`` means "the case's own inputs".
    """
    from .cases.base import Case

    root = Path(root or os.getcwd())
    if isinstance(reference, Case):
        case = reference
    elif isinstance(reference, (str, os.PathLike)) and str(reference).endswith(".m"):
        if port is None:
            raise UsageError(f"reference={str(reference)!r} is a .m file: give the port too, e.g. port='my_port.py:{Path(str(reference)).stem}'")
        if inputs is None:
            raise UsageError(f"reference={str(reference)!r} is a .m file: give inputs too (a .npz/.mat path, or a dict keyed by the .m argument names)")
        from .project import user_case

        return user_case(reference, port if isinstance(port, str) else "<callable>:port", inputs, lambdas=lambdas, root=root), None
    elif isinstance(reference, str):
        from .cases import get_case

        case = get_case(reference, project=root)
    else:
        raise UsageError(f"reference={reference!r}: expected a case name, a path to a .m file, or a Case")
    if inputs is None:
        return case, None
    from .project import user_case

    helper = user_case(case.reference_path, "<unused>:port", inputs, lambdas=lambdas, root=root)
    return case, helper.build_inputs(lambdas=lambdas)


def assert_parity(reference, port=None, inputs=None, *, session=None, rtol: float | None = None, atol: float | None = None,
                  lambdas=None, args: dict | None = None, strict_shapes: bool | None = None, diagnose: bool = True,
                  root=None, timeout: float | None = None, reproduce: str | None = None, trace: bool = False):
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
    trace : bool
        On a divergence, also run ``portcheck trace`` on the first diverging
        input set and put its ``first divergence: FILE:LINE ...`` line second in
        the message.

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
    label = _port_label(port) if port is not None else None
    try:
        case, input_sets = resolve_case(reference, port, inputs, root=root, lambdas=lambdas)
        func = _load_port_spec(port, root, timeout) if isinstance(port, str) else port
        result = run_case(case, port=func, port_label=label, session=session, rtol=rtol, atol=atol,
                          lambdas=lambdas if input_sets is None else None, input_sets=input_sets,
                          strict_shapes=strict_shapes, arg_overrides=args, diagnose=diagnose, timeout=timeout,
                          reproduce=reproduce or _reproduce(case, reference, label, inputs))
    except PortcheckError as exc:
        add_note(exc, f"portcheck: while checking parity of {_describe(reference)} with port {label or '(the case port)'}")
        raise
    if not result.parity:
        message = parity_message(result)
        if trace:
            message = _with_trace(message, case, func, result, session, timeout, args)
        err = ParityError(message)
        err.result = result
        raise err
    return result


def _with_trace(message: str, case, port, result, session, timeout, args) -> str:
    """The ParityError text with the trace's first line second (issue 12); unchanged when the trace cannot run."""
    try:
        from .trace.render import headline
        from .trace.run import trace_case
    except ImportError:  # pragma: no cover - the trace package is optional
        return message
    try:
        if port is None:
            port = case.load_port(timeout=timeout) if _is_project_case(case) else case.load_port()
        bad = [s.input_set for s in result.sets if s.status != "parity"]
        tr = trace_case(case, port, port_label=result.port_label, session=session, input_sets=bad[:1] or None,
                        rtol=result.rtol, atol=result.atol, arg_overrides=args, timeout=timeout)
    except PortcheckError as exc:
        return message + f"\n(trace not run: {exc.message})"
    verdict, _, rest = message.partition("\n")
    return f"{verdict}\n{headline(tr)}\n{rest}"


def _load_port_spec(spec: str, root, timeout):
    """Load ``FILE.py:FUNC`` with a relative FILE taken from ``root``."""
    from .runner import load_port

    target, _, func = spec.rpartition(":")
    if target.endswith(".py") and not Path(target).is_absolute():
        spec = f"{Path(root or os.getcwd()) / target}:{func}"
    return load_port(spec, **({"timeout": timeout} if timeout else {}))


def _describe(reference) -> str:
    from .cases.base import Case

    if isinstance(reference, Case):
        return f"case {reference.name!r}"
    return repr(str(reference))


def _reproduce(case, reference, label, inputs) -> str:
    if _is_project_case(case) and case.origin is not None and label is None and inputs is None:
        from .project import _show

        where = _show(case.origin.parent)
        return f"portcheck compare {case.name}" + (f"   (in {where})" if where != "." else "")
    if isinstance(inputs, (str, os.PathLike)) and label and ":" in label and label.split(":")[0].endswith(".py"):
        ref = reference if isinstance(reference, (str, os.PathLike)) and str(reference).endswith(".m") else case.reference_path
        return f"portcheck compare --octave {ref} --python {label} --inputs {inputs}"
    if isinstance(reference, (str, os.PathLike)) and str(reference).endswith(".m"):
        return f"assert_parity({str(reference)!r}, {label!r}, ...)   (values given in Python: no command line to run)"
    return f"portcheck compare {case.name}" + (f" --python {label}" if label and label.split(':')[0].endswith('.py') else "")
