"""Relations on the data term that real ports need (catalog gaps met in the wild).

Each is a general relation between PORT, OCTAVE and re-runs, never a
pattern of one file:

``first-example-dropped``
    PORT at lambda = 0 equals OCTAVE on the set without its first example,
    times (m-1)/m (a loop from 1 that still divides by m) or not, or the
    first example subtracted instead of added. OCTAVE without the example comes
    from the diagnosis batch.
``unmasked-term``
    Zeroing the values where the mask is 0 (``Y`` where ``R == 0``) changes
    PORT's outputs; OCTAVE's do not change (batch), and PORT on the zeroed
    values agrees with OCTAVE.
``classes-hardcoded``
    PORT agrees exactly on the sets where a dimension equals a course constant
    (10 classes, 400 pixels, 25 hidden units, 5000 examples) and nowhere else:
    the constant is written where the dimension belongs.
``onehot-raw-labels``
    With every label set to 1, 2, 3 in turn, PORT's outputs change by the same
    step each time (affine in the label's value) while OCTAVE's do not: the raw
    labels entered the arithmetic where the one-hot matrix belongs
    (``a3 - y[:, None]``).
``grad-zero``
    PORT's gradient is identically zero where OCTAVE's is not.
``reduction-axis`` (an output relation, :data:`REDUCTIONS`)
    PORT's output is OCTAVE's reduced over every entry or along the other axis
    (``np.mean(X)`` for ``mean(X)``), broadcast or scalar.
"""
from __future__ import annotations

import numpy as np

from ..compare import as_numeric
from .finding import Finding
from .fixes import fix_for
from .problem import variant
from .wording import e, g, plural, set_list

__all__ = ["plan", "early_findings", "data_gap_findings", "reduced", "skipped_first", "reordered_shifted", "COURSE_SIZES"]

#: Sizes the course hard-codes: classes, pixels (20x20), hidden units, examples.
COURSE_SIZES = (10, 400, 25, 5000)


def _close(st, ident, keys=None):
    for k in list(st.data_open if keys is None else keys):
        st.data_open.discard(k)
        st.reg_open.discard(k)
        st.explained.setdefault(k, []).append(ident)


# -- what the batch must evaluate ------------------------------------------------------------
def _ycol(p):
    return p.roles.labels or p.roles.y


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


def plan(eng) -> list:
    """((key), InputSet) requests for the batch: each set without its first example, and with masked values zeroed."""
    p = eng.problem
    r = p.roles
    out = []
    for s in eng.usable:
        base = p.with_lambda(s.input_set, 0.0) if r.lam is not None else s.input_set
        m = p.m(s.input_set) or 0
        y = _ycol(p)
        if r.X is not None and y is not None and m >= 3:
            X = np.asarray(s.input_set.values[r.X], dtype=float)
            Y = np.asarray(s.input_set.values[y], dtype=float)
            if X.shape[0] == m and Y.shape[0] == m:
                out.append((("drop0", s.input_set.name), variant(base, "first example dropped", **{r.X: X[1:], y: Y[1:]})))
        for mask, name in _mask_pairs(p, s.input_set):
            v = np.asarray(s.input_set.values[name], dtype=float).copy()
            v[np.asarray(s.input_set.values[mask]) == 0] = 0.0
            out.append((("masked0", s.input_set.name), variant(s.input_set, f"{name} zeroed where {mask} = 0", **{name: v})))
    return out


def early_findings(eng) -> list[Finding]:
    """Relations that must close cells before the regularisation is analysed (a gradient that is all zeros)."""
    f = _grad_zero(eng)
    return [f] if f is not None else []


def data_gap_findings(eng) -> list[Finding]:
    """Every gap relation of this module on the cells still open."""
    out = []
    for stage in (_unmasked, _first_dropped, _classes_hardcoded, _raw_labels, _wrong_derivative, _matrix_product):
        try:
            f = stage(eng)
        except (ValueError, TypeError, IndexError, FloatingPointError, np.linalg.LinAlgError):
            f = None
        if f is not None:
            out.append(f)
    return out


# -- grad-zero ---------------------------------------------------------------------------------
def _grad_zero(eng) -> Finding | None:
    r = eng.problem.roles
    if r.grad is None:
        return None
    hit = []
    for st in eng.states:
        if not st.ran or not any(st.cells[k].output == r.grad for k in st.data_open | st.reg_open):
            continue
        b, a = eng.flat(st.out, r.grad), eng.flat(st.ref, r.grad)
        if b is None or a is None or b.size != a.size or np.any(b != 0) or not np.any(a != 0):
            return None
        hit.append(st)
    if not hit:
        return None
    for st in hit:
        _close(st, "grad-zero", {k for k in st.data_open | st.reg_open if st.cells[k].output == r.grad})
    gname = eng.output_name(r.grad)
    return Finding("grad-zero", "consistent", f"{gname} is identically zero",
                   f"every entry of PORT's {gname} is 0 on {plural(len(hit), 'set')} ({set_list([s.name for s in hit])}), "
                   f"where OCTAVE's is not (max |grad| {g(max(float(np.max(np.abs(eng.flat(s.ref, r.grad)))) for s in hit))}): "
                   "the gradient is initialised and never computed.", location=gname,
                   fix=f"# compute {gname} (backpropagation) after it is initialised with zeros",
                   data={"sets": [s.name for s in hit]})


# -- unmasked-term -----------------------------------------------------------------------------
def _unmasked(eng) -> Finding | None:
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
        change = max((r.max_abs for r in eng.compare(outs, st.out, st.s.input_set).values()), default=0.0)
        if change > 0 and all(x.match for x in res.values()):
            confirmed.append((st, change))
            moved.append(st.name)
    if not confirmed:
        return None
    for st, _ in confirmed:
        _close(st, "unmasked-term")
    mask, name = _mask_pairs(p, confirmed[0][0].s.input_set)[0]
    st, change = confirmed[0]
    ev = (f"zeroing {name} where {mask} = 0 changes PORT's outputs by up to {e(change)} on '{st.name}' and OCTAVE's not at "
          f"all; with those values zeroed PORT agrees with OCTAVE on {plural(len(confirmed), 'set')} ({set_list(moved)})")
    return Finding("unmasked-term", "confirmed", f"{name} used where {mask} = 0 (a term not masked)", ev + ".",
                   location=f"{eng.port_name(name)} where {eng.port_name(mask)} = 0",
                   fix=f"# multiply the whole difference by the mask: ((prediction - {eng.port_name(name)}) * {eng.port_name(mask)})",
                   data={"mask": mask, "data": name, "sets": moved, "change": change})


# -- first-example-dropped -----------------------------------------------------------------------
def _first_dropped(eng) -> Finding | None:
    p = eng.problem
    hits, how = [], None
    for st in eng.states:
        got = eng.refs.get(("drop0", st.name))
        if not st.ran or not st.data_open or st.out0 is None:
            continue
        m = p.m(st.s.input_set)
        if m == 1:  # nothing left once the only example is dropped: the data part of what differs is 0
            if all(not np.any(eng.flat(st.out0, i)) for i in {st.cells[k].output for k in st.data_open}):
                hits.append(st)
                continue
            return None
        if got is None or got[1] is None:
            continue
        kind = _dropped_kind(eng, st, tuple(got[1]), m)
        if kind is None:
            return None
        how = how or kind
        hits.append(st)
    if not hits or how is None:
        return None
    for st in hits:
        _close(st, "first-example-dropped")
    what = {"scaled": "OCTAVE on the set without its first example, times (m-1)/m: the sum skips example 0 and still "
                      "divides by m",
            "mean": "OCTAVE on the set without its first example: example 0 is left out",
            "subtracted": "2(m-1)/m x OCTAVE without the first example - OCTAVE: example 0 is subtracted, not added"}[how]
    return Finding("first-example-dropped", "confirmed", "the first example dropped from the sum",
                   f"at lambda=0 PORT equals {what}, on {plural(len(hits), 'set')} ({set_list([s.name for s in hits])}).",
                   location="the loop over the examples", fix=fix_for(eng, "first-example-dropped"),
                   data={"sets": [s.name for s in hits], "form": how})


def _dropped_kind(eng, st, ref_drop, m) -> str | None:
    outs = st.out0
    keys = sorted(st.data_open)
    idx = {st.cells[k].output for k in keys}
    for kind, f in (("scaled", lambda d, a: d * (m - 1) / m), ("mean", lambda d, a: d),
                    ("subtracted", lambda d, a: 2 * (m - 1) / m * d - a)):
        ok = True
        for i in idx:
            b, d, a = eng.flat(outs, i), eng.flat(ref_drop, i), eng.flat(st.ref0, i)
            if b is None or d is None or a is None or b.size != d.size:
                return None
            want = f(d, a)
            if not np.allclose(b, want, rtol=1e3 * eng.rtol, atol=eng.atol):
                ok = False
                break
        if ok:
            return kind
    return None


# -- classes-hardcoded ---------------------------------------------------------------------------
def _dims(input_set) -> dict:
    out = {}
    for name, v in input_set.values.items():
        a = as_numeric(v) if not callable(v) else None
        if a is None:
            continue
        if a.size == 1:
            out[name] = int(round(float(a.reshape(-1)[0]))) if float(a.reshape(-1)[0]).is_integer() else None
        else:
            for ax, d in enumerate(a.shape):
                out[f"{name}.shape[{ax}]"] = int(d)
    return out


def _classes_hardcoded(eng) -> Finding | None:
    good = [st for st in eng.states if st.ran and not st.data_open and not st.reg_open]
    bad = [st for st in eng.states if st.raised or st.data_open or st.reg_open]
    if not good or not bad:
        return None
    dims = {st.name: _dims(st.s.input_set) for st in eng.states}
    keys = set.intersection(*(set(d) for d in dims.values()))
    for C in COURSE_SIZES:
        for k in sorted(keys):
            if all(dims[st.name][k] == C for st in good) and all(dims[st.name][k] != C for st in bad):
                for st in bad:
                    st.raise_explained = st.raised
                    _close(st, "classes-hardcoded")
                name = k.split(".")[0]
                ev = (f"PORT agrees with OCTAVE exactly on the {plural(len(good), 'set')} where {k} = {C} "
                      f"({set_list([s.name for s in good])}) and on none of the {plural(len(bad), 'set')} where it is not "
                      f"({', '.join(f'{k} = {dims[s.name][k]}' for s in bad[:3])}): {C} is written where {k} belongs")
                return Finding("classes-hardcoded", "consistent", f"{k} hard-coded to {C}", ev + ".",
                               location=f"a literal {C} (or a module-level constant) in the port",
                               fix=f"# use {eng.port_name(name)}'s own size, e.g. K = {eng.port_name(name)}.shape[0], not {C}",
                               data={"dimension": k, "constant": C, "good": [s.name for s in good], "bad": [s.name for s in bad]})
    return None


# -- onehot-raw-labels ---------------------------------------------------------------------------
def _raw_labels(eng) -> Finding | None:
    p = eng.problem
    r = p.roles
    st = next((st for st in eng.states if st.ran and st.data_open and r.labels is not None), None)
    if st is None or (p.K(st.s.input_set) or 0) < 3:
        return None
    y = np.asarray(st.s.input_set.values[r.labels], dtype=float)
    base = p.with_lambda(st.s.input_set, 0.0) if r.lam is not None else st.s.input_set
    outs = []
    for k in (1.0, 2.0, 3.0):
        run, o = eng.port_outputs(variant(base, f"every label {k:g}", **{r.labels: np.full(y.shape, k)}))
        if o is None:
            return None
        outs.append(o)
    affine = []
    for i in {st.cells[k].output for k in st.data_open}:
        f1, f2, f3 = (eng.flat(o, i) for o in outs)
        if f1 is None or f2 is None or f3 is None or f1.size != f2.size or f2.size != f3.size:
            return None
        step = f2 - f1
        if not np.any(np.abs(step) > 1e-12) or not np.allclose(f3 - f2, step, rtol=1e-7, atol=1e-12):
            return None
        affine.append(eng.output_name(i))
    for s in eng.states:
        if s.ran and s.data_open:
            _close(s, "onehot-raw-labels")
    yname = eng.port_name(r.labels)
    ev = (f"with every label 1, 2, 3 in turn (lambda=0), PORT's {', '.join(affine)} change by the same step each time: "
          f"affine in the label's value, as when the labels themselves enter the arithmetic; a one-hot matrix of 1..K "
          f"makes no such steps (OCTAVE's do not)")
    return Finding("onehot-raw-labels", "consistent", f"the raw {yname} used where the one-hot matrix belongs", ev + ".",
                   location=f"{yname} in the output error (a3 - Y)",
                   fix=f"# build the one-hot matrix of {yname} (labels 1..K) and use it in place of {yname}",
                   data={"outputs": affine})


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
    if A.size != B.size or A.size < 4 or A.ndim != 2 or min(A.shape) < 2:
        return None
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
    ("sigmoid(sigmoid(z)) * (1 - sigmoid(sigmoid(z)))", lambda z, s: _sig(s) * (1 - _sig(s)),
     "the derivative taken at the activation instead of z"),
)


def _sig(z):
    with np.errstate(all="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def _wrong_derivative(eng) -> Finding | None:
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
        s = _sig(z)
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


def _matrix_product(eng) -> Finding | None:
    """``np.dot`` / ``@`` where Octave's ``.*`` is elementwise: alignment errors on matrices, sums on vectors."""
    raised = [st for st in eng.states if st.raised and st.run is not None and st.run.failure is not None
              and st.run.failure.type == "ValueError"
              and any(w in st.run.failure.message for w in ("not aligned", "matmul", "mismatch in its core dimension"))]
    if not raised:
        return None
    summed = []
    for st in eng.states:
        if st in raised or not st.ran or not st.data_open:
            continue
        A = np.asarray(st.ref[0], dtype=float)
        B = as_numeric(st.out[0])
        if B is None or not (B.size == 1 and A.size > 1 and np.isclose(B.reshape(-1)[0], np.sum(A), rtol=1e-9)):
            return None
        summed.append(st)
    for st in raised + summed:
        st.raise_explained = st.raised
        _close(st, "elementwise-vs-matrix")
    site = raised[0].run.failure.site(quoted=True)
    ev = (f"a matrix product where Octave multiplies elementwise: {raised[0].run.failure.brief()} on "
          f"{plural(len(raised), 'set')}" + (f"; on {plural(len(summed), 'set')} with a vector PORT returns one number, "
                                              "the sum of OCTAVE's entries (a dot product)" if summed else "")
          + "; scalars agree")
    return Finding("elementwise-vs-matrix", "consistent", "np.dot / @ for an elementwise product", ev + ".",
                   location=f"raised at {site}", fix="a * b   # Octave's a .* b is elementwise; np.dot and @ are matrix products",
                   data={"raised": [s.name for s in raised], "summed": [s.name for s in summed]})
