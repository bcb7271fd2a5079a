"""Pass 1 of the aligner: each value the port computed, matched against everything Octave computed."""
from __future__ import annotations

import numpy as np

from .octave_side import OEvent
from .python_side import PyEvent, PythonTrace
from .rows import OctaveIndex, Row, is_integer, is_partial, shape_of, size_of
from .transforms import Agreement, agree
from .values import Opaque

__all__ = ["match_all"]

def _compatible(p, o) -> bool:
    sp, so = size_of(p), size_of(o)
    if sp < 0 or so < 0:
        return False
    if sp == so:
        return True
    shp, sho = shape_of(p), shape_of(o)
    if len(sho) == 2 and sp == so - sho[0] or sp == so + (sho[0] if sho else 0):
        return True  # a bias column more or less
    if len(sho) == 2 and sp == so - 1 and 1 in sho:
        return True  # theta without theta(1)
    if len(sho) == 2 and sho[1] >= 2 and (sp == sho[0] or (len(shp) == 2 and shp[0] == so)):
        return True  # labels vs one-hot
    if len(sho) == 2 and sp >= 2 and sp in sho:
        return True  # one row (or column) of a matrix: a loop over examples
    return False


def _match(ev: PyEvent, octave: OctaveIndex, progress: int, rtol: float, atol: float, names: list[OEvent]):
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
            if size_of(ev.value) == 1 and not by_name and a.rank > 0:
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
    if not is_integer(ev.value):
        return None
    p = float(np.asarray(ev.value).reshape(-1)[0].real)
    for o in names:
        if size_of(o.value) == 1 and is_integer(o.value) and float(np.asarray(o.value).reshape(-1)[0].real) == p + 1:
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


def match_all(py: PythonTrace, octave: OctaveIndex, rtol, atol, arg_names: dict) -> list[Row]:
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
        elif ev.name.startswith("<") or (not root and size_of(ev.value) == 1):
            names = []  # a helper's own m, i or n is not the reference's namesake
        else:
            names = octave.named(ev.name)
        start = starts.get(ev.seq, 0)
        m = _match(ev, octave, progress, rtol, atol, names)
        if m is not None and not m[2] and names and size_of(ev.value) == 1 and ev.kind != "arg" \
                and not is_partial(m[0], names):
            m = None  # a number that differs from its namesake is not saved by equalling another number
        if m is None and names and size_of(ev.value) == 1:
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
                if not via and size_of(ev.value) > 1:  # numbers coincide: no counterpart by value
                    matched_names.setdefault(key, o.name)
        else:
            counterpart = _counterpart(names, octave, last_o.get(key, 0), matched_names.get(key))
            row = Row(ev, "diverge" if counterpart is not None else "novel", counterpart=counterpart,
                      inputs=inputs, start=start)
        rows.append(row)
    for r in rows:
        fr = py.frames.get(r.ev.frame)
        r.function = f"{fr.file}:{fr.function}" if fr is not None else ""
    return rows


def _counterpart(names: list[OEvent], octave: OctaveIndex, after: int, matched: str | None) -> OEvent | None:
    pool = [e for e in names if e.kind != "input"] or names
    if not pool and matched:
        pool = octave.by_exact.get(matched, [])
    if not pool:
        return None
    later = [e for e in pool if e.seq > after]
    return later[0] if later else pool[-1]


# --------------------------------------------------------------------------- passes 2-3

