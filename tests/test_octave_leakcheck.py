"""The end-of-run Octave leak check in tests/conftest.py really fails a run that leaks."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from portcheck.octave.process import pid_alive

pytest_plugins = ["pytester"]

pytestmark = [pytest.mark.octave, pytest.mark.skipif(not os.path.isdir("/proc") or not shutil.which("octave-cli"),
                                                     reason="needs /proc and octave-cli")]

LEAKY_TEST = '''
import subprocess, pathlib

def test_leaks_an_octave(tmp_path):
    proc = subprocess.Popen(["octave-cli", "--no-gui", "--quiet", "--eval", "pause(60)"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    pathlib.Path({pidfile!r}).write_text(str(proc.pid))
'''


def test_a_run_that_leaves_an_octave_running_fails_loudly(pytester, monkeypatch, tmp_path):
    monkeypatch.delenv("PORTCHECK_TEST_RUN", raising=False)  # the inner run gets its own token
    monkeypatch.setenv("PORTCHECK_LEAK_GRACE", "1")
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text())
    pidfile = tmp_path / "leaked.pid"
    pytester.makepyfile(test_leaky=LEAKY_TEST.format(pidfile=str(pidfile)))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:portcheck")
    pid = int(pidfile.read_text())
    result.stdout.fnmatch_lines(["*OCTAVE PROCESS LEAK*", f"*pid {pid}: *octave-cli*pause(60)*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    deadline = time.monotonic() + 5
    while pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not pid_alive(pid)  # and it was killed


def test_a_clean_run_passes(pytester, monkeypatch):
    monkeypatch.delenv("PORTCHECK_TEST_RUN", raising=False)
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text())
    pytester.makepyfile(test_clean="def test_nothing():\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:portcheck")
    assert result.ret == pytest.ExitCode.OK
    assert "OCTAVE PROCESS LEAK" not in result.stdout.str()
