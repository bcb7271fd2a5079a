"""No port process outlives portcheck: SIGTERM, SIGINT, SIGKILL of the parent, or an exit without close()."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from .sandbox_support import alive, group_alive, no_leftover_processes, wait_until, write_port  # noqa: F401

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="isolation is Linux-first (/proc, prctl)")

PARENT = textwrap.dedent("""
    import signal, sys, threading
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from portcheck.sandbox import PortProcess

    port, mode, pidfile = sys.argv[1:4]

    def run():
        p = PortProcess(port + ":f", timeout=600)
        p.start()
        print(p.pid, flush=True)
        if mode == "exit":
            sys.exit(0)  # no close(): the process must still be ended at interpreter exit
        p.call((pidfile,))

    if mode == "thread":
        t = threading.Thread(target=run)
        t.start()
        t.join()
    else:
        run()
""")

PORT = """
    import subprocess
    def f(pidfile):
        sleeper = subprocess.Popen(["sleep", "1000"])
        with open(pidfile, "w") as fh:
            fh.write(str(sleeper.pid))
        while True: pass
"""


@pytest.mark.parametrize("mode, signum", [("main", signal.SIGTERM), ("main", signal.SIGINT), ("main", signal.SIGKILL),
                                          ("thread", signal.SIGKILL), ("exit", None)])
def test_the_port_and_what_it_started_end_with_the_parent(tmp_path, mode, signum):
    port = write_port(tmp_path, PORT)
    pidfile = tmp_path / "sleeper.pid"
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(port), mode, str(pidfile)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        if signum is not None:
            assert wait_until(pidfile.exists)  # the port is running its loop
            sleeper = int(wait_until(lambda: pidfile.read_text().strip()) and pidfile.read_text())
            parent.send_signal(signum)
        parent.wait(timeout=60)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        parent.stdout.close()
        parent.stderr.close()
    assert wait_until(lambda: not alive(child)), f"port process {child} outlived its parent ({mode}, {signum})"
    assert wait_until(lambda: not group_alive(child))
    if signum is not None:
        assert not alive(sleeper)
