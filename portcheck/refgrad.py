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

from .gradcheck import octave_numerical_gradient_code, relative_step

__all__ = ["ReferenceGradientCheck", "reference_gradient_check"]


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
    for name in input_names:
        session.push(safe[name], values[name])
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
