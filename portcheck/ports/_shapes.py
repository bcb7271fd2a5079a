"""Shape and linear-algebra helpers shared by the ports: Octave's conventions in NumPy."""
from __future__ import annotations

import numpy as np

__all__ = ["_column", "_matrix", "_pinv"]


def _column(a):
    """``a`` as a float ``(k, 1)`` column (a view when possible; never written to)."""
    return np.asarray(a, dtype=float).reshape(-1, 1)


def _matrix(X):
    """``X`` as a float 2-D array; a 1-D ``X`` is one row, as Octave would hold it."""
    X = np.asarray(X, dtype=float)
    return X.reshape(1, -1) if X.ndim == 1 else X


def _pinv(A):
    """Moore-Penrose pseudo-inverse with Octave's default cut-off.

    Octave's ``pinv(A)`` ignores singular values below
    ``max(size(A)) * norm(A) * eps``; NumPy's default cut-off is ``1e-15 *
    norm(A)``. The relative cut-off is passed explicitly so that a
    rank-deficient matrix is treated the same way on both sides (Octave
    ``help pinv``).
    """
    return np.linalg.pinv(A, rcond=max(A.shape) * np.finfo(float).eps)
