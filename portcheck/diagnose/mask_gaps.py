"""A mask missing from a term (ex8's ``R``): relations between PORT, OCTAVE and re-runs.

``unmasked-term``
    Zeroing the values where the mask is 0 (``Y`` where ``R == 0``) changes
    PORT's outputs; OCTAVE's do not change (batch), and PORT on the zeroed
    values agrees with OCTAVE. Or: PORT's differing output is what OCTAVE
    returns with the mask all ones while the others agree (the mask applied in
    the cost, missing in the gradient) -- also when the gradient is unrolled
    row-major besides (read so, it is OCTAVE's with the mask all ones: two
    mistakes, both named).
"""
from __future__ import annotations

import numpy as np

from .conventions import reorder
from .finding import Finding
from .problem import variant
from .wording import e, plural, set_list

__all__ = ["close", "mask_plan", "unmasked", "unmasked_output"]


def close(st, ident, keys=None):
    for k in list(st.data_open if keys is None else keys):
        st.data_open.discard(k)
        st.reg_open.discard(k)
        st.explained.setdefault(k, []).append(ident)



def _mask_pairs(p, input_set):
    """(mask name, data name) pairs: a data input of the mask's shape with values where the mask is 0."""
    r = p.roles
    if r.mask is None:
        return []
    R = np.asarray(input_set.values[r.mask])
    out = []
    for name, v in input_set.values.items():
        a = np.asarray(v) if not callable(v) else None
        if name != r.mask and a is not None and a.shape == R.shape and a.dtype.kind in "biuf" and np.any(a[R == 0] != 0):
            out.append((r.mask, name))
    return out


def mask_plan(p, input_set) -> list:
    """Batch requests for a masked case: the data zeroed where the mask is 0, the mask all ones (and at lambda = 0)."""
    out = []
    for mask, name in _mask_pairs(p, input_set):
        v = np.asarray(input_set.values[name], dtype=float).copy()
        v[np.asarray(input_set.values[mask]) == 0] = 0.0
        out.append((("masked0", input_set.name), variant(input_set, f"{name} zeroed where {mask} = 0", **{name: v})))
        if p.roles.lam is not None and p.lam(input_set):  # the data term alone, beside a penalty slip
            out.append((("masked0_0", input_set.name), variant(
                input_set, f"{name} zeroed where {mask} = 0, lambda=0", **{name: v, p.roles.lam: 0.0})))
    if p.roles.mask is not None:
        R = np.asarray(input_set.values[p.roles.mask], dtype=float)
        if np.any(R == 0):
            out.append((("mask1", input_set.name), variant(input_set, f"{p.roles.mask} all ones",
                                                           **{p.roles.mask: np.ones_like(R)})))
            if p.roles.lam is not None and p.lam(input_set):  # the data term alone, beside a penalty slip
                out.append((("mask1_0", input_set.name), variant(
                    input_set, f"{p.roles.mask} all ones, lambda=0", **{p.roles.mask: np.ones_like(R), p.roles.lam: 0.0})))
    return out


def unmasked_output(eng) -> Finding | None:
    """PORT's differing output is OCTAVE's with the mask all ones, while the other outputs agree: the mask is
    applied in one place (the cost) and missing in another (the gradient's error term)."""
    p = eng.problem
    hit, flipped = [], []
    for st in eng.states:
        got = eng.refs.get(("mask1", st.name))
        open_ = st.data_open | st.reg_open
        if not st.ran or not open_:
            continue
        if got is None or got[1] is None:
            return None
        res = eng.compare(st.out, tuple(got[1]), st.s.input_set)
        if not all(k in res and res[k].match for k in open_):
            keys = _unmasked_data_term(eng, st)  # a second mistake in the penalty: the data term at lambda = 0
            if not keys:  # or the gradient also unrolled row-major: read so, it is OCTAVE's with the mask all ones
                again = _row_major(eng, st.out, st.s.input_set)
                res = eng.compare(again, tuple(got[1]), st.s.input_set) if again is not None else {}
                if not (res and all(k in res and res[k].match for k in open_)):
                    return None
                keys = open_
                flipped.append(st.name)
            open_ = keys
        hit.append((st, sorted({st.cells[k].output for k in open_}), open_))
    if not hit or (flipped and len(flipped) != len(hit)):
        return None
    for st, _, keys in hit:
        close(st, "unmasked-term", keys)
    mask = eng.port_name(p.roles.mask)
    outs = [eng.output_name(i) for i in hit[0][1]]
    agree = [n for i, n in enumerate(eng.ctx.output_names) if i not in hit[0][1]]
    hit = [(st, outputs) for st, outputs, _ in hit]
    verb = lambda names, one, many: one if len(names) == 1 else many
    ev = (f"PORT's {', '.join(outs)} {verb(outs, 'is', 'are')} what OCTAVE returns with {mask} all ones on "
          f"{plural(len(hit), 'set')} ({set_list([st.name for st, _ in hit])})"
          + (f", while its {', '.join(agree)} {verb(agree, 'agrees', 'agree')} with OCTAVE's" if agree else "")
          + f": the mask is applied in one place and missing in {', '.join(outs)}")
    if flipped:
        ev += f", its {eng.output_name(p.roles.grad)} read with each block unrolled row-major (C order)"
    found = Finding("unmasked-term", "confirmed", f"{mask} missing from {', '.join(outs)} (a term not masked)", ev + ".",
                    location=", ".join(outs),
                    fix=f"# mask the error where {', '.join(outs)} is computed too: err = (prediction - Y) * {mask}",
                    data={"outputs": outs, "sets": [st.name for st, _ in hit]})
    return [found, _unrolled_c(eng, flipped)] if flipped else found


def _row_major(eng, outs, input_set):
    """``outs`` with the gradient's blocks re-read as unrolled row-major (the port's ``.flatten()``), or None."""
    r = eng.problem.roles
    blocks = eng.problem.blocks(input_set)
    conv = eng.conv
    if outs is None or r.grad is None or not blocks or (conv is not None and any(o != "F" for o in conv.out_order)):
        return None
    flat = eng.flat(outs, r.grad)
    if flat is None or flat.size != sum(b.size for b in blocks):
        return None
    again = list(outs)
    shape = np.shape(outs[r.grad])
    again[r.grad] = reorder(flat, blocks, ("C",) * len(blocks), False).reshape(shape, order="F")
    return tuple(again)


def _unrolled_c(eng, sets) -> Finding:
    gname = eng.output_name(eng.problem.roles.grad)
    return Finding("unroll-order", "confirmed", f"{gname} unrolled row-major (C order)",
                   f"read with each block unrolled row-major, PORT's {gname} is OCTAVE's (with the mask all ones, the "
                   f"other mistake) on {plural(len(sets), 'set')} ({set_list(sets)}); Octave's (:) unrolls column by "
                   "column.", location=gname,
                   fix="np.concatenate([block.ravel(order='F') for block in gradient_blocks])   # Octave's (:) of each",
                   data={"output": gname, "sets": list(sets)})


def _unmasked_data_term(eng, st) -> set:
    """The data cells still open, when PORT at lambda = 0 is OCTAVE with the mask all ones at lambda = 0 there."""
    got = eng.refs.get(("mask1_0", st.name))
    if got is None or got[1] is None or st.out0 is None or not st.data_open:
        return set()
    res = eng.compare(st.out0, tuple(got[1]), st.s.input_set)
    return set(st.data_open) if all(k in res and res[k].match for k in st.data_open) else set()


def unmasked(eng) -> Finding | None:
    p = eng.problem
    confirmed, moved = [], []
    for st in eng.states:
        got = eng.refs.get(("masked0", st.name))
        if got is None or got[1] is None or not st.ran or not st.data_open | st.reg_open:
            continue
        same_ref = all(x.match for x in eng.compare(tuple(got[1]), st.ref, st.s.input_set).values())
        run, outs = eng.port_outputs(got[0])
        if outs is None or not same_ref:
            continue
        res = eng.compare(outs, tuple(got[1]), got[0])
        moved_by = eng.compare(outs, st.out, st.s.input_set)
        change = max((r.max_abs for r in moved_by.values()), default=0.0)
        # every cell the zeroing moves now agrees (cells it leaves alone may hold a second mistake: a penalty ...)
        touched = {k for k, r in moved_by.items() if not r.match}
        if change > 0 and touched and all(k in res and res[k].match for k in touched):
            confirmed.append((st, change, touched if not all(x.match for x in res.values()) else None))
            moved.append(st.name)
        elif change > 0 and _masked_data_term(eng, st):  # a penalty slip beside it: the data term at lambda = 0
            confirmed.append((st, change, set(st.data_open)))
            moved.append(st.name)
    if not confirmed:
        return None
    for st, _, keys in confirmed:
        close(st, "unmasked-term", keys)
    mask, name = _mask_pairs(p, confirmed[0][0].s.input_set)[0]
    st, change, _ = confirmed[0]
    ev = (f"zeroing {name} where {mask} = 0 changes PORT's outputs by up to {e(change)} on '{st.name}' and OCTAVE's not at "
          f"all; with those values zeroed PORT agrees with OCTAVE on {plural(len(confirmed), 'set')} ({set_list(moved)})")
    return Finding("unmasked-term", "confirmed", f"{name} used where {mask} = 0 (a term not masked)", ev + ".",
                   location=f"{eng.port_name(name)} where {eng.port_name(mask)} = 0",
                   fix=f"# multiply the whole difference by the mask: ((prediction - {eng.port_name(name)}) * {eng.port_name(mask)})",
                   data={"mask": mask, "data": name, "sets": moved, "change": change})


def _masked_data_term(eng, st) -> bool:
    """At lambda = 0, PORT on the data zeroed where the mask is 0 agrees on every open data cell; as given it does not."""
    got = eng.refs.get(("masked0_0", st.name))
    if got is None or st.ref0 is None or st.out0 is None or not st.data_open:
        return False
    _, outs = eng.port_outputs(got[0])
    if outs is None:
        return False
    res = eng.compare(outs, st.ref0, got[0])
    before = eng.compare(st.out0, st.ref0, st.s.input_set)
    return all(k in res and res[k].match for k in st.data_open) and any(
        k in before and not before[k].match for k in st.data_open)


# -- first-example-dropped -----------------------------------------------------------------------
