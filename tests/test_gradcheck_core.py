"""The finite-difference core (portcheck.gradcheck.core): one error model, one threshold rule, for every check."""
import numpy as np
import pytest

from portcheck.gradcheck.core import (DEFAULT_SAFETY, directional_difference, fd_error, measured_truncation,
                                      within)

EPS = np.finfo(float).eps


def cost(x):
    return float(np.sum(np.sin(x)) + 0.5 * x @ x)


def test_a_correct_directional_derivative_passes_and_a_wrong_one_fails():
    x = np.array([0.3, -1.2, 2.0])
    v = np.array([1.0, -1.0, 1.0]) / np.sqrt(3)
    g = np.cos(x) + x
    t = EPS ** (1 / 3)
    values = [cost(x + k * t * v) for k in (1, -1, 2, -2)]
    ok = directional_difference(values[0], values[1], cost(x), g @ v, t, eps=EPS, f_plus2=values[2], f_minus2=values[3])
    assert ok.passed and ok.difference < 1e-9 and ok.truncation < 1e-9
    bad = directional_difference(values[0], values[1], cost(x), 1.01 * g @ v, t, eps=EPS,
                                 f_plus2=values[2], f_minus2=values[3])
    assert not bad.passed and bad.ratio == pytest.approx(1 / 1.01, rel=1e-6)
    assert bad.truncation < 1e-9  # a wrong gradient does not move with the step


def test_the_threshold_is_safety_times_the_estimated_error():
    d = directional_difference(1.0 + 2e-6, 1.0 - 2e-6, 1.0, 0.3, 1e-5, eps=EPS, noise=1e-15, analytic_rounding=1e-14,
                               curvature=False)
    err = fd_error("central", np.array([d.numerical]), np.array([0.3]), np.array([1e-5]), np.array([1.0]), 1.0, 1e-15,
                   EPS, analytic_rounding=1e-14)[0]
    assert d.threshold == pytest.approx(DEFAULT_SAFETY * err)
    assert within(d.numerical, d.analytic, err) == d.passed


def test_measured_truncation_of_central_differences_is_a_third_of_the_change():
    # truncation grows as h^2: r(2h) = 4 r(h), so r(h) = (r(2h) - r(h)) / 3
    assert measured_truncation(1e-8, 4e-8) == pytest.approx(1e-8)
    assert measured_truncation(1e-8, 2e-8, "forward") == pytest.approx(1e-8)


def test_nan_never_agrees():
    assert not within(np.nan, 1.0, 1.0)
