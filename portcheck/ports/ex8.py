"""Exercise 8 (anomaly detection and recommender systems), from ``reference_octave/ex8``.

Conventions kept from Octave, because they are what ports get wrong:

* ``sigma2`` is the maximum-likelihood variance (divisor m, ``ddof=0``), as
  the course specifies; ``mu`` and ``sigma2`` are ``(n, 1)`` columns;
* a vector ``Sigma2`` (row, column or 1-D) becomes ``np.diag`` of its values
  before use (``np.diag`` of a ``(1, n)`` array would give a length-1 diagonal);
* ``selectThreshold`` compares flags and labels as flat vectors (an
  ``(m,)`` vs ``(m, 1)`` comparison would broadcast to ``(m, m)``) and walks
  Octave's range ``min:step:max`` exactly, last element included;
* ``cofiCostFunc`` unrolls ``[X(:); Theta(:)]`` column-major (``order="F"``),
  and its ``grad`` has the shape of the ``params`` passed in;
* ``pinv`` cuts singular values with Octave's tolerance.
"""
from __future__ import annotations

import numpy as np

from ._shapes import _matrix, _pinv

__all__ = [
    "estimateGaussian",
    "multivariateGaussian",
    "selectThreshold",
    "cofiCostFunc",
]


def estimateGaussian(X):
    """Mean and variance of each feature (Octave ``ex8/estimateGaussian.m``).

    Parameters
    ----------
    X : array_like, shape (m, n)
        Examples, one per row.

    Returns
    -------
    mu : ndarray, shape (n, 1)
        Feature means.
    sigma2 : ndarray, shape (n, 1)
        ``sum((X[:, j] - mu[j]) ** 2) / m``: divisor m (``np.var``'s default
        ``ddof=0``), not the ``m - 1`` of Octave's ``var(X)``.
    """
    X = _matrix(X)
    m = X.shape[0]
    mu = X.mean(axis=0).reshape(-1, 1)
    sigma2 = np.sum((X - mu.T) ** 2, axis=0).reshape(-1, 1) / m
    return mu, sigma2


def multivariateGaussian(X, mu, Sigma2):
    """Multivariate normal density of each example (Octave ``ex8/multivariateGaussian.m``).

    ``p = (2 pi)^(-k/2) det(Sigma2)^(-1/2) exp(-(x - mu)' pinv(Sigma2) (x - mu) / 2)``.

    Parameters
    ----------
    X : array_like, shape (m, k)
        Examples, one per row.
    mu : array_like, shape (k, 1), (1, k) or (k,)
        Mean.
    Sigma2 : array_like, shape (k, k), or a vector of k variances
        Covariance; a vector (any orientation) means independent features
        and becomes ``np.diag`` of its values, as Octave's ``diag``.

    Returns
    -------
    p : ndarray, shape (m, 1)
    """
    X = _matrix(X)
    mu = np.asarray(mu, dtype=float).ravel(order="F")
    k = mu.size
    Sigma2 = np.asarray(Sigma2, dtype=float)
    if Sigma2.ndim < 2 or 1 in Sigma2.shape:
        Sigma2 = np.diag(Sigma2.ravel(order="F"))
    Xc = X - mu.reshape(1, -1)
    quad = np.sum((Xc @ _pinv(Sigma2)) * Xc, axis=1, keepdims=True)
    return (2 * np.pi) ** (-k / 2) * np.linalg.det(Sigma2) ** (-0.5) * np.exp(-0.5 * quad)


def _octave_range(base, increment, limit, n):
    """The ``n`` elements of Octave's range ``base:increment:limit``.

    Octave computes element ``i`` as ``base + i * increment`` and replaces the
    last one by ``limit`` when rounding carries it past the limit
    (liboctave ``Range.cc``, ``xfinal_value``).
    """
    values = base + np.arange(n) * increment
    if n > 1 and values[-1] >= limit:
        values[-1] = limit
    return values


def selectThreshold(yval, pval):
    """Density threshold with the best F1 score (Octave ``ex8/selectThreshold.m``).

    Tries the 1001 thresholds ``min(pval) : step : max(pval)`` with
    ``step = (max(pval) - min(pval)) / 1000``, flags ``pval < epsilon`` as
    anomalies and keeps the first threshold with the highest
    ``F1 = 2 prec rec / (prec + rec)``.

    Parameters
    ----------
    yval : array_like, shape (m, 1) or (m,)
        Ground truth, 1 for an anomaly and 0 otherwise.
    pval : array_like, shape (m, 1) or (m,)
        Densities of the same examples.

    Returns
    -------
    bestEpsilon : float
        0.0 when no threshold scores above 0 (for example when all ``pval``
        are equal: Octave's range ``a:0:a`` is empty).
    bestF1 : float

    Notes
    -----
    A threshold that flags no true anomaly has ``prec`` or ``rec`` equal to
    ``0 / 0``; Octave's F1 is then NaN and ``F1 > bestF1`` is false. The port
    keeps those NaN (quietly) so the choice is the same. ``min``/``max`` skip
    NaN densities, as Octave's do.
    """
    positive = np.asarray(yval).ravel(order="F") == 1
    pval = np.asarray(pval, dtype=float).ravel(order="F")
    pmin, pmax = np.nanmin(pval), np.nanmax(pval)
    stepsize = (pmax - pmin) / 1000
    if not stepsize > 0:  # zero (all equal) or NaN: Octave's range is empty
        return 0.0, 0.0
    epsilons = _octave_range(pmin, stepsize, pmax, 1001)

    flagged = pval[np.newaxis, :] < epsilons[:, np.newaxis]  # (1001, m)
    tp = np.sum(flagged & positive, axis=1).astype(float)
    fp = np.sum(flagged & ~positive, axis=1).astype(float)
    fn = np.sum(~flagged & positive, axis=1).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        prec = tp / (tp + fp)
        rec = tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

    scored = np.where(np.isnan(F1), -np.inf, F1)
    best = int(np.argmax(scored))  # first occurrence, as the strict `F1 > bestF1`
    if not scored[best] > 0:
        return 0.0, 0.0
    return float(epsilons[best]), float(F1[best])


def cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda_):
    """Collaborative filtering cost and gradient (Octave ``ex8/cofiCostFunc.m``).

    Parameters
    ----------
    params : array_like, shape (num_movies * num_features + num_users * num_features,) or a column
        ``[X(:); Theta(:)]``, unrolled column-major: ``X`` is
        ``(num_movies, num_features)``, ``Theta`` is ``(num_users, num_features)``.
    Y : array_like, shape (num_movies, num_users)
        Ratings; entries where ``R`` is 0 contribute nothing (they must be finite).
    R : array_like, shape (num_movies, num_users)
        1 where the movie was rated by the user, else 0.
    num_users, num_movies, num_features : int or float
        Sizes (integral values; Octave sends doubles).
    lambda_ : float
        Regularisation strength (Octave ``lambda``); every parameter is
        regularised.

    Returns
    -------
    J : float
        ``sum(((X @ Theta.T - Y) * R) ** 2) / 2
        + lambda_ / 2 * (sum(Theta ** 2) + sum(X ** 2))``.
    grad : ndarray, shape of ``params``
        ``[X_grad(:); Theta_grad(:)]``, unrolled column-major like ``params``.
    """
    num_users, num_movies, num_features = int(num_users), int(num_movies), int(num_features)
    flat = np.asarray(params, dtype=float).ravel(order="F")
    n_X = num_movies * num_features
    X = flat[:n_X].reshape((num_movies, num_features), order="F")
    Theta = flat[n_X:].reshape((num_users, num_features), order="F")
    Y = np.asarray(Y, dtype=float)
    R = np.asarray(R, dtype=float)

    E = (X @ Theta.T - Y) * R
    J = np.sum(E**2) / 2 + (lambda_ / 2) * (np.sum(Theta**2) + np.sum(X**2))

    X_grad = E @ Theta + lambda_ * X
    Theta_grad = E.T @ X + lambda_ * Theta
    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return float(J), grad.reshape(np.shape(params))
