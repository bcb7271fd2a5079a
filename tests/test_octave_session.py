"""The Octave bridge against real Octave: calls, errors, hangs, restarts, resources.

Every test here runs GNU Octave for real. The ``.m`` files with faults are
written into ``tmp_path`` (per test) or a module-level temporary directory.
"""
from __future__ import annotations

import os
import signal
import threading
import time

import numpy as np
import pytest

from portcheck.octave import process
from portcheck.errors import (OctaveDied, OctaveError, OctaveInputRequested, OctaveNotFound, OctaveTimeout,
                              ReferenceUnusable)
from portcheck.octave import RESIDENT_MIN_BYTES, OctaveSession, Resident, live_sessions, to_array
from portcheck.runner import run_reference

pytestmark = pytest.mark.octave

M_FILES = {
    "twice": "function y = twice(x)\n  y = 2 * x;\nend\n",
    "pair": "function [s, p] = pair(a, b)\n  s = a + b;\n  p = a .* b;\nend\n",
    "nonconf": "function y = nonconf(x)\n  y = x * [1 2 3];\nend\n",
    "bad_syntax": "function y = bad_syntax(x)\n  y = x +* 2;\nend\n",
    "calls_missing": "function y = calls_missing(x)\n  y = sigmoid_helper(x);\nend\n",
    "spins": "function y = spins(x)\n  y = 0;\n  while true\n    y = y + 1;\n  end\nend\n",
    "asks": "function y = asks(x)\n  y = input('value please: ');\nend\n",
    "stops": "function y = stops(x)\n  keyboard;\n  y = x;\nend\n",
    "waits": "function y = waits(x)\n  pause;\n  y = x;\nend\n",
    "quits": "function y = quits(x)\n  exit(3);\nend\n",
    "chatty": "function y = chatty(x)\n  disp('hello from octave');\n  y = x;\nend\n",
}


@pytest.fixture(scope="module")
def mdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("mfiles")
    for name, body in M_FILES.items():
        (d / f"{name}.m").write_text(body)
    return d


@pytest.fixture(scope="module")
def session(mdir):
    s = OctaveSession(paths=[mdir], timeout=20)
    s.start()
    yield s
    s.close()


def test_call_returns_2d_arrays_and_one_round_trip_per_batch(session):
    trips = session.round_trips
    (y,) = session.call("twice", np.arange(3.0))
    assert y.shape == (3, 1) and np.array_equal(y.ravel(), [0, 2, 4])  # 1-D goes as a column
    s, p = session.call("pair", 2.0, 5.0, nout=2)
    assert s.shape == p.shape == (1, 1) and s[0, 0] == 7 and p[0, 0] == 10
    many = session.call_many("pair", [(1.0, 2.0), (3.0, 4.0), (np.ones((2, 2)), np.eye(2))], nout=2)
    assert [float(r[0][0, 0]) for r in many] == [3.0, 7.0, 2.0]
    assert session.round_trips == trips + 3


def test_one_failing_evaluation_does_not_hide_the_others(session):
    out = session.call_many("nonconf", [(np.ones((2, 1)),), (np.ones((2, 2)),)])
    assert isinstance(out[0], list) and out[0][0].shape == (2, 3)
    err = out[1]
    assert isinstance(err, OctaveError)
    assert err.octave_message == "operator *: nonconformant arguments (op1 is 2x2, op2 is 1x3)"
    assert err.stack[0] == ("nonconf", 2, 5)
    assert err.identifier == "Octave:nonconformant-args"
    assert str(err) == ("Octave error in nonconf(): operator *: nonconformant arguments (op1 is 2x2, op2 is 1x3) "
                        "(in nonconf at line 2)")


def test_call_raises_octave_errors_with_message_and_stack(session):
    with pytest.raises(OctaveError) as info:
        session.call("nonconf", np.ones((4, 4)))
    assert "nonconformant arguments (op1 is 4x4, op2 is 1x3)" in str(info.value)
    assert info.value.stack[0][:2] == ("nonconf", 2)


def test_reference_that_cannot_run_is_unusable_not_a_finding(session):
    with pytest.raises(ReferenceUnusable) as info:
        run_reference(session, "bad_syntax", [(1.0,), (2.0,)], 1)
    assert str(info.value).startswith("the reference bad_syntax.m cannot be parsed: parse error near line 2 of file ")
    assert str(info.value).endswith("bad_syntax.m: syntax error in 'y = x +* 2;'")
    assert info.value.exit_code == 2
    with pytest.raises(ReferenceUnusable) as info:
        run_reference(session, "calls_missing", [(1.0,)], 1)
    assert str(info.value) == ("the reference calls_missing() cannot run: 'sigmoid_helper' undefined near line 2, "
                               "column 7 (in calls_missing at line 2)")
    assert info.value.tip.startswith("'sigmoid_helper' is neither a variable nor a function on Octave's path")
    with pytest.raises(ReferenceUnusable, match=r"feval: function 'no_such_function' not found"):
        run_reference(session, "no_such_function", [(1.0,)], 1)
    runs = run_reference(session, "nonconf", [(np.ones((2, 2)),)], 1)  # raises for these inputs: a finding
    assert runs[0].outputs is None and "nonconformant" in runs[0].error.octave_message


def test_octave_output_is_kept_off_our_streams(session, capfd):
    (y,) = session.call("chatty", 4.0)
    assert y[0, 0] == 4.0
    assert "hello from octave" in session.output
    out, err = capfd.readouterr()
    assert "hello from octave" not in out + err


def test_large_inputs_cross_once_and_stay_resident(session):
    big = np.random.default_rng(1).random((200, 100))  # 160 kB
    assert big.nbytes >= RESIDENT_MIN_BYTES
    (a,) = session.call("twice", big)
    names_before = dict(session._resident.entries)
    (b,) = session.call("twice", big.copy())  # equal content, another object: no new transfer
    assert dict(session._resident.entries) == names_before and len(names_before) >= 1
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(a, 2 * big)
    changed = big.copy()
    changed[0, 0] += 1
    (c,) = session.call("twice", changed)
    assert len(session._resident) == len(names_before) + 1 and c[0, 0] == 2 * changed[0, 0]
    handle = session.keep(np.arange(4.0))
    assert isinstance(handle, Resident)
    (d,) = session.call("twice", handle)
    assert np.array_equal(d.ravel(), [0, 2, 4, 6])


def test_to_array_makes_bridge_conversions_explicit():
    assert to_array(3.0).shape == (1, 1)
    assert to_array([]).shape == (0, 0)
    assert to_array(np.arange(3)).shape == (1, 3)
    assert to_array("text") == "text"


# -- hangs: a timeout kills Octave; the next call gets a fresh one --------------------------------


def test_infinite_loop_times_out_kills_and_restarts(mdir):
    with OctaveSession(paths=[mdir], timeout=1.0) as s:
        old = s.pid
        with pytest.raises(OctaveTimeout) as info:  # after 1 s, not oct2py's 30 s more: bench/bench_deadlines.py
            s.call("spins", 1.0)
        assert str(info.value) == ("Octave call spins() did not return within 1 s; Octave was killed and restarts "
                                   "on the next call")
        assert info.value.tip.startswith("raise the limit with --timeout")
        assert not process.pid_alive(old)
        assert s.restarts == 1 and s.pid is None and s.last_restart_cause == "spins() timed out after 1 s"
        (y,) = s.call("twice", 2.0)  # restarted, path and set-up back
        assert y[0, 0] == 4.0 and s.pid and s.pid != old


@pytest.mark.parametrize("name, prompt", [("asks", "value please:"), ("stops", "keyboard>"),
                                          ("waits", "Paused, enter any value to continue")])
def test_octave_asking_for_input_is_stopped_at_once(session, name, prompt):
    old = session.pid
    with pytest.raises(OctaveInputRequested) as info:  # detected at the prompt: not an OctaveTimeout
        session.call(name, 1.0)
    assert str(info.value) == (f"the Octave code asked for keyboard input during {name}() (prompt {prompt!r}); "
                               "portcheck runs Octave unattended, so Octave was stopped (it restarts on the next call)")
    assert info.value.tip == "remove the input()/keyboard/pause call from the .m file, or pass the value as an argument"
    assert not process.pid_alive(old)
    assert session.call("twice", 1.0)[0][0, 0] == 2.0


def test_octave_exiting_mid_call_is_reported_and_recovered(session):
    with pytest.raises(OctaveDied, match=r"the Octave process ended during quits\(\)"):
        session.call("quits", 1.0)
    assert session.call("twice", 3.0)[0][0, 0] == 6.0


def test_sigint_during_a_call_kills_octave_and_raises_keyboardinterrupt(mdir):
    with OctaveSession(paths=[mdir], timeout=30) as s:
        pid = s.pid
        timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT))
        timer.start()
        with pytest.raises(KeyboardInterrupt):  # not an OctaveTimeout after the 30 s limit
            s.call("spins", 1.0)
        timer.join()
        assert not process.pid_alive(pid) and s.pid is None
        assert "interrupted by signal" in s.last_restart_cause


def test_start_failures_name_the_cause(tmp_path, monkeypatch):
    crash = tmp_path / "octave-crash"
    crash.write_text("#!/bin/sh\necho 'octave: error while loading shared libraries (simulated)' >&2\nexit 127\n")
    half = tmp_path / "octave-half"
    half.write_text('#!/bin/sh\nfor a in "$@"; do [ "$a" = "--eval" ] && { echo 7.3.0; exit 0; }; done\nexit 139\n')
    hang = tmp_path / "octave-hang"
    hang.write_text("#!/bin/sh\nexec sleep 1000\n")
    for f in (crash, half, hang):
        f.chmod(0o755)
    with pytest.raises(OctaveNotFound) as info:
        OctaveSession(executable=str(crash)).start()
    assert str(info.value) == (f"GNU Octave at {str(crash)!r} could not be started (it exited with status 127 during "
                               "start-up: octave: error while loading shared libraries (simulated)); install it with "
                               "'sudo apt-get install octave' (Debian/Ubuntu), or set OCTAVE_EXECUTABLE to its path")
    with pytest.raises(OctaveNotFound, match=r"could not be started \(it exited (with status 139 )?during start-up\)"):
        OctaveSession(executable=str(half)).start()
    before = process.child_pids()
    with pytest.raises(OctaveNotFound, match=r"did not start within 1 s and was stopped"):
        OctaveSession(executable=str(hang), start_timeout=1.0).start()
    time.sleep(0.1)
    assert not [p for p in process.child_pids() - before if process.pid_alive(p)]


def test_octave_missing_is_one_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("OCTAVE_EXECUTABLE", str(tmp_path / "nowhere" / "octave-cli"))
    with pytest.raises(OctaveNotFound) as info:
        OctaveSession()
    assert "OCTAVE_EXECUTABLE=" in str(info.value) and "sudo apt-get install octave" in str(info.value)
    monkeypatch.delenv("OCTAVE_EXECUTABLE")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OctaveNotFound, match=r"^GNU Octave not found \(no octave-cli or octave on PATH\); install it with "
                                             r"'sudo apt-get install octave'"):
        OctaveSession()


# -- resources: processes, directories, temp files ---------------------------------------------------


def test_close_removes_process_and_exchange_dir_and_never_writes_to_cwd(mdir, tmp_path, monkeypatch):
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("PORTCHECK_TEMP_DIR", str(tmp_path / "exchange"))
    s = OctaveSession(paths=[mdir], timeout=1.0)
    s.start()
    pid, exchange = s.pid, s.temp_dir
    assert exchange.startswith(str(tmp_path / "exchange")) and os.path.isdir(exchange)
    assert s in live_sessions()
    s.call("twice", 1.0)
    with pytest.raises(OctaveTimeout):  # a killed Octave must not dump octave-workspace anywhere
        s.call("spins", 1.0)
    s.call("twice", 1.0)
    s.close()
    s.close()  # idempotent
    assert not process.pid_alive(pid)
    assert os.listdir(tmp_path / "exchange") == []
    assert os.listdir(work) == []
    assert s not in live_sessions()


def test_stale_exchange_dirs_of_dead_processes_are_removed(mdir, tmp_path, monkeypatch):
    monkeypatch.setenv("PORTCHECK_TEMP_DIR", str(tmp_path))
    dead = tmp_path / "portcheck-999999999-abc"
    dead.mkdir()
    (dead / "writer.mat").write_bytes(b"x")
    (dead / ".portcheck-exchange").write_text(f'{{"pid": 999999999, "start": "1", "uid": {os.getuid()}}}')
    unmarked = tmp_path / "portcheck-999999998-abc"  # a name alone is no proof portcheck made it
    unmarked.mkdir()
    mine = tmp_path / f"portcheck-{os.getpid()}-keep"
    mine.mkdir()
    with OctaveSession(paths=[mdir]) as s:
        assert not dead.exists() and mine.exists() and unmarked.exists()
        assert s.version() == s.octave_version and s.octave_version.count(".") == 2


def test_a_forked_child_leaves_the_parents_octave_alone(session):
    pid = session.pid
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        try:
            session.close()  # must not kill the parent's Octave
            os._exit(0 if session.pid is None else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert session.pid == pid and process.pid_alive(pid)
    assert session.call("twice", 5.0)[0][0, 0] == 10.0


def test_threads_sharing_a_session_are_serialised(session):
    results, errors = [], []

    def work(k):
        try:
            results.append(float(session.call("twice", float(k))[0][0, 0]))
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and sorted(results) == [0.0, 2.0, 4.0, 6.0]


def test_no_octave_left_after_an_exception_in_a_with_block(mdir):
    with pytest.raises(RuntimeError):
        with OctaveSession(paths=[mdir]) as s:
            pid = s.pid
            raise RuntimeError("boom")
    assert not process.pid_alive(pid)
