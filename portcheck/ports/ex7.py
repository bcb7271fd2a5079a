"""Exercise 7 (K-means and PCA), translated from ``reference_octave/ex7``.

Conventions kept from Octave, because they are what ports get wrong:

* cluster indices are 1-based, in and out: ``findClosestCentroids`` returns
  ``argmin + 1`` as an ``(m, 1)`` column and ``computeCentroids`` reads
  ``idx == k`` for ``k = 1..K``;
* the covariance is ``X.T @ X / m`` (divisor m, columns are variables), not
  ``np.cov`` (rows are variables, divisor m - 1);
* ``svd`` returns ``S`` as a diagonal matrix, as Octave does (NumPy returns the
  1-D singular values, and ``V`` transposed);
* the columns of ``U`` are singular vectors, each defined up to its sign:
  LAPACK drivers may flip any of them, so compare ``U`` column by column up to
  sign (an equivalence, not a divergence);
* ``K`` may arrive as a float (Octave sends doubles); ``U[:, :K]`` takes the
  first ``int(K)`` columns, as Octave's ``U(:, 1:K)`` does.
"""
from __future__ import annotations

import numpy as np

from ._shapes import _matrix

__all__ = [
    "findClosestCentroids",
    "computeCentroids",
    "pca",
    "projectData",
    "recoverData",
]


def findClosestCentroids(X, centroids):
    """Index of the nearest centroid for every example (Octave ``ex7/findClosestCentroids.m``).

    Parameters
    ----------
    X : array_like, shape (m, n)
        Examples, one per row.
    centroids : array_like, shape (K, n)
        Centroids, one per row.

    Returns
    -------
    idx : ndarray of int, shape (m, 1)
        ``idx[i]`` in ``1..K`` is the 1-based row of the centroid closest to
        ``X[i]`` in squared Euclidean distance; ties go to the lowest index,
        as with Octave's ``min``.
    """
    X = _matrix(X)
    centroids = _matrix(centroids)
    dist = np.sum((X[:, np.newaxis, :] - centroids[np.newaxis, :, :]) ** 2, axis=2)
    return np.argmin(dist, axis=1).reshape(-1, 1) + 1


def computeCentroids(X, idx, K):
    """Mean of the examples assigned to each centroid (Octave ``ex7/computeCentroids.m``).

    Parameters
    ----------
    X : array_like, shape (m, n)
        Examples, one per row.
    idx : array_like, shape (m, 1) or (m,)
        1-based assignments in ``1..K`` (as returned by
        :func:`findClosestCentroids` or by Octave).
    K : int or float
        Number of centroids.

    Returns
    -------
    centroids : ndarray, shape (K, n)
        Row ``k - 1`` is the mean of the examples with ``idx == k``; a centroid
        with no examples is a row of NaN, as Octave's ``mean(zeros(0, n), 1)``.
    """
    X = _matrix(X)
    idx = np.asarray(idx).ravel(order="F")
    K = int(K)
    centroids = np.full((K, X.shape[1]), np.nan)
    for k in range(1, K + 1):
        members = idx == k
        if np.any(members):
            centroids[k - 1] = X[members].mean(axis=0)
    return centroids


def pca(X):
    """Principal components (Octave ``ex7/pca.m``).

    Parameters
    ----------
    X : array_like, shape (m, n)
        Examples, already normalised to mean 0.

    Returns
    -------
    U : ndarray, shape (n, n)
        Left singular vectors of ``Sigma = X.T @ X / m``, as columns; each is
        defined up to its sign.
    S : ndarray, shape (n, n)
        Diagonal matrix of the singular values of ``Sigma``, largest first.

    Notes
    -----
    ``np.linalg.svd`` returns ``(U, s, Vh)`` with ``s`` 1-D; Octave's
    ``[U, S, V] = svd(Sigma)`` returns ``S`` as a matrix, hence ``np.diag``.
    """
    X = _matrix(X)
    m = X.shape[0]
    Sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(Sigma)
    return U, np.diag(s)


def projectData(X, U, K):
    """Coordinates on the first K principal directions (Octave ``ex7/projectData.m``).

    Parameters
    ----------
    X : array_like, shape (m, n)
        Examples, normalised as for :func:`pca`.
    U : array_like, shape (n, n)
        Principal directions, as columns.
    K : int or float
        Number of directions kept.

    Returns
    -------
    Z : ndarray, shape (m, K)
        ``X @ U[:, :K]``.
    """
    return _matrix(X) @ np.asarray(U, dtype=float)[:, : int(K)]


def recoverData(Z, U, K):
    """Approximate examples back from their projection (Octave ``ex7/recoverData.m``).

    Parameters
    ----------
    Z : array_like, shape (m, K)
        Projected examples; a 1-D ``Z`` is read as rows of ``K`` values.
    U : array_like, shape (n, n)
        Principal directions, as columns.
    K : int or float
        Number of directions kept.

    Returns
    -------
    X_rec : ndarray, shape (m, n)
        ``Z @ U[:, :K].T``.
    """
    K = int(K)
    Z = np.asarray(Z, dtype=float)
    if Z.ndim == 1:
        Z = Z.reshape(-1, K)
    return Z @ np.asarray(U, dtype=float)[:, :K].T
