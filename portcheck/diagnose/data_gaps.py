"""Relations on the data term that real ports need (catalog gaps met in the wild).

Each is a general relation between PORT, OCTAVE and re-runs, never a
pattern of one file:

``first-example-dropped``
    PORT at lambda = 0 equals OCTAVE on the set without its first example,
    times (m-1)/m (a loop from 1 that still divides by m) or not, or the
    first example subtracted instead of added. OCTAVE without the example comes
    from the diagnosis batch.
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
``bias-column``
    PORT equals OCTAVE with the hidden bias unit at sigmoid(1) instead of 1
    (OCTAVE re-run so, in the batch): the ones column went through the sigmoid.

Relations on one output alone are in :mod:`.shape_gaps`; a mask missing from a term in :mod:`.mask_gaps`.
"""
from __future__ import annotations

import numpy as np

from ..compare import as_numeric
from .finding import Finding
from .fixes import fix_for
from .mask_gaps import close as _close, mask_plan, unmasked, unmasked_output
from .problem import variant
from .descent import sequential_update
from .shape_gaps import matrix_product, sig, wrong_derivative
from .wording import g, plural, set_list

__all__ = ["plan", "early_findings", "data_gap_findings", "COURSE_SIZES"]

#: Sizes the course hard-codes: classes, pixels (20x20), hidden units, examples.
COURSE_SIZES = (10, 400, 25, 5000)


# -- what the batch must evaluate ------------------------------------------------------------
def _ycol(p):
    return p.roles.labels or p.roles.y


def _layers(p, input_set):
    """(W1, W2) input names of a two-layer network: W1 (h, n+1) applied to X (m, n), W2 (K, h+1) to the hidden layer."""
    X = p.roles.X
    if X is None:
        return None
    Xs = np.shape(input_set.values[X])
    mats = [(n, np.shape(v)) for n, v in input_set.values.items() if n != X and not callable(v) and np.ndim(v) == 2]
    for n1, s1 in mats:
        if len(Xs) != 2 or s1[1] != Xs[1] + 1:
            continue
        for n2, s2 in mats:
            if n2 != n1 and s2[1] == s1[0] + 1:
                return n1, n2
    return None


def _cuts(input_set) -> list:
    """(key, input, axis, C) for every array dimension a little above a course constant C (C < d <= 3C)."""
    out = []
    for name, v in input_set.values.items():
        a = as_numeric(v) if not callable(v) else None
        if a is None or a.ndim != 2 or a.size < 2:
            continue
        for axis, d in enumerate(a.shape):
            for C in COURSE_SIZES:
                if C < d <= 3 * C:
                    out.append((f"{name}.shape[{axis}]", name, axis, C))
    return out


def _network_blocks(p, input_set):
    """(W1, W2) blocks of a two-layer network unrolled in the parameter vector (W2 has one column per hidden unit + 1)."""
    if p.roles.params is None:
        return None
    blocks = p.blocks(input_set)
    if len(blocks) == 2 and len(blocks[1].shape) == 2 and blocks[1].shape[1] == blocks[0].shape[0] + 1 \
            and all(b.bias_column for b in blocks):
        return blocks[0], blocks[1]
    return None


def _bias_unit_gradient(eng, input_set, ref) -> tuple | None:
    """OCTAVE's outputs (hidden bias at sigmoid(1)) with W2's bias gradient times sigmoid(1), as a port whose bias
    unit is sigmoid(1) computes it (``d3' * a2`` with a2's first column 0.731)."""
    p = eng.problem
    nb, gi = _network_blocks(p, input_set), p.roles.grad
    if nb is None or gi is None or ref[gi] is None:
        return None
    grad = np.asarray(ref[gi], dtype=float)
    flat = grad.ravel(order="F").copy()
    flat[nb[1].offset:nb[1].offset + nb[1].shape[0]] *= float(sig(1.0))
    return tuple(flat.reshape(grad.shape, order="F") if i == gi else o for i, o in enumerate(ref))


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
        layers = _layers(p, s.input_set)
        if layers is not None:
            W2 = np.asarray(s.input_set.values[layers[1]], dtype=float).copy()
            W2[:, 0] *= float(sig(1.0))
            out.append((("bias-act", s.input_set.name), variant(s.input_set, "hidden bias unit sigmoid(1)",
                                                                 **{layers[1]: W2})))
        elif _network_blocks(p, s.input_set) is not None:  # the layers unrolled in one parameter vector
            flat = p.params(s.input_set).copy()
            b2 = _network_blocks(p, s.input_set)[1]
            flat[b2.offset:b2.offset + b2.shape[0]] *= float(sig(1.0))  # column 0 of W2, column-major
            out.append((("bias-act", s.input_set.name), p.with_params(s.input_set, flat, "hidden bias unit sigmoid(1)")))
        for key, name, axis, C in _cuts(s.input_set):
            v = np.take(np.asarray(s.input_set.values[name], dtype=float), np.arange(C), axis=axis)
            out.append((("cut", s.input_set.name, key), variant(s.input_set, f"{key} cut to {C}", **{name: v})))
        out += mask_plan(p, s.input_set)
    return out


def early_findings(eng) -> list[Finding]:
    """Relations that must close cells before the regularisation is analysed (a gradient that is all zeros)."""
    f = _grad_zero(eng)
    return [f] if f is not None else []


def data_gap_findings(eng) -> list[Finding]:
    """Every gap relation of this module on the cells still open."""
    out = []
    for stage in (unmasked, unmasked_output, _first_dropped, _classes_hardcoded, _raw_labels, wrong_derivative, matrix_product,
                  _bias_activated, sequential_update):
        try:
            f = stage(eng)
        except (ValueError, TypeError, IndexError, FloatingPointError, np.linalg.LinAlgError):
            f = None
        if isinstance(f, list):
            out += f
        elif f is not None:
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
    """A course constant where a dimension belongs: confirmed where PORT on a larger dimension equals OCTAVE cut to
    the constant; consistent where PORT agrees exactly on the sets with that dimension equal to it and on no other."""
    good = [st for st in eng.states if st.ran and not st.data_open and not st.reg_open]
    bad = [st for st in eng.states if st.raised or st.data_open or st.reg_open]
    if not good or not bad:
        return None
    dims = {st.name: _dims(st.s.input_set) for st in eng.states}
    keys = set.intersection(*(set(d) for d in dims.values()))
    for C in COURSE_SIZES:
        for k in sorted(keys):
            if not any(dims[st.name][k] == C for st in good) or any(dims[st.name][k] == C for st in bad):
                continue
            cut = [st for st in bad if st.ran and _equals_cut(eng, st, k)]
            if not cut and not all(dims[st.name][k] == C for st in good):
                continue
            return _hardcoded_finding(eng, k, C, good, bad, cut, dims)
    return None


def _equals_cut(eng, st, key) -> bool:
    got = eng.refs.get(("cut", st.name, key))
    return got is not None and got[1] is not None and all(
        r.match for r in eng.compare(st.out, tuple(got[1]), st.s.input_set).values())


def _hardcoded_finding(eng, k, C, good, bad, cut, dims) -> Finding:
    for st in bad:
        st.raise_explained = st.raised
        _close(st, "classes-hardcoded")
    name = k.split(".")[0]
    ev = (f"PORT agrees with OCTAVE on {set_list([s.name for s in good if dims[s.name][k] == C])} where {k} = {C}, "
          f"and not on the {plural(len(bad), 'set')} where it is not ({', '.join(f'{k} = {dims[s.name][k]}' for s in bad[:3])})")
    if cut:
        ev += (f"; on {set_list([s.name for s in cut])} PORT equals OCTAVE run on the first {C} along {k}: it stops at "
               f"{C} where Octave goes to {dims[cut[0].name][k]}")
    return Finding("classes-hardcoded", "confirmed" if cut else "consistent", f"{k} hard-coded to {C}", ev + ".",
                   location=f"a literal {C} (or a module-level constant) in the port",
                   fix=f"# use {eng.port_name(name)}'s own size, e.g. K = {eng.port_name(name)}.shape[0], not {C}",
                   data={"dimension": k, "constant": C, "good": [s.name for s in good], "bad": [s.name for s in bad],
                         "cut": [s.name for s in cut]})


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


def _bias_activated(eng) -> Finding | None:
    """PORT equals OCTAVE with the hidden layer's bias unit at sigmoid(1) = 0.731 instead of 1: the ones column added
    before the activation (``sigmoid([ones, z2])``) instead of after it."""
    hits = []
    for st in eng.states:
        if not st.ran or not st.data_open:
            continue
        got = eng.refs.get(("bias-act", st.name))
        if got is None or got[1] is None:
            return None
        res = eng.compare(st.out, tuple(got[1]), st.s.input_set)
        if not all(r.match for r in res.values()):
            alt = _bias_unit_gradient(eng, st.s.input_set, tuple(got[1]))
            if alt is None or not all(r.match for r in eng.compare(st.out, alt, st.s.input_set).values()):
                return None
        hits.append(st)
    if not hits:
        return None
    for st in hits:
        _close(st, "bias-column")
    layers = _layers(eng.problem, hits[0].s.input_set)
    W2 = layers[1] if layers is not None else _network_blocks(eng.problem, hits[0].s.input_set)[1].name
    ev = (f"PORT's outputs equal OCTAVE's with the hidden layer's bias unit at sigmoid(1) = {g(float(sig(1.0)), 4)} "
          f"instead of 1 (OCTAVE re-run with {W2}(:,1) scaled by it) on {plural(len(hits), 'set')} "
          f"({set_list([s.name for s in hits])}): the column of ones goes through the sigmoid")
    return Finding("bias-column", "confirmed", "bias unit added before the activation", ev + ".",
                   location="the hidden layer: the ones column is stacked before sigmoid()",
                   fix="# add the ones column after the sigmoid: a2 = [ones, sigmoid(z2)], not sigmoid([ones, z2])",
                   data={"sets": [s.name for s in hits]})
