"""Run a command as a child subreaper; when it ends, report (and kill) every process it left behind.

Usage: ``python reaper.py REPORT.json -- COMMAND ARGS...``. The command keeps
this process's stdin, stdout and stderr (so a test can close the pipe under
it); its exit code is this process's. Because this process is a child
subreaper (``PR_SET_CHILD_SUBREAPER``), every process the command started,
however it left its process group or session, is re-parented here when its
parents die, never to init: after the command exits, whatever is still alive
among this process's descendants 5 s later was left behind by the run.
REPORT.json gets ``{"returncode": int, "left": [{"pid", "cmdline"}, ...]}``.
"""
from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
import time

GRACE = 5.0


def _table() -> dict[int, tuple[int, bytes]]:
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as fh:
                    data = fh.read()
                fields = data[data.rindex(b")") + 2:].split()
                out[int(name)] = (int(fields[1]), fields[0])
            except (OSError, ValueError, IndexError):
                pass
    return out


def descendants(pid: int) -> list[int]:
    table = _table()
    children: dict[int, list[int]] = {}
    for child, (parent, _state) in table.items():
        children.setdefault(parent, []).append(child)
    out, todo = [], list(children.get(pid, ()))
    while todo:
        p = todo.pop()
        if table.get(p, (0, b"Z"))[1] not in (b"Z", b"X"):
            out.append(p)
        todo.extend(children.get(p, ()))
    return out


def _reap_zombies() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return "?"


def main() -> int:
    report, sep, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
    assert sep == "--" and cmd
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(36, 1, 0, 0, 0) != 0:  # PR_SET_CHILD_SUBREAPER
        raise SystemExit("reaper: PR_SET_CHILD_SUBREAPER failed")
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    proc = subprocess.Popen(cmd)
    returncode = proc.wait()
    end = time.monotonic() + GRACE
    while True:
        _reap_zombies()
        left = descendants(os.getpid())
        if not left or time.monotonic() > end:
            break
        time.sleep(0.1)
    found = [{"pid": p, "cmdline": _cmdline(p)} for p in left]
    for p in left:
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass
    _reap_zombies()
    with open(report, "w") as fh:
        json.dump({"returncode": returncode, "left": found}, fh)
    return returncode if returncode >= 0 else 128 - returncode


if __name__ == "__main__":
    sys.exit(main())
