"""The CLI in pipes and terminals: one JSON document, a port's prints kept off stdout, exit codes a pipe cannot change."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from portcheck.cli.common import Progress, wants_json

BIN = Path(sys.executable).parent
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}

PRINTING = """\
import os, sys
from portcheck.ports.ex4 import nnCostFunction as _bundled


def chatty(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    print("hello from the port")             # Python's stdout
    sys.stdout.flush()
    os.write(1, b"straight to fd 1\\n")       # what a C library does
    print("and to stderr", file=sys.stderr)
    return _bundled(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)


def chatty_wrong(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    print("hello from the port")
    J, grad = _bundled(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)
    return 2 * J, grad
"""


@pytest.fixture
def chatty(tmp_path):
    (tmp_path / "chatty.py").write_text(PRINTING)
    return tmp_path


def sh(command: str, cwd) -> subprocess.CompletedProcess:
    """``command`` in bash; its last line of stdout is the pipeline's first exit status."""
    return subprocess.run(["bash", "-c", command + '; echo "rc=${PIPESTATUS[0]}"'], cwd=cwd, capture_output=True, text=True,
                          env=ENV, timeout=600)


@pytest.mark.octave
def test_json_with_a_port_that_prints_is_one_valid_document(chatty):
    proc = subprocess.run([str(BIN / "portcheck"), "compare", "nnCost", "--python", "chatty.py:chatty", "--json"],
                          cwd=chatty, capture_output=True, text=True, env=ENV, timeout=600)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)  # the whole of stdout is one document
    assert doc["verdict"] == "parity" and doc["exit_code"] == 0
    port = doc["input_sets"][0]["port"]  # what the port printed is captured in its own process and kept in the document
    assert "hello from the port" in port["stdout"] and "straight to fd 1" in port["stdout"]
    assert "and to stderr" in port["stderr"] and "hello from the port" not in proc.stderr


@pytest.mark.octave
def test_a_closed_pipe_keeps_the_verdicts_exit_code_and_prints_no_traceback(chatty):
    for reader in ("head -1", "true"):
        for flag in ("", " --json"):
            proc = sh(f"{BIN / 'portcheck'} compare nnCost --python chatty.py:chatty_wrong --no-diagnose{flag} | {reader}", chatty)
            assert proc.stdout.splitlines()[-1] == "rc=1", (reader, flag, proc.stderr[-2000:])
            assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, (reader, flag)
    first = sh(f"{BIN / 'portcheck'} compare nnCost --python chatty.py:chatty_wrong --no-diagnose | head -1", chatty)
    assert first.stdout.startswith("divergence: chatty.py:chatty_wrong differs from Octave nnCostFunction")


def test_usage_errors_and_help_with_json_are_one_document(run_cli):
    code, out, err = run_cli("compare", "--bogus", "--json")
    assert code == 2 and json.loads(out) == {"error": "unrecognized arguments: --bogus",
                                             "tip": "run 'portcheck --help' for the options", "exit_code": 2}
    assert err.splitlines()[0] == "portcheck: error: unrecognized arguments: --bogus"
    code, out, _ = run_cli("compare", "--json")
    assert code == 2 and json.loads(out)["error"] == "compare needs a case name, e.g. 'portcheck compare nnCost'"
    code, out, _ = run_cli("compare", "--help", "--json")
    assert code == 0 and json.loads(out)["output"].startswith("usage: portcheck compare")
    code, out, _ = run_cli("compare", "--help")
    assert code == 0 and out.startswith("usage: portcheck compare")  # help stays on stdout without --json
    assert wants_json(["compare", "--js"]) and not wants_json(["compare", "--", "--json"])


def test_a_missing_optional_module_is_exit_2_with_the_extra_to_install(run_cli, tmp_path, monkeypatch):
    (tmp_path / "q.py").write_text("import numpy as np\ndef f(x):\n    return float(x @ x), 2 * x\nX0 = np.ones(3)\n")
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if not installed
    code, out, err = run_cli("sweep", f"{tmp_path / 'q.py'}:f", "--x0", f"{tmp_path / 'q.py'}:X0", "--methods", "central",
                             "--plot", str(tmp_path / "s.png"))
    assert code == 2 and out == ""
    assert err.splitlines()[-2:] == ["portcheck: error: this needs matplotlib, which is not installed",
                                     "Tip: pip install 'octave-portcheck[plot]'"]


def test_tables_follow_columns(run_cli, monkeypatch):
    widths = {}
    for columns in ("70", "160"):
        monkeypatch.setenv("COLUMNS", columns)
        code, out, _ = run_cli("list")
        assert code == 0
        widths[columns] = max(len(line) for line in out.splitlines())
    assert widths["70"] <= 70 < widths["160"] <= 160


def _console():
    import io

    from rich.console import Console

    return Console(file=io.StringIO(), force_terminal=True, width=100)


def test_progress_shows_a_real_total_or_an_indeterminate_bar(monkeypatch):
    clock = iter(range(100))
    monkeypatch.setattr("portcheck.cli.common.time.perf_counter", lambda: float(next(clock)))
    with Progress("cases", console=_console()) as known:
        for done in range(1, 4):
            known(done, 10)
        assert known.total == 10 and known._bar.tasks[0].total == 10 and known._bar.tasks[0].fields["count"] == "3/10"
    with Progress("evaluations", console=_console()) as growing:
        for done in range(1, 4):
            growing(done, done)  # each evaluation announced as it comes: N/N would be a lie
        assert growing.total is None and growing._bar.tasks[0].total is None
        assert growing._bar.tasks[0].fields["count"] == "3 done"
    with Progress("stages", console=_console()) as revised:
        revised(1, 10)
        revised(2, 14)  # the plan grew: not a total after all
        assert revised.total is None and revised._bar.tasks[0].total is None
