"""The port's side of a trace, recorded in the port's own process and sent back as data.

Every port runs in a child process (:mod:`portcheck.sandbox`), so
:func:`record_python` runs there too: :data:`HOOK` is the hook of an
instrumented call (:mod:`portcheck.sandbox._instrument`). In the child,
:func:`record` traces the port's call and leaves the :class:`PythonTrace` in the
sink as plain data (:func:`to_plain`: events as lists, recorded values as
arrays, :class:`Summary`/:class:`Opaque` and :class:`PyFailure` as dicts).
In the parent, :func:`trace_of` rebuilds the :class:`PythonTrace` the aligner
reads (:func:`from_plain`; the statements are read again from the port's files
with :func:`~portcheck.trace.statements.source`), or one that only holds the
failure when the child sent no trace (a hang, a crash, ``sys.exit``).
"""
from __future__ import annotations

import dataclasses

import numpy as np

from .python_side import PyEvent, PyFailure, PyFrame, PythonTrace, record_python
from .statements import source
from .values import Limits, Opaque, Summary

__all__ = ["HOOK", "options", "record", "to_plain", "from_plain", "trace_of"]

#: The hook of an instrumented call that records a trace (see module).
HOOK = "portcheck.trace.child:record"


def options(files, limits: Limits | None) -> dict:
    """The call options that trace the port: its own ``files`` (folders), under ``limits``."""
    limits = limits or Limits()
    return {"instrument": {"hook": HOOK, "params": {"files": [str(f) for f in files],
                                                    "limits": dataclasses.asdict(limits)}}}


def record(params, sink: dict):
    """In the child: an invoke that runs the port under :func:`record_python` and leaves its trace in ``sink``.

    The port's own value (or exception) is the call's, as in a plain call.
    """
    files = tuple(str(f) for f in params.get("files") or ())
    limits = Limits(**(params.get("limits") or {}))

    def invoke(func, args, kwargs):
        box: dict = {}

        def port(*a, **k):  # this frame is portcheck's: never traced
            try:
                box["value"] = func(*a, **k)
            except BaseException as exc:
                box["exc"] = exc
                raise
            return box["value"]

        trace = record_python(port, args, kwargs, files=files, limits=limits)
        sink["trace"] = to_plain(trace)
        if "exc" in box:
            raise box.pop("exc")
        return box.get("value")

    return invoke


# -- to plain data and back ----------------------------------------------------------------------------------------
def _value(v):
    if isinstance(v, Summary):
        return {"summary": {f.name: getattr(v, f.name) for f in dataclasses.fields(Summary)}}
    if isinstance(v, Opaque):
        return {"opaque": [v.type, v.text]}
    if isinstance(v, tuple):
        return tuple(_value(x) for x in v)
    return v


def _value_back(v):
    if isinstance(v, np.ndarray):
        return v
    if isinstance(v, tuple):
        return tuple(_value_back(x) for x in v)
    if isinstance(v, dict) and isinstance(v.get("summary"), dict):
        fields = dict(v["summary"])
        fields["shape"] = tuple(int(d) for d in fields["shape"])
        return Summary(**fields)
    if isinstance(v, dict) and isinstance(v.get("opaque"), list):
        return Opaque(str(v["opaque"][0]), str(v["opaque"][1]))
    raise ValueError(f"a recorded value of type {type(v).__name__}")


def to_plain(trace: PythonTrace) -> dict:
    """``trace`` as plain data for the wire (statements left out: the parent reads them from the files)."""
    f = trace.failure
    return {
        "events": [[e.seq, e.frame, e.file, e.line, e.name, _value(e.value), e.hit, e.kind, e.inplace, e.into_argument]
                   for e in trace.events],
        "frames": [[fr.id, fr.function, fr.file, fr.parent, fr.call_line, fr.first_seq] for fr in trace.frames.values()],
        "outputs": None if trace.outputs is None else tuple(_value(v) for v in trace.outputs),
        "failure": None if f is None else {"type": f.type, "message": f.message, "file": f.file, "line": f.line,
                                           "frame": f.frame, "names": list(f.names), "dtypes": dict(f.dtypes)},
        "seconds": trace.seconds, "root_frame": trace.root_frame, "lines_run": trace.lines_run,
        "executed": np.asarray(trace.executed, dtype=np.int64).reshape(-1, 3),
    }


def _int(x):
    return None if x is None else int(x)


def _failure(d) -> PyFailure | None:
    if d is None:
        return None
    return PyFailure(str(d["type"]), str(d["message"]), None if d.get("file") is None else str(d["file"]),
                     _int(d.get("line")), _int(d.get("frame")), tuple(str(n) for n in d.get("names") or ()),
                     {str(k): str(v) for k, v in (d.get("dtypes") or {}).items()})


def from_plain(plain: dict) -> PythonTrace:
    """The :class:`PythonTrace` of :func:`to_plain`'s data; ValueError/TypeError/KeyError when it is not one."""
    events = [PyEvent(int(seq), int(frame), str(file), int(line), str(name), _value_back(value), int(hit), str(kind),
                      bool(inplace), bool(into))
              for seq, frame, file, line, name, value, hit, kind, inplace, into in plain["events"]]
    frames = {}
    for fid, function, file, parent, call_line, first_seq in plain["frames"]:
        frames[int(fid)] = PyFrame(int(fid), str(function), str(file), _int(parent), _int(call_line), int(first_seq))
    statements = {}
    for file in sorted({fr.file for fr in frames.values()}):
        src = source(file)
        for line, stmt in src.stmts.items():
            statements[(src.filename, line)] = stmt
    outputs = plain["outputs"]
    executed = [tuple(int(x) for x in row) for row in np.asarray(plain["executed"]).reshape(-1, 3)]
    return PythonTrace(events, frames, statements, None if outputs is None else tuple(_value_back(v) for v in outputs),
                       _failure(plain["failure"]), float(plain["seconds"]), _int(plain["root_frame"]),
                       int(plain["lines_run"]), executed)


def trace_of(result) -> PythonTrace:
    """The trace of an instrumented call's result (a :class:`~portcheck.sandbox.CallResult` or ``PortRun``).

    When the child sent none (the port hung, crashed or exited), a trace with no
    events whose failure is the call's.
    """
    plain = (result.instrument or {}).get("trace") if isinstance(result.instrument, dict) else None
    if isinstance(plain, dict):
        try:
            return from_plain(plain)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            return PythonTrace([], {}, {}, None, PyFailure("PortCrashed", f"its trace could not be read ({exc})",
                                                           None, None, None), result.seconds)
    f = result.failure
    if f is None:  # pragma: no cover - a call that returned always sends its trace
        return PythonTrace([], {}, {}, None, PyFailure("PortCrashed", "no trace came back", None, None, None),
                           result.seconds)
    return PythonTrace([], {}, {}, None, PyFailure(f.type, f.message, f.file, f.line, None), result.seconds)
