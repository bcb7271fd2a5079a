"""The wording of the Diagnosis section, pinned for a few examples (numbers at rounding level masked)."""
import re
from pathlib import Path

import pytest

from portcheck.cases.nncost import CASE
from portcheck.workflow.pipeline import compare_case
from portcheck.report import render_text
from portcheck.runner import load_port

pytestmark = pytest.mark.octave

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def unwrap(text: str) -> str:
    """Join the wrapped continuation lines of each finding's evidence into one line."""
    out = []
    for line in text.splitlines():
        if line.startswith("      ") and not line.lstrip().startswith(("where:", "fix:", "|")) and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def diagnosis(session, example: str) -> str:
    """The report's first lines up to the Port: header, unwrapped, with rounding-level numbers as <r>."""
    label = f"examples/{example}:nnCostFunction"
    result = compare_case(CASE, port=load_port(f"{EXAMPLES / example}:nnCostFunction"), port_label=label,
                          session=session)
    text = render_text(result)
    head = unwrap(text[: text.index("\nPort:")])
    head = re.sub(r"(max rel |to |OCTAVE's )(0|\d\.\de-(0[5-9]|1\d))", r"\1<r>", head)
    return head.replace(str(EXAMPLES), "EXAMPLES")


PINNED = {
    "bad_unroll.py": """\
divergence: examples/bad_unroll.py:nnCostFunction differs from Octave nnCostFunction on 5 of 5 input sets (divergence); confirmed: column-major unrolling

Diagnosis
  [confirmed] column-major unrolling: PORT reads nn_params row-major (C order) and unrolls grad row-major: re-run that way it agrees with OCTAVE on every output of all 5 sets (max rel <r>). Correct under its own convention (row-major nn_params and grad): a caller passing Octave's column-major [Theta1(:); Theta2(:)] gets J off by 7.2e-02 (rel), grad off by 2.6e+03 (rel).
      where: nn_params and grad
      fix:   Theta1 = nn_params[: h * (n + 1)].reshape(h, n + 1, order="F"); Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1, order="F"); grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])""",
    "forum_port.py": """\
divergence: examples/forum_port.py:nnCostFunction differs from Octave nnCostFunction on 5 of 5 input sets (divergence, port-raised); confirmed: column-major unrolling

Diagnosis
  [confirmed] column-major unrolling: PORT reads nn_params row-major (C order) and unrolls grad row-major: re-run that way, it agrees with OCTAVE in grad on 3 of 5 sets and J on 1 (max rel <r>); the rest is explained below.
      where: nn_params and grad
      fix:   Theta1 = nn_params[:h * (n + 1)].reshape(h, n + 1, order="F"); Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1, order="F"); grad = np.concatenate([Theta1_grad.flatten(order="F"), Theta2_grad.flatten(order="F")])
  [confirmed] Theta2's bias column added to the regularisation instead of subtracted: J: PORT - OCTAVE = +0.0093289 on 'debug, lambda=3' = (lambda/m)*sum(Theta2[:, 0]**2) to <r>; the same on 2 more sets with lambda != 0; no gap at lambda=0.
      where: the regularisation term of J: Theta2[:, 0] (Octave Theta2(:,1))
      fix:   reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)   # the bias is not regularised
  [confirmed] one-hot built from the labels present: ValueError at forum_port.py:44 on 'label 2 absent, lambda=3' (label 2 never occurs); J and grad differ on 'm=1, lambda=3' (labels 1 and 3 never occur); the 3 sets with every label agree; with label 2 given to one example, 'label 2 absent, lambda=3' runs and agrees with OCTAVE.
      where: the one-hot matrix of y (one column per label present, not 1..num_labels); raised at forum_port.py:44 `J = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m`
      fix:   Y = np.eye(int(num_labels))[np.asarray(y).astype(int).ravel() - 1]   # not pd.get_dummies / np.unique""",
    "notebook_global.py": """\
divergence: examples/notebook_global.py:nnCostFunction differs from Octave nnCostFunction on 5 of 5 input sets (port-raised); confirmed: the port raised NameError on all 5 input sets

Diagnosis
  [confirmed] the port raised NameError on all 5 input sets: NameError: name 'lmbda' is not defined -- likely cause: the port reads a name it does not define: a notebook global or a misspelt variable; pass it as an argument
      where: notebook_global.py:34: J = J + lmbda / (2 * m) * reg   # BUG: lmbda is a notebook global; the argument is lambda_
      | Traceback (most recent call last):
      |   File "EXAMPLES/notebook_global.py", line 34, in nnCostFunction
      |     J = J + lmbda / (2 * m) * reg   # BUG: lmbda is a notebook global; the argument is lambda_
      |             ^^^^^
      | NameError: name 'lmbda' is not defined""",
    "wrong_derivative.py": """\
divergence: examples/wrong_derivative.py:nnCostFunction differs from Octave nnCostFunction on 5 of 5 input sets (divergence); consistent: wrong activation derivative

Diagnosis
  [consistent] wrong activation derivative: on 'm=1, lambda=3' each row (unit) of Theta1's gradient is OCTAVE's times its own factor (2.09, 2.11, 2.03, 1.93, 1.89); PORT's derivative equals sigmoid(z2), not sigmoid(z2)*(1-sigmoid(z2)); J and the other blocks agree; Theta1's gradient alone differs on 5 sets.
      where: grad: Theta1 (all columns)
      fix:   d2 = (d3 @ Theta2[:, 1:]) * (sigmoid(z2) * (1 - sigmoid(z2)))   # the derivative of sigmoid at the hidden layer
  [noted] self-consistency (on debug, lambda=3): PORT's grad vs central differences of PORT's J along 5 directions: worst rel 5.0e-01; OCTAVE's <r>: J agrees with OCTAVE and grad is wrong, in Theta1 bias, Theta1 weights.""",
}


@pytest.mark.parametrize("example", sorted(PINNED))
def test_diagnosis_wording(session, example):
    assert diagnosis(session, example) == PINNED[example]


def test_findings_come_first_and_are_short(session):
    text = diagnosis(session, "forum_port.py")
    lines = text.splitlines()
    assert lines[2] == "Diagnosis"
    starts = [i for i, line in enumerate(lines) if line.startswith("  [")]
    sizes = [b - a for a, b in zip(starts, starts[1:] + [len(lines)])]
    assert sizes == [3, 3, 3]  # evidence, where, fix (the evidence wraps to two or three screen lines)
