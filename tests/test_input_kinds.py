"""Inputs beyond arrays of doubles: structs, cells, char, logical and integer classes; input sets by file and by name;
random inputs saved when a case fails, so that the Reproduce line reproduces."""
import json
import shlex

import numpy as np
import pytest
import scipy.io

from portcheck.cases.project import load_project, user_case
from portcheck.cases.specs import realise_spec, to_class
from portcheck.workflow.pipeline import compare_case

pytestmark = pytest.mark.octave

CLASSES_M = """\
function [names, total, label, flags] = kinds(s, c, t, l, i)
%KINDS The Octave class of each argument, and values computed from them in those classes.
names = sprintf('%s ', class(s), class(c), class(t), class(l), class(i));
total = s.a + c{1} + numel(t);
label = [t '!'];
flags = l & true;
end
"""

PORT = """\
import numpy as np


def kinds(s, c, t, l, i):
    assert isinstance(s, dict) and isinstance(c, list) and isinstance(t, str), (type(s), type(c), type(t))
    assert l.dtype == bool and i.dtype == np.int32, (l.dtype, i.dtype)
    return "struct cell char logical int32 ", s["a"] + c[0] + len(t), t + "!", l & True


def scale(x, k):
    return 2 * x * k


def scale_bad(x, k):
    return 2 * x * k + (x > 1.5)
"""


@pytest.fixture
def proj(tmp_path, monkeypatch):
    (tmp_path / "kinds.m").write_text(CLASSES_M)
    (tmp_path / "scale.m").write_text("function y = scale(x, k)\ny = 2 * x * k;\nend\n")
    (tmp_path / "port.py").write_text(PORT)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_structs_cells_char_logical_and_integers_reach_both_sides_in_their_kind(proj, run_cli):
    scipy.io.savemat(proj / "k.mat", {"s": {"a": 2.0, "b": np.arange(3.0)}, "c": np.array([5.0, "x"], dtype=object),
                                      "t": "abc", "l": np.array([[True, False]]), "i": np.array([[1, 2]], dtype=np.int32)})
    code, out, err = run_cli("compare", "--octave", "kinds.m", "--python", "port.py:kinds", "--inputs", "k.mat")
    assert code == 0, out + err
    assert "t='abc'" in out and "s struct" in out and "c cell 2" in out and "i 1x2 int32" in out


def test_integer_classes_convert_as_octave_does():
    assert to_class(300, "uint8") == 255 and to_class(-2.5, "int8") == -3 and to_class(2.5, "int16") == 3
    v = realise_spec({"img": {"value": [[10, 300]], "class": "uint8"}, "opts": {"lo": 1, "mode": "fast"}, "on": True,
                      "names": ["a", "b"]}, ["img", "opts", "on", "names"])
    assert v["img"].dtype == np.uint8 and v["img"].tolist() == [[10, 255]]
    assert v["opts"] == {"lo": 1, "mode": "fast"} and v["on"] is True and v["names"] == ["a", "b"]


def test_inputs_repeatable_one_set_per_file(proj, run_cli):
    np.savez(proj / "a.npz", x=np.arange(3.0), k=2.0)
    np.savez(proj / "b.npz", x=np.ones((2, 2)), k=-1.0)
    code, out, err = run_cli("compare", "--octave", "scale.m", "--python", "port.py:scale", "--inputs", "a.npz",
                             "--inputs", "b.npz", "--json")
    doc = json.loads(out)
    assert code == 0 and [s["name"] for s in doc["input_sets"]] == ["a.npz", "b.npz"]


def test_named_input_sets_from_a_file_with_overrides(proj):
    np.savez(proj / "a.npz", x=np.arange(3.0), k=2.0)
    (proj / "portcheck.toml").write_text('[[case]]\nname = "scale"\nreference = "scale.m"\nport = "port.py:scale"\n'
                                         'inputs = [{ name = "8 kHz", file = "a.npz", k = 8 }, { name = "plain", x = 1.5, k = 1 }]\n')
    sets = load_project(proj / "portcheck.toml").cases[0].build_inputs()
    assert [s.name for s in sets] == ["8 kHz", "plain"]
    assert sets[0].values["k"] == 8 and sets[0].description == "values from a.npz, k=8"


def test_random_inputs_are_saved_when_the_case_fails_and_the_reproduce_line_reproduces(proj, run_cli, tmp_path,
                                                                                        monkeypatch):
    monkeypatch.setenv("PORTCHECK_INPUTS_DIR", str(tmp_path / "saved"))
    (proj / "portcheck.toml").write_text('[[case]]\nname = "scale"\nreference = "scale.m"\nport = "port.py:scale_bad"\n'
                                         'inputs = { x = { shape = [6, 1], generator = "randn:random", offset = 3 }, k = 3 }\n')
    code, out, err = run_cli("compare", "scale", "--json")
    doc = json.loads(out)
    assert code == 1
    line = doc["reproduce"]
    assert line.startswith("portcheck compare scale --inputs ") and str(tmp_path / "saved") in line
    first = doc["input_sets"][0]["comparison"]["outputs"][0]
    code2, out2, _ = run_cli(*shlex.split(line)[1:], "--json")
    again = json.loads(out2)["input_sets"][0]["comparison"]["outputs"][0]
    assert code2 == 1 and again["max_abs"] == first["max_abs"] and again["mismatched"] == first["mismatched"]


def test_values_given_in_python_are_saved_when_they_fail(proj, tmp_path, monkeypatch):
    monkeypatch.setenv("PORTCHECK_INPUTS_DIR", str(tmp_path / "saved"))
    case = user_case(proj / "scale.m", "port.py:scale_bad", {"x": np.array([[1.0], [2.0]]), "k": 1.0}, root=proj)
    result = compare_case(case)
    assert not result.parity
    assert result.reproduce.startswith(f"portcheck compare --octave {proj / 'scale.m'} --python port.py:scale_bad --inputs ")
    saved = shlex.split(result.reproduce)[-1]
    with np.load(saved) as data:
        assert data["x"].tolist() == [[1.0], [2.0]] and float(data["k"]) == 1.0
