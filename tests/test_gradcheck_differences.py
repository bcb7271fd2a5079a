"""Kernels (central, forward, complex step, Richardson), the error model, complex safety."""
import math

import numpy as np
import pytest

from portcheck.gradcheck import check_gradient
from portcheck.gradcheck.core import fd_error
from portcheck.gradcheck.differences import numerical_gradient, probe_complex_safety
from portcheck.gradcheck.objective import Objective

EPS = np.finfo(np.float64).eps
X0 = np.array([0.3, -1.1, 2.5, 0.0])


def cubic(x):
    return np.sum(x ** 3), 3 * x ** 2


def sines(x):
    return np.sum(np.sin(x)), np.cos(x)


def _obj(fun, x=X0):
    return Objective(fun, x)


def test_central_error_is_h_squared_f3_over_6():
    # f = sum x^3: f''' = 6, so central differences err by exactly h^2 (+ rounding).
    obj = _obj(cubic)
    s = numerical_gradient(obj, obj.x, obj.f0, "central", step=np.full(4, 1e-3))
    h = np.abs(s.steps)
    rounding = 4 * EPS * 20 / h  # |f| < 20: a few ulps of f per evaluation, over h
    assert np.all(np.abs(s.numerical - 3 * X0 ** 2 - h ** 2) <= rounding)
    assert obj.evaluations == 1 + 2 * 4


def test_forward_error_is_h_f2_over_2():
    # f'' = 6x: forward differences err by 3 x h + h^2.
    obj = _obj(cubic)
    s = numerical_gradient(obj, obj.x, obj.f0, "forward", step=np.full(4, 1e-4))
    h = s.steps
    np.testing.assert_allclose(s.numerical - 3 * X0 ** 2, 3 * X0 * h + h * h,
                               atol=4 * EPS * 20 / 1e-4)


def test_richardson_cancels_the_h2_term():
    # For sin, central at h errs by ~h^2/6; Richardson (h, h/2) by ~h^4/480.
    obj = _obj(sines)
    h = np.full(4, 1e-2)
    c = numerical_gradient(obj, obj.x, obj.f0, "central", step=h).numerical
    r = numerical_gradient(obj, obj.x, obj.f0, "richardson", step=h).numerical
    true = np.cos(X0)
    assert np.max(np.abs(c - true)) == pytest.approx(1e-4 / 6 * np.max(np.abs(np.cos(X0))),
                                                     rel=1e-3)
    assert np.max(np.abs(r - true)) <= 1e-8 / 480 + 10 * EPS / 1e-2


def test_complex_step_is_exact_to_machine_precision():
    obj = _obj(lambda x: (np.sum(np.exp(x)), np.exp(x)))
    s = numerical_gradient(obj, obj.x, obj.f0, "complex", step=np.full(4, 1e-200))
    np.testing.assert_allclose(s.numerical, np.exp(X0), rtol=2 * EPS)


def test_error_model_bounds_the_actual_error():
    # The model (rounding noise/h + truncation) is an upper estimate at the default step.
    rng = np.random.default_rng(0)
    x = rng.uniform(-3, 3, 50)
    obj = _obj(sines, x)
    s = numerical_gradient(obj, obj.x, obj.f0, "central")
    gap = (s.f_plus - 2 * obj.f0 + s.f_minus) / np.abs(s.steps)
    noise = EPS * abs(obj.f0) * 4
    err = fd_error("central", s.numerical, np.cos(x), np.abs(s.steps), np.maximum(1, np.abs(x)),
                   obj.f0, noise, EPS, gap)
    assert np.all(np.abs(s.numerical - np.cos(x)) <= err)


def test_float32_steps_are_realised_in_float32():
    # x + h is rounded to float32; the quotient divides by the realised difference.
    f32 = lambda x: (np.float32(np.sum(x.astype(np.float32) ** 2)), 2 * x)
    obj = Objective(f32, np.array([0.1, 1.7], dtype=np.float32))
    s = numerical_gradient(obj, obj.x, obj.f0, "central")
    xp = (obj.x + np.abs(s.steps)).astype(np.float32)
    assert np.all(xp.astype(np.float64) == obj.x + np.abs(s.steps))


@pytest.mark.parametrize("fun, reason", [
    (lambda x: (np.sum(np.abs(x) ** 3), 3 * x * np.abs(x)), "drops the imaginary part"),
    (lambda x: (np.sum((x ** 3).real), 3 * x ** 2), "drops the imaginary part"),
    (lambda x: (np.sum(x * np.conj(x) * x), 3 * x ** 2), "inconsistent with central differences"),
    (lambda x: (np.sum(x ** 2 + np.floor(0 * x)), 2 * x), "raises TypeError"),
    (lambda x: (math.fsum(x) ** 2, 2 * math.fsum(x) * np.ones_like(x)), "drops the imaginary part"),
])
def test_complex_unsafe_costs_are_detected(fun, reason):
    obj = _obj(fun, np.array([0.5, -1.2, 2.0]))
    cs = probe_complex_safety(obj, obj.x, obj.f0, obj.g0, EPS * abs(obj.f0),
                              np.random.default_rng(0), 10)
    assert not cs.safe
    assert reason in cs.reason


def test_complex_safe_cost_passes_the_probe():
    obj = _obj(sines)
    cs = probe_complex_safety(obj, obj.x, obj.f0, obj.g0, EPS * abs(obj.f0),
                              np.random.default_rng(0), 10)
    assert cs.safe and cs.reason == ""
    assert cs.complex_derivative == pytest.approx(cs.central_derivative, abs=cs.threshold)


def test_check_falls_back_to_central_when_not_complex_safe():
    r = check_gradient(lambda x: (np.sum(np.abs(x) ** 3), 3 * x * np.abs(x)),
                       np.array([0.5, -1.2, 2.0]), method="complex")
    assert r.status == "pass"
    assert (r.settings.method, r.settings.requested_method) == ("central", "complex")
    assert r.diagnosis[0].startswith("complex step not used: the cost is not complex-safe "
                                     "(drops the imaginary part")


def test_complex_check_on_a_safe_cost_reaches_machine_precision():
    r = check_gradient(sines, X0, method="complex")
    assert r.status == "pass" and r.settings.method == "complex"
    assert r.full.metrics[0].value <= 4 * EPS
