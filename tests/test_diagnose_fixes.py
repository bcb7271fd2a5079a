"""Fix lines in the port's own names, read from its source with ast (no Octave, no port call)."""
import textwrap
from types import SimpleNamespace

import numpy as np

from portcheck.cases.blocks import Block
from portcheck.diagnose.conventions import Convention
from portcheck.diagnose.fixes import fix_for
from portcheck.diagnose.fixes_util import aliases, block_vars, foreign_names, tainted
from portcheck.diagnose.penalty import describe_entries
from portcheck.diagnose.problem import Roles
from portcheck.diagnose.source import gradient_functions, gradient_switches, port_source
from portcheck.signature import map_arguments

NN = '''
import numpy as np

def sig(z):
    return 1 / (1 + np.exp(-z))

def cost(params, n_in, n_hid, k, feats, labels, l):
    w1 = params[:n_hid * (n_in + 1)].reshape(n_hid, n_in + 1)
    w2 = params[n_hid * (n_in + 1):].reshape(k, n_hid + 1)
    m = feats.shape[0]
    h1 = np.c_[np.ones(m), feats]
    s1 = h1 @ w1.T
    h2 = np.c_[np.ones(m), sig(s1)]
    out = sig(h2 @ w2.T)
    onehot = np.eye(k)[labels.ravel()]
    J = np.sum(-onehot * np.log(out) - (1 - onehot) * np.log(1 - out)) / m
    pen = np.sum(w1 ** 2) + np.sum(w2 ** 2)
    J = J + l / m * pen
    e2 = out - onehot
    e1 = (e2 @ w2[:, 1:]) * sig(s1)
    g1 = e1.T @ h1 / m
    g2 = e2.T @ h2 / m
    g1 += l / m * w1
    g2 += l / m * w2
    return J, np.concatenate([g1.ravel(), g2.ravel()])
'''


def _eng(tmp_path, text=NN, func="cost"):
    path = tmp_path / "port.py"
    path.write_text(textwrap.dedent(text))
    ns = {}
    exec(compile(path.read_text(), str(path), "exec"), ns)
    port = ns[func]
    names = {"nn_params": "params", "lambda": "l", "y": "labels", "X": "feats", "num_labels": "k"}
    blocks = [Block("Theta1", (5, 4), 0), Block("Theta2", (3, 6), 20)]
    roles = Roles(cost=0, grad=1, params="nn_params", lam="lambda", labels="y", num_labels="num_labels", X="X")
    problem = SimpleNamespace(roles=roles, blocks=lambda s: blocks, m=lambda s: 5,
                              matrix_outputs=lambda s: ())
    return SimpleNamespace(source=port_source(port), problem=problem, usable=[SimpleNamespace(input_set=None)],
                           port_name=lambda n: names.get(n, n), output_name=lambda i: ("J", "grad")[i],
                           ctx=SimpleNamespace(output_names=("J", "grad")))


def test_unroll_fix_rewrites_the_ports_own_reshapes_and_ravels(tmp_path):
    eng = _eng(tmp_path)
    fix = fix_for(eng, "unroll-order", conv=Convention(("C", "C"), ("C", "C")))
    assert fix == ('w1 = params[:n_hid * (n_in + 1)].reshape(n_hid, n_in + 1, order="F"); '
                   'w2 = params[n_hid * (n_in + 1):].reshape(k, n_hid + 1, order="F"); '
                   'return J, np.concatenate([g1.ravel(order="F"), g2.ravel(order="F")])')
    only_second = fix_for(eng, "unroll-order", conv=Convention(("F", "C"), ("F", "F")))
    assert only_second.startswith("w2 = ") and "w1" not in only_second.split(";")[0]


def test_label_fix_and_penalty_fixes_use_the_ports_names(tmp_path):
    eng = _eng(tmp_path)
    assert fix_for(eng, "label-base", conv=Convention(y_base=0)).startswith("onehot = np.eye(k)[labels.ravel() - 1]")
    assert fix_for(eng, "reg-bias", output="J").startswith("pen = np.sum(w1[:, 1:] ** 2) + np.sum(w2[:, 1:] ** 2)")
    assert fix_for(eng, "reg-scale", output="J") == "J = J + l / (2 * m) * pen"
    grad = fix_for(eng, "reg-bias", output="grad")
    assert grad == "g1[:, 1:] += l / m * w1[:, 1:]; g2[:, 1:] += l / m * w2[:, 1:]"
    deriv = fix_for(eng, "per-unit-factor")
    assert deriv.startswith("e1 = (e2 @ w2[:, 1:]) * (sig(s1) * (1 - sig(s1)))")
    for fix in (grad, deriv):
        assert not foreign_names(eng.source, fix)  # no Theta1, a3, delta2 in a port that has none


def test_foreign_names_catch_a_template(tmp_path):
    eng = _eng(tmp_path)
    assert foreign_names(eng.source, "Theta1_grad = delta2.T @ a1 / m") == {"Theta1_grad", "delta2", "a1"}
    assert not foreign_names(eng.source, "g1 = e1.T @ h1 / m   # Theta1_grad in Octave")


def test_aliases_follow_views_not_computations(tmp_path):
    src = _eng(tmp_path).source
    assert aliases(src, "params") == {"params", "w1", "w2"}  # reshapes are views of the argument
    assert aliases(src, "feats") == {"feats"}
    assert "J" in tainted(src, "l") and "J" not in aliases(src, "l")
    eng = _eng(tmp_path)
    assert block_vars(eng, src) == ["w1", "w2"]


SPLIT = '''
import numpy as np

def cost_reg(theta, X, y, lmbda):
    return 0.0

def grad_reg(theta, X, y, lmbda):
    return theta

def sigmoid_gradient(z):
    return z

def other_grad(a, b):
    return a

def lr_cost(theta, X, y, lam, return_grad=False):
    return 0.0
'''


def test_gradient_functions_and_switches(tmp_path):
    path = tmp_path / "split.py"
    path.write_text(SPLIT)
    ns = {}
    exec(compile(SPLIT, str(path), "exec"), ns)
    assert gradient_functions(port_source(ns["cost_reg"])) == ["grad_reg"]
    mapping = map_arguments(("theta", "X", "y", "lambda"), ns["lr_cost"])
    assert gradient_switches(port_source(ns["lr_cost"]), mapping) == [("return_grad", True)]
    src = port_source(ns["cost_reg"])
    assert gradient_switches(src, map_arguments(("theta", "X", "y", "lambda"), ns["cost_reg"])) == []


def test_entry_sets_are_written_as_slices():
    vec = Block("theta", (1, 6), 0)
    assert describe_entries(vec, {2, 3, 4, 5}) == "theta[2:]"
    assert describe_entries(vec, {0, 2, 3, 4, 5}) == "theta[0] (Octave theta(1)) and theta[2:]"
    mat = Block("Theta1", (3, 4), 0)
    rows_but_0 = {k for k in range(12) if k % 3 != 0}
    assert describe_entries(mat, rows_but_0) == "Theta1[1:, :]"
    assert describe_entries(mat, set(range(6, 12))) == "Theta1[:, 2:]"
    assert describe_entries(mat, set(range(12))) == "Theta1 (every entry)"
    assert np.isscalar(len(describe_entries(mat, {1})))
