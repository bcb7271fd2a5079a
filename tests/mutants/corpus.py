"""The mutant corpus: buggy nnCostFunction ports, each with the finding that must come first.

Each :class:`Mutant` is ``template.py`` (the correct port) with some lines
replaced by a mistake people make when porting ex4 from Octave. ``expected``
is the finding id the diagnosis must put first. :func:`materialise` writes
them as files, so tracebacks point at real lines. The mistakes come from
../shared/pitfalls.md (P1, P3, P4, P7, P9, ...) and the course forums.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["Mutant", "MUTANTS", "CONTROLS", "TEMPLATE", "source", "materialise"]

TEMPLATE = (Path(__file__).parent / "template.py").read_text()

# lines of the template that mutants replace
RESHAPE1 = 'Theta1 = nn_params[:h * (n + 1)].reshape((h, n + 1), order="F")'
RESHAPE2 = 'Theta2 = nn_params[h * (n + 1):].reshape((K, h + 1), order="F")'
UNROLL = 'grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])'
ONEHOT = "Y[np.arange(m), labels - 1] = 1"
LABELS = "labels = np.asarray(y).astype(int).ravel()"
COST = "J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m"
REG = "reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)"
JREG = "J = J + lambda_ / (2 * m) * reg"
GREG1 = "Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]"
GREG2 = "Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]"
D2 = "d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)"
G1 = "Theta1_grad = d2.T @ a1 / m"
G2 = "Theta2_grad = d3.T @ a2 / m"
A1 = "a1 = np.column_stack([np.ones(m), X])"
RET = "return J, grad"
D3 = "d3 = a3 - Y"


@dataclass(frozen=True)
class Mutant:
    """A buggy port: ``name``, the finding id that must be top, what the mistake is, the edits.

    ``expected`` is ``"parity"`` for a port that is right; ``"parity:ID"`` for one
    that is right under another representation (then finding ``ID`` is *noted*).
    """

    name: str
    expected: str
    mistake: str
    edits: tuple  # ((old line, new text), ...)


def _m(name, expected, mistake, *edits):
    return Mutant(name, expected, mistake, tuple(edits))


MUTANTS = (
    # P4: column-major vs row-major
    _m("unroll-both-C", "unroll-order", "reshape and ravel without order='F'",
       (RESHAPE1, "Theta1 = nn_params[:h * (n + 1)].reshape(h, n + 1)"),
       (RESHAPE2, "Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1)"),
       (UNROLL, "grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])")),
    _m("unroll-in-C", "unroll-order", "parameters reshaped row-major, gradient unrolled correctly",
       (RESHAPE1, "Theta1 = nn_params[:h * (n + 1)].reshape(h, n + 1)"),
       (RESHAPE2, "Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1)")),
    _m("unroll-out-C", "unroll-order", "gradient unrolled with flatten()",
       (UNROLL, "grad = np.r_[Theta1_grad.flatten(), Theta2_grad.flatten()]")),
    _m("unroll-theta2-C", "unroll-order", "only Theta2 reshaped row-major",
       (RESHAPE2, "Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1)")),
    _m("unroll-transposed-grad", "unroll-order", "gradient blocks transposed before unrolling column-major",
       (UNROLL, 'grad = np.concatenate([Theta1_grad.T.ravel(order="F"), Theta2_grad.T.ravel(order="F")])')),
    # P3: 1-based labels
    _m("labels-as-index", "label-base", "labels used as column indices without -1 (IndexError for label K)",
       (ONEHOT, "Y[np.arange(m), labels] = 1")),
    _m("labels-eq-arange", "label-base", "one-hot compares labels with 0..K-1",
       (ONEHOT, "Y = (labels[:, None] == np.arange(K)).astype(float)")),
    _m("labels-eye", "label-base", "np.eye(K)[labels] without -1",
       (ONEHOT, "Y = np.eye(K)[labels]")),
    # P1: (m,1) vs (m,)
    # (m,1) vs (m,) is a representation: right with y as (m,), so parity, with the broadcast noted
    _m("y-column-index", "parity:y-shape-broadcast", "labels kept (m,1): fancy indexing broadcasts to (m,m)",
       (LABELS, "labels = np.asarray(y).astype(int)")),
    _m("y-eye-column", "parity:y-shape-broadcast", "np.eye(K)[y - 1] with y (m,1) gives (m,1,K)",
       (ONEHOT, "Y = np.eye(K)[np.asarray(y).astype(int) - 1]")),
    # labels used as indices without a cast: right with int64 labels, as loadmat gives them (a representation)
    _m("float-labels", "parity", "labels used as indices without a cast",
       (LABELS, "labels = y.ravel()")),
    # one-hot from the data
    _m("get-dummies", "onehot-from-data", "pandas.get_dummies: one column per label present",
       (ONEHOT, "import pandas as pd; Y = pd.get_dummies(labels, dtype=float).values")),
    _m("unique-inverse", "onehot-from-data", "np.unique(..., return_inverse=True) renumbers the labels present",
       (ONEHOT, "Y[np.arange(m), np.unique(labels, return_inverse=True)[1]] = 1")),
    _m("K-from-data", "onehot-from-data", "number of classes taken from the data",
       (ONEHOT, "Y = np.eye(len(np.unique(labels)))[labels - 1]")),
    # P7: regularisation
    _m("reg-minus", "reg-sign", "regularisation subtracted",
       (JREG, "J = J - lambda_ / (2 * m) * reg")),
    _m("reg-bias-cost", "reg-bias", "bias columns regularised in J",
       (REG, "reg = np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2)")),
    _m("reg-bias-grad", "reg-bias", "bias columns regularised in the gradient",
       (GREG1, "Theta1_grad += lambda_ / m * Theta1"), (GREG2, "Theta2_grad += lambda_ / m * Theta2")),
    _m("reg-bias-both", "reg-bias", "bias columns regularised in J and in the gradient",
       (REG, "reg = np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2)"),
       (GREG1, "Theta1_grad += lambda_ / m * Theta1"), (GREG2, "Theta2_grad += lambda_ / m * Theta2")),
    _m("reg-bias-sign", "reg-bias", "bias removal written - (b1.b1 - b2.b2): Theta2's bias added back",
       (REG, "reg = np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2) - (Theta1[:, 0] @ Theta1[:, 0] - Theta2[:, 0] @ Theta2[:, 0])")),
    _m("reg-lambda-over-m", "reg-scale", "lambda/m instead of lambda/(2m) in J",
       (JREG, "J = J + lambda_ / m * reg")),
    _m("reg-halved-twice", "reg-scale", "regularisation divided by 2 twice",
       (JREG, "J = J + lambda_ / (2 * m) * reg / 2")),
    _m("reg-wrong-m", "wrong-m", "m taken from X.shape[1] in the regularisation (the cause; the penalty's scale follows)",
       (JREG, "J = J + lambda_ / (2 * X.shape[1]) * reg")),
    _m("m-from-columns", "wrong-m", "m = X.shape[1] for the data term: the number of features, not examples",
       (COST, "J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / X.shape[1]")),
    _m("grad-reg-half", "reg-scale", "lambda/(2m) in the gradient",
       (GREG1, "Theta1_grad[:, 1:] += lambda_ / (2 * m) * Theta1[:, 1:]"),
       (GREG2, "Theta2_grad[:, 1:] += lambda_ / (2 * m) * Theta2[:, 1:]")),
    _m("reg-missing-cost", "reg-missing", "regularisation never added to J",
       (JREG, "J = J")),
    _m("grad-reg-missing", "grad-reg-missing", "gradient not regularised",
       (GREG1, "pass"), (GREG2, "pass")),
    _m("grad-reg-missing-theta2", "grad-reg-missing", "Theta2's gradient not regularised",
       (GREG2, "pass")),
    # scale of the data term
    _m("grad-no-1-over-m", "missing-1-over-m", "gradient accumulated but not divided by m",
       (G1, "Theta1_grad = d2.T @ a1"), (G2, "Theta2_grad = d3.T @ a2")),
    _m("cost-no-1-over-m", "missing-1-over-m", "cost summed but not divided by m",
       (COST, "J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3))")),
    _m("cost-1-over-2m", "constant-factor", "1/(2m) from the squared-error cost kept in the cross-entropy",
       (COST, "J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / (2 * m)")),
    _m("cost-sign", "constant-factor", "the minus sign of the cross-entropy dropped",
       (COST, "J = np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m")),
    # the backward pass
    _m("derivative-sigmoid", "per-unit-factor", "sigmoid(z2) used where its derivative belongs",
       (D2, "d2 = (d3 @ Theta2[:, 1:]) * sigmoid(z2)")),
    _m("derivative-missing", "per-unit-factor", "activation derivative forgotten",
       (D2, "d2 = d3 @ Theta2[:, 1:]")),
    _m("derivative-of-z", "per-unit-factor", "derivative formula applied to z2 instead of sigmoid(z2)",
       (D2, "d2 = (d3 @ Theta2[:, 1:]) * z2 * (1 - z2)")),
    _m("theta2-grad-preactivation", "block-local", "Theta2's gradient from z2 instead of the activations",
       (G2, "Theta2_grad = d3.T @ np.column_stack([np.ones(m), z2]) / m")),
    _m("theta1-grad-no-bias-input", "block-local", "Theta1's gradient with a zero bias input",
       (G1, "Theta1_grad = d2.T @ np.column_stack([np.zeros(m), X]) / m")),
    # P9 and other side effects
    _m("alias-bias-zeroed", "input-mutation", "t = Theta1; t[:, 0] = 0 writes into nn_params",
       (REG, "t1 = Theta1; t1[:, 0] = 0; t2 = Theta2; t2[:, 0] = 0; reg = np.sum(t1 ** 2) + np.sum(t2 ** 2)")),
    _m("alias-before-use", "input-mutation", "bias columns zeroed through views before the forward pass",
       (A1, "t1 = Theta1; t1[:, 0] = 0   # meant for the regularisation\n    " + A1)),
    _m("dropout", "nondeterministic", "dropout left on in the cost function",
       ("a2 = np.column_stack([np.ones(m), sigmoid(z2)])",
        "a2 = np.column_stack([np.ones(m), sigmoid(z2) * (np.random.rand(m, h) > 0.2) / 0.8])")),
    _m("float32", "precision", "data cast to float32 (as for a GPU)",
       (A1, "X = np.asarray(X, dtype=np.float32); Theta1 = Theta1.astype(np.float32); Theta2 = Theta2.astype(np.float32); a1 = np.column_stack([np.ones(m, dtype=np.float32), X])")),
    _m("notebook-global", "port-raised", "reads a notebook global that the function never receives",
       (JREG, "J = J + lmbda / (2 * m) * reg")),
    _m("squeeze-X", "squeeze-m1", "X.squeeze() drops the example axis when m = 1",
       (A1, "a1 = np.column_stack([np.ones(m), X.squeeze()])")),
    _m("x-with-bias", "x-bias-column", "expects X with the bias column already added (as ex4.m does before calling)",
       (A1, "a1 = X")),
    # two or three mistakes at once: the probe-confirmed one first
    _m("forum", "unroll-order", "row-major reshape, get_dummies and the bias sign in the regularisation",
       (RESHAPE1, "Theta1 = nn_params[:h * (n + 1)].reshape(h, n + 1)"),
       (RESHAPE2, "Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1)"),
       (UNROLL, "grad = np.concatenate([Theta1_grad.flatten(), Theta2_grad.flatten()])"),
       (ONEHOT, "import pandas as pd; Y = pd.get_dummies(labels, dtype=float).values"),
       (REG, "reg = np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2) - (Theta1[:, 0] @ Theta1[:, 0] - Theta2[:, 0] @ Theta2[:, 0])")),
    _m("unroll-and-no-1-over-m", "unroll-order", "row-major unrolling and a gradient not divided by m",
       (RESHAPE1, "Theta1 = nn_params[:h * (n + 1)].reshape(h, n + 1)"),
       (RESHAPE2, "Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1)"),
       (UNROLL, "grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])"),
       (G1, "Theta1_grad = d2.T @ a1"), (G2, "Theta2_grad = d3.T @ a2")),
    _m("labels-and-reg-sign", "label-base", "0-based one-hot and the regularisation subtracted",
       (ONEHOT, "Y[np.arange(m), labels] = 1"), (JREG, "J = J - lambda_ / (2 * m) * reg")),
    # catalog gaps met in real ports (issue 9)
    _m("lambda-fixed-1", "lambda-ignored", "the gradient's penalty with lambda = 1 written in (a notebook's lambda_ = 1)",
       (GREG1, "Theta1_grad[:, 1:] += 1.0 / m * Theta1[:, 1:]"), (GREG2, "Theta2_grad[:, 1:] += 1.0 / m * Theta2[:, 1:]")),
    _m("reg-row0", "reg-row0", "row 0 left out of the gradient's penalty instead of column 0",
       (GREG1, "Theta1_grad[1:, :] += lambda_ / m * Theta1[1:, :]"), (GREG2, "Theta2_grad[1:, :] += lambda_ / m * Theta2[1:, :]")),
    _m("reg-bias-ones", "reg-bias-constant", "np.ones where np.zeros was meant: lambda/m added to the bias gradient",
       (GREG1, "Theta1_grad += lambda_ / m * np.column_stack([np.ones(h), Theta1[:, 1:]])"),
       (GREG2, "Theta2_grad += lambda_ / m * np.column_stack([np.ones(K), Theta2[:, 1:]])")),
    _m("grad-zero", "grad-zero", "an unfinished template: the gradient never computed",
       (UNROLL, "grad = np.zeros(nn_params.size)")),
    _m("first-example-dropped", "first-example-dropped", "the gradient's sum starts at the second example",
       (G1, "Theta1_grad = d2[1:].T @ a1[1:] / m"), (G2, "Theta2_grad = d3[1:].T @ a2[1:] / m")),
    _m("lambda-squared", "lambda-squared", "lambda * lambda where theta' * theta belongs",
       (REG, "reg = lambda_ * lambda_")),
    _m("theta-slice", "theta-slice", "Theta1(:, 2:end) ported as Theta1[:, 2:] in the penalty",
       (REG, "reg = np.sum(Theta1[:, 2:] ** 2) + np.sum(Theta2[:, 1:] ** 2)")),
    _m("raw-labels-error", "onehot-raw-labels", "the raw labels where the one-hot matrix belongs (broadcast)",
       (D3, "d3 = a3 - labels[:, None]")),
    _m("row-major-x-with-bias", "unroll-order", "two conventions at once: row-major params and X with its ones column",
       (RESHAPE1, "Theta1 = nn_params[:h * (n + 1)].reshape(h, n + 1)"),
       (RESHAPE2, "Theta2 = nn_params[h * (n + 1):].reshape(K, h + 1)"),
       (UNROLL, "grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])"), (A1, "a1 = X")),
    _m("blocks-returned-grad-reg-missing", "grad-reg-missing", "returns (J, Theta1_grad, Theta2_grad) and forgets the gradient's regularisation",
       (GREG1, "pass"), (GREG2, "pass"), (RET, "return J, Theta1_grad, Theta2_grad")),
    # the gradient as blocks: every set agrees block by block, but an Octave-style caller gets the blocks (issue 9:
    # correct under its own convention until declared)
    _m("blocks-returned", "output-mapping", "returns (J, Theta1_grad, Theta2_grad): compared block by block",
       (RET, "return J, Theta1_grad, Theta2_grad")),
    _m("list-returned", "output-mapping", "returns (J, [Theta1_grad, Theta2_grad])",
       (RET, "return J, [Theta1_grad, Theta2_grad]")),
)

#: Ports that must be parity (the engine must stay quiet about them).
CONTROLS = (
    _m("correct", "parity", "the template itself"),
)


def source(mutant: Mutant) -> str:
    """The mutant's source: the template with its edits (each old line must occur exactly once)."""
    text = TEMPLATE
    for old, new in mutant.edits:
        count = text.count(old)
        if count != 1:
            raise ValueError(f"mutant {mutant.name!r}: {old!r} occurs {count} times in template.py, must be 1")
        text = text.replace(old, new + f"   # MUTANT {mutant.name}")
    return text.replace('"""The correct nnCostFunction port', f'"""Mutant {mutant.name}: {mutant.mistake}.\n\nFrom the correct nnCostFunction port', 1)


def materialise(directory, mutants=MUTANTS) -> list[tuple[Mutant, Path]]:
    """Write every mutant as ``<name>.py`` under ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for mu in mutants:
        path = directory / f"{mu.name.replace('-', '_')}.py"
        path.write_text(source(mu))
        out.append((mu, path))
    return out
