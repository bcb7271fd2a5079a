"""check_gradient end to end: the issue's cases (MSE, softmax, dropout, float32, kinks)."""
import pathlib
import runpy

import numpy as np
import pytest

from portcheck.gradcheck import (GradcheckUsageError, check_gradient, relative_step,
                                 render_text, sweep_steps)

EXAMPLES = pathlib.Path(__file__).resolve().parents[1] / "examples" / "gradcheck"
EPS64 = float(np.finfo(np.float64).eps)
EPS32 = float(np.finfo(np.float32).eps)


def example(name):
    return runpy.run_path(str(EXAMPLES / f"{name}.py"))


# -- 1. a lone MSE cost on an 8x8 input --------------------------------------------------
def test_mse_passes_and_the_sweep_says_quadratic():
    ex = example("mse_quadratic")
    r = check_gradient(ex["mse_cost"], ex["x0"], args=ex["args"], blocks=ex["blocks"])
    assert r.status == "pass" and r.passed
    assert r.verdict.startswith("PASS: the gradient agrees with central differences at all 64 "
                                "entries")
    # f''' = 0: central differences err by rounding only, ~noise/h; the model's 10x bound holds
    assert r.full.metrics[0].value <= r.full.metrics[0].threshold
    s = sweep_steps(ex["mse_cost"], ex["x0"], args=ex["args"], methods=("central",))
    c = s.curves[0]
    assert s.regime == c.regime == "quadratic"
    assert c.best_step == max(c.steps)                     # no truncation arm: best at 1e-1
    assert c.left_slope == pytest.approx(-1.0, abs=0.2)    # rounding ~ eps/h
    assert set(c.labels) == {"rounding"}
    assert "falls as the step grows" in s.verdict
    assert "your gradient is correct; what you see is rounding" in s.verdict


# -- 2. softmax whose derivative keeps only the Jacobian's diagonal ----------------------
def test_softmax_diag_two_labels_is_a_constant_factor_two():
    ex = example("softmax_diag")
    x0, args, blocks = ex["make_problem"](K=2, m=20)
    r = check_gradient(ex["softmax_cost_diag"], x0, args=args, blocks=blocks)
    assert r.status == "fail"
    fa = r.full.factors
    # Exact math: with 2 classes the full Jacobian gives twice the diagonal-only derivative
    # for every example; the numerical ratio carries the FD error (~1e-10 relative).
    assert fa.kind == "constant" and fa.factor == pytest.approx(2.0, abs=1e-6)
    assert r.verdict == ("FAIL: constant factor 2.000 over the whole gradient (numerical = 2.000 "
                         "x analytic at every entry)")
    assert "constant factor 2.000 over the whole gradient" in render_text(r)
    assert r.descent.passed and r.descent.ratio == pytest.approx(2.0, rel=1e-3)


def test_softmax_diag_three_labels_one_example_factor_per_unit():
    ex = example("softmax_diag")
    x0, args, blocks = ex["make_problem"](K=3, m=1)
    r = check_gradient(ex["softmax_cost_diag"], x0, args=args, blocks=blocks)
    fa = r.full.factors
    assert r.status == "fail" and fa.kind == "per_row"
    assert len(fa.units) == 3 and all(u.constant for u in fa.units)
    assert len({round(u.ratio, 3) for u in fa.units}) == 3
    text = render_text(r)
    assert "factor differs per output unit (row) of W" in text
    assert "W row 2 (Octave 3)" in text


def test_softmax_diag_four_labels_many_examples_shows_the_unit_table():
    ex = example("softmax_diag")
    x0, args, blocks = ex["make_problem"](K=4, m=20)
    r = check_gradient(ex["softmax_cost_diag"], x0, args=args, blocks=blocks)
    assert r.status == "fail" and r.full.factors.kind == "varies"
    assert [u.octave_row for u in r.full.factors.units] == [1, 2, 3, 4]
    assert "per output unit (row):" in render_text(r)


# -- 3. dropout inside the cost ------------------------------------------------------------
def test_dropout_is_reported_as_nondeterministic_not_as_a_wrong_gradient():
    ex = example("dropout")
    r = check_gradient(ex["dropout_cost"], ex["x0"], args=ex["args"], blocks=ex["blocks"])
    assert r.status == "nondeterministic" and not r.passed
    assert r.full is None and r.fast is None
    assert r.verdict.startswith("NOT JUDGED: the cost is not deterministic")
    assert "the gradient is not blamed" in r.verdict
    assert r.evaluations == 2                    # two evaluations at the same point, then stop
    seeded = check_gradient(ex["dropout_cost"], ex["x0"], args=ex["args"] + (7,),
                            blocks=ex["blocks"])
    assert seeded.status == "pass"               # same gradient code, mask fixed: correct


# -- 4. a float32 port -----------------------------------------------------------------------
def test_float32_port_passes_with_float32_step_and_thresholds():
    ex = example("float32_port")
    r = check_gradient(ex["logreg_cost_f32"], ex["x0"], args=ex["args"])
    assert r.status == "pass"
    s = r.settings
    assert (s.dtype, s.dtype_source, s.eps) == ("float32", "x0", EPS32)
    assert s.relative_step == pytest.approx(EPS32 ** (1 / 3), rel=1e-12)
    # central differences in float32 are accurate to ~eps^(2/3) = 2.4e-5: the threshold sits
    # there (x safety), far above the course's float64 1e-9
    ng = r.full.metrics[0]
    assert 1e-5 < ng.threshold < 1e-2 and ng.value > 1e-9
    text = render_text(r)
    assert "float32 (from x0), eps 1.19e-07; steps and thresholds follow it" in text
    assert "h = eps^(1/3) = 4.92e-03 x max(1, |x|)" in text
    assert "the course's fixed 1e-09 would wrongly fail it" in text


def test_float32_cost_with_float64_input_is_detected_from_the_output():
    ex = example("float32_port")
    r = check_gradient(ex["logreg_cost_f32"], ex["x0"].astype(np.float64), args=ex["args"])
    assert (r.settings.dtype, r.settings.dtype_source) == ("float32", "cost output")
    assert r.status == "pass"


def test_float32_thresholds_are_not_float64_ones():
    # The same cost in float64 gets a float64 step and a ~1e8x tighter threshold.
    ex = example("float32_port")
    X, y, lam = (np.asarray(a, dtype=np.float64) for a in ex["args"])

    def cost64(theta):
        h = 1 / (1 + np.exp(-(X @ theta)))
        J = -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))
        J += lam / (2 * y.size) * theta[1:] @ theta[1:]
        g = X.T @ (h - y) / y.size
        g[1:] += lam / y.size * theta[1:]
        return J, g

    r = check_gradient(cost64, ex["x0"].astype(np.float64))
    assert r.settings.dtype == "float64" and r.status == "pass"
    assert r.full.metrics[0].threshold < 1e-7


# -- 6. kinks -----------------------------------------------------------------------------------
def test_relu_kink_is_flagged_per_entry():
    ex = example("relu_kink")
    r = check_gradient(ex["relu_cost"], ex["x0"], args=ex["args"], blocks=ex["blocks"])
    assert r.status == "kink" and r.passed
    labels = sorted(k.label for k in r.full.kinks.kinks)
    # every parameter feeding unit 1 (row 1 of W and b[1]) crosses the kink of example 2
    assert labels == ["W[1, 0] (Octave W(2,1))", "W[1, 1] (Octave W(2,2))",
                      "W[1, 2] (Octave W(2,3))", "b[1] (Octave b(2))"]
    for k in r.full.kinks.kinks:   # a slope jump: the one-sided gap does not halve with h
        assert k.gap_half == pytest.approx(k.gap, rel=0.05)
    assert r.verdict.startswith("PASS except at kinks: 4 entries sit on a kink")


# -- other behaviour ---------------------------------------------------------------------------
def test_sign_error_fails_the_descent_check():
    r = check_gradient(lambda x: (np.sum(x ** 2), -2 * x), np.array([1.0, -2.0, 0.5]))
    assert r.status == "fail" and not r.descent.passed
    assert "RAISES the cost" in r.descent.verdict and r.descent.ratio == pytest.approx(-1, rel=1e-3)
    assert r.full.factors.factor == pytest.approx(-1.0, abs=1e-6)


def test_bias_column_regularised_by_mistake_is_located():
    ex = runpy.run_path(str(EXAMPLES / "nn_one_wrong.py"))
    x0, args = ex["make_problem"](4, 5, 3, m=8)
    split = 5 * 5

    def reg_bias(p, *a):
        J, g = ex["nn_cost_function"](p, *a)
        g = g.copy()
        T1 = p[:split].reshape(5, 5, order="F")
        g[:5] += a[-1] / 8 * T1[:, 0]          # lambda/m * Theta1(:,1): the bias regularised
        return J, g

    r = check_gradient(reg_bias, x0, args=args, blocks=ex["blocks_for"](4, 5, 3))
    assert r.status == "fail"
    assert [b.where for b in r.full.blocks] == ["bias column only", "none"]
    # numerical - analytic = -lambda/m * Theta1(:,1) on the bias column: named with its factor
    (rel,) = r.relations
    assert (rel.kind, rel.where, rel.blocks) == ("multiple-of-x", "bias", ("Theta1",))
    assert rel.factors[0][1] == pytest.approx(-args[-1] / 8, rel=1e-6)
    assert r.verdict.startswith(f"FAIL: numerical - analytic = {-args[-1] / 8:.4f} * Theta1 on the bias column "
                                "(column 0) only: the analytic gradient regularises the bias entries")
    assert rel.fix.startswith("Theta1_grad[:, 1:] += ")


def test_richardson_and_forward_methods():
    f = lambda x: (np.sum(np.sin(x) * x), np.cos(x) * x + np.sin(x))
    x = np.linspace(-2, 2, 7)
    for method, evals in (("richardson", 4 * 7), ("forward", 7)):
        r = check_gradient(f, x, method=method, descent=False)
        assert r.status == "pass" and r.settings.method == method
        assert r.settings.relative_step == relative_step(method)
        # 2 at x0, ECnoise 7 (+7 per re-measurement), then the kernel
        assert r.evaluations == 2 + r.noise.evaluations + evals


def test_user_step_is_reported():
    r = check_gradient(lambda x: (np.sum(x ** 3), 3 * x ** 2), np.array([0.5, 1.5]), step=1e-4)
    assert r.settings.step_rule == "user step 1.00e-04 x max(1, |x|)"
    assert r.status == "pass"


def test_progress_callback_sees_every_evaluation():
    calls = []
    r = check_gradient(lambda x: (np.sum(x ** 2), 2 * x), np.ones(5),
                       progress=lambda d, t: calls.append((d, t)))
    assert [d for d, _ in calls] == list(range(1, r.evaluations + 1))
    assert all(t >= d for d, t in calls)


@pytest.mark.parametrize("kw, message", [
    (dict(mode="quick"),
     "mode='quick' is not a valid choice; use one of {'auto', 'full', 'fast'}."),
    (dict(safety=-1), "safety=-1 must be a finite positive number."),
    (dict(n_directions=0), "n_directions=0 must be a positive integer."),
    (dict(blocks=[("W", (2, 2))]), "blocks cover 4 entries (W 2x2 (4)) but x has 3"),
    (dict(step=1e-17), "step=1e-17 is below 4 eps of float64 (8.9e-16): x + h rounds to x"),
])
def test_usage_errors(kw, message):
    with pytest.raises(GradcheckUsageError) as exc:
        check_gradient(lambda x: (np.sum(x ** 2), 2 * x), np.ones(3), **kw)
    assert str(exc.value).startswith(message)


def _exam_scores():
    # ex2-like data: two exam scores in 35..95 and theta = (-20, 0.16, 0.15), the course's
    # trained values. Along theta(2) the truncation error h^2 f'''/6 scales with x^3 ~ 3e5,
    # far above the max(1, |theta|) model: only re-measuring at 2h tells it from a bug.
    t = np.arange(1, 101)
    X = np.column_stack([np.ones(100), 65 + 30 * np.sin(1.1 * t), 65 + 30 * np.sin(0.6 * t + 1)])
    y = (X[:, 1] + X[:, 2] + 18 * np.sin(5.3 * t) > 132).astype(float)

    def cost(theta, X, y):
        h = 1 / (1 + np.exp(-(X @ theta)))
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)), X.T @ (h - y) / y.size

    return cost, np.array([-20.0, 0.16, 0.15]), (X, y)


@pytest.mark.parametrize("mode", ["full", "fast"])
def test_truncation_on_badly_scaled_features_is_measured_not_blamed(mode):
    cost, x0, args = _exam_scores()
    r = check_gradient(cost, x0, args=args, mode=mode)
    assert r.status == "pass", render_text(r)
    if mode == "full":
        assert r.full.rechecked >= 1 and r.full.cleared == r.full.rechecked
        assert any("grows as h^2 when re-measured at 2h" in d for d in r.diagnosis)
    else:
        assert any(t.truncation > 0 for t in r.fast.tests)


def test_a_bug_on_badly_scaled_features_still_fails():
    cost, x0, args = _exam_scores()

    def wrong(theta, X, y):
        J, g = cost(theta, X, y)
        return J, g + np.array([0.0, 1e-4, 0.0])

    r = check_gradient(wrong, x0, args=args)
    assert r.status == "fail" and [w.index for w in r.full.worst][:1] == [1]
    assert r.full.cleared == 0
