"""The user's own .m/.py pair from the command line, against real Octave.

`portcheck compare --octave f.m --python f.py:f --inputs data.npz|.mat`, a
portcheck.toml case by name, `portcheck list` and `portcheck compare --all`.
"""
import json
import subprocess

import numpy as np
import pytest

from portcheck.cli import build_parser
from portcheck.cli.compare import cmd_compare

from .ridge_project import M_FILE, PORTS

pytestmark = pytest.mark.octave


TOML = """\
[[case]]
name = "ridgeCost"
reference = "matlab/ridgeCost.m"
port = "python/ridge.py:ridge_cost"
lambdas = [0, 1.5]
[case.inputs]
X = { shape = [6, 3], generator = "sin" }
y = { shape = [6, 1], generator = "cos" }
theta = { shape = [3, 1], generator = "randn:1" }
lambda = 1.0

[[case]]
name = "ridgeBias"
reference = "matlab/ridgeCost.m"
port = "python/ridge.py:ridge_cost_reg_bias"
inputs = "data/ridge.npz"
"""


@pytest.fixture
def proj(tmp_path, monkeypatch):
    (tmp_path / "matlab").mkdir()
    (tmp_path / "python").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "matlab" / "ridgeCost.m").write_text(M_FILE)
    (tmp_path / "python" / "ridge.py").write_text(PORTS)
    (tmp_path / "portcheck.toml").write_text(TOML)
    X = np.reshape(np.sin(np.arange(1.0, 19.0)), (6, 3), order="F")
    np.savez(tmp_path / "data" / "ridge.npz", X=X, y=np.cos(np.arange(1.0, 7.0)).reshape(-1, 1), theta=np.ones((3, 1)),
             **{"lambda": 2.0})
    monkeypatch.chdir(tmp_path)
    return tmp_path


OCTAVE_ARGS = ("compare", "--octave", "matlab/ridgeCost.m", "--inputs", "data/ridge.npz", "--python")


def test_own_pair_with_npz_is_parity(proj, run_cli):
    code, out, err = run_cli(*OCTAVE_ARGS, "python/ridge.py:ridge_cost")
    lines = out.splitlines()
    assert code == 0, out + err
    assert lines[0] == "parity: python/ridge.py:ridge_cost matches Octave ridgeCost on 1 input set (rtol=1e-09, atol=1e-12)"
    assert "Reference: matlab/ridgeCost.m  (Octave " in out
    assert "values from data/ridge.npz" in out
    assert "portcheck compare --octave matlab/ridgeCost.m" in out


def test_own_pair_with_a_mat_file_written_by_octave(proj, run_cli):
    script = ("X = reshape(sin(1:18), 6, 3); y = cos(1:6)'; theta = ones(3, 1); lambda = 2; "
              "save('-v7', 'data/ridge.mat', 'X', 'y', 'theta', 'lambda');")
    subprocess.run(["octave-cli", "--no-gui", "-q", "--eval", script], check=True, capture_output=True, cwd=proj)
    code, out, err = run_cli("compare", "--octave", "matlab/ridgeCost.m", "--inputs", "data/ridge.mat",
                             "--python", "python/ridge.py:ridge_cost", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["verdict"] == "parity", out + err
    assert doc["input_sets"][0]["inputs"]["lambda"]["value"] == 2.0
    assert doc["reference"]["path"] == "matlab/ridgeCost.m"


def test_own_pair_divergence_exits_1(proj, run_cli):
    code, out, _ = run_cli(*OCTAVE_ARGS, "python/ridge.py:ridge_cost_reg_bias")
    assert code == 1
    assert out.startswith("divergence: python/ridge.py:ridge_cost_reg_bias differs from Octave ridgeCost on 1 of 1 input set")
    assert "Largest differences" in out and "Diagnosis" in out


@pytest.mark.parametrize("argv, message", [
    (("compare", "--octave", "matlab/ridgeCost.m", "--python", "python/ridge.py:ridge_cost"),
     "portcheck: error: --octave needs input values: --inputs FILE.npz or FILE.mat, keyed by the .m argument names"),
    (("compare", "--octave", "matlab/ridgeCost.m", "--inputs", "data/ridge.npz"),
     "portcheck: error: --octave needs your port too: --python FILE.py:FUNCTION"),
    (OCTAVE_ARGS[:4] + ("nope.npz", "--python", "python/ridge.py:ridge_cost"),
     "portcheck: error: --inputs='nope.npz': file not found; check the path (relative paths start from the current directory)"),
    (("compare", "--octave", "matlab/nope.m", "--inputs", "data/ridge.npz", "--python", "python/ridge.py:ridge_cost"),
     "portcheck: error: reference file not found:"),
    (("compare", "ridgeCost", "--octave", "matlab/ridgeCost.m", "--inputs", "data/ridge.npz", "--python", "python/ridge.py:ridge_cost"),
     "portcheck: error: --octave compares your own .m file; drop the case name 'ridgeCost', or drop --octave"),
    (("compare", "--all", "--python", "python/ridge.py:ridge_cost"),
     "portcheck: error: --all runs each case with its own port, inputs and Octave path; drop --python"),
])
def test_usage_errors_exit_2_with_one_line(proj, argv, message, run_cli):
    code, out, err = run_cli(*argv)
    assert code == 2 and out == ""
    assert err.splitlines()[0].startswith(message)


def test_missing_key_in_the_data_file(proj, run_cli):
    np.savez(proj / "data" / "partial.npz", X=np.ones((6, 3)), y=np.ones((6, 1)))
    code, _, err = run_cli(*OCTAVE_ARGS[:4], "data/partial.npz", "--python", "python/ridge.py:ridge_cost")
    assert code == 2
    assert err.splitlines()[0] == ("portcheck: error: --inputs='data/partial.npz': missing input(s) ['theta', 'lambda'] of the "
                                   ".m signature ['X', 'y', 'theta', 'lambda']; the file holds ['X', 'y']")


def test_toml_case_by_name(proj, capsys, run_cli):
    args = build_parser().parse_args(["compare", "RidgeCost"])
    code = cmd_compare(args)
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == ("parity: python/ridge.py:ridge_cost matches Octave ridgeCost on 2 input sets "
                                   "(rtol=1e-09, atol=1e-12)")
    assert "spec, lambda=1.5" in out and "Reference: matlab/ridgeCost.m" in out
    # and through the command line
    code, out, _ = run_cli("compare", "ridgeBias")
    assert code == 1 and out.startswith("divergence: ")


def test_list_shows_project_cases(proj, run_cli):
    code, out, _ = run_cli("list", "--json")
    names = [c["name"] for c in json.loads(out)]
    assert code == 0 and names == ["ridgeCost", "ridgeBias"]  # in a project: its own cases
    code, out, _ = run_cli("list", "--json", "--builtin")
    cases = {c["name"]: c for c in json.loads(out)}
    assert code == 0 and [c["name"] for c in json.loads(out)][:2] == ["ridgeCost", "ridgeBias"]
    assert "nnCostFunction" in cases and cases["ridgeCost"]["port"] == "python/ridge.py:ridge_cost"
    code, out, _ = run_cli("list")
    assert out.splitlines()[0] == "2 case(s) from portcheck.toml (add --builtin for the course's built-in cases)"


def test_compare_all_in_a_project_runs_its_own_cases(proj, run_cli):
    code, out, err = run_cli("compare", "--all")
    lines = out.splitlines()
    assert code == 1, out + err
    assert lines[0] == "divergence: 1 of 2 cases differ from Octave: ridgeBias"
    rows = {l.split()[0]: l.split() for l in lines if l.startswith("   ") and len(l.split()) >= 6}
    assert set(rows) - {"case"} == {"ridgeCost", "ridgeBias"}


def test_compare_all_runs_builtins_and_project_cases_in_one_session(proj, run_cli):
    code, out, err = run_cli("compare", "--all", "--builtin")
    lines = out.splitlines()
    assert code == 1, out + err
    assert lines[0].startswith("divergence: 1 of ") and lines[0].endswith(" cases differ from Octave: ridgeBias")
    rows = {l.split()[0]: l.split() for l in lines if l.startswith("   ") and len(l.split()) >= 6}
    assert rows["ridgeCost"][1:4] == ["portcheck.toml", "2", "parity"]
    assert rows["ridgeBias"][1:4] == ["portcheck.toml", "1", "divergence"]
    assert rows["nnCostFunction"][1] == "built-in" and rows["nnCostFunction"][3] == "parity"
    builtin = [r for r in rows.values() if r[1] == "built-in"]
    assert builtin and all(r[3] == "parity" for r in builtin)
    assert "  portcheck compare ridgeBias" in lines
    assert "one Octave session" in out


def test_compare_all_json_and_a_case_that_cannot_run(proj, run_cli):
    (proj / "portcheck.toml").write_text(TOML.replace("data/ridge.npz", "data/missing.npz"))
    code, out, err = run_cli("compare", "--all", "--json", "--builtin")
    doc = json.loads(out)
    assert code == 2 and doc["verdict"] == "error" and doc["exit_code"] == 2  # nothing diverged, but a case could not run
    assert doc["timing"]["octave_sessions"] == 1
    by_name = {c["case"]: c for c in doc["cases"]}
    assert by_name["ridgeCost"]["verdict"] == "parity" and by_name["nnCostFunction"]["verdict"] == "parity"
    assert by_name["ridgeBias"]["verdict"] == "error"
    assert by_name["ridgeBias"]["error"].startswith("portcheck.toml: [[case]] #2 'ridgeBias': inputs='data/missing.npz': file not found")
    assert err == "error: 1 could not run: ridgeBias\n"


def test_compare_all_markdown_rows():
    from types import SimpleNamespace

    from portcheck.errors import UsageError
    from portcheck.report.summary import render_summary_markdown
    from portcheck.workflow.course import CaseOutcome, CourseRun

    case = SimpleNamespace(name="f", source="built-in")
    run = CourseRun((CaseOutcome(case, None, UsageError("inputs='x.npz': file not found"), 0.1, "portcheck compare f"),), 0.1, 0)
    assert run.headline == "error: 1 could not run: f" and run.exit_code == 2
    text = render_summary_markdown(run)
    assert text.splitlines() == [
        "**error: 1 could not run: f**", "",
        "| case | source | input sets | verdict | max abs diff | max rel diff | top finding |",
        "|---|---|---|---|---|---|---|",
        "| f | built-in | - | error | - | - | inputs='x.npz': file not found |",
    ]
