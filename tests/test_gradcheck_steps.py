"""Step rules (portcheck.gradcheck.steps): eps^(1/(p+1)) * max(1, |x|), from the dtype."""
import numpy as np
import pytest

from portcheck.gradcheck import GradcheckUsageError, default_step, machine_epsilon, relative_step
from portcheck.gradcheck.steps import step_rule_text

EPS64 = np.finfo(np.float64).eps
EPS32 = np.finfo(np.float32).eps


@pytest.mark.parametrize("method, power", [("forward", 1 / 2), ("central", 1 / 3),
                                           ("richardson", 1 / 5)])
@pytest.mark.parametrize("dtype, eps", [(np.float64, EPS64), (np.float32, EPS32)])
def test_relative_step_is_eps_to_one_over_order_plus_one(method, power, dtype, eps):
    assert relative_step(method, dtype) == pytest.approx(float(eps) ** power, rel=1e-15)


def test_named_values():
    assert relative_step("central") == pytest.approx(6.055454452393343e-06, rel=1e-14)
    assert relative_step("central", "float32") == pytest.approx(4.921566601151848e-03, rel=1e-7)
    assert relative_step("complex") == EPS64
    assert machine_epsilon("float32") == float(EPS32)


def test_default_step_scales_with_max_one_abs_x():
    x = np.array([0.0, 0.5, -3.0, 1e3])
    r = relative_step("central")
    np.testing.assert_allclose(default_step(x), r * np.array([1, 1, 3, 1e3]), rtol=1e-15)
    x32 = x.astype(np.float32)
    np.testing.assert_allclose(default_step(x32), relative_step("central", np.float32)
                               * np.array([1, 1, 3, 1e3]), rtol=1e-7)
    np.testing.assert_allclose(default_step(x, "forward"),
                               np.sqrt(EPS64) * np.array([1, 1, 3, 1e3]))


@pytest.mark.parametrize("method", ["central", "forward"])
def test_rule_step_is_near_the_bottom_of_the_v(method):
    # f = sin at x = 1 (scale 1). Error bound: truncation C h^p |f^(p+1)| plus rounding
    # k eps |f| / h (central: h^2/6 |f3| + eps |f| / h; forward: h/2 |f2| + 2 eps |f| / h).
    # The rule's step keeps the bound within 3x of its minimum over h (Numerical
    # Recipes 5.7: the optimum is eps^(1/(p+1)) up to O(1) factors of the derivatives),
    # and the actual error stays under the bound.
    x, f = 1.0, np.sin(1.0)
    if method == "central":
        def bound(h):
            return h * h / 6 * abs(np.cos(x)) + EPS64 * abs(f) / h

        def est(h):
            return (np.sin(x + h) - np.sin(x - h)) / ((x + h) - (x - h))
    else:
        def bound(h):
            return h / 2 * abs(np.sin(x)) + 2 * EPS64 * abs(f) / h

        def est(h):
            return (np.sin(x + h) - np.sin(x)) / ((x + h) - x)
    h = relative_step(method)
    grid = 10.0 ** -np.arange(1, 13, 0.01)
    assert bound(h) <= 3 * min(bound(g) for g in grid)
    assert abs(est(h) - np.cos(x)) <= bound(h)


def test_invalid_method_lists_the_choices():
    with pytest.raises(GradcheckUsageError) as exc:
        relative_step("centered")
    assert str(exc.value) == ("method='centered' is not a valid choice; use one of "
                              "{'central', 'forward', 'complex', 'richardson'}.")
    assert isinstance(exc.value, ValueError)


def test_invalid_dtype():
    with pytest.raises(GradcheckUsageError, match="not a real floating dtype"):
        relative_step("central", np.int64)


def test_rule_text():
    assert step_rule_text("central", 6.06e-06) == "eps^(1/3) = 6.06e-06 x max(1, |x|)"
    assert step_rule_text("central", 1e-4, user=True) == "user step 1.00e-04 x max(1, |x|)"
