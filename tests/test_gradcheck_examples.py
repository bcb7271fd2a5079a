"""The runnable examples in examples/gradcheck print a report whose first line is the verdict."""
import pathlib
import runpy

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parents[1] / "examples" / "gradcheck"


@pytest.mark.parametrize("name, first", [
    ("mse_quadratic", "PASS: the gradient agrees with central differences at all 64 entries"),
    ("softmax_diag", "FAIL: constant factor 2.000 over the whole gradient"),
    ("dropout", "NOT JUDGED: the cost is not deterministic"),
    ("float32_port", "PASS: the gradient agrees with central differences at all 6 entries"),
    ("relu_kink", "PASS except at kinks: 4 entries sit on a kink"),
    ("nn_one_wrong", "FAIL: localised 1 wrong entry, Theta1[2, 3] (Octave Theta1(3,4))"),
    ("near_zero", "FAIL: agrees at the given point (scale 0.038), fails at scale 1 and 3: a derivative that is only "
                  "right near zero (in Theta1; Theta2 agrees at every point)\n"),
    ("near_zero tanh", "FAIL: agrees at the given point (scale 0.038), fails at scale 1 and 3"),
    ("near_zero relu", "FAIL: agrees at the given point (scale 0.058), fails at scale 1 and 3"),
    ("softmax_noreg", "FAIL: agrees at the given point (scale 0), fails at scale 1 and 3: a derivative that is only "
                      "right near zero; numerical - analytic = 0.1000 * W on every entry"),
])
def test_example_runs_and_prints_its_verdict(name, first, capsys, monkeypatch):
    name, *argv = name.split()
    monkeypatch.setattr("sys.argv", [name, *argv])
    runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert out.startswith(first)
