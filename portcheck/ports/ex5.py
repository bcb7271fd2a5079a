"""Exercise 5 (regularised linear regression, bias vs variance), from ``reference_octave/ex5``.

Conventions kept from Octave, because they are what ports get wrong:

* ranges are inclusive: ``polyFeatures`` makes powers ``1..p``, and
  ``learningCurve`` trains on the first ``i`` examples for ``i = 1..m``
  (``X[:i]`` with ``i`` from 1, never an empty ``X[:0]``);
* errors are measured with ``lambda_ = 0``; regularisation is for training only;
* ``theta[0]`` is not regularised;
* vectors are columns, outputs are ``(m, 1)`` or ``(10, 1)`` columns; ``grad``
  has the shape of the ``theta`` passed in.

Training: the course trains with ``fmincg``, an iterative optimiser whose
iterates depend on rounding and stopping rules that differ between Octave and
any Python optimiser. Here :func:`trainLinearReg` is the closed-form
regularised normal equation instead, in BOTH the Octave reference and this
port, so learning and validation curves agree to rounding error.
"""
from __future__ import annotations

import numpy as np

from ._shapes import _column, _matrix, _pinv

__all__ = [
    "linearRegCostFunction",
    "polyFeatures",
    "trainLinearReg",
    "learningCurve",
    "validationCurve",
]

#: The course's regularisation strengths for the validation curve.
LAMBDA_VEC = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


def linearRegCostFunction(X, y, theta, lambda_):
    """Regularised linear regression cost and gradient (Octave ``ex5/linearRegCostFunction.m``).

    ``J = sum((X @ theta - y) ** 2) / (2 m) + lambda_ / (2 m) * sum(theta[1:] ** 2)``,
    ``grad = X.T @ (X @ theta - y) / m + lambda_ / m * [0, theta[1:]]``.

    Parameters
    ----------
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Targets.
    theta : array_like, shape (n, 1) or (n,)
        Parameters; ``theta[0]`` is not regularised and is not modified.
    lambda_ : float
        Regularisation strength (Octave ``lambda``).

    Returns
    -------
    J : float
    grad : ndarray, shape of ``theta``
        ``(n, 1)`` for a column ``theta``, as the reference's ``grad(:)``.
    """
    X = _matrix(X)
    y = _column(y)
    theta_col = _column(theta)
    m = y.shape[0]
    residual = X @ theta_col - y
    theta_reg = theta_col.copy()
    theta_reg[0, 0] = 0.0
    J = np.sum(residual**2) / (2 * m) + (lambda_ / (2 * m)) * np.sum(theta_reg**2)
    grad = (X.T @ residual) / m + (lambda_ / m) * theta_reg
    return float(J), grad.reshape(np.shape(theta))


def polyFeatures(X, p):
    """Powers ``1..p`` of one feature (Octave ``ex5/polyFeatures.m``).

    Parameters
    ----------
    X : array_like, shape (m, 1) or (m,)
        The feature; read column-major, as Octave's ``X(:)``.
    p : int or float
        Highest power (an integral value).

    Returns
    -------
    X_poly : ndarray, shape (m, p)
        Column ``j - 1`` holds ``X ** j`` for ``j = 1..p``; no column of ones.
    """
    x = np.asarray(X, dtype=float).ravel(order="F")
    p = int(p)
    X_poly = np.zeros((x.size, p))
    for j in range(1, p + 1):
        X_poly[:, j - 1] = x**j
    return X_poly


def trainLinearReg(X, y, lambda_):
    """Minimiser of :func:`linearRegCostFunction`, in closed form (Octave ``ex5/trainLinearReg.m``).

    Solves ``(X.T @ X + lambda_ * L) @ theta = X.T @ y`` with ``L`` the
    identity whose ``[0, 0]`` entry is zero (the intercept is not
    regularised), through the pseudo-inverse.

    Parameters
    ----------
    X : array_like, shape (m, n)
        Design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Targets.
    lambda_ : float
        Regularisation strength (Octave ``lambda``).

    Returns
    -------
    theta : ndarray, shape (n, 1)

    Notes
    -----
    The course's ``trainLinearReg`` runs ``fmincg`` for 200 iterations; its
    result depends on the optimiser, so it cannot be compared with a Python
    optimiser tightly. The closed form is exact and deterministic, and is
    used by the Octave reference too. ``pinv`` (with Octave's cut-off
    ``max(size(A)) * norm(A) * eps``) gives the minimum-norm solution when
    the system is rank-deficient, e.g. one example and ``lambda_ = 0``.
    """
    X = _matrix(X)
    y = _column(y)
    n = X.shape[1]
    L = np.eye(n)
    L[0, 0] = 0.0
    return _pinv(X.T @ X + lambda_ * L) @ (X.T @ y)


def learningCurve(X, y, Xval, yval, lambda_):
    """Training and validation error against training-set size (Octave ``ex5/learningCurve.m``).

    For ``i = 1..m`` (inclusive): train with :func:`trainLinearReg` on the
    first ``i`` examples with ``lambda_``, then measure
    :func:`linearRegCostFunction` with ``lambda_ = 0`` on those ``i``
    examples and on the whole validation set.

    Parameters
    ----------
    X : array_like, shape (m, n)
        Training design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Training targets.
    Xval : array_like, shape (m_val, n)
        Validation design matrix; column 0 is all ones.
    yval : array_like, shape (m_val, 1) or (m_val,)
        Validation targets.
    lambda_ : float
        Regularisation strength used for training (Octave ``lambda``).

    Returns
    -------
    error_train : ndarray, shape (m, 1)
        Row ``i - 1`` is the error on the ``i`` examples trained on.
    error_val : ndarray, shape (m, 1)
        Row ``i - 1`` is the error on the validation set.
    """
    X = _matrix(X)
    y = _column(y)
    m = X.shape[0]
    error_train = np.zeros((m, 1))
    error_val = np.zeros((m, 1))
    for i in range(1, m + 1):
        theta = trainLinearReg(X[:i], y[:i], lambda_)
        error_train[i - 1, 0] = linearRegCostFunction(X[:i], y[:i], theta, 0.0)[0]
        error_val[i - 1, 0] = linearRegCostFunction(Xval, yval, theta, 0.0)[0]
    return error_train, error_val


def validationCurve(X, y, Xval, yval):
    """Training and validation error against lambda (Octave ``ex5/validationCurve.m``).

    Trains on all of ``X, y`` for each of the course's ten strengths
    ``[0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]`` and measures both
    errors with ``lambda_ = 0``.

    Parameters
    ----------
    X : array_like, shape (m, n)
        Training design matrix; column 0 is all ones.
    y : array_like, shape (m, 1) or (m,)
        Training targets.
    Xval : array_like, shape (m_val, n)
        Validation design matrix; column 0 is all ones.
    yval : array_like, shape (m_val, 1) or (m_val,)
        Validation targets.

    Returns
    -------
    lambda_vec : ndarray, shape (10, 1)
    error_train : ndarray, shape (10, 1)
    error_val : ndarray, shape (10, 1)
    """
    lambda_vec = np.array(LAMBDA_VEC).reshape(-1, 1)
    error_train = np.zeros_like(lambda_vec)
    error_val = np.zeros_like(lambda_vec)
    for i, lambda_ in enumerate(lambda_vec[:, 0]):
        theta = trainLinearReg(X, y, lambda_)
        error_train[i, 0] = linearRegCostFunction(X, y, theta, 0.0)[0]
        error_val[i, 0] = linearRegCostFunction(Xval, yval, theta, 0.0)[0]
    return lambda_vec, error_train, error_val
