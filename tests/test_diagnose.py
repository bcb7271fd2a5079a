"""The diagnosis engine against real Octave: the examples, the issue's forum port, the contracts."""
import json
from pathlib import Path

import numpy as np
import pytest

from portcheck.cases.base import Case, InputSet
from portcheck.cases.nncost import CASE, debug_network
from portcheck.workflow.pipeline import compare_case
from portcheck.report import render_json
from portcheck.runner import load_port

pytestmark = pytest.mark.octave

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(session, name, case=CASE, **kw):
    port = load_port(f"{EXAMPLES / name}:nnCostFunction") if isinstance(name, str) else name
    return compare_case(case, port=port, port_label=str(name), session=session, **kw)


def by_id(result, ident):
    return next(f for f in result.findings if f.id == ident)


def test_forum_port_both_causes_confirmed(session):
    r = run(session, "forum_port.py")
    assert r.exit_code == 1 and not r.parity
    assert [(f.id, f.status) for f in r.findings] == [
        ("unroll-order", "confirmed"), ("reg-bias", "confirmed"), ("onehot-from-data", "confirmed")]
    # the regularisation gap is (lambda/m) * sum(Theta2[:, 0]**2), computed here from the inputs alone
    reg = by_id(r, "reg-bias")
    _, T2, X, _ = debug_network()
    expected = 3.0 / X.shape[0] * np.sum(T2[:, 0] ** 2)
    gap = reg.data["gaps"]["debug, lambda=3"]
    assert gap["observed"] == pytest.approx(expected, rel=1e-12)
    assert gap["predicted"] == pytest.approx(expected, rel=1e-12)
    assert reg.data["coefficients"] == {"Theta1 weights": 1.0, "Theta1 bias": 0.0, "Theta2 weights": 1.0,
                                        "Theta2 bias": 2.0}
    assert "(lambda/m)*sum(Theta2[:, 0]**2)" in reg.evidence and "Theta2[:, 0]" in reg.location
    # and the gradient matches OCTAVE once the order is fixed
    assert "grad on 3 of 5 sets" in r.findings[0].evidence
    ref = next(s for s in r.sets if s.input_set.name == "debug, lambda=3")
    T1, T2, X, y = debug_network()
    port = load_port(f"{EXAMPLES / 'forum_port.py'}:nnCostFunction")
    _, g = port(np.r_[T1.ravel(), T2.ravel()], 3, 5, 3, X, y, 3.0)
    g_f = np.r_[g[:20].reshape(5, 4).ravel(order="F"), g[20:].reshape(3, 6).ravel(order="F")]
    np.testing.assert_allclose(g_f, ref.reference.outputs[1].ravel(), rtol=1e-12, atol=1e-15)
    assert not any("parity" in f.evidence for f in r.findings)


def test_forum_port_has_no_casts_and_fixed_is_at_parity(session, tmp_path):
    """Issue 9: the forum port as posted (sizes used as they arrive, no int()) gets its three mistakes confirmed
    above; with exactly those three mistakes fixed -- no cast added or changed -- it is at parity."""
    text = (EXAMPLES / "forum_port.py").read_text()
    body = text.split("def nnCostFunction", 1)[1]
    assert "int(" not in body and "astype" not in body
    fixes = [('.reshape(h, n + 1)', '.reshape(h, n + 1, order="F")'),            # 1: column-major unrolling
             ('.reshape(K, h + 1)', '.reshape(K, h + 1, order="F")'),
             ('Theta2_grad.flatten()', 'Theta2_grad.flatten(order="F")'),
             ('Theta1_grad.flatten()', 'Theta1_grad.flatten(order="F")'),
             ('pd.get_dummies(y.ravel(), dtype=float).values', 'np.eye(K)[y.ravel() - 1]'),  # 2: every class
             ('- Theta2[:, 0] @ Theta2[:, 0])', '+ Theta2[:, 0] @ Theta2[:, 0])')]          # 3: both biases out
    fixed = text
    for old, new in fixes:
        assert old in fixed, old
        fixed = fixed.replace(old, new)
    path = tmp_path / "forum_port_fixed.py"
    path.write_text(fixed)
    r = compare_case(CASE, port=load_port(f"{path}:nnCostFunction"), port_label=str(path), session=session)
    assert r.parity and r.exit_code == 0, [f.id for f in r.findings]


def test_diagnosis_costs_one_octave_round_trip(session):
    run(session, "forum_port.py", diagnose=False)  # a session's first comparison also sets up its path
    plain = run(session, "forum_port.py", diagnose=False)
    full = run(session, "forum_port.py")
    assert full.octave_round_trips - plain.octave_round_trips == 1


def test_own_convention_is_said_exactly(session):
    r = run(session, "bad_unroll.py")
    [f] = r.findings
    assert (f.id, f.status, f.title) == ("unroll-order", "confirmed", "column-major unrolling")
    assert ("Correct under its own convention (row-major nn_params and grad): a caller passing Octave's "
            "column-major [Theta1(:); Theta2(:)] gets J off by") in f.evidence
    r = run(session, "labels_zero_based.py")
    assert ("Correct under its own convention (labels 0..K-1): a caller passing Octave's labels 1..K gets"
            in r.findings[0].evidence)


def line_of(example, text):
    lines = (EXAMPLES / example).read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


@pytest.mark.parametrize("example, ident, kind, text, sep", [
    ("labels_zero_based.py", "label-base", "IndexError", "Y[np.arange(m), labels] = 1", " `"),
    ("get_dummies_onehot.py", "onehot-from-data", "ValueError", "J = -np.sum(Y * np.log(a3)", " `"),
    ("notebook_global.py", "port-raised", "NameError", "J = J + lmbda", ": "),
])
def test_a_port_that_raises_is_a_finding_with_its_line_and_cause(session, example, ident, kind, text, sep):
    r = run(session, example)
    assert r.exit_code == 1
    top = r.findings[0]
    assert top.id == ident and top.status == "confirmed"
    assert f"{example}:{line_of(example, text)}{sep}{text}" in top.location
    if ident == "port-raised":
        assert top.evidence.startswith(f"{kind}: name 'lmbda' is not defined -- likely cause: ")
        assert "notebook global" in top.evidence
    else:
        assert kind in top.evidence or kind in r.findings[0].evidence


def test_correct_port_is_parity_and_says_nothing(session):
    r = compare_case(CASE, session=session)
    assert r.parity and r.exit_code == 0 and r.findings == ()


def test_blocks_returned_are_compared_block_by_block(session):
    """Every set agrees block by block, but an Octave-style caller unpacking [J, grad] gets the blocks: the port is
    correct under its own convention (exit 1) until the convention is declared (parity)."""
    r = run(session, "blocks_returned.py")
    assert all(s.status == "parity" for s in r.sets) and not r.parity and r.exit_code == 1
    [f] = r.findings
    assert (f.id, f.status) == ("output-mapping", "confirmed") and f.data["conventions"] == ["blocks-returned"]
    assert all(s.output_mapping for s in r.sets)
    assert [b.block for b in r.sets[0].comparison.outputs[1].blocks] == ["Theta1", "Theta1", "Theta2", "Theta2"]
    declared = run(session, "blocks_returned.py", conventions=["blocks-returned"])
    assert declared.parity and declared.exit_code == 0
    assert ("output-mapping", "noted") in [(f.id, f.status) for f in declared.findings]
    assert not [f for f in declared.findings if f.status != "noted"]


def test_a_port_that_writes_into_its_inputs_is_never_parity(session):
    r = run(session, "aliasing.py")
    assert not r.parity and r.exit_code == 1
    assert {s.status for s in r.sets} == {"input-mutation"}
    top = r.findings[0]
    assert top.id == "input-mutation"
    assert "nn_params entries Theta1[:, 0], Theta2[:, 0] (8 of 38) are changed (now 0)" in top.evidence
    assert "a second call with the same arrays, as an optimiser makes, differs from OCTAVE" in top.evidence


def test_an_unexplained_divergence_is_still_localised(session):
    def tanh_hidden(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
        from portcheck.ports.ex4 import nnCostFunction, roll
        T1, T2 = roll(nn_params, input_layer_size, hidden_layer_size, num_labels)
        J, grad = nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_)
        return J + 0.01 * np.tanh(np.sum(T1)), grad  # a cost term no catalog entry explains

    r = run(session, tanh_hidden)
    assert not r.parity
    [f] = [f for f in r.findings if f.status != "noted"]
    assert (f.id, f.status) == ("unexplained", "unexplained")
    assert f.location == "J"
    assert "J still differs on 5 of 5 sets" in f.evidence
    assert "Self-consistency" in f.evidence and "grad agrees with OCTAVE and J is wrong" in f.evidence
    assert "Largest: J PORT " in f.evidence


def test_json_carries_the_findings(session):
    doc = json.loads(render_json(run(session, "forum_port.py")))
    assert doc["verdict"] == "divergence" and doc["exit_code"] == 1
    assert [f["id"] for f in doc["findings"]] == ["unroll-order", "reg-bias", "onehot-from-data"]
    assert doc["findings"][1]["data"]["coefficients"]["Theta2 bias"] == 2.0
    assert doc["summary"].endswith("confirmed: column-major unrolling")


def test_full_size_is_probed_on_its_first_examples(session):
    r = run(session, "forum_port.py", size="full", lambdas=[3.0])
    assert [(f.id, f.status) for f in r.findings] == [("unroll-order", "confirmed"), ("reg-bias", "confirmed")]
    assert "'full, lambda=3 [first 100 examples]'" in r.findings[1].evidence


def test_other_cases_get_the_generic_probes_and_relations(session):
    """ex2 costFunctionReg: an intercept regularised, and a (m,1) vs (m,) broadcast."""
    rng = np.random.default_rng(1)
    X = np.column_stack([np.ones(20), rng.normal(size=(20, 3))])
    y = (rng.random((20, 1)) > 0.5).astype(float)
    theta = rng.normal(size=(4, 1))

    def build(size="debug", lambdas=None):
        return [InputSet(f"lambda={l:g}", {"theta": theta, "X": X, "y": y, "lambda": l}) for l in (0.0, 1.0, 2.0)]

    case = Case(name="costFunctionReg", exercise="ex2", reference="costFunctionReg",
                port="portcheck.ports.ex2:costFunctionReg", outputs=("J", "grad"), build_inputs=build)

    def sig(z):
        return 1 / (1 + np.exp(-z))

    def intercept_regularised(theta, X, y, lambda_):
        theta = np.asarray(theta, float).reshape(-1, 1)
        m = y.size
        h = sig(X @ theta)
        J = (-(y.T @ np.log(h) + (1 - y).T @ np.log(1 - h)) / m + lambda_ / (2 * m) * np.sum(theta ** 2)).item()
        return J, X.T @ (h - y) / m + lambda_ / m * theta

    def flat_h(theta, X, y, lambda_):
        theta = np.asarray(theta, float).ravel()
        m = y.size
        h = sig(X @ theta)  # (m,) against y (m, 1): an (m, m) cost
        J = np.sum(-(y * np.log(h) + (1 - y) * np.log(1 - h))) / m + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
        grad = X.T @ (h - y.ravel()) / m
        grad[1:] += lambda_ / m * theta[1:]
        return J, grad

    session.add_path(case.reference_path.parent)
    r = compare_case(case, port=intercept_regularised, session=session)
    assert (r.findings[0].id, r.findings[0].status) == ("reg-bias", "confirmed")
    assert r.findings[0].title == "theta[0] (the intercept) regularised (J and grad)"
    # the fix is the port's own penalty line with theta[0] left out (and the gradient's in its names)
    assert r.findings[0].fix.startswith("J = (-(y.T @ np.log(h) + (1 - y).T @ np.log(1 - h)) / m + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)).item()")
    assert "grad[1:] += lambda_ / m * theta[1:]" in r.findings[0].fix
    r = compare_case(case, port=flat_h, session=session)
    # (m,) vs (m,1) is a representation: with y as (m,) the port agrees; the broadcast is noted, with its line
    assert r.parity and r.exit_code == 0
    noted = {f.id: f for f in r.findings if f.status == "noted"}
    assert noted["representation"].title == "needs y as (m,)"
    line = next(i for i, text in enumerate(Path(__file__).read_text().splitlines(), 1)  # where (m,) meets (m, 1)
                if "J = np.sum(-(y * np.log(h) + (1 - y) * np.log(1 - h))) / m" in text)
    assert noted["y-shape-broadcast"].location == f"test_diagnose.py:{line}"


def test_std_ddof_in_a_case_without_lambda(session):
    """ex1 featureNormalize with NumPy's default std: the catalog's P6 factor, on a case with no lambda."""
    X = np.random.default_rng(0).normal(size=(6, 3))
    case = Case(name="featureNormalize", exercise="ex1", reference="featureNormalize",
                port="portcheck.ports.ex1:featureNormalize", outputs=("X_norm", "mu", "sigma"),
                build_inputs=lambda size="debug", lambdas=None: [InputSet("X 6x3", {"X": X})])

    def feature_normalize(X):
        mu, sigma = X.mean(0), X.std(0)
        return (X - mu) / sigma, mu, sigma

    session.add_path(case.reference_path.parent)
    r = compare_case(case, port=feature_normalize, session=session)
    [f] = r.findings
    assert (f.id, f.status, f.location) == ("std-ddof", "consistent", "X_norm and sigma")
    # N = 6: sqrt(6/5) = 1.095445, sqrt(5/6) = 0.9128709, measured and named
    assert f.evidence.startswith("PORT's X_norm = sqrt(N/(N-1)) x OCTAVE's (ratio 1.095445, and sqrt(N/(N-1)) = 1.095445); "
                                 "PORT's sigma = sqrt((N-1)/N) x OCTAVE's (ratio 0.9128709, and sqrt((N-1)/N) = 0.9128709)")
    assert "PORT's std/var divide by N (NumPy's default ddof=0), OCTAVE's by N-1" in f.evidence
    assert f.fix.startswith("sigma = X.std(axis=0, ddof=1)")
