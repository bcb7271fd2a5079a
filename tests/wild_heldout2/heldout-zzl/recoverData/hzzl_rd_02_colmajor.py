"""PCA reconstruction with one example per column.

Convention: ``Z`` has shape (K, m) -- each column is a projected example --
and the reconstruction is returned with shape (n, m). This is the transpose
of the course's layout (one example per row).
"""
import numpy as np


def recover_data(Z: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Map the (K, m) projections Z back to the (n, m) data space."""
    U_reduce = U[:, :K]          # (n, K) principal directions
    return U_reduce @ Z          # (n, m)
