"""octave_numerical_gradient_code: the string, and (with GNU Octave installed) its result."""
import shutil
import subprocess

import numpy as np
import pytest

from portcheck.gradcheck import GradcheckUsageError, octave_numerical_gradient_code


def test_code_calls_the_cost_twice_per_entry_in_one_loop():
    code = octave_numerical_gradient_code(
        "nnCostFunction", ["nn_params", "n", "h", "K", "X", "y", "lambda"])
    assert code.count("for portcheck_i = 1:numel(portcheck_theta)") == 1
    assert ("numgrad(portcheck_i) = (nnCostFunction(portcheck_tp, n, h, K, X, y, lambda) - "
            "nnCostFunction(portcheck_tm, n, h, K, X, y, lambda)) / "
            "(portcheck_tp(portcheck_i) - portcheck_tm(portcheck_i));") in code
    assert code.startswith("portcheck_rs = 6.055454452393343e-06;")


def test_wrt_and_names_are_validated():
    code = octave_numerical_gradient_code("cost", ["X", "theta"], wrt=1, out="g")
    assert "cost(X, portcheck_tp)" in code and "g = zeros(numel(portcheck_theta), 1);" in code
    with pytest.raises(GradcheckUsageError, match="is not an Octave identifier"):
        octave_numerical_gradient_code("cost", ["theta; system('rm -rf /')"])
    with pytest.raises(GradcheckUsageError, match="wrt=2 must index args"):
        octave_numerical_gradient_code("cost", ["theta", "X"], wrt=2)


@pytest.mark.octave
@pytest.mark.skipif(shutil.which("octave-cli") is None,
                    reason="GNU Octave (octave-cli) not installed")
def test_octave_computes_the_gradient_of_a_quadratic(tmp_path):
    # J = 0.5 theta'A theta - b'theta: f''' = 0, so central differences are exact up to
    # rounding, |error| <= a few eps |J| / h ~ 1e-9 here.
    (tmp_path / "quadcost.m").write_text(
        "function J = quadcost(theta, A, b)\n  J = 0.5 * theta' * A * theta - b' * theta;\nend\n")
    code = octave_numerical_gradient_code("quadcost", ["theta", "A", "b"])
    script = ("A = [4 1 0; 1 3 1; 0 1 2]; b = [1; -2; 0.5]; theta = [0.3; -0.7; 1.1];\n" + code
              + "printf('%.17g\\n', numgrad);\n")
    out = subprocess.run(["octave-cli", "--no-gui", "--norc", "--quiet", "--eval",
                          f"addpath('{tmp_path}'); {script}"],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    got = np.array([float(v) for v in out.split()])
    A = np.array([[4, 1, 0], [1, 3, 1], [0, 1, 2]], float)
    expected = A @ np.array([0.3, -0.7, 1.1]) - np.array([1, -2, 0.5])
    np.testing.assert_allclose(got, expected, atol=1e-8)
