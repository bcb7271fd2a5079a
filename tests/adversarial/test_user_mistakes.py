"""User mistakes and unusual data: exit 2 with one line (or a finding, exit 1), never exit 3 (issue 11, item 4)."""
from __future__ import annotations

import os

import numpy as np
import pytest
import scipy.io
import scipy.sparse

from .conftest import COMPARE, GOOD, UNREADABLE, needs_unreadable

pytestmark = [pytest.mark.octave, pytest.mark.slow]


def _unreadable(path) -> None:
    os.symlink(UNREADABLE, path)


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.startswith("portcheck: error:")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr, stderr
    return lines[0]


def test_a_directory_as_the_reference(adversarial):
    run = adversarial.run("compare", "--octave", "ref.m", "--python", "good.py:scale", "--inputs", "in.npz",
                          files={"good.py": GOOD, "ref.m/keep": ""}, expect=(2,))
    assert "is a directory" in one_line(run.stderr), run


def test_a_directory_as_the_inputs(adversarial):
    run = adversarial.run(*COMPARE[:3], "--python", "good.py:scale", "--inputs", "data.npz",
                          files={"good.py": GOOD, "data.npz/keep": ""}, expect=(2,))
    one_line(run.stderr)


@needs_unreadable
def test_an_unreadable_reference(adversarial):
    run = adversarial.run("compare", "--octave", "locked.m", "--python", "good.py:scale", "--inputs", "in.npz",
                          files={"good.py": GOOD, "locked.m": _unreadable}, expect=(2,))
    assert "Permission denied" in one_line(run.stderr), run


@needs_unreadable
@pytest.mark.parametrize("suffix", [".npz", ".mat"])
def test_unreadable_inputs(adversarial, suffix):
    run = adversarial.run(*COMPARE[:3], "--python", "good.py:scale", "--inputs", f"locked{suffix}",
                          files={"good.py": GOOD, f"locked{suffix}": _unreadable}, expect=(2,))
    assert "cannot be read" in one_line(run.stderr), run


def test_a_sparse_input(adversarial):
    files = {"good.py": GOOD, "sparse.mat": lambda p: scipy.io.savemat(p, {"x": scipy.sparse.csc_matrix(np.eye(3)),
                                                                           "k": 2.0})}
    run = adversarial.run(*COMPARE[:3], "--python", "good.py:scale", "--inputs", "sparse.mat", files=files, expect=(2,))
    assert "sparse" in one_line(run.stderr), run


@pytest.mark.parametrize("name, make", [
    ("struct.mat", lambda p: scipy.io.savemat(p, {"x": {"a": 1.0, "b": np.ones(3)}, "k": 2.0})),
    ("cell.mat", lambda p: scipy.io.savemat(p, {"x": np.array([np.ones(2), "ab"], dtype=object), "k": 2.0})),
    ("char.npz", lambda p: np.savez(p, x=np.array("hello"), k=2.0)),
    ("pickled.npz", lambda p: np.savez(p, x=np.array([1, "a"], dtype=object), k=2.0)),
    ("int8.npz", lambda p: np.savez(p, x=np.array([[100, 120]], dtype=np.int8), k=2.0)),
])
def test_unusual_input_kinds(adversarial, name, make):
    """Each is compared (a finding when the sides differ) or refused with one line: never exit 3."""
    run = adversarial.run(*COMPARE[:3], "--python", "good.py:scale", "--inputs", name, files={"good.py": GOOD, name: make},
                          expect=(0, 1, 2), right=True)
    if run.code == 2:
        one_line(run.stderr)


def test_a_reference_returning_a_struct_and_a_wrong_port(adversarial):
    files = {"sref.m": "function s = sref(x, k)\n  s.a = x * k;\n  s.b = 'hi';\nend\n",
             "sport.py": "def sref(x, k):\n    return {'a': x * k + 1, 'b': 'hi'}\n"}
    run = adversarial.run("compare", "--octave", "sref.m", "--python", "sport.py:sref", "--inputs", "in.npz",
                          files=files, expect=(1,))
    assert run.stdout.startswith("divergence:"), run


@pytest.mark.parametrize("temp", ["file", "missing_parent"])
def test_an_unusable_temp_directory(adversarial, temp):
    """PORTCHECK_TEMP_DIR naming a file, or under a file: one line, exit 2."""
    target = adversarial.tmp / "not_a_dir"
    target.write_text("a file")
    env = {"PORTCHECK_TEMP_DIR": str(target if temp == "file" else target / "sub")}
    run = adversarial.run(*COMPARE[:3], "--python", "good.py:scale", "--inputs", "in.npz", files={"good.py": GOOD},
                          env=env, expect=(2,))
    one_line(run.stderr)
