"""Relations on one output, or on a function of one input: how real ports get shapes and elementwise maths wrong.

``reduction-axis``, ``index-shift``, ``reshape-order`` (:data:`SHAPE_GAPS` of
:mod:`.relations` uses :func:`reduced`, :func:`skipped_first`,
:func:`reordered_shifted`): PORT is OCTAVE reduced over every entry or the
other axis; PORT agrees except at index 0 (a loop from 1); PORT is OCTAVE in
the other memory order and one place along. ``wrong-derivative``
(:func:`wrong_derivative`): a one-input function whose PORT output is a known
derivative slip of its input. ``elementwise-vs-matrix``
(:func:`matrix_product`): ``np.dot`` / ``@`` where Octave's ``.*`` is
elementwise. :func:`reduced_input` (a statistic over a whole input matrix) and
:func:`bias_count` (n columns where Octave has 1 + n) read the inputs too.
"""
from __future__ import annotations

import numpy as np

from ..compare import as_numeric
from .finding import Finding
from .wording import plural, set_list

__all__ = ["bias_count", "reduced", "reduced_input", "skipped_first", "reordered_shifted", "wrong_derivative", "matrix_product", "sig"]


def _close(st, ident):
    for k in list(st.data_open):
        st.data_open.discard(k)
        st.reg_open.discard(k)
        st.explained.setdefault(k, []).append(ident)


# -- reduction over the wrong axis (an output relation) -------------------------------------------
def reduced(A, B):
    """PORT is OCTAVE reduced over every entry or the other axis (mean or sum), scalar or broadcast."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or A.size < 2 or np.allclose(A, A.ravel()[0]):
        return None
    for op in ("mean", "sum"):
        f = getattr(np, op)
        for axis, word in ((None, "every entry"), (1, "each row"), (0, "each column")):
            R = f(A, axis=axis, keepdims=True)
            if axis is not None and A.shape[axis] < 2:
                continue
            want = np.broadcast_to(R, A.shape)
            if B.size == 1:
                if axis is None and np.allclose(B.reshape(-1)[0], R.reshape(-1)[0], rtol=1e-9, atol=1e-12):
                    return _red(op, word, "a scalar")
            elif B.size == A.size and np.allclose(B.reshape(A.shape, order="F") if B.shape != A.shape else B, want,
                                                  rtol=1e-9, atol=1e-12):
                return _red(op, word, "broadcast")
            elif B.size == R.size and axis is not None and np.allclose(B.ravel(), R.ravel(), rtol=1e-9, atol=1e-12) and R.size > 1:
                continue
    return None


def reduced_input(A, B, inputs):
    """A scalar PORT output that is a statistic of a whole input matrix where OCTAVE's is one per column.

    ``sigma = np.std(X)``: every entry at once, and N as divisor (NumPy's
    ``ddof=0``) where Octave's ``std(X)`` divides each column by N-1 -- two
    slips on one line, both named. Needs the inputs: OCTAVE's per-column values
    do not determine the statistic over every entry.
    """
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if B.size != 1 and A.size >= 2 and min(A.shape or (0,)) == 1:
        return _reduced_rows(A, B, inputs)
    if B.size != 1 or A.size < 2 or min(A.shape or (0,)) != 1:
        return None
    b = float(B.reshape(-1)[0])
    for X in inputs:
        X = as_numeric(X) if not callable(X) else None
        if X is None or X.ndim != 2 or X.shape[1] != A.size or X.shape[0] < 2:
            continue
        X = X.astype(float)
        for label, value, ddof0 in (("np.std(X)", np.std(X), True), ("np.std(X, ddof=1)", np.std(X, ddof=1), False),
                                    ("np.var(X)", np.var(X), True), ("np.var(X, ddof=1)", np.var(X, ddof=1), False)):
            if np.isclose(b, value, rtol=1e-9, atol=1e-12):
                out = [("reduction-axis", "reduced over every entry",
                        f"PORT is {label} over every entry of the {X.shape[0]}x{X.shape[1]} input (a scalar), "
                        f"where Octave's is one value per column",
                        "sigma = np.std(X, axis=0, ddof=1)   # Octave's std(X): per column, divisor N-1")]
                if ddof0:
                    out.append(("std-ddof", "divisor N where Octave uses N-1",
                                "and it divides by N (NumPy's default ddof=0) where Octave's std and var divide by N-1",
                                "ddof=1"))
                return out
    return None


_ROW_STATS = (("mean", lambda X: X.mean(axis=1)), ("sum", lambda X: X.sum(axis=1)), ("var", lambda X: X.var(axis=1)),
              ("var", lambda X: X.var(axis=1, ddof=1)), ("std", lambda X: X.std(axis=1)),
              ("std", lambda X: X.std(axis=1, ddof=1)), ("max", lambda X: X.max(axis=1)), ("min", lambda X: X.min(axis=1)))


def _reduced_rows(A, B, inputs):
    """PORT's output has one value per row of an m x n input (a statistic of each example) where OCTAVE's has
    one per column: ``df.mean(axis=1)`` for ``mean(X)``. m long instead of n long, so no relation on the
    outputs alone can see it."""
    for X in inputs:
        X = as_numeric(X) if not callable(X) else None
        if X is None or X.ndim != 2 or X.shape[1] != A.size or X.shape[0] != B.size or X.shape[0] == X.shape[1]:
            continue
        X = X.astype(float)
        for op, f in _ROW_STATS:
            if np.allclose(B.ravel(), f(X), rtol=1e-9, atol=1e-12):
                return [("reduction-axis", "reduced over the wrong axis",
                         f"PORT is the {op} of each row of the {X.shape[0]}x{X.shape[1]} input ({X.shape[0]} values, "
                         f"one per example) where Octave's {op} works column by column ({A.size} values)",
                         f"np.{op}(X, axis=0)   # Octave's {op}(X): one value per column")]
    return None


def bias_count(A, B, values) -> bool:
    """PORT has n columns where OCTAVE has 1 + n, n an integer input or a size of an input array (the "1 +" of a
    bias column left out, as in debugInitializeWeights' fan_out x (1 + fan_in))."""
    if A.ndim != 2 or np.ndim(B) != 2 or A.shape[0] != B.shape[0] or A.shape[1] != B.shape[1] + 1:
        return False
    n = B.shape[1]
    for v in values.values():
        a = np.asarray(v) if not callable(v) else None
        if a is None or a.dtype.kind not in "biuf":
            continue
        if (a.size == 1 and float(a.reshape(-1)[0]) == n) or (a.ndim == 2 and a.shape[1] == n and a.shape[1] > 1):
            return True
    return False


def _red(op, word, form):
    return ("reduction-axis", "reduced over the wrong axis",
            f"PORT is the {op} of OCTAVE's entries over {word} ({form}): a {op} without axis= (or over the other axis) "
            f"where Octave reduces each column",
            f"np.{op}(x, axis=0)   # Octave's {op}(X) works column by column")


def skipped_first(A, B):
    """PORT agrees with OCTAVE except at index 0 along one axis: a loop that starts at 1 (``range(1, n)`` for ``1:n``)."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape != B.shape or A.ndim != 2 or A.size < 2:
        return None
    for axis, word in ((1, "column"), (0, "row")):
        n = A.shape[axis]
        if n < 2:
            continue
        rest = (slice(None), slice(1, None)) if axis == 1 else (slice(1, None), slice(None))
        first = (slice(None), 0) if axis == 1 else (0, slice(None))
        if np.allclose(B[rest], A[rest], rtol=1e-9, atol=1e-12, equal_nan=True) and \
                not np.allclose(B[first], A[first], rtol=1e-9, atol=1e-12, equal_nan=True):
            return ("index-shift", f"{word} 0 skipped",
                    f"PORT agrees with OCTAVE in every {word} but {word} 0, which the loop never reaches: it starts at 1 "
                    f"(range(1, n)) where Octave's 1:n starts at the first {word}",
                    f"for j in range(n):   # Octave's j = 1:n starts at the first {word}")
    return None


def reordered_shifted(A, B):
    """PORT holds OCTAVE's values in the other memory order AND one place along: two slips on one line."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.size != B.size or A.size < 6 or A.ndim != 2 or min(A.shape) < 2:
        return None  # a 2x2 of equal magnitudes (+-0.7071 singular vectors) fits by coincidence
    a = A.ravel(order="F")
    for order in ("C",):
        b = B.reshape(A.shape, order="F").ravel(order=order) if B.shape != A.shape else B.ravel(order=order)
        for d in (1, -1):
            lo, hi = (b[1:], a[:-1]) if d == 1 else (b[:-1], a[1:])
            if np.allclose(lo, hi, rtol=1e-9, atol=1e-12):
                return [("reshape-order", "row-major reshape",
                         "PORT holds OCTAVE's entries in row-major order (C), and one place along",
                         'np.reshape(x, shape, order="F")   # Octave fills column by column'),
                        ("index-shift", "a range one off",
                         f"read in that order, PORT's entry k is OCTAVE's entry k{'-' if d == 1 else '+'}1: a range that "
                         f"starts at {'0' if d == 1 else '2'} where Octave's 1:n starts at 1",
                         "np.arange(1, n + 1)   # Octave's 1:n")]
    return None


#: An elementwise function of one input that a derivative slip gives (PORT == f(z)), with what it means.
_DERIVATIVE_SLIPS = (
    ("z * (1 - z)", lambda z, s: z * (1 - z), "the derivative written for the activation, applied to z itself"),
    ("sigmoid(z)", lambda z, s: s, "the activation, not its derivative"),
    ("1 - sigmoid(z)", lambda z, s: 1 - s, "one factor of the derivative only"),
    ("sigmoid(z)**2", lambda z, s: s * s, "sigmoid(z) * sigmoid(z): the minus sign lost"),
    ("sigmoid(sigmoid(z)) * (1 - sigmoid(sigmoid(z)))", lambda z, s: sig(s) * (1 - sig(s)),
     "the derivative taken at the activation instead of z"),
)


def sig(z):
    with np.errstate(all="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def wrong_derivative(eng) -> Finding | None:
    """A function of one array input whose PORT output is a known derivative slip of it (sigmoidGradient)."""
    p = eng.problem
    ins = [n for n in p.inputs if not callable(eng.states[0].s.input_set.values.get(n))] if eng.states else []
    if len(ins) != 1 or len(eng.ctx.output_names) != 1:
        return None
    hits = {}
    for st in eng.states:
        if not st.ran or not st.data_open:
            continue
        z = np.asarray(st.s.input_set.values[ins[0]], dtype=float)
        B = as_numeric(st.out[0])
        if B is None or B.size != z.size:
            return None
        s = sig(z)
        for text, f, why in _DERIVATIVE_SLIPS:
            if np.allclose(B.reshape(z.shape, order="F") if B.shape != z.shape else B, f(z, s), rtol=1e-9, atol=1e-12):
                hits.setdefault((text, why), []).append(st)
                break
        else:
            return None
    if len(hits) != 1:
        return None
    (text, why), sts = next(iter(hits.items()))
    for st in sts:
        _close(st, "wrong-derivative")
    z = eng.port_name(ins[0])
    return Finding("wrong-derivative", "consistent", "wrong activation derivative",
                   f"PORT's {eng.output_name(0)} equals {text.replace('z', z) if z != 'z' else text} on "
                   f"{plural(len(sts), 'set')} ({set_list([s.name for s in sts])}): {why}; OCTAVE's is "
                   f"sigmoid({z}) * (1 - sigmoid({z})).", location=eng.output_name(0),
                   fix=f"s = sigmoid({z}); return s * (1 - s)   # the derivative of the sigmoid at {z}",
                   data={"equals": text, "sets": [s.name for s in sts]})


def _square_input(st) -> bool:
    return any(np.ndim(v) == 2 and np.shape(v)[0] == np.shape(v)[1] > 1 for v in st.s.input_set.values.values()
               if not callable(v))


def _one_example(st, eng) -> bool:
    """An input of this set has one row where another set's has many."""
    rows = lambda x: {k: np.shape(v)[0] for k, v in x.s.input_set.values.items() if np.ndim(v) == 2}
    mine = rows(st)
    return any(n == 1 and any(rows(o).get(k, 1) > 1 for o in eng.states if o is not st) for k, n in mine.items())


def matrix_product(eng) -> Finding | None:
    """``np.dot`` / ``@`` where Octave's ``.*`` is elementwise: alignment errors on matrices, sums on vectors."""
    raised = [st for st in eng.states if st.raised and st.run is not None and st.run.failure is not None
              and st.run.failure.type == "ValueError"
              and any(w in st.run.failure.message for w in ("not aligned", "matmul", "mismatch in its core dimension"))]
    if not raised or (all(_one_example(st, eng) for st in raised) and any(not st.raised and not st.data_open
                                                                           for st in eng.states)):
        return None  # raised only where an input has one row, agreeing elsewhere: the example axis lost (m = 1)
    summed, square = [], []
    for st in eng.states:
        if st in raised or not st.ran or not st.data_open:
            continue
        A = np.asarray(st.ref[0], dtype=float)
        B = as_numeric(st.out[0])
        if B is not None and B.size == 1 and A.size > 1 and np.isclose(B.reshape(-1)[0], np.sum(A), rtol=1e-9):
            summed.append(st)  # two vectors: the dot product, one number
        elif B is not None and B.shape == A.shape and _square_input(st):
            square.append(st)  # square matrices multiply without complaint, to other numbers
        else:
            return None
    for st in raised + summed + square:
        st.raise_explained = st.raised
        _close(st, "elementwise-vs-matrix")
    site = raised[0].run.failure.site(quoted=True)
    ev = (f"a matrix product where Octave multiplies elementwise: {raised[0].run.failure.brief()} on "
          f"{plural(len(raised), 'set')}" + (f"; on {plural(len(summed), 'set')} with a vector PORT returns one number, "
                                              "the sum of OCTAVE's entries (a dot product)" if summed else "")
          + (f"; on {plural(len(square), 'set')} with a square matrix PORT returns a matrix of other numbers (the "
             "matrix product)" if square else "") + "; scalars agree")
    return Finding("elementwise-vs-matrix", "consistent", "np.dot / @ for an elementwise product", ev + ".",
                   location=f"raised at {site}", fix="a * b   # Octave's a .* b is elementwise; np.dot and @ are matrix products",
                   data={"raised": [s.name for s in raised], "summed": [s.name for s in summed]})


