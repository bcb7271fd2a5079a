"""Exercise 3 (one-vs-all classification and a trained network), from ``reference_octave/ex3``.

Conventions kept from Octave, because they are what ports get wrong:

* labels are 1-based: the index returned by ``np.argmax`` plus one, in an
  ``(m, 1)`` column like Octave's ``[~, p] = max(..., [], 2)``;
* the maximum is taken over the sigmoid outputs, as in Octave, so that
  outputs that saturate to exactly 1.0 tie the same way (lowest label wins);
* ``theta[0]`` is not regularised, and the zeroed intercept lives in a copy,
  never in the caller's ``theta`` (the one-vs-all loop reuses it);
* ``grad`` has the shape of the ``theta`` passed in.
"""
from __future__ import annotations

import numpy as np

from ._shapes import _column, _matrix

from .ex2 import sigmoid

__all__ = [
    "sigmoid",
    "lrCostFunction",
    "predictOneVsAll",
    "predict",
]


def _with_bias(X):
    X = _matrix(X)
    return np.hstack([np.ones((X.shape[0], 1)), X])


def lrCostFunction(theta, X, y, lambda_):
    """Regularised logistic regression cost and gradient (Octave ``ex3/lrCostFunction.m``).

    Vectorised over examples and parameters; with ``h = sigmoid(X @ theta)``:
    ``J = -(y.T @ log(h) + (1 - y).T @ log(1 - h)) / m
    + lambda_ / (2 m) * sum(theta[1:] ** 2)`` and
    ``grad = X.T @ (h - y) / m + lambda_ / m * [0, theta[1:]]``.

    Parameters
    ----------
    theta : array_like, shape (n, 1) or (n,)
        Parameters; ``theta[0]`` is not regularised and is not modified.
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Labels in {0, 1} (one class against the rest).
    lambda_ : float
        Regularisation strength (Octave ``lambda``).

    Returns
    -------
    J : float
    grad : ndarray, shape of ``theta``
    """
    X = _matrix(X)
    y = _column(y)
    theta_col = _column(theta)
    m = y.shape[0]
    h = sigmoid(X @ theta_col)
    theta_reg = theta_col.copy()
    theta_reg[0, 0] = 0.0
    with np.errstate(divide="ignore", invalid="ignore"):
        J = ((-y.T @ np.log(h)) - (1 - y).T @ np.log(1 - h))[0, 0] / m
    J = J + (lambda_ / (2 * m)) * np.sum(theta_reg**2)
    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta_reg
    return float(J), grad.reshape(np.shape(theta))


def predictOneVsAll(all_theta, X):
    """Label of the most confident one-vs-all classifier (Octave ``ex3/predictOneVsAll.m``).

    Parameters
    ----------
    all_theta : array_like, shape (K, n + 1)
        Row ``k`` holds the parameters of the classifier for label ``k + 1``.
    X : array_like, shape (m, n)
        Features without the column of ones (it is added here).

    Returns
    -------
    p : ndarray of int, shape (m, 1)
        Labels ``1..K``; ties go to the lowest label.
    """
    scores = sigmoid(_with_bias(X) @ np.asarray(all_theta, dtype=float).T)
    return np.argmax(scores, axis=1).reshape(-1, 1) + 1


def predict(Theta1, Theta2, X):
    """Label predicted by a two-layer network (Octave ``ex3/predict.m``).

    Parameters
    ----------
    Theta1 : array_like, shape (h, n + 1)
        Hidden-layer weights; column 0 multiplies the bias unit.
    Theta2 : array_like, shape (K, h + 1)
        Output-layer weights; column 0 multiplies the bias unit.
    X : array_like, shape (m, n)
        Features without the column of ones.

    Returns
    -------
    p : ndarray of int, shape (m, 1)
        Labels ``1..K`` of the most active output unit.
    """
    a2 = sigmoid(_with_bias(X) @ np.asarray(Theta1, dtype=float).T)
    a3 = sigmoid(_with_bias(a2) @ np.asarray(Theta2, dtype=float).T)
    return np.argmax(a3, axis=1).reshape(-1, 1) + 1
