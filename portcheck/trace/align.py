"""Align a port's recorded values with Octave's and find the first line where the port departs.

The algorithm, in four passes over the port's events (execution order):

1. **Match.** Each value the port computed is looked up among everything Octave
   computed -- variables after each statement, sub-expressions, inputs,
   outputs -- first among the Octave variables of the same name (exact, then
   normalised: case, ``_``, aliases such as ``lambda_``/``lmbda``/``lam``,
   ``Theta1``/``t1``, ``delta2``/``d2``), then among all values, under the
   known transforms of :mod:`.transforms`. The best agreement wins: fewer
   transforms first (``same`` < layout < convention < semantic), then a name
   match, then the value Octave computed nearest after the last one matched
   (the two programs run in roughly the same order). A value that agrees with
   nothing is *divergent* when it has a counterpart -- an Octave variable of the
   same name, or the variable it matched before -- and *novel* otherwise (an
   intermediate Octave never formed: not a divergence by itself).
2. **Symptom.** The first event that is divergent and never repaired (the
   same variable agreeing again later, as in ``J = sum(...); J = -J / m``),
   or that matches its namesake only under a *semantic* transform (same shape,
   entries in other places: ``reshape`` without ``order='F'``) not inherited
   from its inputs; else the line where the port raised; else the return
   line when the outputs differ. When the outputs agree only a write into an
   argument (input mutation) counts.
3. **Blame.** From the symptom back through the statements' inputs (the names
   each statement reads, and the return values of the port's own functions it
   called), the earliest *suspect* ancestor is the first divergent line:
   a value that matched its Octave namesake only after a layout transform
   (``a1`` without its bias column), or that holds the value of another Octave
   variable than its namesake (``Theta1_grad`` equal to Octave's
   ``delta2' * a1``), or that matched nothing at all although all its own
   inputs did -- unless a later value computed from it agreed with Octave
   (then its transform was a consistent convention: *vindicated*).
   A *stale* input -- one that matches an Octave value which Octave then
   updated before computing the symptom's counterpart -- points at the port
   statement where that update is missing. A port that raised on a float used
   as an index points at the line that made the float.
4. **Report** the line with the Octave line beside it, both values, the worst
   entries and the transform the variable needed up to there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .octave_side import OctaveTrace, OEvent
from .python_side import PyEvent, PythonTrace
from .transforms import KIND, Agreement, agree, worst_entries
from .values import Opaque, Summary, describe

__all__ = ["FirstDivergence", "Row", "Alignment", "align", "normalise", "DEFAULT_RTOL", "DEFAULT_ATOL"]

#: Tolerances: the compare defaults (rtol 1e-9, atol 1e-12) separate NumPy/Octave
#: rounding (~1e-15 relative) from a porting mistake.
DEFAULT_RTOL = 1e-9
DEFAULT_ATOL = 1e-12

_ALIAS_GROUPS = {
    "lambda": ("lambda", "lmbda", "lam", "lamb", "lambd", "reglambda", "regparam", "lamda"),
    "theta1": ("theta1", "t1", "th1", "w1"),
    "theta2": ("theta2", "t2", "th2", "w2"),
    "theta1grad": ("theta1grad", "grad1", "gradtheta1", "dtheta1", "t1grad", "theta1gradient", "bigdelta1", "delta1big",
                   "capitaldelta1", "dw1"),
    "theta2grad": ("theta2grad", "grad2", "gradtheta2", "dtheta2", "t2grad", "theta2gradient", "bigdelta2", "delta2big",
                   "capitaldelta2", "dw2"),
    "delta2": ("delta2", "d2", "err2", "error2", "sigma2", "dz2"),
    "delta3": ("delta3", "d3", "err3", "error3", "sigma3", "dz3"),
    "j": ("j", "cost", "jval", "jcost"),
    "grad": ("grad", "gradient", "grads"),
    "nnparams": ("nnparams", "params", "nnparam"),
    "h": ("h", "hyp", "hypothesis", "htheta"),
}
_ALIAS = {a: k for k, group in _ALIAS_GROUPS.items() for a in group}


_BIG_DELTA = re.compile(r"^(?:Delta|DELTA|BigDelta|bigDelta|D)_?(\d)$")


def normalise(name: str) -> str:
    """``Theta1_grad`` -> ``theta1grad``; aliases folded (``lmbda`` -> ``lambda``, ``d2`` -> ``delta2``).

    A capital ``Delta1`` (``D1``) is the course's gradient accumulator, not the error term ``delta1``.
    """
    big = _BIG_DELTA.match(name)
    if big:
        return f"theta{big[1]}grad"
    n = name.lower().replace("_", "")
    return _ALIAS.get(n, n)


@dataclass(frozen=True)
class FirstDivergence:
    """The first port line that departs from Octave, and the Octave line beside it."""

    file: str
    line: int
    code: str
    variable: str | None
    octave_file: str | None
    octave_line: int | None
    octave_variable: str | None
    transform: str | None
    max_abs_diff: float | None
    reason: str
    message: str
    port_value: str = ""
    octave_value: str = ""
    worst: tuple = ()
    history: str = ""
    symptom: str = ""

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "code": self.code, "variable": self.variable,
                "octave_file": self.octave_file, "octave_line": self.octave_line,
                "octave_variable": self.octave_variable, "transform": self.transform,
                "max_abs_diff": self.max_abs_diff, "reason": self.reason, "message": self.message,
                "port_value": self.port_value, "octave_value": self.octave_value,
                "worst": [{"where": w, "port": _jsonable(p), "octave": _jsonable(o)} for w, p, o in self.worst],
                "history": self.history, "symptom": self.symptom}


def _jsonable(x):
    x = np.asarray(x).reshape(-1)[0] if np.size(x) else None
    if x is None:
        return None
    if np.iscomplexobj(x):
        return [float(x.real), float(x.imag)]
    v = float(x)
    return v if np.isfinite(v) else str(v)


@dataclass
class Row:
    """One port event with what the aligner made of it."""

    ev: PyEvent
    status: str                       # match, diverge, novel, opaque
    octave: OEvent | None = None      # what it matched
    agreement: Agreement | None = None
    via_name: bool = False
    counterpart: OEvent | None = None  # for diverge: the Octave value it should have had
    inputs: tuple[int, ...] = ()      # seqs of the events it was computed from
    start: int = 0                    # events recorded before its statement started


@dataclass
class Alignment:
    """The result: the first divergence (None when every intermediate agrees) and the evidence."""

    first: FirstDivergence | None
    rows: list[Row]
    conventions: list[str]
    outputs_agree: bool
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- pass 1: match


class _Octave:
    def __init__(self, trace: OctaveTrace):
        self.trace = trace
        self.events = [e for e in trace.events if not isinstance(e.value, Opaque)]
        self.variables = [e for e in self.events if e.is_variable]
        self.by_exact: dict[str, list[OEvent]] = {}
        self.by_norm: dict[str, list[OEvent]] = {}
        for e in self.variables:
            self.by_exact.setdefault(e.name, []).append(e)
            self.by_norm.setdefault(normalise(e.name), []).append(e)

    def named(self, name: str) -> list[OEvent]:
        exact = self.by_exact.get(name)
        if exact:
            return exact
        return self.by_norm.get(normalise(name), [])


def _size(v) -> int:
    if isinstance(v, Summary):
        return v.size
    if isinstance(v, Opaque) or v is None:
        return -1
    return int(np.size(v))


def _shape(v):
    if isinstance(v, Summary):
        return v.shape
    return np.shape(v)


def _compatible(p, o) -> bool:
    sp, so = _size(p), _size(o)
    if sp < 0 or so < 0:
        return False
    if sp == so:
        return True
    shp, sho = _shape(p), _shape(o)
    if len(sho) == 2 and sp == so - sho[0] or sp == so + (sho[0] if sho else 0):
        return True  # a bias column more or less
    if len(sho) == 2 and sp == so - 1 and 1 in sho:
        return True  # theta without theta(1)
    if len(sho) == 2 and sho[1] >= 2 and (sp == sho[0] or (len(shp) == 2 and shp[0] == so)):
        return True  # labels vs one-hot
    if len(sho) == 2 and sp >= 2 and sp in sho:
        return True  # one row (or column) of a matrix: a loop over examples
    return False


def _match(ev: PyEvent, octave: _Octave, progress: int, rtol: float, atol: float, names: list[OEvent]):
    """(OEvent, Agreement, via_name) of the best match, or None."""
    best = None
    best_key = None
    seen = set()
    pools = ((names, True), (octave.events, False))
    for pool, by_name in pools:
        for o in pool:
            if o.seq in seen:
                continue
            seen.add(o.seq)
            if not _compatible(ev.value, o.value):
                continue
            a = agree(ev.value, o.value, rtol, atol)
            if a is None:
                continue
            if _size(ev.value) == 1 and not by_name and a.rank > 0:
                continue
            after = o.seq >= progress
            key = (a.rank, 0 if by_name else 1, 0 if o.is_variable else 1, 0 if after else 1,
                   o.seq if after else -o.seq)
            if best_key is None or key < best_key:
                best, best_key = (o, a, by_name), key
        if best is not None and best_key[0] == 0 and best_key[1] == 0:
            break
    return best


def _zero_based_scalar(ev: PyEvent, names: list[OEvent]):
    """An integer one less than its namesake (``first = b * block`` for ``(b - 1) * block + 1``): 0-based."""
    if not _integer(ev.value):
        return None
    p = float(np.asarray(ev.value).reshape(-1)[0].real)
    for o in names:
        if _size(o.value) == 1 and _integer(o.value) and float(np.asarray(o.value).reshape(-1)[0].real) == p + 1:
            return o, Agreement("0-based"), True
    return None


def _inputs(trace: PythonTrace, ev: PyEvent, start: int, by_frame_name: dict) -> tuple[int, ...]:
    stmt = trace.statement(ev.file, ev.line)
    out = []
    if stmt is not None:
        for r in stmt.reads:
            hist = by_frame_name.get((ev.frame, r), [])
            prior = [e for e in hist if e.seq <= start and e.seq < ev.seq]
            if prior:
                out.append(prior[-1].seq)
    for f in trace.frames.values():
        if f.parent == ev.frame and f.call_line == ev.line and start < f.first_seq <= ev.seq:
            ret = [e for e in by_frame_name.get((f.id, "<return>"), []) if e.seq < ev.seq]
            if ret:
                out.append(ret[-1].seq)
    return tuple(out)


def _starts(trace: PythonTrace) -> dict[int, int]:
    """For each event seq, the number of events recorded before its statement started."""
    runs: dict = {}
    for before, fid, line in trace.executed:
        runs.setdefault((fid, line), []).append(before)
    starts = {}
    for ev in trace.events:
        cands = [b for b in runs.get((ev.frame, ev.line), []) if b < ev.seq]
        starts[ev.seq] = cands[-1] if cands else ev.seq - 1
    return starts


def _match_all(py: PythonTrace, octave: _Octave, rtol, atol, arg_names: dict) -> list[Row]:
    rows: list[Row] = []
    by_frame_name: dict = {}
    for ev in py.events:
        by_frame_name.setdefault((ev.frame, ev.name), []).append(ev)
    starts = _starts(py)
    progress = 0
    last_o: dict = {}   # (frame, name) -> seq of the Octave value it matched last
    matched_names: dict = {}  # (frame, name) -> Octave variable name it matched by value
    values = [v for v in py.events]
    for ev in values:
        if ev.name == "<return>" and isinstance(ev.value, tuple):
            rows.append(Row(ev, "opaque", start=starts.get(ev.seq, 0),
                            inputs=_inputs(py, ev, starts.get(ev.seq, 0), by_frame_name)))
            continue
        if isinstance(ev.value, Opaque):
            rows.append(Row(ev, "opaque", start=starts.get(ev.seq, 0)))
            continue
        root = ev.frame == py.root_frame
        if ev.kind == "arg" and root and ev.name in arg_names:
            names = octave.by_exact.get(arg_names[ev.name], [])
        elif ev.name.startswith("<"):
            names = []
        else:
            names = octave.named(ev.name)
        start = starts.get(ev.seq, 0)
        m = _match(ev, octave, progress, rtol, atol, names)
        if m is not None and not m[2] and names and _size(ev.value) == 1 and ev.kind != "arg":
            m = None  # a number that differs from its namesake is not saved by equalling another number
        if m is None and names and _size(ev.value) == 1:
            m = _zero_based_scalar(ev, names)
        inputs = _inputs(py, ev, start, by_frame_name)
        key = (ev.frame, ev.name)
        if m is not None:
            o, a, via = m
            row = Row(ev, "match", o, a, via, inputs=inputs, start=start)
            if o.is_variable:
                last_o[key] = o.seq
                if root and o.kind in ("assign", "loop", "output"):
                    progress = max(progress, o.seq)
                if not via:
                    matched_names.setdefault(key, o.name)
        else:
            counterpart = _counterpart(names, octave, last_o.get(key, 0), matched_names.get(key))
            row = Row(ev, "diverge" if counterpart is not None else "novel", counterpart=counterpart,
                      inputs=inputs, start=start)
        rows.append(row)
    return rows


def _counterpart(names: list[OEvent], octave: _Octave, after: int, matched: str | None) -> OEvent | None:
    pool = [e for e in names if e.kind != "input"] or names
    if not pool and matched:
        pool = octave.by_exact.get(matched, [])
    if not pool:
        return None
    later = [e for e in pool if e.seq > after]
    return later[0] if later else pool[-1]


# --------------------------------------------------------------------------- passes 2-3


def _later(rows: list[Row], row: Row):
    for r in rows:
        if r.ev.seq > row.ev.seq and r.ev.frame == row.ev.frame and r.ev.name == row.ev.name:
            yield r


def _repaired(rows, row: Row) -> bool:
    return any(r.status == "match" and (r.via_name or (row.counterpart and r.octave and r.octave.name == row.counterpart.name))
               for r in _later(rows, row))


def _inherited(rows_by_seq: dict, row: Row) -> bool:
    for s in row.inputs:
        r = rows_by_seq.get(s)
        if r is not None and r.agreement is not None and r.agreement.transform == row.agreement.transform:
            return True
    return False


def _conflict(row: Row, octave: _Octave, rows: list[Row]) -> bool:
    """Holds the value of another Octave variable than the one of its own name (a non-scalar)."""
    if row.status != "match" or row.via_name or row.ev.kind == "arg" or _size(row.ev.value) < 1:
        return False
    if _size(row.ev.value) == 1 and (row.octave is None or row.octave.kind == "input" or _integer(row.ev.value)):
        return False  # small integers coincide with counts and sizes
    names = octave.named(row.ev.name)
    if not names:
        return False
    return not any(r.via_name for r in rows if r.ev.frame == row.ev.frame and r.ev.name == row.ev.name)


def _integer(v) -> bool:
    try:
        x = complex(np.asarray(v).reshape(-1)[0])
    except Exception:
        return False
    return x.imag == 0 and float(x.real).is_integer()


def _vindicated(rows: list[Row], a: Row, until: int, octave=None) -> bool:
    """A later value computed from ``a`` agrees with Octave (and is not itself another variable's value)."""
    return any(r.status == "match" and a.ev.seq in r.inputs and a.ev.seq < r.ev.seq < until
               and (octave is None or not _conflict(r, octave, rows)) for r in rows)


def _ancestors(rows_by_seq: dict, start_inputs, limit: int = 400) -> list[Row]:
    seen, out, todo = set(), [], list(start_inputs)
    while todo and len(seen) < limit:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        r = rows_by_seq.get(s)
        if r is None:
            continue
        out.append(r)
        todo.extend(r.inputs)
    return sorted(out, key=lambda r: r.ev.seq)


def _clean(rows_by_seq: dict, r: Row) -> bool:
    return all((rows_by_seq.get(s) is not None and (rows_by_seq[s].status == "match" or rows_by_seq[s].ev.kind == "arg"))
               for s in r.inputs)


def _suspect(r: Row, rows, rows_by_seq, octave, until: int) -> str | None:
    """Why ``r`` may be where the port departed ("transform", "conflict", "novel"), or None."""
    if r.ev.kind == "arg" or (r.ev.name.startswith("<") and r.status != "novel"):
        return None  # a helper's return value is a suspect only when it matches nothing
    if _vindicated(rows, r, until, octave):
        return None
    if r.status == "match" and r.via_name and r.agreement.kind in ("layout", "semantic") and not _inherited(rows_by_seq, r):
        return "transform"
    if _conflict(r, octave, rows):
        return "conflict"
    if r.status == "novel" and r.inputs and _clean(rows_by_seq, r):
        return "novel"
    return None


def _stale(row_inputs, rows_by_seq, octave: _Octave, target: OEvent | None, rows, frame):
    """(stale Row, missed Octave update, Python (file, line) where it belongs) or None."""
    if target is None:
        return None
    for s in row_inputs:
        a = rows_by_seq.get(s)
        if a is None or a.status != "match" or not a.octave or not a.octave.is_variable:
            continue
        updates = [e for e in octave.by_exact.get(a.octave.name, [])
                   if a.octave.seq < e.seq < target.seq and e.kind in ("assign", "loop")]
        if not updates:
            continue
        changed = [e for e in updates if agree(a.ev.value, e.value, 1e-9, 1e-12) is None]
        if not changed:
            continue
        u = changed[0]
        before = [r for r in rows if r.ev.frame == frame and r.status == "match" and r.octave is not None
                  and r.octave.is_variable and r.octave.seq < u.seq and r.octave.kind != "input"]
        anchor = max(before, key=lambda r: r.ev.seq) if before else a
        return a, u, anchor
    return None


# --------------------------------------------------------------------------- the whole


def align(py: PythonTrace, oct_trace: OctaveTrace, *, rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL,
          arg_names: dict | None = None, output_names: tuple = ()) -> Alignment:
    """Align the two traces and find the first divergent port line (see the module notes)."""
    octave = _Octave(oct_trace)
    rows = _match_all(py, octave, rtol, atol, arg_names or {})
    rows_by_seq = {r.ev.seq: r for r in rows}
    outputs_ok, output_note = _outputs_agree(py, oct_trace, rtol, atol)
    conventions = _conventions(rows, octave)
    notes = [output_note] if output_note else []

    symptom = None
    for r in rows:
        if r.ev.kind == "arg":
            continue
        if outputs_ok and not (r.ev.inplace and _is_argument_alias(r, rows)):
            continue  # the outputs agree: only a write into an argument is a divergence
        if r.status == "diverge" and not _repaired(rows, r) and not _initialisation(r, rows):
            symptom = r
            break
        if r.status == "match" and r.agreement.kind == "semantic" and r.via_name and not _inherited(rows_by_seq, r):
            symptom = r
            break

    fd = None
    if symptom is not None:
        fd = _from_symptom(symptom, rows, rows_by_seq, octave, py, oct_trace, rtol, atol)
    elif py.failure is not None:
        fd = _from_failure(py, rows, rows_by_seq, octave, oct_trace)
    elif not outputs_ok:
        fd = _from_outputs(py, rows, rows_by_seq, octave, oct_trace, rtol, atol)
    return Alignment(fd, rows, conventions, outputs_ok, notes)


def _initialisation(r: Row, rows: list[Row]) -> bool:
    """``J = 0``, ``Delta1 = np.zeros(...)``: zeros computed from nothing, before any value of the variable."""
    if any(x.ev.frame == r.ev.frame and x.ev.name == r.ev.name and x.ev.seq < r.ev.seq for x in rows):
        return False
    v = r.ev.value
    if isinstance(v, (Summary, Opaque)):
        return False
    a = np.asarray(v)
    return a.size == 0 or (a.dtype.kind in "biufc" and not np.any(a))


def _is_argument_alias(r: Row, rows: list[Row]) -> bool:
    return any(x.ev.kind == "arg" and x.ev.frame == r.ev.frame and x.ev.name == r.ev.name for x in rows)


def _outputs_agree(py: PythonTrace, ot: OctaveTrace, rtol, atol) -> tuple[bool, str]:
    if py.failure is not None:
        return False, ""
    if ot.outputs is None or py.outputs is None:
        return False, ""
    outs = []
    for o in py.outputs:
        outs.extend(o if isinstance(o, tuple) else [o])
    refs = list(ot.outputs)
    if len(outs) > len(refs) and refs:
        tail = outs[len(refs) - 1:]
        try:
            joined = np.concatenate([np.asarray(t).ravel(order="F") for t in tail])
            outs = outs[:len(refs) - 1] + [joined]
        except Exception:
            return False, "the port returned more outputs than Octave"
    for p, o in zip(outs, refs):
        a = agree(p, o, rtol, atol)
        if a is None or a.kind != "same":
            return False, ""
    if len(outs) < len(refs):
        return False, f"the port returned {len(outs)} output(s), Octave {len(refs)}"
    return True, ""


def _conventions(rows: list[Row], octave: _Octave) -> list[str]:
    seen, out = set(), []
    for r in rows:
        if r.status == "match" and r.agreement.kind != "same" and r.octave is not None:
            key = (r.ev.name, r.agreement.transform)
            if key in seen:
                continue
            seen.add(key)
            out.append(f"{r.ev.name} matched Octave's {r.octave.name} only after {r.agreement.transform}, "
                       f"from line {r.ev.line} on")
    return out


def _history(rows: list[Row], row: Row) -> tuple[str | None, str]:
    """The transform the variable needed before ``row``, and the sentence saying so."""
    for r in rows:
        if r.ev.seq >= row.ev.seq:
            break
        if (r.ev.frame, r.ev.name) == (row.ev.frame, row.ev.name) and r.status == "match" and r.agreement.kind != "same":
            return r.agreement.transform, (f"{r.ev.name} matched Octave's {r.octave.name} only after "
                                           f"{r.agreement.transform}, from line {r.ev.line} on")
    return None, ""


def _code(py: PythonTrace, file: str, line: int) -> str:
    st = py.statement(file, line)
    if st is not None:
        return st.code
    import linecache

    return linecache.getline(file, line).strip()


def _fd_for(row: Row, reason: str, message: str, oevent: OEvent | None, transform: str | None, py, ot,
            symptom: str = "", history: str = "") -> FirstDivergence:
    mx, worst = (None, [])
    if oevent is not None:
        shown = transform or "same"
        if transform and KIND.get(transform) == "semantic":
            shown = "same"  # the numbers as the port holds them, side by side with Octave's
        mx, worst = worst_entries(row.ev.value, oevent.value, shown)
    return FirstDivergence(
        file=row.ev.file, line=row.ev.line, code=_code(py, row.ev.file, row.ev.line), variable=row.ev.name,
        octave_file=ot.file if oevent is not None else None, octave_line=oevent.line if oevent is not None else None,
        octave_variable=oevent.name if oevent is not None else None, transform=transform, max_abs_diff=mx,
        reason=reason, message=message, port_value=describe(row.ev.value),
        octave_value=describe(oevent.value) if oevent is not None else "", worst=tuple(worst), history=history,
        symptom=symptom)


def _from_symptom(s: Row, rows, rows_by_seq, octave, py, ot, rtol, atol) -> FirstDivergence:
    where = f"{s.ev.name} departs at line {s.ev.line}"
    stale = _stale(s.inputs, rows_by_seq, octave, s.counterpart, rows, s.ev.frame) if s.status == "diverge" else None
    if stale is not None:
        return _fd_stale(stale, s, py, ot, rows)
    loop = _loop_base(s, py, rows, octave, ot)
    if loop is not None:
        return loop
    column = _column_index(s, py, rows)
    if column is not None:
        return column
    blame = _blame(s, rows, rows_by_seq, octave)
    if blame is not None and blame[0] is not s:
        b, why = blame
        seen = f"first visible at line {s.ev.line} ({s.ev.name}"
        if s.counterpart is not None:
            seen += f"; Octave's {s.counterpart.name}, line {s.counterpart.line}"
        return _fd_suspect(b, why, py, ot, rows, octave, symptom=seen + ")")
    if s.status == "match":  # a semantic transform on its namesake
        return _fd_for(s, "transform", f"{s.ev.name} holds Octave's {s.octave.name} with its entries moved "
                       f"({s.agreement.transform})", s.octave, s.agreement.transform, py, ot)
    transform, hist = _history(rows, s)
    c = s.counterpart
    return _fd_for(s, "differs", f"{s.ev.name} differs from Octave's {c.name}", c, transform, py, ot, history=hist)


def _loop_base(s: Row, py: PythonTrace, rows, octave: _Octave, ot) -> FirstDivergence | None:
    """The symptom sits in a loop whose variable starts at 0 where Octave's namesake starts at 1."""
    stmt = py.statement(s.ev.file, s.ev.line)
    while stmt is not None and stmt.loop is not None:
        header = py.statement(s.ev.file, stmt.loop)
        if header is None:
            break
        body = [st for (f, _), st in py.statements.items() if f == s.ev.file and st.loop == header.line]
        for var in header.writes:
            if not any(var in st.slice_ends for st in body):
                continue  # a 0-based loop variable used in arithmetic (b * block) is a convention, not a slip
            first = next((r for r in rows if r.ev.frame == s.ev.frame and r.ev.name == var and r.ev.line == header.line), None)
            ofirst = next((e for e in octave.named(var) if e.kind == "loop"), None)
            if first is None or ofirst is None or _size(first.ev.value) != 1 or _size(ofirst.value) != 1:
                continue
            pv = float(np.asarray(first.ev.value).reshape(-1)[0])
            ov = float(np.asarray(ofirst.value).reshape(-1)[0])
            if pv == ov - 1:
                return FirstDivergence(
                    file=s.ev.file, line=header.line, code=header.code, variable=var, octave_file=ot.file,
                    octave_line=ofirst.line, octave_variable=ofirst.name, transform="0-based",
                    max_abs_diff=1.0, reason="loop-base",
                    message=f"the loop runs {var} from {pv:g} where Octave's runs from {ov:g} "
                            f"({ot.line_text(ofirst.line)}); {s.ev.name} computed inside it differs",
                    port_value=describe(first.ev.value), octave_value=describe(ofirst.value),
                    symptom=f"first visible at line {s.ev.line} ({s.ev.name})")
        stmt = header
    return None


def _column_index(s: Row, py: PythonTrace, rows) -> FirstDivergence | None:
    """An ``(m, 1)`` index array next to an ``(m,)`` one in a fancy index: they broadcast to ``(m, m)``.

    Blames the port line that made the ``(m, 1)`` array (pitfalls P1), when the port made it.
    """
    stmt = py.statement(s.ev.file, s.ev.line)
    if stmt is None or not stmt.indexes or (len(stmt.indexes) < 2 and not stmt.arange_index):
        return None
    shapes = {}
    for name in stmt.indexes:
        prior = [r for r in rows if r.ev.frame == s.ev.frame and r.ev.name == name and r.ev.seq < s.ev.seq]
        if prior and isinstance(prior[-1].ev.value, np.ndarray):
            shapes[name] = (np.shape(prior[-1].ev.value), prior[-1])
    flat = {sh[0] for sh, _ in shapes.values() if len(sh) == 1 and sh[0] > 1}
    if stmt.arange_index:  # np.arange(m) beside it: any (k, 1) index array broadcasts against it
        flat |= {sh[0] for sh, _ in shapes.values() if len(sh) == 2 and sh[1] == 1 and sh[0] > 1}
    for name, (sh, r) in shapes.items():
        if len(sh) == 2 and sh[1] == 1 and sh[0] in flat and r.ev.kind == "assign":
            return FirstDivergence(
                file=r.ev.file, line=r.ev.line, code=_code(py, r.ev.file, r.ev.line), variable=name, octave_file=None,
                octave_line=None, octave_variable=None, transform=None, max_abs_diff=None, reason="broadcast",
                message=f"{name} is made {sh[0]}x1 here; as an index next to a 1-D one at line {s.ev.line} the two "
                        f"broadcast to {sh[0]}x{sh[0]} pairs", port_value=describe(r.ev.value),
                symptom=f"first visible at line {s.ev.line} ({s.ev.name})")
    return None


def _blame(s: Row, rows, rows_by_seq, octave):
    for a in _ancestors(rows_by_seq, s.inputs):
        why = _suspect(a, rows, rows_by_seq, octave, s.ev.seq)
        if why is not None:
            return a, why
    return None


def _fd_suspect(b: Row, why: str, py, ot, rows, octave, symptom: str) -> FirstDivergence:
    if why == "transform":
        return _fd_for(b, "transform", f"{b.ev.name} matched Octave's {b.octave.name} only after "
                       f"{b.agreement.transform}, and nothing computed from it agrees with Octave", b.octave,
                       b.agreement.transform, py, ot, symptom=symptom,
                       history=f"{b.ev.name} matched Octave's {b.octave.name} only after {b.agreement.transform}, from line {b.ev.line} on")
    if why == "conflict":
        names = octave.named(b.ev.name)
        c = names[0] if names else None
        return _fd_for(b, "differs", f"{b.ev.name} holds the value of Octave's {b.octave.name} (line {b.octave.line}), "
                       f"not of Octave's {c.name if c else b.ev.name}", c, None, py, ot, symptom=symptom)
    what = b.ev.name
    if what == "<return>":
        fr = py.frames.get(b.ev.frame)
        what = f"the value {fr.function if fr else 'the function'}() returns"
    return _fd_for(b, "differs", f"{what} agrees with no value Octave computed, although everything it is "
                   "computed from does", None, None, py, ot, symptom=symptom)


def _fd_stale(stale, s: Row, py, ot, rows) -> FirstDivergence:
    a, update, anchor = stale
    nxt = _next_statement(py, anchor)
    file, line = nxt if nxt else (s.ev.file, s.ev.line)
    message = (f"{a.ev.name} keeps the value Octave had before line {update.line} "
               f"({ot.line_text(update.line)}); the port never makes that update")
    return FirstDivergence(file=file, line=line, code=_code(py, file, line), variable=a.ev.name, octave_file=ot.file,
                           octave_line=update.line, octave_variable=update.name, transform=None,
                           max_abs_diff=worst_entries(a.ev.value, update.value, "same")[0], reason="missing",
                           message=message, port_value=describe(a.ev.value), octave_value=describe(update.value),
                           worst=tuple(worst_entries(a.ev.value, update.value, "same")[1]),
                           symptom=f"first visible at line {s.ev.line} ({s.ev.name})")


def _next_statement(py: PythonTrace, anchor: Row):
    """The statement the port ran right after ``anchor``'s statement, in the same frame."""
    runs = [(b, f, ln) for b, f, ln in py.executed if f == anchor.ev.frame]
    for i, (b, f, ln) in enumerate(runs):
        if ln == anchor.ev.line and b <= anchor.start + 0 and b >= anchor.start - 0:
            for b2, f2, ln2 in runs[i + 1:]:
                if ln2 != ln:
                    return anchor.ev.file, ln2
    for i, (b, f, ln) in enumerate(runs):
        if ln == anchor.ev.line:
            for b2, f2, ln2 in runs[i + 1:]:
                if ln2 != ln:
                    return anchor.ev.file, ln2
    return None


_INDEX_ERROR = re.compile(r"integer", re.I)


def _from_failure(py: PythonTrace, rows, rows_by_seq, octave, ot) -> FirstDivergence:
    f = py.failure
    file, line = f.file or "<unknown>", f.line or 0
    message = f"the port raised {f.type}: {f.message}"
    if f.file and _INDEX_ERROR.search(f.message or ""):
        stmt = py.statement(f.file, f.line)
        for name in (stmt.indexes if stmt is not None else f.names):
            if f.dtypes.get(name) in ("float64", "float32", "float"):
                made = [r for r in rows if r.ev.name == name and r.ev.kind == "assign" and r.ev.file == f.file]
                if made:
                    r = made[-1]
                    return FirstDivergence(file=r.ev.file, line=r.ev.line, code=_code(py, r.ev.file, r.ev.line),
                                           variable=name, octave_file=None, octave_line=None, octave_variable=None,
                                           transform=None, max_abs_diff=None, reason="raised",
                                           message=f"{name} is made a float here and used as an index at line {line}; "
                                                   f"{message}", port_value=describe(r.ev.value),
                                           symptom=f"raised at line {line}")
    # an ancestor of the raising statement that is suspect (a1 = X without the bias column)
    stmt = py.statement(file, line)
    fake_inputs = []
    if stmt is not None:
        for name in stmt.reads:
            prior = [r for r in rows if r.ev.name == name and r.ev.file == file]
            if prior:
                fake_inputs.append(prior[-1].ev.seq)
    until = max(rows_by_seq) + 1 if rows_by_seq else 0
    for a in _ancestors(rows_by_seq, fake_inputs):
        why = _suspect(a, rows, rows_by_seq, octave, until)
        if why in ("transform", "conflict"):
            return _fd_suspect(a, why, py, ot, rows, octave, symptom=f"raised {f.type} at line {line}")
    return FirstDivergence(file=file, line=line, code=_code(py, file, line) if f.file else "", variable=None,
                           octave_file=None, octave_line=None, octave_variable=None, transform=None, max_abs_diff=None,
                           reason="raised", message=message)


def _from_outputs(py: PythonTrace, rows, rows_by_seq, octave, ot, rtol, atol) -> FirstDivergence | None:
    ret = [r for r in rows if r.ev.name == "<return>" and r.ev.frame == py.root_frame]
    if not ret:
        return None
    r = ret[-1]
    outs = [e for e in ot.events if e.kind == "output"]
    target = outs[0] if outs else None
    if r.status == "match" and r.agreement.kind != "same":
        return _fd_for(r, "transform", f"the port returns Octave's {r.octave.name} only after {r.agreement.transform}",
                       r.octave, r.agreement.transform, py, ot)
    # which returned variable is off: the last events of the names the return statement reads
    stale = None
    for o in outs:
        stale = _stale(r.inputs, rows_by_seq, octave, o, rows, r.ev.frame)
        if stale is not None:
            break
    if stale is not None:
        return _fd_stale(stale, r, py, ot, rows)
    blame = _blame(r, rows, rows_by_seq, octave)
    if blame is not None:
        return _fd_suspect(blame[0], blame[1], py, ot, rows, octave, symptom=f"the outputs differ (line {r.ev.line})")
    return FirstDivergence(file=r.ev.file, line=r.ev.line, code=_code(py, r.ev.file, r.ev.line), variable=None,
                           octave_file=ot.file, octave_line=target.line if target else None,
                           octave_variable=target.name if target else None, transform=None, max_abs_diff=None,
                           reason="output", message="the returned values differ from Octave's outputs, "
                                                    "though every intermediate agrees")
