"""Hostile ports through the real CLI: each one is a finding (exit 1) or the verdict its values earn.

Every run also asserts (conftest): never exit 3, never a false exit 0, no
process left behind, the user's folder untouched, one JSON document with --json.
"""
from __future__ import annotations

import json

import pytest

from .conftest import GOOD, compare_args, port

pytestmark = [pytest.mark.octave, pytest.mark.slow]

#: name -> (module source, expected finding text in the report)
HOSTILE = {
    "os_exit": (port("os._exit(0)", head="import os"), "PortExited"),
    "sys_exit": (port("sys.exit(0)", head="import sys"), "exit"),
    "segfault": (port("ctypes.string_at(0)", head="import ctypes"), "PortCrashed"),
    "infinite_loop": (port("while True:\n    pass"), "did not return"),
    "sleeps": (port("time.sleep(10_000)", head="import time"), "did not return"),
    "alarm_reset": (port("signal.alarm(0)\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nwhile True:\n    pass",
                         head="import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)"), "did not return"),
    "signals_ignored": (port("for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1):\n"
                             "    signal.signal(s, signal.SIG_IGN)\nwhile True:\n    pass", head="import signal"),
                        "did not return"),
    "swallows_everything": (port("while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n"
                                 "        pass"), "did not return"),
    "memory_at_once": (port("a = np.ones(10**10)", head="import numpy as np"), "PortMemory"),
    "recursion": (port("return scale(x, k)"), "RecursionError"),
    "kills_own_group": (port("os.killpg(0, signal.SIGKILL)", head="import os, signal"), "Port"),
    "returns_a_function": (port("pass", value="lambda: x"), "not numbers"),
    "array_raises": (port("pass", head="class Evil:\n    def __array__(self, *a, **k):\n        raise RuntimeError('no')",
                          value="Evil()"), "port"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_port_is_a_finding(adversarial, name):
    source, words = HOSTILE[name]
    run = adversarial.run(*compare_args(f"{name}.py", "--timeout", "5"), files={f"{name}.py": source}, expect=(1,))
    assert run.stdout.startswith("divergence:"), run
    assert words in run.stdout, run


LEFTOVERS = {
    # a thread that never ends, non-daemon: the report still comes out, nothing waits for it
    "thread_left_running": port("threading.Thread(target=lambda: time.sleep(10_000)).start()",
                                head="import threading, time"),
    # a process in a new session: out of the port's process group, still killed
    "daemon_process": port("subprocess.Popen(['sleep', '10000'], start_new_session=True)", head="import subprocess"),
    # a double fork with setsid, then the port leaves with os._exit after returning nothing
    "double_fork": port("if os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(10_000)\n"
                        "    os._exit(0)", head="import os, time"),
    # a thread that starts a daemon process after the call has returned
    "late_daemon": port("threading.Thread(target=later).start()",
                        head="import subprocess, threading, time\n\ndef later():\n    time.sleep(0.3)\n"
                             "    subprocess.Popen(['sleep', '10000'], start_new_session=True)"),
}


@pytest.mark.parametrize("name", sorted(LEFTOVERS))
def test_what_a_port_leaves_running_is_ended(adversarial, name):
    """The comparison's verdict (the port is wrong by one: exit 1), and nothing left alive afterwards."""
    run = adversarial.run(*compare_args(f"{name}.py"), files={f"{name}.py": LEFTOVERS[name]}, expect=(1,))
    assert "divergence" in run.stdout.splitlines()[0], run


def test_a_right_port_with_a_leftover_thread_is_parity(adversarial):
    """The verdict comes from the values: a right port that leaves a thread behind is parity, and the run ends."""
    source = port("threading.Thread(target=lambda: time.sleep(10_000)).start()", head="import threading, time",
                  value="x * k")
    run = adversarial.run(*compare_args("right_thread.py"), files={"right_thread.py": source}, expect=(0,), right=True)
    assert run.stdout.startswith("parity:"), run


def test_patching_portcheck_does_not_forge_the_verdict(adversarial):
    """The port's module replaces portcheck's pipeline, comparison and exit: the verdict is the parent's."""
    head = ("import portcheck.workflow.pipeline as p, portcheck.compare as c, sys, os\n"
            "p.compare_case = lambda *a, **k: None\n"
            "c.compare_outputs = lambda *a, **k: None\n"
            "sys.exit = lambda *a: None\n"
            "os._exit = lambda *a: None")
    run = adversarial.run(*compare_args("forger.py", "--json"), files={"forger.py": port("pass", head=head)},
                          expect=(1,))
    assert run.document["verdict"] == "divergence", run


def test_printing_a_fake_verdict_stays_out_of_the_json(adversarial):
    """Prints to stdout (print, os.write(1), at import and in the call) are captured, never mixed into --json."""
    fake = json.dumps({"verdict": "parity", "exit_code": 0})
    head = f"import os, sys\nprint({fake!r})\nos.write(1, b'{{}}\\n')"
    body = f"print({fake!r})\nos.write(1, b'parity\\n')\nsys.stdout.flush()\nos.write(2, b'noise on stderr\\n')"
    run = adversarial.run(*compare_args("printer.py", "--json"), files={"printer.py": port(body, head=head)},
                          expect=(1,))
    doc = run.document
    assert doc["verdict"] == "divergence", run
    assert fake in doc["input_sets"][0]["port"]["stdout"], run


def test_closing_its_streams_does_not_lose_the_report(adversarial):
    run = adversarial.run(*compare_args("closer.py"), files={"closer.py": port("os.close(0)\nos.close(1)\nos.close(2)",
                                                                               head="import os")}, expect=(1,))
    assert run.stdout.startswith("divergence:"), run


def test_a_flood_of_output_is_bounded(adversarial):
    run = adversarial.run(*compare_args("flood.py"), files={"flood.py": port("for _ in range(200_000):\n"
                                                                             "    print('x' * 200)")}, expect=(1,))
    assert run.stdout.startswith("divergence:"), run
    assert len(run.stdout) < 200_000, f"the report carries the flood ({len(run.stdout)} chars)"


def test_patching_numpy_in_the_port_does_not_change_the_comparison(adversarial):
    head = "import numpy as np\nnp.allclose = lambda *a, **k: True\nnp.isclose = lambda *a, **k: True"
    run = adversarial.run(*compare_args("numpy_patch.py"), files={"numpy_patch.py": port("pass", head=head)},
                          expect=(1,))
    assert run.stdout.startswith("divergence:"), run


@pytest.mark.parametrize("name, head, words", [
    ("import_exits", "raise SystemExit(0)", "exit"),
    ("import_loops", "while True:\n    pass", "did not finish"),
])
def test_a_port_module_that_will_not_import_is_a_usage_error(adversarial, name, head, words):
    run = adversarial.run(*compare_args(f"{name}.py", "--timeout", "5"), files={f"{name}.py": head + "\n" + GOOD},
                          expect=(2,))
    assert words in run.stderr, run
