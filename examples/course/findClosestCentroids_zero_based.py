"""ex7 findClosestCentroids returning 0-based centroid indices.

The mistake: ``np.argmin`` counts from 0; the course's idx counts centroids from
1 (Octave's ``[~, idx] = min(...)``), so every index is one less than Octave's.

Run:  portcheck compare findClosestCentroids --python examples/course/findClosestCentroids_zero_based.py:findClosestCentroids
"""
import numpy as np


def findClosestCentroids(X, centroids):
    distances = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(distances, axis=1).reshape(-1, 1)   # BUG: Octave's indices start at 1: + 1
