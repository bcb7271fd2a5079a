"""The pytest plugin's life cycle, tested with pytester against real Octave.

A temporary project with a .m file, a correct and a broken port and a
portcheck.toml; pytest runs it with the plugin loaded from its entry point.
"""
import os
import subprocess
import sys

import numpy as np
import pytest

from portcheck.errors import ParityError, UsageError
from portcheck.workflow.parity import assert_parity

from .ridge_project import M_FILE, PORTS

pytest_plugins = ["pytester"]

#: Inner runs skip the cache and hypothesis's plugin (importing hypothesis costs ~1.5 s per run).
FAST = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
pytestmark = pytest.mark.octave


SPEC = """\
X = { shape = [6, 3], generator = "sin" }
y = { shape = [6, 1], generator = "cos" }
theta = { shape = [3, 1], generator = "randn:1" }
lambda = 1.0
"""

TOML = f"""\
[[case]]
name = "ridgeCost"
reference = "matlab/ridgeCost.m"
port = "python/ridge.py:ridge_cost"
lambdas = [0, 1.5]
[case.inputs]
{SPEC}
[[case]]
name = "ridgeBias"
reference = "matlab/ridgeCost.m"
port = "python/ridge.py:ridge_cost_reg_bias"
[case.inputs]
{SPEC}"""

TESTS = """\
import numpy as np

DATA = {"X": np.reshape(np.sin(np.arange(1.0, 19.0)), (6, 3), order="F"),
        "y": np.cos(np.arange(1.0, 7.0)).reshape(-1, 1), "theta": np.ones((3, 1)), "lambda": 1.0}


def test_correct_port_by_path(portcheck_parity):
    result = portcheck_parity("matlab/ridgeCost.m", "python/ridge.py:ridge_cost", DATA)
    assert result.parity


def test_broken_port_by_case_name(portcheck_parity):
    portcheck_parity("ridgeCost", "python/ridge.py:ridge_cost_reg_bias")
"""


@pytest.fixture
def proj(pytester):
    pytester.mkdir("matlab")
    pytester.mkdir("python")
    (pytester.path / "matlab" / "ridgeCost.m").write_text(M_FILE)
    (pytester.path / "python" / "ridge.py").write_text(PORTS)
    (pytester.path / "portcheck.toml").write_text(TOML)
    pytester.makepyfile(test_ridge=TESTS)
    return pytester


def test_plugin_import_is_light():
    code = ("import sys; import portcheck.pytest_plugin; "
            "print([m for m in ('numpy', 'oct2py', 'scipy', 'rich', 'pandas') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"  # nothing heavy until a fixture is used


def test_options_are_prefixed_and_documented(pytester):
    result = pytester.runpytest("--help", *FAST)
    out = result.stdout.str()
    for option in ("--portcheck-rtol", "--portcheck-atol", "--portcheck-timeout", "--portcheck-no-toml", "--portcheck-no-diagnose"):
        assert option in out


def test_toml_cases_and_tests_run_and_the_broken_port_fails_with_the_diagnosis(proj):
    result = proj.runpytest_subprocess("-v", *FAST)
    result.assert_outcomes(passed=2, failed=2)
    out = result.stdout.str()
    result.stdout.fnmatch_lines([
        "portcheck.toml::ridgeCost PASSED*",
        "portcheck.toml::ridgeBias FAILED*",
        "test_ridge.py::test_correct_port_by_path PASSED*",
        "test_ridge.py::test_broken_port_by_case_name FAILED*",
    ])
    # the toml item's failure is the report itself: verdict line first, then the remedy, no Python traceback
    result.stdout.fnmatch_lines([
        "*_ portcheck.toml case 'ridgeBias' _*",
        "divergence: python/ridge.py:ridge_cost_reg_bias differs from Octave ridgeBias on 1 of 1 input set*",
        "Fix: *",
        "",
        "Port:      python/ridge.py:ridge_cost_reg_bias",
        "Reference: matlab/ridgeCost.m  (Octave *",
    ])
    # the fixture's failure: ParityError, verdict line first, the report with the diagnosis in the message
    result.stdout.fnmatch_lines([
        "*portcheck_parity(\"ridgeCost\", \"python/ridge.py:ridge_cost_reg_bias\")",
        "E       portcheck.errors.ParityError: divergence: python/ridge.py:ridge_cost_reg_bias differs from Octave ridgeCost on 1 of 2 input sets (divergence)*",
        "E       Fix: *",
    ])
    for text in ("Largest differences", "Diagnosis", "Reproduce", "  pytest test_ridge.py::test_broken_port_by_case_name", "  portcheck compare ridgeBias   (or: pytest portcheck.toml::ridgeBias)"):
        assert text in out
    assert "parity.py" not in out  # the helpers hide themselves from the traceback
    result.stdout.fnmatch_lines(["FAILED portcheck.toml::ridgeBias - divergence: *",
                                 "FAILED test_ridge.py::test_broken_port_by_case_name - portcheck.errors.Parity*"])


def test_options_reach_toml_items_and_the_fixture(proj):
    result = proj.runpytest_subprocess("--portcheck-rtol=1", "--portcheck-no-diagnose", *FAST)
    result.assert_outcomes(passed=4)


def test_no_toml_option_skips_collection(proj):
    result = proj.runpytest("--portcheck-no-toml", "--collect-only", "-q", *FAST)
    assert "portcheck.toml" not in result.stdout.str()
    result.stdout.fnmatch_lines(["*2 tests collected*"])


def test_marker_selects_toml_cases(proj):
    result = proj.runpytest("-m", "portcheck", "--collect-only", "-q", *FAST)
    result.stdout.fnmatch_lines(["portcheck.toml::ridgeCost", "portcheck.toml::ridgeBias", "*2/4 tests collected*"])


def test_invalid_toml_is_a_one_line_collection_error(proj):
    (proj.path / "portcheck.toml").write_text(TOML + "colour = 1\n")  # a key after [case.inputs] belongs to it
    result = proj.runpytest(*FAST, "portcheck.toml")
    result.stdout.fnmatch_lines(["*ERROR collecting portcheck.toml*",
                                 "UsageError: portcheck.toml: [[case]] #2 'ridgeBias': inputs: ['colour'] not in the signature; "
                                 "the .m function takes ['X', 'y', 'theta', 'lambda']",
                                 "Tip: give one entry per .m argument, spelt as in the .m file"])
    assert "Traceback" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.INTERRUPTED


SESSION_TESTS = """\
import os


def _record(octave, tag):
    with open(os.environ["PIDS_FILE"], "a") as fh:
        fh.write(f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')} {octave.pid}\\n")
    assert octave.call("plus", 1, 2)[0][0, 0] == 3


def test_a(octave): _record(octave, "a")
def test_b(octave): _record(octave, "b")
def test_c(octave): _record(octave, "c")
def test_d(octave): _record(octave, "d")
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_one_octave_per_process_closed_at_session_end(pytester, monkeypatch):
    pids_file = pytester.path / "pids.txt"
    monkeypatch.setenv("PIDS_FILE", str(pids_file))
    pytester.makepyfile(test_session=SESSION_TESTS)
    result = pytester.runpytest_subprocess(*FAST)
    result.assert_outcomes(passed=4)
    pids = {line.split()[1] for line in pids_file.read_text().splitlines()}
    assert len(pids) == 1
    assert not _alive(int(pids.pop()))


def test_one_octave_per_xdist_worker(pytester, monkeypatch):
    pids_file = pytester.path / "pids.txt"
    monkeypatch.setenv("PIDS_FILE", str(pids_file))
    pytester.makepyfile(test_session=SESSION_TESTS)
    result = pytester.runpytest_subprocess("-n", "2", *FAST)
    result.assert_outcomes(passed=4)
    rows = [line.split() for line in pids_file.read_text().splitlines()]
    by_worker = {}
    for worker, pid in rows:
        by_worker.setdefault(worker, set()).add(pid)
    assert all(len(p) == 1 for p in by_worker.values())  # one session per worker, reused
    all_pids = set().union(*by_worker.values())
    assert len(all_pids) == len(by_worker)  # and not shared between workers
    assert not any(_alive(int(p)) for p in all_pids)


# --------------------------------------------------------------------------- assert_parity directly


@pytest.fixture
def files(tmp_path):
    (tmp_path / "ridgeCost.m").write_text(M_FILE)
    (tmp_path / "ridge.py").write_text(PORTS)
    return tmp_path


DATA = {"X": np.reshape(np.sin(np.arange(1.0, 19.0)), (6, 3), order="F"),
        "y": np.cos(np.arange(1.0, 7.0)).reshape(-1, 1), "theta": np.ones((3, 1)), "lambda": 1.0}


def test_assert_parity_message_layout(files, octave):
    with pytest.raises(ParityError) as info:
        assert_parity(files / "ridgeCost.m", "ridge.py:ridge_cost_reg_bias", [DATA, dict(DATA, **{"lambda": 0.0})],
                      session=octave, root=files)
    lines = str(info.value).splitlines()
    # lambda = 0 agrees (the bias is only wrong through the regularisation term): 1 of 2 sets differ
    assert lines[0].startswith("divergence: ridge.py:ridge_cost_reg_bias differs from Octave ridgeCost on 1 of 2 input sets (divergence)")
    assert lines[1].startswith("Fix: ") and lines[2] == ""
    assert "Port:      ridge.py:ridge_cost_reg_bias" in lines and "Diagnosis" in lines
    assert f"Reference: {files / 'ridgeCost.m'}  (Octave " in str(info.value)  # outside the current directory: absolute
    assert isinstance(info.value, AssertionError)
    assert not info.value.result.parity  # the CompareResult rides along for further checks


def test_assert_parity_returns_the_result_on_parity(files, octave, monkeypatch):
    from portcheck.runner import load_port

    monkeypatch.chdir(files)
    port = load_port("ridge.py:ridge_cost")
    result = assert_parity("ridgeCost.m", port, DATA, session=octave, lambdas=[0, 2])
    assert result.parity and result.port_label == "ridge.py:ridge_cost"
    assert [s.input_set.name for s in result.sets] == ["values, lambda=0", "values, lambda=2"]


def test_usage_errors_carry_a_note_naming_the_check(files, octave):
    with pytest.raises(UsageError) as info:
        assert_parity(files / "ridgeCost.m", "ridge.py:ridge_cost", {"X": DATA["X"]}, session=octave, root=files)
    assert "no value for ['y', 'theta', 'lambda']" in str(info.value)
    assert info.value.__notes__ == [f"portcheck: while checking parity of {str(files / 'ridgeCost.m')!r} with port ridge.py:ridge_cost"]
