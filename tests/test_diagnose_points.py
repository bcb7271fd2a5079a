"""The diagnosis's self-consistency step asks gradcheck.points too (the hook of issue 16), against real Octave."""
import textwrap

import pytest

from portcheck.cases.nncost import CASE
from portcheck.runner import load_port
from portcheck.workflow.pipeline import compare_case

pytestmark = pytest.mark.octave

PORT = textwrap.dedent("""
    import numpy as np
    from portcheck.ports.ex4 import nnCostFunction as ok
    from portcheck.cases.nncost import debug_network

    T1, T2, _, _ = debug_network()
    P0 = np.r_[T1.ravel(order="F"), T2.ravel(order="F")]

    def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
        # J gains sum(p**3); grad gains its derivative frozen at the debug point, 3 * P0**2:
        # the derivative of J at the debug point and nowhere else
        J, g = ok(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)
        p = np.ravel(nn_params)
        return J + np.sum(p ** 3), g + 3 * (P0 if p.size == P0.size else p) ** 2
""")


def test_a_gradient_consistent_only_at_the_debug_point_is_not_called_the_costs_derivative(tmp_path, session):
    path = tmp_path / "frozen.py"
    path.write_text(PORT)
    r = compare_case(CASE, port=load_port(f"{path}:nnCostFunction"), port_label="frozen.py", session=session)
    text = " ".join(f.evidence for f in r.findings)
    assert ("grad is not the derivative of PORT's J); at several points: FAIL: agrees at the given point (scale 0.072), "
            "fails at scale 1 and 3: a derivative that is only right near zero") in " ".join(text.split())
