"""`portcheck compare nnCost` end to end against real Octave (issue 2's done criteria)."""
import json
import textwrap

import pytest

from portcheck.cases import get_case
from portcheck.workflow.pipeline import compare_case

REPO_EXAMPLES = __import__("pathlib").Path(__file__).resolve().parents[1] / "examples"


def test_bundled_port_is_parity_for_lambda_0_and_3(run_cli):
    code, out, err = run_cli("compare", "nnCost", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["verdict"] == "parity" and doc["exit_code"] == 0
    # lambda 0 and 3 on the course's debug network, plus the sets that expose
    # mistakes the debug set hides (a label that never occurs, m = 1, random data)
    assert [s["name"] for s in doc["input_sets"]] == ["debug, lambda=0", "debug, lambda=3", "label 2 absent, lambda=3",
                                                      "m=1, lambda=3", "random, lambda=3"]
    for s in doc["input_sets"]:
        J, grad = s["comparison"]["outputs"]
        assert J["status"] == grad["status"] == "parity"
        # agreement to rounding, far inside the tolerance
        assert J["max_rel"] < 1e-14 and grad["max_abs"] < 1e-15
    assert doc["versions"]["octave"].startswith(("7.", "8.", "9.", "10."))


def test_text_report_layout(run_cli):
    code, out, _ = run_cli("compare", "nncost", "--lambda", "3")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("parity: ") and "Octave nnCostFunction on 4 input sets (rtol=1e-09, atol=1e-12)" in lines[0]
    for section in ("Inputs", "Outputs", "Diagnosis", "Reproduce"):
        assert section in lines
    assert "Arguments: mapped by name" in out
    assert "grad: PORT shape (38,), OCTAVE shape (38, 1) [noted" in out


def test_c_order_port_exits_1_and_blocks_show_where(run_cli):
    code, out, _ = run_cli("compare", "nnCost", "--python", str(REPO_EXAMPLES / "bad_unroll.py") + ":nnCostFunction", "--json")
    doc = json.loads(out)
    assert code == 1 and doc["verdict"] == "divergence"
    grad = doc["input_sets"][0]["comparison"]["outputs"][1]
    blocks = {(b["block"], b["part"]): b for b in grad["blocks"]}
    assert set(blocks) == {("Theta1", "bias"), ("Theta1", "weights"), ("Theta2", "bias"), ("Theta2", "weights")}
    assert all(b["mismatched"] > 0 for b in blocks.values())
    assert grad["worst"][0]["label"].startswith("Theta")


def test_port_with_different_argument_order_is_mapped_by_name(tmp_path, run_cli):
    port = tmp_path / "my_port.py"
    port.write_text(textwrap.dedent("""
        from portcheck.ports.ex4 import nnCostFunction as reference_port
        def nnCost(nn_params, X, y, lambda_, input_layer_size, hidden_layer_size, num_labels):
            return reference_port(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)
    """))
    code, out, _ = run_cli("compare", "nnCost", "--python", f"{port}:nnCost")
    assert code == 0, out
    assert "lambda -> lambda_ (name)" in out


def test_port_that_raises_is_a_divergence_with_its_traceback(tmp_path, run_cli):
    port = tmp_path / "raising.py"
    port.write_text("import numpy as np\ndef nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
                    "    Y = np.zeros((X.shape[0], int(num_labels)))\n    Y[np.arange(X.shape[0]), y.ravel().astype(int)] = 1\n    return 0.0, nn_params\n")
    code, out, _ = run_cli("compare", "nnCost", "--python", f"{port}:nnCostFunction")
    assert code == 1
    assert "IndexError" in out and "raising.py:4" in out


@pytest.mark.slow
def test_full_size_completes_with_parity():
    result = compare_case(get_case("nnCost"), size="full", lambdas=[1.0])
    assert result.parity
    grad = result.sets[0].comparison.outputs[1]
    assert grad.total == 10285 and grad.max_rel < 1e-12


def test_unknown_case_and_size_are_usage_errors(run_cli):
    code, _, err = run_cli("compare", "nnCostt")
    assert code == 2 and err.splitlines()[0].startswith("portcheck: error: unknown case 'nnCostt'; built-in cases are:")
    code, _, err = run_cli("compare", "nnCost", "--size", "huge")
    assert code == 2 and "invalid choice: 'huge'" in err


def test_octave_absent_exits_2_with_install_command(monkeypatch, run_cli):
    monkeypatch.setenv("OCTAVE_EXECUTABLE", "/nonexistent/octave-cli")
    code, out, err = run_cli("compare", "nnCost")
    assert code == 2 and out == ""
    assert err.splitlines()[0] == (
        "portcheck: error: GNU Octave not found: OCTAVE_EXECUTABLE='/nonexistent/octave-cli' is not a runnable file; "
        "fix the variable or unset it, or install it with 'sudo apt-get install octave' (Debian/Ubuntu), or set OCTAVE_EXECUTABLE to its path"
    )
    assert "Traceback" not in err


def test_report_folds_parity_blocks_and_repeats_no_table(run_cli):
    code, out, _ = run_cli("compare", "nnCost")
    assert code == 0
    assert "   5 sets at parity   grad     Theta1   bias      0 / 26" in out
    code, out, _ = run_cli("compare", "nnCost", "--python", str(REPO_EXAMPLES / "bad_unroll.py") + ":nnCostFunction")
    assert code == 1
    assert out.count("Largest differences (5 of ") == 1          # grad's table once; J is a scalar
    assert "(4 more tables of largest differences on the other input sets: add -v)" in out
    code, verbose, _ = run_cli("compare", "nnCost", "-v", "--python", str(REPO_EXAMPLES / "bad_unroll.py") + ":nnCostFunction")
    assert verbose.count("Largest differences (") == 5
