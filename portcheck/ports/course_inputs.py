"""Deterministic inputs of the course's shapes for the ex1-ex3 and ex5-ex8 functions.

One builder per reference function, ``inputs_<exercise>_<function>()``. Each
returns a new ``dict`` whose keys are the ``.m`` argument names in signature
order (``lambda``, not ``lambda_``) and whose values are float64 arrays in
Octave's shapes (vectors as ``(k, 1)`` columns, so they cross oct2py as
columns) or Python floats (counts too: Octave receives doubles).

No course data is shipped. The values are smooth trigonometric fills
(``sin``/``cos`` of the element number, filled column-major as the course's
``debugInitializeWeights`` does), chosen so the data look like the course's
(populations and profits, house sizes and prices, exam scores, water levels,
server latencies, ratings) and give well-separated decisions (no ties in
``max``/``min``, no threshold sitting on a data point). They depend on
elementary functions only, never on a random generator's stream, so they are
the same on every platform and NumPy version.

``BUILDERS`` maps ``(exercise, function)`` -- e.g. ``("ex1", "computeCost")``
-- to its builder.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

__all__ = [
    "BUILDERS",
    "inputs_ex1_computeCost",
    "inputs_ex1_computeCostMulti",
    "inputs_ex1_gradientDescent",
    "inputs_ex1_gradientDescentMulti",
    "inputs_ex1_featureNormalize",
    "inputs_ex1_normalEqn",
    "inputs_ex2_sigmoid",
    "inputs_ex2_costFunction",
    "inputs_ex2_costFunctionReg",
    "inputs_ex2_predict",
    "inputs_ex2_mapFeature",
    "inputs_ex3_lrCostFunction",
    "inputs_ex3_predictOneVsAll",
    "inputs_ex3_predict",
    "inputs_ex5_linearRegCostFunction",
    "inputs_ex5_polyFeatures",
    "inputs_ex5_trainLinearReg",
    "inputs_ex5_learningCurve",
    "inputs_ex5_validationCurve",
    "inputs_ex6_gaussianKernel",
    "inputs_ex7_findClosestCentroids",
    "inputs_ex7_computeCentroids",
    "inputs_ex7_pca",
    "inputs_ex7_projectData",
    "inputs_ex7_recoverData",
    "inputs_ex8_estimateGaussian",
    "inputs_ex8_multivariateGaussian",
    "inputs_ex8_selectThreshold",
    "inputs_ex8_cofiCostFunc",
]

Inputs = dict  # dict[str, np.ndarray | float]


# --------------------------------------------------------------------------- helpers


def _wave(n, freq, phase=0.0):
    """``sin(freq * (1..n) + phase)`` as an ``(n, 1)`` column."""
    return np.sin(freq * np.arange(1, n + 1) + phase).reshape(-1, 1)


def _sin_fill(shape, scale=1.0, offset=0):
    """``scale * sin(offset + 1..numel)`` filled column-major (Octave's ``reshape``)."""
    n = int(np.prod(shape))
    return scale * np.reshape(np.sin(np.arange(offset + 1, offset + n + 1)), shape, order="F")


def _with_ones(X):
    return np.hstack([np.ones((X.shape[0], 1)), X])


def _normalise(X):
    """Columns to mean 0 and standard deviation 1 (``N - 1`` divisor, as Octave's ``std``)."""
    return (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# --------------------------------------------------------------------------- ex1

_EX1_M = 97  # examples in the course's one-feature data (population, profit)
_EX1_MULTI_M = 47  # examples in the course's housing data (size, bedrooms, price)


def _ex1_data():
    # 5 .. 16 (10,000s), mean about 9: alpha = 0.01 converges, as in the course.
    population = 7.5 + 3.0 * _wave(_EX1_M, 0.7) + 5.0 * _wave(_EX1_M, 2.9) ** 2
    profit = -4.0 + 1.2 * population + 3.0 * _wave(_EX1_M, 1.9, 0.3)
    return _with_ones(population), profit


def _ex1_housing():
    size = np.round(1900.0 + 900.0 * _wave(_EX1_MULTI_M, 0.9) + 250.0 * _wave(_EX1_MULTI_M, 2.3))
    bedrooms = np.round(3.0 + 1.4 * _wave(_EX1_MULTI_M, 1.3, 0.5))
    price = np.round(
        60000.0 + 125.0 * size + 9000.0 * bedrooms + 35000.0 * _wave(_EX1_MULTI_M, 1.7, 1.1)
    )
    return np.hstack([size, bedrooms]), price


def inputs_ex1_computeCost() -> Inputs:
    """``computeCost(X, y, theta)``: X 97x2 with the column of ones, theta [-1; 2]."""
    X, y = _ex1_data()
    return {"X": X, "y": y, "theta": np.array([[-1.0], [2.0]])}


def inputs_ex1_computeCostMulti() -> Inputs:
    """``computeCostMulti(X, y, theta)``: X 47x3 (ones, normalised size and bedrooms)."""
    features, price = _ex1_housing()
    theta = np.array([[340000.0], [105000.0], [-4000.0]])
    return {"X": _with_ones(_normalise(features)), "y": price, "theta": theta}


def inputs_ex1_gradientDescent() -> Inputs:
    """``gradientDescent(X, y, theta, alpha, num_iters)``: the course's 0.01 and 1500 steps."""
    X, y = _ex1_data()
    return {"X": X, "y": y, "theta": np.zeros((2, 1)), "alpha": 0.01, "num_iters": 1500.0}


def inputs_ex1_gradientDescentMulti() -> Inputs:
    """``gradientDescentMulti(X, y, theta, alpha, num_iters)``: normalised X, 0.01, 400 steps."""
    features, price = _ex1_housing()
    return {
        "X": _with_ones(_normalise(features)),
        "y": price,
        "theta": np.zeros((3, 1)),
        "alpha": 0.01,
        "num_iters": 400.0,
    }


def inputs_ex1_featureNormalize() -> Inputs:
    """``featureNormalize(X)``: raw X 47x2 (size in square feet, bedrooms)."""
    features, _ = _ex1_housing()
    return {"X": features}


def inputs_ex1_normalEqn() -> Inputs:
    """``normalEqn(X, y)``: raw (unnormalised) X 47x3 with the column of ones, as the course."""
    features, price = _ex1_housing()
    return {"X": _with_ones(features), "y": price}


# --------------------------------------------------------------------------- ex2

_EX2_M = 100  # exam scores
_EX2_REG_M = 118  # microchip tests


def _ex2_exams():
    exam1 = 65.0 + 30.0 * _wave(_EX2_M, 1.1) + 4.0 * _wave(_EX2_M, 3.7)
    exam2 = 65.0 + 30.0 * _wave(_EX2_M, 0.6, 1.0) + 4.0 * _wave(_EX2_M, 2.9)
    admitted = (exam1 + exam2 + 18.0 * _wave(_EX2_M, 5.3) > 132.0).astype(float)
    return _with_ones(np.hstack([exam1, exam2])), admitted


def _ex2_microchips():
    X1 = 0.1 + 0.85 * _wave(_EX2_REG_M, 0.83) + 0.05 * _wave(_EX2_REG_M, 4.1)
    X2 = 0.2 + 0.75 * _wave(_EX2_REG_M, 1.57, 0.4) + 0.05 * _wave(_EX2_REG_M, 3.3)
    accepted = (X1**2 + X2**2 + 0.15 * _wave(_EX2_REG_M, 6.1) < 0.55).astype(float)
    return X1, X2, accepted


def _monomials(X1, X2, degree=6):
    columns = [np.ones_like(X1)]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            columns.append(X1 ** (i - j) * X2**j)
    return np.hstack(columns)


def inputs_ex2_sigmoid() -> Inputs:
    """``sigmoid(z)``: a 4x5 matrix with 0, moderate values and +-800 (exp overflow)."""
    z = _sin_fill((4, 5), scale=6.0)
    z[0, 0] = 0.0
    z[3, 3] = -800.0  # exp(800) overflows: sigmoid is exactly 0 on both sides
    z[3, 4] = 800.0  # sigmoid is exactly 1
    return {"z": z}


def inputs_ex2_costFunction() -> Inputs:
    """``costFunction(theta, X, y)``: X 100x3 (ones, two exam scores), y 0/1."""
    X, y = _ex2_exams()
    return {"theta": np.array([[-20.0], [0.16], [0.15]]), "X": X, "y": y}


def inputs_ex2_costFunctionReg() -> Inputs:
    """``costFunctionReg(theta, X, y, lambda)``: X = mapFeature 118x28, lambda 1."""
    X1, X2, y = _ex2_microchips()
    theta = _sin_fill((28, 1), scale=0.5)
    return {"theta": theta, "X": _monomials(X1, X2), "y": y, "lambda": 1.0}


def inputs_ex2_predict() -> Inputs:
    """``predict(theta, X)``: X 100x3, a theta that separates the exams."""
    X, _ = _ex2_exams()
    return {"theta": np.array([[-20.0], [0.16], [0.15]]), "X": X}


def inputs_ex2_mapFeature() -> Inputs:
    """``mapFeature(X1, X2)``: two 118x1 features in about [-1, 1]."""
    X1, X2, _ = _ex2_microchips()
    return {"X1": X1, "X2": X2}


# --------------------------------------------------------------------------- ex3

# The course has 5000 examples of 400 pixels, 25 hidden units and 10 labels;
# 50 examples of 20 features keep the same structure at a fraction of the cost.
_EX3_M, _EX3_N, _EX3_HIDDEN, _EX3_LABELS = 50, 20, 25, 10


def _ex3_labels():
    """Labels ``1 + mod(1:m, K)``, the course's debug labels, as an (m, 1) column."""
    return (1 + np.mod(np.arange(1, _EX3_M + 1), _EX3_LABELS)).reshape(-1, 1).astype(float)


def _ex3_prototypes():
    """One 20-feature prototype per label, (10, 20)."""
    return _sin_fill((_EX3_LABELS, _EX3_N), offset=300)


def _ex3_features():
    """Example i is the prototype of its label plus a smooth disturbance, (50, 20)."""
    labels = _ex3_labels().ravel().astype(int)
    disturbance = np.reshape(np.sin(2.3 * np.arange(1, _EX3_M * _EX3_N + 1)), (_EX3_M, _EX3_N), order="F")
    return _ex3_prototypes()[labels - 1] + 0.5 * disturbance


def inputs_ex3_lrCostFunction() -> Inputs:
    """``lrCostFunction(theta, X, y, lambda)``: X 50x21, y = (label == 3), lambda 0.1."""
    X = _with_ones(_ex3_features())
    y = (_ex3_labels() == 3).astype(float)
    theta = _sin_fill((_EX3_N + 1, 1), scale=0.4, offset=7)
    return {"theta": theta, "X": X, "y": y, "lambda": 0.1}


def inputs_ex3_predictOneVsAll() -> Inputs:
    """``predictOneVsAll(all_theta, X)``: all_theta 10x21, X 50x20 (no column of ones).

    Classifier k leans towards prototype k, so all ten labels are predicted
    and the winning probability leads the next by more than 1e-4 everywhere
    (no tie that rounding could flip).
    """
    intercepts = _sin_fill((_EX3_LABELS, 1), scale=0.2, offset=900)
    all_theta = np.hstack([intercepts, 0.6 * _ex3_prototypes()])
    return {"all_theta": all_theta, "X": _ex3_features()}


def inputs_ex3_predict() -> Inputs:
    """``predict(Theta1, Theta2, X)``: Theta1 25x21, Theta2 10x26, X 50x20.

    Hidden units 1..10 respond to the ten prototypes and output unit k to
    hidden unit k, so all ten labels are predicted, with a margin of more
    than 1e-3 between the two most active outputs.
    """
    Theta1 = _sin_fill((_EX3_HIDDEN, _EX3_N + 1), scale=0.3, offset=11)
    Theta1[:_EX3_LABELS, 1:] += 0.5 * _ex3_prototypes()
    Theta1[:_EX3_LABELS, 0] = -3.0
    Theta2 = _sin_fill((_EX3_LABELS, _EX3_HIDDEN + 1), scale=0.5, offset=29)
    Theta2[:, 1 : _EX3_LABELS + 1] += 5.0 * np.eye(_EX3_LABELS)
    Theta2[:, 0] = -2.5
    return {"Theta1": Theta1, "Theta2": Theta2, "X": _ex3_features()}


# --------------------------------------------------------------------------- ex5

_EX5_M, _EX5_M_VAL = 12, 21  # the course's training and validation sizes


def _ex5_water(m, phase):
    """Change of water level (about -48 .. 38) and the water flowing out (about 0 .. 45)."""
    level = -5.0 + 43.0 * _wave(m, 1.37, phase)
    flow = 13.0 + 0.012 * (level + 10.0) ** 2 + 0.35 * level + 2.0 * _wave(m, 4.1, phase)
    return level, flow


def _ex5_poly_normalised(level):
    """``polyFeatures(level, 8)`` normalised with the training set's mean and std."""
    train_level, _ = _ex5_water(_EX5_M, 0.0)
    powers = np.arange(1, 9)
    train_poly = train_level**powers
    mu = train_poly.mean(axis=0)
    sigma = train_poly.std(axis=0, ddof=1)
    return _with_ones((level**powers - mu) / sigma)


def inputs_ex5_linearRegCostFunction() -> Inputs:
    """``linearRegCostFunction(X, y, theta, lambda)``: X 12x2, theta [1; 1], lambda 1."""
    level, flow = _ex5_water(_EX5_M, 0.0)
    return {"X": _with_ones(level), "y": flow, "theta": np.ones((2, 1)), "lambda": 1.0}


def inputs_ex5_polyFeatures() -> Inputs:
    """``polyFeatures(X, p)``: X 12x1, p 8."""
    level, _ = _ex5_water(_EX5_M, 0.0)
    return {"X": level, "p": 8.0}


def inputs_ex5_trainLinearReg() -> Inputs:
    """``trainLinearReg(X, y, lambda)``: X 12x2, lambda 1."""
    level, flow = _ex5_water(_EX5_M, 0.0)
    return {"X": _with_ones(level), "y": flow, "lambda": 1.0}


def inputs_ex5_learningCurve() -> Inputs:
    """``learningCurve(X, y, Xval, yval, lambda)``: X 12x2, Xval 21x2, lambda 0 (linear fit)."""
    level, flow = _ex5_water(_EX5_M, 0.0)
    level_val, flow_val = _ex5_water(_EX5_M_VAL, 0.61)
    return {
        "X": _with_ones(level),
        "y": flow,
        "Xval": _with_ones(level_val),
        "yval": flow_val,
        "lambda": 0.0,
    }


def inputs_ex5_validationCurve() -> Inputs:
    """``validationCurve(X, y, Xval, yval)``: degree-8 features, normalised, X 12x9, Xval 21x9."""
    level, flow = _ex5_water(_EX5_M, 0.0)
    level_val, flow_val = _ex5_water(_EX5_M_VAL, 0.61)
    return {
        "X": _ex5_poly_normalised(level),
        "y": flow,
        "Xval": _ex5_poly_normalised(level_val),
        "yval": flow_val,
    }


# --------------------------------------------------------------------------- ex6


def inputs_ex6_gaussianKernel() -> Inputs:
    """``gaussianKernel(x1, x2, sigma)``: x1 = [1 2 1]', x2 = [0 4 -1]', sigma 2."""
    return {
        "x1": np.array([[1.0], [2.0], [1.0]]),
        "x2": np.array([[0.0], [4.0], [-1.0]]),
        "sigma": 2.0,
    }


# --------------------------------------------------------------------------- ex7

_EX7_M, _EX7_K = 300, 3  # two-dimensional points in three clusters
_EX7_PCA_M = 50


def _ex7_points():
    centres = np.array([[1.9, 5.0], [3.5, 1.2], [7.0, 4.2]])
    which = np.mod(np.arange(_EX7_M), _EX7_K)
    spread = 0.8 * np.hstack([_wave(_EX7_M, 2.71), _wave(_EX7_M, 1.93, 0.7)])
    return centres[which] + spread


def _ex7_initial_centroids():
    return np.array([[3.0, 3.0], [6.0, 2.0], [8.0, 5.0]])


def _ex7_pca_data():
    """Normalised 50x2 data stretched along the direction (1, 0.8)."""
    t = 1.5 * _wave(_EX7_PCA_M, 0.77)
    s = 0.3 * _wave(_EX7_PCA_M, 2.39, 0.2)
    X = np.hstack([4.0 + t - 0.5 * s, 5.0 + 0.8 * t + 0.7 * s])
    return _normalise(X)


def _ex7_rotation():
    """An orthonormal 2x2 U: the principal directions of any normalised 2-D data.

    Both columns of normalised data have variance 1, so the covariance is
    ``[1 r; r 1]`` and its eigenvectors are ``[1; 1] / sqrt(2)`` and
    ``[-1; 1] / sqrt(2)`` (for ``r > 0``, largest first).
    """
    return np.array([[1.0, -1.0], [1.0, 1.0]]) / np.sqrt(2.0)


def inputs_ex7_findClosestCentroids() -> Inputs:
    """``findClosestCentroids(X, centroids)``: X 300x2, K = 3 centroids."""
    return {"X": _ex7_points(), "centroids": _ex7_initial_centroids()}


def inputs_ex7_computeCentroids() -> Inputs:
    """``computeCentroids(X, idx, K)``: X 300x2, idx the 1-based nearest of 3 centroids."""
    X = _ex7_points()
    centroids = _ex7_initial_centroids()
    dist = ((X[:, np.newaxis, :] - centroids[np.newaxis]) ** 2).sum(axis=2)
    idx = (np.argmin(dist, axis=1) + 1).reshape(-1, 1).astype(float)
    return {"X": X, "idx": idx, "K": float(_EX7_K)}


def inputs_ex7_pca() -> Inputs:
    """``pca(X)``: normalised X 50x2."""
    return {"X": _ex7_pca_data()}


def inputs_ex7_projectData() -> Inputs:
    """``projectData(X, U, K)``: X 50x2, an orthonormal U 2x2, K 1."""
    return {"X": _ex7_pca_data(), "U": _ex7_rotation(), "K": 1.0}


def inputs_ex7_recoverData() -> Inputs:
    """``recoverData(Z, U, K)``: Z 50x1 (the projection on U's first column), U 2x2, K 1."""
    U = _ex7_rotation()
    return {"Z": _ex7_pca_data() @ U[:, :1], "U": U, "K": 1.0}


# --------------------------------------------------------------------------- ex8

_EX8_M = 307  # server measurements (latency, throughput)
_EX8_ANOMALIES = (40, 97, 150, 211, 268, 301)  # 0-based rows moved far from the bulk
_EX8_MOVIES, _EX8_USERS, _EX8_FEATURES = 5, 4, 3  # the course's reduced check


def _ex8_servers():
    latency = 14.0 + 1.1 * _wave(_EX8_M, 2.13) + 0.4 * _wave(_EX8_M, 5.71)
    throughput = 15.0 + 1.0 * _wave(_EX8_M, 1.41, 0.9) + 0.4 * _wave(_EX8_M, 4.47)
    X = np.hstack([latency, throughput])
    rows = list(_EX8_ANOMALIES)
    X[rows] += np.array([[6.0, -5.0], [-7.0, 3.0], [9.0, 8.0], [-5.5, -6.5], [4.0, 0.5], [2.5, 2.6]])
    return X


def _ex8_density(X):
    mu = X.mean(axis=0)
    sigma2 = ((X - mu) ** 2).mean(axis=0)
    quad = np.sum((X - mu) ** 2 / sigma2, axis=1, keepdims=True)
    return (2 * np.pi) ** (-X.shape[1] / 2) * np.prod(sigma2) ** (-0.5) * np.exp(-0.5 * quad)


def inputs_ex8_estimateGaussian() -> Inputs:
    """``estimateGaussian(X)``: X 307x2."""
    return {"X": _ex8_servers()}


def inputs_ex8_multivariateGaussian() -> Inputs:
    """``multivariateGaussian(X, mu, Sigma2)``: X 307x2, mu 2x1, Sigma2 2x1 (variances)."""
    X = _ex8_servers()
    mu = X.mean(axis=0).reshape(-1, 1)
    Sigma2 = ((X - mu.T) ** 2).mean(axis=0).reshape(-1, 1)
    return {"X": X, "mu": mu, "Sigma2": Sigma2}


def inputs_ex8_selectThreshold() -> Inputs:
    """``selectThreshold(yval, pval)``: 307x1 labels (6 anomalies, 2 mislabelled) and densities."""
    X = _ex8_servers()
    yval = np.zeros((_EX8_M, 1))
    yval[list(_EX8_ANOMALIES)] = 1.0
    yval[[12, 250]] = 1.0  # labelled anomalous but ordinary: F1 < 1
    return {"yval": yval, "pval": _ex8_density(X)}


def inputs_ex8_cofiCostFunc() -> Inputs:
    """``cofiCostFunc(params, Y, R, num_users, num_movies, num_features, lambda)``.

    5 movies, 4 users, 3 features, lambda 1.5; params = [X(:); Theta(:)] is
    27x1, unrolled column-major.
    """
    X = _sin_fill((_EX8_MOVIES, _EX8_FEATURES), scale=0.9)
    Theta = _sin_fill((_EX8_USERS, _EX8_FEATURES), scale=0.7, offset=40)
    R = (_sin_fill((_EX8_MOVIES, _EX8_USERS), offset=5) > -0.3).astype(float)
    Y = np.round(3.0 + 2.0 * _sin_fill((_EX8_MOVIES, _EX8_USERS), offset=17)) * R
    params = np.concatenate([X.ravel(order="F"), Theta.ravel(order="F")]).reshape(-1, 1)
    return {
        "params": params,
        "Y": Y,
        "R": R,
        "num_users": float(_EX8_USERS),
        "num_movies": float(_EX8_MOVIES),
        "num_features": float(_EX8_FEATURES),
        "lambda": 1.5,
    }


BUILDERS: dict[tuple[str, str], Callable[[], Inputs]] = {
    tuple(name[len("inputs_") :].split("_", 1)): globals()[name]  # type: ignore[misc]
    for name in __all__
    if name.startswith("inputs_")
}
