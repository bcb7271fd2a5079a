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
    """theta, J_history, and J_history recorded before each step, of descent updating components in place, in order."""
    m = y.shape[0]
    theta = theta.astype(float).copy()
    cost = lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m)
    J, J_before = np.zeros((iters, 1)), np.zeros((iters, 1))
    for it in range(iters):
        J_before[it, 0] = cost(theta)
        for j in range(theta.shape[0]):
            theta[j, 0] = theta[j, 0] - alpha / m * float(np.sum((X @ theta - y) * X[:, [j]]))
        J[it, 0] = cost(theta)
    return theta, J, J_before


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


def sequential_update(eng) -> list[Finding] | None:
    """PORT's theta is the in-place, component-by-component update's on every set still open (its J_history
    then after each step, as Octave's, or before it: one step behind, named too)."""
    if getattr(eng.ctx.case, "name", "") not in _CASES:
        return None
    hits, before = [], []
    for st in eng.states:
        if not st.ran or not st.data_open:
            continue
        args = _inputs(st.s.input_set.values)
        if args is None or args[2].shape[0] < 2:
            return None
        theta, J, J_before = (a.ravel(order="F") for a in _sequential(*args))
        if not _equal(eng.flat(st.out, 0), theta):
            return None
        J_port = eng.flat(st.out, 1) if len(eng.ctx.output_names) > 1 else None
        early = J_port is not None and not _equal(J_port, J) and _equal(J_port, J_before)
        for k in list(st.data_open):
            if st.cells[k].output == 0 or (J_port is not None and (early or _equal(J_port, J))):
                st.data_open.discard(k)
                st.explained.setdefault(k, []).append("index-shift" if early and st.cells[k].output == 1
                                                      else "non-simultaneous-update")
        hits.append(st)
        if early:
            before.append(st)
    return _findings(eng, hits, before) if hits else None


def _equal(got, want) -> bool:
    if got is None or got.shape != want.shape:
        return False
    return bool(np.allclose(got, want, rtol=1e-9, atol=1e-12 * max(1.0, float(np.abs(want).max(initial=0.0)))))


def _findings(eng, hits, before) -> list[Finding]:
    theta = eng.port_name("theta")
    out = [Finding(
        "non-simultaneous-update", "consistent", "parameters updated one component at a time",
        f"PORT's {theta} is that of descent writing each {theta}[j] in place, later components using the new values, "
        f"on {plural(len(hits), 'set')} ({set_list([s.name for s in hits])}); OCTAVE updates every component from "
        f"the same {theta} (with one component the two agree).",
        location=f"the update of {theta} inside the loop over its components",
        fix=f"{theta} = {theta} - alpha / m * (X.T @ (X @ {theta} - y))   # all components at once, as Octave does",
        data={"sets": [s.name for s in hits]})]
    if before:
        hist = eng.output_name(1)
        out.append(Finding(
            "index-shift", "consistent", f"{hist} recorded before each step",
            f"PORT's {hist}[k] is the cost before step k (of its own update) on {plural(len(before), 'set')} "
            f"({set_list([s.name for s in before])}); OCTAVE records it after the step, so PORT's is one step behind.",
            location=hist, fix=f"# record {hist}[k] after the update of step k, as Octave's loop does",
            data={"sets": [s.name for s in before]}))
    return out
