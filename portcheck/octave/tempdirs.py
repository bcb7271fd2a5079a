"""portcheck's private directories for Octave: where they go, how they are marked, when they are removed.

Each session works in one *exchange directory* (oct2py's MAT files, the
engine's scratch folder, local-function copies, path links), made by
:func:`make_exchange_dir` under :func:`exchange_base` and removed when the
session closes. A run killed with SIGKILL or SIGHUP cannot remove its own, so
the next session removes the ones left behind (:func:`remove_stale_exchange_dirs`)
-- but only folders portcheck itself made: each holds a marker file
(:data:`MARKER`) with the owner's process id and start time, and a folder is
removed only when that process is gone (or the pid now names another process).
A folder without a valid marker is never touched, whatever its name.

oct2py writes the exchange directory's path into Octave code between double
quotes (``_pyeval("DIR/writer.mat", ...)``), so a base folder whose path holds
``"``, ``\\``, a control character or Octave's path separator is refused with
one line (:func:`exchange_base`); any other character, accents included, works.
Octave itself starts in ``/`` (:func:`neutral_cwd`): octave_kernel pastes the
current directory into a ``cd("...")`` the same way.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
import threading

from ..errors import UsageError
from . import process

__all__ = ["EXCHANGE_PREFIX", "MARKER", "exchange_base", "make_exchange_dir", "remove_stale_exchange_dirs",
           "process_start", "neutral_cwd", "engine_temp_dir", "engine_dir"]

EXCHANGE_PREFIX = "portcheck-"
#: The marker file portcheck writes into every exchange directory it makes.
MARKER = ".portcheck-exchange"
_UNSAFE = ('"', "\\", os.pathsep)
_ENGINE = threading.local()


def _check_folder(folder: str, source: str) -> str:
    bad = next((c for c in folder if c in _UNSAFE or ord(c) < 32 or ord(c) == 127), None)
    if bad is not None:
        raise UsageError(f"{source}={folder!r} holds {bad!r}, which oct2py would write into Octave code; "
                         "portcheck cannot exchange files with Octave there",
                         tip=f"set PORTCHECK_TEMP_DIR to a folder whose path has no quote, backslash, "
                             f"{os.pathsep!r} or control character")
    return folder


def exchange_base(executable: str) -> str:
    """Where exchange directories go: ``$PORTCHECK_TEMP_DIR``, else ``/dev/shm``, else the temp dir.

    Raises :class:`UsageError` when the folder's path cannot be written into
    Octave code safely (see the module's notes), or cannot be created.
    """
    configured = os.environ.get("PORTCHECK_TEMP_DIR")
    if configured:
        _check_folder(os.path.abspath(configured), "PORTCHECK_TEMP_DIR")
        try:
            os.makedirs(configured, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"PORTCHECK_TEMP_DIR={configured!r} cannot be created ({exc.strerror})",
                             tip="point PORTCHECK_TEMP_DIR to a folder you can write to") from None
        return os.path.abspath(configured)
    sandboxed = "snap" in executable or "flatpak" in executable
    if not sandboxed and os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
        return "/dev/shm"
    return _check_folder(tempfile.gettempdir(), "the temporary folder (TMPDIR)")


def process_start(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, from /proc), or None when unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return None


def make_exchange_dir(base: str) -> str:
    """A new exchange directory under ``base``, marked as this process's (its pid and start time)."""
    folder = tempfile.mkdtemp(prefix=f"{EXCHANGE_PREFIX}{os.getpid()}-", dir=base)
    pid = os.getpid()
    with open(os.path.join(folder, MARKER), "x", encoding="utf-8") as fh:
        json.dump({"pid": pid, "start": process_start(pid), "uid": os.getuid()}, fh)
    return folder


def _owner(folder: str) -> dict | None:
    """The marker's content when ``folder`` is a real directory of ours holding a valid marker, else None."""
    try:
        st = os.lstat(folder)
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
            return None
        mst = os.lstat(os.path.join(folder, MARKER))
        if not stat.S_ISREG(mst.st_mode) or mst.st_size > 4096:
            return None
        with open(os.path.join(folder, MARKER), encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("pid"), int) or data.get("uid") != os.getuid():
        return None
    return data


def _abandoned(owner: dict) -> bool:
    pid = owner["pid"]
    if pid == os.getpid():
        return False
    if not process.pid_alive(pid):
        return True
    start = owner.get("start")
    return start is not None and process_start(pid) not in (None, start)  # the pid now names another process


def remove_stale_exchange_dirs(base: str) -> list[str]:
    """Remove exchange directories whose marker names a process that is gone; return them.

    Only folders holding portcheck's marker (:data:`MARKER`) are candidates, never a folder
    by its name alone; ``shutil.rmtree`` removes links inside without following them.
    """
    removed = []
    try:
        names = os.listdir(base)
    except OSError:
        return removed
    for name in names:
        folder = os.path.join(base, name)
        if not name.startswith(EXCHANGE_PREFIX):
            continue
        owner = _owner(folder)
        if owner is not None and _abandoned(owner):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _safe_in_code(folder: str) -> bool:
    """True when ``folder`` pasted into Octave's ``cd("...")`` is that folder and nothing else: no quote,
    backslash, control character or non-ASCII character."""
    return folder.isascii() and not any(c in folder for c in '"\\') and all(c.isprintable() for c in folder)


@contextlib.contextmanager
def neutral_cwd():
    """Run the block with ``/`` as the current directory when the current one is not safe in code, then return
    to the caller's (even if renamed).

    octave_kernel starts Octave with ``cd("<current directory>")`` pasted into
    code; from ``/`` nothing in the user's folder names can reach it. The change
    is process-wide (another thread resolving a relative path meanwhile would
    resolve it from ``/``), so it is made only for a folder whose name could be
    read as code; an ordinary folder stays the current directory.
    """
    try:
        safe = _safe_in_code(os.getcwd())
    except OSError:  # the current directory is gone: nothing in its name can reach Octave
        safe = True
    if safe:
        yield
        return
    try:
        saved = os.open(".", os.O_RDONLY)
    except OSError:  # the current directory is gone or unreadable: nothing to return to
        saved = None
    os.chdir("/")
    try:
        yield
    finally:
        if saved is not None:
            try:
                os.fchdir(saved)
            finally:
                os.close(saved)


@contextlib.contextmanager
def engine_temp_dir(folder: str):
    """While the block runs, an octave_kernel engine started in this thread keeps its scratch files in ``folder``."""
    _ENGINE.folder = folder
    try:
        yield
    finally:
        _ENGINE.folder = None


def engine_dir() -> str | None:
    """The folder :func:`engine_temp_dir` set for this thread (None: octave_kernel's own choice)."""
    return getattr(_ENGINE, "folder", None)
