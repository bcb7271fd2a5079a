"""Mechanisms the blind corpus asked for, each shown on a port written here from the mathematics, in another style.

Every port below is our own (not a corpus file, not a copy of one): the point is
that a change made while measuring on ``tests/wild`` holds for code it was not
tuned on. Real Octave throughout.
"""
from __future__ import annotations

import textwrap

import pytest

from portcheck.cases import get_case
from portcheck.runner import load_port
from portcheck.workflow.pipeline import compare_case


def _compare(session, tmp_path, case: str, body: str, func: str, name: str = "port.py", **kw):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip())
    port = load_port(f"{path}:{func}", timeout=60)
    return compare_case(get_case(case, project=False), port=port, port_label=f"{name}:{func}", session=session, **kw)


def _ids(result, statuses=("confirmed", "consistent")) -> list[str]:
    return [f.id for f in result.findings if f.status in statuses]


# -- Python 2: what the port computes in its own language --------------------------------------
PY2_LOGISTIC = '''
    from numpy import *

    def sig(z):
        return 1.0 / (1.0 + exp(-z))

    def cost_reg(theta, X, y, lam):
        m, n = X.shape
        theta = theta.reshape(n, 1)
        h = sig(dot(X, theta))
        J = -(dot(y.T, log(h)) + dot((1 - y).T, log(1 - h))) / float(m)
        penalty = lam / (2 * m)                       # floors when lam is an int
        J = J + penalty * sum(theta[1:] ** 2)
        grad = dot(X.T, h - y) / float(m)
        for j in xrange(1, n):
            grad[j] = grad[j] + lam * theta[j] / float(m)
        print "cost", J
        return J[0, 0], grad.ravel()
    '''


def test_a_python2_port_whose_division_floors_is_a_divergence_named_integer_division(session, tmp_path):
    r = _compare(session, tmp_path, "costFunctionReg", PY2_LOGISTIC, "cost_reg")
    assert r.exit_code == 1
    assert r.findings[0].id == "integer-division" and r.findings[0].status == "confirmed"
    assert r.findings[0].data["lines"] == [11]          # `lam / (2 * m)`, the one `/` of two ints that matters
    assert "python2" in _ids(r)
    assert not set(_ids(r)) - {"integer-division", "python2"}


def test_the_same_python2_port_with_true_division_agrees_only_shimmed_so_it_is_not_parity(session, tmp_path):
    fixed = PY2_LOGISTIC.replace("from numpy import *", "from __future__ import division\n    from numpy import *")
    r = _compare(session, tmp_path, "costFunctionReg", fixed, "cost_reg")
    assert all(s.status == "parity" for s in r.sets)           # the mathematics is right ...
    assert r.verdict == "inconclusive" and r.exit_code == 1    # ... but the file does not import under Python 3
    py2 = next(f for f in r.findings if f.id == "python2")
    assert py2.status == "confirmed" and "as written it does not run here" in py2.evidence
    assert r.gaps and r.gaps[0].startswith("the port is Python 2 code (port.py:")
    assert "integer-division" not in [f.id for f in r.findings]
    # once ported to Python 3 it is at parity
    py3 = fixed.replace('print "cost", J', 'print("cost", J)').replace("xrange", "range")
    assert _compare(session, tmp_path, "costFunctionReg", py3, "cost_reg", name="py3.py").exit_code == 0


def test_a_python2_division_is_named_next_to_a_second_mistake_on_another_output(session, tmp_path):
    # the gradient loop also regularises theta[0]: grad is off under either division, J only under Python 2's
    two = PY2_LOGISTIC.replace("for j in xrange(1, n):", "for j in xrange(0, n):")
    r = _compare(session, tmp_path, "costFunctionReg", two, "cost_reg")
    assert r.exit_code == 1
    division = next(f for f in r.findings if f.id == "integer-division")
    assert division.status == "confirmed" and division.data["lines"] == [11]
    assert "J differs by up to" in division.evidence, division.evidence
    assert "reg-bias" in _ids(r, ("confirmed",)), [(f.id, f.status) for f in r.findings]


# -- a mean over every entry of the m x K loss: m*K where Octave divides by m ------------------------
MEAN_OVER_CLASSES = '''
    import numpy as np

    def forward(W, A):
        return 1.0 / (1.0 + np.exp(-(A @ W.T)))

    def nn_cost(p, n_in, n_hid, n_out, X, y, lam):
        cut = n_hid * (n_in + 1)
        W1 = p[:cut].reshape((n_in + 1, n_hid)).T           # column-major, written as a transpose
        W2 = p[cut:].reshape((n_hid + 1, n_out)).T
        m = X.shape[0]
        onehot = (np.ravel(y)[:, None] == np.arange(1, n_out + 1)).astype(float)
        A1 = np.concatenate([np.ones((m, 1)), X], axis=1)
        A2 = np.concatenate([np.ones((m, 1)), forward(W1, A1)], axis=1)
        H = forward(W2, A2)
        loss = -(onehot * np.log(H) + (1 - onehot) * np.log(1 - H))
        J = loss.mean() + lam / (2 * m) * ((W1[:, 1:] ** 2).sum() + (W2[:, 1:] ** 2).sum())
        E3 = H - onehot
        E2 = (E3 @ W2[:, 1:]) * A2[:, 1:] * (1 - A2[:, 1:])
        G1, G2 = E2.T @ A1 / m, E3.T @ A2 / m
        G1[:, 1:] += lam / m * W1[:, 1:]
        G2[:, 1:] += lam / m * W2[:, 1:]
        return J, np.concatenate([G1.T.ravel(), G2.T.ravel()])
    '''


def test_a_cost_averaged_over_every_entry_is_m_taken_from_the_wrong_dimension(session, tmp_path):
    r = _compare(session, tmp_path, "nnCostFunction", MEAN_OVER_CLASSES, "nn_cost")
    assert r.exit_code == 1
    top = r.findings[0]
    assert top.id == "wrong-m" and top.data["divides_by"] == "m*d" and top.data["divisor"].startswith("K")
    assert _ids(r) == ["wrong-m"]
    fixed = MEAN_OVER_CLASSES.replace("loss.mean()", "loss.sum() / m")
    assert _compare(session, tmp_path, "nnCostFunction", fixed, "nn_cost", name="fixed.py").exit_code == 0


# -- theta[2:] for theta(2:end): empty on two parameters, so it looked like no penalty at all ---------
SLICE_FROM_TWO = '''
    import numpy as np

    def linearRegCostFunction(X, y, theta, lambda_):
        m = len(y)
        w = np.asarray(theta, dtype=float).reshape(-1, 1)
        resid = np.dot(X, w) - y
        penalty = np.dot(w[2:].T, w[2:])                     # theta(2:end) read as theta[2:]
        J = (np.dot(resid.T, resid) + lambda_ * penalty) / (2.0 * m)
        mask = np.ones_like(w)
        mask[:2] = 0
        grad = (np.dot(X.T, resid) + lambda_ * mask * w) / m
        return J.item(), grad
    '''


def test_a_penalty_from_the_third_entry_is_one_theta_slice_not_a_missing_penalty(session, tmp_path):
    r = _compare(session, tmp_path, "linearRegCostFunction", SLICE_FROM_TWO, "linearRegCostFunction")
    assert r.exit_code == 1
    strong = _ids(r)
    assert strong and set(strong) == {"theta-slice"}, strong
    slices = [f for f in r.findings if f.id == "theta-slice"]
    assert any(f.data.get("port_entries") == [2, 3, 4] for f in slices)
    assert any(f.data.get("empty_on") for f in slices)   # the two-parameter sets: the same slice, empty there
    fixed = SLICE_FROM_TWO.replace("w[2:]", "w[1:]").replace("mask[:2] = 0", "mask[:1] = 0")
    assert _compare(session, tmp_path, "linearRegCostFunction", fixed, "linearRegCostFunction",
                    name="fixed.py").exit_code == 0


# -- the hidden bias unit through the sigmoid, in a network unrolled in one parameter vector -----------
BIAS_THROUGH_SIGMOID = '''
    import numpy as np
    from scipy.special import expit

    def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
        h, n, K = hidden_layer_size, input_layer_size, num_labels
        T1 = np.reshape(nn_params[:h * (n + 1)], (h, n + 1), order="F")
        T2 = np.reshape(nn_params[h * (n + 1):], (K, h + 1), order="F")
        m = X.shape[0]
        Y = np.zeros((m, K))
        for i, label in enumerate(np.ravel(y)):
            Y[i, label - 1] = 1.0
        a1 = np.insert(X, 0, 1.0, axis=1)
        z2 = np.insert(a1.dot(T1.T), 0, 1.0, axis=1)      # the ones column joins z2 ...
        a2 = expit(z2)                                    # ... and goes through the sigmoid with it
        a3 = expit(a2.dot(T2.T))
        J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
        J += lmbda / (2.0 * m) * (np.sum(T1[:, 1:] ** 2) + np.sum(T2[:, 1:] ** 2))
        d3 = a3 - Y
        d2 = d3.dot(T2[:, 1:]) * expit(z2[:, 1:]) * (1 - expit(z2[:, 1:]))
        g1 = d2.T.dot(a1) / m
        g2 = d3.T.dot(a2) / m
        g1[:, 1:] += lmbda / m * T1[:, 1:]
        g2[:, 1:] += lmbda / m * T2[:, 1:]
        return J, np.concatenate([g1.flatten("F"), g2.flatten("F")])
    '''


def test_a_bias_unit_through_the_sigmoid_is_named_in_an_unrolled_network(session, tmp_path):
    r = _compare(session, tmp_path, "nnCostFunction", BIAS_THROUGH_SIGMOID, "nnCostFunction")
    assert r.exit_code == 1
    assert r.findings[0].id == "bias-column" and r.findings[0].status == "confirmed"
    assert _ids(r) == ["bias-column"]


def test_a_half_with_two_features_is_a_constant_factor_not_a_mean_over_entries(session, tmp_path):
    """n = 2 on every set: 1/2 = 1/n, but a clean constant comes first (wrong-m's 1/d needs d to vary or be odd)."""
    body = '''
        import numpy as np

        def computeCost(X, y, theta):
            m = y.shape[0]
            r = X.dot(theta.reshape(-1, 1)) - y
            return float(np.sum(r ** 2) / (4 * m))
        '''
    r = _compare(session, tmp_path, "computeCost", body, "computeCost")
    assert r.exit_code == 1 and r.findings[0].id == "constant-factor"
