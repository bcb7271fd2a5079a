"""The reference's side of a trace: run instrumented copies of the ``.m`` file in Octave.

One trace costs four round trips whatever the number of statements or input
sets: the inputs go over in one :meth:`~portcheck.octave.OctaveSession.push_many`,
one ``eval`` runs every set (``portcheck_trace_run__.m``), one ``pull`` brings
the whole recording back, one ``eval`` clears the workspace.

The copies live in a private temporary directory (never next to the user's
file), one sub-directory per granularity, each holding ``NAME.m`` with the same
function name; the run puts one of them first on the path for the call and
removes it again. The original directory stays on the path, so helper files
(``sigmoid.m``) are found; a ``private/`` folder next to the original is linked
into each copy's directory. When a copy fails (an instrumentation the grammar
let through but Octave rejects), the next coarser granularity runs; the last
one is the user's original file, unmodified: outputs only.

Names in the generated code are portcheck's own (``portcheck_trace_in__3``) or
identifiers the parser read from the user's code; paths and the function name
are passed as quoted strings with quotes doubled; values only ever travel as
data through ``push_many``.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .matlab import GRANULARITIES, Instrumented, MFunction, instrument, parse_function, pure_user_functions
from .values import HEAD, CAP, Limits, Opaque, Summary

__all__ = ["OEvent", "OctaveTrace", "record_octave", "octave_string"]

_LIB = Path(__file__).resolve().parent / "octave"
_IDENT = re.compile(r"^[A-Za-z]\w{0,62}$")


@dataclass(frozen=True)
class OEvent:
    """A value Octave computed: a variable after a statement, a sub-expression, an input or an output."""

    seq: int
    line: int
    name: str
    value: object
    hit: int
    kind: str  # input, assign, loop, block, sub, output
    code: str = ""

    @property
    def is_variable(self) -> bool:
        return self.kind in ("input", "assign", "loop", "block", "output")


@dataclass
class OctaveTrace:
    """What one instrumented run of the reference recorded on one input set."""

    function: str
    file: str
    events: list[OEvent]
    outputs: tuple | None
    granularity: str
    error: str | None = None
    error_line: int | None = None
    notes: list[str] = field(default_factory=list)
    source_lines: tuple[str, ...] = ()

    def line_text(self, line: int) -> str:
        return self.source_lines[line - 1].strip() if 0 < line <= len(self.source_lines) else ""


def octave_string(text: str) -> str:
    """``text`` as an Octave single-quoted string literal (quotes doubled; control characters refused)."""
    if any(ord(ch) < 32 for ch in text):
        raise ValueError(f"refusing to pass {text!r} to Octave: it holds control characters")
    return "'" + text.replace("'", "''") + "'"


def _prepare(ref_path: Path, fun: MFunction, granularities) -> tuple[str, list[str], list[Instrumented]]:
    """Write the instrumented copies; return (root dir, dirs per granularity, instrumented)."""
    root = tempfile.mkdtemp(prefix="portcheck-trace-")
    for f in ("portcheck_trace_rec__.m", "portcheck_trace_run__.m"):
        shutil.copyfile(_LIB / f, Path(root) / f)
    called = {n for n in _identifiers(fun)} - set(fun.variables)
    pure = pure_user_functions(ref_path.parent, called)
    dirs, copies = [], []
    private = ref_path.parent / "private"
    for g in granularities:
        ins = instrument(fun, g, pure_user=pure)
        copies.append(ins)
        if g == "outputs":
            dirs.append("")
            continue
        d = Path(root) / g
        d.mkdir()
        (d / f"{fun.name}.m").write_text(ins.source, encoding="utf-8", errors="surrogateescape")
        if private.is_dir():
            try:
                os.symlink(private, d / "private")
            except OSError:
                pass
        dirs.append(str(d))
    return root, dirs, copies


def _identifiers(fun: MFunction):
    stack = [fun.node]
    while stack:
        n = stack.pop()
        if n.type == "identifier":
            yield n.text.decode("utf-8", "surrogateescape")
        stack.extend(n.children)


def record_octave(session, ref_path, input_values: list[dict], nout: int, *, limits: Limits | None = None,
                  granularity: str = "expressions") -> list[OctaveTrace]:
    """Run the instrumented reference on every dict of Octave-shaped inputs (4 round trips in all).

    Parameters
    ----------
    session : OctaveSession
        A session; the reference's directory is put first on its path.
    ref_path : path-like
        The ``.m`` file; it is read, never written.
    input_values : list of dict
        One dict per input set, keyed by the ``.m`` argument names, in Octave's shapes.
    nout : int
        Outputs to ask for.
    granularity : str
        The finest granularity to try, one of ``expressions``, ``statements``,
        ``blocks``, ``outputs``; coarser ones are the fallbacks.
    """
    limits = limits or Limits()
    ref_path = Path(ref_path).resolve()
    fun = parse_function(ref_path.read_bytes())
    if not _IDENT.match(fun.name):
        raise ValueError(f"cannot trace {str(ref_path)!r}: function name {fun.name!r} is not an identifier")
    levels = list(GRANULARITIES[GRANULARITIES.index(granularity):])
    notes = []
    if fun.has_errors and levels[0] != "outputs":
        notes.append("the parser did not understand every line; recording per top-level statement only")
        levels = [g for g in levels if g in ("blocks", "outputs")]
    root, dirs, copies = _prepare(ref_path, fun, levels)
    try:
        session.add_path(ref_path.parent)
        pushed: dict = {}
        names_by_key: dict = {}
        set_args = []
        for values in input_values:
            row = []
            for arg in fun.inputs:
                if arg not in values:
                    break
                v = values[arg]
                key = _key(v)
                name = names_by_key.get(key)
                if name is None:
                    name = names_by_key[key] = f"portcheck_trace_in__{len(names_by_key) + 1}"
                    pushed[name] = v
                row.append(name)
            set_args.append(row)
        session.push_many(pushed)
        sets_code = "{" + ", ".join("{" + ", ".join(r) + "}" for r in set_args) + "}"
        dirs_code = "{" + ", ".join(octave_string(d) for d in dirs) + "}"
        nsites = "[" + " ".join(str(max(len(c.sites), 1)) for c in copies) + "]"
        code = (f"addpath({octave_string(root)}); "
                f"portcheck_trace_result__ = portcheck_trace_run__({octave_string(fun.name)}, {dirs_code}, {int(nout)}, "
                f"{sets_code}, {nsites}, {int(limits.iterations)}, {int(limits.max_elements)}, {CAP}, {HEAD}); "
                f"rmpath({octave_string(root)});")
        try:
            session.eval(code)
            raw = session.pull("portcheck_trace_result__")
        finally:
            clear = " ".join(["portcheck_trace_result__", *pushed])
            try:
                session.eval(f"clear {clear};")
            except Exception:
                pass
    finally:
        shutil.rmtree(root, ignore_errors=True)
    results = _cells(raw)
    traces = []
    for values, r in zip(input_values, results):
        traces.append(_decode(r, fun, ref_path, copies, levels, values, notes))
    return traces


def _key(v):
    a = np.asarray(v)
    if a.dtype == object:
        return ("id", id(v))
    return (a.shape, str(a.dtype), a.tobytes())


def _cells(raw) -> list:
    if isinstance(raw, np.ndarray) and raw.dtype == object:
        return list(raw.ravel())
    if isinstance(raw, (list, tuple)):
        return list(raw)
    return [raw]


def _get(d, key, default=None):
    try:
        return d[key] if key in d.keys() else default  # oct2py's Struct: never getattr/hasattr
    except Exception:
        return default


def decode_value(v):
    """An Octave value from oct2py as an array, a :class:`Summary` or an :class:`Opaque`."""
    if isinstance(v, dict):
        if "portcheck_summary" in v.keys():
            shape = tuple(int(x) for x in np.asarray(_get(v, "shape")).ravel())
            return Summary(shape=shape, dtype=str(_get(v, "cls")), size=int(np.prod(shape)),
                           total=complex(_get(v, "total")) if np.iscomplexobj(_get(v, "total")) else float(_get(v, "total")),
                           sumabs=float(_get(v, "sumabs")), sumsq=float(_get(v, "sumsq")), vmin=float(_get(v, "vmin")),
                           vmax=float(_get(v, "vmax")), nnan=int(_get(v, "nnan")),
                           head_f=np.asarray(_get(v, "head_f")).ravel(), head_c=np.asarray(_get(v, "head_c")).ravel(),
                           col_sums=np.asarray(_get(v, "col_sums")).ravel(), row_sums=np.asarray(_get(v, "row_sums")).ravel())
        if "portcheck_empty" in v.keys():
            shape = tuple(int(x) for x in np.asarray(_get(v, "portcheck_empty")).ravel())
            return np.zeros(shape)
        if "portcheck_opaque" in v.keys():
            return Opaque(str(_get(v, "portcheck_opaque")))
        return Opaque("struct")
    if isinstance(v, (bool, int, float, complex, np.number)):
        return np.array([[v]])
    if isinstance(v, np.ndarray):
        if v.dtype == object:
            return Opaque("cell")
        return v if v.ndim >= 2 else np.atleast_2d(v)
    if isinstance(v, list) and not v:
        return np.zeros((0, 0))
    if isinstance(v, str):
        return Opaque("char", v[:60])
    return Opaque(type(v).__name__)


def _decode(r, fun: MFunction, ref_path: Path, copies, levels, values: dict, notes) -> OctaveTrace:
    level = int(np.asarray(_get(r, "level", -1)).ravel()[0])
    errors = _cells(_get(r, "errors", []))
    errs = [e for e in errors if isinstance(e, dict)]
    my_notes = list(notes)
    for e in errs:
        lv = int(np.asarray(_get(e, "level", 0)).ravel()[0])
        if 0 <= lv < len(levels) and levels[lv] != "outputs" and level >= 0:
            my_notes.append(f"the {levels[lv]}-level copy failed in Octave ({_get(e, 'message')}); "
                            f"fell back to {levels[level]}")
    lines = tuple(fun.source.decode("utf-8", "surrogateescape").splitlines())
    fline = fun.node.start_point[0] + 1
    events: list[OEvent] = []
    seq = 0
    for name in fun.inputs:
        if name in values:
            seq += 1
            events.append(OEvent(seq, fline, name, decode_value(np.asarray(values[name]) if not isinstance(values[name], np.ndarray) else values[name]), 1, "input"))
    if level < 0:
        last = errs[-1] if errs else {}
        line = int(np.asarray(_get(last, "line", 0)).ravel()[0]) if last else 0
        return OctaveTrace(fun.name, str(ref_path), events, None, "none", error=str(_get(last, "message", "error")),
                           error_line=line or None, notes=my_notes, source_lines=lines)
    ins: Instrumented = copies[level]
    trace = _get(r, "trace")
    if isinstance(trace, dict) and ins.sites:
        sites = np.asarray(_get(trace, "site"), dtype=float).ravel()
        hits = np.asarray(_get(trace, "hit"), dtype=float).ravel()
        order = np.asarray(_get(trace, "order"), dtype=float).ravel()
        vals = _cells(_get(trace, "vals", []))
        rows = sorted(range(len(sites)), key=lambda i: order[i])
        for i in rows:
            site = ins.site(int(sites[i]))
            items = _cells(vals[i]) if i < len(vals) else []
            labels = site.names if site.kind != "sub" else site.exprs
            for label, v in zip(labels, items):
                seq += 1
                events.append(OEvent(seq, site.line, label, decode_value(v), int(hits[i]),
                                     "assign" if site.kind == "block" else site.kind, site.code))
    outs = tuple(decode_value(v) for v in _cells(_get(r, "outs", [])))
    for name, v in zip(fun.outputs, outs):
        seq += 1
        events.append(OEvent(seq, _end_line(fun), name, v, 1, "output"))
    return OctaveTrace(fun.name, str(ref_path), events, outs, levels[level], notes=my_notes, source_lines=lines)


def _end_line(fun: MFunction) -> int:
    return fun.node.end_point[0] + 1
