import numpy as np


def normalize(features):
    """Normalize features.

    Returns the normalized features, the mean of every column and the
    standard deviation of every column.
    """
    features_mean = np.mean(features, 0)
    features_deviation = np.std(features, 0, ddof=1)

    # subtract the mean (in place, saves a copy on big data sets)
    features_normalized = features
    features_normalized -= features_mean

    # avoid division by zero
    features_deviation[features_deviation == 0] = 1
    features_normalized /= features_deviation

    return features_normalized, features_mean, features_deviation
