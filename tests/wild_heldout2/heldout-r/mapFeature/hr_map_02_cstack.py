from numpy import ones, column_stack, asarray


# MAPFEATURE Feature mapping function to polynomial features
#
#   mapFeature(X1, X2) maps the two input features to quadratic features
#   used in the regularization exercise.
#   Returns a new feature array with more features, comprising of
#   X1, X2, X1.^2, X2.^2, X1*X2, X1*X2.^2, etc..
#   Inputs X1, X2 must be the same size
DEGREE = 6


def mapFeature(X1, X2):
    X1 = asarray(X1, dtype=float).ravel()
    X2 = asarray(X2, dtype=float).ravel()
    out = ones(X1.shape[0])
    for i in range(1, DEGREE + 1):
        for j in range(0, i + 1):
            out = column_stack((out, (X1 ** (i - j)) * (X2 ** j)))
    return out
