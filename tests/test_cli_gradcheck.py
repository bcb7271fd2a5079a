"""`portcheck gradcheck` and `portcheck sweep` end to end (issue 4's CLI)."""
import json
import textwrap
from pathlib import Path

import pytest


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_bundled_nncost_gradient_passes_on_both_sides(run_cli):
    code, out, _ = run_cli("gradcheck", "nnCost", "--reference", "--json")
    doc = json.loads(out)
    assert code == 0
    assert doc["port"]["status"] == "pass"
    ref = doc["reference"]
    # central differences at h = eps^(1/3) leave ~eps^(2/3) = 4e-11 relative error
    assert ref["passed"] and ref["ng_relative"] < 1e-8 and ref["n_params"] == 38 and ref["round_trips"] <= 4


def test_half_gradient_port_fails_with_constant_factor(tmp_path, run_cli):
    port = tmp_path / "half.py"
    port.write_text(textwrap.dedent("""
        from portcheck.ports.ex4 import nnCostFunction as ok
        def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
            J, grad = ok(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)
            return J, grad / 2
    """))
    code, out, _ = run_cli("gradcheck", "nnCost", "--python", f"{port}:nnCostFunction")
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith("FAIL at every point (scale 0.072, 1, 3 and the trained-like point (scale ")
    assert "): constant factor 2.000 over the whole gradient" in first
    code, out, _ = run_cli("gradcheck", "nnCost", "--python", f"{port}:nnCostFunction", "--points", "1")
    assert code == 1
    assert out.splitlines()[0].startswith("FAIL: constant factor 2.000")


def test_user_function_with_x0_and_extra(run_cli):
    spec = str(EXAMPLES / "gradcheck" / "mse_quadratic.py")
    code, out, _ = run_cli("gradcheck", f"{spec}:mse_cost", "--x0", f"{spec}:x0", "--extra", f"{spec}:args", "--blocks", "W=8x8")
    assert code == 0 and out.startswith("PASS: the gradient agrees with central differences at all 64 entries")


def test_sweep_of_quadratic_cost_says_rounding_and_plots(tmp_path, run_cli):
    spec = str(EXAMPLES / "gradcheck" / "mse_quadratic.py")
    png = tmp_path / "sweep.png"
    code, out, _ = run_cli("sweep", f"{spec}:mse_cost", "--x0", f"{spec}:x0", "--extra", f"{spec}:args",
                       "--methods", "central", "--plot", str(png))
    assert code == 0
    assert "quadratic" in out.splitlines()[0] and "what you see is rounding" in out.splitlines()[0]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_case_without_gradient_is_a_usage_error(run_cli):
    code, out, err = run_cli("gradcheck", "sigmoid")
    assert code == 2 and out == ""
    assert err.splitlines()[0] == ("portcheck: error: case 'sigmoid' has no gradient output (its outputs are ['g']); "
                                   "choose a cost function case such as nnCost")


def test_missing_x0_is_a_usage_error(run_cli):
    spec = str(EXAMPLES / "gradcheck" / "mse_quadratic.py")
    code, _, err = run_cli("gradcheck", f"{spec}:mse_cost")
    assert code == 2 and "needs a point: add --x0" in err


@pytest.mark.parametrize("case", ["costFunctionReg", "lrCostFunction", "linearRegCostFunction", "cofiCostFunc", "costFunction"])
def test_course_cost_gradients_pass(case, run_cli):
    code, out, _ = run_cli("gradcheck", case)
    assert code == 0, out
    assert out.startswith("PASS")


def test_a_port_that_raises_is_a_finding_not_a_crash(tmp_path, run_cli):
    port = tmp_path / "broken.py"
    port.write_text(textwrap.dedent("""
        def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
            raise ValueError("shapes (5,4) and (3,1) not aligned")
    """))
    code, out, err = run_cli("gradcheck", "nnCost", "--python", f"{port}:nnCostFunction")
    assert code == 1 and "internal error" not in err
    lines = out.splitlines()
    assert lines[0] == ("FAIL: the port raised ValueError: shapes (5,4) and (3,1) not aligned at broken.py:3: "
                        "fix it before checking its gradient")
    assert "  | ValueError: shapes (5,4) and (3,1) not aligned" in lines
    assert lines[-1].startswith("Target: ") and lines[-1].endswith("on nnCostFunction debug, lambda=3")
    code, out, _ = run_cli("gradcheck", "nnCost", "--python", f"{port}:nnCostFunction", "--json")
    doc = json.loads(out)
    assert code == 1 and doc["port"]["status"] == "port-raised" and doc["reference"] is None
    assert doc["port"]["error"]["type"] == "ValueError" and doc["port"]["error"]["line"] == 3


def test_a_function_that_raises_midway_is_a_finding_too(tmp_path, run_cli):
    spec = tmp_path / "cost.py"
    spec.write_text(textwrap.dedent("""
        import numpy as np
        calls = []
        def cost(x):
            calls.append(1)
            if len(calls) > 3:
                raise FloatingPointError("overflow in exp")
            return float(x @ x), 2 * x
        x0 = np.ones(4)
    """))
    code, out, _ = run_cli("sweep", f"{spec}:cost", "--x0", f"{spec}:x0")
    assert code == 1 and out.startswith("FAIL: the port raised FloatingPointError: overflow in exp at cost.py:7")
