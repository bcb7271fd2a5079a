"""Relations between a whole output of OCTAVE (``A``) and of PORT (``B``), for general numerical code.

Each relation takes ``(A, B, sizes=())`` -- ``sizes`` are lengths the inputs
show, for naming a gain -- and returns ``(id, title, evidence, fix)`` or
``None``. :data:`OUTPUT_RELATIONS` lists them in the order they are tried; the
first that holds explains the output (catalog: docs/diagnosis.md, pitfalls.md
section 2). They compare to a tolerance relative to the output's largest
entry, so a relation survives the rounding of a long computation.
"""
from __future__ import annotations

import numpy as np

from ...compare import as_diagonal, as_numeric
from ...fitting import fit_factor
from ..wording import g, ratio_name
from .causes import gain_cause, window_family

__all__ = ["OUTPUT_RELATIONS", "relate", "aligned"]

_RTOL, _ATOL_SCALE = 1e-7, 1e-9


def aligned(A, B):
    """``(A, B)`` as arrays of one shape when they hold the same entries up to singleton dimensions, else ``(A, B)``."""
    A, B = as_numeric(A), as_numeric(B)
    if A is None or B is None:
        return A, B
    if as_diagonal(A, B) is not None:  # svd's vector of singular values for Octave's diagonal S: a representation
        return A, as_diagonal(A, B)
    if A.shape != B.shape and A.size == B.size and tuple(d for d in A.shape if d != 1) == tuple(d for d in B.shape if d != 1):
        B = B.reshape(A.shape)
    return A, B


def _scale(A) -> float:
    with np.errstate(all="ignore"):
        finite = np.abs(A[np.isfinite(A)]) if A.size else np.zeros(0)
    return float(finite.max()) if finite.size else 1.0


def _same(A, B) -> bool:
    """Equal shapes and entries to a tolerance relative to OCTAVE's largest entry."""
    if A.shape != B.shape or A.size == 0:
        return False
    with np.errstate(all="ignore"):
        return bool(np.allclose(B, A, rtol=_RTOL, atol=_ATOL_SCALE * _scale(A), equal_nan=True))


def _differs(A, B) -> bool:
    return not _same(A, B)


def _sign_flip(A, B, sizes=()):
    """PORT = -OCTAVE."""
    if A.shape == B.shape and _scale(A) > 0 and _same(-A, B) and _differs(A, B):
        return ("sign-flip", "sign flipped", "PORT equals -OCTAVE entry by entry",
                "check the sign: a minus dropped or added (a - b vs b - a, -x, a negated constant)")
    return None


def _conjugate(A, B, sizes=()):
    """PORT is OCTAVE's complex conjugate."""
    if np.iscomplexobj(A) and np.any(np.imag(A) != 0) and A.shape == B.shape and _same(np.conj(A), B):
        return ("conjugate", "complex conjugate", "PORT equals conj(OCTAVE): same real parts, imaginary parts negated",
                "drop the conjugation: Octave's .' transposes without conjugating (' conjugates); check the sign of "
                "an imaginary exponent exp(-1j*...)")
    return None


def _real_part(A, B, sizes=()):
    """PORT is OCTAVE's real part, or its magnitude."""
    if not (np.iscomplexobj(A) and np.any(np.imag(A) != 0)) or A.shape != B.shape or np.iscomplexobj(B):
        return None
    if _same(np.real(A), B):
        return ("real-part", "imaginary part dropped", "PORT equals real(OCTAVE): OCTAVE is complex, PORT keeps only "
                "the real parts", "keep the complex values: an array created with a real dtype, np.real or .astype(float) drops them")
    if _same(np.abs(A), B):
        return ("magnitude", "magnitude instead of complex values", "PORT equals abs(OCTAVE)",
                "return the complex values, as the .m file does (abs() is applied on the Python side only)")
    return None


def _transposed(A, B, sizes=()):
    """PORT is OCTAVE transposed."""
    if A.ndim == 2 and B.shape == A.shape[::-1] and A.shape[0] != A.shape[1] and _same(A.T, B):
        return "transpose", "transposed", f"PORT shape {B.shape} is OCTAVE's {A.shape} transposed, same entries", "out = out.T"
    return None


def _reversed(A, B, sizes=()):
    """PORT holds OCTAVE's rows (or columns, or both) in reverse order.

    Columns also up to the sign of each: singular or eigen vectors are defined
    up to their signs, and ``np.linalg.eigh`` lists them smallest first where
    Octave's ``svd`` lists them largest first (its diagonal of values then
    comes reversed on both axes).
    """
    if A.shape != B.shape or A.ndim != 2 or not _differs(A, B):
        return None
    diagonal = A.shape[0] == A.shape[1] and not np.any(A - np.diag(np.diag(A)))
    moves = ((0, "rows", "np.flipud"), (1, "columns", "np.fliplr")) + (((0, 1), "diagonal", ""),) * diagonal
    for axis, word, op in moves:
        if min(np.shape(A)[a] for a in np.atleast_1d(axis)) > 1 and _same(np.flip(A, axis), B):
            fix = (f"out = {op}(out)" if op else "out = out[::-1, ::-1]") + \
                "   # an Octave flipud/fliplr, a descending sort (or range) missing on the Python side"
            return ("reversed", f"{word} in reverse order", f"PORT's {word} is OCTAVE's in reverse order" if op == "" else
                    f"PORT's {word} are OCTAVE's {word} in reverse order", fix)
    flipped = np.flip(A, 1)
    if A.shape[1] > 1 and all(_same(flipped[:, k], B[:, k]) or _same(-flipped[:, k], B[:, k]) for k in range(A.shape[1])):
        return ("reversed", "columns in reverse order (each up to its sign)",
                "PORT's columns are OCTAVE's in reverse order, each up to its sign (vectors of a decomposition)",
                "order = np.argsort(values)[::-1]; vectors = vectors[:, order]   # largest first, as Octave's svd")
    return None


def _permuted(A, B, sizes=()):
    """PORT holds OCTAVE's columns (or rows) in another order: each one matches exactly one of OCTAVE's.

    mapFeature with the exponents swapped (``x1**j * x2**(i-j)``) lists each
    degree's terms backwards; the values are all there. Reversal, a shift and a
    transpose are tried before (they say more); this is what is left of a reorder.
    """
    if A.shape != B.shape or A.ndim != 2:
        return None
    for axis, word in ((1, "columns"), (0, "rows")):
        n = A.shape[axis]
        if n < 3 or n > 400:
            continue
        a, b = np.moveaxis(A, axis, 0).reshape(n, -1), np.moveaxis(B, axis, 0).reshape(n, -1)
        order = []
        for k in range(n):
            hits = [j for j in range(n) if _same(a[j], b[k])]
            if len(hits) != 1:
                break
            order.append(hits[0])
        else:
            if sorted(order) == list(range(n)) and order != list(range(n)):
                moved = [k for k in range(n) if order[k] != k]
                pairs = ", ".join(f"{k} holds {order[k]}" for k in moved[:4]) + (" ..." if len(moved) > 4 else "")
                return ("column-order", f"{word} in another order",
                        f"PORT's {word} are OCTAVE's in another order ({len(moved)} of {n} moved; 0-based: {pairs})",
                        f"# build the {word} in Octave's order (the loop or index order that makes them)")
    return None


def _broadcast(A, B, sizes=()):
    """PORT is (m, m) where OCTAVE is a vector of m: an (m,1) op (m,) broadcast; its diagonal is OCTAVE's."""
    if B.ndim == 2 and B.shape[0] == B.shape[1] == A.size and A.size > 1 and _same(A.ravel(), np.diag(B)):
        return ("y-shape-broadcast", "(m,1) op (m,) broadcast", f"PORT is {B.shape[0]}x{B.shape[1]}; its diagonal is OCTAVE's vector",
                "x = np.asarray(x).ravel()   # one vector convention: (n,) everywhere, or (n, 1) everywhere")
    return None


def _as_2d_like(A, B):
    """B with A's number of dimensions when B is a 1-D version of a vector A ((n,) against (n+1, 1))."""
    if A.ndim == 2 and B.ndim == 1:
        return B.reshape(-1, 1) if A.shape[1] == 1 else B.reshape(1, -1) if A.shape[0] == 1 else B
    return B


def _trailing(A, B, sizes=()):
    """One extra or missing row / column / element at the end (or the start) of an axis; the rest agrees."""
    B = _as_2d_like(A, B)
    if A.ndim != B.ndim or A.ndim == 0:
        return None
    diff = [i for i in range(A.ndim) if A.shape[i] != B.shape[i]]
    if len(diff) != 1 or abs(A.shape[diff[0]] - B.shape[diff[0]]) != 1:
        return None
    axis = diff[0]
    n = min(A.shape[axis], B.shape[axis])
    word = "element" if A.ndim == 1 or 1 in A.shape else ("row" if axis == 0 else "column")
    extra = B.shape[axis] > A.shape[axis]
    long_, short = (B, A) if extra else (A, B)
    for end, cut in (("trailing", np.arange(n)), ("leading", np.arange(1, n + 1))):
        if _same(short, np.take(long_, cut, axis=axis)):
            odd = np.take(long_, [0 if end == "leading" else n], axis=axis)
            if word != "element" and odd.size > 1 and np.all(odd == 1):  # the column (row) of ones: a bias unit
                return ("bias-column", f"the {end} {word} of ones {'added twice' if extra else 'missing'}",
                        f"PORT has {B.shape[axis]} {word}s where OCTAVE has {A.shape[axis]}; the other {n} agree: "
                        f"OCTAVE's {end} {word} of ones is {'repeated' if extra else 'not there'}",
                        "np.hstack([np.ones((m, 1)), out])   # Octave's [ones(m, 1) out]" if not extra else
                        "# add the column of ones once")
            what = f"one {'extra' if extra else 'missing'} {end} {word}"
            ev = (f"PORT has {B.shape[axis]} {word}s where OCTAVE has {A.shape[axis]}; the other {n} agree: "
                  + ("PORT adds one at the " if extra else "PORT lacks OCTAVE's ") + ("end" if end == "trailing" else "start"))
            fix = ("check the loop bound or range end: Octave's a:b includes b, Python's range(a, b) excludes it "
                   "(range(0, n - w + 1, hop) vs range(0, n - w, hop); n//2 + 1 bins of a one-sided spectrum)")
            return ("extra-element" if extra else "missing-element", what, ev, fix)
    return None


def _shifted(A, B, sizes=()):
    """Every element one position off along an axis: PORT[k] = OCTAVE[k-1] (or k+1)."""
    if A.shape != B.shape or A.size < 3:
        return None
    axes = [i for i in range(A.ndim) if A.shape[i] >= 3]
    for axis in axes:
        n = A.shape[axis]
        first, rest = np.arange(n - 1), np.arange(1, n)
        if _same(np.take(A, rest, axis=axis), np.take(A, first, axis=axis)):
            continue  # constant along the axis: a shift proves nothing
        for d, (pb, pa) in ((1, (rest, first)), (-1, (first, rest))):
            if _same(np.take(A, pa, axis=axis), np.take(B, pb, axis=axis)):
                word = "element" if (A.ndim == 1 or 1 in A.shape) else ("row" if axis == 0 else "column")
                ev = (f"PORT's {word} k equals OCTAVE's {word} k{'-' if d == 1 else '+'}1 for every k but the "
                      f"{'first' if d == 1 else 'last'}: every {word} one position off")
                fix = ("index base: Octave's 1:n is range(1, n + 1) for the values k takes, range(0, n) for 0-based "
                       "positions -- one of them is shifted" if d == 1 else
                       "index base: a 1-based index converted to 0-based twice (k - 1 - 1), or a range started at 1 "
                       "over 0-based positions")
                return ("index-shift", f"every {word} one position off", ev, fix)
    return None


def _factor_pairs(n: int):
    return [(r, n // r) for r in range(2, int(np.sqrt(n)) + 1) if n % r == 0] + \
           [(n // r, r) for r in range(2, int(np.sqrt(n)) + 1) if n % r == 0 and r != n // r]


def _memory_order(A, B, sizes=()):
    """PORT holds OCTAVE's entries in the other memory order (a reshape in C order where Octave's is column-major)."""
    if A.size != B.size or A.size < 4:
        return None
    a, b = A.ravel(order="F"), B.ravel(order="F")
    if not _same(np.sort(a), np.sort(b)):
        return None
    shapes = [A.shape] if A.ndim == 2 and min(A.shape) > 1 else []
    shapes += [p for p in _factor_pairs(A.size)][:40]
    for shape in shapes:
        for src, dst in (("F", "C"), ("C", "F")):
            if _same(a.reshape(shape, order=src).ravel(order=dst), b) and _differs(a, b):
                return ("reshape-order", "C- vs F-order in a reshape",
                        f"PORT holds OCTAVE's entries permuted exactly as a {shape[0]}x{shape[1]} reshape in "
                        f"{'C (row-major)' if dst == 'C' else 'F (column-major)'} order would",
                        'np.reshape(x, shape, order="F") / x.ravel(order="F")   # Octave reshapes and x(:) column by column')
    return None


def _runs(v):
    """(start, end) of each run of nonzero entries of a vector."""
    nz = np.concatenate([[False], v != 0, [False]])
    edges = np.flatnonzero(nz[1:] != nz[:-1])
    return list(zip(edges[::2], edges[1::2]))


def _inclusive_end(A, B, sizes=()):
    """A 0/1 mask whose every run (segment) is one element shorter or longer at its end: an exclusive vs inclusive range end."""
    if A.shape != B.shape or A.ndim != 2 or not np.all(np.isin(A, (0, 1))) or not np.all(np.isin(B, (0, 1))):
        return None
    for axis in (1, 0):
        rows_a = A if axis == 1 else A.T
        rows_b = B if axis == 1 else B.T
        deltas = set()
        segments = 0
        for ra, rb in zip(rows_a, rows_b):
            runs_a, runs_b = _runs(ra), _runs(rb)
            if len(runs_a) != len(runs_b):
                if not (len(runs_b) == 0 and all(e - s == 1 for s, e in runs_a)):
                    break
                deltas.add(-1)
                segments += len(runs_a)
                continue
            for (sa, ea), (sb, eb) in zip(runs_a, runs_b):
                if sa != sb:
                    break
                deltas.add(eb - ea)
                segments += 1
            else:
                continue
            break
        else:
            if segments and deltas in ({1}, {-1}):
                d = deltas.pop()
                word = "longer" if d > 0 else "shorter"
                return ("range-end", "inclusive range end",
                        f"each of the {segments} segments of ones is one element {word} at its end in PORT: the range end "
                        f"{'included' if d > 0 else 'excluded'} where OCTAVE's is not",
                        "Octave's a:b includes b: a:b is the slice [a-1:b] over 0-based positions (not [a-1:b-1], not [a:b+1])")
    return None


def _window(A, B, sizes=()):
    """PORT and OCTAVE are windows of the same length, of two different variants."""
    if A.size != B.size or A.size < 3 or (A.ndim == 2 and min(A.shape) > 1) or np.iscomplexobj(A) or np.iscomplexobj(B):
        return None
    fa, fb = window_family(A), window_family(B)
    if fa and fb and not set(fa) & set(fb):
        return ("window-variant", "window variant",
                f"OCTAVE's is {fa[0]}; PORT's is {fb[0]}",
                f"build the window as the reference does: {fa[0].split(' (')[0]}")
    return None


def _per_position(A, B, sizes=()):
    """PORT = OCTAVE times a factor per position along one axis, the same in every row (or column): a window or weighting."""
    if A.shape != B.shape or A.ndim != 2 or min(A.shape) < 2 or np.iscomplexobj(A):
        return None
    for axis, word in ((0, "column"), (1, "row")):
        other = A.shape[1 - axis]
        factors = []
        for k in range(A.shape[axis]):
            a, b = np.take(A, k, axis=axis), np.take(B, k, axis=axis)
            c, fits = fit_factor(b, a, lambda c: 1e-7 * np.abs(c * a) + 1e-9 * _scale(A))
            if not fits:
                break
            factors.append(c)
        else:
            f = np.asarray(factors)
            skipped = _loop_skipped(f, "row" if axis == 0 else "column")
            if other >= 2 and skipped is not None:
                return skipped
            if other >= 2 and not np.allclose(f, f[0], rtol=1e-6):
                ev = (f"each {'row' if axis == 0 else 'column'} of PORT is OCTAVE's times its own factor ({', '.join(g(x, 4) for x in f[:5])}"
                      f"{', ...' if f.size > 5 else ''}), the same down every {word}: a different window or weighting")
                return ("per-position-factor", "a different window or weighting", ev,
                        "compare the window/weights with the reference's: Octave's hanning(N) and hann(N) are np.hanning(N); "
                "MATLAB's hanning(N) is np.hanning(N + 2)[1:-1]; a periodic window is np.hanning(N + 1)[:-1]")
    return None


def _loop_skipped(f, word):
    """Factors 1 everywhere but 0 at the first or the last position: that row was never computed (a loop one short)."""
    if f.size < 2:
        return None
    ones, zeros = np.isclose(f, 1.0, rtol=1e-9), np.isclose(f, 0.0, atol=1e-12)
    if not np.all(ones | zeros) or zeros.sum() != 1 or not (zeros[0] or zeros[-1]):
        return None
    which = "first" if zeros[0] else "last"
    ev = (f"PORT's {which} {word} is all zeros where OCTAVE's is not, every other {word} agrees: that {word} was never "
          f"computed, a loop {'starting one late' if which == 'first' else 'stopping one short'}")
    fix = ("loop over every position: range(K) for 0-based k, or range(1, K + 1) with k - 1 as the index "
           "(Octave's for k = 1:K includes K)")
    return ("index-shift", f"the {which} {word} never computed", ev, fix)


def _gain(A, B, sizes=()):
    """PORT = c * OCTAVE for one constant c (any value), with its likely origin."""
    if A.shape != B.shape or A.size < 1 or _scale(A) == 0 or np.iscomplexobj(A) or np.iscomplexobj(B):
        return None
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(B))):
        return None
    c, fits = fit_factor(B, A, lambda c: 1e-7 * np.abs(c * A.ravel()) + 1e-9 * _scale(A) * max(1.0, abs(c)))
    if not fits or c is None or abs(c - 1) < 1e-7 or abs(c + 1) < 1e-7:
        return None
    ident, origin, fix = gain_cause(c, sizes)
    labels = (A == np.round(A)).all() and (B == np.round(B)).all() and A.min() >= 1 and A.max() <= 1000
    if labels or (A.size == 1 and ident in ("normalisation", "constant-gain")):
        return None  # any two numbers have a ratio: on one entry only a named factor means something; labels never scale
    return (ident, f"constant gain {ratio_name(c)}",
            f"PORT = {g(c, 8)} x OCTAVE on every entry; likely origin: {origin}", fix)


def _offset(A, B, sizes=()):
    """PORT = OCTAVE + d for one constant d; d = -1: 0-based indices where Octave's are 1-based."""
    if A.shape != B.shape or A.size < 2 or np.iscomplexobj(A) or np.iscomplexobj(B):
        return None
    d = (B - A).ravel()
    if not np.all(np.isfinite(d)) or not np.allclose(d, d[0], rtol=1e-9, atol=1e-9 * _scale(A)) or d[0] == 0:
        return None
    if abs(abs(d[0]) - 1) < 1e-12:
        return ("index-base", "indices off by one", f"PORT = OCTAVE {'-' if d[0] < 0 else '+'} 1 everywhere: "
                f"{'0-based' if d[0] < 0 else 'an extra +1 on'} indices where Octave's are 1-based",
                "idx = idx + 1   # an index returned by Octave (find, max, sort) is 1-based" if d[0] < 0 else
                "drop the extra + 1: the index is already 1-based")
    return ("constant-offset", f"constant offset {g(d[0], 6)}", f"PORT = OCTAVE {'+' if d[0] > 0 else '-'} {g(abs(d[0]), 8)} everywhere",
            "look for an added constant (a dB reference, an offset, a bias term) present on one side only")


def _edges(A, B, sizes=()):
    """Differences only within a few entries of the start and end of an axis: edge handling (padding, initial conditions)."""
    if A.shape != B.shape or A.size < 16:
        return None
    axis = int(np.argmax(A.shape))
    n = A.shape[axis]
    with np.errstate(all="ignore"):
        bad = ~np.isclose(B, A, rtol=_RTOL, atol=_ATOL_SCALE * _scale(A), equal_nan=True)
    along = np.any(bad, axis=tuple(i for i in range(A.ndim) if i != axis)) if A.ndim > 1 else bad
    idx = np.flatnonzero(along)
    if idx.size == 0:
        return None
    inner = idx[(idx > 0) & (idx < n - 1)]
    span = max(int(idx[idx < n // 2].max()) + 1 if np.any(idx < n // 2) else 0,
               n - int(idx[idx >= n // 2].min()) if np.any(idx >= n // 2) else 0)
    if span == 0 or span > n // 3 or not np.any((idx < n // 2)) and not np.any(idx >= n // 2):
        return None
    middle = np.arange(span, n - span)
    if middle.size == 0 or np.any(np.isin(middle, inner)):
        return None
    return ("edge-handling", "differences only at the edges",
            f"PORT and OCTAVE agree except within {span} entries of the {'start' if np.any(idx < n // 2) else ''}"
            f"{' and ' if np.any(idx < n // 2) and np.any(idx >= n // 2) else ''}{'end' if np.any(idx >= n // 2) else ''} "
            f"(of {n}): the edges are handled differently",
            "match the edge handling: padding length and mode (scipy's filtfilt pads 3*max(len(a), len(b)) by default, "
            "Octave's 3*(max(len(a), len(b)) - 1)), filter initial conditions, or a boundary mode of a convolution")


def _wraps(A, B, sizes=()):
    """OCTAVE saturates an integer class where PORT wraps around."""
    if A.shape != B.shape or A.dtype.kind not in "iu":
        return None
    info = np.iinfo(A.dtype)
    bad = A != B
    if bad.any() and np.all((A[bad] == info.min) | (A[bad] == info.max)):
        return ("integer-saturation", f"{A.dtype.name} saturation vs wraparound",
                f"PORT differs only where OCTAVE is at the {A.dtype.name} limits ({info.min} or {info.max}): Octave "
                "saturates integer arithmetic, NumPy wraps around",
                f"np.clip(x, {info.min}, {info.max}).astype(np.{A.dtype.name})   # compute in a wider type, then saturate")
    return None


#: Relations on whole outputs, tried in order on (OCTAVE, PORT); the first that holds explains the output.
OUTPUT_RELATIONS = (_sign_flip, _conjugate, _real_part, _transposed, _reversed, _broadcast, _trailing, _shifted,
                    _memory_order, _inclusive_end, _permuted, _window, _wraps, _gain, _offset, _per_position, _edges)


def relate(A, B, sizes=()):
    """The first relation of :data:`OUTPUT_RELATIONS` that holds between OCTAVE's ``A`` and PORT's ``B``, or None.

    Never raises: an output that is not numbers, or a relation that cannot be
    evaluated on these values, is no relation.
    """
    try:
        A, B = aligned(A, B)
    except Exception:
        return None
    if A is None or B is None:
        return None
    for relation in OUTPUT_RELATIONS:
        try:
            with np.errstate(all="ignore"):
                found = relation(A, B, sizes)
        except (ValueError, TypeError, IndexError, ArithmeticError, np.linalg.LinAlgError, MemoryError):
            found = None
        if found is not None:
            return found
    return None
