"""Helpers for the sandbox tests: hostile ports as files, and the no-leftover-process check."""
from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path

import pytest


def write_port(folder: Path, source: str, name: str = "port.py") -> Path:
    path = Path(folder) / name
    path.write_text(textwrap.dedent(source).lstrip("\n"))
    return path


def children() -> set[int]:
    """Process ids whose parent is this process (any state, zombies included), from /proc."""
    me = os.getpid()
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == me:
            found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie counts as gone: it no longer runs anything)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in (b"Z", b"X")


def group_alive(pgid: int) -> bool:
    """True while any running process is in process group ``pgid``."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] not in (b"Z", b"X"):
            return True
    return False


def wait_until(predicate, seconds: float = 20.0) -> bool:
    """Poll ``predicate`` until it holds or ``seconds`` pass (a bound against hangs, not a timing assertion)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


@pytest.fixture(autouse=True)
def no_leftover_processes():
    """Every test leaves no child process of the test process behind (running or unreaped)."""
    before = children()
    yield
    assert os.path.isdir("/proc/self")
    left = children() - before
    assert not left, f"processes left behind: {sorted(left)}"
