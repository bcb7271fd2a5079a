"""Shared test set-up: generic helpers (an Octave session per module, the CLI in-process), and the Octave leak check.

Leak check
----------
At the start of the run (in the xdist controller, before the workers start)
``PORTCHECK_TEST_RUN`` is set to a fresh token. Every process started by the
run -- workers, CLI subprocesses, and the Octave processes they spawn --
inherits it. When the run ends, any Octave process still alive whose
environment carries the token is a leak: it is reported in red, killed, and the
run fails. Zombies (exited, not yet reaped) do not count.
"""
from __future__ import annotations

import os
import signal
import sys
import time
import uuid
from dataclasses import dataclass

import pytest

RUN_TOKEN_VAR = "PORTCHECK_TEST_RUN"


def pytest_configure(config):
    if not hasattr(config, "workerinput") and not os.environ.get(RUN_TOKEN_VAR):
        os.environ[RUN_TOKEN_VAR] = uuid.uuid4().hex
    # A suite started as a background job of a non-interactive shell (``make test &``, CI wrappers) inherits
    # SIGINT ignored, and Python then never raises KeyboardInterrupt: the interrupt tests would test nothing.
    # A Python handler also gives every child started from here (CLI runs, Octave) the default disposition.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def octave_processes(token: str | None = None) -> dict[int, str]:
    """Live (non-zombie) Octave processes, optionally only those whose environment holds ``token``.

    Returns ``{pid: command line}``; empty where ``/proc`` does not exist.
    """
    found = {}
    try:
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return found
    needle = f"{RUN_TOKEN_VAR}={token}".encode() if token else None
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                stat = fh.read()
            comm = stat[stat.index(b"(") + 1: stat.rindex(b")")]
            state = stat[stat.rindex(b")") + 2: stat.rindex(b")") + 3]
            if not comm.startswith(b"octave") or state in (b"Z", b"X"):
                continue
            if needle is not None:
                with open(f"/proc/{pid}/environ", "rb") as fh:
                    if needle not in fh.read().split(b"\0"):
                        continue
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                found[pid] = fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, ValueError):
            continue
    return found


def _parent(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return int(fh.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    config = session.config
    token = os.environ.get(RUN_TOKEN_VAR)
    if hasattr(config, "workerinput") or not token or not os.path.isdir("/proc"):
        return
    # xdist workers may still be closing their sessions; an Octave whose parent
    # is this process has nobody left to close it but atexit, which is a leak.
    deadline = time.monotonic() + float(os.environ.get("PORTCHECK_LEAK_GRACE", "15"))
    leaked = octave_processes(token)
    while leaked and time.monotonic() < deadline and any(_parent(pid) != os.getpid() for pid in leaked):
        time.sleep(0.2)
        leaked = octave_processes(token)
    if not leaked:
        return
    for pid in leaked:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    lines = [f"  pid {pid}: {cmd}" for pid, cmd in sorted(leaked.items())]
    message = ("\n" + "!" * 78 + "\nOCTAVE PROCESS LEAK: these Octave processes started by this test run were still running "
               "after it ended (now killed):\n" + "\n".join(lines) + "\n" + "!" * 78 + "\n")
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(message, red=True, bold=True)
    else:
        sys.stderr.write(message)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="module")
def session():
    """One Octave session per test module; :func:`compare_case` puts each case's directory on its path."""
    from portcheck.octave import OctaveSession

    with OctaveSession() as s:
        yield s


@dataclass
class CliResult:
    """What one ``portcheck`` command produced."""

    code: int
    out: str
    err: str

    def __iter__(self):  # code, out, err = run_cli(...)
        return iter((self.code, self.out, self.err))


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """Run ``portcheck ARGS...`` in-process through :func:`portcheck.cli.main`.

    Returns a function ``run(*args) -> CliResult(code, out, err)``. Reports are
    laid out as in a pipe, 120 columns (pytest-xdist sets ``COLUMNS`` in its workers).
    """
    from portcheck.cli import main

    monkeypatch.delenv("COLUMNS", raising=False)

    def run(*args) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse errors and --help exit through SystemExit
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
