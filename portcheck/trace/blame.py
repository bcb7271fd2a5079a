"""Passes 2-3 of the aligner: from the symptom back to the line where the port departed.

See :mod:`.align` for the rules; each ``from_*`` function returns the
:class:`~.rows.FirstDivergence` for one kind of symptom (a divergent value, a
raise, outputs that differ while every intermediate agrees).
"""
from __future__ import annotations

import re

import numpy as np

from .octave_side import OEvent
from .python_side import ROOT_FRAME, PythonTrace
from .rows import FirstDivergence, OctaveIndex, Row, is_integer, is_partial, size_of
from .transforms import KIND, agree, worst_entries
from .values import describe

__all__ = ["repaired", "inherited", "from_symptom", "from_failure", "from_outputs", "stale_input"]

def _later(rows: list[Row], row: Row):
    for r in rows:
        if r.ev.seq > row.ev.seq and r.ev.frame == row.ev.frame and r.ev.name == row.ev.name:
            yield r


def repaired(rows, row: Row) -> bool:
    return any(r.status == "match" and (r.via_name or (row.counterpart and r.octave and r.octave.name == row.counterpart.name))
               for r in _later(rows, row))


def inherited(rows_by_seq: dict, row: Row) -> bool:
    for s in row.inputs:
        r = rows_by_seq.get(s)
        if r is not None and r.agreement is not None and r.agreement.transform == row.agreement.transform:
            return True
    return False


def _copies_an_argument(row: Row, rows: list[Row]) -> bool:
    """``row`` is made from one argument of the port alone (a copy or a cast)."""
    made_from = [r for r in rows if r.ev.seq in row.inputs]
    return len(made_from) == 1 and made_from[0].ev.kind == "arg"


def _completed_later(row: Row, rows: list[Row]) -> bool:
    return any(r.ev.frame == row.ev.frame and r.ev.name == row.ev.name and r.ev.seq > row.ev.seq for r in rows)


def _conflict(row: Row, octave: OctaveIndex, rows: list[Row]) -> bool:
    """Holds the value of another Octave variable than the one of its own name (a non-scalar)."""
    if row.status != "match" or row.via_name or row.ev.kind == "arg" or size_of(row.ev.value) < 1:
        return False
    if size_of(row.ev.value) == 1 and (row.octave is None or row.octave.kind == "input" or is_integer(row.ev.value)):
        return False  # small integers coincide with counts and sizes
    names = octave.named(row.ev.name)
    if not names or (row.octave is not None and is_partial(row.octave, names) and _completed_later(row, rows)):
        return False  # J = a; J += b: the partial result of Octave's J = a + b (never completed: a missing term)
    if row.octave is not None and row.octave.kind == "input" and _copies_an_argument(row, rows) \
            and not any(agree(row.ev.value, n.value, 1e-9, 1e-12) is not None for n in names):
        return False  # X_norm = np.array(X, dtype=float): a working copy of an argument (a1 = X is not: a1 lacks a column)
    return not any(r.via_name for r in rows if r.ev.frame == row.ev.frame and r.ev.name == row.ev.name)




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
    """Every input of ``r`` agrees with Octave: matched, or an argument of the port (a helper's only when matched)."""
    def ok(x: Row | None) -> bool:
        return x is not None and (x.status == "match" or (x.ev.kind == "arg" and x.ev.frame == ROOT_FRAME))
    return all(ok(rows_by_seq.get(s)) for s in r.inputs)


def _index_like(v) -> bool:
    """A new integer -- a counter, a size -- or integer array -- positions, ``np.where(idx == k)[0]`` where
    Octave indexes with the mask itself -- is no evidence by itself."""
    if size_of(v) == 1:
        return is_integer(v)
    return isinstance(v, np.ndarray) and v.dtype.kind in "iu"


def _helper_vindicated(rows, r: Row) -> bool:
    """The function that returned ``r`` returned values Octave computed in other calls: its code is right."""
    return r.ev.frame != ROOT_FRAME and any(x.ev.name == "<return>" and x.status == "match" and x.function == r.function
                                            and x.ev.frame != r.ev.frame for x in rows)


def _suspect(r: Row, rows, rows_by_seq, octave, until: int) -> str | None:
    """Why ``r`` may be where the port departed ("transform", "conflict", "novel"), or None."""
    if (r.ev.kind == "arg" and r.ev.frame == ROOT_FRAME) or (r.ev.name.startswith("<") and r.status != "novel"):
        return None  # a helper's return value is a suspect only when it matches nothing
    if _vindicated(rows, r, until, octave):
        return None
    if r.ev.kind == "arg":  # what a helper is given: suspect only in a layout no value made from it agrees with
        helper_layout = r.status == "match" and r.agreement.kind in ("layout", "semantic")
        return "transform" if helper_layout else None
    if r.status == "match" and r.via_name and r.agreement.kind in ("layout", "semantic") and not inherited(rows_by_seq, r):
        return "transform"
    if _conflict(r, octave, rows):
        return "conflict"
    if r.ev.name == "<return>" and _helper_vindicated(rows, r):
        return None
    if r.status == "novel" and r.inputs and _clean(rows_by_seq, r) and not _index_like(r.ev.value):
        return "novel"
    return None


def stale_input(row_inputs, rows_by_seq, octave: OctaveIndex, target: OEvent | None, rows, frame):
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
    file, line = _site(row, py)
    return FirstDivergence(
        file=file, line=line, code=_code(py, file, line), variable=row.ev.name,
        octave_file=ot.file if oevent is not None else None, octave_line=oevent.line if oevent is not None else None,
        octave_variable=oevent.name if oevent is not None else None, transform=transform, max_abs_diff=mx,
        reason=reason, message=message, port_value=describe(row.ev.value),
        octave_value=describe(oevent.value) if oevent is not None else "", worst=tuple(worst), history=history,
        symptom=symptom)


def _site(row: Row, py: PythonTrace) -> tuple[str, int]:
    """Where ``row``'s value was made: a helper's argument at its call site in the caller, else its own line."""
    fr = py.frames.get(row.ev.frame)
    if row.ev.kind == "arg" and fr is not None and fr.parent is not None and fr.call_line is not None:
        caller = py.frames.get(fr.parent)
        if caller is not None:
            return caller.file, fr.call_line
    return row.ev.file, row.ev.line


def from_symptom(s: Row, rows, rows_by_seq, octave, py, ot, rtol, atol) -> FirstDivergence:
    stale = stale_input(s.inputs, rows_by_seq, octave, s.counterpart, rows, s.ev.frame) if s.status == "diverge" else None
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


def _loop_base(s: Row, py: PythonTrace, rows, octave: OctaveIndex, ot) -> FirstDivergence | None:
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
            if first is None or ofirst is None or size_of(first.ev.value) != 1 or size_of(ofirst.value) != 1:
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
    late = next((r for r in rows if r.ev.frame == a.ev.frame and r.ev.name == a.ev.name and r.ev.seq > s.ev.seq
                 and r.ev.kind == "assign"), None)
    if late is not None:  # the port makes the update, after using the old value: this statement runs too early
        file, line = s.ev.file, s.ev.line
        message = (f"{s.ev.name} is computed from {a.ev.name} before the port updates it (line {late.ev.line}); "
                   f"Octave updates it first (line {update.line}: {ot.line_text(update.line)})")
    else:
        nxt = _next_statement(py, anchor)
        file, line = nxt if nxt else (s.ev.file, s.ev.line)
        message = (f"{a.ev.name} keeps the value Octave had before line {update.line} "
                   f"({ot.line_text(update.line)}); the port never makes that update")
    return FirstDivergence(file=file, line=line, code=_code(py, file, line), variable=a.ev.name, octave_file=ot.file,
                           octave_line=update.line, octave_variable=update.name, transform=None,
                           max_abs_diff=worst_entries(a.ev.value, update.value, "same")[0],
                           reason="order" if late is not None else "missing",
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


def from_failure(py: PythonTrace, rows, rows_by_seq, octave, ot) -> FirstDivergence:
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


def _origin_of(r: Row, rows_by_seq) -> Row:
    """The earliest value ``r`` is computed from that first holds Octave's value under ``r``'s transform."""
    for a in _ancestors(rows_by_seq, r.inputs):
        if a.status == "match" and a.agreement.transform == r.agreement.transform and a.ev.kind != "arg" \
                and not inherited(rows_by_seq, a):
            return a
    return r


def from_outputs(py: PythonTrace, rows, rows_by_seq, octave, ot, rtol, atol) -> FirstDivergence | None:
    ret = [r for r in rows if r.ev.name == "<return>" and r.ev.frame == py.root_frame]
    if not ret:
        return None
    r = ret[-1]
    outs = [e for e in ot.events if e.kind == "output"]
    target = outs[0] if outs else None
    if r.status == "match" and r.agreement.kind != "same":
        o = _origin_of(r, rows_by_seq)
        returns = f"the port returns Octave's {r.octave.name} only after {r.agreement.transform}"
        if o is not r:
            return _fd_for(o, "transform", f"{o.ev.name} holds Octave's {o.octave.name} only after "
                           f"{o.agreement.transform} from here on; {returns}", o.octave, o.agreement.transform, py, ot,
                           symptom=f"the outputs differ (line {r.ev.line})")
        return _fd_for(r, "transform", returns, r.octave, r.agreement.transform, py, ot)
    # which returned variable is off: the last events of the names the return statement reads
    stale = None
    for o in outs:
        stale = stale_input(r.inputs, rows_by_seq, octave, o, rows, r.ev.frame)
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
