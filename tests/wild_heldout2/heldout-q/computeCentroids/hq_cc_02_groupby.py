import numpy as np
import pandas as pd


def compute_centroids(X, idx, K):
    """New centroids = mean of the points assigned to each cluster.

    idx : cluster number (1..K) of each example
    """
    df = pd.DataFrame(X)
    df['cluster'] = np.asarray(idx).ravel()
    centroids = df.groupby('cluster').mean().values
    return centroids
