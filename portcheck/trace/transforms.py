"""Known transforms between a port's value and Octave's, and agreement under each.

A transform says how a port may hold the same numbers as Octave:

========================  ==========  =====================================================
name                      kind        port value P versus Octave value O
========================  ==========  =====================================================
``same``                  same        equal; (n,) vs (n,1)/(1,n), scalar vs 1x1, int/bool/float
``row vs column``         same        (1,n) vs (n,1)
``transpose``             layout      P == O' (P not square)
``unrolled column-major`` layout      P 1-D == O(:)
``unrolled row-major``    layout      P 1-D == O' (:) (``ravel()``)
``reshaped``              layout      same data in column-major order, another shape
``without bias column``   layout      P == O(:, 2:end) (or O(2:end) for a vector)
``with bias column``      layout      P(:, 2:end) == O
``negated``               layout      P == -O, an array (the sign taken elsewhere: ``J = -sum(...)``)
``0-based``               convention  P == O - 1 (indices, labels)
``one-hot``               convention  P one-hot of O's labels, or labels of O's one-hot
``C/F reordering``        semantic    same shape, P's row-major data is O's column-major
``transposed (square)``   semantic    P == O' with P square
``extra axes``            semantic    P has more than two axes; squeezed it equals O
========================  ==========  =====================================================

*same* and *layout* are representations: never a divergence by themselves.
*convention* is a port's own convention (0-based labels): not a divergence by
itself either. *semantic* means the port's value has Octave's shape but its
numbers in other places: NumPy code will treat it differently; on a variable
that matches by name it is the line where the port departs.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..formatting import location
from .values import Opaque, Summary

__all__ = ["Agreement", "agree", "TRANSFORMS", "KIND", "close_arrays", "worst_entries"]

KIND = {
    "same": "same", "row vs column": "same",
    "transpose": "layout", "unrolled column-major": "layout", "unrolled row-major": "layout", "reshaped": "layout",
    "without bias column": "layout", "with bias column": "layout", "one row of": "layout", "one column of": "layout",
    "negated": "layout", "0-based": "convention", "1-based": "convention", "one-hot": "convention",
    "C/F reordering": "semantic", "transposed (square)": "semantic", "extra axes": "semantic",
}
RANK = {"same": 0, "layout": 1, "convention": 2, "semantic": 3}
TRANSFORMS = tuple(KIND)


@dataclass(frozen=True)
class Agreement:
    """The port's value agrees with Octave's under ``transform``."""

    transform: str
    max_abs: float = 0.0

    @property
    def kind(self) -> str:
        return KIND[self.transform]

    @property
    def rank(self) -> int:
        return RANK[self.kind]


def _num(a: np.ndarray) -> np.ndarray:
    if a.dtype.kind == "b":
        return a.astype(float)
    return a


def close_arrays(p: np.ndarray, o: np.ndarray, rtol: float, atol: float) -> bool:
    """Same shape and ``|p - o| <= atol + rtol*|o|`` everywhere (NaN equal to NaN)."""
    if p.shape != o.shape:
        return False
    if p.size == 0:
        return True
    p, o = _num(p), _num(o)
    if p.dtype.kind not in "biufc" or o.dtype.kind not in "biufc":
        return False
    with np.errstate(all="ignore"):
        return bool(np.allclose(p, o, rtol=rtol, atol=atol, equal_nan=True))


def _max_abs(p, o) -> float:
    if p.size == 0:
        return 0.0
    with np.errstate(all="ignore"):
        d = np.abs(_num(p).astype(complex if np.iscomplexobj(p) or np.iscomplexobj(o) else float) - _num(o))
    d = d[np.isfinite(d)]
    return float(d.max()) if d.size else 0.0


def _is_vector(shape) -> bool:
    return len(shape) <= 1 or (len(shape) == 2 and 1 in shape)


def _candidates(p: np.ndarray, o: np.ndarray):
    """(transform, P in O's layout, O) pairs worth testing for these shapes, cheapest first."""
    ps, os_ = p.shape, o.shape
    if p.size == o.size:
        if ps == os_:
            yield "same", p, o
        elif p.ndim <= 1 and _is_vector(os_):
            yield "same", p.reshape(os_), o
        elif p.ndim == 2 and _is_vector(ps) and _is_vector(os_) and ps == os_[::-1]:
            yield "row vs column", p.reshape(os_), o
        elif p.ndim > 2 and tuple(d for d in ps if d != 1) == tuple(d for d in os_ if d != 1):
            yield "extra axes", p.reshape(os_), o
        if p.ndim == 2 and not _is_vector(ps) and ps[::-1] == os_:
            yield ("transposed (square)" if ps == os_ else "transpose"), p.T, o
        if p.ndim == 1 and not _is_vector(os_):
            yield "unrolled column-major", p, o.ravel(order="F")
            yield "unrolled row-major", p, o.ravel(order="C")
        if p.ndim == 2 and not _is_vector(ps) and not _is_vector(os_):
            if ps == os_:
                yield "C/F reordering", p.ravel(order="C"), o.ravel(order="F")
            else:
                yield "reshaped", p.ravel(order="F"), o.ravel(order="F")
                yield "C/F reordering", p.ravel(order="C"), o.ravel(order="F")
    if o.ndim == 2 and o.shape[1] >= 2 and p.ndim == 2 and ps == (os_[0], os_[1] - 1):
        yield "without bias column", p, o[:, 1:]
    if o.ndim == 2 and _is_vector(os_) and o.size >= 2 and p.ndim <= 1 and p.size == o.size - 1:
        yield "without bias column", p, o.ravel()[1:]
    if o.ndim == 2 and p.ndim == 2 and ps[1] >= 2 and ps == (os_[0], os_[1] + 1) and np.all(p[:, 0] == 1):
        yield "with bias column", p[:, 1:], o  # a bias column is ones: sigmoid([1 z]) is no bias column
    if p.ndim <= 1 and o.ndim == 2 and not _is_vector(os_) and p.size == os_[0] and os_[1] >= 2:
        yield "one-hot", p, o  # labels vs Octave one-hot: resolved in _one_hot
    if p.size >= 2 and _is_vector(ps) and o.ndim == 2 and not _is_vector(os_):
        if p.size == os_[1]:
            yield "one row of", p.ravel(), o  # a loop over examples: resolved in _slice_of
        if p.size == os_[0]:
            yield "one column of", p.ravel(), o.T
    if p.ndim == 2 and not _is_vector(ps) and _is_vector(os_) and o.size == ps[0] and ps[1] >= 2:
        yield "one-hot", p, o


def _slice_of(p: np.ndarray, rows: np.ndarray, rtol: float, atol: float) -> bool:
    """``p`` equals one row of ``rows`` (and is not constant: zeros would fit anywhere)."""
    p, rows = _num(p), _num(rows)
    if p.dtype.kind not in "biufc" or rows.dtype.kind not in "biufc" or np.all(p == p[0]):
        return False
    with np.errstate(all="ignore"):
        return bool(np.any(np.all(np.isclose(rows, p[None, :], rtol=rtol, atol=atol, equal_nan=True), axis=1)))


def _one_hot(p: np.ndarray, o: np.ndarray) -> bool:
    """P labels and O one-hot (or the reverse), with labels 1-based or 0-based."""
    labels, hot = (p, o) if p.ndim <= 1 else (o, p)
    hot = _num(hot)
    labels = np.asarray(labels).ravel()
    if hot.ndim != 2 or labels.size != hot.shape[0]:
        return False
    if not (np.all((hot == 0) | (hot == 1)) and np.all(hot.sum(axis=1) == 1)):
        return False
    idx = hot.argmax(axis=1)
    with np.errstate(all="ignore"):
        return bool(np.array_equal(idx + 1, labels) or np.array_equal(idx, labels))


def _integer_valued(a: np.ndarray) -> bool:
    if a.dtype.kind in "iub":
        return True
    if a.dtype.kind != "f" or a.size == 0:
        return False
    with np.errstate(all="ignore"):
        return bool(np.all(np.isfinite(a)) and np.all(a == np.round(a)))


def agree(p, o, rtol: float, atol: float) -> Agreement | None:
    """The first transform (in order of preference) under which ``p`` agrees with ``o``, or None."""
    if isinstance(p, Opaque) or isinstance(o, Opaque) or p is None or o is None:
        return None
    if isinstance(p, Summary) or isinstance(o, Summary):
        return _agree_summary(p, o, rtol, atol)
    p = np.asarray(p)
    o = np.asarray(o)
    if p.dtype.kind not in "biufc" or o.dtype.kind not in "biufc":
        return None
    best = None
    for name, pp, oo in _candidates(p, o):
        if name == "one-hot":
            if _one_hot(p, o):
                return _better(best, Agreement("one-hot"))
            continue
        if name in ("one row of", "one column of"):
            if best is None and _slice_of(pp, oo, rtol, atol):
                best = Agreement(name)
            continue
        if close_arrays(pp, oo, rtol, atol):
            a = Agreement(name, _max_abs(pp, oo))
            if a.rank == 0:
                return a
            if pp.size > 1 and np.all(pp == pp.reshape(-1)[0]):
                continue  # a constant array (zeros) fits any layout: no evidence of one
            best = _better(best, a)
    if (best is None and p.size == o.size and p.size > 1 and _integer_valued(p) and _integer_valued(o)
            and np.unique(o).size > 1):  # a constant array (zeros) shifted is no index base
        for name, pp, oo in _candidates(p, o):
            if KIND.get(name) == "same" and pp.shape == oo.shape:
                d = _num(pp).astype(float) - _num(oo).astype(float)
                if np.all(d == -1):
                    return Agreement("0-based")
                if np.all(d == 1):
                    return Agreement("1-based")
    if best is None and p.size == o.size and p.size > 1 and np.any(_num(o)):
        for name, pp, oo in _candidates(p, o):  # -Y .* log(h) - ... where Octave writes -sum(Y .* log(h) + ...)
            if KIND.get(name) == "same" and pp.shape == oo.shape and close_arrays(-_num(pp), _num(oo), rtol, atol):
                return Agreement("negated", _max_abs(-_num(pp), _num(oo)))
    return best


def _better(a: Agreement | None, b: Agreement) -> Agreement:
    return b if a is None or b.rank < a.rank else a


# --------------------------------------------------------------------------- summaries


def _summary_of(value) -> Summary:
    from .values import summarise

    return value if isinstance(value, Summary) else summarise(np.asarray(value), digest=False)


def _close_vec(a, b, rtol, atol) -> bool:
    a, b = np.asarray(a).ravel(), np.asarray(b).ravel()
    n = min(a.size, b.size)
    if n == 0:
        return a.size == b.size
    with np.errstate(all="ignore"):
        return bool(np.allclose(a[:n], b[:n], rtol=rtol, atol=atol, equal_nan=True))


def _agree_summary(p, o, rtol, atol) -> Agreement | None:
    """Agreement when one side is summarised: moments, heads and marginal sums under a few transforms."""
    ps, os_ = _summary_of(p), _summary_of(o)
    if ps.size != os_.size:
        return None
    scale = max(ps.sumabs, os_.sumabs, 1e-300)
    tol = max(atol * ps.size, 1e3 * rtol * scale)
    with np.errstate(all="ignore"):
        moments = (abs(ps.total - os_.total) <= tol and abs(ps.sumabs - os_.sumabs) <= tol
                   and abs(ps.sumsq - os_.sumsq) <= max(atol * ps.size, 1e3 * rtol * max(ps.sumsq, os_.sumsq, 1e-300))
                   and ps.nnan == os_.nnan)
    if not moments:
        return None
    pshape = tuple(d for d in ps.shape if d != 1)
    oshape = tuple(d for d in os_.shape if d != 1)
    sum_tol = lambda a, b: _close_vec(a, b, 1e3 * rtol, atol * max(1, os_.shape[0]))  # noqa: E731
    if pshape == oshape:
        if (_close_vec(ps.head_f, os_.head_f, rtol, atol) and sum_tol(ps.col_sums, os_.col_sums)
                and sum_tol(ps.row_sums, os_.row_sums)):
            return Agreement("same" if len(ps.shape) <= 2 else "extra axes")
        if len(ps.shape) == 2 and _close_vec(ps.head_c, os_.head_f, rtol, atol):
            return Agreement("C/F reordering")
    if len(ps.shape) == 2 and tuple(ps.shape[::-1]) == tuple(os_.shape) and _close_vec(ps.head_f, os_.head_c, rtol, atol):
        return Agreement("transposed (square)" if ps.shape == os_.shape else "transpose")
    if len(ps.shape) == 1:
        if _close_vec(ps.head_f, os_.head_f, rtol, atol):
            return Agreement("unrolled column-major")
        if _close_vec(ps.head_f, os_.head_c, rtol, atol):
            return Agreement("unrolled row-major")
    return None


# --------------------------------------------------------------------------- reporting


def in_octave_layout(p, transform: str, o_shape):
    """The port's array rearranged into Octave's layout for ``transform`` (None when not possible)."""
    p = np.asarray(p)
    try:
        if transform in ("same", "row vs column", "extra axes", "negated"):
            return p.reshape(o_shape)
        if transform in ("transpose", "transposed (square)"):
            return p.T
        if transform == "unrolled column-major":
            return p.reshape(o_shape, order="F")
        if transform == "unrolled row-major":
            return p.reshape(o_shape, order="C")
        if transform == "reshaped":
            return p.reshape(o_shape, order="F")
        if transform == "C/F reordering":
            return p.ravel(order="C").reshape(o_shape, order="F")
    except ValueError:
        return None
    return None


def worst_entries(p, o, transform: str, k: int = 3) -> tuple[float | None, list[tuple[str, object, object]]]:
    """Max abs difference and the ``k`` worst entries as ("Python index (Octave subscript)", PORT, OCTAVE)."""
    if isinstance(p, (Summary, Opaque)) or isinstance(o, (Summary, Opaque)) or p is None or o is None:
        return None, []
    p = np.asarray(p)
    o = np.asarray(o)
    if p.dtype.kind not in "biufc" or o.dtype.kind not in "biufc":
        return None, []
    pl = in_octave_layout(p, transform, o.shape) if transform else in_octave_layout(p, "same", o.shape)
    if pl is None or pl.shape != o.shape:
        return None, []
    with np.errstate(all="ignore"):
        d = np.abs(_num(pl).astype(complex if np.iscomplexobj(pl) else float) - _num(o))
    d = np.where(np.isnan(d), np.where(np.isnan(_num(pl).astype(float)) == np.isnan(_num(o).astype(float)), 0, np.inf), d)
    if d.size == 0:
        return 0.0, []
    order = np.argsort(-d, axis=None, kind="stable")[:k]
    out = []
    for flat in order:
        if d.ravel()[flat] == 0:
            break
        osub = np.unravel_index(flat, o.shape)
        pidx = _python_index(p, transform, osub, o.shape)
        out.append((location("", pidx, osub) if pidx is not None else "scalar", pl[osub], o[osub]))
    return float(np.max(d)), out


def _python_index(p: np.ndarray, transform: str, osub, o_shape) -> tuple | None:
    """The port's index of the entry at Octave's ``osub`` (None for a scalar)."""
    if transform in ("transpose", "transposed (square)"):
        return tuple(int(i) for i in reversed(osub))
    if p.ndim == 0:
        return None
    order = "F" if transform in ("unrolled column-major", "reshaped", "C/F reordering") else "C"
    flat = np.ravel_multi_index(osub, o_shape, order=order)
    idx = np.unravel_index(flat, p.shape, order="F" if transform == "reshaped" else "C")
    return tuple(int(i) for i in idx)
