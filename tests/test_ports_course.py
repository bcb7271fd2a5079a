"""Parity of the course ports (ex1-ex3, ex5-ex8) with the reference Octave functions.

Every reference ``.m`` runs in real GNU Octave (one session for the module)
and its port runs in NumPy on the same inputs, built by
``portcheck.ports.course_inputs``; every output must agree.

Tolerance. Both sides evaluate the same formulas in IEEE double precision.
They differ only in the order of summation inside BLAS and reductions and in
the last bit of ``exp``/``log``/``pow``, which for these well-scaled problems
(dot products of at most a few thousand terms, contractions such as gradient
descent) moves results by O(k * eps) ~ 1e-14 relative (measured with Octave
7.3 and NumPy 2.4: at most 7e-15 of the output's scale, 2e-12 through a
pseudo-inverse). ``RTOL = 1e-10`` keeps a margin of about 10^4 above that, while every porting mistake in the catalog
(N vs N-1, a regularised intercept, 0-based labels, C-order unrolling, an
(m, m) broadcast) moves some output by 1e-3 relative or more. Entries that are
0 in exact arithmetic carry rounding of the size of the whole output, so the
absolute tolerance is ``RTOL * max|OCTAVE|``. Results that go through a
pseudo-inverse lose ``cond * eps`` instead; those cases widen the tolerance to
``10 * cond * eps``, computed from their inputs.
"""
from __future__ import annotations

import copy
import inspect
import re

import numpy as np
import pytest

from portcheck.octave import OctaveSession, reference_dir
from portcheck.ports import course_inputs, ex1, ex2, ex3, ex5, ex6, ex7, ex8

REFERENCE_ROOT = reference_dir()
RTOL = 1e-10
EPS = np.finfo(float).eps

PORT_MODULES = {"ex1": ex1, "ex2": ex2, "ex3": ex3, "ex5": ex5, "ex6": ex6, "ex7": ex7, "ex8": ex8}
CASES = sorted(course_inputs.BUILDERS)  # (exercise, function), one per reference .m


def _case_id(case):
    return "-".join(case)


# --------------------------------------------------------------------------- Octave


class _CourseOctave:
    """One Octave session; only the directory of the exercise being called is on the path.

    The exercises share names (``predict.m`` in ex2 and ex3, ``sigmoid.m`` in
    both), so two exercise directories are never on the path together.
    """

    def __init__(self, session):
        self._session = session
        self._current = None
        self._restarts = session.restarts

    def call(self, exercise, name, *args, nout=1):
        if self._session.restarts != self._restarts:  # a restarted Octave has the default path
            self._current, self._restarts = None, self._session.restarts
        directory = str(reference_dir(exercise).resolve()).replace("'", "''")  # Octave quoting
        if directory != self._current:
            switch = f"addpath('{directory}');"
            if self._current is not None:
                switch = f"rmpath('{self._current}'); " + switch
            self._session.eval(switch)
            self._current = directory
        return self._session.call(name, *args, nout=nout)


@pytest.fixture(scope="module")
def octave():
    with OctaveSession() as session:
        yield _CourseOctave(session)


# --------------------------------------------------------------------------- helpers


def _signature(exercise, name):
    """``(outputs, arguments)`` from the ``function`` line of the reference .m file."""
    text = (REFERENCE_ROOT / exercise / f"{name}.m").read_text()
    text = re.sub(r"\.\.\.[^\n]*\n\s*", " ", text)  # join continuation lines
    match = re.search(r"^function\s+(?:\[?([^=\]]*)\]?\s*=\s*)?(\w+)\s*\(([^)]*)\)", text, re.M)
    assert match and match.group(2) == name, f"no function line for {name} in {exercise}"
    outputs = [o for o in re.split(r"[\s,]+", match.group(1) or "") if o]
    arguments = [a.strip() for a in match.group(3).split(",") if a.strip()]
    return outputs, arguments


def _run_port(func, inputs):
    """Call ``func`` positionally on copies of ``inputs``; fail if it writes into them."""
    before = copy.deepcopy(inputs)
    result = func(*inputs.values())
    for key, value in inputs.items():
        assert np.array_equal(np.asarray(value), np.asarray(before[key])), (
            f"{func.__name__} wrote into its argument {key!r}"
        )
    return list(result) if isinstance(result, tuple) else [result]


def _tolerance(case, inputs):
    """``RTOL``, widened to ``10 * cond(X' * X) * eps`` where a pseudo-inverse of X'X is taken."""
    _, name = case
    if name in {"normalEqn", "trainLinearReg", "learningCurve", "validationCurve"}:
        X = inputs["X"]
        return max(RTOL, 10 * np.linalg.cond(X.T @ X) * EPS)
    return RTOL


def assert_octave_parity(port, reference, what, rtol=RTOL):
    """Same shape, same values (``rtol``, ``atol = rtol * max|reference|``).

    The session returns every Octave result as a 2-D array; a port returns a
    Python float where Octave has a 1x1 value.
    """
    __tracebackhide__ = True
    if np.shape(port) == ():
        assert np.shape(reference) == (1, 1), f"{what}: PORT a scalar, OCTAVE shape {np.shape(reference)}"
    else:
        assert np.shape(port) == np.shape(reference), (
            f"{what}: PORT shape {np.shape(port)}, OCTAVE shape {np.shape(reference)}"
        )
    reference = np.asarray(reference, dtype=float)
    scale = float(np.max(np.abs(reference), initial=0.0)) or 1.0
    np.testing.assert_allclose(
        np.asarray(port, dtype=float),
        reference,
        rtol=rtol,
        atol=rtol * scale,
        err_msg=f"{what} differs from Octave (rtol={rtol:.1e}, atol={rtol * scale:.1e})",
    )


def _align_signs(U_port, U_octave):
    """Flip the columns of ``U_port`` to the sign of the matching Octave columns."""
    signs = np.sign(np.sum(U_port * U_octave, axis=0))
    return U_port * np.where(signs == 0, 1.0, signs)


# --------------------------------------------------------------------------- signatures


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_port_and_inputs_follow_the_m_signature(case):
    exercise, name = case
    _, arguments = _signature(exercise, name)
    port = getattr(PORT_MODULES[exercise], name)
    expected = [("lambda_" if a == "lambda" else a) for a in arguments]
    assert list(inspect.signature(port).parameters) == expected
    assert list(course_inputs.BUILDERS[case]()) == arguments
    assert name in PORT_MODULES[exercise].__all__


def test_every_reference_function_has_a_case():
    on_disk = {
        (d.name, f.stem)
        for d in REFERENCE_ROOT.glob("ex[1235678]")
        for f in d.glob("*.m")
        if f.stem != "sigmoid" or d.name == "ex2"  # ex3/sigmoid.m is ex2's helper again
    }
    assert on_disk == set(CASES)


def test_builders_are_deterministic_and_fresh():
    for case, build in course_inputs.BUILDERS.items():
        first, second = build(), build()
        assert first is not second
        for key in first:
            assert np.array_equal(first[key], second[key]), (case, key)
            if isinstance(first[key], np.ndarray):
                assert first[key] is not second[key]
                assert first[key].dtype == np.float64, (case, key)
                assert first[key].ndim == 2, (case, key)


# --------------------------------------------------------------------------- parity


@pytest.mark.octave
@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_parity_with_octave(octave, case):
    exercise, name = case
    outputs, _ = _signature(exercise, name)
    inputs = course_inputs.BUILDERS[case]()
    port = getattr(PORT_MODULES[exercise], name)

    reference = octave.call(exercise, name, *inputs.values(), nout=len(outputs))
    ported = _run_port(port, inputs)

    assert len(ported) == len(outputs), f"{name} returns {len(ported)} outputs, the .m {len(outputs)}"
    rtol = _tolerance(case, inputs)
    for output, p, r in zip(outputs, ported, reference):
        if name == "pca" and output == "U":
            p = _align_signs(p, r)  # singular vectors are defined up to sign
        assert_octave_parity(p, r, f"{exercise}/{name} output {output!r}", rtol=rtol)


@pytest.mark.octave
def test_same_name_in_two_exercises_resolves_to_each_directory(octave):
    ex2_inputs = course_inputs.inputs_ex2_predict()
    ex3_inputs = course_inputs.inputs_ex3_predict()
    (p2,) = octave.call("ex2", "predict", *ex2_inputs.values())
    (p3,) = octave.call("ex3", "predict", *ex3_inputs.values())
    (p2_again,) = octave.call("ex2", "predict", *ex2_inputs.values())
    assert set(np.unique(p2)) <= {0, 1}
    assert set(np.unique(p3)) == set(range(1, 11))
    np.testing.assert_array_equal(p2, p2_again)


@pytest.mark.octave
def test_multivariateGaussian_vector_orientations_and_full_matrix(octave):
    inputs = course_inputs.inputs_ex8_multivariateGaussian()
    X, mu, variances = inputs["X"], inputs["mu"], inputs["Sigma2"]
    full = np.array([[variances[0, 0], 0.3], [0.3, variances[1, 0]]])
    for Sigma2 in (variances.T, full):  # a row of variances, a correlated covariance
        (reference,) = octave.call("ex8", "multivariateGaussian", X, mu, Sigma2)
        (ported,) = _run_port(ex8.multivariateGaussian, {"X": X, "mu": mu, "Sigma2": Sigma2})
        assert_octave_parity(ported, reference, f"multivariateGaussian, Sigma2 {Sigma2.shape}")


@pytest.mark.octave
def test_selectThreshold_equal_densities_is_an_empty_range(octave):
    yval = np.zeros((5, 1))
    yval[2] = 1.0
    pval = np.full((5, 1), 0.25)
    reference = octave.call("ex8", "selectThreshold", yval, pval, nout=2)
    assert [float(r[0, 0]) for r in reference] == [0.0, 0.0]
    assert ex8.selectThreshold(yval, pval) == (0.0, 0.0)


@pytest.mark.octave
def test_computeCentroids_empty_cluster_is_nan_in_both(octave):
    inputs = course_inputs.inputs_ex7_computeCentroids()
    inputs["K"] = 4.0  # no example is assigned to centroid 4
    (reference,) = octave.call("ex7", "computeCentroids", *inputs.values())
    (ported,) = _run_port(ex7.computeCentroids, inputs)
    assert np.isnan(reference[3]).all() and np.isnan(ported[3]).all()
    assert_octave_parity(ported[:3], reference[:3], "computeCentroids rows 1..3")


# --------------------------------------------------------------------------- known values
# Closed-form facts that hold whatever Octave says: they catch a reference
# and a port that agree on a wrong answer.


def test_computeCost_is_zero_on_an_exact_fit():
    X = course_inputs.inputs_ex1_computeCost()["X"]
    theta = np.array([[-3.0], [1.5]])
    assert ex1.computeCost(X, X @ theta, theta) == pytest.approx(0.0, abs=1e-28)
    assert ex1.computeCostMulti(X, X @ theta, theta) == pytest.approx(0.0, abs=1e-28)


def test_gradientDescent_lowers_the_cost_every_step():
    _, J_history = ex1.gradientDescent(**course_inputs.inputs_ex1_gradientDescent())
    assert J_history.shape == (1500, 1)
    assert np.all(np.diff(J_history[:, 0]) < 0)


def test_featureNormalize_columns_have_mean_0_and_sample_std_1():
    X_norm, mu, sigma = ex1.featureNormalize(**course_inputs.inputs_ex1_featureNormalize())
    np.testing.assert_allclose(X_norm.mean(axis=0), 0.0, atol=1e-14)
    np.testing.assert_allclose(X_norm.std(axis=0, ddof=1), 1.0, rtol=1e-14)
    assert mu.shape == sigma.shape == (1, 2)


def test_normalEqn_residual_is_orthogonal_to_the_columns():
    inputs = course_inputs.inputs_ex1_normalEqn()
    X, y = inputs["X"], inputs["y"]
    theta = ex1.normalEqn(X, y)
    np.testing.assert_allclose(X.T @ (X @ theta - y), 0.0, atol=1e-6 * np.abs(X.T @ y).max())
    np.testing.assert_allclose(theta, np.linalg.lstsq(X, y, rcond=None)[0], rtol=1e-7)


def test_sigmoid_known_values():
    assert ex2.sigmoid(0.0) == 0.5
    assert ex2.sigmoid(np.log(3.0)) == pytest.approx(0.75, rel=1e-15)
    with np.errstate(over="raise"):  # the port silences the overflow itself
        g = ex2.sigmoid(np.array([[-800.0, 800.0]]))
    np.testing.assert_array_equal(g, [[0.0, 1.0]])


def test_logistic_cost_at_theta_zero_is_log_2():
    inputs = course_inputs.inputs_ex2_costFunction()
    X, y = inputs["X"], inputs["y"]
    J, grad = ex2.costFunction(np.zeros((3, 1)), X, y)
    assert J == pytest.approx(np.log(2.0), rel=1e-15)
    np.testing.assert_allclose(grad, X.T @ (0.5 - y) / len(y), rtol=1e-14)

    reg = course_inputs.inputs_ex2_costFunctionReg()
    for lambda_ in (0.0, 1.0, 100.0):  # no penalty at theta = 0
        J_reg, _ = ex2.costFunctionReg(np.zeros((28, 1)), reg["X"], reg["y"], lambda_)
        assert J_reg == pytest.approx(np.log(2.0), rel=1e-15)


def test_costFunctionReg_penalises_all_but_the_intercept():
    inputs = course_inputs.inputs_ex2_costFunctionReg()
    theta, X, y = inputs["theta"], inputs["X"], inputs["y"]
    m = len(y)
    J0, grad0 = ex2.costFunctionReg(theta, X, y, 0.0)
    J1, grad1 = ex2.costFunctionReg(theta, X, y, 2.0)
    assert J1 - J0 == pytest.approx(np.sum(theta[1:] ** 2) / m, rel=1e-12)
    assert grad1[0, 0] == grad0[0, 0]
    np.testing.assert_allclose(grad1[1:] - grad0[1:], 2.0 * theta[1:] / m, rtol=1e-12)


def test_one_dimensional_theta_gives_a_one_dimensional_gradient():
    inputs = course_inputs.inputs_ex2_costFunctionReg()
    J_col, grad_col = ex2.costFunctionReg(*inputs.values())
    J_flat, grad_flat = ex2.costFunctionReg(inputs["theta"].ravel(), inputs["X"], inputs["y"].ravel(), 1.0)
    assert grad_flat.shape == (28,)
    assert J_flat == J_col
    np.testing.assert_array_equal(grad_flat, grad_col.ravel())


def test_mapFeature_column_order():
    X1, X2 = np.array([[2.0]]), np.array([[3.0]])
    out = ex2.mapFeature(X1, X2)
    assert out.shape == (1, 28)
    expected = [1.0] + [2.0 ** (i - j) * 3.0**j for i in range(1, 7) for j in range(i + 1)]
    np.testing.assert_array_equal(out[0], expected)
    assert out[0, :6].tolist() == [1.0, 2.0, 3.0, 4.0, 6.0, 9.0]


def test_lrCostFunction_equals_costFunctionReg():
    inputs = course_inputs.inputs_ex3_lrCostFunction()
    J3, grad3 = ex3.lrCostFunction(*inputs.values())
    J2, grad2 = ex2.costFunctionReg(*inputs.values())
    assert J3 == pytest.approx(J2, rel=1e-14)
    np.testing.assert_allclose(grad3, grad2, rtol=1e-14)


def test_predictions_are_one_based_labels():
    p = ex3.predictOneVsAll(**course_inputs.inputs_ex3_predictOneVsAll())
    q = ex3.predict(**course_inputs.inputs_ex3_predict())
    labels = course_inputs._ex3_labels()
    for pred in (p, q):
        assert pred.shape == (50, 1)
        assert pred.min() == 1 and pred.max() == 10
        np.testing.assert_array_equal(pred, labels)  # the inputs are built to be separable


def test_trainLinearReg_zeroes_the_gradient():
    inputs = course_inputs.inputs_ex5_trainLinearReg()
    X, y, lambda_ = inputs["X"], inputs["y"], inputs["lambda"]
    theta = ex5.trainLinearReg(X, y, lambda_)
    _, grad = ex5.linearRegCostFunction(X, y, theta, lambda_)
    np.testing.assert_allclose(grad, 0.0, atol=1e-10 * np.abs(X.T @ y).max() / len(y))


def test_learningCurve_fits_one_example_exactly():
    inputs = course_inputs.inputs_ex5_learningCurve()
    error_train, error_val = ex5.learningCurve(*inputs.values())
    assert error_train.shape == error_val.shape == (12, 1)
    assert error_train[0, 0] == pytest.approx(0.0, abs=1e-20)  # two parameters, one point


def test_polyFeatures_powers_start_at_one():
    out = ex5.polyFeatures(np.array([[2.0], [-1.0]]), 3)
    np.testing.assert_array_equal(out, [[2.0, 4.0, 8.0], [-1.0, 1.0, -1.0]])


def test_gaussianKernel_known_value_and_orientation():
    inputs = course_inputs.inputs_ex6_gaussianKernel()
    assert ex6.gaussianKernel(*inputs.values()) == pytest.approx(np.exp(-9.0 / 8.0), rel=1e-15)
    assert ex6.gaussianKernel(*inputs.values()) == pytest.approx(0.324652467358350, rel=1e-14)
    row = ex6.gaussianKernel(inputs["x1"].T, inputs["x2"], 2.0)  # row against column
    assert row == ex6.gaussianKernel(*inputs.values())


def test_findClosestCentroids_returns_one_based_indices():
    X = np.array([[0.0, 0.0], [10.0, 10.0], [5.0, 5.1]])
    centroids = np.array([[10.0, 10.0], [0.0, 0.0]])
    np.testing.assert_array_equal(ex7.findClosestCentroids(X, centroids), [[2], [1], [1]])


def test_pca_of_normalised_2d_data():
    X = course_inputs.inputs_ex7_pca()["X"]
    U, S = ex7.pca(X)
    r = np.corrcoef(X, rowvar=False)[0, 1]
    m = X.shape[0]
    # Sigma = X'X/m = (m-1)/m * [1 r; r 1]: eigenvalues (m-1)/m * (1 +- r)
    np.testing.assert_allclose(np.diag(S), (m - 1) / m * np.array([1 + r, 1 - r]), rtol=1e-13)
    np.testing.assert_allclose(U.T @ U, np.eye(2), atol=1e-15)
    np.testing.assert_allclose(np.abs(U), np.full((2, 2), np.sqrt(0.5)), rtol=1e-13)


def test_project_then_recover_with_all_directions_is_identity():
    inputs = course_inputs.inputs_ex7_projectData()
    X, U = inputs["X"], inputs["U"]
    np.testing.assert_allclose(ex7.recoverData(ex7.projectData(X, U, 2), U, 2), X, atol=1e-14)


def test_estimateGaussian_uses_divisor_m():
    X = course_inputs.inputs_ex8_estimateGaussian()["X"]
    mu, sigma2 = ex8.estimateGaussian(X)
    np.testing.assert_allclose(sigma2.ravel(), X.var(axis=0, ddof=0), rtol=1e-13)
    np.testing.assert_allclose(mu.ravel(), X.mean(axis=0), rtol=1e-15)


def test_multivariateGaussian_with_variances_is_a_product_of_normals():
    inputs = course_inputs.inputs_ex8_multivariateGaussian()
    X, mu, var = inputs["X"], inputs["mu"].ravel(), inputs["Sigma2"].ravel()
    univariate = np.exp(-((X - mu) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)
    p = ex8.multivariateGaussian(*inputs.values())
    np.testing.assert_allclose(p.ravel(), univariate.prod(axis=1), rtol=1e-12)


def test_selectThreshold_on_a_separable_set_scores_1():
    pval = np.array([[0.01], [0.02], [0.5], [0.6], [0.7]])
    yval = np.array([[1.0], [1.0], [0.0], [0.0], [0.0]])
    epsilon, F1 = ex8.selectThreshold(yval, pval)
    assert F1 == 1.0
    assert 0.02 < epsilon <= 0.5


def test_cofiCostFunc_gradient_matches_central_differences():
    inputs = course_inputs.inputs_ex8_cofiCostFunc()
    args = list(inputs.values())
    params = args[0]
    _, grad = ex8.cofiCostFunc(*args)
    h = 1e-5  # central differences of a quadratic: exact up to rounding, ~eps*J/h
    numgrad = np.zeros_like(params)
    for i in range(params.size):
        step = np.zeros_like(params)
        step[i] = h
        J_plus, _ = ex8.cofiCostFunc(params + step, *args[1:])
        J_minus, _ = ex8.cofiCostFunc(params - step, *args[1:])
        numgrad[i] = (J_plus - J_minus) / (2 * h)
    np.testing.assert_allclose(grad, numgrad, rtol=1e-7, atol=1e-7)


def test_cofiCostFunc_unrolls_column_major():
    inputs = course_inputs.inputs_ex8_cofiCostFunc()
    params = inputs["params"].ravel()
    nm, nu, nf = int(inputs["num_movies"]), int(inputs["num_users"]), int(inputs["num_features"])
    # Octave's X(i, j) is params(i + (j - 1) * num_movies): written out entry by entry, no reshape
    X = np.array([[params[i + j * nm] for j in range(nf)] for i in range(nm)])
    Theta = np.array([[params[nm * nf + i + j * nu] for j in range(nf)] for i in range(nu)])
    Y, R, lam = inputs["Y"], inputs["R"], inputs["lambda"]
    E = (X @ Theta.T - Y) * R
    args = list(inputs.values())
    J, grad_col = ex8.cofiCostFunc(*args)
    assert J == pytest.approx(0.5 * np.sum(E ** 2) + lam / 2 * (np.sum(Theta ** 2) + np.sum(X ** 2)), rel=1e-12)
    # and the gradient comes back in the same order: grad(2) is d J / d X(2, 1)
    X_grad, Theta_grad = E @ Theta + lam * X, E.T @ X + lam * Theta
    expected = [X_grad[i, j] for j in range(nf) for i in range(nm)] + [Theta_grad[i, j] for j in range(nf) for i in range(nu)]
    np.testing.assert_allclose(grad_col.ravel(), expected, rtol=1e-12, atol=1e-14)
    _, grad_flat = ex8.cofiCostFunc(params, *args[1:])
    assert grad_col.shape == (27, 1) and grad_flat.shape == (27,)
