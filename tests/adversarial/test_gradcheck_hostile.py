"""``gradcheck FILE:FUNC`` and ``sweep`` on hostile user functions: the same isolation and time limit as compare."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow]

FUNCS = """\
import numpy as np, os, subprocess, time

x0 = np.array([1.0, 2.0, 3.0])


def raises(x):
    raise ValueError("boom")


def hangs(x):
    while True:
        pass


def exits(x):
    os._exit(0)


def crashes(x):
    import ctypes
    ctypes.string_at(0)


def daemon(x):
    subprocess.Popen(["sleep", "10000"], start_new_session=True)
    return float(np.sum(x ** 2)), 3 * x


def not_a_pair(x):
    return "nope"
"""


@pytest.mark.parametrize("command, func, expect, words", [
    ("gradcheck", "raises", (1,), "ValueError: boom"),
    ("gradcheck", "hangs", (1,), "did not return within 5 s"),
    ("gradcheck", "exits", (1,), "PortExited"),
    ("gradcheck", "crashes", (1,), "PortCrashed"),
    ("gradcheck", "not_a_pair", (2,), "not (J, grad)"),
    ("sweep", "raises", (1,), "ValueError: boom"),
    ("sweep", "hangs", (1,), "did not return within 5 s"),
])
def test_a_hostile_function_under_check(adversarial, command, func, expect, words):
    run = adversarial.run(command, f"funcs.py:{func}", "--x0", "funcs.py:x0", "--points", "2", "--timeout", "5",
                          files={"funcs.py": FUNCS}, expect=expect)
    assert words in run.stdout + run.stderr, run


def test_a_wrong_gradient_that_leaves_a_daemon(adversarial):
    run = adversarial.run("gradcheck", "funcs.py:daemon", "--x0", "funcs.py:x0", "--points", "1",
                          files={"funcs.py": FUNCS}, expect=(1,))
    assert run.stdout.startswith("FAIL"), run


@pytest.mark.parametrize("module, words", [
    ("import os\nos._exit(0)\nx0 = [1.0]\n", "PortExited: called os._exit(0)"),
    ("while True:\n    pass\n", "PortTimeout: did not return within 5 s"),
])
def test_a_point_file_that_exits_or_hangs_is_a_usage_error(adversarial, module, words):
    """``--x0 FILE.py:NAME`` runs FILE.py in a child under the time limit, never in portcheck's process."""
    run = adversarial.run("gradcheck", "funcs.py:raises", "--x0", "point.py:x0", "--timeout", "5",
                          files={"funcs.py": FUNCS, "point.py": module}, expect=(2,))
    assert words in run.stderr, run
