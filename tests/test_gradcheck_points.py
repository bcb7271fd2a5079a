"""portcheck.gradcheck.points: the same check at several points, and the pattern the verdicts make."""
import json
import math
import pathlib
import runpy

import numpy as np
import pytest

from portcheck.gradcheck import check_points, render_points
from portcheck.gradcheck.points import (SCALE_GROWTH, descend, given_point, point_scale, random_points,
                                        summarize_sweeps, trained_point)
from portcheck.gradcheck.sweep import sweep_steps

EXAMPLES = pathlib.Path(__file__).resolve().parents[1] / "examples" / "gradcheck"
NEAR_ZERO = runpy.run_path(str(EXAMPLES / "near_zero.py"))
SOFTMAX = runpy.run_path(str(EXAMPLES / "softmax_noreg.py"))


def quadratic(x):
    return 0.5 * float(x @ x), x.copy()


def test_random_points_grow_from_max_one_and_the_given_scale_and_are_seeded():
    small, large = np.full(50, 0.1), np.full(50, 5.0)
    p1, p2 = random_points(small, 2, seed=7)
    assert (p1.scale, p2.scale) == (1.0, SCALE_GROWTH)
    assert (p1.seed, p2.seed) == (8, 9)
    np.testing.assert_array_equal(p1.x, small + np.random.default_rng(8).standard_normal(50))
    q1, q2 = random_points(large, 2)
    assert (q1.scale, q2.scale) == (5.0, 15.0)
    again = random_points(small, 2, seed=7)
    np.testing.assert_array_equal(again[1].x, p2.x)


def test_given_point_keeps_the_values_and_reports_their_rms():
    p = given_point(np.array([[3.0], [-4.0]]))
    assert p.scale == pytest.approx(math.sqrt(12.5)) and p.x.tolist() == [3.0, -4.0]
    assert point_scale(np.zeros(3)) == 0.0


def test_descend_lowers_a_quadratic_and_counts_its_steps():
    D = np.array([1.0, 4.0, 9.0, 16.0])
    x, J0, J, taken = descend(lambda x: (0.5 * float(x @ (D * x)), D * x), np.full(4, 1.0), steps=5)
    assert J0 == 15.0 and 0 < J < J0 and taken == 5
    # on f = |x|^2 / 2 the first full step (alpha = 1) lands on the minimum, and a zero gradient stops it
    x, J0, J, taken = descend(quadratic, np.full(4, 2.0), steps=5)
    assert (J0, J, taken) == (8.0, 0.0, 1)


def test_trained_point_says_how_it_was_made():
    p = trained_point(quadratic, np.full(4, 2.0), steps=3, by="the test's cost")
    assert p.kind == "trained" and p.seed is None
    assert p.description == ("1 step of gradient descent (backtracking line search) from the given point "
                             "with the test's cost: J 8 -> 0")


def test_a_correct_gradient_passes_at_every_point():
    pc = check_points(quadratic, np.full(6, 0.1), points=3)
    assert pc.status == "pass" and pc.pattern == "everywhere" and len(pc.rows) == 3
    assert pc.verdict == ("PASS at all 3 points: the gradient agrees with finite differences at the given point "
                          "(scale 0.1), scale 1 and 3")
    # each random point costs one evaluation more: its cost is looked at before the check (settle)
    assert [r.discarded for r in pc.rows] == [0, 1, 1]
    assert pc.evaluations == sum(r.result.evaluations + r.discarded for r in pc.rows)


@pytest.mark.parametrize("name, cost, x0", [
    ("sigmoid", NEAR_ZERO["sigmoid_quarter_cost"], NEAR_ZERO["x0_sigmoid"]),
    ("tanh", NEAR_ZERO["tanh_one_minus_cost"], NEAR_ZERO["x0_tanh"]),
    ("relu", NEAR_ZERO["relu_unsigned_cost"], NEAR_ZERO["x0_relu"]),
])
def test_a_derivative_only_right_near_zero_passes_at_the_debug_point_and_is_named(name, cost, x0):
    one = check_points(cost, x0, points=1, args=NEAR_ZERO["args"], blocks=NEAR_ZERO["blocks"])
    assert one.status == "pass", one.verdict
    pc = check_points(cost, x0, args=NEAR_ZERO["args"], blocks=NEAR_ZERO["blocks"])
    assert pc.status == "fail" and pc.pattern == "near zero only"
    s0 = f"{point_scale(x0):.2g}"
    assert pc.verdict == (f"FAIL: agrees at the given point (scale {s0}), fails at scale 1 and 3: "
                          "a derivative that is only right near zero (in Theta1; Theta2 agrees at every point)")
    assert [r.status for r in pc.rows] == ["pass", "fail", "fail"]


def test_a_softmax_missing_lambda_w_passes_at_zero_and_is_named_with_its_factor():
    f, x0, args, blocks = SOFTMAX["softmax_cost_noreg"], SOFTMAX["x0"], SOFTMAX["args"], SOFTMAX["blocks"]
    assert check_points(f, x0, points=1, args=args, blocks=blocks).status == "pass"
    pc = check_points(f, x0, args=args, blocks=blocks)
    assert pc.pattern == "near zero only"
    assert pc.verdict == ("FAIL: agrees at the given point (scale 0), fails at scale 1 and 3: a derivative that is only "
                          "right near zero; numerical - analytic = 0.1000 * W on every entry: a missing regularisation "
                          "term c * W (lambda * W or lambda/m * W) with c = 0.1")
    (rel,) = pc.relations
    assert rel.factors[0][1] == pytest.approx(0.1, rel=1e-6) and rel.fix == "W_grad += 0.1 * W"
    # at a point away from zero a single check names it too (it used to say "no common factor")
    away = check_points(f, pc.rows[1].point.x, points=1, args=args, blocks=blocks)
    assert away.given.verdict.startswith("FAIL: numerical - analytic = 0.1000 * W on every entry")


def test_a_gradient_wrong_everywhere_says_so_with_the_common_relation():
    pc = check_points(lambda x: (0.5 * float(x @ x), 0.5 * x), np.full(5, 0.3))
    assert pc.pattern == "nowhere"
    assert pc.verdict.startswith("FAIL at all 3 points: constant factor 2.000 over the whole gradient")


def test_a_random_point_where_the_cost_is_not_finite_is_pulled_towards_x0():
    def saturating(x):                                   # overflows (inf) beyond rms 1: e.g. exp of a large input
        J = 0.5 * float(x @ x)
        return (J if J < 0.5 * x.size else math.inf), x.copy()
    pc = check_points(saturating, np.full(3, 0.01), points=3)   # random 2 has rms 1.19 at scale 3 (seed 2)
    assert [r.status for r in pc.rows] == ["pass", "pass", "pass"]
    r2 = pc.rows[2]
    assert r2.point.scale == 1.5 and r2.point.seed == 2 and r2.discarded == 2     # tried at 3, then at 1.5
    assert r2.point.description.endswith("; the cost is not finite at scale 3: halved 1 time")
    np.testing.assert_allclose(r2.point.x, 0.01 + 1.5 * np.random.default_rng(2).standard_normal(3))
    assert pc.evaluations == sum(r.result.evaluations + r.discarded for r in pc.rows)


def test_a_point_where_the_cost_is_never_finite_is_left_out():
    x0 = np.full(3, 0.01)

    def only_at_x0(x):                                   # finite within 1e-3 of x0 only
        return (0.5 * float(x @ x) if np.max(np.abs(x - x0)) < 1e-3 else math.inf), x.copy()
    pc = check_points(only_at_x0, x0, points=2)
    assert [r.status for r in pc.rows] == ["pass", "undefined"]
    assert pc.rows[1].discarded == 7 and pc.rows[1].point.scale == 1 / 64
    assert pc.rows[1].result.verdict == ("NOT JUDGED: the cost is inf at this point: finite differences need a "
                                         "finite cost (an overflow, log(0) of a saturated unit?)")
    assert pc.passed and pc.verdict == ("PASS at the given point: the gradient agrees with finite differences at the "
                                        "given point (scale 0.01) (1 point left out: the cost is not finite there)")


def test_the_report_has_one_row_per_point_and_the_details_of_the_first_failure():
    f, x0 = NEAR_ZERO["tanh_one_minus_cost"], NEAR_ZERO["x0_tanh"]
    text = render_points(check_points(f, x0, args=NEAR_ZERO["args"], blocks=NEAR_ZERO["blocks"]))
    lines = text.splitlines()
    assert lines[2].startswith("Points (3; ")
    assert lines[3].split() == ["point", "scale", "seed", "path", "metric", "evaluations", "result"]
    assert lines[4].split()[:4] == ["given", "0.038", "-", "full"] and lines[4].endswith("pass")
    assert lines[5].split()[:5] == ["random", "1", "1", "1", "full"] and lines[5].endswith("FAIL")
    assert lines[6].split()[:5] == ["random", "2", "3", "2", "full"] and lines[6].endswith("FAIL")
    assert "Details at random 1 (scale 1): the first failing point" in lines


def test_every_point_is_in_the_json():
    pc = check_points(quadratic, np.full(3, 0.5), points=2)
    doc = json.loads(json.dumps(pc.to_dict(), allow_nan=False))
    assert [r["point"]["name"] for r in doc["rows"]] == ["given", "random 1"]
    assert doc["rows"][1]["point"]["seed"] == 1 and len(doc["rows"][1]["point"]["x"]) == 3
    assert doc["rows"][1]["result"]["status"] == "pass"


def test_points_must_be_a_positive_integer():
    with pytest.raises(ValueError, match=r"points=0"):
        check_points(quadratic, np.ones(2), points=0)


def test_summarize_sweeps_names_the_worst_point():
    x0 = np.full(3, 0.1)
    done = [(p, sweep_steps(quadratic, p.x, methods=("central",))) for p in (given_point(x0), *random_points(x0, 1))]
    ps = summarize_sweeps(done)
    c = [sw.curves[0].user_error for _, sw in done]
    assert ps.worst == int(np.argmax(c))
    point = done[ps.worst][0]
    assert ps.verdict.startswith(f"At {point.where()}, the worst of 2 points: ")


def test_progress_counts_over_every_point():
    seen = []
    pc = check_points(quadratic, np.full(3, 0.1), points=3, progress=lambda done, total: seen.append((done, total)))
    dones = [d for d, _ in seen]
    assert dones == list(range(1, pc.evaluations + 1))        # one tick per evaluation, never back to 1
    assert all(d <= t for d, t in seen)
