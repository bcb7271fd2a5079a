"""The one Reproduce line (portcheck.workflow.reproduce), for every kind of case and every shell."""
from pathlib import Path

import pytest

from portcheck.cases import get_case
from portcheck.cases.project import load_project, user_case
from portcheck.workflow.reproduce import reproduce_line

from .ridge_project import M_FILE

TOML = """[[case]]
name = "ridgeCost"
reference = "ridgeCost.m"
port = "ridge.py:ridge_cost"
inputs = { X = { shape = [6, 3], generator = "sin" }, y = { shape = [6, 1], generator = "cos" }, theta = [[1], [1], [1]], lambda = 1 }
"""


@pytest.fixture
def toml_case(tmp_path):
    (tmp_path / "ridgeCost.m").write_text(M_FILE)
    (tmp_path / "portcheck.toml").write_text(TOML)
    return load_project(tmp_path / "portcheck.toml").cases[0]


def test_builtin_case_with_and_without_a_port():
    case = get_case("nnCost")
    assert reproduce_line(case) == "portcheck compare nnCostFunction"
    assert reproduce_line(case, port_label="my/port.py:f") == "portcheck compare nnCostFunction --python my/port.py:f"
    assert reproduce_line(case, port_label="tests.test_x:f") == "portcheck compare nnCostFunction"  # not loadable by path


def test_the_command_as_typed_wins():
    argv = ["/usr/bin/portcheck", "compare", "nnCost", "--python", "a b.py:f"]
    assert reproduce_line(get_case("nnCost"), argv=argv) == "portcheck compare nnCost --python 'a b.py:f'"
    assert reproduce_line(get_case("nnCost"), argv=["pytest", "-q"]) == "portcheck compare nnCostFunction"


def test_toml_case_says_where_its_file_is(toml_case, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert reproduce_line(toml_case) == "portcheck compare ridgeCost"
    monkeypatch.chdir(tmp_path.parent)
    assert reproduce_line(toml_case) == f"portcheck compare ridgeCost   (in {tmp_path.name})"


def test_user_pair_and_values_given_in_python(tmp_path):
    pair = user_case(tmp_path / "ridgeCost.m", "ridge.py:ridge_cost", "data.npz", root=tmp_path)
    assert reproduce_line(pair, port_label="ridge.py:ridge_cost", inputs="data.npz", reference="f/ridgeCost.m") == (
        "portcheck compare --octave f/ridgeCost.m --python ridge.py:ridge_cost --inputs data.npz")
    assert reproduce_line(pair, port_label="ridge.py:ridge_cost", inputs={"X": 1}, reference="f/ridgeCost.m") == (
        "assert_parity('f/ridgeCost.m', 'ridge.py:ridge_cost', ...)   (values given in Python: no command line to run)")


def test_under_pytest(toml_case, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert reproduce_line(pytest_node="test_x.py::test_y") == "pytest test_x.py::test_y"
    assert reproduce_line(toml_case, pytest_node="portcheck.toml::ridgeCost") == (
        "portcheck compare ridgeCost   (or: pytest portcheck.toml::ridgeCost)")
    assert Path("portcheck.toml").is_file()
