"""The port's side of a trace: run it once under ``sys.settrace`` and record its locals line by line.

:func:`record_python` is a plain function of plain data, run in the port's own
process (:mod:`.child` is the hook of that instrumented call): the port, its
arguments, which files count as the port's own, and the limits; it returns a
:class:`PythonTrace` of arrays, summaries and strings.

What is recorded
----------------
Frames whose code lives in the port's own files (the port's folder, never the
standard library or an installed package) are traced. When a statement has
run (at the next ``line`` event of its frame, or at ``return``), the locals
it may have changed are compared with the values kept after the previous
statement, and each changed one becomes a :class:`PyEvent` with the file and
the statement's first line. "May have changed" is every name the statement
mentions, plus every array that shares memory with one of them (a write
through a view, ``t = Theta1; t[:, 0] = 0``, changes ``Theta1`` and
``nn_params`` too), plus new names. In-place changes (``Y[i, k] = 1``,
``g += ...``) are found by content, not identity. A line that runs many
times (a loop) is recorded for its first :attr:`Limits.iterations`
executions and its last.

Why ``sys.settrace`` and not ``sys.monitoring``: it runs on every supported
Python (3.10+), and the frames outside the port's files are dismissed at their
``call`` event, so NumPy's own Python code is not traced line by line.
"""
from __future__ import annotations

import functools
import os
import sys
import sysconfig
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .statements import Source, Statement, source
from .values import Limits, Summary, as_array, capture

__all__ = ["PyEvent", "PyFrame", "Statement", "PyFailure", "PythonTrace", "record_python", "port_files", "ROOT_FRAME"]

#: Frames are numbered in the order they start: the port's own call is frame 1.
ROOT_FRAME = 1


@dataclass(slots=True)
class PyEvent:
    """A local variable's value after a statement ran (``kind``: arg, assign, return)."""

    seq: int
    frame: int
    file: str
    line: int
    name: str
    value: object
    hit: int
    kind: str = "assign"
    inplace: bool = False  # the same object changed content (a write through a view, ``+=``)
    into_argument: bool = False  # ... and that memory is an array the caller passed to the port


@dataclass(frozen=True)
class PyFrame:
    """One call of a traced function: its name, file, caller frame and the caller's line."""

    id: int
    function: str
    file: str
    parent: int | None
    call_line: int | None
    first_seq: int


@dataclass(frozen=True)
class PyFailure:
    """The port raised: the exception and the innermost line of the port's own files."""

    type: str
    message: str
    file: str | None
    line: int | None
    frame: int | None
    names: tuple[str, ...] = ()
    dtypes: dict = field(default_factory=dict)


@dataclass
class PythonTrace:
    """Everything the port's run produced: events in execution order, frames, statements, outputs."""

    events: list[PyEvent]
    frames: dict[int, PyFrame]
    statements: dict[tuple[str, int], Statement]
    outputs: tuple | None
    failure: PyFailure | None
    seconds: float
    root_frame: int | None = None
    lines_run: int = 0
    executed: list = field(default_factory=list)  # (events so far, frame, statement line) per statement run

    def statement(self, file: str, line: int) -> Statement | None:
        return self.statements.get((file, line))


@functools.lru_cache(maxsize=1)
def _library_dirs() -> tuple[str, ...]:
    dirs = {sysconfig.get_paths().get(k) for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    return tuple(sorted(str(Path(d).resolve()) for d in dirs if d))


def port_files(func) -> tuple[str, ...]:
    """The folder of ``func``'s file (a function's, or a sandboxed port's ``file``): what counts as the port's own code."""
    code = getattr(func, "__code__", None)
    file = code.co_filename if code is not None else getattr(func, "file", None)
    if not isinstance(file, str):
        return ()
    return (str(Path(file).resolve().parent),)


_OWN_CACHE: dict = {}


@functools.lru_cache(maxsize=64)
def _resolved(files: tuple) -> tuple:
    return tuple(str(Path(f).resolve()) for f in files)


class _Files:
    """Which code objects are the port's own."""

    def __init__(self, files):
        self.roots = _resolved(tuple(str(f) for f in files))
        self.libs = _library_dirs()
        self.cache: dict[str, bool] = _OWN_CACHE.setdefault(self.roots, {})
        self.package = str(Path(__file__).resolve().parent)  # portcheck.trace itself is never traced

    def own(self, filename: str) -> bool:
        hit = self.cache.get(filename)
        if hit is None:
            path = str(Path(filename).resolve()) if not filename.startswith("<") else filename
            hit = (not filename.startswith("<") and "site-packages" not in path and "dist-packages" not in path
                   and not path.startswith(self.libs) and not path.startswith(self.package)
                   and any(path == r or path.startswith(r + os.sep) for r in self.roots))
            self.cache[filename] = hit
        return hit


def _root(a) -> int:
    while isinstance(a, np.ndarray) and isinstance(a.base, np.ndarray):
        a = a.base
    return id(a)


def _bytes_digest(a: np.ndarray) -> str:
    """SHA-1 of the array's bytes: the change detector of large arrays (no copy when contiguous)."""
    import hashlib

    return hashlib.sha1(memoryview(np.ascontiguousarray(a)).cast("B")).hexdigest()


class _Kept:
    """What the tracer remembers of one local to find its next change."""

    __slots__ = ("obj_id", "root", "copy", "digest", "raw", "shape")

    def __init__(self, value, kept):
        self.obj_id = id(value)
        is_array = isinstance(value, np.ndarray)
        self.root = _root(value) if is_array else None
        self.copy = kept if isinstance(kept, np.ndarray) else None
        self.digest = _bytes_digest(value) if isinstance(kept, Summary) else None
        small = is_array and value.nbytes <= 65536
        self.raw = value.tobytes() if small else None
        self.shape = (value.shape, value.dtype) if is_array else None

    def changed(self, value) -> bool:
        if id(value) != self.obj_id:
            return True
        if isinstance(value, np.ndarray):
            if self.raw is not None:
                return (value.shape, value.dtype) != self.shape or value.tobytes() != self.raw
            if self.copy is not None:
                return value.shape != self.copy.shape or not np.array_equal(value, self.copy, equal_nan=value.dtype.kind in "fc")
            if self.digest is not None:
                return (value.shape, value.dtype) != self.shape or _bytes_digest(value) != self.digest
        return False


class _FrameState:
    __slots__ = ("id", "src", "prev", "prev_raw", "kept", "hits")

    def __init__(self, fid, src):
        self.id = fid
        self.src = src
        self.prev = None
        self.prev_raw = None
        self.kept: dict[str, _Kept] = {}
        self.hits: dict[int, int] = {}


class _Recorder:
    def __init__(self, files: _Files, limits: Limits):
        self.files = files
        self.limits = limits
        self.budget = [limits.max_bytes]
        self.events: list[PyEvent] = []
        self.last: dict[tuple, PyEvent] = {}   # (frame, line, name) -> newest event beyond the limit
        self.frames: dict[int, PyFrame] = {}
        self.sources: dict[str, Source] = {}
        self.states: dict[int, _FrameState] = {}  # id(frame) -> state
        self.seq = 0
        self.lines = 0
        self.stack: list[int] = []
        self.code_ok: dict = {}
        self.executed: list = []
        self.arg_roots: set[int] = set()  # memory of the arrays the caller passed to the port

    # -- sys.settrace callbacks ------------------------------------------------
    def global_trace(self, frame, event, arg):
        if event != "call":
            return None
        code = frame.f_code
        ok = self.code_ok.get(code)
        if ok is None:
            ok = self.code_ok[code] = self.files.own(code.co_filename) and code.co_name not in ("<genexpr>", "<listcomp>", "<dictcomp>", "<setcomp>", "<lambda>")
        if not ok:
            return None
        src = self.sources.get(code.co_filename)
        if src is None:
            src = self.sources[code.co_filename] = source(code.co_filename)
        fid = len(self.frames) + 1
        parent = self.stack[-1] if self.stack else None
        caller = frame.f_back
        pstate = self.states.get(id(caller)) if caller is not None else None
        self.frames[fid] = PyFrame(fid, code.co_name, code.co_filename, pstate.id if pstate else parent,
                                   pstate.prev if pstate else None, self.seq + 1)
        st = self.states[id(frame)] = _FrameState(fid, src)
        self.stack.append(fid)
        line = src.start.get(code.co_firstlineno, code.co_firstlineno)
        for name, value in frame.f_locals.items():
            self._emit(st, code.co_filename, line, name, value, "arg", hit=1)
            if fid == ROOT_FRAME and isinstance(value, np.ndarray):
                self.arg_roots.add(_root(value))
        return self.local_trace

    def local_trace(self, frame, event, arg):
        st = self.states.get(id(frame))
        if st is None:
            return None
        if event == "line":
            raw = frame.f_lineno
            start = st.src.start.get(raw, raw)
            if st.prev is not None and not (start == st.prev and raw != st.prev_raw and raw != start):
                self._flush(st, frame, st.prev)
            elif st.prev is not None:
                st.prev_raw = raw
                return self.local_trace
            st.prev, st.prev_raw = start, raw
            self.lines += 1
            if len(self.executed) < 100_000:
                self.executed.append((self.seq, st.id, start))
        elif event == "return":
            if st.prev is not None:
                self._flush(st, frame, st.prev)
            if arg is not None or not _raising(frame):
                self._emit(st, frame.f_code.co_filename, st.prev or frame.f_code.co_firstlineno, "<return>", arg,
                           "return", hit=1)
            self.states.pop(id(frame), None)
            if self.stack and self.stack[-1] == st.id:
                self.stack.pop()
        return self.local_trace

    # -- recording -------------------------------------------------------------
    def _flush(self, st: _FrameState, frame, line: int) -> None:
        stmt = st.src.stmts.get(line)
        f_locals = frame.f_locals
        kept_all = st.kept
        names = set(st.src.mentioned.get(line, ())) if stmt is not None else set(f_locals)
        if len(f_locals) != len(kept_all) or stmt is None:
            names.update(n for n in f_locals if n not in kept_all)
        names.discard("__class__")
        hit = st.hits.get(line, 0) + 1
        st.hits[line] = hit
        changed_roots = set()
        changed = []
        for name in names:
            if name not in f_locals:
                continue
            value = f_locals[name]
            kept = st.kept.get(name)
            if kept is None or kept.changed(value):
                changed.append(name)
                if kept is not None and kept.root is not None and id(value) == kept.obj_id:
                    changed_roots.add(kept.root)
        if changed_roots:  # writes through views: every array sharing that memory
            for name, kept in st.kept.items():
                if name not in names and kept.root in changed_roots and name in f_locals and kept.changed(f_locals[name]):
                    changed.append(name)
        for name in changed:
            kept = st.kept.get(name)
            inplace = kept is not None and kept.obj_id == id(f_locals[name])
            self._emit(st, frame.f_code.co_filename, line, name, f_locals[name], "assign", hit, inplace,
                       inplace and kept.root in self.arg_roots)

    def _emit(self, st: _FrameState, file: str, line: int, name: str, value, kind: str, hit: int,
              inplace: bool = False, into_argument: bool = False) -> None:
        if kind != "return" and (callable(value) and not isinstance(value, np.ndarray) or _is_module(value)):
            st.kept[name] = _Kept(value, None)
            return
        if kind == "return" and isinstance(value, (tuple, list)) and 1 < len(value) <= 16:
            kept = tuple(capture(v, self.limits, self.budget) for v in value)
        else:
            kept = capture(value, self.limits, self.budget)
        if kind != "return":
            st.kept[name] = _Kept(value, kept)
        self.seq += 1
        ev = PyEvent(self.seq, st.id, file, line, name, kept, hit, kind, inplace, into_argument)
        if hit <= self.limits.iterations:
            self.events.append(ev)
        else:
            self.last[(st.id, line, name)] = ev

    def finish(self) -> list[PyEvent]:
        return sorted(self.events + list(self.last.values()), key=lambda e: e.seq)


def _is_module(value) -> bool:
    return type(value).__name__ == "module"


def _raising(frame) -> bool:
    return sys.exc_info()[0] is not None


def record_python(func: Callable, args=(), kwargs=None, *, files=None, limits: Limits | None = None) -> PythonTrace:
    """Run ``func(*args, **kwargs)`` once, recording the locals of the port's own frames after each statement.

    Parameters
    ----------
    func : callable
        The port.
    args, kwargs
        Its arguments (the caller passes copies: the port may write into them).
    files : iterable of str, optional
        Files or folders whose code is traced (default: the folder of ``func``'s file).
    limits : Limits, optional
        Size and iteration bounds (see :class:`~portcheck.trace.values.Limits`).

    Returns
    -------
    PythonTrace
        Events in execution order; ``outputs`` is the return value as a tuple of
        captured values (None when the port raised, then ``failure`` is set).
    """
    limits = limits or Limits()
    rec = _Recorder(_Files(files if files is not None else port_files(func)), limits)
    kwargs = kwargs or {}
    previous = sys.gettrace()
    failure = None
    result = None
    start = time.perf_counter()
    sys.settrace(rec.global_trace)
    try:
        result = func(*args, **kwargs)
    except Exception as exc:
        sys.settrace(previous)
        failure = _failure(exc, rec)
    finally:
        sys.settrace(previous)
    seconds = time.perf_counter() - start
    outputs = None
    if failure is None:
        values = result if isinstance(result, tuple) else (result,)
        outputs = tuple(_capture_output(v, limits) for v in values)
    statements = {}
    for src in rec.sources.values():
        for line, stmt in src.stmts.items():
            statements[(src.filename, line)] = stmt
    root = min(rec.frames) if rec.frames else None
    return PythonTrace(rec.finish(), rec.frames, statements, outputs, failure, seconds, root, rec.lines, rec.executed)


def _capture_output(value, limits):
    if isinstance(value, (list, tuple)) and 1 < len(value) <= 16 and all(as_array(v) is not None and np.ndim(as_array(v)) >= 1 for v in value) \
            and len({np.shape(as_array(v)) for v in value}) > 1:
        return tuple(capture(v, limits) for v in value)  # blocks returned in a list: (J, [T1_grad, T2_grad])
    return capture(value, limits)


def _failure(exc: BaseException, rec: _Recorder) -> PyFailure:
    tb = traceback.extract_tb(exc.__traceback__)
    own = [f for f in tb if rec.files.own(f.filename)]
    frame = own[-1] if own else None
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    line = frame.lineno if frame else None
    file = frame.filename if frame else None
    fid = None
    names: tuple = ()
    dtypes: dict = {}
    if frame is not None:
        src = rec.sources.get(file) or source(file)
        start = src.start.get(line, line)
        line = start
        stmt = src.stmts.get(start)
        names = stmt.reads if stmt else ()
        # the dtypes of the names the raising statement read (for "float used as an index")
        t = exc.__traceback__
        while t is not None:
            if t.tb_frame.f_code.co_filename == file and src.start.get(t.tb_lineno, t.tb_lineno) == start:
                for n in names:
                    v = t.tb_frame.f_locals.get(n)
                    if isinstance(v, np.ndarray):
                        dtypes[n] = str(v.dtype)
                    elif isinstance(v, (int, float)):
                        dtypes[n] = type(v).__name__
            t = t.tb_next
        for fr in rec.frames.values():
            if fr.file == file:
                fid = fr.id
    return PyFailure(type(exc).__name__, message, file, line, fid, names, dtypes)
