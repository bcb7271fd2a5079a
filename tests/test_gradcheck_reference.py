"""The reference side of a gradient check, inside Octave in one call: full and directional."""
import numpy as np
import pytest

from portcheck.cases.nncost import debug_network, make_input_set
from portcheck.octave import OctaveSession, reference_dir
from portcheck.gradcheck.reference import reference_directional_check, reference_gradient_check
from portcheck.signature import read_m_signature

SIG = read_m_signature(reference_dir("ex4") / "nnCostFunction.m")


@pytest.fixture(scope="module")
def octave(tmp_path_factory):
    # a copy of the reference whose gradient entry 7 (Theta1(2,2) of the debug network) is doubled
    folder = tmp_path_factory.mktemp("wrong_reference")
    src = (reference_dir("ex4") / "nnCostFunction.m").read_text()
    src = src.replace("function [J, grad] = nnCostFunction(", "function [J, grad] = nnCostWrong(", 1)
    src = src.replace("grad = [Theta1_grad(:); Theta2_grad(:)];", "grad = [Theta1_grad(:); Theta2_grad(:)];\ngrad(7) = 2 * grad(7);")
    (folder / "nnCostWrong.m").write_text(src)
    with OctaveSession(paths=[reference_dir("ex4"), folder]) as session:
        yield session


def debug_values(lambda_=3.0):
    return make_input_set(*debug_network(), lambda_, "debug").values


def test_full_check_of_the_correct_reference_passes_in_one_call(octave):
    r = reference_gradient_check(octave, "nnCostFunction", SIG.inputs, debug_values(), "nn_params", 2)
    # central differences at h = eps^(1/3): ~eps^(2/3) = 4e-11 relative error
    assert r.passed and r.ng_relative < 1e-8 and r.n_params == 38
    assert r.round_trips <= 4  # one push of every input, one eval of the whole loop, one pull, one clear


def test_full_check_names_the_wrong_entry(octave):
    r = reference_gradient_check(octave, "nnCostWrong", SIG.inputs, debug_values(), "nn_params", 2)
    assert not r.passed and r.worst_index == 6


def test_directional_check_passes_correct_and_fails_only_the_wrong_block(octave):
    blocks = [("Theta1", 20), ("Theta2", 18)]
    ok = reference_directional_check(octave, "nnCostFunction", SIG.inputs, debug_values(), "nn_params", 2, blocks=blocks)
    assert ok.passed and ok.evaluations == 1 + 4 * 3 * 2
    bad = reference_directional_check(octave, "nnCostWrong", SIG.inputs, debug_values(), "nn_params", 2, blocks=blocks)
    verdicts = {name: passed for name, _, _, _, passed in bad.blocks}
    assert verdicts == {"Theta1": False, "Theta2": True}
    assert bad.verdict().startswith("FAIL: Octave nnCostWrong analytic gradient vs central differences along 6 random")


def test_reference_inputs_are_left_unchanged(octave):
    values = debug_values()
    before = {k: np.array(v, copy=True) for k, v in values.items()}
    reference_directional_check(octave, "nnCostFunction", SIG.inputs, values, "nn_params", 2)
    for k in values:
        np.testing.assert_array_equal(values[k], before[k])
