"""The fast path: directional checks per block and bisection (portcheck.gradcheck.directional)."""
import math
import pathlib
import runpy

import numpy as np
import pytest

from portcheck.gradcheck import check_gradient, render_text

NN = runpy.run_path(str(pathlib.Path(__file__).resolve().parents[1] / "examples" / "gradcheck"
                        / "nn_one_wrong.py"))
X0, ARGS = NN["make_problem"]()                 # 20-10-4 network, m = 30: N = 254
BLOCKS = NN["blocks_for"]()
N = X0.size
N_DIR = 2


def _budget(blocks_failing_depths):
    """Evaluations the fast stage may spend: 2 per direction per block (+2 to re-measure a
    failing test at 2t), then per level of bisection one test (2 evaluations) on each of the
    2 halves plus the re-measurement of the failing one, plus 2 for a kink probe at the leaf."""
    top = 2 * N_DIR * len(BLOCKS)
    return top + sum(2 * N_DIR + (2 * 2 + 2) * d + 2 for d in blocks_failing_depths)


def test_one_wrong_entry_is_localised_exactly():
    r = check_gradient(NN["nn_cost_function_one_wrong"], X0, args=ARGS, blocks=BLOCKS, mode="fast")
    assert r.status == "fail"
    wrong = r.fast.wrong
    assert [w.index for w in wrong] == [NN["WRONG_ENTRY"]]
    assert wrong[0].label == "Theta1[2, 3] (Octave Theta1(3,4))"
    # the planted bug doubles the entry: analytic = 2 x numerical
    assert wrong[0].analytic == pytest.approx(2 * wrong[0].numerical, rel=1e-6)
    # O(k log N): Theta1 has 210 entries -> bias/rest split, then ceil(log2(200)) = 8 halvings
    depth = 1 + math.ceil(math.log2(10 * 20))
    assert max(t.depth for t in r.fast.tests) == depth
    assert r.fast.evaluations <= _budget([depth])
    assert r.evaluations < 2 * N / 5                  # all stages: far below the full 2N = 508
    assert r.verdict.startswith("FAIL: localised 1 wrong entry, Theta1[2, 3] (Octave Theta1(3,4))")
    assert [b.localisation for b in r.fast.blocks] == ["localised", "not needed"]


def test_correct_gradient_costs_two_evaluations_per_direction_per_block():
    r = check_gradient(NN["nn_cost_function"], X0, args=ARGS, blocks=BLOCKS, mode="fast")
    assert r.status == "pass"
    assert r.fast.evaluations == 2 * N_DIR * len(BLOCKS)
    assert all(t.passed for t in r.fast.tests)


def test_two_wrong_entries_in_different_blocks():
    def two_wrong(p, *a):
        J, g = NN["nn_cost_function"](p, *a)
        g = g.copy()
        g[5] *= 3.0
        g[215] += 1e-3
        return J, g

    r = check_gradient(two_wrong, X0, args=ARGS, blocks=BLOCKS, mode="fast")
    assert sorted(w.index for w in r.fast.wrong) == [5, 215]


def test_gaussian_directions_also_localise():
    r = check_gradient(NN["nn_cost_function_one_wrong"], X0, args=ARGS, blocks=BLOCKS,
                       mode="fast", directions="gaussian", seed=3)
    assert [w.index for w in r.fast.wrong] == [NN["WRONG_ENTRY"]]


def test_widespread_error_stops_bisection_and_points_to_the_full_check():
    def halved(p, *a):
        J, g = NN["nn_cost_function"](p, *a)
        return J, 0.5 * g

    r = check_gradient(halved, X0, args=ARGS, blocks=BLOCKS, mode="fast", max_wrong=4)
    assert r.status == "fail"
    assert {b.localisation for b in r.fast.blocks} == {"widespread"}
    # numerical / analytic = 2 for every direction
    assert all(rt == pytest.approx(2.0, rel=1e-6) for b in r.fast.blocks for rt in b.ratios)
    assert "run mode='full'" in r.verdict
    assert any("constant factor" in d for d in r.diagnosis)
    assert r.fast.evaluations < N            # the guard keeps it well below the full check


def test_sensitivity_is_threshold_times_sqrt_k():
    r = check_gradient(NN["nn_cost_function"], X0, args=ARGS, blocks=BLOCKS, mode="fast")
    for b in r.fast.blocks:
        top = [t for t in r.fast.tests if t.support == b.name]
        assert b.sensitivity == pytest.approx(min(t.threshold for t in top) * math.sqrt(b.size))


def test_fast_report_sections():
    r = check_gradient(NN["nn_cost_function_one_wrong"], X0, args=ARGS, blocks=BLOCKS, mode="fast")
    text = render_text(r)
    lines = text.splitlines()
    assert lines[0] == r.verdict
    assert "Directional checks per block (zero-mean rademacher directions, 2 per block)" in text
    assert "Localised entries (at most 5; Python index, Octave subscript)" in text
    assert f"(a full central check needs {2 * N})" in text


def test_auto_mode_switches_to_fast_above_the_limit():
    big = np.zeros(1001)
    r = check_gradient(lambda x: (0.5 * x @ x + x.sum(), x + 1), big)
    assert r.settings.mode == "fast" and r.status == "pass"
    assert r.evaluations <= 2 + r.noise.evaluations + 2 * N_DIR + 1


def test_bias_column_bug_is_localised_and_named():
    # lambda/m * Theta1(:,1) added to the gradient: a regularised bias, 10 wrong entries.
    def reg_bias(p, *a):
        J, g = NN["nn_cost_function"](p, *a)
        g = g.copy()
        g[:10] += a[-1] / 30 * p[:10]
        return J, g

    r = check_gradient(reg_bias, X0, args=ARGS, blocks=BLOCKS, mode="fast")
    assert sorted(w.index for w in r.fast.wrong) == list(range(10))
    assert all(w.label.startswith(f"Theta1[{w.index}, 0]") for w in r.fast.wrong)
    # the relation, fitted on 3 Gaussian directions over Theta1: -lambda/m * Theta1 on the bias column only
    (rel,) = r.relations
    assert (rel.kind, rel.where, rel.blocks) == ("multiple-of-x", "bias", ("Theta1",))
    assert rel.factors[0][1] == pytest.approx(-ARGS[-1] / 30, rel=1e-4)
    assert r.diagnosis[0].startswith(f"numerical - analytic = {-ARGS[-1] / 30:.4f} * Theta1 on the bias column")
    # every test costs 2 evaluations, 4 when it fails (re-measured at 2t)
    assert r.fast.evaluations <= 2 * len(r.fast.tests) + 2 * sum(not t.passed for t in r.fast.tests)
    assert r.fast.evaluations < 2 * N / 4
