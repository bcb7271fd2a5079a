"""portcheck trace on the command line, compare's automatic trace, the pytest option, the Octave side."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from portcheck.cases import get_case
from portcheck.trace.octave_side import octave_string, record_octave

pytestmark = pytest.mark.octave

ROOT = Path(__file__).resolve().parent.parent
EX = ROOT / "examples"
SIG = EX / "trace"


def test_trace_divergence_exit_1_and_first_line(run_cli):
    r = run_cli("trace", "nnCost", "--python", f"{EX / 'reg_sign.py'}:nnCostFunction")
    assert r.code == 1
    first = r.out.splitlines()[0]
    assert first.startswith("first divergence: ") and "reg_sign.py:37" in first
    assert "J differs from Octave's J" in first
    assert "OCTAVE  " in r.out and "nnCostFunction.m:37" in r.out


def test_trace_json_contract(run_cli):
    r = run_cli("trace", "nnCost", "--python", f"{EX / 'bad_unroll.py'}:nnCostFunction", "--json")
    assert r.code == 1
    doc = json.loads(r.out)
    fd = doc["first_divergence"]
    assert set(fd) >= {"file", "line", "code", "variable", "octave_file", "octave_line", "octave_variable",
                       "transform", "max_abs_diff"}
    assert fd["line"] == 20 and fd["variable"] == "Theta1" and fd["transform"] == "C/F reordering"
    assert fd["octave_line"] == 16 and fd["octave_variable"] == "Theta1"
    assert doc["verdict"] == "divergence" and doc["exit_code"] == 1


def test_trace_parity_exit_0_and_null(run_cli):
    r = run_cli("trace", "nnCost", "--json")
    assert r.code == 0
    doc = json.loads(r.out)
    assert doc["first_divergence"] is None and doc["verdict"] == "parity"
    r = run_cli("trace", "nnCost")
    assert r.code == 0 and r.out.startswith("parity: ")


def test_trace_usage_errors_exit_2(run_cli):
    assert run_cli("trace").code == 2
    r = run_cli("trace", "nnCost", "--inputs", "x.npz")
    assert r.code == 2 and "--inputs goes with --octave" in r.err
    r = run_cli("trace", "--octave", str(SIG / "frame_energy.m"), "--python", f"{SIG / 'frame_energy.py'}:frame_energy")
    assert r.code == 2 and "--inputs" in r.err
    r = run_cli("trace", "nnCost", "--python", f"{EX / 'reg_sign.py'}:nnCostFunction", "--set", "nope")
    assert r.code == 2 and "no such input set" in r.err


def test_trace_user_pair_and_set_option(run_cli):
    r = run_cli("trace", "--octave", SIG / "ola_filter.m", "--python", f"{SIG / 'ola_filter.py'}:ola_filter",
                "--inputs", SIG / "ola_filter.npz")
    assert r.code == 1 and "ola_filter.py:28" in r.out.splitlines()[0]
    r = run_cli("trace", "nnCost", "--python", f"{EX / 'reg_sign.py'}:nnCostFunction", "--set", "debug, lambda=0")
    assert r.code == 0  # the regularisation's sign does not show at lambda = 0


def test_compare_runs_the_trace_on_an_unexplained_diagnosis(run_cli):
    args = ("compare", "--octave", SIG / "frame_energy.m", "--python", f"{SIG / 'frame_energy.py'}:frame_energy",
            "--inputs", SIG / "frame_energy.npz")
    r = run_cli(*args)
    assert r.code == 1
    assert "[unexplained]" in r.out and "first departs at " in r.out and "frame_energy.py:19" in r.out
    r = run_cli(*args, "--no-trace")
    assert r.code == 1 and "first departs at" not in r.out
    r = run_cli(*args, "--json")
    doc = json.loads(r.out)
    data = [f["data"] for f in doc["findings"] if f["status"] == "unexplained"][0]
    assert data["first_divergence"]["line"] == 19


def test_compare_with_a_named_mistake_does_not_trace(run_cli):
    r = run_cli("compare", "nnCost", "--python", f"{EX / 'reg_sign.py'}:nnCostFunction")
    assert r.code == 1 and "first departs at" not in r.out


def test_assert_parity_trace_option(session):
    from portcheck.errors import ParityError
    from portcheck.workflow.parity import assert_parity

    with pytest.raises(ParityError) as info:
        assert_parity(SIG / "frame_energy.m", f"{SIG / 'frame_energy.py'}:frame_energy", str(SIG / "frame_energy.npz"),
                      session=session, trace=True)
    lines = str(info.value).splitlines()
    assert lines[0].startswith("divergence: ")
    assert lines[1].startswith("first divergence: ") and "frame_energy.py:19" in lines[1]


def test_users_file_is_never_modified_and_no_copy_is_left(session, tmp_path):
    ref = get_case("nnCostFunction").reference_path
    before = hashlib.sha1(ref.read_bytes()).hexdigest()
    sets = get_case("nnCostFunction").build_inputs()
    traces = record_octave(session, ref, [dict(s.values) for s in sets[:2]], 2)
    assert hashlib.sha1(ref.read_bytes()).hexdigest() == before
    assert all(t.granularity == "expressions" and t.error is None for t in traces)
    assert list(ref.parent.glob("portcheck_trace*")) == []
    # after the trace the original is what Octave calls again
    J, grad = session.call("nnCostFunction", *[sets[0].values[k] for k in ("nn_params", "input_layer_size",
                          "hidden_layer_size", "num_labels", "X", "y", "lambda")], nout=2)
    assert np.allclose(J, traces[0].outputs[0])


@pytest.mark.parametrize("granularity", ["statements", "blocks", "outputs"])
def test_coarser_granularities(session, granularity):
    case = get_case("nnCostFunction")
    (t,) = record_octave(session, case.reference_path, [dict(case.build_inputs()[0].values)], 2, granularity=granularity)
    assert t.granularity == granularity
    kinds = {e.kind for e in t.events}
    assert "sub" not in kinds
    assert ("assign" in kinds) == (granularity != "outputs")


def test_a_copy_that_fails_falls_back_and_a_raising_reference_is_reported(session, tmp_path, monkeypatch):
    import dataclasses

    from portcheck.trace import octave_side

    (tmp_path / "weird.m").write_text("function y = weird(x)\ny = x + 1;\nz = y * 2;\ny = z;\nend\n")
    real = octave_side.instrument

    def broken(fun, granularity, **kw):  # a copy Octave rejects at the finest granularity
        ins = real(fun, granularity, **kw)
        if granularity == "expressions":
            ins = dataclasses.replace(ins, source=ins.source.replace("z = y * 2;", "z = y * * 2;"))
        return ins

    monkeypatch.setattr(octave_side, "instrument", broken)
    (t,) = record_octave(session, tmp_path / "weird.m", [{"x": np.array([[1.0]])}], 1)
    assert t.error is None and float(t.outputs[0].ravel()[0]) == 4.0
    assert t.granularity == "statements" and any("fell back to statements" in n for n in t.notes)
    assert [e.name for e in t.events if e.kind == "assign"] == ["y", "z", "y"]
    monkeypatch.setattr(octave_side, "instrument", real)
    (tmp_path / "bad.m").write_text("function y = bad(x)\ny = x * [1 2 3];\ny = y * [1 2];\nend\n")
    (t,) = record_octave(session, tmp_path / "bad.m", [{"x": np.array([[1.0]])}], 1)
    assert t.error is not None and "nonconformant" in t.error and t.error_line == 3


def test_octave_strings_are_escaped():
    assert octave_string("a'b") == "'a''b'"
    with pytest.raises(ValueError):
        octave_string("a\nb")
