"""ex4 ``nnCostFunction``: the course's two-layer network cost and gradient.

Input sets
----------
debug
    The course's gradient-check set-up (``checkNNGradients``): 3 inputs,
    5 hidden units, 3 labels, m = 5; weights and X filled column-major from
    ``sin(1..n)/10`` (``debugInitializeWeights``), labels ``1 + mod(1:m, 3)``;
    at each lambda (default 0 and 3). Then three more sets at the largest
    lambda, because many porting mistakes show only on some inputs:

    * ``label 2 absent``: the debug network with labels ``[1 3 1 3 3]``, so a
      one-hot matrix built from the labels present (``pandas.get_dummies``,
      ``np.unique``) loses a column or renumbers label 3;
    * ``m=1``: one example (the first debug row), for ``squeeze`` and shape bugs;
    * ``random``: a 4-6-5 network, m = 11, random weights and labels
      (``default_rng(7)``), where no two dimensions coincide (the debug network
      has 3 inputs and 3 labels, which hides some transposes).
full
    Synthetic data of the exercise's real shapes: 400 inputs (20x20 "pixels"),
    25 hidden units, 10 labels, m = 5000, 500 examples per label. Deterministic
    (NumPy ``default_rng(2026)``); no course data is shipped.
"""
from __future__ import annotations

import numpy as np

from ..ports.ex4 import debugInitializeWeights, unroll
from .base import Case, InputSet
from .blocks import Block
from .roles import OutRole, Role, Roles

__all__ = ["CASE", "ROLES", "debug_network", "full_network", "random_network", "family_sets", "make_input_set", "nn_blocks"]

#: What each argument is: the port gets the sizes as int, y as int64 (m, 1), nn_params 1-D.
ROLES = Roles(
    inputs={"nn_params": Role.PARAMS, "input_layer_size": Role.SIZE, "hidden_layer_size": Role.SIZE,
            "num_labels": Role.SIZE, "X": Role.DESIGN, "y": Role.LABELS, "lambda": Role.LAMBDA},
    outputs={"J": OutRole.COST, "grad": OutRole.GRAD},
)

#: Layer sizes (input, hidden, labels) and example counts per size.
SIZES = {"debug": (3, 5, 3, 5), "full": (400, 25, 10, 5000)}


def debug_network(m: int = 5):
    """The ``checkNNGradients`` network: (Theta1, Theta2, X, y) with y as an (m, 1) column."""
    n, h, K, _ = SIZES["debug"]
    Theta1 = debugInitializeWeights(h, n)
    Theta2 = debugInitializeWeights(K, h)
    X = debugInitializeWeights(m, n - 1)
    y = (1 + np.mod(np.arange(1, m + 1), K)).reshape(-1, 1).astype(float)
    return Theta1, Theta2, X, y


def full_network(seed: int = 2026):
    """Synthetic full-size data: X (5000, 400) in [0, 1), y 1..10 (500 each), random weights.

    The weights follow ``randInitializeWeights`` (uniform in +/- sqrt(6)/sqrt(L_in + L_out)).
    """
    n, h, K, m = SIZES["full"]
    rng = np.random.default_rng(seed)
    X = rng.random((m, n))
    y = (1 + np.mod(np.arange(m), K)).reshape(-1, 1).astype(float)
    e1 = np.sqrt(6) / np.sqrt(n + h)
    e2 = np.sqrt(6) / np.sqrt(h + K)
    Theta1 = rng.random((h, n + 1)) * 2 * e1 - e1
    Theta2 = rng.random((K, h + 1)) * 2 * e2 - e2
    return Theta1, Theta2, X, y


def random_network(seed: int = 7, n: int = 4, h: int = 6, K: int = 5, m: int = 11):
    """A small random network with distinct dimensions: (Theta1, Theta2, X, y), every label 1..K present."""
    rng = np.random.default_rng(seed)
    Theta1 = rng.normal(0.0, 0.5, (h, n + 1))
    Theta2 = rng.normal(0.0, 0.5, (K, h + 1))
    X = rng.normal(0.0, 1.0, (m, n))
    y = np.concatenate([np.arange(1, K + 1), rng.integers(1, K + 1, m - K)])
    y = rng.permutation(y).reshape(-1, 1).astype(float)
    return Theta1, Theta2, X, y


def family_sets(lambda_: float = 3.0) -> list:
    """The three extra debug-size sets (label absent, m = 1, random), at ``lambda_``."""
    T1, T2, X, _ = debug_network()
    absent = np.array([[1.0], [3.0], [1.0], [3.0], [3.0]])
    R1, R2, RX, Ry = random_network()
    return [
        make_input_set(T1, T2, X, absent, lambda_, f"label 2 absent, lambda={lambda_:g}",
                       "debug network, y = [1 3 1 3 3]: label 2 never occurs"),
        make_input_set(T1, T2, X[:1], np.array([[2.0]]), lambda_, f"m=1, lambda={lambda_:g}",
                       "debug network, one example (the first row), y = 2"),
        make_input_set(R1, R2, RX, Ry, lambda_, f"random, lambda={lambda_:g}",
                       "4-6-5 network, m=11, default_rng(7) weights, X and labels"),
    ]


def make_input_set(Theta1, Theta2, X, y, lambda_, name, description="") -> InputSet:
    """An InputSet for nnCostFunction from weight matrices and data."""
    h, n1 = Theta1.shape
    K = Theta2.shape[0]
    params = unroll(Theta1, Theta2)
    values = {
        "nn_params": params.reshape(-1, 1),
        "input_layer_size": float(n1 - 1),
        "hidden_layer_size": float(h),
        "num_labels": float(K),
        "X": np.asarray(X, dtype=float),
        "y": np.asarray(y, dtype=float).reshape(-1, 1),
        "lambda": float(lambda_),
    }
    # The port gets what a Python caller passes (ROLES): the parameter vector 1-D,
    # as scipy.optimize passes it; y as int64 (m, 1), as scipy.io.loadmat returns it.
    return InputSet(name, values, description, roles=ROLES)


def build_inputs(size: str = "debug", lambdas=None) -> list[InputSet]:
    """Input sets for ``size`` in {"debug", "full"}, one per lambda (default 0 and 3).

    ``debug`` adds the three sets of :func:`family_sets` at the largest lambda.
    """
    lambdas = (0.0, 3.0) if lambdas is None else tuple(float(l) for l in lambdas)
    if size == "debug":
        T1, T2, X, y = debug_network()
        desc = "checkNNGradients set-up: 3-5-3 network, m=5, sin-filled weights, y = 1 + mod(1:m, 3)"
    elif size == "full":
        T1, T2, X, y = full_network()
        desc = "synthetic ex4 shapes: 400-25-10 network, m=5000, default_rng(2026)"
    else:
        raise ValueError(f"size={size!r}; choose one of {sorted(SIZES)}")
    sets = [make_input_set(T1, T2, X, y, lam, f"{size}, lambda={lam:g}", desc) for lam in lambdas]
    if size == "debug" and lambdas:
        sets += family_sets(max(lambdas))
    return sets


def nn_blocks(input_set: InputSet) -> dict[str, list[Block]]:
    """``grad`` is Theta1_grad(:) then Theta2_grad(:)."""
    v = input_set.values
    n, h, K = int(v["input_layer_size"]), int(v["hidden_layer_size"]), int(v["num_labels"])
    b1 = Block("Theta1", (h, n + 1), 0)
    b2 = Block("Theta2", (K, h + 1), b1.size)
    return {"grad": [b1, b2]}


CASE = Case(
    name="nnCostFunction",
    aliases=("nnCost", "nncost", "ex4"),
    exercise="ex4",
    reference="nnCostFunction",
    port="portcheck.ports.ex4:nnCostFunction",
    outputs=("J", "grad"),
    build_inputs=build_inputs,
    blocks=nn_blocks,
    description="ex4 two-layer network: regularised cost J and unrolled gradient",
    roles=ROLES,
)
