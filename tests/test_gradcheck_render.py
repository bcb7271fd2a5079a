"""Renderers and JSON: verdict line first, fixed sections, bounded lists, strict JSON."""
import json
import pathlib
import runpy

import numpy as np

from portcheck.gradcheck import check_gradient, render_sweep, render_text, sweep_steps
from portcheck.gradcheck.metrics import MAX_LOCATIONS

EXAMPLES = pathlib.Path(__file__).resolve().parents[1] / "examples" / "gradcheck"


def _softmax_result():
    ex = runpy.run_path(str(EXAMPLES / "softmax_diag.py"))
    x0, args, blocks = ex["make_problem"](K=2, m=20)
    return check_gradient(ex["softmax_cost_diag"], x0, args=args, blocks=blocks)


def test_report_starts_with_the_verdict_and_has_fixed_sections():
    r = _softmax_result()
    text = render_text(r)
    lines = text.splitlines()
    assert lines[0] == ("FAIL: constant factor 2.000 over the whole gradient (numerical = 2.000 "
                        "x analytic at every entry)")
    assert not text.startswith("\n")
    order = ["Settings", "Metrics", "Blocks", "Mismatched entries", "Ratios numerical/analytic",
             "Kinks", "Descent", "Diagnosis"]
    pos = [next(i for i, ln in enumerate(lines) if ln.startswith(h)) for h in order]
    assert pos == sorted(pos)
    assert ("  W[0, 2] (Octave W(1,3)):   6.947573e-01 (numerical),  3.473786e-01 (analytic);"
            in text)
    assert ("  element-wise |n-g|/max(|n|,|g|)     5.00e-01") in text


def test_at_most_five_locations():
    r = check_gradient(lambda x: (np.sum(x ** 2), 3 * x), np.arange(1.0, 21.0))
    assert r.full.metrics[1].violations == 20
    assert len(r.full.worst) == MAX_LOCATIONS
    mism = render_text(r).split("Mismatched entries")[1].split("\n\n")[0]
    assert len([ln for ln in mism.splitlines() if "(Octave x(" in ln]) == MAX_LOCATIONS


def test_results_are_strict_json():
    r = _softmax_result()
    doc = json.loads(json.dumps(r.to_dict(), allow_nan=False))
    assert doc["status"] == "fail"
    assert doc["full"]["factors"]["kind"] == "constant"
    assert len(doc["full"]["gradient"]["numerical"]) == 8
    assert doc["settings"]["dtype"] == "float64"
    nd = check_gradient(lambda x: (np.random.default_rng().random() + x @ x, 2 * x), np.ones(2))
    assert json.loads(json.dumps(nd.to_dict(), allow_nan=False))["full"] is None
    s = sweep_steps(lambda x: (x @ x, 2 * x), np.ones(3), methods=("central",))
    json.dumps(s.to_dict(), allow_nan=False)


def test_results_are_frozen():
    r = _softmax_result()
    import dataclasses
    try:
        r.status = "pass"
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("GradientCheck is not frozen")
    assert not r.full.gradient.numerical.flags.writeable


def test_sweep_report_first_line():
    s = sweep_steps(lambda x: (x @ x, 2 * x), np.ones(3), methods=("central",))
    text = render_sweep(s)
    assert text.splitlines()[0] == s.verdict
    assert "  discrepancy  norm(n-g)/norm(n+g)  (full)" in text
