"""The rest of ex4 as built-in cases: sigmoidGradient, debugInitializeWeights, predict, and the gradient checks.

``computeNumericalGradient(J, theta)`` and ``checkNNGradients(lambda)`` take (or
call) a cost function. Both sides must differentiate the *same* cost, or their
outputs cannot be compared: the reference gets an Octave handle to the reference
``nnCostFunction`` on the debug network, the port a Python callable of the
bundled correct port's cost with the same values
(:class:`~portcheck.runner.handles.FunctionHandle`). A port of
``checkNNGradients`` may take the cost function as a first argument (as the
course's Python edition does): it gets the bundled ``nnCostFunction``.

Tolerances of the gradient checks: a central difference divides the cost's
rounding error (a few ulps of J ~ 2, about 1e-15) by 2e = 2e-4, so OCTAVE's and
PORT's numerical gradients may differ by ~1e-11 in absolute terms, 1e-9
relative to the smallest entries: ``rtol = 1e-6``, ``atol = 1e-9`` keep that
noise and catch a wrong step, sign or entry (1e-4 and more).
"""
from __future__ import annotations

import numpy as np

from ..ports.ex4 import debugInitializeWeights, unroll
from ..runner.handles import FunctionHandle
from .base import Case, InputSet
from .blocks import Block
from .families import TIED, tied_network
from .nncost import debug_network, random_network
from .roles import OutRole, Role, Roles

__all__ = ["CASES"]

_NN = "portcheck.ports.ex4:nnCostFunction"


def _sets(roles: Roles, items) -> list[InputSet]:
    return [InputSet(name, values, desc, roles=roles) for name, values, desc in items]


def _only_debug(size: str) -> None:
    if size not in ("debug", "full"):
        raise ValueError(f"size={size!r}; choose one of ['debug', 'full']")


# --------------------------------------------------------------------------- sigmoidGradient

SG_ROLES = Roles({"z": Role.DATA}, {"g": OutRole.DATA})


def _sigmoid_gradient_sets(size: str = "debug", lambdas=None) -> list[InputSet]:
    _only_debug(size)
    z = np.reshape(6.0 * np.sin(np.arange(1, 21)), (4, 5), order="F")
    z[0, 0] = 0.0
    z[3, 4] = -40.0  # sigmoid underflows to 4e-18: g tiny but not 0
    square = np.reshape(np.cos(np.arange(1, 10)) * 3.0, (3, 3), order="F")
    return _sets(SG_ROLES, [
        ("matrix 4x5", {"z": z}, "z 4x5 from 6 sin(1..20), with 0 and -40"),
        ("square 3x3", {"z": square}, "z 3x3: np.dot in place of * runs here and is wrong"),
        ("column", {"z": np.linspace(-3, 3, 7).reshape(-1, 1)}, "z 7x1 from -3 to 3"),
        ("scalar 0", {"z": 0.0}, "z = 0: g = 0.25"),
        # exp(-z) overflows to inf at z < -709: exp(-z) / (1 + exp(-z))**2 is inf/inf = NaN where g is 0
        ("beyond exp's range", {"z": np.array([[-800.0, -60.0, 0.0, 60.0, 800.0]])},
         "z = -800..800: exp(800) overflows, so a closed form in exp(-z) alone gives NaN where g is 0"),
    ])


# --------------------------------------------------------------------------- debugInitializeWeights

DW_ROLES = Roles({"fan_out": Role.SIZE, "fan_in": Role.SIZE}, {"W": OutRole.DATA})


def _debug_weights_sets(size: str = "debug", lambdas=None) -> list[InputSet]:
    _only_debug(size)
    return _sets(DW_ROLES, [
        ("5x(1+3)", {"fan_out": 5.0, "fan_in": 3.0}, "the checkNNGradients hidden layer: W 5x4"),
        ("3x(1+5)", {"fan_out": 3.0, "fan_in": 5.0}, "the output layer: W 3x6, more columns than rows"),
        ("1x(1+1)", {"fan_out": 1.0, "fan_in": 1.0}, "one unit, one input: W 1x2 (reshape order cannot show)"),
    ])


# --------------------------------------------------------------------------- ex4 predict

PREDICT_ROLES = Roles({"Theta1": Role.DATA, "Theta2": Role.DATA, "X": Role.DESIGN}, {"p": OutRole.LABELS_OUT})


def every_label_network(seed: int = 11, n: int = 5, h: int = 13, K: int = 12, per_label: int = 3):
    """(Theta1, Theta2, X) of a network whose predictions take every label 1..K, each decisively.

    A random network predicts a few labels only (a 5-7-12 one gave 2, 5 and 7),
    so a port's special case for label 10 (``% 10``, ``p[p == 10] = 0``) or for
    labels past 10 never shows. Hidden unit k here points at a direction of its
    own and output k listens to unit k (one more hidden unit, n != h != K);
    ``per_label`` examples are kept for each label from random draws, each with
    its top two outputs far apart (no tie within rounding).
    """
    rng = np.random.default_rng(seed)
    U = rng.normal(0.0, 1.0, (h, n))
    U /= np.linalg.norm(U, axis=1, keepdims=True)
    Theta1 = np.hstack([np.zeros((h, 1)), 3.0 * U])
    Theta2 = np.hstack([np.full((K, 1), -2.0), 8.0 * np.eye(K, h) - 2.0 + rng.normal(0.0, 0.1, (K, h))])
    draws = rng.normal(0.0, 1.5, (4000, n))
    a2 = 1.0 / (1.0 + np.exp(-(np.column_stack([np.ones(len(draws)), draws]) @ Theta1.T)))
    a3 = 1.0 / (1.0 + np.exp(-(np.column_stack([np.ones(len(draws)), a2]) @ Theta2.T)))
    top2 = np.sort(a3, axis=1)[:, -2:]
    label = np.argmax(a3, axis=1)
    keep = [np.flatnonzero((label == k) & (top2[:, 1] - top2[:, 0] > 1e-6))[:per_label] for k in range(K)]
    X = draws[rng.permutation(np.concatenate(keep))]
    return Theta1, Theta2, X


def _predict_sets(size: str = "debug", lambdas=None) -> list[InputSet]:
    _only_debug(size)
    T1, T2, X, _ = debug_network()
    R1, R2, RX, _ = random_network(seed=11, n=5, h=7, K=12, m=40)
    R2 = R2 * 4.0  # decisive outputs: no two labels within rounding of each other
    E1, E2, EX = every_label_network()
    return _sets(PREDICT_ROLES, [
        ("debug network", {"Theta1": T1, "Theta2": T2, "X": X}, "checkNNGradients network: 3-5-3, m=5"),
        ("K=12", {"Theta1": R1, "Theta2": R2, "X": RX},
         "5-7-12 network, m=40, default_rng(11): large, varied weights (a bias unit passed through the sigmoid shows)"),
        ("every label, K=12", {"Theta1": E1, "Theta2": E2, "X": EX},
         "5-13-12 network, m=36: every label 1..12 predicted, 3 times each (a special case for label 10 shows)"),
        ("m=1", {"Theta1": R1, "Theta2": R2, "X": RX[:1]}, "the 5-7-12 network on one example"),
        ("tied scores", tied_network(), TIED),
    ])


# --------------------------------------------------------------------------- gradient checks


def _cost_handle(lambda_: float) -> FunctionHandle:
    """``@(p) nnCostFunction(p, 3, 5, 3, X, y, lambda)`` on the debug network, for both sides."""
    n, h, K = 3, 5, 3
    _, _, X, y = debug_network()
    bound = (float(n), float(h), float(K), X, y, float(lambda_))
    python = (n, h, K, X, y.astype(np.int64), float(lambda_))
    return FunctionHandle("nnCostFunction", _NN, bound, python, 0,
                          f"@(p) nnCostFunction(p, 3, 5, 3, X, y, {lambda_:g})")


NUMGRAD_ROLES = Roles({"J": Role.HANDLE, "theta": Role.PARAMS}, {"numgrad": OutRole.GRAD})


def _numgrad_sets(size: str = "debug", lambdas=None) -> list[InputSet]:
    _only_debug(size)
    T1, T2, _, _ = debug_network()
    theta = unroll(T1, T2).reshape(-1, 1)
    lambdas = (0.0, 3.0) if lambdas is None else tuple(float(v) for v in lambdas)
    return _sets(NUMGRAD_ROLES, [
        (f"nnCost debug, lambda={lam:g}", {"J": _cost_handle(lam), "theta": theta},
         "J = the debug network's nnCostFunction (OCTAVE: the reference's; PORT: the bundled port's)")
        for lam in lambdas
    ])


def _nn_blocks(output: str):
    def blocks(input_set: InputSet) -> dict:
        b1 = Block("Theta1", (5, 4), 0)
        return {output: [b1, Block("Theta2", (3, 6), b1.size)]}
    return blocks


CHECK_ROLES = Roles({"lambda": Role.LAMBDA, "nnCostFunction": Role.HANDLE},
                    {"numgrad": OutRole.GRAD, "grad": OutRole.GRAD, "diff": OutRole.DATA})


def _check_sets(size: str = "debug", lambdas=None) -> list[InputSet]:
    _only_debug(size)
    lambdas = (0.0, 3.0) if lambdas is None else tuple(float(v) for v in lambdas)
    cost = FunctionHandle("nnCostFunction", _NN, (), (), -1, "nnCostFunction (the bundled port)")
    return _sets(CHECK_ROLES, [
        (f"lambda={lam:g}", {"lambda": lam, "nnCostFunction": cost},
         "the course's debug network (3-5-3, m=5); a port that takes the cost function gets the bundled one")
        for lam in lambdas
    ])


def _check_blocks(input_set: InputSet) -> dict:
    b1 = Block("Theta1", (5, 4), 0)
    b2 = Block("Theta2", (3, 6), b1.size)
    return {"numgrad": [b1, b2], "grad": [b1, b2]}


CASES = (
    Case(name="sigmoidGradient", aliases=("ex4/sigmoidGradient",), exercise="ex4", reference="sigmoidGradient",
         port="portcheck.ports.ex4:sigmoidGradient", outputs=("g",), build_inputs=_sigmoid_gradient_sets,
         description="ex4 sigmoidGradient", roles=SG_ROLES),
    Case(name="debugInitializeWeights", aliases=("ex4/debugInitializeWeights",), exercise="ex4",
         reference="debugInitializeWeights", port="portcheck.ports.ex4:debugInitializeWeights", outputs=("W",),
         build_inputs=_debug_weights_sets, description="ex4 debugInitializeWeights", roles=DW_ROLES),
    Case(name="ex4/predict", aliases=("ex4.predict",), exercise="ex4", reference="predict",
         port="portcheck.ports.ex4:predict", outputs=("p",), build_inputs=_predict_sets,
         description="ex4 predict", roles=PREDICT_ROLES),
    Case(name="computeNumericalGradient", aliases=("ex4/computeNumericalGradient",), exercise="ex4",
         reference="computeNumericalGradient", port="portcheck.ports.ex4:computeNumericalGradient",
         outputs=("numgrad",), build_inputs=_numgrad_sets, blocks=_nn_blocks("numgrad"),
         description="ex4 computeNumericalGradient of the debug network's cost", roles=NUMGRAD_ROLES,
         rtol=1e-6, atol=1e-9),
    Case(name="checkNNGradients", aliases=("ex4/checkNNGradients",), exercise="ex4", reference="checkNNGradients",
         port="portcheck.ports.ex4:checkNNGradients", outputs=("numgrad", "grad", "diff"),
         build_inputs=_check_sets, blocks=_check_blocks, description="ex4 checkNNGradients",
         roles=CHECK_ROLES, rtol=1e-6, atol=1e-9, port_extras=("nnCostFunction",)),
)
