"""Determinism check, ECnoise, and the Objective wrapper (counting, dtype, shapes, blocks)."""
import zlib

import numpy as np
import pytest

from portcheck.gradcheck import GradcheckUsageError
from portcheck.gradcheck.noise import (check_determinism, ecnoise, estimate_noise,
                                       random_direction)
from portcheck.cases.blocks import Block
from portcheck.gradcheck.objective import Objective, parse_blocks

EPS = np.finfo(np.float64).eps


def test_ecnoise_recovers_a_known_noise_level():
    # A smooth function plus N(0, sigma^2): ECnoise's estimate is within a factor 3 of
    # sigma for 8 points (Moré & Wild 2011, Table 4.1: estimates within a factor of a few).
    sigma = 1e-10
    rng = np.random.default_rng(5)
    t = np.arange(-4, 4) * 1e-6
    ratios = []
    for _ in range(20):
        level, inform = ecnoise(np.exp(1 + t) + sigma * rng.standard_normal(8))
        assert inform == 1
        ratios.append(level / sigma)
    assert 1 / 3 <= np.median(ratios) <= 3


def test_ecnoise_inform_codes():
    assert ecnoise(np.full(8, 2.0))[1] == 2              # constant: spacing too small
    assert ecnoise(np.arange(8.0) + 100.0)[1] == 3       # linear: no noise level found
    assert ecnoise(np.array([1.0, 9, 1, 9, 1, 9, 1, 9]))[1] == 3  # spread > 10%: too large


def test_estimate_noise_measures_injected_noise():
    # A deterministic cost with noise 1e-9 injected per point (seeded by the point's bytes).
    def noisy(x):
        r = np.random.default_rng(zlib.crc32(x.tobytes()))
        return np.sum(x ** 2) + 1e-9 * r.standard_normal(), 2 * x

    obj = Objective(noisy, np.linspace(-1, 1, 10))
    est = estimate_noise(obj, obj.x, obj.f0, obj.g0, np.random.default_rng(0))
    assert 1e-9 / 3 <= est.noise <= 3e-9
    # 7 values, then 7 more: a level above 100 ulps is re-measured at delta/100 and kept
    # because real noise does not shrink with the spacing.
    assert est.evaluations == 14
    assert est.method.startswith("ECnoise")


def test_a_kink_is_not_mistaken_for_noise():
    # |x| summed, with entries exactly at 0: ECnoise's differences see a slope jump whose
    # level scales with the spacing; re-measuring at smaller spacings brings it down to
    # rounding (at most 100 ulps).
    obj = Objective(lambda x: (np.sum(np.abs(x)) + 1.0, np.sign(x)), np.array([0.0, 0.0, 0.3]))
    est = estimate_noise(obj, obj.x, obj.f0, obj.g0, np.random.default_rng(0))
    assert est.ulps <= 100


def test_estimate_noise_is_floored_at_one_ulp():
    obj = Objective(lambda x: (np.sum(x ** 2), 2 * x), np.array([1.0, 2.0]))
    est = estimate_noise(obj, obj.x, obj.f0, obj.g0, np.random.default_rng(0))
    assert est.noise >= EPS * 5.0
    assert est.ulps >= 1.0


def test_determinism_exact_and_random():
    x = np.array([0.1, 0.2])
    obj = Objective(lambda x: (np.sum(x ** 2), 2 * x), x)
    assert check_determinism(obj, obj.x, obj.f0, obj.g0).verdict == (
        "deterministic: two evaluations at the same point agree exactly")
    rnd = Objective(lambda x: (np.sum(x ** 2) + np.random.default_rng().random(), 2 * x), x)
    d = check_determinism(rnd, rnd.x, rnd.f0, rnd.g0)
    assert not d.deterministic and d.verdict.startswith("the cost is not deterministic")
    gr = Objective(lambda x: (np.sum(x ** 2), 2 * x + np.random.default_rng().random()), x)
    d = check_determinism(gr, gr.x, gr.f0, gr.g0)
    assert not d.deterministic and d.verdict.startswith("the gradient is not deterministic")


def test_random_direction_is_zero_mean_and_scaled():
    rng = np.random.default_rng(0)
    scale = np.maximum(1, np.abs(np.array([0.0, 3.0, -5.0, 0.5])))
    v = random_direction(rng, 4, np.arange(4), scale)
    np.testing.assert_allclose(np.abs(v), scale / 2)
    w = random_direction(rng, 4, np.array([1, 2]), scale, "gaussian")
    assert w[0] == 0 and w[3] == 0


def test_objective_counts_and_passes_fresh_copies_of_the_input_shape():
    seen = []

    def fun(x):
        seen.append(x.shape)
        x[0] = 99.0  # a port writing into its input must not corrupt the check
        return float(np.sum(x)), np.ones_like(x)

    x0 = np.array([[1.0], [2.0]])
    obj = Objective(fun, x0)
    assert obj.value(obj.x) == 101.0 and obj.evaluations == 2
    assert seen == [(2, 1), (2, 1)] and x0[0, 0] == 1.0


def test_objective_dtype_from_the_cost_output():
    obj = Objective(lambda x: (np.float32(np.sum(x)), np.ones(2, np.float32)), np.array([1.0, 2.0]))
    assert (obj.dtype, obj.dtype_source) == (np.float32, "cost output")


def test_objective_separate_gradient_function():
    obj = Objective(lambda x: np.sum(x ** 2), np.array([1.0, 2.0]), grad=lambda x: 2 * x)
    np.testing.assert_array_equal(obj.g0, [2.0, 4.0])
    assert obj.gradient_evaluations == 1


@pytest.mark.parametrize("fun, message", [
    (lambda x: np.sum(x), "fun returned float64, not (J, grad); return both"),
    (lambda x: (x, x), "the cost J must be a scalar; got shape (2,)"),
    (lambda x: (1.0, np.ones(3)), "the gradient has 3 entries (shape (3,)) but x has 2"),
])
def test_objective_output_errors(fun, message):
    with pytest.raises(GradcheckUsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Objective(fun, np.array([1.0, 2.0]))


def test_block_labels_are_python_index_and_octave_subscript():
    b = Block("Theta1", (5, 4), 0)
    assert b.label(5) == "Theta1[0, 1] (Octave Theta1(1,2))"   # column-major: 5 rows
    assert Block("Theta1", (5, 4), 0, order="C").label(5) == "Theta1[1, 1] (Octave Theta1(2,2))"
    assert Block("x", (7,), 0).label(3) == "x[3] (Octave x(4))"


def test_parse_blocks_validates_the_total():
    blocks = parse_blocks([("Theta1", (5, 4)), ("Theta2", (3, 6))], 38)
    assert [(b.start, b.stop) for b in blocks] == [(0, 20), (20, 38)]
    with pytest.raises(GradcheckUsageError) as exc:
        parse_blocks([("Theta1", (5, 4)), ("Theta2", (3, 6))], 40)
    assert str(exc.value) == ("blocks cover 38 entries (Theta1 5x4 (20) + Theta2 3x6 (18)) but "
                              "x has 40; list every block in unrolling order with its shape.")
