"""The reference side of a gradient check, computed inside Octave in one call.

A check of the Octave reference's own gradient needs 2N evaluations of its cost.
As round trips (about 10 ms each) that would be 0.8 s at the debug size and
minutes at the full size; inside one Octave call it is a loop over the entries
(:func:`portcheck.gradcheck.octave_numerical_gradient_code`), so the cost is
the evaluations themselves.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass

import numpy as np

from .octave_code import octave_numerical_gradient_code
from .steps import relative_step

__all__ = ["ReferenceGradientCheck", "reference_gradient_check", "ReferenceDirectionalCheck", "reference_directional_check"]


@dataclass(frozen=True)
class ReferenceGradientCheck:
    """Octave's analytic gradient against Octave's own central differences."""

    function: str
    n_params: int
    step: float
    ng_relative: float
    max_abs: float
    worst_index: int
    numerical: tuple
    analytic: tuple
    seconds: float
    round_trips: int

    @property
    def passed(self) -> bool:
        # Central differences with h = eps^(1/3) leave an error of about
        # eps^(2/3) ~ 4e-11 relative (Numerical Recipes 5.7); 1e-7 is far above
        # that and far below any real gradient bug.
        return self.ng_relative < 1e-7

    def verdict(self) -> str:
        word = "pass" if self.passed else "FAIL"
        return (f"{word}: Octave {self.function} analytic gradient vs Octave central differences "
                f"(h = {self.step:.2e} x max(1,|x|), {2 * self.n_params} evaluations in 1 Octave call, {self.seconds:.2f} s): "
                f"Ng's relative difference {self.ng_relative:.2e}")

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("numerical")
        d.pop("analytic")
        d["passed"] = self.passed
        return d


def reference_gradient_check(session, function: str, input_names, values: dict, wrt: str, nout: int) -> ReferenceGradientCheck:
    """Numerical gradient of the reference ``function`` w.r.t. input ``wrt``, in Octave.

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
    """
    t0 = time.perf_counter()
    trips0 = session.round_trips
    safe = {name: f"portcheck_in_{i}" for i, name in enumerate(input_names)}
    session.push_many({safe[name]: values[name] for name in input_names})
    step = relative_step("central", np.float64)
    code = octave_numerical_gradient_code(function, [safe[n] for n in input_names], wrt=list(input_names).index(wrt), step=step,
                                          out="portcheck_numgrad")
    outs = ", ".join(["portcheck_J", "portcheck_grad"] + [f"portcheck_o{k}" for k in range(3, nout + 1)])
    call = f"[{outs}] = {function}({', '.join(safe[n] for n in input_names)});"
    session.eval(code + "\n" + call + "\nportcheck_pair = [portcheck_numgrad(:), portcheck_grad(:)];")
    pair = np.asarray(session.pull("portcheck_pair"), dtype=float)
    session.eval("clear -regexp ^portcheck_")
    n, g = pair[:, 0], pair[:, 1]
    denom = np.linalg.norm(n + g)
    ng = float(np.linalg.norm(n - g) / denom) if denom > 0 else float(np.linalg.norm(n - g))
    diff = np.abs(n - g)
    return ReferenceGradientCheck(function, int(n.size), float(step), ng, float(diff.max()), int(diff.argmax()),
                                  tuple(n.tolist()), tuple(g.tolist()), time.perf_counter() - t0, session.round_trips - trips0)


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


def reference_directional_check(session, function: str, input_names, values: dict, wrt: str, nout: int,
                                blocks=None, n_directions: int = 3, seed: int = 0, safety: float = 10.0) -> ReferenceDirectionalCheck:
    """The fast path on the reference side: directional checks per block, in ONE Octave call.

    Parameters
    ----------
    blocks : sequence of (name, size), optional
        Consecutive blocks of the parameter vector (default: one block, all of it).
    n_directions : int
        Rademacher directions per block; each costs 4 evaluations (+-h, +-2h).
    safety : float
        The threshold is ``safety`` x (rounding ``eps*|J|/h`` + measured truncation).

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
    n = x.size
    blocks = list(blocks or [(wrt, n)])
    rng = np.random.default_rng(seed)
    V = np.zeros((n, n_directions * len(blocks)))
    start = 0
    for b, (_, size) in enumerate(blocks):
        for k in range(n_directions):
            V[start:start + size, b * n_directions + k] = rng.integers(0, 2, size=size) * 2 - 1.0
        start += size
    V /= np.sqrt(np.maximum((V != 0).sum(axis=0), 1))  # unit-norm directions
    h = relative_step("central", np.float64) * max(1.0, float(np.max(np.abs(x))))
    safe = {name: f"portcheck_in_{i}" for i, name in enumerate(names)}
    session.push_many({**{safe[name]: values[name] for name in names}, "portcheck_V": V})
    w = safe[wrt]
    args = ", ".join(safe[nm] for nm in names)
    outs = ", ".join(["portcheck_J0", "portcheck_g"] + [f"portcheck_o{k}" for k in range(3, nout + 1)])
    code = f"""
[{outs}] = {function}({args});
portcheck_x = {w}; portcheck_steps = {h!r} * [1, -1, 2, -2];
portcheck_res = zeros(columns(portcheck_V), 4);
for portcheck_k = 1:columns(portcheck_V)
  for portcheck_j = 1:4
    {w} = reshape(portcheck_x(:) + portcheck_steps(portcheck_j) * portcheck_V(:, portcheck_k), size(portcheck_x));
    portcheck_res(portcheck_k, portcheck_j) = {function}({args});
  end
end
{w} = portcheck_x;
portcheck_out = [portcheck_res, portcheck_V' * portcheck_g(:), repmat(portcheck_J0, columns(portcheck_V), 1)];
"""
    session.eval(code)
    out = np.asarray(session.pull("portcheck_out"), dtype=float)
    session.eval("clear -regexp ^portcheck_")
    fd_h = (out[:, 0] - out[:, 1]) / (2 * h)
    fd_2h = (out[:, 2] - out[:, 3]) / (4 * h)
    analytic, J0 = out[:, 4], out[:, 5]
    eps = np.finfo(float).eps
    threshold = safety * (eps * np.maximum(1.0, np.abs(J0)) / h + np.abs(fd_2h - fd_h) / 3) + 1e-300
    diff = np.abs(fd_h - analytic)
    rows = []
    for b, (name, _) in enumerate(blocks):
        sl = slice(b * n_directions, (b + 1) * n_directions)
        rows.append((name, n_directions, float(diff[sl].max()), float(threshold[sl].max()), bool(np.all(diff[sl] <= threshold[sl]))))
    return ReferenceDirectionalCheck(function, int(n), float(h), tuple(rows), 1 + 4 * V.shape[1],
                                     time.perf_counter() - t0, session.round_trips - trips0)
