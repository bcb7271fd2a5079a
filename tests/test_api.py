"""The public Python API: compare, assert_parity, gradcheck, session, __version__; results that show themselves."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import portcheck
from portcheck.octave import live_sessions

ROOT = Path(__file__).resolve().parents[1]
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}


@pytest.mark.octave
def test_done_when_compare_from_the_command_line_prints_parity_0(tmp_path):
    proc = subprocess.run([sys.executable, "-c", "import portcheck; r = portcheck.compare('nnCost'); print(r.verdict, r.exit_code)"],
                          capture_output=True, text=True, cwd=tmp_path, env=ENV, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "parity 0\n"


def test_import_is_light_and_the_api_is_explicit():
    code = ("import sys, portcheck; print(sorted(m for m in ('numpy', 'oct2py', 'scipy', 'rich', 'pandas') if m in sys.modules)); "
            "print(portcheck.__version__, sorted(portcheck.__all__))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, timeout=60).stdout.splitlines()
    assert out[0] == "[]"
    assert out[1].startswith(portcheck.__version__ + " ")
    for name in ("compare", "assert_parity", "gradcheck", "session", "__version__", "CompareResult", "GradientCheck"):
        assert name in portcheck.__all__ and hasattr(portcheck, name)


def test_compare_and_gradcheck_stay_the_functions_after_their_modules_are_imported():
    import portcheck.compare as module_of_same_name  # noqa: F401  (binds the submodule on the package)
    import portcheck.gradcheck.check  # noqa: F401

    assert portcheck.compare.__wrapped__ is portcheck.api.compare and portcheck.gradcheck.__wrapped__ is portcheck.api.gradcheck
    assert portcheck.gradcheck.check_gradient.__name__ == "check_gradient"  # the subpackage's names still resolve
    assert portcheck.compare.DEFAULT_RTOL == 1e-9
    from portcheck import gradcheck

    r = gradcheck(lambda x: (float(x @ x), 2 * x), np.arange(1.0, 4.0))
    assert isinstance(r, portcheck.GradientCheck) and r.status == "pass" and r.exit_code == 0
    assert repr(r).startswith("<GradientCheckResult: pass, exit 0: PASS: the gradient agrees") and "\n" not in repr(r)
    assert str(r).splitlines()[0] == r.verdict and r.to_dict()["status"] == "pass"
    bad = gradcheck(lambda x: (float(x @ x), 3 * x), np.arange(1.0, 4.0))
    assert bad.exit_code == 1 and bad.findings == bad.diagnosis and bad.findings


@pytest.mark.octave
def test_compare_never_raises_on_a_divergence_and_the_result_shows_itself(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with portcheck.session() as s:
        good = portcheck.compare("nnCost")
        bad = portcheck.compare("nnCost", str(ROOT / "examples" / "reg_bias.py") + ":nnCostFunction", diagnose=False)
        assert s.pid is not None and live_sessions() == [s]  # one Octave for both calls
    assert s.pid is None  # stopped with the block
    assert (good.verdict, good.exit_code, bad.verdict, bad.exit_code) == ("parity", 0, "divergence", 1)
    assert repr(good) == "<CompareResult: nnCostFunction parity (5 input sets, 0 findings), exit 0>"
    assert repr(bad).startswith("<CompareResult: nnCostFunction divergence (4 of 5 input sets differ, ")
    assert str(good).splitlines()[0].startswith("parity: portcheck.ports.ex4:nnCostFunction (bundled) matches Octave")
    doc = good.to_dict()
    assert doc["verdict"] == "parity" and doc["exit_code"] == 0 and doc["reference_source"]["kind"] == "octave"
    html = good._repr_html_()
    assert html.startswith("<pre") and "parity: portcheck.ports.ex4:nnCostFunction" in html
    with pytest.raises(portcheck.ParityError, match=r"^divergence: "):
        portcheck.assert_parity("nnCost", str(ROOT / "examples" / "reg_bias.py") + ":nnCostFunction", diagnose=False)


@pytest.mark.octave
def test_in_ipython_the_result_displays_as_the_report(tmp_path, monkeypatch, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    monkeypatch.chdir(tmp_path)
    shell = InteractiveShell.instance()
    try:
        shell.run_cell("import portcheck\nr = portcheck.compare('nnCost')", store_history=True)
        capsys.readouterr()
        shell.run_cell("r", store_history=True)
        shown = capsys.readouterr().out
        r = shell.user_ns["r"]
        formatted, _ = shell.display_formatter.format(r)
    finally:
        InteractiveShell.clear_instance()
    assert str(r).splitlines()[0] in shown and "Outputs" in shown and "Reproduce" in shown  # the report, not a dataclass dump
    assert "CompareResult(" not in shown
    assert formatted["text/plain"] == str(r) and "text/html" in formatted


@pytest.mark.octave
def test_consecutive_calls_share_one_octave_closed_by_close_shared(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    portcheck.compare("nnCost", diagnose=False)
    (first,) = live_sessions()
    pid = first.pid
    portcheck.compare("computeCost", diagnose=False)
    assert [s.pid for s in live_sessions()] == [pid]  # no second start-up
    portcheck.close_shared()
    assert live_sessions() == []
