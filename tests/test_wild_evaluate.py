"""The wild-corpus evaluation's rules, on outcomes written by hand (no Octave): it reads finding ids, never words."""
from pathlib import Path

import pytest

from tests.wild.evaluate import CAUSE_IDS, Entry, Outcome, judge, load_corpus, render


def entry(kind, conventions=(), causes=(), ident="p1", ref="nnCostFunction"):
    return Entry(ident, Path("x.py"), "f", ref, kind, tuple(conventions), tuple(causes))


def f(ident, status="confirmed", **data):
    return (ident, status, data)


def test_correct_port_needs_parity():
    assert judge(entry("correct"), Outcome(0)).named
    v = judge(entry("correct"), Outcome(1, [f("unroll-order")]))
    assert v.false_divergence and not v.named


def test_convention_port_needs_exactly_its_conventions_and_parity_when_declared():
    e = entry("convention", conventions=["row-major-params", "x-with-bias"])
    own = [f("unroll-order", conventions=["row-major-params"], own_convention=True),
           f("x-bias-column", conventions=["x-with-bias"], own_convention=True)]
    assert judge(e, Outcome(1, own, declared_exit=0)).named
    assert not judge(e, Outcome(1, own[:1], declared_exit=0)).named
    assert judge(e, Outcome(1, own, declared_exit=1)).false_divergence
    assert judge(e, Outcome(0)).false_parity


def test_bug_named_by_top_finding_and_every_cause_without_a_wrong_one():
    e = entry("bug", causes=["unroll-order", "reg-bias"])
    good = [f("unroll-order"), f("reg-bias"), f("unexplained", "unexplained"), f("self-consistency", "noted")]
    assert judge(e, Outcome(1, good)).named
    missing = judge(e, Outcome(1, good[:1]))
    assert not missing.named and "reg-bias" in missing.why
    wrong = judge(e, Outcome(1, good + [f("reg-sign")]))
    assert wrong.wrong_cause and not wrong.named
    top_wrong = judge(e, Outcome(1, [f("unexplained", "unexplained"), f("unroll-order", "consistent")]))
    assert not top_wrong.named  # the top finding must name a cause
    assert judge(e, Outcome(0)).false_parity


def test_y_shape_broadcast_alone_is_named_from_the_noted_finding_even_at_parity():
    e = entry("bug", causes=["y-shape-broadcast"])
    v = judge(e, Outcome(0, [f("y-shape-broadcast", "noted")]))
    assert v.named and v.y_shape_parity and not v.false_parity
    assert judge(e, Outcome(0)).false_parity


def test_environment_drift_and_the_real_bug_both_named():
    e = entry("bug", causes=["python2", "integer-division"])
    assert judge(e, Outcome(1, [f("python2"), f("integer-division")])).named
    assert not judge(e, Outcome(1, [f("python2")])).named


def test_free_text_causes_cannot_be_named():
    e = entry("bug", causes=["other: a loop that updates in place", "index-shift"])
    assert not judge(e, Outcome(1, [f("index-shift", "consistent")])).named


def test_every_table_entry_is_a_set_of_ids():
    assert all(isinstance(v, frozenset) and v for v in CAUSE_IDS.values())
    assert CAUSE_IDS["zero-based-labels"] == {"label-base"}


def test_render_counts_per_function(tmp_path):
    vs = [judge(entry("correct", ident="a"), Outcome(0)),
          judge(entry("bug", causes=["reg-bias"], ident="b"), Outcome(1, [f("reg-bias")])),
          judge(entry("bug", causes=["reg-bias"], ident="c", ref="costFunctionReg"), Outcome(0))]
    text, ok = render(vs)
    assert not ok
    assert "buggy ports named with the true cause: 1/2 (50.0%)" in text
    assert "c           bug" in text


def test_load_corpus_reads_every_manifest(tmp_path):
    (tmp_path / "dev-x").mkdir()
    (tmp_path / "dev-x" / "manifest.toml").write_text(
        '[[port]]\nid = "q1"\nfile = "f/q.py"\nfunction = "g"\nreference = "computeCost"\nkind = "bug"\n'
        'conventions = []\ncauses = ["std-ddof"]\n')
    (e,) = load_corpus([tmp_path])
    assert (e.id, e.kind, e.causes, e.path.name) == ("q1", "bug", ("std-ddof",), "q.py")


@pytest.mark.parametrize("cause", ["onehot-from-data", "theta-slice", "lambda-ignored", "unmasked-term",
                                   "classes-hardcoded", "reg-row0", "reg-bias-constant", "grad-zero",
                                   "first-example-dropped", "lambda-squared", "onehot-raw-labels"])
def test_catalog_gaps_have_their_own_ids(cause):
    assert cause in CAUSE_IDS[cause]
