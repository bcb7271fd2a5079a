"""NumPy ports of the statistics references in matlab/: a correct port of each, and one-line bugs."""
import numpy as np


def zscore_cols(X):
    mu = X.mean(axis=0)
    sd = X.std(axis=0, ddof=1)
    return (X - mu) / sd, mu, sd


def zscore_cols_ddof0(X):
    """NumPy's default ddof=0 for Octave's std (N-1)."""
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    return (X - mu) / sd, mu, sd


def band_mask(nbins, edges):
    edges = np.ravel(edges).astype(int)
    M = np.zeros((edges.size - 1, int(nbins)))
    for k in range(edges.size - 1):
        M[k, edges[k] - 1:edges[k + 1] - 1] = 1
    return M


def band_mask_end_twice(nbins, edges):
    """Octave's inclusive end edges(k+1)-1 made exclusive AND kept the -1: every band one bin short."""
    edges = np.ravel(edges).astype(int)
    M = np.zeros((edges.size - 1, int(nbins)))
    for k in range(edges.size - 1):
        M[k, edges[k] - 1:edges[k + 1] - 2] = 1
    return M


def log_energy(X):
    return np.log10(np.sum(X ** 2, axis=0))


def log_energy_natural(X):
    """np.log for Octave's log10."""
    return np.log(np.sum(X ** 2, axis=0))


def peak_index(X):
    return X.max(axis=0), X.argmax(axis=0) + 1


def peak_index_zero_based(X):
    """NumPy's 0-based argmax for Octave's 1-based max index."""
    return X.max(axis=0), X.argmax(axis=0)


def smooth_stats(x, w):
    x, w = np.ravel(x), np.ravel(w)
    m = np.sum(w * x) / np.sum(w)
    return m, np.sum(w * (x - m) ** 2) / (np.sum(w) - 1)


def wvar(x, w, m):
    x, w = np.ravel(x), np.ravel(w)
    return np.sum(w * (x - m) ** 2) / (np.sum(w) - 1)


def range_span(x):
    return np.ptp(x, axis=0)


def sliding_baseline(x, L, approach):
    """The .m's 1-based loop kept: x(max(1, j-h) : min(n, j+h)) is x[max(0, j-h-1) : min(n, j+h)]."""
    x = np.asarray(x, dtype=float)
    h, n = int(L // 2), x.size
    b = np.zeros_like(x)
    for j in range(1, n + 1):
        w = x[max(0, j - h - 1):min(n, j + h)]
        b[j - 1] = np.mean(w) if approach == "mn" else np.median(w)
    return b


def sliding_baseline_start(x, L, approach):
    """The 1-based start of the window kept inside the clamp: max(0, j - h)."""
    x = np.asarray(x, dtype=float)
    h, n = int(L // 2), x.size
    b = np.zeros_like(x)
    for j in range(1, n + 1):
        w = x[max(0, j - h):min(n, j + h)]
        b[j - 1] = np.mean(w) if approach == "mn" else np.median(w)
    return b


def sliding_baseline_two(x, L, approach):
    """Two mistakes, one per branch: the mean's window starts one late, the median's ends one late."""
    x = np.asarray(x, dtype=float)
    h, n = int(L // 2), x.size
    b = np.zeros_like(x)
    for j in range(1, n + 1):
        if approach == "mn":
            b[j - 1] = np.mean(x[max(0, j - h):min(n, j + h)])
        else:
            b[j - 1] = np.median(x[max(0, j - h - 1):min(n, j + h + 1)])
    return b
