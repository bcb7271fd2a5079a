import numpy as np
import pandas as pd


def compute_centroids(X, idx, K):
    # group the examples by their assigned centroid and take the mean
    df = pd.DataFrame(X)
    df['c'] = idx.ravel()
    centroids = df.groupby('c').mean().values
    return centroids
