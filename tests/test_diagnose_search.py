"""The joint convention search: its moves, its combinations, its budget (units, then one run on real Octave)."""
from types import SimpleNamespace

import numpy as np
import pytest

from portcheck.cases.blocks import Block
from portcheck.cases.nncost import CASE
from portcheck.diagnose.conventions import (Convention, apply_inputs, apply_outputs, from_names, octave_convention,
                                            order_variants)
from portcheck.diagnose.problem import Roles
from portcheck.diagnose.search import MAX_FAMILIES, _structures
from portcheck.workflow.pipeline import compare_case
from tests.mutants.corpus import MUTANTS, materialise

BLOCKS = [Block("Theta1", (5, 4), 0), Block("Theta2", (3, 6), 20)]


def problem(**roles):
    r = Roles(**{"cost": 0, "grad": 1, "params": "p", "labels": "y", "X": "X", "labels_out": (), **roles})
    s = SimpleNamespace(values={"X": np.arange(15.0).reshape(5, 3), "y": np.array([[1.0], [2.0], [3.0], [1.0], [2.0]])})
    return SimpleNamespace(roles=r, blocks=lambda _: BLOCKS, K=lambda _: 3, x_has_ones=lambda _: False,
                           matrix_outputs=lambda _: ()), s


def test_order_variants_are_every_per_block_choice_in_and_out():
    base = octave_convention(2)
    variants = order_variants(base, BLOCKS, has_grad=True)
    assert len(variants) == 15 and base not in variants
    assert Convention(("F", "C"), ("F", "F")) in variants  # Theta2 read row-major only (ml_cofi_04's mistake)
    vec = order_variants(octave_convention(1), [Block("theta", (1, 4), 0)], has_grad=True)
    assert vec == []  # a vector has one order


def test_structures_combine_up_to_three_families_one_each():
    p, s = problem()
    combos = _structures(p, s, octave_convention(2), ["nn_grad"])
    fams = [c.families(octave_convention(2)) for c in combos]
    assert all(0 < len(f) <= MAX_FAMILIES and len(set(f)) == len(f) for f in fams)
    assert ("zero-based-labels", "x-with-bias") in fams
    assert ("zero-based-labels", "x-with-bias", "separate-gradient") in fams
    assert not any({"x-with-bias", "x-without-bias"} <= set(f) for f in fams)


def test_apply_inputs_and_outputs_round_trip():
    p, s = problem()
    conv = Convention(("C", "C"), ("C", "C"), y_base=0, x_bias=1, x_T=True)
    flat = np.arange(38.0).reshape(-1, 1)
    v = apply_inputs({"p": flat, "X": s.values["X"], "y": s.values["y"]}, conv, p, BLOCKS)
    assert v["X"].shape == (4, 5) and np.all(v["X"][0] == 1)
    assert v["y"].ravel().tolist() == [0, 1, 2, 0, 1]
    assert v["p"][:20].ravel().tolist() == flat[:20].ravel().reshape(5, 4, order="F").ravel().tolist()
    back = apply_outputs((1.0, v["p"].ravel()), conv, p, BLOCKS)
    np.testing.assert_array_equal(back[1], flat.ravel())


def test_declared_names_build_the_convention():
    p, s = problem(labels_out=())
    conv = from_names(["row-major-params", "zero-based-labels"], p, s)
    assert conv.families(octave_convention(2)) == ("row-major-params", "zero-based-labels")
    assert conv.in_order == ("C", "C") and conv.out_order == ("C", "C") and conv.y_base == 0


@pytest.mark.octave
def test_two_conventions_at_once_are_found_within_the_budget(session, tmp_path):
    mu = next(m for m in MUTANTS if m.name == "row-major-x-with-bias")
    ((_, path),) = materialise(tmp_path, (mu,))
    from portcheck.runner import load_port

    r = compare_case(CASE, port=load_port(f"{path}:nnCostFunction"), session=session)
    ids = [(f.id, f.data.get("own_convention")) for f in r.findings]
    assert ids[:2] == [("unroll-order", True), ("x-bias-column", True)]
    assert 0 < r.search["port_calls"] <= r.search["budget"] and r.search["seconds"] > 0
    assert "Correct under its own convention" in r.findings[0].evidence
