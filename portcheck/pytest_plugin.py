"""pytest plugin: parity tests of NumPy ports against their Octave references.

Registered through the ``pytest11`` entry point. It holds options, fixtures and
collection only; the check itself is :func:`portcheck.workflow.parity.assert_parity`.
Importing this module imports nothing heavy: Octave starts when a test first
uses it.

Fixtures
--------
``octave``
    Session-scoped :class:`~portcheck.octave.OctaveSession`: one Octave per
    test process (so one per pytest-xdist worker), closed at the end.
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
(``portcheck.toml::smooth``), marked ``portcheck``.

Options (``--portcheck-*``)
---------------------------
``--portcheck-rtol``, ``--portcheck-atol``: tolerances for this run (a test's
own keyword arguments still win; they override portcheck.toml).
``--portcheck-timeout``: seconds an Octave call may take.
``--portcheck-no-toml``: do not collect portcheck.toml files.
``--portcheck-no-diagnose``: compare only, skip the diagnosis probes.
``--portcheck-trace``: on a divergence, trace both sides (``trace=True`` of the assertion).
"""
from __future__ import annotations

import pytest

__all__ = ["octave", "portcheck_parity", "PortcheckFile", "PortcheckItem"]

_SESSION = pytest.StashKey[object]()


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
    group.addoption("--portcheck-trace", action="store_true", default=False,
                    help="on a divergence, also trace both sides and name the first port line that departs from Octave")


def pytest_configure(config):
    config.addinivalue_line("markers", "portcheck: a parity test of a Python port against its Octave reference")


def _options(config) -> dict:
    out = {}
    for key in ("rtol", "atol"):
        value = config.getoption(f"portcheck_{key}")
        if value is not None:
            out[key] = value
    if config.getoption("portcheck_no_diagnose"):
        out["diagnose"] = False
    if config.getoption("portcheck_trace"):
        out["trace"] = True
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


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session):
    """Stop Octave as soon as the tests are done (before other plugins' end-of-run checks)."""
    octave_session = session.config.stash.get(_SESSION, None)
    if octave_session is not None:
        octave_session.close()


@pytest.fixture(scope="session")
def octave(request):
    """One running GNU Octave per test process (per pytest-xdist worker), closed at session end."""
    return _session(request.config)


@pytest.fixture
def portcheck_parity(request, octave):
    """``portcheck_parity(reference, port=None, inputs=None, **options)``: assert parity with Octave.

    Relative paths start from the directory of the nearest ``portcheck.toml``
    above the test file (as the paths inside it do), else from the test file's
    directory; case names are looked up in that ``portcheck.toml``, then among
    the built-in cases. Returns the :class:`~portcheck.workflow.pipeline.CompareResult`
    on parity.
    """
    from .cases.project import find_project_file
    from .workflow.parity import assert_parity
    from .workflow.reproduce import reproduce_line

    defaults = _options(request.config)
    toml = find_project_file(request.path.parent)
    root = toml.parent if toml is not None else request.path.parent

    def check(reference, port=None, inputs=None, **options):
        __tracebackhide__ = True
        merged = {**defaults, **options}
        merged.setdefault("root", root)
        merged.setdefault("reproduce", reproduce_line(pytest_node=request.node.nodeid))
        return assert_parity(reference, port, inputs, session=octave, **merged)

    return check


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
        from .workflow.parity import assert_parity
        from .workflow.reproduce import reproduce_line

        assert_parity(self.case, session=_session(self.config), root=self.path.parent,
                      reproduce=reproduce_line(self.case, pytest_node=self.nodeid), **_options(self.config))

    def repr_failure(self, excinfo):
        return _failure_text(excinfo) or super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"portcheck.toml case {self.case.name!r}"
