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
