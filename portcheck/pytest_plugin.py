"""pytest plugin: parity tests of NumPy ports against their Octave references.

Registered through the ``pytest11`` entry point. It holds options, fixtures and
collection only; the check itself is :func:`portcheck.workflow.parity.assert_parity`.
Importing this module imports nothing heavy: Octave starts when a test first
uses it.

Fixtures
--------
``octave``
    Session-scoped :class:`~portcheck.octave.OctaveSession`: one Octave per
    test process (so one per pytest-xdist worker), closed at the end; a test
    using it is skipped when GNU Octave is not installed.
``portcheck_parity``
    ``portcheck_parity(reference, port=None, inputs=None, **options)``: runs
    :func:`~portcheck.workflow.parity.assert_parity` on the shared session; relative
    paths start where the nearest ``portcheck.toml`` is (else at the test
    file's directory). Raises :class:`~portcheck.errors.ParityError` (an
    ``AssertionError``) whose message starts with the verdict line.

Collection
----------
A ``portcheck.toml`` that pytest visits (``pytest``, ``pytest portcheck.toml``)
becomes one test per ``[[case]]``, with the case name as the test id
(``portcheck.toml::smooth``), marked ``portcheck``. A test calling
``portcheck_parity("smooth")`` with nothing else shares that item's run: the
case is compared once per session.

Snapshots (:mod:`portcheck.snapshots`)
--------------------------------------
Without GNU Octave, parity tests compare against the recorded outputs in
``portcheck-snapshots/``; with none recorded they are skipped with one reason
line; a stale snapshot fails with the command that refreshes it.

Options (``--portcheck-*``)
---------------------------
``--portcheck-rtol``, ``--portcheck-atol``: tolerances for this run (a test's
own keyword arguments still win; they override portcheck.toml).
``--portcheck-timeout``: seconds an Octave call may take.
``--portcheck-no-toml``: do not collect portcheck.toml files.
``--portcheck-no-diagnose``: compare only, skip the diagnosis probes.
``--portcheck-record``: run Octave and store its outputs (needs Octave).
``--portcheck-replay``: compare against the snapshots even with Octave installed.
``--portcheck-snapshots=DIR``: where the snapshots are (default: next to portcheck.toml).
"""
from __future__ import annotations

import pytest

__all__ = ["octave", "portcheck_parity", "PortcheckFile", "PortcheckItem"]

_SESSION = pytest.StashKey[object]()
_SHARED_RUNS = pytest.StashKey[dict]()


def pytest_addoption(parser):
    group = parser.getgroup("portcheck", "portcheck: parity of NumPy ports with their Octave references")
    group.addoption("--portcheck-rtol", type=float, default=None, metavar="RTOL",
                    help="relative tolerance for parity checks in this run (default: portcheck.toml's, else 1e-9)")
    group.addoption("--portcheck-atol", type=float, default=None, metavar="ATOL",
                    help="absolute tolerance for parity checks in this run (default: portcheck.toml's, else 1e-12)")
    group.addoption("--portcheck-timeout", type=float, default=None, metavar="S",
                    help="seconds any one Octave call may take before it is killed (default 120)")
    group.addoption("--portcheck-no-toml", action="store_true", default=False,
                    help="do not collect the [[case]] tables of portcheck.toml files as tests")
    group.addoption("--portcheck-no-diagnose", action="store_true", default=False,
                    help="compare only; skip the diagnosis probes (faster failures, shorter messages)")
    group.addoption("--portcheck-record", action="store_true", default=False,
                    help="run Octave and store its outputs in portcheck-snapshots/ for runs without Octave")
    group.addoption("--portcheck-replay", action="store_true", default=False,
                    help="compare against the recorded Octave outputs even when Octave is installed")
    group.addoption("--portcheck-snapshots", default=None, metavar="DIR",
                    help="directory of the recorded Octave outputs (default: portcheck-snapshots/ next to portcheck.toml)")


def pytest_configure(config):
    config.addinivalue_line("markers", "portcheck: a parity test of a Python port against its Octave reference")
    if config.getoption("portcheck_record") and config.getoption("portcheck_replay"):
        raise pytest.UsageError("--portcheck-record and --portcheck-replay exclude each other: record runs Octave and "
                                "stores its outputs, replay reads them back")


def _options(config) -> dict:
    out = {}
    for key in ("rtol", "atol"):
        value = config.getoption(f"portcheck_{key}")
        if value is not None:
            out[key] = value
    if config.getoption("portcheck_no_diagnose"):
        out["diagnose"] = False
    return out


def _session(config):
    """The process's Octave session: started on first use, closed when pytest ends."""
    session = config.stash.get(_SESSION, None)
    if session is None:
        from .errors import PortcheckError
        from .octave import OctaveSession

        timeout = config.getoption("portcheck_timeout")
        try:
            session = OctaveSession(timeout=timeout)
            session.start()
        except PortcheckError as exc:
            pytest.fail(f"portcheck: {exc.message}" + (f"\nTip: {exc.tip}" if exc.tip else ""), pytrace=False)
        config.stash[_SESSION] = session
        config.add_cleanup(session.close)
    return session


def _snapshots(config, root, refresh: str):
    """Where this run's reference outputs come from: Octave, or the snapshots (replayed or recorded)."""
    from .snapshots import SnapshotOptions

    mode = "record" if config.getoption("portcheck_record") else "replay" if config.getoption("portcheck_replay") else "auto"
    directory = config.getoption("portcheck_snapshots")
    if directory is not None:
        directory = config.invocation_params.dir / directory
    return SnapshotOptions(mode, directory=directory, refresh=refresh, start=root)


def _run_check(config, reference, *, root, refresh: str, **kwargs):
    """:func:`assert_parity` on this process's Octave, or on the snapshots; skipped when neither is there."""
    __tracebackhide__ = True
    from .errors import OctaveNotFound, SnapshotMissing
    from .snapshots import replaying
    from .workflow.parity import assert_parity

    options = _snapshots(config, root, refresh)
    replay = replaying(options)
    try:
        return assert_parity(reference, session=None if replay else _session(config), root=root, snapshots=options,
                             **kwargs)
    except (OctaveNotFound, SnapshotMissing) as exc:
        if not replay:
            raise
        tip = f" ({exc.tip})" if isinstance(exc, OctaveNotFound) and exc.tip else ""
        # at the test's own location, not this line's (as a skip mark reports it)
        raise pytest.skip.Exception(f"portcheck: {exc.message}{tip}", _use_item_location=True) from None


def _shared(config, key, run):
    """Run a case once per session (a toml item and ``portcheck_parity(name)`` share it)."""
    __tracebackhide__ = True
    runs = config.stash.setdefault(_SHARED_RUNS, {})
    if key not in runs:
        try:
            runs[key] = (run(), None)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # parity error, skip (a BaseException), usage error: the same outcome for both
            runs[key] = (None, exc)
    result, exc = runs[key]
    if exc is not None:
        raise exc.with_traceback(None)
    return result


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session):
    """Stop Octave as soon as the tests are done (before other plugins' end-of-run checks)."""
    octave_session = session.config.stash.get(_SESSION, None)
    if octave_session is not None:
        octave_session.close()
    from .api import close_shared

    close_shared()


@pytest.fixture(scope="session")
def octave(request):
    """One running GNU Octave per test process (per pytest-xdist worker), closed at session end."""
    from .snapshots import octave_available

    if not octave_available():
        pytest.skip("portcheck: GNU Octave not found; this test needs a live Octave (install it, or set OCTAVE_EXECUTABLE)")
    return _session(request.config)


@pytest.fixture
def portcheck_parity(request):
    """``portcheck_parity(reference, port=None, inputs=None, **options)``: assert parity with Octave.

    Relative paths start from the directory of the nearest ``portcheck.toml``
    above the test file (as the paths inside it do), else from the test file's
    directory; case names are looked up in that ``portcheck.toml``, then among
    the built-in cases. Returns the :class:`~portcheck.workflow.pipeline.CompareResult`
    on parity.
    """
    from .cases.project import find_project_file
    from .workflow.reproduce import reproduce_line

    config = request.config
    defaults = _options(config)
    toml = find_project_file(request.path.parent)
    root = toml.parent if toml is not None else request.path.parent
    own_run = f"pytest '{request.node.nodeid}' --portcheck-record"

    def check(reference, port=None, inputs=None, **options):
        __tracebackhide__ = True
        merged = {**defaults, **options}
        where = merged.pop("root", root)
        merged.setdefault("reproduce", reproduce_line(pytest_node=request.node.nodeid))
        case = _toml_case(toml, reference) if port is None and inputs is None and not options else None
        if case is not None:  # the same check as the collected item portcheck.toml::NAME: run once
            return _shared(config, (str(case.origin), case.name),
                           lambda: _run_check(config, case, root=where, refresh=f"portcheck record {case.name}", **merged))
        return _run_check(config, reference, root=where, refresh=own_run, port=port, inputs=inputs, **merged)

    return check


def _toml_case(toml, reference):
    """The ``[[case]]`` of ``toml`` that ``reference`` names, or None."""
    if toml is None or not isinstance(reference, str) or reference.endswith(".m"):
        return None
    from .cases.project import load_project

    return next((c for c in load_project(toml).cases if c.matches(reference)), None)


def pytest_collect_file(file_path, parent):
    if file_path.name == "portcheck.toml" and not parent.config.getoption("portcheck_no_toml"):
        return PortcheckFile.from_parent(parent, path=file_path)
    return None


def _failure_text(excinfo) -> str | None:
    from .errors import ParityError, PortcheckError

    exc = excinfo.value
    if isinstance(exc, ParityError):
        text = str(exc)
    elif isinstance(exc, PortcheckError):
        text = f"{type(exc).__name__}: {exc.message}" + (f"\nTip: {exc.tip}" if exc.tip else "")
    else:
        return None
    notes = getattr(exc, "__notes__", None) or []
    return "\n".join([text, *notes])


class PortcheckFile(pytest.File):
    """A ``portcheck.toml``: one :class:`PortcheckItem` per ``[[case]]``."""

    def collect(self):
        from .cases.project import load_project

        for case in load_project(self.path).cases:
            yield PortcheckItem.from_parent(self, name=case.name, case=case)

    def repr_failure(self, excinfo):
        return _failure_text(excinfo) or super().repr_failure(excinfo)


class PortcheckItem(pytest.Item):
    """The parity test of one ``[[case]]`` of ``portcheck.toml``."""

    def __init__(self, *, case, **kwargs):
        super().__init__(**kwargs)
        self.case = case
        self.add_marker("portcheck")

    def runtest(self):
        from .workflow.reproduce import reproduce_line

        _shared(self.config, (str(self.case.origin), self.case.name),
                lambda: _run_check(self.config, self.case, root=self.path.parent, refresh=f"portcheck record {self.case.name}",
                                   reproduce=reproduce_line(self.case, pytest_node=self.nodeid), **_options(self.config)))

    def repr_failure(self, excinfo):
        return _failure_text(excinfo) or super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, self._line(), f"portcheck.toml case {self.case.name!r}"

    def _line(self) -> int:
        """0-based line of the case's ``name = ...`` in the toml (where a skip is reported)."""
        import re

        lines = self.path.read_text(encoding="utf-8").splitlines()
        pattern = re.compile(r"""^\s*name\s*=\s*["']""" + re.escape(self.case.name) + r"""["']""")
        return next((i for i, line in enumerate(lines) if pattern.match(line)), 0)
