"""`portcheck new path/f.m`: the toml entry (itself the parity test), the port skeleton; never overwrite."""
import importlib.util
import inspect

import pytest

from portcheck.cases.project import load_project

from .ridge_project import M_FILE

pytest_plugins = ["pytester"]

#: Inner runs skip the cache and hypothesis's plugin (importing hypothesis costs ~1.5 s per run).
FAST = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")


PORT = """\
import numpy as np


def ridgeCost(X, y, theta, lambda_):
    m = y.shape[0]
    r = X @ theta - y
    J = (r.T @ r).item() / (2 * m) + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    grad = X.T @ r / m
    grad[1:] += lambda_ / m * theta[1:]
    return J, grad
"""


@pytest.fixture
def proj(tmp_path, monkeypatch):
    (tmp_path / "matlab").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "matlab" / "ridgeCost.m").write_text(M_FILE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_writes_the_case_and_the_port_and_no_second_test(proj, run_cli):
    code, out, err = run_cli("new", "matlab/ridgeCost.m")
    assert code == 0, err
    assert out.splitlines() == [
        "scaffolded ridgeCost: a [[case]] in portcheck.toml (pytest collects it as a parity test) and a port skeleton",
        '  created  portcheck.toml   [[case]] "ridgeCost": FILL IN the guessed input shapes',
        "  created  ridgeCost.py   port skeleton: raises NotImplementedError until you translate the .m body",
        "Next: edit ridgeCost.py, then run: pytest portcheck.toml::ridgeCost   (or: portcheck compare ridgeCost)",
    ]
    assert list((proj / "tests").iterdir()) == []  # the [[case]] is the test: a second one would run it twice
    (case,) = load_project(proj / "portcheck.toml").cases
    assert (case.name, case.port, case.reference_path) == ("ridgeCost", "ridgeCost.py:ridgeCost", proj / "matlab" / "ridgeCost.m")
    toml = (proj / "portcheck.toml").read_text()
    assert "FILL IN: the input shapes and values below are GUESSES" in toml
    assert 'X = { shape = [5, 3], generator = "sin" }          # FILL IN: shape (guessed: a matrix, one example per row)' in toml
    assert "lambda = 1.0" in toml
    sets = case.build_inputs()  # the guesses are valid inputs
    assert {k: v.shape for k, v in sets[0].values.items() if hasattr(v, "shape")} == {"X": (5, 3), "y": (5, 1), "theta": (3, 1)}

    spec = importlib.util.spec_from_file_location("skeleton", proj / "ridgeCost.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert list(inspect.signature(module.ridgeCost).parameters) == ["X", "y", "theta", "lambda_"]
    with pytest.raises(NotImplementedError, match=r"ridgeCost is not ported yet: translate ridgeCost.m into ridgeCost.py "
                                                  r"\(return J, grad\), then run 'pytest portcheck.toml::ridgeCost'"):
        module.ridgeCost(1, 2, 3, 4)
    source = (proj / "ridgeCost.py").read_text()
    assert "    # J = (r' * r) / (2 * m) + lambda / (2 * m) * sum(theta(2:end) .^ 2);" in source  # the .m body, to translate
    assert "    J : ndarray or float" in source and "    grad : ndarray or float" in source


def test_new_writes_a_test_file_only_when_asked(proj, run_cli):
    code, out, _ = run_cli("new", "matlab/ridgeCost.m", "--test", "tests/test_ridge.py")
    assert code == 0
    assert "  created  tests/test_ridge.py   parity test: fails until the port matches Octave" in out.splitlines()
    assert 'portcheck_parity("ridgeCost")' in (proj / "tests" / "test_ridge.py").read_text()


def test_new_never_overwrites(proj, run_cli):
    (proj / "ridgeCost.py").write_text("# mine\n")
    code, out, err = run_cli("new", "matlab/ridgeCost.m")
    assert code == 2 and out == ""
    assert err == "portcheck: error: ridgeCost.py exists; portcheck new never overwrites a file (choose another path with --port)\n"
    assert (proj / "ridgeCost.py").read_text() == "# mine\n"
    assert not (proj / "portcheck.toml").exists() and list((proj / "tests").iterdir()) == []


def test_new_refuses_a_second_case_of_the_same_name(proj, run_cli):
    assert run_cli("new", "matlab/ridgeCost.m").code == 0
    before = (proj / "portcheck.toml").read_text()
    code, _, err = run_cli("new", "matlab/ridgeCost.m", "--port", "other.py", "--test", "tests/test_other.py")
    assert code == 2
    assert err == ("portcheck: error: portcheck.toml already has a [[case]] named 'ridgeCost'; not adding another "
                   "(edit that entry, or remove it to scaffold again)\n")
    assert (proj / "portcheck.toml").read_text() == before and not (proj / "other.py").exists()


def test_new_appends_to_an_existing_toml_found_upward(proj, monkeypatch, run_cli):
    (proj / "portcheck.toml").write_text('# my project\nrtol = 1e-8\n\n[[case]]\nname = "other"\nreference = "o.m"\n'
                                         'port = "o.py:o"\ninputs = "o.npz"\n')
    sub = proj / "src"
    sub.mkdir()
    monkeypatch.chdir(sub)
    code, out, _ = run_cli("new", "../matlab/ridgeCost.m", "--port", "ports/ridge.py")
    assert code == 0
    text = (proj / "portcheck.toml").read_text()
    assert text.startswith('# my project\nrtol = 1e-8\n\n[[case]]\nname = "other"')
    project = load_project(proj / "portcheck.toml")
    assert [c.name for c in project.cases] == ["other", "ridgeCost"]
    assert project.cases[1].port == "src/ports/ridge.py:ridgeCost" and project.cases[1].rtol == 1e-8
    assert (sub / "ports" / "ridge.py").exists() and list((proj / "tests").iterdir()) == []


@pytest.mark.parametrize("text, name, message", [
    ("x = 1;\ndisp(x)\n", "script.m", "no 'function ... = name(...)' line found in"),
    ("function y = other(x)\ny = x;\n", "f.m", "'matlab/f.m' defines function 'other', but Octave calls a file's function by the file name 'f'"),
])
def test_new_refuses_what_octave_could_not_call(proj, text, name, message, run_cli):
    (proj / "matlab" / name).write_text(text)
    code, _, err = run_cli("new", f"matlab/{name}")
    assert code == 2 and message in err.splitlines()[0]


@pytest.mark.octave
def test_the_scaffolded_case_fails_until_the_port_is_written_and_runs_once(pytester, monkeypatch, run_cli):
    (pytester.path / "matlab").mkdir()
    (pytester.path / "matlab" / "ridgeCost.m").write_text(M_FILE)
    monkeypatch.chdir(pytester.path)
    assert run_cli("new", "matlab/ridgeCost.m").code == 0
    result = pytester.runpytest_subprocess(*FAST, "-v", "portcheck.toml")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "divergence: ridgeCost.py:ridgeCost differs from Octave ridgeCost on 1 of 1 input set (port-raised)*",
        "Fix: write the port -- it raised NotImplementedError: ridgeCost is not ported yet*",
    ])
    counting = PORT.replace("    m = ", f"    open({str(pytester.path / 'calls.txt')!r}, 'a').write('call\\n')\n    m = ", 1)
    assert counting != PORT
    (pytester.path / "ridgeCost.py").write_text(counting)
    assert run_cli("compare", "ridgeCost").code == 0  # one comparison: its calls (the representation search's too)
    once = (pytester.path / "calls.txt").read_text()
    (pytester.path / "calls.txt").unlink()
    # a second test of the same case (older scaffolds wrote one) shares the collected item's comparison
    (pytester.path / "test_ridgeCost_parity.py").write_text(
        "def test_ridgeCost_parity(portcheck_parity):\n    portcheck_parity('ridgeCost')\n")
    result = pytester.runpytest_subprocess(*FAST, "portcheck.toml", "test_ridgeCost_parity.py")
    result.assert_outcomes(passed=2)
    assert (pytester.path / "calls.txt").read_text() == once  # the two tests share one comparison


def test_new_guesses_numbers_for_scalars_and_never_shadows_a_builtin(proj, run_cli):
    (proj / "matlab" / "frames.m").write_text(
        "function F = frames(x, N, hop, range)\n%FRAMES frames of N samples\nnf = floor((numel(x) - N) / hop) + 1;\n"
        "F = zeros(nf, N);\nfor k = 1:nf\n  F(k, :) = x((k - 1) * hop + (1:N)) * range;\nend\nend\n")
    assert run_cli("new", "matlab/frames.m").code == 0
    toml = (proj / "portcheck.toml").read_text()
    entries = {line.split(" = ")[0]: " ".join(line.split()) for line in toml.splitlines() if " = " in line}
    assert entries["N"] == "N = 3 # FILL IN: a number (guessed from the name)"
    assert entries["hop"].startswith("hop = 4 # FILL IN: a number") and entries["range"].startswith("range = 4")
    assert entries["x"] == 'x = { shape = [5, 1], generator = "cos" } # FILL IN: shape (guessed: a column vector)'
    assert "example" not in toml.split("[[case]]")[1]
    source = (proj / "frames.py").read_text()
    assert "def frames(x, N, hop, range_):" in source  # 'range' would shadow the builtin the port needs


def test_a_number_is_recognised_by_how_the_m_file_uses_it():
    from portcheck.cases.scaffold import used_as_number

    body = "F = zeros(nf, N);\nfor k = 1:nf\n  y(k) = x(k * hop + (1:W));\nend\nif order > 2\nend"
    assert used_as_number("N", body) and used_as_number("nf", body) and used_as_number("W", body)
    assert used_as_number("order", body) and not used_as_number("x", body) and not used_as_number("y", body)
