"""Recorded references: record against real Octave, replay with Octave hidden, stale snapshots name the refresh command.

The end-to-end tests run a user project under pytest and the CLI in subprocesses
whose environment hides Octave the way a CI machine without it does:
``OCTAVE_EXECUTABLE=/nonexistent`` and a ``PATH`` holding only the virtual
environment's ``bin`` (Octave is in ``/usr/bin``).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from portcheck.cases import get_case
from portcheck.errors import SnapshotError, SnapshotStale
from portcheck.snapshots import (SnapshotOptions, input_hash, m_file_hashes, reachable_m_files, snapshot_file)
from portcheck.workflow.pipeline import compare_case

from .ridge_project import M_FILE, PORTS

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

TOML = """\
[[case]]
name = "ridgeCost"
reference = "matlab/ridgeCost.m"
port = "ridge.py:ridge_cost"
lambdas = [0, 1]
[case.inputs]
X = { shape = [12, 3], generator = "sin" }
y = { shape = [12, 1], generator = "cos" }
theta = { shape = [3, 1], generator = "randn:0" }
lambda = 1.0
"""

TEST = """\
import numpy as np

X = np.column_stack([np.ones(6), np.linspace(-1, 1, 6)])
DATA = {"X": X, "y": np.sin(X[:, [1]]), "theta": np.array([[0.5], [-1.0]]), "lambda": 1.0}


def test_case(portcheck_parity):
    portcheck_parity("ridgeCost", "ridge.py:ridge_cost", rtol=1e-9)


def test_my_data(portcheck_parity):
    portcheck_parity("matlab/ridgeCost.m", "ridge.py:ridge_cost", DATA)
"""


def no_octave_env() -> dict:
    """The environment of a machine without Octave: only the venv's bin on PATH, OCTAVE_EXECUTABLE pointing nowhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "COV_"))}
    env["PATH"] = str(BIN)
    env["OCTAVE_EXECUTABLE"] = "/nonexistent"
    return env


def run(args, cwd, env=None, timeout=600):
    return subprocess.run(args, cwd=cwd, env=env or {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")},
                          capture_output=True, text=True, timeout=timeout)


def pytest_cmd(*args):
    return [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:hypothesispytest",
            "-q", "-rs", *args]


@pytest.fixture
def project(tmp_path):
    (tmp_path / "matlab").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "matlab" / "ridgeCost.m").write_text(M_FILE)
    (tmp_path / "ridge.py").write_text(PORTS)
    (tmp_path / "portcheck.toml").write_text(TOML)
    (tmp_path / "tests" / "test_parity.py").write_text(TEST)
    return tmp_path


# --------------------------------------------------------------------------- hashes and files


def test_input_hash_is_what_octave_receives():
    a = np.arange(3.0)
    assert input_hash([a, 2]) == input_hash([a.reshape(1, 3), 2.0])       # a 1-D array goes over as a row; ints as doubles
    assert input_hash([a]) != input_hash([a.reshape(3, 1)])                # a column is another value
    assert input_hash([{"b": 1, "a": "x"}]) == input_hash([{"a": "x", "b": 1}])
    assert input_hash([np.float32(1)]) != input_hash([1.0])                # single stays single in Octave
    with pytest.raises(TypeError):
        input_hash([object()])


def test_reachable_m_files_follow_calls_and_private_not_strangers(tmp_path):
    (tmp_path / "private").mkdir()
    (tmp_path / "f.m").write_text("function y = f(x)\n  y = helper(x) + feval('viaString', x);\nend\n")
    (tmp_path / "helper.m").write_text("function y = helper(x)\n  y = secret(x);\nend\n")
    (tmp_path / "private" / "secret.m").write_text("function y = secret(x)\n  y = 2 * x;\nend\n")
    (tmp_path / "viaString.m").write_text("function y = viaString(x)\n  y = x;\nend\n")
    (tmp_path / "stranger.m").write_text("function y = stranger(x)\n  y = x;\nend\n")
    names = [p.relative_to(tmp_path).as_posix() for p in reachable_m_files(tmp_path / "f.m")]
    assert names == ["f.m", "helper.m", "private/secret.m", "viaString.m"]


def test_built_in_case_hashes_name_its_helpers():
    hashes = m_file_hashes(get_case("nnCost"))
    assert "nnCostFunction.m" in hashes and "sigmoid.m" in hashes and "predict.m" not in hashes


@pytest.mark.octave
def test_record_then_replay_in_process_and_the_file_is_deterministic(project, monkeypatch, session):
    monkeypatch.chdir(project)
    case = get_case("ridgeCost")
    live = compare_case(case, session=session, snapshots=SnapshotOptions("record"))
    path = snapshot_file(case)
    assert path == project / "portcheck-snapshots" / "ridgeCost.npz"
    assert live.source.recorded and live.source.path == "portcheck-snapshots/ridgeCost.npz"
    blob = path.read_bytes()
    compare_case(case, session=session, snapshots=SnapshotOptions("record"))
    assert path.read_bytes() == blob  # recording the same outputs again changes nothing
    with np.load(path, allow_pickle=False) as z:  # plain arrays and one JSON text: no pickle
        meta = json.loads(str(z["__meta__"][()]))
    assert [e["set"] for e in meta["entries"]] == ["spec, lambda=0", "spec, lambda=1"]
    assert meta["entries"][0]["m_files"].keys() == {"ridgeCost.m"} and meta["entries"][0]["octave"]

    replayed = compare_case(case, snapshots=SnapshotOptions("replay"))
    assert replayed.verdict == "parity" and replayed.octave_round_trips == 0
    assert replayed.source.replayed and replayed.versions["octave"] == live.versions["octave"]
    for a, b in zip(live.sets, replayed.sets):
        for x, y in zip(a.reference.outputs, b.reference.outputs):
            assert np.array_equal(x, y)
    assert "replayed from portcheck-snapshots/ridgeCost.npz" in str(replayed)
    assert replayed.to_dict()["reference_source"]["kind"] == "snapshot"

    toml = project / "portcheck.toml"
    toml.write_text(TOML.replace('generator = "sin"', 'generator = "cos"'))
    with pytest.raises(SnapshotStale, match=r"is stale: the inputs of input set 'spec, lambda=0' changed since it was "
                                            r"recorded; refresh it with: portcheck record ridgeCost"):
        compare_case(get_case("ridgeCost"), snapshots=SnapshotOptions("replay"))
    toml.write_text(TOML)
    (project / "matlab" / "ridgeCost.m").write_text(M_FILE + "% a comment\n")
    with pytest.raises(SnapshotStale, match=r"snapshot portcheck-snapshots/ridgeCost.npz is stale: matlab/ridgeCost.m "
                                            r"changed since it was recorded; refresh it with: portcheck record ridgeCost"):
        compare_case(case, snapshots=SnapshotOptions("replay"))
    path.write_bytes(b"not a zip")
    with pytest.raises(SnapshotError, match="is not a readable portcheck snapshot"):
        compare_case(case, snapshots=SnapshotOptions("replay"))


@pytest.mark.octave
def test_replayed_divergence_says_the_octave_probes_were_skipped(tmp_path, monkeypatch, session):
    monkeypatch.chdir(tmp_path)
    case = get_case("nnCost")
    compare_case(case, session=session, snapshots=SnapshotOptions("record"), diagnose=False)
    from portcheck.runner import load_port

    port = load_port(str(ROOT / "examples" / "reg_bias.py") + ":nnCostFunction")
    result = compare_case(case, port=port, snapshots=SnapshotOptions("replay"))
    assert result.verdict == "divergence" and result.source.skipped_probes > 0
    assert result.findings  # the diagnosis still ran on what the snapshot holds
    text = str(result)
    assert text.splitlines()[0].startswith("divergence: ") and "Octave nnCostFunction (recorded)" in text.splitlines()[0]
    assert (f"  note: probes skipped: the diagnosis asked Octave for {result.source.skipped_probes} more evaluations "
            "(lambda = 0, transformed inputs), which a snapshot cannot answer; with Octave installed they run") in text


# --------------------------------------------------------------------------- Done-when: pytest and the CLI without Octave


@pytest.mark.octave
@pytest.mark.slow
def test_parity_tests_replay_without_octave_fail_when_stale_and_skip_without_snapshots(project):
    recorded = run(pytest_cmd("--portcheck-record", "tests", "portcheck.toml"), project)
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    assert "3 passed" in recorded.stdout
    snaps = sorted(p.name for p in (project / "portcheck-snapshots").iterdir())
    assert snaps == ["ridgeCost.npz"]  # the case's sets and the test's own data, by content

    offline = no_octave_env()
    assert shutil.which("octave-cli", path=offline["PATH"]) is None
    replayed = run(pytest_cmd("tests", "portcheck.toml"), project, offline)
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr
    assert "3 passed" in replayed.stdout and "skipped" not in replayed.stdout

    (project / "matlab" / "ridgeCost.m").write_text(M_FILE.replace("lambda / m", "lambda / m * 1"))
    stale = run(pytest_cmd("tests", "portcheck.toml"), project, offline)
    assert stale.returncode == 1 and "3 failed" in stale.stdout
    assert ("snapshot portcheck-snapshots/ridgeCost.npz is stale: matlab/ridgeCost.m changed since it was recorded; "
            "refresh it with: portcheck record ridgeCost") in stale.stdout
    assert "refresh it with: pytest 'tests/test_parity.py::test_my_data' --portcheck-record" in stale.stdout

    shutil.rmtree(project / "portcheck-snapshots")
    skipped = run(pytest_cmd("tests", "portcheck.toml"), project, offline)
    assert skipped.returncode == 0 and "3 skipped" in skipped.stdout, skipped.stdout
    reasons = [l for l in skipped.stdout.splitlines() if l.startswith("SKIPPED")]
    assert len(reasons) == 3 and all("portcheck: GNU Octave not found: OCTAVE_EXECUTABLE='/nonexistent'" in l for l in reasons)
    assert "Traceback" not in skipped.stdout


@pytest.mark.octave
@pytest.mark.slow
def test_cli_replays_when_octave_is_missing_and_names_the_refresh_command(project):
    portcheck = [str(BIN / "portcheck")]
    rec = run(portcheck + ["record", "ridgeCost"], project)
    assert rec.returncode == 0, rec.stderr
    assert rec.stdout.splitlines()[0].startswith("recorded ridgeCost: 2 input sets -> portcheck-snapshots/ridgeCost.npz (Octave ")

    offline = no_octave_env()
    out = run(portcheck + ["compare", "ridgeCost", "--json"], project, offline)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["verdict"] == "parity" and doc["reference_source"]["kind"] == "snapshot"
    assert doc["reference_source"]["reason"] == "GNU Octave not found"

    (project / "matlab" / "ridgeCost.m").write_text(M_FILE + "\n% changed\n")
    stale = run(portcheck + ["compare", "ridgeCost"], project, offline)
    assert stale.returncode == 2 and stale.stdout == ""
    assert stale.stderr.splitlines()[0] == ("portcheck: error: snapshot portcheck-snapshots/ridgeCost.npz is stale: "
                                            "matlab/ridgeCost.m changed since it was recorded; refresh it with: "
                                            "portcheck record ridgeCost")

    missing = run(portcheck + ["compare", "nnCost"], project, offline)
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[-1] == ("Tip: or compare against recorded Octave outputs: run 'portcheck record "
                                               "nnCostFunction' where GNU Octave is installed, and commit the .npz "
                                               "(portcheck-snapshots/nnCostFunction.npz)")


def test_record_and_replay_exclude_each_other(run_cli, tmp_path):
    from portcheck import compare
    from portcheck.errors import UsageError

    with pytest.raises(UsageError, match="replay=True and record=True exclude each other"):
        compare("nnCost", replay=True, record=True)
    code, out, err = run_cli("record")
    assert code == 2 and "record needs one of: a case name, --all, or --octave PATH.m --inputs FILE" in err


@pytest.mark.octave
def test_two_checks_with_the_same_set_name_keep_both_recordings(project, monkeypatch, session):
    from portcheck.workflow.parity import check_parity

    monkeypatch.chdir(project)
    X = np.column_stack([np.ones(4), np.arange(4.0)])
    a = {"X": X, "y": np.ones((4, 1)), "theta": np.array([[0.5], [1.0]]), "lambda": 1.0}
    b = dict(a, y=np.arange(4.0).reshape(4, 1))
    for data in (a, b):  # both input sets are called "values"
        check_parity("matlab/ridgeCost.m", "ridge.py:ridge_cost", data, session=session, snapshots=SnapshotOptions("record"))
    for data in (a, b):
        r = check_parity("matlab/ridgeCost.m", "ridge.py:ridge_cost", data, snapshots=SnapshotOptions("replay"))
        assert r.verdict == "parity" and r.source.replayed
    with pytest.raises(SnapshotStale, match="the inputs of input set 'values' changed since it was recorded"):
        check_parity("matlab/ridgeCost.m", "ridge.py:ridge_cost", dict(a, theta=np.zeros((2, 1))),
                     snapshots=SnapshotOptions("replay"))
