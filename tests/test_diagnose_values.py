"""Findings read straight off the values: NaN, complex, wrong type, a port that never returns.

Each port wraps the bundled correct port and spoils one output, so the only
right diagnosis is the one named here -- and no other confirmed finding
(in particular not "two calls, two answers": NaN != NaN is not randomness).
"""
import textwrap

import pytest

from portcheck.cases import get_case
from portcheck.workflow.pipeline import compare_case
from portcheck.runner import load_port

HEADER = """
import numpy as np
from portcheck.ports.ex4 import nnCostFunction as ok
def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    J, g = ok(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)
"""


def diagnose(tmp_path, session, body, name):
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(HEADER) + textwrap.indent(textwrap.dedent(body), "    "))
    return compare_case(get_case("nnCost"), port=load_port(f"{path}:nnCostFunction"), session=session, lambdas=[3.0])


@pytest.mark.parametrize("body, finding_id, phrase", [
    ("return float('nan'), g", "non-finite-output", "J is NaN at 1 of 1 entries where OCTAVE is finite"),
    ("return J, np.full_like(g, np.nan)", "non-finite-output", "grad is NaN at"),
    ("return J + 1j, g", "complex-output", "J has imaginary parts up to 1; the real parts agree with OCTAVE"),
    ("return str(J), g", "output-type", "PORT returned a str where OCTAVE returned numbers of shape (1, 1)"),
])
def test_value_kind_is_the_only_confirmed_finding(tmp_path, session, body, finding_id, phrase):
    result = diagnose(tmp_path, session, body, finding_id.replace("-", "_"))
    assert not result.parity and result.exit_code == 1
    ids = [f.id for f in result.findings if f.status == "confirmed"]
    assert ids and set(ids) == {finding_id}, [(f.id, f.status, f.title) for f in result.findings]
    assert phrase in result.findings[0].evidence
    assert not any(f.id in ("nondeterministic", "precision", "unexplained") for f in result.findings)


def test_port_that_never_returns_is_named_with_the_line(tmp_path, session):
    path = tmp_path / "spin.py"
    path.write_text("def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
                    "    err = 1.0\n    while err > 0:\n        pass\n")
    result = compare_case(get_case("nnCost"), port=load_port(f"{path}:nnCostFunction"), session=session, timeout=1.0)
    top = result.findings[0]
    assert (top.id, top.status) == ("port-timeout", "confirmed")
    # called once under the limit, then reported without being called again on the other 4 sets
    assert top.title == "the port did not return in time on all 5 input sets"
    # sampled wherever the loop happened to be, the loop itself is always named
    assert top.location.endswith("spin.py:3: while err > 0:"), top.location
