"""The repair operators propose the inverse of each catalogued mistake, on the lines that ran (no Octave)."""
import ast
import textwrap

import pytest

from portcheck.diagnose.generic.mutations import apply, mutations

SOURCE = textwrap.dedent('''\
    def port(x, N, hop, fs):
        w = np.hanning(N)
        frames = [x[k * hop:k * hop + N] for k in range(0, len(x) - N + 1, hop)]
        y = np.reshape(x, (N, -1))
        z = 10 * np.log10(np.abs(y) ** 2)
        s = np.std(x)
        d = np.sum((U - x) ** 2)
        q = y.mean(axis=0)
        a = np.hstack([x, np.ones((N, 1))])
        c = np.c_[x, y]
        c[c == 10] = 0
        k = y.shape[1]
        e = np.exp(-2j * np.pi * fs)
        b = [1, -alpha]
        g = np.linalg.norm(x, axis=0)
        r = round(fs * 0.0255)
        h = N // 2
        prev = x
        if s >= 0.7071:
            pass
        return U.T.dot(b), w @ y, x[:, (0, 2, 5)]
    ''')


def proposals(lines=None):
    tree = ast.parse(SOURCE).body[0]
    src = SOURCE.splitlines()
    return list(mutations(tree, set(lines or range(1, len(src) + 1)), src, "np"))


@pytest.mark.parametrize("cause, line", [
    ("window-variant", "w = np.hanning(N + 2)[1:-1]"),
    ("range-end", "frames = [x[k * hop:k * hop + N] for k in range(0, len(x) - N, hop)]"),
    ("index-base", "frames = [x[k * hop:k * hop + N] for k in range(1, len(x) - N + 1 + 1, hop)]"),
    ("reshape-order", "y = np.reshape(x, (N, -1), order='F')"),
    ("db-scale", "z = 20 * np.log10(np.abs(y) ** 2)"),
    ("log-base", "z = 10 * np.log(np.abs(y) ** 2)"),
    ("std-ddof", "s = np.std(x, ddof=1)"),
    ("reduction-axis", "d = np.sum((U - x) ** 2, axis=1)"),
    ("reduction-axis", "q = y.mean(axis=1)"),
    ("bias-column", "a = np.hstack([np.ones((N, 1)), x])"),
    ("column-order", "c = np.c_[y, x]"),
    ("extra-step", "# delete the line: c[c == 10] = 0"),
    ("wrong-dimension", "k = y.shape[0]"),
    ("conjugate", "e = np.exp(2j * np.pi * fs)"),
    ("sign-flip", "b = [1, alpha]"),
    ("power", "g = np.linalg.norm(x, axis=0) ** 2"),
    ("round-half", "r = np.sign(fs * 0.0255) * np.floor(np.abs(fs * 0.0255) + 0.5)"),
    ("integer-division", "h = N / 2"),
    ("aliasing", "prev = x.copy()"),
    ("comparison", "if s > 0.7071:"),
    ("truncated-constant", "if s >= 1/sqrt(2):"),
    ("transpose", "return U.dot(b), w @ y, x[:, (0, 2, 5)]"),
    ("transpose", "return U.T.dot(b), w @ y.T, x[:, (0, 2, 5)]"),
    ("index-base", "return U.T.dot(b), w @ y, x[:, (1, 3, 6)]"),
])
def test_each_mistake_has_its_repair(cause, line):
    assert (cause, line) in {(m.cause, m.new_text) for m in proposals()}


def test_only_lines_that_ran_are_changed():
    assert {m.line for m in proposals(lines={2, 6})} == {2, 6}


def test_a_repair_applies_to_a_copy_of_the_function():
    tree = ast.parse(SOURCE).body[0]
    m = next(m for m in proposals() if m.cause == "std-ddof")
    changed = apply(tree, m)
    assert "ddof=1" in ast.unparse(changed) and "ddof" not in ast.unparse(tree)
    compile(ast.Module([changed], []), "port.py", "exec")
