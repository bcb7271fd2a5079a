"""Every mutant in the corpus gets its expected finding first; no divergent mutant is called parity."""
import pytest

from portcheck.cases.nncost import CASE
from portcheck.workflow.pipeline import compare_case
from portcheck.runner import load_port

from .mutants.corpus import CONTROLS, MUTANTS, materialise
from .mutants.evaluate import table, top_id

pytestmark = pytest.mark.octave


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return {mu.name: path for mu, path in materialise(tmp_path_factory.mktemp("mutants"), MUTANTS + CONTROLS)}


def test_the_corpus_is_big_and_covers_the_catalog():
    assert len(MUTANTS) >= 30
    assert len({mu.name for mu in MUTANTS}) == len(MUTANTS)
    assert {mu.expected.rpartition(":")[2] for mu in MUTANTS} >= {
        "unroll-order", "label-base", "y-shape-broadcast", "onehot-from-data", "reg-sign", "reg-bias", "reg-scale",
        "grad-reg-missing", "missing-1-over-m", "constant-factor", "per-unit-factor", "block-local",
        "input-mutation", "nondeterministic", "precision", "port-raised"}


@pytest.mark.parametrize("mutant", MUTANTS + CONTROLS, ids=lambda mu: mu.name)
def test_mutant_top_finding(session, files, mutant):
    port = load_port(f"{files[mutant.name]}:nnCostFunction")
    result = compare_case(CASE, port=port, port_label=mutant.name, session=session)
    if mutant.expected.startswith("parity"):
        assert result.parity and all(f.status == "noted" for f in result.findings)
        noted = mutant.expected.partition(":")[2]
        assert not noted or noted in [f.id for f in result.findings], [(f.id, f.title) for f in result.findings]
        return
    assert not result.parity and result.exit_code == 1
    assert top_id(result) == mutant.expected, [(f.id, f.status, f.title) for f in result.findings]
    assert result.findings[0].status in ("confirmed", "consistent")


def test_the_table_counts_names_wrong_tops_and_parity():
    class R:
        def __init__(self, parity, ids):
            self.parity = parity
            self.findings = [type("F", (), {"id": i})() for i in ids]

    mu = [m for m in MUTANTS if m.expected == "reg-sign"][0]
    text, ok = table([(mu, R(False, ["reg-sign"])), (mu, R(False, ["reg-bias"])), (mu, R(True, []))])
    assert not ok
    assert "reg-sign                   3      1         1      1" in text
    assert f"  WRONG {mu.name}: expected reg-sign, top finding parity" in text
