import numpy as np
import pandas as pd


def computeCentroids(X, idx, K):
    """New centroids: mean of the points assigned to each of the K clusters.

    idx holds the assignments 1..K (as returned by findClosestCentroids).
    A cluster with no points gets a row of NaN, like Octave's mean of an empty set.
    """
    df = pd.DataFrame(X)
    means = df.groupby(np.asarray(idx).ravel()).mean()
    # clusters without any point are missing from the groupby -> NaN rows
    centroids = means.reindex(range(1, K + 1)).values
    return centroids
