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
