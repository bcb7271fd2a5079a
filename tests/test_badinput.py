"""The bad-input matrix: every way a run can go wrong, through the real CLI.

Each test runs ``portcheck`` for real -- in-process through ``main([...])`` with
the output captured, or as a subprocess where the environment itself is the
fault -- and pins the message and the exit code. docs/errors.md is the same
matrix as a table; keep the two in step.

Exit codes: 0 parity, 1 divergence (the port or the reference produced an
answer that differs, raised, or never returned: a finding), 2 usage or
environment error (nothing could be compared; one line on stderr, a ``Tip:``).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

import numpy as np
import pytest

from .adversarial.conftest import UNREADABLE, needs_unreadable

PORTCHECK = [sys.executable, "-m", "portcheck"]
INSTALL = "sudo apt-get install octave"

GOOD = "from portcheck.ports.ex4 import nnCostFunction as _good\nimport numpy as np\n\n"
PORTS = {
    "raises": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
              "    Y = np.eye(int(num_labels))[y.ravel().astype(int)]\n    return 0.0, nn_params\n",
    "wrong_type": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
                  "    J, grad = _good(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)\n"
                  "    return str(J), {'grad': grad}\n",
    "nan": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
           "    J, grad = _good(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)\n"
           "    return float('nan'), grad\n",
    "inf": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
           "    J, grad = _good(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)\n"
           "    grad = grad.copy()\n    grad[3] = np.inf\n    return J, grad\n",
    "complex": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
               "    J, grad = _good(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)\n"
               "    return np.log(complex(-J)), grad\n",
    "wrong_shape": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
                   "    J, grad = _good(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)\n"
                   "    return J, grad[:-1]\n",
    "undefined_name": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
                      "    return J_total, nn_params\n",
    "never_returns": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
                     "    err = 1.0\n    while err > 0:\n        err = err * 1.0\n    return err, nn_params\n",
    "mutates": "def f(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):\n"
               "    J, grad = _good(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)\n"
               "    X[:] = 0.0\n    return J, grad\n",
    "wrong_arity": "def f(nn_params, X, y):\n    return 0.0, nn_params\n",
}

REFERENCES = {
    "scale": "function y = scale(x, k)\n  y = x * k;\nend\n",
    "scale_syntax": "function y = scale_syntax(x, k)\n  y = x +* k;\nend\n",
    "scale_undef": "function y = scale_undef(x, k)\n  y = sigmoid_helper(x) * k;\nend\n",
    "scale_nonc": "function y = scale_nonc(x, k)\n  y = x * [1 2 3];\nend\n",
    "scale_keyboard": "function y = scale_keyboard(x, k)\n  keyboard;\n  y = x * k;\nend\n",
    "scale_input": "function y = scale_input(x, k)\n  k = input('k? ');\n  y = x * k;\nend\n",
    "scale_loop": "function y = scale_loop(x, k)\n  y = x;\n  while true\n    y = y + 0;\n  end\nend\n",
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A user's folder: ports, reference .m files, an inputs file; the test runs from inside it."""
    for name, body in PORTS.items():
        (tmp_path / f"{name}.py").write_text(GOOD + body)
    for name, body in REFERENCES.items():
        (tmp_path / f"{name}.m").write_text(body)
    (tmp_path / "port.py").write_text("def scale(x, k):\n    return x * k\n")
    np.savez(tmp_path / "in.npz", x=np.arange(6.0).reshape(3, 2), k=2.0)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def one_error_line(err: str) -> str:
    """stderr must be one 'portcheck: error:' line, optionally a Tip, and never a traceback."""
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    assert 1 <= len(lines) <= 2, err
    assert lines[0].startswith("portcheck: error: ")
    if len(lines) == 2:
        assert lines[1].startswith("Tip: ")
    return lines[0][len("portcheck: error: "):]


# -- the environment ----------------------------------------------------------------------------------


def test_octave_executable_pointing_nowhere(run_cli, monkeypatch, tmp_path):
    monkeypatch.setenv("OCTAVE_EXECUTABLE", str(tmp_path / "no" / "octave-cli"))
    r = run_cli("compare", "nnCost")
    assert r.code == 2 and r.out == ""
    assert one_error_line(r.err) == (f"GNU Octave not found: OCTAVE_EXECUTABLE={str(tmp_path / 'no' / 'octave-cli')!r} is "
                                     f"not a runnable file; fix the variable or unset it, or install it with '{INSTALL}' "
                                     "(Debian/Ubuntu), or set OCTAVE_EXECUTABLE to its path")


def test_no_octave_on_path_subprocess(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "OCTAVE_EXECUTABLE"}
    env["PATH"] = str(tmp_path)  # an empty directory: no octave-cli, no octave
    proc = subprocess.run(PORTCHECK + ["compare", "nnCost"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert one_error_line(proc.stderr) == ("GNU Octave not found (no octave-cli or octave on PATH); install it with "
                                           f"'{INSTALL}' (Debian/Ubuntu), or set OCTAVE_EXECUTABLE to its path")


def test_octave_crashing_at_start(run_cli, monkeypatch, tmp_path):
    fake = tmp_path / "octave-cli"
    fake.write_text("#!/bin/sh\necho 'octave: fatal error: libGL not found (simulated crash)' >&2\nexit 127\n")
    fake.chmod(0o755)
    monkeypatch.setenv("OCTAVE_EXECUTABLE", str(fake))
    r = run_cli("compare", "nnCost")
    assert r.code == 2
    assert one_error_line(r.err) == (f"GNU Octave at {str(fake)!r} could not be started (it exited with status 127 "
                                     "during start-up: octave: fatal error: libGL not found (simulated crash)); install it with "
                                     f"'{INSTALL}' (Debian/Ubuntu), or set OCTAVE_EXECUTABLE to its path")


# -- the reference ------------------------------------------------------------------------------------


def user_pair(m_file, *extra):
    return ("compare", "--octave", m_file, "--python", "port.py:scale", "--inputs", "in.npz", *extra)


def test_reference_parity_baseline(run_cli, project):
    r = run_cli(*user_pair("scale.m"))
    assert r.code == 0, r.err
    assert r.out.startswith("parity: port.py:scale matches Octave scale on 1 input set")


def test_reference_file_missing(run_cli, project):
    r = run_cli(*user_pair("missing.m"))
    assert r.code == 2
    assert one_error_line(r.err) == f"reference file not found: {str(project / 'missing.m')!r}; check the path"


def test_reference_with_a_syntax_error(run_cli, project):
    r = run_cli(*user_pair("scale_syntax.m"))
    assert r.code == 2
    assert one_error_line(r.err) == (f"the reference scale_syntax.m cannot be parsed: parse error near line 2 of file "
                                     f"{project / 'scale_syntax.m'}: syntax error in 'y = x +* k;'")
    assert r.err.splitlines()[1] == "Tip: fix the syntax of the .m file; Octave shows the line above the caret"


def test_reference_calling_an_undefined_function(run_cli, project):
    r = run_cli(*user_pair("scale_undef.m"))
    assert r.code == 2
    assert one_error_line(r.err) == ("the reference scale_undef() cannot run: 'sigmoid_helper' undefined near line 2, "
                                     "column 7 (in scale_undef at line 2)")
    assert "put sigmoid_helper.m next to scale_undef.m" in r.err


def test_reference_raising_at_run_time_is_a_finding(run_cli, project):
    r = run_cli(*user_pair("scale_nonc.m"))
    assert r.code == 1, r.err
    assert r.out.splitlines()[0] == ("divergence: port.py:scale differs from Octave scale_nonc on 1 of 1 input set "
                                     "(reference-raised); confirmed: the Octave reference raised")
    assert ("[confirmed] the Octave reference raised: operator *: nonconformant arguments (op1 is 3x2, op2 is 1x3)"
            in r.out)


@pytest.mark.parametrize("m_file, message", [
    ("scale_keyboard.m", "the Octave code asked for keyboard input during scale_keyboard() (prompt 'keyboard>'); "
                         "portcheck runs Octave unattended, so Octave was stopped (it restarts on the next call)"),
    ("scale_input.m", "the Octave code asked for keyboard input during scale_input() (prompt 'k?'); "
                      "portcheck runs Octave unattended, so Octave was stopped (it restarts on the next call)"),
    ("scale_loop.m", "Octave call scale_loop() did not return within 1 s; Octave was killed and restarts on the next call"),
])
def test_reference_that_would_hang(run_cli, project, m_file, message):
    r = run_cli(*user_pair(m_file, "--timeout", "1"))
    assert r.code == 2
    assert one_error_line(r.err) == message
    assert r.err.splitlines()[1].startswith(("Tip: remove the input()/keyboard/pause call", "Tip: raise the limit with --timeout"))


@pytest.mark.parametrize("name, content, message", [
    ("corrupt.npz", b"PK\x03\x04 not really a zip", "--inputs='corrupt.npz': not a readable .npz file (BadZipFile: "
                                                     "File is not a zip file); re-create it with numpy.savez"),
    ("corrupt.mat", b"MATLAB 5.0 MAT-file" + b"\x00garbage" * 8, "--inputs='corrupt.mat': not a readable .mat file ("),
    ("text.npz", b"x,k\n1,2\n", "--inputs='text.npz': not a .npz file (not a zip archive: starts with b'x,k\\n'); "
                               "re-create it with numpy.savez(f, X=X, y=y, ...)"),
])
def test_corrupt_inputs_file(run_cli, project, name, content, message):
    (project / name).write_bytes(content)
    r = run_cli("compare", "--octave", "scale.m", "--python", "port.py:scale", "--inputs", name)
    assert r.code == 2
    assert one_error_line(r.err).startswith(message)


# -- the port -------------------------------------------------------------------------------------------


def nncost(port: str, *extra):
    return ("compare", "nnCost", "--python", port, "--lambda", "0", *extra)


def test_port_file_missing(run_cli, project):
    r = run_cli(*nncost("nowhere.py:f"))
    assert r.code == 2
    assert one_error_line(r.err) == "port file not found: 'nowhere.py' (from --python='nowhere.py:f'); check the path"


def test_port_failing_to_import(run_cli, project):
    (project / "broken.py").write_text("import numpy as np\nW = np.zeros(3) @ np.zeros(4)\n\ndef f(x):\n    return x\n")
    r = run_cli(*nncost("broken.py:f"))
    assert r.code == 2
    lines = r.err.strip().splitlines()
    assert lines[0] == "Traceback (most recent call last):"  # the user's own traceback, and only theirs
    assert f'File "{project / "broken.py"}", line 2, in <module>' in r.err
    assert "portcheck/" not in r.err.replace(str(project), "")
    assert lines[-2].startswith("portcheck: error: importing 'broken.py' failed: ValueError: matmul:")
    assert lines[-2].endswith(" at broken.py:2")
    assert lines[-1] == "Tip: fix the error in your file; its traceback is shown above"


def test_port_function_missing(run_cli, project):
    r = run_cli(*nncost("raises.py:nnCostFunction"))
    assert r.code == 2
    assert one_error_line(r.err) == "raises.py defines no function 'nnCostFunction'; functions defined there: f"


def test_port_with_the_wrong_arity(run_cli, project):
    r = run_cli(*nncost("wrong_arity.py:f"))
    assert r.code == 2
    assert one_error_line(r.err) == ("f() takes 3 arguments ['nn_params', 'X', 'y'] but the reference passes 7 "
                                     "['nn_params', 'input_layer_size', 'hidden_layer_size', 'num_labels', 'X', 'y', "
                                     "'lambda']; ['input_layer_size', 'hidden_layer_size', 'num_labels', 'lambda'] "
                                     "would be dropped")
    assert r.err.splitlines()[1] == "Tip: give the port a parameter for each reference input, or map them with --args"


def flat(text: str) -> str:
    """The report with line wrapping undone (the renderer wraps long findings)."""
    return " ".join(text.replace(" | ", " ").split())


def compare_json(run_cli, port: str, *extra) -> dict:
    import json

    r = run_cli(*nncost(port, "--json", *extra))
    assert r.code == 1, r.err
    doc = json.loads(r.out)
    assert doc["verdict"] == "divergence" and doc["exit_code"] == 1
    assert re.match(rf"divergence: {re.escape(port)} differs from Octave nnCostFunction on \d+ of \d+ input sets",
                    doc["summary"]), doc["summary"]
    return doc


def test_port_raising(run_cli, project):
    r = run_cli(*nncost("raises.py:f"))
    assert r.code == 1, r.err
    text = flat(r.out)
    # the raise is read as what it is: 1-based labels used as 0-based indices (y - 1 lets the port run)
    assert "index base: a position off by one" in r.out.splitlines()[0]
    assert "IndexError: index 3 is out of bounds for axis 0 with size 3" in text
    assert "where: raises.py:5: Y = np.eye(int(num_labels))[y.ravel().astype(int)]" in text
    assert f'File "{project / "raises.py"}", line 5, in f' in r.out  # the user's traceback, under the finding
    doc = compare_json(run_cli, "raises.py:f")
    err = doc["input_sets"][0]["port"]["error"]
    assert (err["type"], err["line"], err["source"]) == ("IndexError", 5, "Y = np.eye(int(num_labels))[y.ravel().astype(int)]")
    assert err["traceback"].endswith("IndexError: index 3 is out of bounds for axis 0 with size 3")
    assert "portcheck" not in err["traceback"].replace(str(project), "")


def test_port_reading_an_undefined_name(run_cli, project):
    doc = compare_json(run_cli, "undefined_name.py:f")
    err = doc["input_sets"][0]["port"]["error"]
    assert (err["type"], err["message"], err["source"]) == ("NameError", "name 'J_total' is not defined",
                                                            "return J_total, nn_params")
    finding = next(f for f in doc["findings"] if f["id"] == "port-raised")
    assert finding["evidence"].startswith("NameError: name 'J_total' is not defined -- likely cause: ")


def test_port_never_returning(run_cli, project):
    # 4 s, not 1: the limit also bounds the import of the port's module (numpy), slow on a loaded machine
    r = run_cli(*nncost("never_returns.py:f", "--timeout", "4"))
    assert r.code == 1, r.err
    assert "(port-raised); confirmed: the port did not return in time" in r.out.splitlines()[0]
    # the port runs in its own process: its stack is sampled where the loop happens to be
    assert any(f"did not return within 4 s (stopped at never_returns.py:{where})" in flat(r.out)
               for where in ("6: while err > 0:", "7: err = err * 1.0, in the loop at never_returns.py:6: while err > 0:"))
    doc = compare_json(run_cli, "never_returns.py:f", "--timeout", "4")
    first, later = doc["input_sets"][0]["port"]["error"], doc["input_sets"][1]["port"]["error"]
    assert first["type"] == "PortTimeout" and (first["line"], first["source"]) in ((6, "while err > 0:"),
                                                                                 (7, "err = err * 1.0"))
    assert later["message"].startswith("not run again: did not return within 4 s")  # the limit is paid once


def test_port_returning_the_wrong_type(run_cli, project):
    doc = compare_json(run_cli, "wrong_type.py:f")
    outs = doc["input_sets"][0]["comparison"]["outputs"]
    assert [(o["name"], o["status"], o["message"]) for o in outs] == [
        ("J", "type", "PORT returned a str where OCTAVE returned numbers of shape (1, 1)"),
        ("grad", "type", "PORT returned a dict where OCTAVE returned numbers of shape (38, 1)")]
    assert any(f["id"] == "output-type" and f["status"] == "confirmed" for f in doc["findings"])


@pytest.mark.parametrize("port, output, port_value", [
    ("nan.py:f", "J", ["nan"]),
    ("complex.py:f", "J", [{"real": pytest.approx(0.7423898946), "imag": pytest.approx(np.pi)}]),
])
def test_port_returning_nan_or_complex_values(run_cli, project, port, output, port_value):
    doc = compare_json(run_cli, port)
    s = doc["input_sets"][0]
    k = [o["name"] for o in s["comparison"]["outputs"]].index(output)
    cmp = s["comparison"]["outputs"][k]
    assert cmp["status"] == "divergence" and cmp["mismatched"] == 1
    assert s["port"]["outputs"][k]["values"] == port_value  # shown as it is: nothing dropped or hidden


def test_port_returning_inf(run_cli, project):
    doc = compare_json(run_cli, "inf.py:f")
    grad = doc["input_sets"][0]["comparison"]["outputs"][1]
    assert (grad["name"], grad["status"], grad["mismatched"], grad["max_abs"]) == ("grad", "divergence", 1, "inf")
    assert grad["worst"][0]["port"] == "inf" and grad["worst"][0]["label"] == "Theta1[3, 0] (Octave Theta1(4,1))"


def test_port_returning_the_wrong_shape(run_cli, project):
    r = run_cli(*nncost("wrong_shape.py:f"))
    assert r.code == 1
    assert "grad on debug, lambda=0: PORT shape (37,), OCTAVE shape (38, 1) -- shapes differ" in r.out
    doc = compare_json(run_cli, "wrong_shape.py:f")
    grad = doc["input_sets"][0]["comparison"]["outputs"][1]
    assert (grad["status"], grad["port_shape"], grad["octave_shape"]) == ("divergence", [37], [38, 1])


def test_port_writing_into_its_inputs_leaves_them_alone(run_cli, project):
    doc = compare_json(run_cli, "mutates.py:f")
    assert doc["input_sets"][0]["port"]["mutated"] == ["X"]
    finding = next(f for f in doc["findings"] if f["id"] == "input-mutation")
    assert finding["status"] == "confirmed" and "X" in finding["evidence"]


# -- the command line ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("args, message", [
    (("compare", "nnCost", "--bogus"), "unrecognized arguments: --bogus"),
    (("compare", "nnCost", "--rtol", "-1"), "argument --rtol: must be a finite number >= 0, got '-1'"),
    (("compare", "nnCost", "--atol", "nan"), "argument --atol: must be a finite number >= 0, got 'nan'"),
    (("compare", "nnCost", "--atol", "inf"), "argument --atol: must be a finite number >= 0, got 'inf'"),
    (("compare", "nnCost", "--lambda", ""), "argument --lambda: expected at least one number (numbers separated by "
                                            "commas), got ''"),
    (("gradcheck", "nnCost", "--timeout", "0"), "argument --timeout: must be > 0, got '0'"),
    (("compare", "nnCost", "--timeout", "0"), "argument --timeout: must be > 0, got '0'"),
    (("compare", "nnCost", "--timeout", "soon"), "argument --timeout: expected a number, got 'soon'"),
    (("compare", "nnCost", "--size", "huge"), "argument --size: invalid choice: 'huge' (choose from "),
    (("compare", "nnCost", "--lambda", "a,b"), "argument --lambda: expected numbers separated by commas, got 'a,b'"),
    (("frobnicate",), "argument COMMAND: invalid choice: 'frobnicate'"),
])
def test_bad_arguments(run_cli, args, message):
    r = run_cli(*args)
    assert r.code == 2 and r.out == ""
    lines = r.err.strip().splitlines()
    assert lines[0].startswith(f"portcheck: error: {message}"), r.err
    assert lines[-1].startswith("Tip: run 'portcheck") and lines[-1].endswith("--help' for the options")


@pytest.mark.parametrize("args, message", [
    (("compare",), "compare needs a case name, e.g. 'portcheck compare nnCost'"),
    (("compare", "nnCostFun"), "unknown case 'nnCostFun'; built-in cases are: "),
    (("compare", "nnCost", "--python", "port.py"), "--python='port.py': expected FILE.py:FUNCTION, e.g. my_port.py:nnCostFunction"),
    (("compare", "nnCost", "--python", "port.py:1x"), "--python='port.py:1x': '1x' is not a Python function name"),
    (("compare", "nnCost", "--inputs", "in.npz"), "--inputs='in.npz': missing input(s) ['nn_params', "),
    (("compare", "nnCost", "--args", "lambda"), "--args='lambda': each item must be PORT_ARG=OCTAVE_ARG, got 'lambda'"),
])
def test_bad_argument_values(run_cli, project, args, message):
    r = run_cli(*args)
    assert r.code == 2 and r.out == ""
    assert one_error_line(r.err).startswith(message)


# -- user mistakes that once ended in exit 3 (issue 11): one line, exit 2 -----------------------------------------

def test_reference_is_a_directory(run_cli, project):
    (project / "folder.m").mkdir()
    r = run_cli(*user_pair("folder.m"))
    assert r.code == 2 and r.out == ""
    assert one_error_line(r.err) == (f"reference {str(project / 'folder.m')!r} is a directory, not a .m file; give the "
                                     "path of the .m file (a folder of helpers goes in --path or path = [...] in "
                                     "portcheck.toml)")


@needs_unreadable
def test_reference_unreadable(run_cli, project):
    os.symlink(UNREADABLE, project / "locked.m")
    r = run_cli(*user_pair("locked.m"))
    assert r.code == 2
    assert one_error_line(r.err) == (f"cannot read the reference {UNREADABLE!r}: Permission denied; check that the "
                                     "file exists and that you may read it")


@needs_unreadable
@pytest.mark.parametrize("suffix", [".npz", ".mat"])
def test_inputs_unreadable(run_cli, project, suffix):
    os.symlink(UNREADABLE, project / f"locked{suffix}")
    r = run_cli("compare", "--octave", "scale.m", "--python", "port.py:scale", "--inputs", f"locked{suffix}")
    assert r.code == 2
    assert one_error_line(r.err) == (f"--inputs='locked{suffix}': cannot be read (Permission denied); check that you "
                                     "may read it")


def test_inputs_sparse(run_cli, project):
    import scipy.io
    import scipy.sparse

    scipy.io.savemat(project / "sparse.mat", {"x": scipy.sparse.csc_matrix(np.eye(3)), "k": 2.0})
    r = run_cli("compare", "--octave", "scale.m", "--python", "port.py:scale", "--inputs", "sparse.mat")
    assert r.code == 2
    assert one_error_line(r.err) == ("--inputs='sparse.mat': 'x' is a sparse matrix, which portcheck does not pass to "
                                     "Octave and the port; save it as a full matrix")
    assert "Tip: in Octave: x = full(x); save('-v7', ...)" in r.err


def test_reference_without_outputs(run_cli, project):
    (project / "noout.m").write_text("function noout(x, k)\n  z = x * k;\nend\n")
    (project / "noport.py").write_text("def noout(x, k):\n    return None\n")
    r = run_cli("compare", "--octave", "noout.m", "--python", "noport.py:noout", "--inputs", "in.npz")
    assert r.code == 2 and r.out == ""
    assert one_error_line(r.err) == ("the reference noout.m returns no outputs (function noout(x, k)), so there is "
                                     "nothing to compare")


def test_empty_inputs_are_not_parity(run_cli, project):
    np.savez(project / "empty.npz", x=np.zeros((0, 2)), k=2.0)
    r = run_cli("compare", "--octave", "scale.m", "--python", "port.py:scale", "--inputs", "empty.npz")
    assert r.code == 1
    assert r.out.startswith("inconclusive: port.py:scale vs Octave scale on 1 input set: nothing differs, but no value "
                            "was compared: every output is empty (or absent) on every input set -- not parity")


@pytest.mark.parametrize("temp", ["file", "under_a_file"])
def test_temp_dir_unusable(project, tmp_path, temp):
    """PORTCHECK_TEMP_DIR that is a file, or under one: the file system refuses, exit 2 with the path."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    env = {**os.environ, "PORTCHECK_TEMP_DIR": str(blocker if temp == "file" else blocker / "sub")}
    proc = subprocess.run(PORTCHECK + ["compare", "--octave", "scale.m", "--python", "port.py:scale", "--inputs",
                                       "in.npz"], capture_output=True, text=True, env=env, timeout=300, cwd=project)
    assert proc.returncode == 2 and proc.stdout == "", proc.stderr
    line = one_error_line(proc.stderr)
    assert "PORTCHECK_TEMP_DIR" in line and str(blocker) in line and "cannot be created" in line


def test_gradcheck_function_that_raises_is_a_finding(run_cli, project):
    (project / "cost.py").write_text("import numpy as np\nx0 = np.ones(3)\n\ndef f(x):\n    raise ValueError('boom')\n")
    r = run_cli("gradcheck", "cost.py:f", "--x0", "cost.py:x0", "--points", "1")
    assert r.code == 1
    assert r.out.startswith("FAIL: the port raised ValueError: boom at cost.py:5")


def test_gradcheck_function_that_hangs_is_a_finding(run_cli, project):
    (project / "cost.py").write_text("import numpy as np\nx0 = np.ones(3)\n\ndef f(x):\n    while True:\n        pass\n")
    r = run_cli("gradcheck", "cost.py:f", "--x0", "cost.py:x0", "--points", "1", "--timeout", "5")
    assert r.code == 1
    # the loop's test or its body, wherever the timer found it: both name the loop that never ends
    first = r.out.splitlines()[0]
    assert first.startswith("FAIL: the port raised PortTimeout: did not return within 5 s (stopped at cost.py:"), first
    assert "cost.py:5: while True:" in first, first


def test_gradcheck_point_that_is_not_numbers(run_cli, project):
    (project / "cost.py").write_text("import numpy as np\nx0 = 'abc'\n\ndef f(x):\n    return float(x @ x), 2 * x\n")
    r = run_cli("gradcheck", "cost.py:f", "--x0", "cost.py:x0")
    assert r.code == 2
    assert one_error_line(r.err) == "--x0='cost.py:x0' is not numbers (a <U3 array of shape ())"


def test_gradcheck_point_file_that_exits(run_cli, project):
    """The --x0 file runs in a forked child: its os._exit ends the child, not portcheck."""
    (project / "cost.py").write_text("import numpy as np\n\ndef f(x):\n    return float(x @ x), 2 * x\n")
    (project / "point.py").write_text("import os\nos._exit(0)\n")
    r = run_cli("gradcheck", "cost.py:f", "--x0", "point.py:x0")
    assert r.code == 2
    assert one_error_line(r.err) == "--x0='point.py:x0': running point.py failed: PortExited: called os._exit(0) at point.py:2"
