"""Property tests: on random quadratics the check passes exact gradients and names factors."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from portcheck.gradcheck import check_gradient


def _quadratic(seed, n):
    rng = np.random.default_rng(seed)
    M = rng.standard_normal((n, n))
    A = M @ M.T + n * np.eye(n)
    b = rng.standard_normal(n)
    x = rng.uniform(-2, 2, n)
    return A, b, x


@settings(max_examples=25, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 12))
def test_exact_gradient_of_a_quadratic_passes(seed, n):
    # f''' = 0: central differences are exact up to rounding, far inside the threshold.
    A, b, x = _quadratic(seed, n)
    r = check_gradient(lambda x: (0.5 * x @ A @ x - b @ x, A @ x - b), x)
    assert r.status == "pass"
    assert r.descent.passed


@settings(max_examples=25, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 12),
       c=st.sampled_from([0.5, 2.0, -1.0, 3.0]))
def test_scaled_gradient_is_a_constant_factor(seed, n, c):
    # numerical / analytic = 1/c at every entry whose gradient is above the noise.
    A, b, x = _quadratic(seed, n)
    r = check_gradient(lambda x: (0.5 * x @ A @ x - b @ x, c * (A @ x - b)), x)
    assert r.status == "fail"
    fa = r.full.factors
    if fa.kind == "constant":
        assert abs(fa.factor - 1 / c) <= 1e-6 * abs(1 / c)
    else:  # fewer than two entries reliable enough to fit a factor
        assert sum(abs(g) > 100 * e for g, e in zip(r.full.gradient.analytic,
                                                    r.full.gradient.fd_error)) < 2
