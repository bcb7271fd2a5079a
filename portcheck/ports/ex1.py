"""Exercise 1 (linear regression), translated from ``reference_octave/ex1``.

Conventions kept from Octave, because they are what ports get wrong:

* vectors are columns: ``y`` and ``theta`` are used as ``(m, 1)`` and ``(n, 1)``
  whatever shape they arrive in (a 1-D ``y`` against an ``(m, 1)`` prediction
  would broadcast to ``(m, m)``); a returned ``theta`` has the shape of the
  ``theta`` passed in;
* ``std`` uses the ``N - 1`` divisor (``ddof=1``), as Octave's ``std`` does;
* ``mu`` and ``sigma`` are ``(1, n)`` rows, as Octave's ``mean(X, 1)`` is;
* ``pinv`` cuts singular values with Octave's tolerance;
* no function writes into its arguments.
"""
from __future__ import annotations

import numpy as np

from ._shapes import _column, _matrix, _pinv

__all__ = [
    "computeCost",
    "computeCostMulti",
    "gradientDescent",
    "gradientDescentMulti",
    "featureNormalize",
    "normalEqn",
]


def computeCost(X, y, theta):
    """Cost of linear regression with one feature (Octave ``ex1/computeCost.m``).

    ``J = sum((X @ theta - y) ** 2) / (2 * m)``.

    Parameters
    ----------
    X : array_like, shape (m, 2)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Targets.
    theta : array_like, shape (2, 1) or (2,)
        Parameters.

    Returns
    -------
    J : float
    """
    X = _matrix(X)
    y = _column(y)
    m = y.shape[0]
    residual = X @ _column(theta) - y
    return float(np.sum(residual**2) / (2 * m))


def computeCostMulti(X, y, theta):
    """Cost of linear regression with n features (Octave ``ex1/computeCostMulti.m``).

    ``J = (X @ theta - y).T @ (X @ theta - y) / (2 * m)``.

    Parameters
    ----------
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Targets.
    theta : array_like, shape (n, 1) or (n,)
        Parameters.

    Returns
    -------
    J : float
    """
    X = _matrix(X)
    y = _column(y)
    m = y.shape[0]
    residual = X @ _column(theta) - y
    return float((residual.T @ residual)[0, 0] / (2 * m))


def _descend(X, y, theta, alpha, num_iters, cost):
    X = _matrix(X)
    y = _column(y)
    shape = np.shape(theta)
    theta = _column(theta)
    m = y.shape[0]
    num_iters = int(num_iters)
    J_history = np.zeros((num_iters, 1))
    for it in range(num_iters):
        # A new array every step: ``theta -= ...`` would write into the caller's theta.
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[it, 0] = cost(X, y, theta)
    return theta.reshape(shape), J_history


def gradientDescent(X, y, theta, alpha, num_iters):
    """Batch gradient descent, one feature (Octave ``ex1/gradientDescent.m``).

    Takes ``num_iters`` simultaneous updates
    ``theta = theta - alpha / m * X.T @ (X @ theta - y)``.

    Parameters
    ----------
    X : array_like, shape (m, 2)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Targets.
    theta : array_like, shape (2, 1) or (2,)
        Starting parameters; not modified.
    alpha : float
        Learning rate.
    num_iters : int or float
        Number of steps (an integral value; Octave sends doubles).

    Returns
    -------
    theta : ndarray, shape of the ``theta`` argument
        Parameters after the last step.
    J_history : ndarray, shape (num_iters, 1)
        :func:`computeCost` after every step.
    """
    return _descend(X, y, theta, alpha, num_iters, computeCost)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    """Batch gradient descent, n features (Octave ``ex1/gradientDescentMulti.m``).

    Parameters
    ----------
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Targets.
    theta : array_like, shape (n, 1) or (n,)
        Starting parameters; not modified.
    alpha : float
        Learning rate.
    num_iters : int or float
        Number of steps.

    Returns
    -------
    theta : ndarray, shape of the ``theta`` argument
    J_history : ndarray, shape (num_iters, 1)
        :func:`computeCostMulti` after every step.
    """
    return _descend(X, y, theta, alpha, num_iters, computeCostMulti)


def featureNormalize(X):
    """Scale each column to mean 0, standard deviation 1 (Octave ``ex1/featureNormalize.m``).

    Parameters
    ----------
    X : array_like, shape (m, n)
        Features, one example per row, without the column of ones.

    Returns
    -------
    X_norm : ndarray, shape (m, n)
        ``(X - mu) / sigma``; a new array.
    mu : ndarray, shape (1, n)
        Column means.
    sigma : ndarray, shape (1, n)
        Column standard deviations with the ``N - 1`` divisor.

    Notes
    -----
    Octave's ``std`` divides by ``N - 1``; NumPy's ``np.std`` divides by ``N``
    unless ``ddof=1``. With the default, ``sigma`` is ``sqrt((N - 1) / N)``
    times too small and every ``X_norm`` column ``sqrt(N / (N - 1))`` times
    too large (portcheck pitfall P6).
    """
    X = _matrix(X)
    mu = X.mean(axis=0, keepdims=True)
    sigma = X.std(axis=0, ddof=1, keepdims=True)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma


def normalEqn(X, y):
    """Least-squares parameters in closed form (Octave ``ex1/normalEqn.m``).

    ``theta = pinv(X.T @ X) @ X.T @ y``, evaluated left to right as in Octave.

    Parameters
    ----------
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Targets.

    Returns
    -------
    theta : ndarray, shape (n, 1)

    Notes
    -----
    The pseudo-inverse uses Octave's singular-value cut-off
    ``n * norm(X.T @ X) * eps`` (Octave ``help pinv``), so a singular
    ``X.T @ X`` gives the same minimum-norm solution on both sides.
    """
    X = _matrix(X)
    y = _column(y)
    return _pinv(X.T @ X) @ X.T @ y
