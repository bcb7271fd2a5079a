"""Many submissions: ``portcheck compare nnCost --python 'GLOB.py:FUNC'`` (cli/grade, workflow/batch, report/grading).

One run against real Octave over four generated submissions -- a correct port,
a buggy one (row-major unrolling), one that crashes at import and one that hangs
(stopped by ``--timeout``) -- shared by the tests that read its table, JSON lines,
CSV and exit code. The usage errors are checked in process, before any Octave runs.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from portcheck.workflow.batch import expand_submissions, is_glob

ROOT = Path(__file__).resolve().parent.parent
SPEC_TAIL = "nnCostFunction.py:nnCostFunction"

CRASH = "import os\nos._exit(7)  # the whole interpreter goes, at import\n"
HANG = "import time\n\n\ndef nnCostFunction(*args):\n    time.sleep(600)\n"


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The four submissions graded once: (exit code, stdout, stderr, jsonl rows, csv rows, folder)."""
    subs = tmp_path_factory.mktemp("submissions")
    for name in ("ok", "unroll", "crash", "hang"):
        (subs / name).mkdir()
    shutil.copy(ROOT / "portcheck" / "ports" / "ex4.py", subs / "ok" / "nnCostFunction.py")
    shutil.copy(ROOT / "examples" / "bad_unroll.py", subs / "unroll" / "nnCostFunction.py")
    (subs / "crash" / "nnCostFunction.py").write_text(CRASH)
    (subs / "hang" / "nnCostFunction.py").write_text(HANG)
    out = tmp_path_factory.mktemp("rows")
    jsonl, csv_path = out / "rows.jsonl", out / "rows.csv"
    proc = subprocess.run([sys.executable, "-m", "portcheck", "compare", "nnCost", "--python", f"{subs}/*/{SPEC_TAIL}",
                           "--timeout", "15", "--jsonl", str(jsonl), "--csv", str(csv_path)],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "160"}, timeout=900)
    assert jsonl.exists(), proc.stderr[-3000:]
    rows = [json.loads(line) for line in jsonl.read_text().splitlines()]
    table = list(csv.DictReader(io.StringIO(csv_path.read_text())))
    return proc.returncode, proc.stdout, proc.stderr, rows, table, subs


def _by_name(rows):
    return {Path(r["path"]).parent.name: r for r in rows}


@pytest.mark.octave
def test_one_row_per_submission_with_its_verdict_and_top_finding(graded):
    code, out, err, rows, _, subs = graded
    assert [Path(r["path"]).parent.name for r in rows] == ["crash", "hang", "ok", "unroll"]  # sorted glob order
    got = _by_name(rows)
    assert got["ok"]["verdict"] == "parity" and got["ok"]["finding"] == ""
    assert got["unroll"]["verdict"] == "divergence" and got["unroll"]["finding"] == "unroll-order"
    assert got["hang"]["verdict"] == "divergence" and got["hang"]["finding"] == "port-timeout"
    assert got["crash"]["verdict"] == "error" and got["crash"]["finding"] == "port-load"
    assert "7" in got["crash"]["message"]  # the exit status the import ended with
    assert all(r["seconds"] > 0 for r in rows)


@pytest.mark.octave
def test_exit_code_is_1_when_any_submission_diverges(graded):
    code, out, err, rows, _, _ = graded
    assert code == 1, err


@pytest.mark.octave
def test_table_on_stdout_starts_with_the_whole_verdict(graded):
    code, out, err, rows, _, subs = graded
    first = out.splitlines()[0]
    assert first.startswith("divergence: 3 of 4 submissions differ from Octave nnCostFunction (2 diverge, 1 could not run")
    for name, verdict in (("ok", "parity"), ("unroll", "divergence"), ("hang", "divergence"), ("crash", "error")):
        line = next(l for l in out.splitlines() if f"/{name}/nnCostFunction.py" in l)
        assert verdict in line.split()
    assert "unroll-order" in out and "column-major unrolling" in out


@pytest.mark.octave
def test_csv_has_the_same_rows_as_the_json_lines(graded):
    _, _, _, rows, table, _ = graded
    assert list(table[0]) == ["path", "verdict", "finding", "title", "seconds", "message"]
    assert [(t["path"], t["verdict"], t["finding"], t["title"]) for t in table] == \
        [(r["path"], r["verdict"], r["finding"], r["title"]) for r in rows]
    assert [float(t["seconds"]) for t in table] == [r["seconds"] for r in rows]


@pytest.mark.octave
def test_no_process_is_left_behind(graded):
    *_, subs = graded
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert str(subs) not in ps


@pytest.mark.octave
def test_all_at_parity_exits_0(tmp_path, run_cli):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        shutil.copy(ROOT / "portcheck" / "ports" / "ex4.py", tmp_path / name / "nnCostFunction.py")
    code, out, err = run_cli("compare", "nnCost", "--python", f"{tmp_path}/*/{SPEC_TAIL}", "--json")
    doc = json.loads(out)
    assert code == 0, err
    assert doc["counts"] == {"parity": 2, "divergence": 0, "error": 0} and doc["exit_code"] == 0
    assert doc["headline"].startswith("parity: all 2 submissions match Octave nnCostFunction")


def test_a_glob_is_told_from_one_file():
    assert is_glob("subs/*/f.py:f") and is_glob("s/sub[12].py:f") and is_glob("s/a?.py:f")
    assert not is_glob("subs/a/f.py:f") and not is_glob(None) and not is_glob("pkg.mod:f")


def test_expand_sorts_the_files_and_keeps_the_function(tmp_path):
    for name in ("b", "a"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "f.py").write_text("def f():\n    return 1\n")
    files, func = expand_submissions(f"{tmp_path}/*/f.py:f")
    assert [Path(f).parent.name for f in files] == ["a", "b"] and func == "f"


def test_a_glob_that_matches_nothing_is_one_line_and_exit_2(tmp_path, run_cli):
    code, out, err = run_cli("compare", "nnCost", "--python", f"{tmp_path}/*/{SPEC_TAIL}")
    assert code == 2
    assert f"matches no file" in err and err.count("portcheck: error:") == 1


def test_csv_without_pandas_is_exit_2_with_the_extra_to_install(tmp_path, run_cli, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pandas" else real(name, *a))
    code, out, err = run_cli("compare", "nnCost", "--python", f"{tmp_path}/*/{SPEC_TAIL}", "--csv", str(tmp_path / "r.csv"))
    assert code == 2
    assert "--csv writes through pandas, which is not installed" in err
    assert "pip install 'octave-portcheck[grading]'" in err
    assert not (tmp_path / "r.csv").exists()


def test_jsonl_into_a_missing_folder_is_exit_2_before_anything_runs(tmp_path, run_cli):
    code, out, err = run_cli("compare", "nnCost", "--python", f"{tmp_path}/*/{SPEC_TAIL}",
                             "--jsonl", str(tmp_path / "no" / "such" / "rows.jsonl"))
    assert code == 2 and "is not a folder you can write to" in err


def test_one_port_flags_are_refused_with_a_glob(tmp_path, run_cli):
    code, out, err = run_cli("compare", "nnCost", "--python", f"{tmp_path}/*/{SPEC_TAIL}", "--markdown")
    assert code == 2 and "--markdown does not go with many submissions" in err
