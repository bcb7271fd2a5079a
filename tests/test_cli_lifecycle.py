"""Session life cycle through the real command: no Octave survives, nothing is left behind.

The CLI runs as a subprocess; its Octave children are found through ``/proc``
(parent chains) while it runs, because once the CLI has exited an orphan would
be re-parented and the chain lost.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from portcheck.octave.process import pid_alive

pytestmark = [pytest.mark.octave, pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc")]

PORTCHECK = [sys.executable, "-m", "portcheck"]


def _process_table() -> dict[int, tuple[int, str]]:
    """``{pid: (ppid, comm)}`` of every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
            tail = stat[stat.rindex(b")") + 2:].split()
            table[int(entry)] = (int(tail[1]), stat[stat.index(b"(") + 1: stat.rindex(b")")].decode(errors="replace"))
        except (OSError, ValueError, IndexError):
            continue
    return table


def octave_descendants(root: int) -> dict[int, str]:
    """Octave processes whose parent chain leads to ``root``: ``{pid: command line}``."""
    table = _process_table()
    found = {}
    for pid, (ppid, comm) in table.items():
        if not comm.startswith("octave"):
            continue
        p, hops = ppid, 0
        while p and p != root and hops < 50:
            p, hops = table.get(p, (0, ""))[0], hops + 1
        if p == root:
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    found[pid] = fh.read().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                found[pid] = comm
    return found


def run_watched(args, *, signal_after=None, env=None, cwd=None, timeout=120):
    """Run the CLI, recording every Octave descendant; optionally signal it once its Octave runs.

    ``signal_after=(signum, delay)`` sends ``signum`` ``delay`` seconds after the
    interactive Octave (not oct2py's one-shot version probe) has been seen on two
    consecutive polls. Returns ``(returncode, stdout, stderr, seen, signalled)``.
    """
    proc = subprocess.Popen(PORTCHECK + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=cwd)
    seen: dict[int, str] = {}
    polls: dict[int, int] = {}
    signalled = False
    deadline = time.monotonic() + timeout
    ready_at = None
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            now = octave_descendants(proc.pid)
            for pid, cmd in now.items():
                if "--" in cmd or pid not in seen:  # keep the real command line once read
                    seen[pid] = cmd
                polls[pid] = polls.get(pid, 0) + 1
            if signal_after is not None and not signalled:
                if ready_at is None and any(polls[p] >= 2 and "--eval" not in seen[p] for p in now):
                    ready_at = time.monotonic()
                if ready_at is not None and time.monotonic() - ready_at >= signal_after[1]:
                    proc.send_signal(signal_after[0])
                    signalled = True
            time.sleep(0.01)
        out, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:  # pragma: no cover - only when the test is failing anyway
            proc.kill()
            proc.communicate()
    return proc.returncode, out, err, seen, signalled


def assert_all_gone(seen: dict[int, str]) -> None:
    time.sleep(0.05)
    alive = {pid: cmd for pid, cmd in seen.items() if pid_alive(pid)}
    assert not alive, f"Octave processes survived the CLI: {alive}"


@pytest.mark.parametrize("signum, code, message", [
    (signal.SIGINT, 130, "portcheck: interrupted; Octave was stopped"),
    (signal.SIGTERM, 143, "portcheck: terminated (SIGTERM); Octave was stopped"),
])
@pytest.mark.parametrize("delay", [0.0, 0.4])
def test_no_octave_survives_an_interrupted_run(tmp_path, signum, code, message, delay):
    # The reference never returns, so the signal always lands while Octave runs: at its
    # start-up (delay 0) or inside the call (0.4 s), whatever the machine's speed.
    (tmp_path / "spin.m").write_text("function y = spin(x)\n  while true\n  end\nend\n")
    (tmp_path / "port.py").write_text("def spin(x):\n    return x\n")
    np.savez(tmp_path / "in.npz", x=1.0)
    rc, out, err, seen, signalled = run_watched(["compare", "--octave", "spin.m", "--python", "port.py:spin",
                                                 "--inputs", "in.npz", "--timeout", "600"],
                                                signal_after=(signum, delay), cwd=tmp_path)
    assert seen and signalled, (rc, err)
    assert rc == code, (rc, err)
    assert err.strip().splitlines()[-1] == message
    assert "Traceback" not in err
    assert_all_gone(seen)


def test_no_octave_survives_a_normal_run_or_an_error_exit(tmp_path):
    rc, out, err, seen, _ = run_watched(["compare", "nnCost"])
    assert rc == 0, err
    assert seen
    assert_all_gone(seen)
    (tmp_path / "spin.m").write_text("function y = spin(x)\n  while true\n  end\nend\n")
    (tmp_path / "port.py").write_text("def spin(x):\n    return x\n")
    np.savez(tmp_path / "in.npz", x=1.0)
    rc, out, err, seen, _ = run_watched(["compare", "--octave", "spin.m", "--python", "port.py:spin", "--inputs",
                                         "in.npz", "--timeout", "1"], cwd=tmp_path)
    assert rc == 2 and "did not return within 1 s" in err
    assert_all_gone(seen)


def test_user_directories_untouched_and_temp_files_removed(tmp_path):
    work, tmp, shm, home = (tmp_path / d for d in ("work", "tmp", "shm", "home"))
    for d in (work, tmp, shm, home):
        d.mkdir()
    (work / "port.py").write_text("import numpy as np\n\ndef scale(x, k):\n    x *= 1.0\n    return x * k\n")
    (work / "scale.m").write_text("function y = scale(x, k)\n  y = x * k;\nend\n")
    np.savez(work / "in.npz", x=np.arange(6.0).reshape(3, 2), k=2.0)
    before = {p.name: p.stat().st_mtime_ns for p in work.iterdir()}
    env = dict(os.environ, TMPDIR=str(tmp), PORTCHECK_TEMP_DIR=str(shm), HOME=str(home), PYTHONDONTWRITEBYTECODE="")
    env.pop("PYTHONDONTWRITEBYTECODE")
    rc, out, err, seen, _ = run_watched(["compare", "--octave", "scale.m", "--python", "port.py:scale", "--inputs",
                                         "in.npz"], env=env, cwd=work)
    assert rc in (0, 1), err
    assert {p.name: p.stat().st_mtime_ns for p in work.iterdir()} == before  # no __pycache__, no octave-workspace
    assert list(tmp.iterdir()) == []  # oct2py's engine directory removed at exit
    assert list(shm.iterdir()) == []  # the MAT exchange directory removed
    octave_files = [p for p in home.rglob("*") if "octave" in p.name.lower()]
    assert octave_files == []
    assert_all_gone(seen)
