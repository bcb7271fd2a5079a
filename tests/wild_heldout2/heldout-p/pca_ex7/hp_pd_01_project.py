"""PCA helpers for exercise 7."""
import numpy as np
from numpy.typing import NDArray


def project_data(X: NDArray[np.float64], U: NDArray[np.float64], K: int) -> NDArray[np.float64]:
    """Project the (normalised) examples onto the top K eigenvectors.

    Args:
        X: (m, n) normalised data.
        U: (n, n) matrix whose columns are the principal components.
        K: number of components to keep.

    Returns:
        Z: (m, K) projected data.
    """
    U_reduce = U[:, :K]
    return X @ U_reduce
