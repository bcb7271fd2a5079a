"""portcheck.gradcheck.relations: what numerical - analytic is (a multiple of x, a constant, bias entries only).

The difference is built exactly, so the fitted factor must come back to the error of the
finite differences: central differences at h = eps^(1/3) leave a relative error of about
eps^(2/3) ~ 4e-11 on a smooth cost, hence the rel=1e-6 on factors.
"""
import numpy as np
import pytest

from portcheck.cases.blocks import Block
from portcheck.gradcheck import check_gradient
from portcheck.gradcheck.relations import (bias_mask, difference_relations, fit_templates, name_coefficient)

RNG = np.random.default_rng(3)
A = RNG.standard_normal((12, 4))
B = RNG.standard_normal(12)


def least_squares(w):
    """(J, grad) of 0.5 ||A w - b||^2 / m: the correct gradient."""
    r = A @ w - B
    return 0.5 * r @ r / len(B), A.T @ r / len(B)


def with_difference(d_of):
    """A cost whose analytic gradient is the true one minus d_of(w): numerical - analytic = d_of(w)."""
    def fun(w):
        J, g = least_squares(w)
        return J, g - d_of(w)
    return fun


W0 = RNG.standard_normal(4)
MATRIX = [("W", (2, 2))]   # 4 entries, column 0 = bias column (entries 0, 1 in F order)


def test_a_missing_multiple_of_x_is_named_with_its_factor():
    r = check_gradient(with_difference(lambda w: 0.1 * w), W0)
    (rel,) = r.relations
    assert (rel.kind, rel.where) == ("multiple-of-x", "every entry")
    assert rel.factors[0][1] == pytest.approx(0.1, rel=1e-6)
    assert r.verdict == ("FAIL: numerical - analytic = 0.1000 * x on every entry: a missing regularisation term "
                         "c * x (lambda * x or lambda/m * x) with c = 0.1")
    assert rel.fix == "grad += 0.1 * x"
    assert r.diagnosis[0] == rel.text()


def test_with_the_costs_constants_the_factor_is_named_lambda_over_m():
    r = check_gradient(with_difference(lambda w: 0.6 * w), W0, constants={"lambda": 3.0, "m": 5})
    (rel,) = r.relations
    assert rel.meaning == "a missing lambda/m * x term with lambda/m = 3/5 = 0.6"
    assert rel.fix == "grad += (lambda_ / m) * x"


def test_a_doubled_term_has_a_negative_factor():
    r = check_gradient(with_difference(lambda w: -0.3 * w), W0, constants={"lambda": 3.0, "m": 10})
    (rel,) = r.relations
    assert rel.factors[0][1] == pytest.approx(-0.3, rel=1e-6)
    assert "holds 0.3 * x more than the cost's derivative (lambda/m = 3/10 = 0.3)" in rel.meaning


def test_non_bias_entries_only_is_the_course_regularisation():
    mask = np.array([0.0, 0.0, 1.0, 1.0])           # column 1 of a 2x2 block in F order
    r = check_gradient(with_difference(lambda w: 0.25 * w * mask), W0, blocks=MATRIX)
    (rel,) = r.relations
    assert (rel.kind, rel.where, rel.blocks) == ("multiple-of-x", "non-bias", ("W",))
    assert rel.title == "numerical - analytic = 0.2500 * W on every non-bias entry (the bias column agrees)"
    assert rel.fix == "W_grad[:, 1:] += 0.25 * W[:, 1:]"


def test_a_constant_offset():
    r = check_gradient(with_difference(lambda w: np.full(4, 0.05)), W0, blocks=MATRIX)
    (rel,) = r.relations
    assert (rel.kind, rel.where) == ("constant", "every entry")
    assert rel.title == "numerical - analytic = 0.05 on every entry in W: a constant offset"


def test_a_difference_confined_to_the_bias_column_without_a_pattern():
    d = np.array([0.3, -0.7, 0.0, 0.0])              # not a multiple of W's bias entries (W0[0]/W0[1] differ)
    r = check_gradient(with_difference(lambda w: d), W0, blocks=MATRIX)
    (rel,) = r.relations
    assert rel.kind == "bias-only"
    assert rel.title == "numerical - analytic is confined to the bias entries of W; every other entry agrees"


def test_no_relation_for_an_arbitrary_difference():
    d = np.array([0.3, -0.7, 0.2, 0.9])
    r = check_gradient(with_difference(lambda w: d), W0, blocks=MATRIX)
    assert r.status == "fail" and r.relations == ()


def test_a_single_explained_entry_is_not_a_relation():
    # one free factor fitted to one entry says nothing: a lone wrong entry stays a lone wrong entry
    d = np.array([0.0, 0.0, 0.0, 0.4])
    r = check_gradient(with_difference(lambda w: d), W0)
    assert r.relations == ()


def test_the_fast_path_fits_the_same_relation_on_directional_residuals():
    r = check_gradient(with_difference(lambda w: 0.1 * w), W0, mode="fast")
    (rel,) = r.relations
    assert rel.factors[0][1] == pytest.approx(0.1, rel=1e-5)
    assert r.verdict.startswith("FAIL: numerical - analytic = 0.1000 * x on every entry")


def test_bias_mask_follows_the_block_layout():
    assert bias_mask(Block("T", (2, 3))).tolist() == [True, True, False, False, False, False]
    assert bias_mask(Block("theta", (3, 1))).tolist() == [True, False, False]
    assert bias_mask(Block("X", (2, 2), bias_column=False)).tolist() == [False] * 4


def test_fit_templates_rejects_a_fit_outside_the_tolerance():
    blk = Block("x", (3,), bias_column=False)
    x = np.array([1.0, 2.0, 3.0])
    tol = np.full(3, 1e-9)
    assert fit_templates(blk, x, 0.5 * x, lambda a: a, tol)[:2] == ("multiple-of-x", "every entry")
    assert fit_templates(blk, x, 0.5 * x + np.array([0, 0, 1e-6]), lambda a: a, tol) is None


def test_difference_relations_need_every_failing_block_explained():
    b1, b2 = Block("A", (2,), 0, bias_column=False), Block("B", (2,), 2, bias_column=False)
    x = np.array([1.0, 2.0, 3.0, 4.0])
    n = np.array([1.0, 1.0, 5.0, -3.0])
    g = n - np.array([0.2, 0.4, 0.7, 0.1])          # A: 0.2 * x; B: no pattern
    err = np.full(4, 1e-10)
    viol = np.ones(4, bool)
    assert difference_relations((b1, b2), x, n, g, err, viol, 10.0) == ()
    g2 = n - np.array([0.2, 0.4, 0.0, 0.0])
    viol2 = np.array([True, True, False, False])
    (rel,) = difference_relations((b1, b2), x, n, g2, err, viol2, 10.0)
    assert rel.blocks == ("A",) and rel.factors[0][1] == pytest.approx(0.2)


@pytest.mark.parametrize("c, formula, code", [
    (0.6, "lambda/m = 3/5 = 0.6", "(lambda_ / m)"),
    (0.3, "lambda/(2m) = 3/10 = 0.3", "(lambda_ / (2 * m))"),
    (1.2, "2 lambda/m = 1.2", "(2 * lambda_ / m)"),
    (-3.0, "lambda = 3", "lambda_"),
    (0.17, "", "0.17"),
])
def test_name_coefficient(c, formula, code):
    assert name_coefficient(c, {"lambda": 3.0, "m": 5}) == (formula, code)
