"""Metrics with thresholds, block reports, factor analysis (portcheck.gradcheck.metrics)."""
import numpy as np
import pytest

from portcheck.gradcheck.metrics import analyse_factors, block_reports, compute_metrics
from portcheck.gradcheck.objective import parse_blocks

EPS = np.finfo(np.float64).eps
BLOCKS = parse_blocks([("Theta1", (5, 4)), ("Theta2", (3, 6))], 38)
G = np.random.default_rng(1).uniform(0.1, 1.0, 38) * np.sign(np.arange(38) % 3 - 1 + 0.5)
ERR = np.full(38, 1e-10)


def _metrics(n, g=G, err=ERR):
    h = np.full(n.size, 6.06e-6)
    return compute_metrics(n, g, err, safety=10, method="central", steps=h, scale=np.ones(n.size),
                           f0=1.0, noise=1e-15, eps=EPS, dtype_name="float64")


def test_ng_threshold_is_safety_times_error_norm():
    (ng, el, ac), viol = _metrics(G + 3e-11)
    assert ng.threshold == pytest.approx(10 * np.linalg.norm(ERR) / np.linalg.norm(2 * G + 3e-11))
    assert ng.passed and el.passed and ac.passed and not viol.any()
    assert ng.value == pytest.approx(3e-11 * np.sqrt(38) / np.linalg.norm(2 * G + 3e-11), rel=1e-4)


def test_one_wrong_entry_fails_elementwise_even_when_ng_is_diluted():
    n = G.copy()
    n[7] += 5e-8                      # 50x its 1e-9 threshold, diluted by 38 entries in the norm
    (ng, el, ac), viol = _metrics(n)
    assert np.flatnonzero(viol).tolist() == [7]
    assert el.violations == 1 and not el.passed
    assert el.verdict.startswith("1 / 38 entries (2.6%) differ by more than 10x their estimated")


def test_course_threshold_comparison_is_reported():
    (ng, _, _), _ = _metrics(G, err=np.full(38, 1e-6))
    (ng2, _, _), _ = _metrics(G * (1 + 2e-7), err=np.full(38, 1e-6))
    assert "course's fixed 1e-09 would wrongly fail it" in ng2.verdict
    assert "course's" not in ng.verdict


def test_constant_factor_over_the_whole_gradient():
    n = 2.0 * G
    _, viol = _metrics(n)
    fa = analyse_factors(BLOCKS, n, G, ERR, viol, 10)
    assert fa.kind == "constant" and fa.factor == pytest.approx(2.0, abs=1e-9)
    assert fa.verdict.startswith("constant factor 2.000 over the whole gradient")


def test_factor_per_block():
    n = G.copy()
    n[20:] *= 0.5
    _, viol = _metrics(n)
    fa = analyse_factors(BLOCKS, n, G, ERR, viol, 10)
    assert fa.kind == "per_block"
    assert fa.verdict == "constant factor per block: Theta2 0.500 (the other blocks agree)"


def test_factor_per_row_of_a_weight_matrix():
    n = G.copy()
    rows = np.arange(18) % 3                           # Theta2 is 3x6, column-major
    n[20:] *= np.array([1.5, 0.9, 1.7])[rows]
    _, viol = _metrics(n)
    fa = analyse_factors(BLOCKS, n, G, ERR, viol, 10)
    assert fa.kind == "per_row"
    assert [round(u.ratio, 3) for u in fa.units] == [1.5, 0.9, 1.7]
    assert all(u.constant for u in fa.units)
    assert fa.verdict.startswith("factor differs per output unit (row) of Theta2")


def test_no_factor_when_agreeing():
    _, viol = _metrics(G)
    assert analyse_factors(BLOCKS, G, G, ERR, viol, 10).kind == "none"


def test_bias_column_only():
    n = G.copy()
    n[20:23] += 1e-3                                  # Theta2 column 0: entries 20, 21, 22
    _, viol = _metrics(n)
    reps = block_reports(BLOCKS, n, G, ERR, viol, 10)
    assert [r.where for r in reps] == ["none", "bias column only"]
    assert reps[1].bias_violations == 3 and reps[1].rest_violations == 0
    assert reps[1].worst[0].label.startswith("Theta2[")
    assert len(reps[1].worst) == 3


def test_a_column_vector_has_no_per_unit_factors():
    # each row of a (n, 1) block is one entry, which fits any factor: no per-unit table, no "per_row" verdict
    from portcheck.cases.blocks import Block
    from portcheck.gradcheck.metrics import analyse_factors

    blocks = (Block("theta", (3, 1), 0),)
    n = np.array([1.0, 2.0, 3.0])
    g = np.array([1.0, 2.5, 3.0])                 # theta[1] wrong
    fa = analyse_factors(blocks, n, g, np.full(3, 1e-10), np.array([False, True, False]), 10.0)
    assert fa.units == () and fa.kind != "per_row"
