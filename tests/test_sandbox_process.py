"""PortProcess: hostile and unusual ports run in a warm child; the parent only ever gets data.

Real processes, real signals, no mocks. Deadlines are short (the port is the
thing under test); no test asserts how long anything took.
"""
from __future__ import annotations

import os
import sys

import numpy as np
import pytest

from portcheck.errors import PortcheckError, PortLoadError
from portcheck.sandbox import PORT_CRASHED, PORT_EXITED, PORT_MEMORY, PORT_TIMEOUT, PortProcess, Unsupported

from .sandbox_support import alive, group_alive, no_leftover_processes, wait_until, write_port  # noqa: F401

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="isolation is Linux-first (/proc, prctl)")


@pytest.fixture
def port(tmp_path):
    """``port(source) -> PortProcess factory``: the source is written to tmp_path/port.py."""
    made = []

    def make(source, func="f", **kw):
        path = write_port(tmp_path, source)
        p = PortProcess(f"{path}:{func}", **kw)
        made.append(p)
        return p

    yield make
    for p in made:
        p.close()


# -- the deadline, kept from outside ------------------------------------------------

def test_an_infinite_loop_is_stopped_and_its_line_named_then_the_port_restarts(port):
    p = port("""
        def f(x, hang=False):
            total = 0
            while hang: total += 1
            return x + 1
    """, timeout=1)
    r = p.call((1.0,), {"hang": True}, names=("x", "hang"))
    f = r.failure
    assert r.value is None and f.type == PORT_TIMEOUT
    assert f.message == "did not return within 1 s (stopped at port.py:3: while hang: total += 1)"
    assert (os.path.basename(f.file), f.line, f.source) == ("port.py", 3, "while hang: total += 1")
    assert f.traceback.splitlines()[-1] == f"PortTimeout: {f.message}"
    assert 'port.py", line 3, in f' in f.traceback and "sandbox" not in f.traceback
    first = p.starts
    again = p.call((1.0,))
    assert again.failure is None and again.value == 2.0 and p.starts == first + 1  # re-imported in a new child


def test_a_port_that_disarms_alarms_and_ignores_sigterm_is_still_stopped(port):
    p = port("""
        import signal
        def f(x):
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            signal.alarm(0)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            while True: pass
    """, timeout=1)
    r = p.call((1,))
    assert r.failure.type == PORT_TIMEOUT and r.failure.line == 7 and r.failure.source == "while True: pass"


def test_a_call_timeout_overrides_the_process_default(port):
    p = port("""
        import time
        def f(x):
            time.sleep(x)
            return x
    """, timeout=60)
    r = p.call((30,), timeout=1)
    assert r.failure.type == PORT_TIMEOUT and r.failure.message == "did not return within 1 s (stopped at port.py:3: time.sleep(x))"
    assert p.call((0,)).value == 0


# -- ending the process ---------------------------------------------------------------

def test_os_exit_is_a_finding_at_its_line(port):
    p = port("""
        import os
        def f(x):
            os._exit(0)
    """)
    r = p.call((1,))
    assert r.failure.type == PORT_EXITED and r.failure.message == "called os._exit(0)"
    assert r.failure.line == 3 and r.failure.source == "os._exit(0)"
    assert p.pid is None  # discarded; a new child on the next call


def test_sys_exit_and_exit_are_findings_and_the_worker_survives(port):
    p = port("""
        import sys
        def f(how):
            if how == "sys":
                sys.exit(3)
            exit("bye")
    """)
    r = p.call(("sys",))
    pid = p.pid
    assert r.failure.type == PORT_EXITED and r.failure.message == "called sys.exit(3)" and r.failure.line == 4
    r = p.call(("builtin",))
    assert r.failure.type == PORT_EXITED and r.failure.message == "called exit('bye')" and r.failure.line == 5
    assert p.pid == pid


def test_a_segfault_is_a_crash_at_the_users_line(port):
    p = port("""
        import ctypes
        def f(x):
            return ctypes.string_at(0)
    """)
    r = p.call((1,))
    assert r.failure.type == PORT_CRASHED and r.failure.message == "crashed with SIGSEGV (segmentation fault)"
    assert r.failure.line == 3 and r.failure.source == "return ctypes.string_at(0)"
    assert r.failure.headline() == "PortCrashed: crashed with SIGSEGV (segmentation fault) at port.py:3"


def test_a_port_that_kills_itself_is_a_crash(port):
    p = port("""
        import os, signal
        def f(x):
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    r = p.call((1,))
    assert r.failure.type == PORT_CRASHED and r.failure.message.startswith("was killed by SIGKILL from outside portcheck")


def test_memory_error_under_the_limit_is_port_memory_and_the_worker_goes_on(port):
    p = port("""
        import numpy as np
        def f(n):
            big = np.ones(n)
            return float(big[0])
    """, memory_mb=256)
    r = p.call((2 ** 27,))  # 1 GiB of float64: well past a 256 MB limit
    f = r.failure
    assert f.type == PORT_MEMORY and f.line == 3 and f.source == "big = np.ones(n)"
    assert f.message.startswith("ran out of memory under the limit of 256 MB (MemoryError: Unable to allocate 1.00 GiB")
    assert p.call((10,)).value == 1.0


def test_a_leftover_non_daemon_thread_does_not_keep_anything_alive(port):
    p = port("""
        import threading, time
        def f(x):
            threading.Thread(target=time.sleep, args=(1000,)).start()
            return x
    """)
    assert p.call((5,)).value == 5
    pid = p.pid
    p.close()
    assert not alive(pid) and not group_alive(pid)


def test_subprocesses_the_port_started_end_with_it(port):
    p = port("""
        import subprocess
        def f(x):
            return subprocess.Popen(["sleep", "1000"]).pid
    """)
    sleeper = p.call((1,)).value
    pid = p.pid
    assert alive(sleeper)
    p.close()
    assert wait_until(lambda: not alive(sleeper)) and not group_alive(pid)


def test_an_interrupt_in_the_parent_kills_the_child(port):
    import _thread
    import threading

    p = port("""
        def f(x):
            while True: pass
    """, timeout=60)
    p.start()
    pid = p.pid
    timer = threading.Timer(0.5, _thread.interrupt_main)
    with pytest.raises(KeyboardInterrupt):
        timer.start()
        p.call((1,))
    timer.join()
    assert not alive(pid) and p.pid is None


# -- streams -----------------------------------------------------------------------

def test_prints_are_captured_bounded_and_never_reach_the_parent(port, capfd):
    p = port("""
        import sys, os
        def f(n):
            for i in range(n):
                print("x" * 99)
            print("to stderr", file=sys.stderr)
            os.write(1, b"raw fd write\\n")
            return n
    """, output_limit=1000)
    r = p.call((5000,))
    assert r.value == 5000
    assert r.stdout.startswith("x" * 99 + "\n") and "\n[portcheck: output cut: 500,013 bytes were printed, the first 1,000 are shown]" in r.stdout
    assert r.stderr == "to stderr\n"
    small = p.call((1,))
    assert small.stdout == "x" * 99 + "\nraw fd write\n"
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_reading_stdin_gets_end_of_file_not_a_hang(port):
    p = port("""
        def f(x):
            return input("value? ")
    """, timeout=30)
    r = p.call((1,))
    assert r.failure.type == "EOFError" and r.failure.line == 2


# -- the verdict stays in the parent -------------------------------------------------

def test_a_port_patching_portcheck_changes_nothing_in_the_parent(port):
    import portcheck.compare

    before = portcheck.compare.compare_output
    p = port("""
        import portcheck.compare
        portcheck.compare.compare_output = lambda *a, **k: "parity"
        def f(x):
            import portcheck.compare as c
            return c.compare_output(1, 2)
    """)
    r = p.call((1,))
    assert r.value == "parity"  # patched in the child, where it does not matter
    assert portcheck.compare.compare_output is before


def test_a_forged_pickle_reply_is_refused_and_never_run(port, tmp_path):
    marker = tmp_path / "PWNED"
    p = port(f"""
        import os, pickle
        from portcheck.sandbox import _wire

        class Evil:
            def __reduce__(self):
                return (os.system, ("touch {marker}",))

        def forged(self, obj, path="value", depth=0):
            return {{"t": "pickle", "b": self._blob(pickle.dumps(Evil()))}}

        _wire.Encoder.encode = forged
        def f(x):
            return x
    """)
    r = p.call((1,))
    assert r.failure.type == PORT_CRASHED
    assert r.failure.message == "sent a reply portcheck cannot read (tag 'pickle' not accepted here)"
    assert not marker.exists()


# -- values as data ----------------------------------------------------------------------

def test_values_come_back_as_data_with_types_kept(port):
    p = port("""
        import numpy as np
        def f(x):
            return {"J": np.float64(0.5), "n": np.int32(3), "f32": np.float32(1.5), "c": 1 + 2j,
                    "nan": float("nan"), "t": (1, [2.0, None, True], "s"), "F": np.asfortranarray(np.ones((2, 3))),
                    "rec": np.zeros(2, dtype=[("a", "i4"), ("b", "f8")]), 7: b"raw", "obj": np.array([1, "a"], dtype=object)}
    """)
    v = p.call((1,)).value
    assert type(v["J"]) is np.float64 and v["J"] == 0.5
    assert type(v["n"]) is np.int32 and type(v["f32"]) is np.float32
    assert v["c"] == 1 + 2j and np.isnan(v["nan"]) and v["t"] == (1, [2.0, None, True], "s")
    assert v["F"].flags.f_contiguous and v["F"].shape == (2, 3)
    assert v["rec"].dtype.names == ("a", "b") and v[7] == b"raw"
    assert v["obj"].dtype == object and list(v["obj"]) == [1, "a"]


def test_dataframe_matrix_and_generator(port):
    p = port("""
        import numpy as np
        import pandas as pd
        def f(kind):
            if kind == "df":
                return pd.DataFrame({"a": [1.0, 2.0], "b": [3.0, 4.0]})
            if kind == "matrix":
                return np.matrix([[1.0, 2.0]])
            return (i for i in range(3))
    """)
    df = p.call(("df",))
    assert type(df.value) is np.ndarray and df.value.tolist() == [[1.0, 3.0], [2.0, 4.0]]
    assert df.kinds == ("value: pandas DataFrame (2, 2) converted to ndarray float64",)
    m = p.call(("matrix",))
    assert type(m.value) is np.ndarray and m.value.shape == (1, 2) and m.kinds == ("value: numpy.matrix converted to ndarray",)
    g = p.call(("gen",))
    assert g.failure is None and isinstance(g.value, Unsupported) and g.value.type == "generator"
    assert g.value.repr.startswith("<generator object f.<locals>.<genexpr>")
    assert g.kinds == ("value: generator is not data; reported as unsupported",)


def test_writing_into_an_argument_is_named_and_never_reaches_the_caller_or_the_next_call(port):
    p = port("""
        def f(theta, X, lam=0.0):
            first = theta[0]
            theta[0] = -1.0
            return first
    """)
    theta, X = np.arange(5000.0), np.ones((100, 50))  # theta is large enough to be kept in the child
    r1 = p.call((theta, X), {"lam": 1.0}, names=("nn_params", "X", "lambda"))
    r2 = p.call((theta, X), {"lam": 1.0}, names=("nn_params", "X", "lambda"))
    assert r1.mutated == r2.mutated == ("nn_params",)
    assert r1.value == r2.value == 0.0 and theta[0] == 0.0


def test_large_arrays_are_sent_once(port):
    p = port("""
        def f(X, y):
            return float(X.sum() + y.sum())
    """)
    X, y = np.random.default_rng(0).random((500, 400)), np.ones(3)
    first = p.call((X, y)).value
    sent_first = p.last_sent_bytes
    second = p.call((X, y)).value
    assert first == second == float(X.sum() + 3)
    assert sent_first > X.nbytes and p.last_sent_bytes < 4096
    X2 = X.copy()
    X2[7, 7] += 1.0  # a different content is a different array
    assert p.call((X2, y)).value == float(X2.sum() + 3)


def test_evictions_and_a_lost_array_are_recovered(tmp_path):
    path = write_port(tmp_path, """
        def f(a, b):
            return float(a[0] + b[0])
    """)
    a, b, c = (np.full(10_000, v) for v in (1.0, 2.0, 3.0))  # 80 kB each, 0.1 MB kept
    with PortProcess(f"{path}:f", cache_mb=0.1) as p:
        assert p.call((a, b)).value == 3.0
        assert p.call((c, a)).value == 4.0
        assert p.call((b, c)).value == 5.0
        from portcheck.sandbox._wire import content_key

        p._cache.known.add(content_key(np.full(10_000, 9.0)))  # the parent wrongly believes the child holds it
        assert p.call((np.full(10_000, 9.0), a)).value == 10.0


def test_unpicklable_arguments_are_refused_and_the_worker_stays_usable(port):
    p = port("""
        def f(x):
            return x
    """)
    with pytest.raises(TypeError, match=r"args\[0\] of type function cannot be sent to the port's process .*call_in_fork"):
        p.call((lambda: 1,))
    assert p.call(([1, 2],)).value == [1, 2]


def test_the_bundled_port_gives_exactly_the_in_process_answer():
    from portcheck.cases.nncost import build_inputs
    from portcheck.ports.ex4 import nnCostFunction

    names = ["nn_params", "input_layer_size", "hidden_layer_size", "num_labels", "X", "y", "lambda"]
    with PortProcess("portcheck.ports.ex4:nnCostFunction") as p:
        for s in build_inputs("debug"):
            values = s.for_port()
            args = tuple(int(values[n]) if n.endswith(("_size", "labels")) else values[n] for n in names)
            J, grad = p.call(args, names=names).value
            J0, grad0 = nnCostFunction(*args)
            assert J == J0 and np.array_equal(grad, grad0)


def test_a_deep_recursion_is_an_ordinary_failure(port):
    p = port("""
        def f(n):
            return f(n + 1)
    """)
    r = p.call((0,))
    assert r.failure.type == "RecursionError" and r.failure.line == 2


# -- loading -------------------------------------------------------------------------

def test_the_port_runs_from_its_folder_with_its_helpers_and_writes_no_bytecode(tmp_path):
    write_port(tmp_path, """
        SCALE = 10
    """, name="helpers.py")
    path = write_port(tmp_path, """
        import os, sys
        from helpers import SCALE
        def f(x):
            return [x * SCALE, os.getcwd(), sys.path[0], os.environ["PYTHONHASHSEED"], sys.dont_write_bytecode]
    """)
    other = tmp_path / "elsewhere"
    other.mkdir()
    with PortProcess(f"{path}:f", cwd=os.getcwd()) as here, PortProcess(f"{path}:f") as default:
        assert here.call((2,)).value == [20, os.getcwd(), str(tmp_path), "0", True]
        assert default.call((2,)).value[1] == str(tmp_path)
    assert not (tmp_path / "__pycache__").exists()


def test_load_errors_are_one_line_with_details(tmp_path):
    def load(source, func="f", **kw):
        path = write_port(tmp_path, source)
        with pytest.raises(PortLoadError) as info:
            PortProcess(f"{path}:{func}", **kw).start()
        return str(info.value), info.value

    msg, err = load("""
        x = 1
        y = x / 0
    """)
    assert msg == f"importing {str(tmp_path / 'port.py')!r} failed: ZeroDivisionError: division by zero at port.py:2"
    assert err.tip == "fix the error in your file; its traceback is shown above"
    assert 'port.py", line 2' in err.details and err.details.rstrip().endswith("ZeroDivisionError: division by zero")

    msg, err = load("""
        print("loading data ...")
        while True: pass
    """, timeout=1)
    assert msg == f"importing {str(tmp_path / 'port.py')!r} did not finish within 1 s; stopped at port.py:2: while True: pass"
    assert "loading data ..." in err.details

    msg, _ = load("""
        exit(0)
    """)
    assert msg == (f"importing {str(tmp_path / 'port.py')!r} called exit(0); guard script code with "
                   "if __name__ == '__main__':")

    msg, _ = load("""
        import os
        os._exit(4)
    """)
    assert msg == f"importing {str(tmp_path / 'port.py')!r} ended the port's process: PortExited: called os._exit(4) at port.py:2"

    msg, _ = load("""
        def g(x):
            return x
        def h(x):
            return x
    """)
    assert msg == f"{tmp_path / 'port.py'} defines no function 'f'; functions defined there: g, h"

    with pytest.raises(PortLoadError, match=r"^port file not found: '.*missing\.py' \(from target='.*missing\.py:f'\); check the path$"):
        PortProcess(f"{tmp_path / 'missing.py'}:f").start()
    with pytest.raises(PortLoadError, match=r"^cannot import module 'no_such_pkg\.mod': ModuleNotFoundError"):
        PortProcess("no_such_pkg.mod:f").start()
    with pytest.raises(PortLoadError, match=r"^target='port\.py': expected FILE\.py:FUNCTION"):
        PortProcess("port.py").start()


def test_close_is_idempotent_and_a_closed_process_refuses_calls(port):
    p = port("""
        def f(x):
            return x
    """)
    assert p.call((1,)).value == 1
    pid = p.pid
    p.close()
    p.close()
    assert not alive(pid)
    with pytest.raises(PortcheckError, match="is closed"):
        p.call((1,))


def test_the_child_imports_only_what_the_port_needs_and_never_octave(port):
    p = port("""
        import sys
        def f(x):
            return sorted({m.split(".")[0] for m in sys.modules} & {"numpy", "pandas", "oct2py", "scipy", "matplotlib", "rich"})
    """)
    assert p.call((1,)).value == []
    assert p.call((np.ones(3),)).value == ["numpy"]  # an array argument needs numpy; nothing else does


def test_a_worker_that_died_between_calls_is_restarted(port):
    p = port("""
        import os, threading, time
        def f(x):
            threading.Thread(target=lambda: (time.sleep(0.2), os._exit(0))).start()
            return x
    """)
    assert p.call((1,)).value == 1
    pid = p.pid
    # a thread's os._exit leaves the leader a zombie before the whole process can be waited for;
    # wait for the latter, so this call lands after the death (a death *during* the send is
    # the next test's subject)
    assert wait_until(lambda: not alive(pid) and p._box[0].peek_exit() is not None)
    assert p.call((2,)).value == 2 and p.pid != pid


def test_a_worker_dying_as_the_next_call_arrives_does_not_take_that_call_with_it(port):
    # A leftover thread of an earlier call that ends the process (os._exit) may do so just as the
    # next command arrives, before the worker took it. Simulated deterministically: after its first
    # call the port makes its worker end on receiving the next command, before acknowledging it.
    # That call never started, so it runs again in a new worker instead of being reported as PortExited.
    p = port("""
        import os, sys
        def f(x):
            sys.modules["__main__"].COMMANDS["call"] = lambda *a: os._exit(0)
            return x
    """)
    assert p.call((1,)).value == 1
    first = p.pid
    second = p.call((2,))
    assert second.failure is None and second.value == 2
    assert second.restarts == 1 and p.pid != first


def test_a_port_that_exits_during_its_call_is_not_run_again(port):
    p = port("""
        import os
        def f(x):
            os._exit(3)
    """)
    result = p.call((1,))
    assert result.failure.type == PORT_EXITED and result.restarts == 0


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), "5", True])
def test_bad_limits_are_refused_with_the_rule(bad):
    with pytest.raises(PortcheckError, match=r"^timeout=.*: must be a positive number of seconds$"):
        PortProcess("m:f", timeout=bad)
    with pytest.raises(PortcheckError, match=r"^memory_mb=.*: must be a positive number of megabytes, or None for no limit$"):
        PortProcess("m:f", memory_mb=bad)


def test_output_of_c_code_is_captured_with_the_call(port, capfd):
    p = port("""
        import ctypes
        libc = ctypes.CDLL(None)
        def f(x):
            libc.printf(b"from C stdio %d\\n", x)
            return x
    """)
    assert p.call((7,)).stdout == "from C stdio 7\n"
    assert p.call((8,)).stdout == "from C stdio 8\n"
    assert capfd.readouterr() == ("", "")
