import numpy as np
import pandas as pd


def computeCentroids(X, idx, K):
    """New centroids = mean of the points assigned to each one.

    idx holds assignments 1..K (as returned by findClosestCentroids).
    A centroid with no points gets a row of NaN, same as Octave.
    """
    df = pd.DataFrame(X)
    means = df.groupby(np.ravel(idx)).mean()
    # make sure every cluster 1..K has a row, in order
    means = means.reindex(range(1, K + 1))
    return means.values
