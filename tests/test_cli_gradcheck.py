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
    assert out.splitlines()[0].startswith("FAIL at all 4 points: constant factor 2.000 over the whole gradient")
    code, out, _ = run_cli("gradcheck", "nnCost", "--python", f"{port}:nnCostFunction", "--points", "1")
    assert code == 1
    assert out.splitlines()[0].startswith("FAIL: constant factor 2.000")


def test_user_function_with_x0_and_extra(run_cli):
    spec = str(EXAMPLES / "gradcheck" / "mse_quadratic.py")
    code, out, _ = run_cli("gradcheck", f"{spec}:mse_cost", "--x0", f"{spec}:x0", "--extra", f"{spec}:args", "--blocks", "W=8x8")
    assert code == 0 and out.startswith("PASS at all 3 points: the gradient agrees with finite differences at the "
                                        "given point (scale 1), scale 1 and 3.1\n")
    code, out, _ = run_cli("gradcheck", f"{spec}:mse_cost", "--x0", f"{spec}:x0", "--extra", f"{spec}:args", "--blocks", "W=8x8",
                           "--points", "1")
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


NEAR_ZERO = str(EXAMPLES / "gradcheck" / "near_zero.py")
SOFTMAX = str(EXAMPLES / "gradcheck" / "softmax_noreg.py")


@pytest.mark.parametrize("cost, x0", [("sigmoid_quarter_cost", "x0_sigmoid"), ("tanh_one_minus_cost", "x0_tanh"),
                                      ("relu_unsigned_cost", "x0_relu")])
def test_a_derivative_right_only_near_zero_passes_one_point_and_fails_three(cost, x0, run_cli):
    argv = ("gradcheck", f"{NEAR_ZERO}:{cost}", "--x0", f"{NEAR_ZERO}:{x0}", "--extra", f"{NEAR_ZERO}:args",
            "--blocks", "Theta1=4x4,Theta2=1x5")
    code, out, _ = run_cli(*argv, "--points", "1")
    assert code == 0 and out.startswith("PASS: the gradient agrees with central differences at all 21 entries")
    code, out, _ = run_cli(*argv)
    assert code == 1
    assert out.splitlines()[0].endswith("fails at scale 1 and 3: a derivative that is only right near zero "
                                        "(in Theta1; Theta2 agrees at every point)")
    assert out.splitlines()[0].startswith("FAIL: agrees at the given point (scale ")


def test_a_softmax_missing_lambda_w_is_named_with_its_factor(run_cli):
    argv = ("gradcheck", f"{SOFTMAX}:softmax_cost_noreg", "--x0", f"{SOFTMAX}:x0", "--extra", f"{SOFTMAX}:args",
            "--blocks", "W=3x5")
    assert run_cli(*argv, "--points", "1").code == 0
    code, out, _ = run_cli(*argv)
    assert code == 1
    assert out.splitlines()[0].endswith("only right near zero; numerical - analytic = 0.1000 * W on every entry: a missing "
                                        "regularisation term c * W (lambda * W or lambda/m * W) with c = 0.1")
    assert "Fix: W_grad += 0.1 * W" in out


def test_a_missing_regularisation_term_on_nncost_is_named_lambda_over_m(run_cli):
    code, out, _ = run_cli("gradcheck", "nnCost", "--python", str(EXAMPLES / "grad_reg_missing.py") + ":nnCostFunction")
    assert code == 1
    assert out.splitlines()[0] == ("FAIL at all 4 points: numerical - analytic = 0.6000 * Theta on every non-bias entry "
                                   "of Theta1 and Theta2 (the bias column agrees): a missing lambda/m * Theta term with "
                                   "lambda/m = 3/5 = 0.6")
    assert "Fix: Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]   # and the same for Theta2" in out


def test_json_carries_every_point(run_cli):
    code, out, _ = run_cli("gradcheck", "nnCost", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["passed"] and doc["points"] == 3
    (s,) = doc["sets"]
    rows = s["check"]["rows"]
    assert [r["point"]["name"] for r in rows] == ["given", "random 1", "random 2", "trained"]
    assert [r["point"]["seed"] for r in rows] == [None, 1, 2, None]
    assert [r["point"]["scale"] for r in rows[1:3]] == [1.0, 3.0]
    assert all(r["result"]["status"] == "pass" and len(r["point"]["x"]) == 38 for r in rows)
    assert doc["port"]["status"] == "pass" and doc["verdict"] == s["verdict"] == s["check"]["verdict"]


def test_a_project_case_is_checked_at_every_lambda(tmp_path, run_cli, monkeypatch):
    from .ridge_project import M_FILE

    (tmp_path / "ridgeCost.m").write_text(M_FILE)
    (tmp_path / "ridge.py").write_text(textwrap.dedent("""
        import numpy as np
        def ridge_cost(X, y, theta, lambda_):
            m = y.shape[0]
            r = X @ theta - y
            J = (r.T @ r).item() / (2 * m) + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
            return J, X.T @ r / m          # the gradient's lambda/m * theta term is missing
    """))
    (tmp_path / "portcheck.toml").write_text(textwrap.dedent("""
        [[case]]
        name = "ridgeCost"
        reference = "ridgeCost.m"
        port = "ridge.py:ridge_cost"
        inputs = { X = { shape = [6, 3], generator = "sin" }, y = { shape = [6, 1], generator = "cos" }, theta = { shape = [3, 1], generator = "randn:1" }, lambda = 1 }
        lambdas = [0, 2]
    """))
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("gradcheck", "ridgeCost")
    assert code == 1
    assert out.splitlines()[0] == (
        "FAIL on spec, lambda=2, passes on spec, lambda=0 (right without regularisation: the gradient's regularisation "
        "term is wrong or missing): at all 3 points: numerical - analytic = 0.3333 * theta on every entry but the first "
        "(the intercept agrees): a missing lambda/m * theta term with lambda/m = 2/6 = 0.3333")
    assert "Input set spec, lambda=0" in out and "Input set spec, lambda=2" in out


def test_a_missing_extra_is_a_usage_error_with_the_fix(run_cli):
    code, out, err = run_cli("gradcheck", f"{NEAR_ZERO}:tanh_one_minus_cost", "--x0", f"{NEAR_ZERO}:x0_tanh")
    assert code == 2 and out == ""
    assert err.splitlines()[0].startswith(f"portcheck: error: {NEAR_ZERO}:tanh_one_minus_cost takes (p, X, y) but would "
                                          "be called with x alone: missing a required argument: 'X'")
    assert err.splitlines()[1] == ("Tip: add --extra FILE.py:NAME naming a tuple of the arguments after x, "
                                   "e.g. args = (X, y)")
    code, _, err = run_cli("gradcheck", f"{NEAR_ZERO}:tanh_one_minus_cost", "--x0", f"{NEAR_ZERO}:x0_tanh",
                           "--extra", f"{NEAR_ZERO}:X")
    assert code == 2 and "is a ndarray, not a tuple of arguments" in err


def test_points_must_be_at_least_one(run_cli):
    code, _, err = run_cli("gradcheck", "nnCost", "--points", "0")
    assert code == 2 and "--points: must be >= 1 (1: the given point only), got '0'" in err


def test_a_function_that_raises_at_a_random_point_is_a_finding_with_its_traceback(tmp_path, run_cli):
    spec = tmp_path / "cost.py"
    spec.write_text(textwrap.dedent("""
        import numpy as np
        def cost(x):
            if np.max(np.abs(x)) > 2:
                raise FloatingPointError("overflow in exp")
            return float(x @ x), 2 * x
        x0 = np.full(4, 0.1)
    """))
    code, out, err = run_cli("gradcheck", f"{spec}:cost", "--x0", f"{spec}:x0")
    assert code == 1 and "internal error" not in err
    lines = out.splitlines()
    assert lines[0] == ("FAIL: the port raised FloatingPointError: overflow in exp at cost.py:5 at random 2 (scale 3): "
                        "fix it before checking its gradient")
    assert "  | FloatingPointError: overflow in exp" in lines


def test_one_point_keeps_the_single_checks_verdict_and_json(run_cli):
    code, out, _ = run_cli("gradcheck", "nnCost", "--points", "1", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["points"] == 1
    assert doc["verdict"] == doc["port"]["verdict"] and doc["verdict"].startswith("PASS: the gradient agrees with central")
    assert [r["point"]["name"] for r in doc["sets"][0]["check"]["rows"]] == ["given"]


def test_sweep_at_several_points_names_the_worst_and_survives_a_saturating_cost(run_cli):
    # ex2's costFunction: theta ~ 12 on exam scores ~ 65; at random scales 12 and 35 the sigmoid saturates, log(0)
    code, out, _ = run_cli("sweep", "costFunction", "--methods", "central")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("At ") and ", the worst of 4 points: " in lines[0]
    assert "  random 2: x0 + 4.33 z, z ~ N(0, I) from numpy's default_rng(2); rms 11; the cost is not finite at " \
           "scale 34.6: halved 3 times" in lines
    code, out, _ = run_cli("sweep", "costFunction", "--methods", "central", "--json")
    doc = json.loads(out)
    assert [p["point"]["name"] for p in doc["points"]] == ["given", "random 1", "random 2", "trained"]
    assert doc["worst"] in {p["point"]["name"] for p in doc["points"]} and doc["verdict"] == lines[0]
