"""No exit 0 without a comparison that happened, whoever reads stdout (issue 11, item 3).

Each run is the real CLI; conftest asserts no exit 3, no false exit 0, no
leftover process, the user's folder untouched.
"""
from __future__ import annotations

import numpy as np
import pytest

from .conftest import COMPARE, GOOD, ROOT, compare_args, port

pytestmark = [pytest.mark.octave, pytest.mark.slow]

WRONG = port("pass")


@pytest.mark.parametrize("reader", ["close", "head"])
def test_a_reader_that_goes_away_keeps_the_exit_code(adversarial, reader):
    """``portcheck compare ... | true`` and ``| head -c 10`` on a divergence: still exit 1."""
    adversarial.run(*compare_args("wrong.py"), files={"wrong.py": WRONG}, expect=(1,), stdout=reader)


def test_a_reader_that_goes_away_keeps_the_exit_code_with_json(adversarial):
    adversarial.run(*compare_args("wrong.py", "--json"), files={"wrong.py": WRONG}, expect=(1,), stdout="head")


def test_a_reader_that_goes_away_keeps_parity_too(adversarial):
    adversarial.run(*compare_args("good.py"), files={"good.py": GOOD}, expect=(0,), stdout="close", right=True)


def test_zeros_for_a_tiny_reference_diverge(adversarial):
    """A 1e-14-scale reference is compared relative to its own scale, and the report says so."""
    files = {"tiny.m": "function y = tiny(x, k)\n  y = x * k * 1e-14;\nend\n",
             "zeros.py": "import numpy as np\n\ndef tiny(x, k):\n    return np.zeros_like(x)\n"}
    run = adversarial.run("compare", "--octave", "tiny.m", "--python", "zeros.py:tiny", "--inputs", "in.npz",
                          files=files, expect=(1,))
    assert "all below atol" in run.stdout, run


def test_a_tiny_reference_still_agrees_with_itself(adversarial):
    files = {"tiny.m": "function y = tiny(x, k)\n  y = x * k * 1e-14;\nend\n",
             "tiny_ok.py": "def tiny(x, k):\n    return x * k * 1e-14\n"}
    run = adversarial.run("compare", "--octave", "tiny.m", "--python", "tiny_ok.py:tiny", "--inputs", "in.npz",
                          files=files, expect=(0,), right=True)
    assert "compared relative to its own scale" in run.stdout, run


def test_an_all_nan_reference_is_not_parity(adversarial):
    files = {"nanref.m": "function y = nanref(x, k)\n  y = x * NaN;\nend\n",
             "nanport.py": "import numpy as np\n\ndef nanref(x, k):\n    return x * np.nan\n"}
    run = adversarial.run("compare", "--octave", "nanref.m", "--python", "nanport.py:nanref", "--inputs", "in.npz",
                          "--json", files=files, expect=(1,))
    assert run.document["verdict"] == "inconclusive", run
    assert any(f["id"] == "reference-all-nan" for f in run.document["findings"]), run


@pytest.mark.parametrize("example", ["reg_sign", "cost_half"])
def test_lambda_nan_does_not_pass_a_known_wrong_port(adversarial, example):
    run = adversarial.run("compare", "nnCost", "--python", str(ROOT / "examples" / f"{example}.py") + ":nnCostFunction",
                          "--lambda", "nan", expect=(1,))
    assert not run.stdout.startswith("parity"), run


def test_nan_where_octave_is_finite_is_its_own_layer(adversarial):
    source = port("pass", head="import numpy as np", value="np.where(x > 2, np.nan, x * k)")
    run = adversarial.run(*compare_args("nan_port.py"), files={"nan_port.py": source}, expect=(1,))
    assert "NaN/Inf positions differ at 3 of 6 entries" in run.stdout, run


def test_extra_return_values_are_a_finding(adversarial):
    run = adversarial.run(*compare_args("extra.py", "--json"), files={"extra.py": port("pass", value="x * k, 42")},
                          expect=(1,))
    assert any(f["id"] == "extra-outputs" for f in run.document["findings"]), run


def test_an_empty_input_compares_nothing_and_is_not_parity(adversarial):
    files = {"empty.npz": lambda p: np.savez(p, x=np.zeros((0, 2)), k=2.0), "good.py": GOOD}
    run = adversarial.run("compare", "--octave", "scale.m", "--python", "good.py:scale", "--inputs", "empty.npz",
                          files=files, expect=(1,))
    assert run.stdout.startswith("inconclusive:"), run


def test_a_reference_without_outputs_is_a_usage_error(adversarial):
    files = {"noout.m": "function noout(x, k)\n  z = x * k;\nend\n", "noout.py": "def noout(x, k):\n    return None\n"}
    run = adversarial.run("compare", "--octave", "noout.m", "--python", "noout.py:noout", "--inputs", "in.npz",
                          files=files, expect=(2,))
    assert "returns no outputs" in run.stderr, run


@pytest.mark.parametrize("option", [("--lambda", ""), ("--rtol", "-1"), ("--atol", "inf")])
def test_meaningless_options_are_refused(adversarial, option):
    adversarial.run(*COMPARE, "--python", "good.py:scale", *option, files={"good.py": GOOD}, expect=(2,))
