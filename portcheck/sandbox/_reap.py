"""Processes a port left behind outside its process group: found by parentage, killed.

Killing the port's process group ends what the port started the usual way
(``subprocess.Popen``, ``multiprocessing``), but a process started in a new
session or group (``start_new_session=True``, a double fork, ``setsid``) is
out of the group, and once its parent dies it is adopted by init. So:

* every port process is a *child subreaper* (``PR_SET_CHILD_SUBREAPER``,
  :func:`become_subreaper`): orphans of its descendants are re-parented to it,
  never to init, and its descendants are exactly the processes whose chain of
  parents leads to it;
* before a port process ends on its own (a finished fork, a worker told to
  close, ``os._exit``), it kills its descendants (:func:`sweep_own`; a
  system call tells whether it has any child at all, so the common case costs
  nothing);
* before the parent kills a port process that is still running (a deadline, a
  restart), it stops it, then kills its descendants (:func:`stop_and_sweep`).

Linux only (``/proc`` and ``prctl``); elsewhere these do nothing and the
process-group kill is what remains.
"""
from __future__ import annotations

import os
import signal

__all__ = ["become_subreaper", "has_children", "descendants", "sweep_own", "stop_and_sweep"]

_PR_SET_CHILD_SUBREAPER = 36


def become_subreaper(libc) -> bool:
    """Make this process adopt the orphans of its descendants (Linux); whether it worked."""
    try:
        return bool(libc) and hasattr(libc, "prctl") and libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except Exception:  # pragma: no cover - no prctl
        return False


def has_children() -> bool:
    """Whether this process has any child, running or a zombie (nothing is reaped: ``WNOWAIT``)."""
    try:
        os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return False
    except (AttributeError, OSError):  # pragma: no cover - no waitid: assume the worst
        return True
    return True


def _table() -> dict[int, tuple[int, bytes]]:
    """``{pid: (parent pid, state)}`` of every process in ``/proc`` (empty without ``/proc``)."""
    out = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return out
    for name in names:
        if not name.isdigit():
            continue
        try:
            fd = os.open(f"/proc/{name}/stat", os.O_RDONLY)
            try:
                data = os.read(fd, 1024)
            finally:
                os.close(fd)
            fields = data[data.rindex(b")") + 2:].split()
            out[int(name)] = (int(fields[1]), fields[0])
        except (OSError, ValueError, IndexError):
            continue
    return out


def descendants(pid: int, table: dict | None = None) -> list[int]:
    """Live (not zombie) descendants of ``pid``, parents before children."""
    table = _table() if table is None else table
    children: dict[int, list[int]] = {}
    for child, (parent, _state) in table.items():
        children.setdefault(parent, []).append(child)
    out, todo = [], list(children.get(pid, ()))
    while todo:
        p = todo.pop(0)
        if table.get(p, (0, b"Z"))[1] != b"Z":
            out.append(p)
        todo.extend(children.get(p, ()))
    return out


def _kill_descendants(pid: int, rounds: int) -> int:
    """SIGKILL the descendants of ``pid`` until none is left (orphans come back to ``pid``, a subreaper)."""
    killed = 0
    for _ in range(rounds):
        found = descendants(pid)
        if not found:
            break
        for p in found:
            try:
                os.kill(p, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
    return killed


def sweep_own(rounds: int = 20) -> int:
    """In a port process: kill every descendant before leaving; how many were killed (0 at once when childless)."""
    if not has_children():
        return 0
    try:
        return _kill_descendants(os.getpid(), rounds)
    except Exception:  # never let the sweep keep a process from ending
        return 0


def stop_and_sweep(pid: int, rounds: int = 20) -> int:
    """In the parent: stop the running port process ``pid`` (so it starts nothing more), kill its descendants."""
    try:
        os.kill(pid, signal.SIGSTOP)
    except OSError:
        return 0
    try:
        return _kill_descendants(pid, rounds)
    except Exception:
        return 0
