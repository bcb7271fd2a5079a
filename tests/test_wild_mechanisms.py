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


def test_the_same_python2_port_with_true_division_is_at_parity_with_python2_noted(session, tmp_path):
    fixed = PY2_LOGISTIC.replace("from numpy import *", "from __future__ import division\n    from numpy import *")
    r = _compare(session, tmp_path, "costFunctionReg", fixed, "cost_reg")
    assert r.exit_code == 0
    assert [f.id for f in r.findings if f.id == "python2"] and "integer-division" not in [f.id for f in r.findings]
