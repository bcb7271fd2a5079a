"""Input sets that expose porting mistakes, for the course cases (ex1-ex3, ex5-ex8).

The course's own inputs hide mistakes: with ``lambda = 1`` a port that ignores
lambda and uses 1 agrees; with ten labels a port that hard-codes ten agrees;
with ``Y = 0`` wherever ``R = 0`` a cost that forgets the mask agrees; with no
tie in ``findClosestCentroids`` a port that keeps the last of equal distances
agrees; a parameter vector of ones hides a swapped ``theta``; one dimension
equal to another hides a transpose. Each case here gets a few more sets, chosen
from its roles, each with a name and a one-line description:

* lambda: ``0`` and a value that is not 1 (:func:`default_lambdas`);
* ``m=1``: one example (``squeeze``, ``len`` and broadcasting mistakes);
* classes: ``K = 12`` (past ten, distinct from every other dimension), a label
  that never occurs;
* masks: values where the mask is 0;
* ties: exact ties where the reference keeps the first (Octave's ``min``/``max``);
* sizes: integer-valued, and no parameter vector of all ones.

Few sets per case: each one costs the diagnosis dozens of port calls. Values are
deterministic (fixed seeds of NumPy's ``default_rng``, or closed forms).
"""
from __future__ import annotations

import numpy as np

__all__ = ["BASE_OVERRIDES", "default_lambdas", "extra_sets", "FAMILIES"]

#: Changes to the course's own inputs: no parameter vector of all ones.
BASE_OVERRIDES = {
    "linearRegCostFunction": {"theta": np.array([[1.5], [-0.4]])},
}


def default_lambdas(course_value: float) -> tuple[float, ...]:
    """``0`` and the course's lambda, or 3 when the course's is 0 or 1 (a port using 1 or 0 would agree);
    3 as well when the course's is not a whole number: a Python 2 port's ``lambda / (2 * m)`` floors to 0
    only when a caller passes a whole lambda, as the course's scripts do (``lambda = 1``, ``3``)."""
    value = float(course_value)
    if value in (0.0, 1.0):
        return (0.0, 3.0)
    return (0.0, value) if value.is_integer() else (0.0, value, 3.0)


def _rng(seed: int):
    return np.random.default_rng(seed)


def _ones(X):
    return np.hstack([np.ones((X.shape[0], 1)), X])


def _first(v: dict, *names) -> dict:
    """``v`` with the named arrays cut to their first row (one example)."""
    return {k: (np.asarray(x)[:1] if k in names else x) for k, x in v.items()}


def _m1(v, *names):
    return [("m=1", _first(v, *names), "the course's inputs cut to the first example")]


def _normal_equation(v):
    """A feature repeated (twice another column): X'X is singular, and Octave's ``pinv(X'*X)*X'*y`` still
    gives the minimum-norm solution, where ``inv`` raises or returns the rounding of a singular matrix."""
    X = np.asarray(v["X"], dtype=float)
    twice = np.hstack([X, 2.0 * X[:, -1:]])
    return [("a feature repeated", {**v, "X": twice}, "the course's X with its last column again, doubled: "
                                                        "X'X singular (pinv's minimum-norm solution)")]


def _logistic_predict(v):
    """m=1, and theta = 0 (the course's initial theta): every sigmoid is exactly 0.5, where Octave's
    ``sigmoid(X*theta) >= 0.5`` says 1 and a port's ``> 0.5`` says 0 (the threshold's edge)."""
    theta = np.zeros_like(np.asarray(v["theta"], dtype=float))
    return _m1(v, "X") + [("theta = 0", {**v, "theta": theta},
                           "the course's initial theta: every probability is 0.5, on the threshold")]


def _gradient_descent(v):
    X, y = v["X"][:20], v["y"][:20]
    theta = np.arange(1, X.shape[1] + 1, dtype=float).reshape(-1, 1) * np.array([[0.5], [-0.25], [0.1]])[:X.shape[1]]
    return [("5 steps from theta != 0", {**v, "X": X, "y": y, "theta": theta, "alpha": 0.03, "num_iters": 5.0},
             "20 examples, alpha 0.03, 5 iterations, starting away from zero")]


def _feature_normalize(v):
    X = _rng(5).normal([3.0, -20.0, 700.0], [1.0, 4.0, 90.0], (6, 3))
    constant = X.copy()
    constant[:, 1] = 4.0
    return [("3 features, m=6", {"X": X}, "6 examples of 3 features on different scales, default_rng(5)"),
            ("a constant feature", {"X": constant}, "the 6 examples with feature 2 the same everywhere: Octave's "
                                                     "sigma is 0 there and its X_norm column 0/0 = NaN")]


def _classes(K: int, n: int, m: int, seed: int):
    """(all_theta, X) of a one-vs-all model where every label 1..K wins some example, decisively.

    The scores are scaled to at most 20 in size: past ~37, sigmoid rounds to exactly 1.0, so two classes tie in
    Octave's ``max(sigmoid(X * all_theta'))`` (the first wins) while a port that takes the argmax of the scores
    (the same thing in exact arithmetic) picks the larger -- a rounding knife-edge, not a porting mistake.
    """
    rng = _rng(seed)
    protos = rng.normal(0.0, 2.0, (K, n))
    X = protos[np.arange(m) % K] + rng.normal(0.0, 0.3, (m, n))
    all_theta = np.hstack([np.full((K, 1), -1.0), protos])
    top = np.abs(np.column_stack([np.ones(m), X]) @ all_theta.T).max()
    return all_theta * min(1.0, 20.0 / top), X


def _one_vs_all(v):
    all_theta, X = _classes(12, 5, 30, 3)
    return [("K=12", {"all_theta": all_theta, "X": X}, "12 classes (past ten), 5 features, m=30, default_rng(3)"),
            ("m=1", {"all_theta": all_theta, "X": X[:1]}, "the 12-class model on one example"),
            ("tied scores", _tied_classifiers(all_theta, X), "classifiers 2 and 3 equal and the largest: Octave's max "
                                                             "takes the first (label 2)")]


def _tied_classifiers(all_theta, X) -> dict:
    """Two equal rows of all_theta that win on every example: a tie Octave's ``max`` breaks to the first."""
    T = np.asarray(all_theta, dtype=float).copy()
    T[:, 0] -= 20.0
    T[1] = T[2] = np.concatenate([[20.0], np.zeros(T.shape[1] - 1)])
    return {"all_theta": T, "X": np.asarray(X, dtype=float)[:8]}


def _network_predict(v):
    rng = _rng(4)
    n, h, K, m = 5, 7, 12, 30
    Theta1 = rng.normal(0.0, 1.0, (h, n + 1))
    Theta2 = rng.normal(0.0, 3.0, (K, h + 1))
    X = rng.normal(0.0, 1.0, (m, n))
    return [("K=12", {"Theta1": Theta1, "Theta2": Theta2, "X": X},
             "a 5-7-12 network (labels past ten, no two sizes equal), m=30, default_rng(4)"),
            ("m=1", {"Theta1": Theta1, "Theta2": Theta2, "X": X[:1]}, "the 5-7-12 network on one example"),
            ("tied scores", tied_network(), TIED)]


TIED = "a 4-5-6 network whose output units 2 and 3 are equal and the largest: Octave's max takes the first (label 2)"


def tied_network(seed: int = 5) -> dict:
    """Labels 2 and 3 tie for the largest output on every example, exactly (two equal rows of Theta2).

    Octave's ``[~, p] = max(h2, [], 2)`` returns the first of equal maxima, as
    ``np.argmax`` does; a loop that keeps the last (``>=``) or a sort that is not
    stable returns 3. Nothing else distinguishes them on untied data.
    """
    rng = _rng(seed)
    Theta1 = rng.normal(0.0, 1.0, (5, 5))
    Theta2 = rng.normal(0.0, 1.0, (6, 6))
    Theta2[:, 0] -= 6.0                                    # every other unit well below
    Theta2[1] = Theta2[2] = np.concatenate([[6.0], np.abs(Theta2[1, 1:])])
    X = rng.normal(0.0, 1.0, (8, 4))
    return {"Theta1": Theta1, "Theta2": Theta2, "X": X}


def _polynomial(v):
    """m = 1, and the course's x mapped to normalised powers 1..4 plus the bias (ex5 fits X_poly this way).

    Two parameters hide a penalty taken over the wrong entries (``theta[2:]`` is
    empty then, the same as no penalty); five distinct ones do not.
    """
    x = np.asarray(v["X"], dtype=float)[:, -1:]
    P = np.hstack([x ** k for k in range(1, 5)])
    P = (P - P.mean(axis=0)) / P.std(axis=0, ddof=1)
    theta = np.array([[0.7], [-1.3], [0.45], [2.1], [-0.8]])
    return _m1(v, "X", "y") + [("powers 1..4", {**v, "X": _ones(P), "theta": theta},
                                "x mapped to normalised powers 1..4 and a bias column, 5 distinct parameters")]


def _poly(v):
    return [("m=5, p=3", {"X": np.array([[-2.0], [-0.5], [0.0], [1.5], [3.0]]), "p": 3.0},
             "5 values, powers 1..3"),
            ("m=1, p=3", {"X": np.array([[1.5]]), "p": 3.0}, "one value (np.squeeze makes it 0-d), powers 1..3")]


def _ties(v):
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [3.0, 0.0], [2.0, 2.0]])
    C = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [2.0, 2.0]])
    K = 12
    rng = _rng(6)
    CK = rng.normal(0.0, 3.0, (K, 2))
    XK = CK[np.arange(40) % K] + rng.normal(0.0, 0.5, (40, 2))
    return [("ties", {"X": X, "centroids": C},
             "integer points at equal distance from two or four centroids: OCTAVE's min keeps the first"),
            ("K=12", {"X": XK, "centroids": CK}, "12 centroids (past ten), m=40, default_rng(6)"),
            ("m=1", {"X": XK[:1], "centroids": CK}, "one example, 12 centroids (np.squeeze makes X 1-D)")]


def _centroids(v):
    rng = _rng(7)
    K = 12
    idx = np.arange(1, 41) % K + 1
    idx[idx == 7] = 8  # centroid 7 gets no example
    X = rng.normal(0.0, 2.0, (40, 3))
    return [("K=12, 7 empty", {"X": X, "idx": idx.reshape(-1, 1).astype(float), "K": float(K)},
             "12 centroids, m=40, 3 features; no example is assigned to centroid 7")]


def _project(v):
    """Both directions; and X whose means are not 0: projectData.m projects X as given (normalised before it), so
    a port that centres X again agrees on normalised data only."""
    shifted = v["X"] + np.array([[3.0, -2.0]])
    return [("K=2", {**v, "K": 2.0}, "both principal directions"),
            ("not centred", {**v, "X": shifted}, "the course's X plus (3, -2): means not 0")] + _m1(v, "X")


def _recover(v):
    U = v["U"]
    return [("K=2", {"Z": v["Z"] @ np.ones((1, 2)) * np.array([[1.0, -0.5]]), "U": U, "K": 2.0},
             "a projection on both directions"),
            ("m=1, K=2", {"Z": (v["Z"] @ np.ones((1, 2)) * np.array([[1.0, -0.5]]))[:1], "U": U, "K": 2.0},
             "one example projected on both directions (np.squeeze makes Z 1-D)")] + _m1(v, "Z")


def _pca(v):
    """Four features of distinct variances: the order of the components (largest first, as Octave's svd
    gives them) is seen on every column, where two features leave a reversal looking like a shift."""
    X = _rng(9).normal(0.0, [3.0, 1.5, 0.7, 0.2], (30, 4))
    X = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1) * np.array([2.0, 1.0, 0.5, 0.25])
    # pca.m uses X as given (featureNormalize runs before it): a port that centres X again inside pca agrees on
    # centred data and is seen only on X whose means are not 0
    shifted = _rng(10).normal([2.0, -1.0, 0.5], [1.0, 0.6, 0.3], (12, 3))
    return [("4 features, m=30", {"X": X}, "30 examples of 4 features, spreads 2, 1, 0.5, 0.25, default_rng(9)"),
            ("not centred, m=12", {"X": shifted}, "12 examples of 3 features with means 2, -1, 0.5, default_rng(10)")]


def _gaussian(v):
    X = _rng(8).normal([1.0, 5.0, -3.0], [0.5, 2.0, 1.0], (5, 3))
    return [("3 features, m=5", {"X": X}, "5 examples of 3 features, default_rng(8)")]


def _cofi(v):
    Y = np.asarray(v["Y"], dtype=float).copy()
    R = np.asarray(v["R"], dtype=float)
    Y[R == 0] = 2.0 + np.arange(int((R == 0).sum())) % 4  # ratings where nobody rated: must not count
    return [("Y where R=0", {**v, "Y": Y}, "the same problem with values in Y where R = 0 (the cost must mask them)")]


def _threshold(v):
    """Where the threshold's edge decides: ``<`` against ``<=`` at the lowest density.

    With the lowest-density example the only anomaly, and the others well apart
    from it, ``pval < epsilon`` first catches it one step above ``min(pval)``,
    ``pval <= epsilon`` at the first step (``epsilon = min(pval)`` exactly, in
    any grid). The grid's last step is not probed the same way: there
    ``epsilon = max(pval)`` only up to rounding, and a correct port that builds
    its grid as ``lo + k * step`` may flag the densest example by 1e-17.
    """
    pval = np.asarray(v["pval"], dtype=float).reshape(-1, 1)
    spread = _rng(11).uniform(0.02, 0.2, pval.shape)   # densities well apart from the lowest one
    spread[pval.shape[0] // 3] = 0.001
    lowest = np.zeros_like(spread)
    lowest[np.argmin(spread)] = 1.0
    return [("lowest density the only anomaly", {**v, "yval": lowest, "pval": spread},
             "one anomaly, at min(pval): '<' and '<=' pick thresholds one step apart"),
            ("best threshold the last", *_last_step())]


def _last_step():
    """Every example an anomaly but the densest: the best threshold is the grid's last, ``max(pval)``.

    Densities on a grid of ``2**-10`` from 24 to 1024 units make ``stepsize =
    (max - min) / 1000`` one unit exactly, so every epsilon of ``min:step:max``
    is exact in binary: a grid that stops one step short (``np.arange(lo, hi,
    step)``, which excludes ``hi``) misses the example 0.5 units below the
    densest, while any exact grid that ends at ``max(pval)`` agrees to the bit.
    """
    unit = 2.0 ** -10
    pval = np.array([[24.0], [1023.5], [200.0], [1024.0], [400.0], [600.0], [800.0], [300.0]]) * unit
    yval = np.ones_like(pval)
    yval[3] = 0.0
    return ({"yval": yval, "pval": pval},
            "8 densities on an exact grid, all anomalies but the densest: epsilon = max(pval) is the best")


#: function -> extra sets from the course's values: [(name, values, description)].
FAMILIES = {
    "computeCost": lambda v: _m1(v, "X", "y"),
    "computeCostMulti": lambda v: _m1(v, "X", "y"),
    "normalEqn": _normal_equation,
    "gradientDescent": lambda v: _gradient_descent(v) + _m1(v, "X", "y"),
    "gradientDescentMulti": lambda v: _gradient_descent(v) + _m1(v, "X", "y"),
    "featureNormalize": _feature_normalize,
    "costFunction": lambda v: _m1(v, "X", "y"),
    "costFunctionReg": lambda v: _m1(v, "X", "y"),
    "ex2/predict": _logistic_predict,
    "lrCostFunction": lambda v: _m1(v, "X", "y"),
    "predictOneVsAll": _one_vs_all,
    "ex3/predict": _network_predict,
    "linearRegCostFunction": _polynomial,
    "polyFeatures": _poly,
    "findClosestCentroids": _ties,
    "computeCentroids": _centroids,
    "pca": _pca,
    "projectData": _project,
    "recoverData": _recover,
    "estimateGaussian": _gaussian,
    "cofiCostFunc": _cofi,
    "selectThreshold": _threshold,
    "mapFeature": lambda v: [("first 7 examples", {k: np.asarray(x)[:7] for k, x in v.items()},
                              "the course's points cut to 7: a size copied from the course's data (118) shows")]
                            + _m1(v, "X1", "X2"),
}


def extra_sets(name: str, values: dict) -> list[tuple[str, dict, str]]:
    """The extra sets of case ``name`` built from its course values (``[]`` for a case without any)."""
    family = FAMILIES.get(name)
    return family(dict(values)) if family else []
