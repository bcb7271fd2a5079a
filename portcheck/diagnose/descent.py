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
from .wording import g, plural, set_list

__all__ = ["sequential_update"]

_CASES = ("gradientDescent", "gradientDescentMulti")


def _descent(X, y, theta, alpha: float, iters: int, sequential: bool):
    """theta, J_history after each step, and J_history before each step, of batch descent (its components updated
    together as Octave does, or in place one at a time)."""
    m = y.shape[0]
    theta = theta.astype(float).copy()
    cost = lambda t: float(np.sum((X @ t - y) ** 2)) / (2 * m)
    J, J_before = np.zeros((iters, 1)), np.zeros((iters, 1))
    for it in range(iters):
        J_before[it, 0] = cost(theta)
        if sequential:
            for j in range(theta.shape[0]):
                theta[j, 0] = theta[j, 0] - alpha / m * float(np.sum((X @ theta - y) * X[:, [j]]))
        else:
            theta = theta - alpha / m * (X.T @ (X @ theta - y))
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
    """The descent PORT ran, read from its outputs on every set still open: its update (together, or one component
    at a time), and its J_history -- after each step or before it (one step behind), at Octave's scale or at a
    constant multiple of it (``/ m`` where Octave has ``/ (2 m)``). Named only where it is not Octave's."""
    if getattr(eng.ctx.case, "name", "") not in _CASES or len(eng.ctx.output_names) < 2:
        return None
    hits, model = [], None
    for st in eng.states:
        if not st.ran or not st.data_open:
            continue
        args = _inputs(st.s.input_set.values)
        if args is None or args[2].shape[0] < 2:
            return None
        found = _model(eng, st, args)
        if found is None or (model is not None and found != model):
            return None
        model = found
        hits.append(st)
    if not hits or model == (False, False, 1.0):
        return None
    sequential, early, scale = model
    for st in hits:
        for k in list(st.data_open):
            st.data_open.discard(k)
            st.explained.setdefault(k, []).append("non-simultaneous-update" if sequential and st.cells[k].output == 0
                                                  else "index-shift" if early else "missing-1-over-m")
    return _findings(eng, hits, sequential, early, scale)


def _model(eng, st, args):
    """(sequential, J before the step, J's scale) that reproduces PORT's outputs on this set, or None."""
    theta_port, J_port = eng.flat(st.out, 0), eng.flat(st.out, 1)
    for sequential in (False, True):
        theta, J, J_before = (a.ravel(order="F") for a in _descent(*args, sequential))
        if not _equal(theta_port, theta):
            continue
        for early, want in ((False, J), (True, J_before)):
            if J_port is None or J_port.shape != want.shape or not np.any(want):
                continue
            scale = float(np.dot(J_port, want) / np.dot(want, want))
            for c in (1.0, 2.0, 0.5):
                if abs(scale - c) < 1e-9 * c and _equal(J_port, c * want):
                    return sequential, early, c
    return None


def _equal(got, want) -> bool:
    if got is None or got.shape != want.shape:
        return False
    return bool(np.allclose(got, want, rtol=1e-9, atol=1e-12 * max(1.0, float(np.abs(want).max(initial=0.0)))))


def _findings(eng, hits, sequential: bool, early: bool, scale: float) -> list[Finding]:
    theta, hist = eng.port_name("theta"), eng.output_name(1)
    sets = f"{plural(len(hits), 'set')} ({set_list([s.name for s in hits])})"
    out = []
    if sequential:
        out.append(Finding(
            "non-simultaneous-update", "consistent", "parameters updated one component at a time",
            f"PORT's {theta} is that of descent writing each {theta}[j] in place, later components using the new "
            f"values, on {sets}; OCTAVE updates every component from the same {theta} (with one component the two "
            f"agree).", location=f"the update of {theta} inside the loop over its components",
            fix=f"{theta} = {theta} - alpha / m * (X.T @ (X @ {theta} - y))   # all components at once, as Octave does",
            data={"sets": [s.name for s in hits]}))
    if early:
        out.append(Finding(
            "index-shift", "consistent", f"{hist} recorded before each step",
            f"PORT's {hist}[k] is the cost before step k (of its own update) on {sets}; OCTAVE records it after the "
            f"step, so PORT's is one step behind.", location=hist,
            fix=f"# record {hist}[k] after the update of step k, as Octave's loop does",
            data={"sets": [s.name for s in hits]}))
    if scale != 1.0:
        out.append(Finding(
            "missing-1-over-m", "consistent", f"{hist} {g(scale)} x the cost",
            f"PORT's {hist} is {g(scale)} x the cost (of its own steps) on {sets}: "
            + ("divided by m where Octave's computeCost divides by 2m" if scale == 2.0 else
               "divided by 4m where Octave's divides by 2m") + ".", location=hist,
            fix="J = np.sum((X @ theta - y) ** 2) / (2 * m)   # the cost's 1/(2m)",
            data={"sets": [s.name for s in hits], "factor": scale}))
    return out
