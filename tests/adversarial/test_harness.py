"""The harness's own checks can fail: a process left behind and a changed file are seen."""
from __future__ import annotations

import json
import subprocess
import sys

from .conftest import REAPER, _diff, _snapshot


def test_the_reaper_sees_a_process_left_in_a_new_session(tmp_path):
    report = tmp_path / "r.json"
    code = subprocess.run([sys.executable, str(REAPER), str(report), "--", sys.executable, "-c",
                           "import subprocess; subprocess.Popen(['sleep', '300'], start_new_session=True)"],
                          timeout=120).returncode
    found = json.loads(report.read_text())
    assert code == 0
    assert [p["cmdline"] for p in found["left"]] == ["sleep 300"]


def test_the_reaper_passes_the_exit_code_and_sees_nothing_when_nothing_is_left(tmp_path):
    report = tmp_path / "r.json"
    code = subprocess.run([sys.executable, str(REAPER), str(report), "--", sys.executable, "-c", "raise SystemExit(7)"],
                          timeout=120).returncode
    assert code == 7 and json.loads(report.read_text()) == {"returncode": 7, "left": []}


def test_the_snapshot_sees_a_modified_a_created_and_a_removed_file(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    before = _snapshot(tmp_path)
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").write_text("c")
    assert _diff(before, _snapshot(tmp_path)) == {"created": ["c.txt"], "removed": ["b.txt"], "modified": ["a.txt"]}
