"""Unit tests of the diagnosis building blocks: no Octave needed."""
import numpy as np
import pytest

from portcheck.cases.blocks import Block
from portcheck.cases.nncost import build_inputs, family_sets, nn_blocks
from portcheck.diagnose.basic import likely_cause
from portcheck.diagnose.cells import compare_cells, layout, proportional, score
from portcheck.diagnose.conventions import reorder as _reorder
from portcheck.diagnose.finding import Finding
from portcheck.diagnose.relations import relate
from portcheck.diagnose.wording import blocks_phrase, ratio_name, set_list
from portcheck.compare import map_port_outputs
from portcheck.runner import PortRun


def test_family_sets_cover_the_shapes_mistakes_hide_in():
    sets = build_inputs()
    names = [s.name for s in sets]
    assert names == ["debug, lambda=0", "debug, lambda=3", "label 2 absent, lambda=3", "m=1, lambda=3",
                     "random, lambda=3"]
    absent = sets[2].values["y"].ravel()
    assert 2 not in absent and set(absent) == {1.0, 3.0}
    assert sets[3].values["X"].shape == (1, 3) and sets[3].values["y"].shape == (1, 1)
    rnd = sets[4].values
    dims = (int(rnd["input_layer_size"]), int(rnd["hidden_layer_size"]), int(rnd["num_labels"]), rnd["X"].shape[0])
    assert len(set(dims)) == 4  # no two dimensions coincide
    assert set(rnd["y"].ravel()) == set(range(1, dims[2] + 1))
    assert [s.name for s in build_inputs(lambdas=[1.0])] == ["debug, lambda=1", "label 2 absent, lambda=1",
                                                             "m=1, lambda=1", "random, lambda=1"]
    assert len(build_inputs("full")) == 2
    assert family_sets(0.5)[0].values["lambda"] == 0.5


def test_reorder_round_trip_per_block():
    blocks = [Block("A", (2, 3), 0), Block("B", (3, 2), 6)]
    flat = np.arange(12.0)
    c = _reorder(flat, blocks, ("C", "F"), True)
    assert c[:6].tolist() == np.arange(6.0).reshape((2, 3), order="F").ravel().tolist()
    assert c[6:].tolist() == flat[6:].tolist()
    assert _reorder(c, blocks, ("C", "F"), False).tolist() == flat.tolist()


def test_proportional_finds_exact_factors_only():
    a = np.array([1.0, -2.0, 3.0])
    assert proportional(5 * a, a) == pytest.approx(5)
    assert proportional(a + [0, 0, 1e-6], a) is None
    assert proportional(np.zeros(3), a) is None


def test_cells_split_blocks_into_bias_and_weights():
    s = build_inputs()[0]
    ref = (2.1, np.zeros((38, 1)))
    cells = layout(("J", "grad"), ref, nn_blocks(s))
    assert [c.key for c in cells] == ["J", "grad:Theta1 bias", "grad:Theta1 weights", "grad:Theta2 bias",
                                      "grad:Theta2 weights"]
    assert [c.size for c in cells] == [1, 5, 15, 3, 15]
    port = (2.1, np.r_[np.zeros(5), np.ones(15), np.zeros(18)])
    res = compare_cells(port, ref, cells, 1e-9, 1e-12)
    assert [res[c.key].status for c in cells] == ["match", "match", "differ", "match", "match"]
    assert score(res) == 8
    assert compare_cells(None, ref, cells, 1e-9, 1e-12)["J"].status == "missing"
    assert compare_cells((2.1, np.zeros(37)), ref, cells, 1e-9, 1e-12)["grad:Theta1 bias"].status == "shape"


def test_blocks_returned_separately_are_joined_column_major():
    s = build_inputs()[0]
    G1, G2 = np.arange(20.0).reshape(5, 4), np.arange(18.0).reshape(3, 6)
    run = PortRun((1.0, G1, G2), None, (), 0.0, "tuple of 3")
    mapped, note = map_port_outputs(run, ("J", "grad"), nn_blocks(s))
    assert np.array_equal(mapped.outputs[1], np.r_[G1.ravel(order="F"), G2.ravel(order="F")])
    assert note == ("PORT returned grad as 2 separate outputs (Theta1_grad 5x4, Theta2_grad 3x6); compared as their "
                    "column-major unrolling [Theta1(:); Theta2(:)], block by block")
    listed, note2 = map_port_outputs(PortRun((1.0, [G1, G2]), None, (), 0.0), ("J", "grad"), nn_blocks(s))
    assert np.array_equal(listed.outputs[1], mapped.outputs[1]) and "a list of 2 arrays" in note2
    same, none = map_port_outputs(PortRun((1.0, np.zeros(38)), None, (), 0.0), ("J", "grad"), nn_blocks(s))
    assert none == "" and same.outputs[1].shape == (38,)


@pytest.mark.parametrize("etype, message, expected", [
    ("IndexError", "index 3 is out of bounds for axis 1 with size 3", "1-based labels"),
    ("IndexError", "arrays used as indices must be of integer (or boolean) type", "float labels"),
    ("ValueError", "operands could not be broadcast together with shapes (5,2) (5,3)", "get_dummies"),
    ("ValueError", "all the input array dimensions except for the concatenation axis must match", "m = X.shape[0]"),
    ("NameError", "name 'lmbda' is not defined", "notebook global"),
])
def test_likely_cause_reads_the_message(etype, message, expected):
    assert expected in likely_cause(etype, message)


def test_wording_helpers():
    assert ratio_name(5.0, 5) == "m (= 5)"
    assert ratio_name(0.5) == "1/2" and ratio_name(-1.0) == "-1" and ratio_name(5 / 3) == "5/3"
    assert blocks_phrase(["Theta1", "Theta2", "Theta1"]) == "Theta1 and Theta2"
    assert blocks_phrase([]) == ""
    assert set_list(["a", "b", "c", "d"]) == "'a', 'b', 'c' and 1 more"


def test_finding_stays_hashable_and_serialisable():
    f = Finding("reg-bias", "confirmed", "t", "e", data={"gap": 0.1})
    assert hash(f) == hash(Finding("reg-bias", "confirmed", "t", "e", data={"gap": 0.2}))
    assert f.to_dict()["data"] == {"gap": 0.1}


_A = np.array([[1.0, 4.0, 7.0], [2.0, 5.0, 8.0]])
_Y = np.array([[1.0], [2.0], [3.0]])


@pytest.mark.parametrize("octave, port, ident", [
    (_A, _A.T, "transpose"),
    (_A, _A.ravel(order="C").reshape(_A.shape, order="F"), "reshape-order"),
    (_A, _A - 1, "index-base"),  # the course engine calls it label-base
    (_Y, np.array([[1.0, 9, 9], [9, 2.0, 9], [9, 9, 3.0]]), "y-shape-broadcast"),
])
def test_output_relations_name_what_they_see(octave, port, ident):
    assert relate(octave, port)[0] == ident
    assert relate(octave, octave) is None
