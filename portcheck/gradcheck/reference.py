"""The reference side of a gradient check: the Octave reference's own gradient, inside Octave in one call.

A check of the reference's gradient needs 2N (here 4N: at h and 2h) evaluations
of its cost. As round trips (about 10 ms each) that would be seconds at the
debug size and hours at the full size; inside one Octave call it is a loop over
the entries (:func:`~portcheck.gradcheck.octave_code.octave_numerical_gradient_code`),
so the cost is the evaluations themselves. The values come back and are judged
here by the same core as the Python side (:mod:`portcheck.gradcheck.core`): the
estimated error of each difference, the truncation measured at 2h, the one
threshold rule.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass

import numpy as np

from .core import DEFAULT_SAFETY, directional_difference, fd_error, measured_truncation, within
from .octave_code import octave_numerical_gradient_code
from .steps import relative_step

__all__ = ["ReferenceGradientCheck", "reference_gradient_check", "ReferenceDirectionalCheck",
           "reference_directional_check"]


@dataclass(frozen=True)
class ReferenceGradientCheck:
    """Octave's analytic gradient against Octave's own central differences, entry by entry."""

    function: str
    n_params: int
    step: float
    ng_relative: float
    max_abs: float
    worst_index: int
    violations: int        # entries outside safety x their estimated error
    passed: bool
    numerical: tuple
    analytic: tuple
    seconds: float
    round_trips: int
    evaluations: int

    def verdict(self) -> str:
        word = "pass" if self.passed else "FAIL"
        return (f"{word}: Octave {self.function} analytic gradient vs Octave central differences "
                f"(h = {self.step:.2e} x max(1,|x|), {self.evaluations} evaluations in 1 Octave call, "
                f"{self.seconds:.2f} s): {self.violations} of {self.n_params} entries outside "
                f"{DEFAULT_SAFETY:g}x their estimated error; Ng's relative difference {self.ng_relative:.2e}")

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("numerical")
        d.pop("analytic")
        return d


def _push_inputs(session, input_names, values: dict, extra=None) -> dict:
    """Every input in Octave's workspace under a safe name, in one round trip; returns the names."""
    safe = {name: f"portcheck_in_{i}" for i, name in enumerate(input_names)}
    session.push_many({**{safe[name]: values[name] for name in input_names}, **(extra or {})})
    return safe


def _call_line(function: str, args: str, nout: int, first: str, second: str) -> str:
    outs = ", ".join([first, second] + [f"portcheck_o{k}" for k in range(3, nout + 1)])
    return f"[{outs}] = {function}({args});"


def reference_gradient_check(session, function: str, input_names, values: dict, wrt: str, nout: int,
                             safety: float = DEFAULT_SAFETY) -> ReferenceGradientCheck:
    """Numerical gradient of the reference ``function`` w.r.t. input ``wrt``, in Octave, judged entry by entry.

    Parameters
    ----------
    session : OctaveSession
    function : str
        Octave cost function returning ``[J, grad]``.
    input_names : sequence of str
        The ``.m`` argument names, in order.
    values : dict
        Octave-shaped values by name (pushed once into Octave's workspace).
    wrt : str
        The parameter vector's name, e.g. ``"nn_params"``.
    nout : int
        Number of outputs of ``function`` (the gradient is output 2).
    safety : float
        Thresholds are ``safety`` x the estimated error of each entry (:mod:`portcheck.gradcheck.core`).

    Notes
    -----
    Each entry is differenced at ``h = eps^(1/3) max(1, |x_i|)`` and at 2h (4N
    evaluations): the error of the central difference is the core's model
    (rounding at one ulp of the values used, since Octave's noise is not
    measured here, and modelled truncation) plus the truncation measured between
    h and 2h, which also absorbs rounding above one ulp.
    """
    t0 = time.perf_counter()
    trips0 = session.round_trips
    names = list(input_names)
    safe = _push_inputs(session, names, values)
    step = relative_step("central", np.float64)
    code = octave_numerical_gradient_code(function, [safe[n] for n in names], wrt=names.index(wrt), step=step,
                                          out="portcheck_numgrad", values="portcheck_fvals")
    call = _call_line(function, ", ".join(safe[n] for n in names), nout, "portcheck_J", "portcheck_grad")
    session.eval(code + "\n" + call + "\nportcheck_out = [portcheck_fvals, portcheck_grad(:), "
                 "repmat(portcheck_J, numel(portcheck_grad), 1)];")
    out = np.asarray(session.pull("portcheck_out"), dtype=float)
    session.eval("clear -regexp ^portcheck_")
    fp, fm, fp2, fm2, width, width2, g, J = out.T
    f0 = float(J[0])
    n, n2 = (fp - fm) / width, (fp2 - fm2) / width2
    h = width / 2
    x = np.asarray(values[wrt], dtype=float).ravel(order="F")
    eps = float(np.finfo(np.float64).eps)
    noise = eps * np.maximum(np.maximum(np.abs(fp), np.abs(fm)), abs(f0))
    err = (fd_error("central", n, g, h, np.maximum(1.0, np.abs(x)), f0, noise, eps, (fp - 2 * f0 + fm) / h)
           + measured_truncation(n - g, n2 - g))
    ok = within(n, g, err, safety)
    denom = np.linalg.norm(n + g)
    ng = float(np.linalg.norm(n - g) / denom) if denom > 0 else float(np.linalg.norm(n - g))
    diff = np.abs(n - g)
    return ReferenceGradientCheck(function, int(n.size), float(step), ng, float(diff.max()), int(diff.argmax()),
                                  int((~ok).sum()), bool(ok.all()), tuple(n.tolist()), tuple(g.tolist()),
                                  time.perf_counter() - t0, session.round_trips - trips0, 4 * int(n.size))


@dataclass(frozen=True)
class ReferenceDirectionalCheck:
    """Octave's gradient against central differences along random directions, per block.

    For each direction v: ``g.v`` (Octave's analytic gradient) against
    ``(J(x+hv) - J(x-hv)) / 2h``; the same at 2h measures the truncation
    error (it grows as h^2 for central differences, a wrong gradient does not).
    """

    function: str
    n_params: int
    step: float
    blocks: tuple          # (name, n_directions, worst |fd - g.v|, worst threshold, passed)
    evaluations: int
    seconds: float
    round_trips: int

    @property
    def passed(self) -> bool:
        return all(b[4] for b in self.blocks)

    def verdict(self) -> str:
        word = "pass" if self.passed else "FAIL"
        per = "; ".join(f"{name}: |fd - g.v| {worst:.1e} vs threshold {thr:.1e}" for name, _, worst, thr, _ in self.blocks)
        return (f"{word}: Octave {self.function} analytic gradient vs central differences along "
                f"{sum(b[1] for b in self.blocks)} random +-1 directions ({self.n_params} parameters, "
                f"{self.evaluations} evaluations in 1 Octave call, {self.seconds:.2f} s): {per}")

    def to_dict(self) -> dict:
        return {"function": self.function, "n_params": self.n_params, "step": self.step, "passed": self.passed,
                "blocks": [{"name": n, "directions": k, "max_difference": w, "threshold": t, "passed": p}
                           for n, k, w, t, p in self.blocks],
                "evaluations": self.evaluations, "seconds": self.seconds, "round_trips": self.round_trips}


def _directions(n: int, blocks, n_directions: int, seed: int) -> np.ndarray:
    """Unit-norm Rademacher directions, ``n_directions`` supported on each block (columns)."""
    rng = np.random.default_rng(seed)
    V = np.zeros((n, n_directions * len(blocks)))
    start = 0
    for b, (_, size) in enumerate(blocks):
        for k in range(n_directions):
            V[start:start + size, b * n_directions + k] = rng.integers(0, 2, size=size) * 2 - 1.0
        start += size
    return V / np.sqrt(np.maximum((V != 0).sum(axis=0), 1))


def reference_directional_check(session, function: str, input_names, values: dict, wrt: str, nout: int,
                                blocks=None, n_directions: int = 3, seed: int = 0,
                                safety: float = DEFAULT_SAFETY) -> ReferenceDirectionalCheck:
    """The fast path on the reference side: directional checks per block, in ONE Octave call.

    Parameters
    ----------
    blocks : sequence of (name, size), optional
        Consecutive blocks of the parameter vector (default: one block, all of it).
    n_directions : int
        Rademacher directions per block; each costs 4 evaluations (+-h, +-2h).
    safety : float
        Thresholds are ``safety`` x the estimated error (:func:`~portcheck.gradcheck.core.directional_difference`:
        rounding at one ulp of the values, modelled and measured truncation,
        the rounding of ``g . v``).

    Notes
    -----
    Step ``h = eps^(1/3) * max(1, max|x|)`` as for the full check (Numerical
    Recipes 5.7). Rademacher directions give every entry full weight, so a
    single wrong entry moves the projection by its whole error (Hutchinson 1989;
    see :func:`portcheck.gradcheck.noise.random_direction`).
    """
    t0 = time.perf_counter()
    trips0 = session.round_trips
    names = list(input_names)
    x = np.asarray(values[wrt], dtype=float)
    blocks = list(blocks or [(wrt, x.size)])
    V = _directions(x.size, blocks, n_directions, seed)
    h = relative_step("central", np.float64) * max(1.0, float(np.max(np.abs(x))))
    safe = _push_inputs(session, names, values, {"portcheck_V": V})
    w = safe[wrt]
    args = ", ".join(safe[nm] for nm in names)
    code = f"""
{_call_line(function, args, nout, "portcheck_J0", "portcheck_g")}
portcheck_x = {w}; portcheck_steps = {h!r} * [1, -1, 2, -2];
portcheck_res = zeros(columns(portcheck_V), 4);
for portcheck_k = 1:columns(portcheck_V)
  for portcheck_j = 1:4
    {w} = reshape(portcheck_x(:) + portcheck_steps(portcheck_j) * portcheck_V(:, portcheck_k), size(portcheck_x));
    portcheck_res(portcheck_k, portcheck_j) = {function}({args});
  end
end
{w} = portcheck_x;
portcheck_out = [portcheck_res, portcheck_V' * portcheck_g(:), abs(portcheck_V)' * abs(portcheck_g(:)), ...
                 repmat(portcheck_J0, columns(portcheck_V), 1)];
"""
    session.eval(code)
    out = np.asarray(session.pull("portcheck_out"), dtype=float)
    session.eval("clear -regexp ^portcheck_")
    eps = float(np.finfo(np.float64).eps)
    tests = [directional_difference(fp, fm, J0, ana, h, eps=eps, safety=safety, analytic_rounding=eps * ana_abs,
                                    f_plus2=fp2, f_minus2=fm2)
             for fp, fm, fp2, fm2, ana, ana_abs, J0 in out]
    rows = []
    for b, (name, _) in enumerate(blocks):
        mine = tests[b * n_directions:(b + 1) * n_directions]
        rows.append((name, n_directions, max(t.difference for t in mine), max(t.threshold for t in mine),
                     all(t.passed for t in mine)))
    return ReferenceDirectionalCheck(function, int(x.size), float(h), tuple(rows), 1 + 4 * V.shape[1],
                                     time.perf_counter() - t0, session.round_trips - trips0)
