"""Three hidden-layer derivatives that are only right at zero.

One network, three activations, each back-propagated with a derivative written
wrong in a way that happens to be exact when the hidden pre-activations are 0
(or all on one side of 0):

    z = [1, X] Theta1',  a = act(z),  out = [1, a] Theta2',  J = ||out - y||^2 / (2m)

* ``sigmoid_quarter_cost``: sigmoid'(z) replaced by its value at 0, 0.25. The true
  derivative is sigma(z)(1 - sigma(z)) = 1/4 - z^2/16 + ...: equal only at z = 0.
* ``tanh_one_minus_cost``: tanh' written ``1 - a`` instead of ``1 - a**2`` (a = tanh z).
  Equal where a = 0 (z = 0), wrong to first order elsewhere.
* ``relu_unsigned_cost``: the ReLU derivative ``(z != 0)`` ignores the sign of z
  (the true one is ``(z > 0)``). Right wherever every z > 0: at the usual ReLU
  initialisation, small weights and biases 0.1.

The given points are the initialisations a user checks at: Theta1 = 0 for sigmoid and
tanh (every z = 0; Theta2 holds the course's debug weights, sin(1:n)/10), and
small weights with biases 0.1 for ReLU (every z > 0). A single check there passes;
``check_points`` (``portcheck gradcheck --points 3``) also checks at scales 1 and 3
and names the pattern: "agrees at the given point (scale 0.038), fails at scale 1 and 3:
a derivative that is only right near zero (in Theta1; Theta2 agrees at every point)".

Run: python examples/gradcheck/near_zero.py [sigmoid|tanh|relu]
"""
from __future__ import annotations

import numpy as np

__all__ = ["sigmoid_quarter_cost", "tanh_one_minus_cost", "relu_unsigned_cost", "x0_sigmoid", "x0_tanh",
           "x0_relu", "args", "blocks"]

N_IN, N_HID, M = 3, 4, 20
_rng = np.random.default_rng(16)
X = _rng.standard_normal((M, N_IN))
y = _rng.standard_normal(M)
args = (X, y)
blocks = [("Theta1", (N_HID, N_IN + 1)), ("Theta2", (1, N_HID + 1))]


def _network(p, X, y, act, dact):
    """(J, grad) of the two-layer regression with activation ``act`` and its derivative ``dact(z, a)``."""
    m = len(y)
    T1 = np.reshape(p[:N_HID * (N_IN + 1)], (N_HID, N_IN + 1), order="F")
    T2 = np.reshape(p[N_HID * (N_IN + 1):], (1, N_HID + 1), order="F")
    A1 = np.hstack([np.ones((m, 1)), X])
    z = A1 @ T1.T
    a = act(z)
    A2 = np.hstack([np.ones((m, 1)), a])
    r = (A2 @ T2.T).ravel() - y
    d2 = r[:, None] / m
    d1 = (d2 @ T2[:, 1:]) * dact(z, a)
    grad = np.concatenate([(d1.T @ A1).ravel(order="F"), (d2.T @ A2).ravel(order="F")])
    return float(r @ r) / (2 * m), grad


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_quarter_cost(p, X, y):
    """Sigmoid hidden layer; the derivative is taken as 0.25, its value at z = 0."""
    return _network(p, X, y, _sigmoid, lambda z, a: 0.25)


def tanh_one_minus_cost(p, X, y):
    """tanh hidden layer; the derivative is written ``1 - a`` instead of ``1 - a**2``."""
    return _network(p, X, y, np.tanh, lambda z, a: 1 - a)


def relu_unsigned_cost(p, X, y):
    """ReLU hidden layer; the derivative ``z != 0`` ignores the sign of z."""
    return _network(p, X, y, lambda z: np.maximum(z, 0), lambda z, a: (z != 0).astype(float))


def _debug_theta2():
    return np.sin(np.arange(1, N_HID + 2)) / 10          # the course's debugInitializeWeights


#: Theta1 = 0 (every z = 0), Theta2 = debug weights.
x0_sigmoid = np.concatenate([np.zeros(N_HID * (N_IN + 1)), _debug_theta2()])
x0_tanh = x0_sigmoid.copy()
#: ReLU initialisation: biases 0.1, weights sin(k)/100, so that every z > 0 on X.
_T1 = np.sin(np.arange(1, N_HID * (N_IN + 1) + 1)).reshape((N_HID, N_IN + 1), order="F") / 100
_T1[:, 0] = 0.1
x0_relu = np.concatenate([_T1.ravel(order="F"), _debug_theta2()])

COSTS = {"sigmoid": (sigmoid_quarter_cost, x0_sigmoid), "tanh": (tanh_one_minus_cost, x0_tanh),
         "relu": (relu_unsigned_cost, x0_relu)}


if __name__ == "__main__":
    import sys

    from portcheck.gradcheck import render_points
    from portcheck.gradcheck.points import check_points

    cost, x0 = COSTS[sys.argv[1] if len(sys.argv) > 1 else "sigmoid"]
    print(render_points(check_points(cost, x0, args=args, blocks=blocks)))
