"""Exercise 4 (neural network learning), translated from ``reference_octave/ex4``.

Conventions kept from Octave, because they are exactly what ports get wrong:

* parameters are unrolled column-major, ``nn_params = [Theta1(:); Theta2(:)]``,
  so every ``reshape``/``ravel`` here passes ``order="F"``;
* labels ``y`` are 1-based (``1..num_labels``), as are the labels ``predict``
  returns;
* no function writes into its arguments.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

__all__ = [
    "sigmoid",
    "sigmoidGradient",
    "randInitializeWeights",
    "debugInitializeWeights",
    "computeNumericalGradient",
    "checkNNGradients",
    "nnCostFunction",
    "predict",
    "unroll",
    "roll",
]


def sigmoid(z):
    """Logistic function ``1 / (1 + exp(-z))``, element-wise (Octave ``sigmoid.m``)."""
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def sigmoidGradient(z):
    """Derivative of the logistic function, ``g .* (1 - g)`` (``sigmoidGradient.m``)."""
    s = sigmoid(z)
    return s * (1.0 - s)


def randInitializeWeights(L_in, L_out, rng=None):
    """Uniform weights in ``[-e, e]`` with ``e = sqrt(6)/sqrt(L_in + L_out)``.

    Returns an array of shape ``(L_out, 1 + L_in)``; column 0 holds bias weights.
    Octave's ``rand`` and NumPy's generators differ, so the values never match
    the reference elementwise -- only the distribution does.
    """
    rng = np.random.default_rng() if rng is None else rng
    epsilon_init = np.sqrt(6.0) / np.sqrt(L_in + L_out)
    return rng.random((int(L_out), 1 + int(L_in))) * 2 * epsilon_init - epsilon_init


def debugInitializeWeights(fan_out, fan_in):
    """Deterministic ``(fan_out, 1 + fan_in)`` weights ``sin(1..n)/10``, filled column-major."""
    shape = (int(fan_out), 1 + int(fan_in))
    n = shape[0] * shape[1]
    return np.reshape(np.sin(np.arange(1, n + 1)), shape, order="F") / 10.0


def computeNumericalGradient(J: Callable, theta):
    """Central differences ``(J(theta + e) - J(theta - e)) / (2e)`` with ``e = 1e-4``.

    ``J`` returns the cost as a scalar or as the first element of a tuple. The
    step is the course's fixed 1e-4; :mod:`portcheck.gradcheck` chooses it from
    the dtype instead.
    """
    theta = np.array(theta, dtype=float)
    numgrad = np.zeros_like(theta)
    flat = numgrad.reshape(-1, order="F")
    e = 1e-4
    for p in range(theta.size):
        perturb = np.zeros(theta.size)
        perturb[p] = e
        perturb = perturb.reshape(theta.shape, order="F")
        loss1 = _cost_only(J(theta - perturb))
        loss2 = _cost_only(J(theta + perturb))
        flat[p] = (loss2 - loss1) / (2 * e)
    return flat.reshape(theta.shape, order="F")


def _cost_only(value):
    if isinstance(value, tuple):
        value = value[0]
    return float(np.asarray(value).reshape(()))


def checkNNGradients(lambda_=0.0):
    """Numerical vs backpropagation gradient on the course's debug network.

    Returns ``(numgrad, grad, diff)`` with ``diff = norm(numgrad - grad) /
    norm(numgrad + grad)``; the network has 3 inputs, 5 hidden units, 3 labels
    and 5 examples, with :func:`debugInitializeWeights` values.
    """
    input_layer_size, hidden_layer_size, num_labels, m = 3, 5, 3, 5
    Theta1 = debugInitializeWeights(hidden_layer_size, input_layer_size)
    Theta2 = debugInitializeWeights(num_labels, hidden_layer_size)
    X = debugInitializeWeights(m, input_layer_size - 1)
    y = (1 + np.mod(np.arange(1, m + 1), num_labels)).reshape(-1, 1).astype(float)
    nn_params = unroll(Theta1, Theta2)

    def cost(p):
        return nnCostFunction(p, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)

    _, grad = cost(nn_params)
    numgrad = computeNumericalGradient(cost, nn_params)
    diff = np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad)
    return numgrad, grad, float(diff)


def unroll(*matrices):
    """Column-major unrolling ``[A(:); B(:); ...]`` as a 1-D array."""
    return np.concatenate([np.asarray(a, dtype=float).ravel(order="F") for a in matrices])


def roll(params, input_layer_size, hidden_layer_size, num_labels):
    """Inverse of :func:`unroll` for the two weight matrices of the network."""
    params = np.asarray(params, dtype=float).ravel(order="F")
    n1 = int(hidden_layer_size) * (int(input_layer_size) + 1)
    Theta1 = params[:n1].reshape((int(hidden_layer_size), int(input_layer_size) + 1), order="F")
    Theta2 = params[n1:].reshape((int(num_labels), int(hidden_layer_size) + 1), order="F")
    return Theta1, Theta2


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    """Regularised cross-entropy cost and gradient of a two-layer network.

    Parameters
    ----------
    nn_params : array, shape (h*(n+1) + K*(h+1),) or a column
        ``[Theta1(:); Theta2(:)]``, unrolled column-major.
    input_layer_size, hidden_layer_size, num_labels : int
        n, h and K.
    X : array, shape (m, n)
    y : array, shape (m,) or (m, 1)
        Labels 1..K.
    lambda_ : float
        Regularisation strength; bias columns are not regularised.

    Returns
    -------
    J : float
    grad : array, shape (h*(n+1) + K*(h+1),)
        Unrolled like ``nn_params``.
    """
    Theta1, Theta2 = roll(nn_params, input_layer_size, hidden_layer_size, num_labels)
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X.reshape(1, -1)
    labels = np.asarray(y).reshape(-1).astype(int)
    m = X.shape[0]
    K = int(num_labels)

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    Y = np.zeros((m, K))
    Y[np.arange(m), labels - 1] = 1.0

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J = J + lambda_ / (2 * m) * reg

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoidGradient(z2)
    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    return float(J), unroll(Theta1_grad, Theta2_grad)


def predict(Theta1, Theta2, X):
    """1-based label of the largest output unit for each row of ``X``, shape (m,)."""
    X = np.asarray(X, dtype=float)
    m = X.shape[0]
    h1 = sigmoid(np.column_stack([np.ones(m), X]) @ np.asarray(Theta1).T)
    h2 = sigmoid(np.column_stack([np.ones(m), h1]) @ np.asarray(Theta2).T)
    return np.argmax(h2, axis=1) + 1
