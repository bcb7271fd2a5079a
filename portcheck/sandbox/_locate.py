"""Where a port failed: the innermost line of the user's own code.

Two sources, one rule. In the child, an exception's traceback
(:func:`failure_fields`); in the parent, a :mod:`faulthandler` dump the child
wrote when it was asked for its stack, crashed, or called ``os._exit``
(:func:`parse_dump`). Either way the location is the innermost frame that is
neither portcheck's sandbox, the import machinery, the standard library nor an
installed package -- for an error inside ``np.dot`` it is the port's line that
called ``np.dot``. Light on purpose: the child imports it before the port.
"""
from __future__ import annotations

import linecache
import os
import re
import traceback

__all__ = ["failure_fields", "parse_dump", "Frame", "pick_frame", "format_frames", "where", "enclosing_loop"]

_SANDBOX_DIR = os.path.dirname(os.path.abspath(__file__))
_LIBRARY_DIRS: tuple[str, ...] | None = None


def _library_dirs() -> tuple[str, ...]:
    global _LIBRARY_DIRS
    if _LIBRARY_DIRS is None:
        import sysconfig

        dirs = {sysconfig.get_paths().get(k) for k in ("stdlib", "platstdlib", "purelib", "platlib")}
        _LIBRARY_DIRS = tuple(sorted(d for d in dirs if d))
    return _LIBRARY_DIRS


def _hidden(filename: str) -> bool:
    """portcheck's sandbox and the import machinery: never shown, never blamed."""
    return (filename.startswith(_SANDBOX_DIR) or filename.startswith("<frozen ")
            or os.path.basename(os.path.dirname(filename)) == "importlib")


def _is_library(filename: str) -> bool:
    return (filename.startswith(_library_dirs()) or "site-packages" in filename or "dist-packages" in filename
            or filename.startswith("<"))


class Frame(tuple):
    """``(filename, lineno, function)``."""

    __slots__ = ()

    def __new__(cls, filename: str, lineno: int, function: str):
        return super().__new__(cls, (filename, lineno, function))

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])


def pick_frame(frames_outer_first: list) -> Frame | None:
    """The frame to blame: innermost of the user's own, else innermost shown."""
    shown = [f for f in frames_outer_first if not _hidden(f[0])]
    own = [f for f in shown if not _is_library(f[0])]
    if own:
        return own[-1]
    return shown[-1] if shown else None


def _source(filename: str, lineno: int) -> str | None:
    try:
        return linecache.getline(filename, lineno).strip() or None
    except Exception:
        return None


def format_frames(frames_outer_first: list) -> str:
    lines = ["Traceback (most recent call last):"]
    for f in frames_outer_first:
        if _hidden(f[0]):
            continue
        lines.append(f'  File "{f[0]}", line {f[1]}, in {f[2]}')
        src = _source(f[0], f[1])
        if src:
            lines.append(f"    {src}")
    return "\n".join(lines)


def where(file: str | None, line: int | None, source: str | None) -> str:
    """``port.py:14: while True:`` -- the short form used in messages."""
    if not file:
        return "an unknown line"
    src = f": {source}" if source else ""
    return f"{os.path.basename(file)}:{line}{src}"


def enclosing_loop(file: str | None, line: int | None) -> tuple[int, str] | None:
    """The innermost ``while``/``for`` whose body holds ``line``: ``(header line, header source)``.

    A port stopped at its deadline is sampled wherever the loop happens to be
    (``pass``, an update line, the header); the loop that never ends is what the
    user has to read, so the timeout finding names it next to the sampled line.
    None when the line is no loop's body (or the file cannot be parsed).
    """
    if not file or not line:
        return None
    try:
        import ast

        with open(file, encoding="utf-8", errors="replace") as fh:
            tree = ast.parse(fh.read())
    except (OSError, SyntaxError, ValueError):
        return None
    best = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.While, ast.For, ast.AsyncFor)) and node.body:
            start, end = node.body[0].lineno, node.body[-1].end_lineno or node.body[-1].lineno
            if start <= line <= end and line != node.lineno and (best is None or node.lineno > best.lineno):
                best = node
    if best is None:
        return None
    return best.lineno, _source(file, best.lineno) or ""


def failure_fields(exc: BaseException, *, type_name: str | None = None, message: str | None = None) -> dict:
    """An exception as the fields of a PortFailure (JSON-ready)."""
    tb = traceback.extract_tb(exc.__traceback__)
    frames = [Frame(f.filename, f.lineno or 0, f.name) for f in tb]
    frame = pick_frame(frames)
    shown = [f for f in tb if not _hidden(f.filename)]
    text = "".join(["Traceback (most recent call last):\n"] + traceback.format_list(shown)
                   + traceback.format_exception_only(type(exc), exc)).rstrip()
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    source = None
    if frame is not None:
        source = next((f.line for f in tb if f.filename == frame[0] and f.lineno == frame[1] and f.line), None)
        source = source or _source(frame[0], frame[1])
    name = type_name or type(exc).__name__
    msg = message if message is not None else first
    if type_name:
        text = text + f"\n{name}: {msg}"
    return {"type": name, "message": msg, "file": frame[0] if frame else None,
            "line": frame[1] if frame else None, "source": source, "traceback": text}


_THREAD = re.compile(r"^(Current thread|Thread) (0x[0-9a-fA-F]+)")
_STACK = re.compile(r"^Stack \(most recent call first\)")
_FILE = re.compile(r'^\s+File "(.*)", line (\d+) in (.*)$')


def parse_dump(text: str, main_ident: int | None) -> tuple[list, str]:
    """Frames (outermost first) of the port's thread in a faulthandler dump, and the dump's title.

    The thread is the one whose id is ``main_ident`` (the thread that runs the
    port), else the thread that handled the signal, else the first one listed.
    The title is the first line before the stacks, e.g. ``"Fatal Python error:
    Segmentation fault"`` ("" when there is none).
    """
    title = ""
    blocks: list[tuple[str, int | None, list]] = []
    for raw in text.splitlines():
        m = _THREAD.match(raw)
        if m:
            blocks.append((m.group(1), int(m.group(2), 16), []))
            continue
        if _STACK.match(raw):
            blocks.append(("Current thread", None, []))
            continue
        f = _FILE.match(raw)
        if f and blocks:
            blocks[-1][2].append(Frame(f.group(1), int(f.group(2)), f.group(3).strip()))
            continue
        if not blocks and raw.strip() and not title:
            title = raw.strip()
    if not blocks:
        return [], title
    chosen = next((b for b in blocks if main_ident is not None and b[1] == main_ident), None)
    chosen = chosen or next((b for b in blocks if b[0] == "Current thread" and b[2]), None) or blocks[0]
    return list(reversed(chosen[2])), title


def located(frames_outer_first: list) -> dict:
    """file, line, source and a traceback text from dump frames."""
    frame = pick_frame(frames_outer_first)
    return {"file": frame[0] if frame else None, "line": frame[1] if frame else None,
            "source": _source(frame[0], frame[1]) if frame else None,
            "traceback": format_frames(frames_outer_first)}
