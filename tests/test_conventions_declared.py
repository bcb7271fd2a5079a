"""A port correct under its own convention: exit 1 and said so, until declared (CLI, portcheck.toml, assert_parity)."""
import textwrap

import pytest

from portcheck.cases import get_case
from portcheck.cases.project import project_cases
from portcheck.errors import ParityError, UsageError
from portcheck.workflow.parity import assert_parity
from tests.mutants.corpus import MUTANTS, materialise

from .ridge_project import M_FILE


@pytest.fixture(scope="module")
def row_major(tmp_path_factory):
    mu = next(m for m in MUTANTS if m.name == "unroll-both-C")
    ((_, path),) = materialise(tmp_path_factory.mktemp("conv"), (mu,))
    return f"{path}:nnCostFunction"


@pytest.mark.octave
def test_cli_own_convention_exits_1_then_declared_exits_0(run_cli, row_major):
    code, out, _ = run_cli("compare", "nnCost", "--python", row_major)
    assert code == 1 and "Correct under its own convention (row-major nn_params and grad)" in " ".join(out.split())
    code, out, _ = run_cli("compare", "nnCost", "--python", row_major, "--convention", "row-major-params")
    assert code == 0 and out.startswith("parity:") and "called under its declared convention" in " ".join(out.split())


def test_cli_unknown_convention_is_a_usage_error(run_cli, row_major):
    code, _, err = run_cli("compare", "nnCost", "--python", row_major, "--convention", "row-major")
    assert code == 2 and "convention='row-major' is not a convention portcheck knows" in err
    assert "row-major-params" in err


@pytest.mark.octave
def test_assert_parity_takes_the_declared_convention(session, row_major):
    with pytest.raises(ParityError):
        assert_parity("nnCostFunction", row_major, session=session)
    result = assert_parity("nnCostFunction", row_major, session=session, conventions=["row-major-params"])
    assert result.parity and result.conventions == ("row-major-params",)
    assert result.search in ({}, None)  # parity: no diagnosis search ran


def test_toml_conventions_key_is_read_and_checked(tmp_path):
    (tmp_path / "ridgeCost.m").write_text(M_FILE)
    toml = tmp_path / "portcheck.toml"
    toml.write_text(textwrap.dedent('''\
        [[case]]
        name = "ridgeCost"
        reference = "ridgeCost.m"
        port = "ridge.py:ridge_cost"
        inputs = { X = { shape = [6, 3], generator = "sin" }, y = { shape = [6, 1], generator = "cos" }, theta = { shape = [3, 1], generator = "sin" }, lambda = 1 }
        conventions = ["x-with-bias"]
        '''))
    (case,) = project_cases(tmp_path)
    assert case.conventions == ("x-with-bias",)
    toml.write_text(toml.read_text().replace('conventions = ["x-with-bias"]', 'conventions = "x-with-bias"'))
    with pytest.raises(UsageError, match="conventions="):
        project_cases(tmp_path)
    assert get_case("nnCostFunction").conventions == ()


ROW_MAJOR_BLOCKS = '''\
import numpy as np


def nn_cost(params, n_in, n_hid, K, X, y, lam):
    """Row-major weights in, the two gradient matrices out (its own API)."""
    cut = n_hid * (n_in + 1)
    W1 = params[:cut].reshape(n_hid, n_in + 1)
    W2 = params[cut:].reshape(K, n_hid + 1)
    m = X.shape[0]
    Y = np.eye(K)[np.ravel(y).astype(int) - 1]
    A1 = np.hstack([np.ones((m, 1)), X])
    S2 = 1 / (1 + np.exp(-A1 @ W1.T))
    A2 = np.hstack([np.ones((m, 1)), S2])
    H = 1 / (1 + np.exp(-A2 @ W2.T))
    J = -np.sum(Y * np.log(H) + (1 - Y) * np.log(1 - H)) / m
    J += lam / (2 * m) * (np.sum(W1[:, 1:] ** 2) + np.sum(W2[:, 1:] ** 2))
    D3 = H - Y
    D2 = (D3 @ W2[:, 1:]) * S2 * (1 - S2)
    G1, G2 = D2.T @ A1 / m, D3.T @ A2 / m
    G1[:, 1:] += lam / m * W1[:, 1:]
    G2[:, 1:] += lam / m * W2[:, 1:]
    return J, G1, G2
'''


@pytest.mark.octave
def test_declared_row_major_with_gradient_blocks_is_parity_and_not_random(session, tmp_path):
    """Row-major params in, gradient matrices out: declared, nothing to undo on the way back, and the
    three calls of the randomness probe are made alike (a declared run is not compared with plain ones)."""
    path = tmp_path / "rm_blocks.py"
    path.write_text(ROW_MAJOR_BLOCKS)
    port = f"{path}:nn_cost"
    result = assert_parity("nnCostFunction", port, session=session,
                           conventions=["row-major-params", "blocks-returned"])
    assert result.parity
    with pytest.raises(ParityError):  # the blocks are a convention too: declared alone, row-major still differs
        assert_parity("nnCostFunction", port, session=session, conventions=["blocks-returned"])
    with pytest.raises(ParityError) as info:  # undeclared: the convention is named, never randomness
        assert_parity("nnCostFunction", port, session=session)
    ids = [f.id for f in info.value.result.findings]
    assert "unroll-order" in ids and "nondeterministic" not in ids


@pytest.mark.octave
def test_a_real_bug_under_a_declared_convention_is_not_taken_for_randomness(session, tmp_path):
    path = tmp_path / "rm_blocks_bug.py"
    path.write_text(ROW_MAJOR_BLOCKS.replace("    G2[:, 1:] += lam / m * W2[:, 1:]\n", ""))
    with pytest.raises(ParityError) as info:
        assert_parity("nnCostFunction", f"{path}:nn_cost", session=session, conventions=["row-major-params"])
    ids = [f.id for f in info.value.result.findings]
    assert "nondeterministic" not in ids and "grad-reg-missing" in ids, ids
