"""Roles and representation: what each argument is, and what a Python caller passes for it. No Octave needed."""
from __future__ import annotations

import numpy as np
import pytest

from portcheck.cases import builtin_cases
from portcheck.cases.base import InputSet
from portcheck.cases.roles import OutRole, Role, Roles, declared_roles, infer_roles
from portcheck.errors import UsageError
from portcheck.runner.representation import (Representation, conform, default_representation, normalise_outputs,
                                             port_values, representation_moves)
from portcheck.signature import MSignature, read_m_signature


def _sig(inputs, outputs=("out",)):
    return MSignature("f", tuple(inputs), tuple(outputs))


def test_every_builtin_case_declares_a_role_for_every_input_and_output():
    for case in builtin_cases():
        sig = read_m_signature(case.reference_path)
        assert isinstance(case.roles, Roles), case.name
        assert set(case.roles.inputs) == set(sig.inputs) | set(case.port_extras), case.name
        assert set(case.roles.outputs) == set(sig.outputs), case.name
        for s in case.build_inputs():
            assert s.roles is case.roles, (case.name, s.name)


def test_nncost_inputs_reach_the_port_as_a_python_caller_passes_them():
    case = next(c for c in builtin_cases() if c.name == "nnCostFunction")
    v = case.build_inputs()[0].for_port()
    assert type(v["input_layer_size"]) is int and type(v["num_labels"]) is int
    assert v["y"].dtype == np.int64 and v["y"].shape == (5, 1)
    assert v["nn_params"].shape == (38,)
    assert type(v["lambda"]) is float
    assert v["X"].shape == (5, 3) and v["X"].dtype == np.float64


def test_roles_are_inferred_from_names_then_values():
    values = {"theta": np.zeros((3, 1)), "X": np.ones((6, 3)), "y": np.array([[1.0], [2.0], [3.0], [1.0], [2.0], [3.0]]),
              "num_labels": 3.0, "lambda": 1.0, "alpha": 0.01, "n_things": 7.0, "R": np.eye(6, 3),
              "Y": np.arange(18.0).reshape(6, 3)}
    roles = infer_roles(_sig(values, ("J", "grad", "p")), [InputSet("s", values)])
    assert roles.inputs == {"theta": Role.PARAMS, "X": Role.DESIGN, "y": Role.LABELS, "num_labels": Role.SIZE,
                            "lambda": Role.LAMBDA, "alpha": Role.SCALAR, "n_things": Role.SIZE,
                            "R": Role.MASK, "Y": Role.DATA}
    assert roles.outputs == {"J": OutRole.COST, "grad": OutRole.GRAD, "p": OutRole.LABELS_OUT}


def test_an_integer_scalar_that_is_a_dimension_of_another_input_is_a_size():
    values = {"A": np.ones((4, 7)), "q": 7.0, "w": 2.5}
    roles = infer_roles(_sig(values), [InputSet("s", values)])
    assert roles.inputs["q"] is Role.SIZE and roles.inputs["w"] is Role.SCALAR


def test_a_one_d_x_is_data_not_a_design_matrix():
    values = {"x": np.linspace(0, 1, 5).reshape(-1, 1), "k": 3.0}
    roles = infer_roles(_sig(values), [InputSet("s", values)])
    assert roles.inputs["x"] is Role.DATA and roles.inputs["k"] is Role.SIZE


def test_binary_y_is_targets_and_labels_is_not_num_labels():
    values = {"y": np.array([[0.0], [1.0], [1.0]]), "labels": np.array([[1.0], [2.0], [2.0]])}
    roles = infer_roles(_sig(values), [InputSet("s", values)])
    assert roles.inputs == {"y": Role.TARGETS, "labels": Role.LABELS}


def test_a_vector_as_long_as_a_vector_output_is_the_parameter_vector():
    values = {"w0": np.ones((4, 1)), "A": np.ones((9, 4))}
    roles = infer_roles(_sig(values, ("c", "d")), [InputSet("s", values)], reference_outputs=(1.0, np.ones((4, 1))))
    assert roles.inputs["w0"] is Role.PARAMS
    assert roles.outputs == {"c": OutRole.COST, "d": OutRole.GRAD}


def test_declared_roles_win_over_inference():
    values = {"q": 7.0, "A": np.ones((4, 7))}
    roles = infer_roles(_sig(values), [InputSet("s", values)], {"q": "scalar"})
    assert roles.inputs["q"] is Role.SCALAR and roles.inferred == ("A", "out")


def test_toml_roles_are_checked_and_name_the_valid_ones():
    assert declared_roles({"K": "size"}) == {"K": "size"}
    with pytest.raises(UsageError, match="unknown role; choose one of .*size"):
        declared_roles({"K": "count"})


ROLES = Roles({"p": Role.PARAMS, "n": Role.SIZE, "X": Role.DESIGN, "y": Role.LABELS, "t": Role.TARGETS,
               "lambda": Role.LAMBDA}, {"J": OutRole.COST})
VALUES = {"p": np.arange(6.0).reshape(-1, 1), "n": 3.0, "X": np.ones((4, 2)), "y": np.array([[1.0], [2.0], [3.0], [1.0]]),
          "t": np.linspace(0, 1, 4).reshape(-1, 1), "lambda": 1.0}


def test_the_default_representation_is_what_a_python_caller_passes():
    v = port_values(InputSet("s", VALUES), ROLES)
    assert type(v["n"]) is int and v["n"] == 3
    assert v["p"].shape == (6,) and v["y"].dtype == np.int64 and v["y"].shape == (4, 1)
    assert v["t"].shape == (4, 1) and type(v["lambda"]) is float


def test_conform_is_idempotent_and_never_writes_into_its_inputs():
    before = {k: np.array(v, copy=True) if isinstance(v, np.ndarray) else v for k, v in VALUES.items()}
    rep = Representation(vectors_1d=frozenset({"y", "t"}), params_column=True, float_sizes=True,
                         int_scalars=frozenset({"lambda"}))
    once = conform(VALUES, ROLES, rep)
    twice = conform(once, ROLES, rep)
    assert once["y"].shape == (4,) and once["p"].shape == (6, 1) and type(once["n"]) is float
    assert type(once["lambda"]) is int
    for k in once:
        assert np.array_equal(once[k], twice[k]) and np.shape(once[k]) == np.shape(twice[k])
        assert np.array_equal(VALUES[k], before[k])


def test_moves_change_one_choice_each_and_cover_the_vectors():
    moves = representation_moves(ROLES, InputSet("s", VALUES), Representation())
    changes = [m.changes(Representation()) for m in moves]
    assert all(len(c) >= 1 for c in changes)
    assert ("t as (m,)", "y as (m,)") in changes and ("y as (m,)",) in changes and ("t as (m,)",) in changes
    assert ("params as (N, 1)",) in changes and ("sizes as float",) in changes and ("labels as float",) in changes
    assert ("lambda as int",) in changes
    assert len(set(moves)) == len(moves)


def test_a_vector_stored_one_d_by_the_user_stays_one_d():
    s = InputSet("s", {"t": np.ones((3, 1))}, port_values={"t": np.ones(3)})
    rep = default_representation(Roles({"t": Role.TARGETS}), s)
    assert rep.vectors_1d == {"t"}
    assert port_values(s, Roles({"t": Role.TARGETS})) ["t"].shape == (3,)


def test_describe_names_every_choice_that_applies():
    assert Representation().describe(ROLES) == "params 1-D, sizes as int, labels as int64"
    assert Representation(vectors_1d=frozenset({"y"})).changes(Representation()) == ("y as (m,)",)


@pytest.mark.filterwarnings("ignore:the matrix subclass")
@pytest.mark.parametrize("value, expected, note", [
    (np.float64(2.5), 2.5, ""), (np.array(2.5), 2.5, ""), (np.array([2.5]), 2.5, "read as a scalar"),
    (np.array([[2.5]]), 2.5, "read as a scalar"), (np.asmatrix(np.array([[1.0, 2.0]])), None, "np.matrix"),
    ([1.0, 2.0, 3.0], None, "list of 3"),
])
def test_outputs_are_read_as_scalars_and_arrays_with_notes(value, expected, note):
    outs, notes = normalise_outputs((value, 1), 2)
    assert notes[0] == "tuple of 2"
    if expected is not None:
        assert outs[0] == expected and type(outs[0]) is float
    else:
        assert type(outs[0]) is np.ndarray
    assert note in " ".join(notes)


def test_a_list_of_arrays_stays_a_list_for_the_block_mapping():
    outs, _ = normalise_outputs((1.0, [np.ones((2, 2)), np.ones((2, 2))]), 2)
    assert isinstance(outs[1], list)
