"""Exercise 2 (logistic regression), translated from ``reference_octave/ex2``.

Conventions kept from Octave, because they are what ports get wrong:

* vectors are columns: ``y`` and ``theta`` are used as ``(m, 1)`` and ``(n, 1)``
  whatever shape they arrive in, and ``grad`` has the shape of the ``theta``
  passed in (``(n, 1)`` like Octave, or ``(n,)`` for ``scipy.optimize``);
* ``theta[0]`` (Octave ``theta(1)``) is not regularised, and the zeroed
  intercept lives in a copy, never in the caller's ``theta``;
* ``mapFeature`` keeps the course's column order and its 28 columns (degree 6
  inclusive: ``range(1, degree + 1)`` and ``range(i + 1)``);
* overflow in ``exp`` and ``log(0)`` follow IEEE quietly, as in Octave.
"""
from __future__ import annotations

import numpy as np

from ._shapes import _column, _matrix

__all__ = [
    "sigmoid",
    "costFunction",
    "costFunctionReg",
    "predict",
    "mapFeature",
]


def sigmoid(z):
    """Logistic function, element-wise (Octave ``ex2/sigmoid.m``).

    Parameters
    ----------
    z : array_like, any shape

    Returns
    -------
    g : ndarray, shape of ``z`` (a NumPy scalar for a scalar ``z``)
        ``1 / (1 + exp(-z))``.

    Notes
    -----
    For ``z < -709`` ``exp(-z)`` overflows to ``inf`` and ``g`` is exactly 0,
    as in Octave; the overflow warning NumPy would print is silenced.
    """
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def _logistic_terms(theta, X, y):
    X = _matrix(X)
    y = _column(y)
    theta_col = _column(theta)
    m = y.shape[0]
    h = sigmoid(X @ theta_col)
    # log(0) = -inf and 0 * -inf = nan, silently, as in Octave.
    with np.errstate(divide="ignore", invalid="ignore"):
        J = ((-y.T @ np.log(h)) - (1 - y).T @ np.log(1 - h))[0, 0] / m
    grad = (X.T @ (h - y)) / m
    return X, theta_col, m, float(J), grad


def costFunction(theta, X, y):
    """Cross-entropy cost and gradient of logistic regression (Octave ``ex2/costFunction.m``).

    With ``h = sigmoid(X @ theta)``:
    ``J = -(y.T @ log(h) + (1 - y).T @ log(1 - h)) / m`` and
    ``grad = X.T @ (h - y) / m``.

    Parameters
    ----------
    theta : array_like, shape (n, 1) or (n,)
        Parameters.
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Labels in {0, 1}.

    Returns
    -------
    J : float
    grad : ndarray, shape of ``theta``
    """
    _, _, _, J, grad = _logistic_terms(theta, X, y)
    return J, grad.reshape(np.shape(theta))


def costFunctionReg(theta, X, y, lambda_):
    """Regularised cost and gradient of logistic regression (Octave ``ex2/costFunctionReg.m``).

    :func:`costFunction` plus ``lambda_ / (2 m) * sum(theta[1:] ** 2)`` on the
    cost and ``lambda_ / m * theta[j]`` on ``grad[j]`` for ``j >= 1``.

    Parameters
    ----------
    theta : array_like, shape (n, 1) or (n,)
        Parameters; ``theta[0]`` (the intercept) is not regularised.
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Labels in {0, 1}.
    lambda_ : float
        Regularisation strength (Octave ``lambda``).

    Returns
    -------
    J : float
    grad : ndarray, shape of ``theta``
    """
    _, theta_col, m, J, grad = _logistic_terms(theta, X, y)
    theta_reg = theta_col.copy()  # a copy: zeroing theta[0] must not reach the caller
    theta_reg[0, 0] = 0.0
    J = J + (lambda_ / (2 * m)) * float(np.sum(theta_reg**2))
    grad = grad + (lambda_ / m) * theta_reg
    return J, grad.reshape(np.shape(theta))


def predict(theta, X):
    """Predicted label 0/1 of logistic regression (Octave ``ex2/predict.m``).

    Parameters
    ----------
    theta : array_like, shape (n, 1) or (n,)
        Parameters.
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.

    Returns
    -------
    p : ndarray of bool, shape (m, 1)
        ``sigmoid(X @ theta) >= 0.5``; Octave returns a logical array, which
        oct2py hands back as ``uint8``.
    """
    return sigmoid(_matrix(X) @ _column(theta)) >= 0.5


def mapFeature(X1, X2):
    """All monomials of two features up to degree 6 (Octave ``ex2/mapFeature.m``).

    Parameters
    ----------
    X1, X2 : array_like, shape (m, 1) or (m,) or scalar
        The two features.

    Returns
    -------
    out : ndarray, shape (m, 28)
        Column 0 is ones; then, for ``i = 1..6`` and ``j = 0..i`` (both
        inclusive), the column ``X1 ** (i - j) * X2 ** j``.
    """
    degree = 6
    X1 = _column(X1)
    X2 = _column(X2)
    columns = [np.ones_like(X1)]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            columns.append((X1 ** (i - j)) * (X2**j))
    return np.hstack(columns)
