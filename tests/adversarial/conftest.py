"""The adversarial suite's harness: every run is the real CLI in a subprocess, watched from outside.

:func:`adversarial` gives each test a :class:`Harness` bound to a fresh user
folder (``scale.m``, ``in.npz``, a user file ``notes.txt``). ``harness.run``

* writes the test's files (ports, references, data) into the folder, then
  records every file there (size, modification time, SHA-1);
* runs ``python -m portcheck ARGS`` from the folder under ``reaper.py``, a
  child subreaper that reports every process the run left alive (however it
  left its process group) and kills it;
* keeps a hang guard (a subprocess timeout, generous; no speed is asserted);
* and asserts what every adversarial run must hold: the exit code is one of
  those expected, never 3 (a bug in portcheck) and never 0 unless the test
  says the port is right; no process left behind; no file in the folder
  created, removed or modified (but those the test names); with ``--json``,
  stdout is exactly one JSON document whose ``exit_code`` is the exit code.

See README.md for the list of runs and what each asserts.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
REAPER = HERE / "reaper.py"
#: The hang guard: far above any run here (the slowest, gradcheck with a timeout, takes ~30 s on a loaded machine).
HANG_GUARD = 900

SCALE_M = "function y = scale(x, k)\n  y = x * k;\nend\n"
#: A port that is right, and one that is wrong by one everywhere.
GOOD = "def scale(x, k):\n    return x * k\n"
WRONG_VALUE = "x * k + 1"


def port(body: str, *, head: str = "", value: str = WRONG_VALUE) -> str:
    """A port of ``scale`` whose body runs ``body`` (indented) then returns ``value``; ``head`` at module level."""
    lines = [line for line in body.strip("\n").splitlines()]
    inner = "".join(f"    {line}\n" for line in lines)
    return f"{head.strip()}\n\n\ndef scale(x, k):\n{inner}    return {value}\n"


@dataclass
class Run:
    """One finished run: exit code, streams, processes left behind, files changed."""

    args: list
    code: int
    stdout: str
    stderr: str
    left: list
    changed: dict

    @property
    def document(self) -> dict:
        return json.loads(self.stdout)

    def __str__(self) -> str:  # shown when an assertion fails
        return (f"portcheck {' '.join(map(str, self.args))}\n-> exit {self.code}\n--- stdout ---\n{self.stdout[-3000:]}\n"
                f"--- stderr ---\n{self.stderr[-3000:]}\n--- left behind: {self.left}\n--- changed: {self.changed}")


def _snapshot(folder: Path) -> dict:
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            out[str(path.relative_to(folder))] = ("link", os.readlink(path))
        elif path.is_file():
            data = path.read_bytes()
            st = path.stat()
            out[str(path.relative_to(folder))] = (st.st_size, st.st_mtime_ns, hashlib.sha1(data).hexdigest())
        elif path.is_dir():
            out[str(path.relative_to(folder)) + "/"] = ("dir",)
    return out


def _diff(before: dict, after: dict) -> dict:
    return {"created": sorted(set(after) - set(before)), "removed": sorted(set(before) - set(after)),
            "modified": sorted(k for k in set(before) & set(after) if before[k] != after[k])}


class Harness:
    """Runs the CLI on a user folder and checks the invariants of every adversarial run."""

    def __init__(self, folder: Path, tmp: Path):
        self.folder = folder
        self.tmp = tmp
        self.count = 0

    def write(self, files: dict) -> None:
        for name, content in (files or {}).items():
            path = self.folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if callable(content):
                content(path)
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content)

    def run(self, *args, files: dict | None = None, expect=(1,), env: dict | None = None, stdout: str = "pipe",
            may_create=(), right: bool = False) -> Run:
        """Run ``portcheck ARGS`` and assert the invariants; ``expect`` is the set of acceptable exit codes.

        ``stdout``: ``"pipe"`` (read it all), ``"close"`` (the reader goes away at once, as ``| true``) or
        ``"head"`` (the reader takes 10 bytes, then goes away, as ``| head -c 10``). ``right``: the port is
        right, so exit 0 is allowed.
        """
        self.write(files)
        before = _snapshot(self.folder)
        self.count += 1
        report = self.tmp / f"reaper-{self.count}.json"
        cmd = [sys.executable, str(REAPER), str(report), "--", sys.executable, "-m", "portcheck", *map(str, args)]
        full_env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120", **(env or {})}
        proc = subprocess.Popen(cmd, cwd=self.folder, env=full_env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = self._communicate(proc, stdout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            pytest.fail(f"HANG: portcheck {' '.join(map(str, args))} did not finish within {HANG_GUARD} s")
        reaped = json.loads(report.read_text())
        after = _snapshot(self.folder)
        changed = _diff(before, after)
        changed["created"] = [c for c in changed["created"] if c not in may_create]
        run = Run(list(args), proc.returncode, out.decode(errors="replace"), err.decode(errors="replace"),
                  reaped["left"], {k: v for k, v in changed.items() if v})
        self._check(run, expect, right, stdout)
        return run

    def _communicate(self, proc, stdout: str):
        if stdout == "pipe":
            return proc.communicate(timeout=HANG_GUARD)
        if stdout == "head":
            proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=HANG_GUARD)
        return b"", err

    @staticmethod
    def _check(run: Run, expect, right: bool, stdout: str) -> None:
        assert run.code != 3, f"exit 3 (a bug in portcheck):\n{run}"
        assert "internal error" not in run.stderr, f"internal error:\n{run}"
        assert right or run.code != 0, f"false exit 0 for a wrong port or a run that compared nothing:\n{run}"
        assert run.code in set(expect), f"exit {run.code}, expected one of {sorted(set(expect))}:\n{run}"
        assert not run.left, f"processes left behind:\n{run}"
        assert not run.changed, f"files in the user's folder changed:\n{run}"
        if "--json" in run.args and stdout == "pipe":
            doc = run.document  # exactly one JSON document, nothing mixed in
            assert doc["exit_code"] == run.code, f"the JSON's exit_code is not the exit code:\n{run}"


@pytest.fixture
def adversarial(tmp_path) -> Harness:
    """A :class:`Harness` on a fresh user folder with ``scale.m``, ``in.npz`` and ``notes.txt``."""
    folder = tmp_path / "user"
    folder.mkdir()
    (folder / "scale.m").write_text(SCALE_M)
    (folder / "notes.txt").write_text("the user's own notes: must survive every run\n")
    np.savez(folder / "in.npz", x=np.arange(6.0).reshape(3, 2), k=2.0)
    work = tmp_path / "harness"
    work.mkdir()
    return Harness(folder, work)


#: A file even root cannot read (mode 0200 under /proc/sys): a link to it is an unreadable file.
UNREADABLE = "/proc/sys/vm/compact_memory"


def _readable(path: str) -> bool:
    try:
        with open(path, "rb"):
            return True
    except OSError:
        return False


needs_unreadable = pytest.mark.skipif(not os.path.exists(UNREADABLE) or _readable(UNREADABLE),
                                      reason=f"needs {UNREADABLE}, which even root cannot read")


COMPARE = ("compare", "--octave", "scale.m", "--inputs", "in.npz")


def compare_args(port_file: str, *extra) -> tuple:
    """``compare --octave scale.m --inputs in.npz --python PORT:scale EXTRA...``."""
    return (*COMPARE, "--python", f"{port_file}:scale", *extra)
