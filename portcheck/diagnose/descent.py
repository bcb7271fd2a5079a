"""Gradient descent updating its parameters one component at a time (ex1's gradientDescent, gradientDescentMulti).

Octave's step is simultaneous: every component of ``theta`` moves along the
gradient taken at the same ``theta`` (``theta = theta - alpha/m * X' * (X*theta - y)``).
A port that loops over the components and writes ``theta[j]`` in place makes
the later components see the earlier ones' new values -- the course's own
lecture warns against it, and it is exact when ``theta`` has one component, so
ports pass a one-feature check and fail elsewhere. The sequential variant is
computed here from the inputs (NumPy, no probe run) and compared with PORT's
outputs on every set still open; when every open output equals it on every
such set, the update is named.
"""
from __future__ import annotations

import numpy as np

from .finding import Finding
from .wording import plural, set_list

__all__ = ["sequential_update"]

_CASES = ("gradientDescent", "gradientDescentMulti")


def _sequential(X, y, theta, alpha: float, iters: int):
    """theta and J_history of batch descent whose components are updated in place, in order."""
    m = y.shape[0]
    theta = theta.astype(float).copy()
    J = np.zeros((iters, 1))
    for it in range(iters):
        for j in range(theta.shape[0]):
            theta[j, 0] = theta[j, 0] - alpha / m * float(np.sum((X @ theta - y) * X[:, [j]]))
        r = X @ theta - y
        J[it, 0] = float(np.sum(r * r)) / (2 * m)
    return theta, J


def _inputs(values):
    try:
        X = np.asarray(values["X"], dtype=float)
        y = np.asarray(values["y"], dtype=float).reshape(-1, 1)
        theta = np.asarray(values["theta"], dtype=float).reshape(-1, 1)
        alpha, iters = float(np.asarray(values["alpha"]).reshape(-1)[0]), float(np.asarray(values["num_iters"]).reshape(-1)[0])
    except (KeyError, TypeError, ValueError):
        return None
    if X.ndim != 2 or X.shape != (y.shape[0], theta.shape[0]) or not iters.is_integer() or not 0 < iters <= 10_000:
        return None
    return X, y, theta, alpha, int(iters)


def sequential_update(eng) -> Finding | None:
    """PORT's open outputs are the in-place, component-by-component update's on every set where they differ."""
    if getattr(eng.ctx.case, "name", "") not in _CASES:
        return None
    hits = []
    for st in eng.states:
        if not st.ran or not st.data_open:
            continue
        args = _inputs(st.s.input_set.values)
        if args is None or args[2].shape[0] < 2:
            return None
        want = [a.ravel(order="F") for a in _sequential(*args)]
        for i in sorted({st.cells[k].output for k in st.data_open}):
            got = eng.flat(st.out, i)
            if i >= len(want) or got is None or got.shape != want[i].shape:
                return None
            scale = max(1.0, float(np.abs(want[i]).max(initial=0.0)))
            if not np.allclose(got, want[i], rtol=1e-9, atol=1e-12 * scale):
                return None
        hits.append(st)
    if not hits:
        return None
    for st in hits:
        for k in list(st.data_open):
            st.data_open.discard(k)
            st.explained.setdefault(k, []).append("non-simultaneous-update")
    theta = eng.port_name("theta")
    return Finding(
        "non-simultaneous-update", "consistent", "parameters updated one component at a time",
        f"PORT's outputs are those of descent that writes each {theta}[j] in place, later components using the new "
        f"values, on {plural(len(hits), 'set')} ({set_list([s.name for s in hits])}); OCTAVE updates every component "
        f"from the same {theta} (with one component the two agree).",
        location=f"the update of {theta} inside the loop over its components",
        fix=f"{theta} = {theta} - alpha / m * (X.T @ (X @ {theta} - y))   # all components at once, as Octave does",
        data={"sets": [s.name for s in hits]})
