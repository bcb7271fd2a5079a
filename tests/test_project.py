"""portcheck.toml: discovery, schema validation, input specs and generators, input files.

No Octave here: these are the parts that run before any comparison.
"""
import textwrap

import numpy as np
import pytest

from portcheck.cases import all_cases, builtin_cases, get_case
from portcheck.errors import UsageError
from portcheck.cases.inputs import load_input_file, parse_generator, realise_spec, split_for_port
from portcheck.cases.project import find_project_file, load_project, project_cases, user_case

from .ridge_project import M_FILE


SPEC = '{ X = { shape = [6, 3], generator = "sin" }, y = { shape = [6, 1], generator = "cos" }, theta = { shape = [3, 1], generator = "randn:1" }, lambda = 1 }'


def project(tmp_path, body: str):
    (tmp_path / "matlab").mkdir(exist_ok=True)
    (tmp_path / "matlab" / "ridgeCost.m").write_text(M_FILE)
    (tmp_path / "portcheck.toml").write_text(textwrap.dedent(body))
    return tmp_path / "portcheck.toml"


def case_toml(**extra) -> str:
    lines = ['[[case]]', 'name = "ridgeCost"', 'reference = "matlab/ridgeCost.m"', 'port = "ridge.py:ridge_cost"', f"inputs = {SPEC}"]
    lines += [f"{k} = {v}" for k, v in extra.items()]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- discovery and parsing


def test_found_from_a_subdirectory_upward(tmp_path):
    toml = project(tmp_path, case_toml())
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_project_file(deep) == toml
    assert [c.name for c in project_cases(deep)] == ["ridgeCost"]


def test_no_project_file_means_no_project_cases(tmp_path):
    assert find_project_file(tmp_path) is None
    assert all_cases(project=False) == builtin_cases()


def test_case_fields_resolve_relative_to_the_toml(tmp_path):
    toml = project(tmp_path, "rtol = 1e-7\natol = 1e-11\n" + case_toml(rtol=1e-8, lambdas="[0, 2]", args='{ lmbda = "lambda" }'))
    (case,) = load_project(toml).cases
    assert case.reference_path == tmp_path / "matlab" / "ridgeCost.m"
    assert case.reference == "ridgeCost" and case.outputs == ("J", "grad")
    assert case.port_spec == f"{tmp_path / 'ridge.py'}:ridge_cost"
    assert (case.rtol, case.atol) == (1e-8, 1e-11)  # per case wins, else the project default
    assert dict(case.arg_overrides) == {"lmbda": "lambda"}
    sets = case.build_inputs()
    assert [s.name for s in sets] == ["spec, lambda=0", "spec, lambda=2"]
    assert sets[1].values["lambda"] == 2.0


def test_project_cases_join_the_list_and_are_found_by_name(tmp_path, monkeypatch):
    project(tmp_path, case_toml())
    monkeypatch.chdir(tmp_path)
    names = [c.name for c in all_cases()]
    assert names[0] == "ridgeCost" and "nnCostFunction" in names  # the project's cases first
    assert get_case("RIDGECOST").reference_path == tmp_path / "matlab" / "ridgeCost.m"


def test_a_project_case_shadows_a_builtin_of_the_same_name(tmp_path, monkeypatch):
    project(tmp_path, case_toml().replace('name = "ridgeCost"', 'name = "nnCostFunction"'))
    monkeypatch.chdir(tmp_path)
    assert [c.name for c in all_cases()].count("nnCostFunction") == 1
    assert get_case("nnCostFunction").source == "portcheck.toml"


def test_unknown_case_lists_project_cases_too(tmp_path, monkeypatch):
    project(tmp_path, case_toml())
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match=r"cases in portcheck.toml: ridgeCost"):
        get_case("nope")


@pytest.mark.parametrize("body, message", [
    ("colour = 1\n", r"unknown top-level key\(s\) \['colour'\]; valid keys are \['case', 'rtol', 'atol', 'snapshots', 'path', 'packages'\]"),
    ('[[case]]\nname = "a"\nreference = "matlab/ridgeCost.m"\nport = "p.py:f"\ninputs = "d.npz"\ntolerance = 1\n',
     r"\[\[case\]\] #1 'a': unknown key\(s\) \['tolerance'\]; valid keys are \['name', 'reference', 'port', 'inputs', 'rtol'"),
    ('[[case]]\nname = "a"\nport = "p.py:f"\ninputs = "d.npz"\n', r"#1 'a': reference=None: required, a non-empty string"),
    ('[[case]]\nname = "a"\nreference = "f.m"\nport = "p.py"\ninputs = "d.npz"\n', r"port='p.py': expected 'FILE.py:FUNCTION'"),
    ('[[case]]\nname = "a"\nreference = "f.m"\nport = "p.py:f"\n', r"inputs missing"),
    ('[[case]]\nname = "a b"\nreference = "f.m"\nport = "p.py:f"\ninputs = "d.npz"\n', r"name='a b': must start with a letter"),
    (case_toml(rtol=-1), r"rtol=-1: must be a number >= 0"),
    (case_toml(lambdas="[]"), r"lambdas=\[\]: must be a non-empty list of numbers"),
    (case_toml() + case_toml().replace("ridgeCost\"", "RIDGECOST\"", 1), r"two cases are named 'RIDGECOST' \(\[\[case\]\] #1 and #2\)"),
    ("[[case]\n", r"invalid TOML"),
    (case_toml().replace('"randn:1"', '"gauss:1"'), r"generator='gauss:1': unknown generator; choose one of sin, cos, range, randn"),
    (case_toml().replace('"cos"', '"labels"'), r"labels needs the number of classes K >= 1, e.g. 'labels:10'"),
    (case_toml().replace('{ shape = [6, 1], generator = "cos" }', '"cos"'), r"inputs.y='cos': a generator needs a shape"),
    (case_toml().replace("shape = [3, 1]", 'shape = "FILL"'), r"inputs.theta.shape='FILL': must be a list of non-negative integers"),
    (case_toml().replace("lambda = 1", 'lambda = { value = 1, class = "int99" }'),
     r"inputs.lambda.class='int99': unknown class; choose one of double, single, logical, int8"),
])
def test_schema_errors_name_the_value_the_rule_and_the_choices(tmp_path, body, message):
    toml = project(tmp_path, body)
    with pytest.raises(UsageError, match=message):
        load_project(toml)


def test_an_edited_file_is_read_again(tmp_path):
    toml = project(tmp_path, case_toml())
    assert load_project(toml).cases[0].rtol is None
    toml.write_text(case_toml(rtol=0.5) + "# longer now\n")
    assert load_project(toml).cases[0].rtol == 0.5


# --------------------------------------------------------------------------- specs and generators


def test_generators_are_the_documented_formulas():
    spec = {
        "S": {"shape": [2, 3], "generator": "sin"},
        "C": {"shape": [4], "generator": "cos", "scale": 0.1},
        "R": {"shape": [2, 2], "generator": "range", "offset": -1},
        "y": {"shape": [5, 1], "generator": "labels:3"},
        "N": {"shape": [3, 2], "generator": "randn:7"},
        "U": {"shape": [3, 1], "generator": "rand"},
        "I": {"shape": [2, 3], "generator": "eye"},
        "k": 3, "L": [[1, 2], [3, 4]],
    }
    v = realise_spec(spec, list(spec))
    np.testing.assert_array_equal(v["S"], np.reshape(np.sin(np.arange(1.0, 7.0)), (2, 3), order="F"))  # column-major, as Octave
    np.testing.assert_array_equal(v["C"], 0.1 * np.cos(np.arange(1.0, 5.0)))
    np.testing.assert_array_equal(v["R"], [[0, 2], [1, 3]])
    np.testing.assert_array_equal(v["y"].ravel(), [2, 3, 1, 2, 3])  # 1 + mod(1:m, K), the course's labels
    np.testing.assert_array_equal(v["N"], np.reshape(np.random.default_rng(7).standard_normal(6), (3, 2), order="F"))
    np.testing.assert_array_equal(v["U"].ravel(), np.random.default_rng(0).random(3))
    np.testing.assert_array_equal(v["I"], np.eye(2, 3))
    assert v["k"] == 3 and isinstance(v["k"], int)
    np.testing.assert_array_equal(v["L"], [[1.0, 2.0], [3.0, 4.0]])


def test_parse_generator():
    assert parse_generator("randn:3") == ("randn", 3.0)
    assert parse_generator("RANDN") == ("randn", 0.0)
    assert parse_generator("labels:10") == ("labels", 10.0)
    with pytest.raises(UsageError, match=r"'sin' takes no argument"):
        parse_generator("sin:2")


def test_spec_must_name_every_argument_and_nothing_else(tmp_path):
    toml = project(tmp_path, case_toml().replace(", lambda = 1", ", lam = 1"))
    with pytest.raises(UsageError, match=r"#1 'ridgeCost': inputs: no value for \['lambda'\]; \['lam'\] not in the signature; "
                                         r"the .m function takes \['X', 'y', 'theta', 'lambda'\]"):
        load_project(toml)


def test_one_d_shapes_reach_the_port_1d_and_octave_as_columns(tmp_path):
    toml = project(tmp_path, case_toml().replace("shape = [6, 1]", "shape = [6]"))
    (s,) = load_project(toml).cases[0].build_inputs()
    assert s.values["y"].shape == (6, 1) and s.for_port()["y"].shape == (6,)
    assert s.for_port()["X"] is s.values["X"]


def test_lambdas_need_a_lambda_argument(tmp_path):
    (tmp_path / "f.m").write_text("function y = f(x)\ny = 2 * x;\nend\n")
    case = user_case(tmp_path / "f.m", "f.py:f", {"x": np.ones((2, 1))}, lambdas=[0, 1])
    with pytest.raises(UsageError, match=r"lambdas given, but the .m function takes no lambda argument \(its inputs are \['x'\]\)"):
        case.build_inputs()


# --------------------------------------------------------------------------- input files


def test_npz_and_mat_files_load_by_argument_name(tmp_path):
    import scipy.io

    X = np.arange(6.0).reshape(3, 2)
    np.savez(tmp_path / "d.npz", X=X, y=np.arange(3.0), **{"lambda": 1.5}, extra=np.ones(2))
    v = load_input_file(tmp_path / "d.npz", ["X", "y", "lambda"])
    assert list(v) == ["X", "y", "lambda"] and v["lambda"] == 1.5 and v["y"].shape == (3,)
    scipy.io.savemat(tmp_path / "d.mat", {"X": X, "y": np.arange(3.0).reshape(-1, 1), "lambda": 1.5})
    m = load_input_file(tmp_path / "d.mat", ["X", "y", "lambda"])
    np.testing.assert_array_equal(m["X"], X)
    assert m["y"].shape == (3, 1) and m["lambda"].shape == (1, 1)
    octave, port = split_for_port(v)
    assert octave["y"].shape == (3, 1) and port == {"y": v["y"]}


def test_missing_keys_are_named_with_what_the_file_holds(tmp_path):
    np.savez(tmp_path / "d.npz", x=np.ones(3), Y=np.ones(3))
    with pytest.raises(UsageError) as info:
        load_input_file(tmp_path / "d.npz", ["X", "y"], what="--inputs", shown="d.npz")
    assert str(info.value) == ("--inputs='d.npz': missing input(s) ['X', 'y'] of the .m signature ['X', 'y']; "
                               "the file holds ['Y', 'x']; rename 'x' -> 'X', 'Y' -> 'y'")
    assert info.value.tip == "key each array by the .m argument name, e.g. numpy.savez(f, X=..., y=...)"


@pytest.mark.parametrize("name, content, message", [
    ("missing.npz", None, r"--inputs='missing.npz': file not found"),
    ("d.csv", b"1,2", r"expected a .npz or .mat file, got '.csv'"),
    ("d.npz", b"garbage", r"not a .npz file \(not a zip archive"),
    ("d.npz", b"PK\x03\x04broken", r"not a readable .npz file"),
    ("d.mat", b"garbage that is no mat file at all" * 10, r"not a readable .mat file"),
])
def test_unreadable_input_files(tmp_path, name, content, message):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    with pytest.raises(UsageError, match=message):
        load_input_file(tmp_path / name, ["X"], shown=name)


def test_pickled_npz_is_refused(tmp_path):
    np.savez(tmp_path / "d.npz", X=np.array([{"a": 1}], dtype=object))
    with pytest.raises(UsageError, match=r"holds Python objects \(pickled\)"):
        load_input_file(tmp_path / "d.npz", ["X"])
