"""The public Python API: :func:`compare`, :func:`assert_parity`, :func:`gradcheck`, :func:`session`.

What a notebook, a script or a test calls (docs/api.md); the shells -- the CLI
and the pytest plugin -- run the same workflow underneath. Importing this module
is light (nothing here imports numpy, oct2py or Octave at import time).

One Octave per process: a call without ``session=`` uses the session of the
enclosing ``with portcheck.session():`` block, else a shared session started on
first use and closed when the interpreter exits (or by :func:`close_shared`),
so consecutive calls pay Octave's start-up (about 1 s) once.

Where the reference's outputs come from is one keyword pair: ``replay=None``
(default) runs Octave when it is installed and otherwise replays the case's
snapshot (:mod:`portcheck.snapshots`); ``replay=True`` always replays;
``replay=False`` always runs Octave; ``record=True`` runs Octave and stores its
outputs for later replays.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from contextvars import ContextVar
TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (3 ms)

from .errors import UsageError

if TYPE_CHECKING:  # pragma: no cover
    import os
    from typing import Any, Callable, Iterator, Mapping, Sequence, Union

    from .cases.base import Case
    from .gradcheck import GradientCheck
    from .octave import OctaveSession
    from .snapshots import SnapshotOptions
    from .workflow.pipeline import CompareResult

    Reference = Union[str, os.PathLike, Case]
    Port = Union[Callable, str, None]

__all__ = ["compare", "assert_parity", "gradcheck", "session", "close_shared", "snapshot_options"]

_ACTIVE: ContextVar = ContextVar("portcheck_session", default=None)
_LOCK = threading.Lock()
_SHARED: list = []   # the lazily started shared OctaveSession, when there is one


def _session_for_call(given, options: "SnapshotOptions"):
    """The session a call runs Octave on: ``given``, the ``with session()`` one, or the shared one (None: replay)."""
    from .snapshots import octave_available

    if given is not None or options.mode == "replay":
        return given
    if options.mode == "auto" and not octave_available():
        return None
    active = _ACTIVE.get()
    if active is not None:
        return active
    with _LOCK:
        if not _SHARED:
            from .octave import OctaveSession

            _SHARED.append(OctaveSession())
        return _SHARED[0]


def close_shared() -> None:
    """Stop the shared Octave now (it is also stopped at exit; the next call starts it again)."""
    with _LOCK:
        while _SHARED:
            _SHARED.pop().close()


def snapshot_options(replay: bool | None = None, record: bool = False, snapshots=None, *, refresh: str | None = None,
                     root=None) -> "SnapshotOptions":
    """The :class:`~portcheck.snapshots.SnapshotOptions` for the ``replay``/``record``/``snapshots`` keywords."""
    from .snapshots import SnapshotOptions

    if record and replay:
        raise UsageError("replay=True and record=True exclude each other: record runs Octave and stores its outputs, "
                         "replay reads them back; drop one")
    mode = "record" if record else {None: "auto", True: "replay", False: "live"}[replay]
    return SnapshotOptions(mode, directory=snapshots, refresh=refresh, start=root)


def compare(case_or_reference: "Reference", python: "Port" = None, inputs=None, *,
            session: "OctaveSession | None" = None, rtol: float | None = None, atol: float | None = None,
            lambdas: Sequence[float] | None = None, args: Mapping[str, str] | None = None,
            strict_shapes: bool | None = None, size: str = "debug", diagnose: bool = True,
            timeout: float | None = None, root=None, replay: bool | None = None, record: bool = False,
            snapshots=None) -> "CompareResult":
    """Compare a Python port with its Octave reference; never raises on a divergence.

    Parameters
    ----------
    case_or_reference : str, path-like or Case
        A case name (a ``[[case]]`` of the nearest ``portcheck.toml``, else a
        built-in case such as ``"nnCost"``), or the path of a ``.m`` file
        (then ``python`` and ``inputs`` are required).
    python : callable or str, optional
        The port: a function or ``"FILE.py:FUNC"``. Default: the case's own.
    inputs : str, path-like, dict or list of them, optional
        A ``.npz``/``.mat`` path, a dict keyed by the ``.m`` argument names
        (arrays in Octave's shapes: a column is ``(n, 1)``), a spec table as in
        ``portcheck.toml``; a list gives one input set each. Default: the case's.
    session : OctaveSession, optional
        Default: the ``with portcheck.session()`` one, else the shared one.
    rtol, atol : float, optional
        Tolerances; default the case's, else ``rtol=1e-9``, ``atol=1e-12``.
    lambdas : sequence of float, optional
        One input set per value of the ``lambda`` argument.
    args : mapping, optional
        ``{port_parameter: octave_argument}`` for names that do not match.
    strict_shapes : bool, optional
        Fail ``(n,)`` against ``(n, 1)`` instead of noting it.
    size : {"debug", "full"}
        A built-in case's input family.
    diagnose : bool
        Run the diagnosis on a divergence.
    timeout : float, optional
        Seconds an Octave call, or one call of the port, may take (default 120).
    root : path-like, optional
        Where relative paths start and ``portcheck.toml`` is looked for (default: the current directory).
    replay : bool, optional
        None: Octave when installed, else the snapshot; True: the snapshot only; False: Octave only.
    record : bool
        Run Octave and store its outputs in the case's snapshot.
    snapshots : path-like, optional
        The snapshot directory (default: ``portcheck-snapshots/`` next to ``portcheck.toml``).

    Returns
    -------
    CompareResult
        ``.verdict`` (``"parity"``/``"divergence"``), ``.exit_code`` (0/1),
        ``.findings``, ``.to_dict()`` (the ``--json`` document); ``str()`` is the report.

    Raises
    ------
    PortcheckError
        Nothing could be compared: a file or function missing, Octave missing and
        no snapshot (:class:`~portcheck.errors.SnapshotMissing`), a stale snapshot
        (:class:`~portcheck.errors.SnapshotStale`, its tip the refresh command).
    """
    from .workflow.parity import check_parity

    options = snapshot_options(replay, record, snapshots, root=root)
    return check_parity(case_or_reference, python, inputs, session=_session_for_call(session, options), rtol=rtol,
                        atol=atol, lambdas=lambdas, args=args, strict_shapes=strict_shapes, diagnose=diagnose,
                        root=root, timeout=timeout, size=size, snapshots=options)


def assert_parity(reference: "Reference", port: "Port" = None, inputs=None, *, session: "OctaveSession | None" = None,
                  replay: bool | None = None, record: bool = False, snapshots=None, **options: Any) -> "CompareResult":
    """Assert parity: :func:`compare`, raising :class:`~portcheck.errors.ParityError` on a divergence.

    Takes the same keywords as :func:`compare` (``port`` is its ``python``);
    returns the :class:`CompareResult` on parity. The message of the
    ``ParityError`` (an ``AssertionError``) is the verdict line, a ``Fix:`` line,
    then the report.
    """
    __tracebackhide__ = True
    from .workflow.parity import assert_parity as _assert

    opts = snapshot_options(replay, record, snapshots, root=options.get("root"))
    return _assert(reference, port, inputs, session=_session_for_call(session, opts), snapshots=opts, **options)


def gradcheck(fun: Callable, x0, **options: Any) -> "GradientCheck":
    """Check an analytic gradient against finite differences (:func:`portcheck.gradcheck.check_gradient`).

    ``fun(x)`` returns ``(J, grad)`` (or ``J``, with ``grad=`` the gradient
    function); the keywords are :func:`~portcheck.gradcheck.check_gradient`'s.
    The result is a :class:`~portcheck.gradcheck.GradientCheck` that also has
    ``.exit_code`` (0 passed, 1 failed), ``.findings`` (its diagnosis lines),
    ``str()`` = the text report, a short ``repr`` and notebook display. Its
    ``.verdict`` is the one-line answer and ``.status`` the word (``pass``,
    ``fail``, ``kink``, ``nondeterministic``).
    """
    from .gradcheck import check_gradient

    return _gradient_result(check_gradient(fun, x0, **options))


def _gradient_result(check):
    """``check`` as a :class:`GradientCheckResult` (the class is made on first use: it needs numpy)."""
    from dataclasses import fields

    cls = globals().get("GradientCheckResult")
    if cls is None:
        from .gradcheck import GradientCheck, render_text
        from .report.display import ReportDisplay

        class GradientCheckResult(ReportDisplay, GradientCheck):
            """A :class:`GradientCheck` that shows itself as its report."""

            def report(self, *, width=None, verbose=False) -> str:
                return render_text(self)

            def summary(self) -> str:
                line = self.verdict if len(self.verdict) <= 90 else self.verdict[:87] + "..."
                return f"{self.status}, exit {self.exit_code}: {line}"

            def _verdict_word(self) -> str:
                return self.status

            @property
            def exit_code(self) -> int:
                return 0 if self.passed else 1

            @property
            def findings(self) -> tuple:
                return tuple(self.diagnosis)

        GradientCheckResult.__module__ = __name__
        globals()["GradientCheckResult"] = cls = GradientCheckResult
    return cls(**{f.name: getattr(check, f.name) for f in fields(check)})


@contextmanager
def session(*, timeout: float | None = None) -> Iterator["OctaveSession | None"]:
    """One Octave shared by every call inside the block; stopped when the block ends.

    Yields the :class:`~portcheck.octave.OctaveSession` (started on its first
    call), or None when GNU Octave is not installed: comparisons in the block
    then replay snapshots.

    Examples
    --------
    >>> with portcheck.session():                      # doctest: +SKIP
    ...     a = portcheck.compare("nnCost")
    ...     b = portcheck.compare("nnCost", "my_port.py:nnCostFunction")
    """
    from .octave import OctaveSession
    from .snapshots import octave_available

    live = OctaveSession(timeout=timeout) if octave_available() else None
    token = _ACTIVE.set(live)
    try:
        yield live
    finally:
        _ACTIVE.reset(token)
        if live is not None:
            live.close()
