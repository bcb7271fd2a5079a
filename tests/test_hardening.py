"""Issue 11, items 2 and 5: nothing from data or names is code; the file decides what runs; temp dirs; parent tomls.

Real GNU Octave throughout. Injected code would create a PWNED file under tmp;
every test that feeds such a payload asserts that the file does not exist.
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from portcheck.cases import get_case
from portcheck.cases.project import load_project
from portcheck.cases.reference import parse_reference, resolve
from portcheck.errors import UsageError
from portcheck.octave import OctaveSession, Resident
from portcheck.octave.batch import RESIDENT_MIN_BYTES, ResidentStore, build_batch
from portcheck.octave.environment import Environment
from portcheck.octave.tempdirs import MARKER, exchange_base, process_start, remove_stale_exchange_dirs
from portcheck.resources import OCTAVE_LIB

ROOT = Path(__file__).resolve().parents[1]
pytest_plugins = ["pytester"]


@pytest.fixture
def pwned(tmp_path):
    path = tmp_path / "PWNED"
    yield path
    assert not path.exists(), "code injected through data or a name ran"


def payload(pwned: Path) -> str:
    return f"system('touch {pwned}')"


# --------------------------------------------------------------------------- 1. data is never code


def test_a_struct_with_the_old_resident_field_reaches_the_function_as_a_struct(session, pwned):
    value = {"portcheck_resident": payload(pwned)}
    assert session.call("isstruct", value)[0] == 1
    assert session.call("fieldnames", value)[0] is not None
    record = np.array([(payload(pwned),)], dtype=[("portcheck_resident", "U80")])
    session.call("class", record)  # whatever Octave makes of it, it is a value


def test_resident_references_travel_out_of_band(session, pwned):
    big = np.arange(RESIDENT_MIN_BYTES // 8 + 1, dtype=float).reshape(-1, 1)
    batch = build_batch([(big, {"portcheck_resident": "portcheck_r1"}), (big, 2.0)], ResidentStore())
    assert batch.slots == [1] and batch.names == ["portcheck_r1"] and [k for k, _ in batch.keeps] == ["portcheck_r1"]
    assert isinstance(batch.pool[1], dict)  # the look-alike stays a value in the pool
    total = float(big.sum())
    results = session.call_many("sum", [(big,), (big,)])
    assert [float(r[0][0, 0]) for r in results] == [total, total]
    # the same array again: only its key is sent, and a look-alike struct beside it is still a struct
    fake = {"portcheck_resident": next(iter(session._resident.entries.values()))[0]}
    assert session.call("isstruct", fake)[0] == 1
    assert float(session.call("sum", big)[0][0, 0]) == total


def test_resident_values_survive_a_reference_that_clears_everything(session):
    handle = session.keep(np.arange(10.0).reshape(-1, 1))
    session.eval("clear all; clear functions;")
    assert float(session.call("sum", handle)[0][0, 0]) == 45.0


def test_names_that_are_not_portcheck_s_never_reach_octave(session, pwned):
    with pytest.raises(ValueError, match="not a name portcheck makes"):
        Resident(payload(pwned))
    with pytest.raises(ValueError, match="the function name"):
        session.call_many(payload(pwned), [()])
    with pytest.raises(ValueError, match="the variable name"):
        session.push_many({f"x; {payload(pwned)}": 1.0})
    with pytest.raises(ValueError, match="the variable name"):
        session.pull(f"x; {payload(pwned)}")


def test_portcheck_s_octave_code_evaluates_nothing():
    """No eval/evalin in the helpers Octave runs; every Python string sent as code is a constant or checked names."""
    for m in OCTAVE_LIB.glob("*.m"):
        code = "\n".join(line.split("%", 1)[0] for line in m.read_text().splitlines())
        assert not re.search(r"\beval(in|c)?\s*\(", code), m.name
    session_src = (ROOT / "portcheck" / "octave" / "session.py").read_text()
    assert "octave_string" not in session_src  # no path is quoted into code any more


# --------------------------------------------------------------------------- 2. the file decides what runs


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(textwrap.dedent(text))
    return folder / name


def test_a_function_line_that_differs_from_the_file_name_is_refused(tmp_path):
    _write(tmp_path, "harmless.m", "function status = system(cmd)\nstatus = 0;\nend\n")
    spec = parse_reference("harmless.m", tmp_path)
    with pytest.raises(UsageError) as err:
        resolve(spec, Environment())
    assert err.value.message == ("'harmless.m' defines function 'system', but Octave calls a file's function by the "
                                 "file name 'harmless'; rename the file to system.m or the function to harmless")


@pytest.mark.parametrize("name", ["my-f.m", "1f.m", "caf\u00e9.m"])
def test_a_file_name_that_is_no_function_name_is_refused(tmp_path, name):
    _write(tmp_path, name, "function y = f(x)\ny = x;\nend\n")
    with pytest.raises(UsageError, match=r"Octave cannot call a file named .*: a function file's name must be a "
                                         r"function name") as err:
        resolve(parse_reference(name, tmp_path), Environment())
    assert err.value.tip == "rename the file to f.m"


def test_a_users_file_with_a_builtins_name_runs_and_is_pinned(session, tmp_path):
    ref = _write(tmp_path / "mine", "zscore.m", "function z = zscore(x)\nz = 2 * x;\nend\n")
    target = resolve(parse_reference(str(ref), tmp_path), Environment())
    assert target.environment.pins == (("zscore", str(ref)),)
    session.use(target.environment)
    assert session.call("zscore", np.array([[1.0], [2.0]]))[0].ravel().tolist() == [2.0, 4.0]


def test_a_pinned_name_that_resolves_elsewhere_is_refused(session, tmp_path):
    ref = _write(tmp_path / "off_path", "zscore.m", "function z = zscore(x)\nz = 2 * x;\nend\n")
    with pytest.raises(UsageError) as err:
        session.use(Environment.of([tmp_path], pins=[("zscore", ref)]))
    assert err.value.message.startswith(f"Octave would not run {str(ref)!r} for zscore(): the name resolves to ")
    assert "zscore.m' first" in err.value.message
    with pytest.raises(UsageError, match="resolves to a built-in function of Octave first"):
        session.use(Environment.of([tmp_path], pins=[("system", ref)]))
    session.use(Environment())  # the session is usable again afterwards
    assert session.call("plus", 1.0, 2.0)[0][0, 0] == 3.0


# --------------------------------------------------------------------------- 3. paths are data


def test_a_folder_with_octaves_path_separator_goes_on_the_path_whole(session, tmp_path):
    odd = tmp_path / "a:b"
    ref = _write(odd, "hd_twice.m", "function y = hd_twice(x)\ny = 2 * x;\nend\n")
    session.use(Environment.of([odd], pins=[("hd_twice", ref)]))
    assert session.call("hd_twice", 4.0)[0][0, 0] == 8.0
    links = [p for p in Path(session.temp_dir).iterdir() if p.is_symlink()]
    assert links and all(os.readlink(p) == str(odd) for p in links)


def test_the_exchange_folder_removes_links_never_their_targets(tmp_path):
    odd = tmp_path / "x:y"
    _write(odd, "hd_keep.m", "function y = hd_keep(x)\ny = x;\nend\n")
    with OctaveSession(paths=[odd]) as s:
        assert s.call("hd_keep", 1.0)[0][0, 0] == 1.0
        temp = s.temp_dir
    assert not os.path.exists(temp) and (odd / "hd_keep.m").is_file()


@pytest.mark.parametrize("name", ["temp \u00e9t\u00e9 \u03bb", "it's here", "semi;colon (x)"])
def test_portcheck_temp_dir_with_unusual_characters_works(tmp_path, monkeypatch, name):
    base = tmp_path / name
    monkeypatch.setenv("PORTCHECK_TEMP_DIR", str(base))
    ref = _write(tmp_path / "ref \u00e9", "hd_local.m", "function y = hd_local(x)\ny = hd_helper(x);\nend\n"
                 "function y = hd_helper(x)\ny = 3 * x;\nend\n")
    with OctaveSession(paths=[ref.parent]) as s:
        assert s.temp_dir.startswith(str(base))
        assert s.call("pwd")[0] == s.temp_dir
        assert s.call("hd_local", 1.0)[0][0, 0] == 3.0
    assert list(base.iterdir()) == []


@pytest.mark.parametrize("char", ['"', "\\", ":", "\n"])
def test_portcheck_temp_dir_that_oct2py_would_paste_into_code_is_refused(tmp_path, monkeypatch, pwned, char):
    bad = str(tmp_path / f"t{char}x") + ('");system("touch ' + str(pwned) + '");%' if char == '"' else "")
    monkeypatch.setenv("PORTCHECK_TEMP_DIR", bad)
    with pytest.raises(UsageError) as err:
        exchange_base("octave-cli")
    assert err.value.message == (f"PORTCHECK_TEMP_DIR={bad!r} holds {char!r}, which oct2py would write into Octave "
                                 "code; portcheck cannot exchange files with Octave there")


def test_octave_starts_in_slash_whatever_the_current_directory_is_called(tmp_path, monkeypatch, pwned):
    (tmp_path / "c").mkdir()
    odd = tmp_path / f'c");system("touch {pwned}");%'
    odd.mkdir(parents=True)
    home = tmp_path / "home"
    home.mkdir()
    (home / ".octaverc").write_text("% octave_kernel sources this, then runs cd(\"<cwd>\") on the same line\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(odd)
    with OctaveSession() as s:
        assert s.call("plus", 1.0, 1.0)[0][0, 0] == 2.0
    assert Path.cwd() == odd


# --------------------------------------------------------------------------- 4. temp dirs


def test_the_exchange_folder_is_marked_and_holds_the_engines_scratch_folder(session):
    marker = json.loads((Path(session.temp_dir) / MARKER).read_text())
    assert marker == {"pid": os.getpid(), "start": process_start(os.getpid()), "uid": os.getuid()}
    assert session._oc._engine.tmp_dir.startswith(session.temp_dir + os.sep)


_CHILD = """
import os, signal, sys, time
signal.signal(signal.SIGHUP, signal.SIG_DFL)  # a run under nohup inherits SIGHUP ignored: a hang-up must end this one
from portcheck.octave import OctaveSession
s = OctaveSession()
s.start()
print(s.temp_dir, flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGHUP])
def test_a_folder_left_by_a_killed_run_is_removed_by_the_next(tmp_path, monkeypatch, signum):
    monkeypatch.setenv("PORTCHECK_TEMP_DIR", str(tmp_path))
    child = subprocess.Popen([sys.executable, "-c", _CHILD], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PORTCHECK_TEMP_DIR": str(tmp_path)})
    left = Path(child.stdout.readline().strip())
    child.send_signal(signum)
    child.wait(timeout=60)
    assert left.is_dir() and (left / MARKER).is_file()
    with OctaveSession() as s:
        assert s.call("plus", 1.0, 1.0)[0][0, 0] == 2.0
        assert not left.exists()


def _marked(folder: Path, **owner) -> Path:
    folder.mkdir()
    (folder / "keep.txt").write_text("x")
    (folder / MARKER).write_text(json.dumps({"uid": os.getuid(), **owner}))
    return folder


def test_only_marked_folders_of_gone_processes_are_removed(tmp_path):
    dead = _marked(tmp_path / "portcheck-999999999-a", pid=999999999, start="1")
    reused = _marked(tmp_path / "portcheck-1-b", pid=1, start="not-its-start")  # the pid now names another process
    live = _marked(tmp_path / "portcheck-1-c", pid=1, start=process_start(1))
    mine = _marked(tmp_path / f"portcheck-{os.getpid()}-d", pid=os.getpid(), start=process_start(os.getpid()))
    unmarked = tmp_path / "portcheck-999999999-e"
    unmarked.mkdir()
    (unmarked / "user.txt").write_text("a user's folder with a portcheck-like name")
    odd = tmp_path / "portcheck-999999999-f"
    odd.mkdir()
    (odd / MARKER).symlink_to(dead / MARKER)  # a marker must be a file of its own
    foreign = _marked(tmp_path / "portcheck-999999999-g", pid=999999999, start="1")
    (foreign / MARKER).write_text(json.dumps({"pid": 999999999, "uid": os.getuid() + 1}))
    removed = remove_stale_exchange_dirs(str(tmp_path))
    assert sorted(removed) == sorted([str(dead), str(reused)])
    assert all(p.is_dir() for p in (live, mine, unmarked, odd, foreign))


def test_a_users_octave_workspace_file_is_not_deleted_at_exit(tmp_path):
    (tmp_path / "octave-workspace").write_text("mine")
    code = "from portcheck.octave import OctaveSession\ns = OctaveSession()\ns.start()\n"  # exits without close()
    subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True, timeout=300)
    assert (tmp_path / "octave-workspace").read_text() == "mine"


# --------------------------------------------------------------------------- 5. a parent portcheck.toml


def _project(root: Path, name: str, port_body: str = "def sigmoid(z):\n    return z\n") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    _write(root, "sigmoid.m", "function g = sigmoid(z)\ng = z;\nend\n")
    (root / "evil.py").write_text(port_body)
    (root / "portcheck.toml").write_text(f'[[case]]\nname = "{name}"\nreference = "sigmoid.m"\nport = "evil.py:sigmoid"\n'
                                         'inputs = { z = { shape = [3, 1], generator = "sin" } }\n')
    return root / "portcheck.toml"


def test_a_parent_toml_never_replaces_a_builtin_case(tmp_path, monkeypatch, pwned):
    toml = _project(tmp_path / "proj", "sigmoid", f"open({str(pwned)!r}, 'w').close()\ndef sigmoid(z):\n    return z\n")
    (tmp_path / "proj" / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "proj" / "sub")
    with pytest.raises(UsageError) as err:
        get_case("sigmoid")
    assert err.value.message == (f"'sigmoid' is a built-in case, and also a [[case]] of {toml}, a portcheck.toml in a "
                                 "parent folder; portcheck does not let a parent folder's file replace a built-in case")
    assert get_case("nnCostFunction").source == "built-in"
    assert load_project(toml).cases[0].name == "sigmoid"  # parsed, never imported


def test_a_parent_toml_case_runs_when_named_and_says_where_it_came_from(tmp_path, monkeypatch):
    _project(tmp_path / "proj", "mySigmoid")
    (tmp_path / "proj" / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "proj" / "sub")
    case = get_case("mySigmoid")
    assert case.origin_label == "[[case]] mySigmoid of " + str(tmp_path / "proj" / "portcheck.toml")


def test_the_projects_own_toml_may_replace_a_builtin_and_the_report_says_so(tmp_path, monkeypatch, run_cli):
    _project(tmp_path, "sigmoid")
    monkeypatch.chdir(tmp_path)
    case = get_case("sigmoid")
    assert case.shadows_builtin and case.origin_label == (
        "[[case]] sigmoid of portcheck.toml, in place of the built-in case of that name")
    code, out, _ = run_cli("compare", "sigmoid", "--json", "--no-diagnose")
    assert code == 0 and json.loads(out)["case_origin"] == case.origin_label
    code, out, _ = run_cli("compare", "sigmoid", "--no-diagnose")
    assert "Case:      [[case]] sigmoid of portcheck.toml, in place of the built-in case of that name" in out


def test_portcheck_parity_under_pytest_passes_the_marker_as_data(pytester, pwned):
    (pytester.path / "f.m").write_text("function y = f(x)\ny = x;\nend\n")
    (pytester.path / "f.py").write_text("def f(x):\n    return x\n")
    np.savez(pytester.path / "s.npz", x=np.array([(payload(pwned),)], dtype=[("portcheck_resident", "U200")]))
    pytester.makepyfile(test_hostile=(
        "def test_marker(portcheck_parity):\n"
        "    try:\n"
        "        portcheck_parity('f.m', 'f.py:f', 's.npz')\n"
        "    except AssertionError:\n"
        "        pass  # a divergence or a usage error is fine; code running is not\n"
        "    except Exception as exc:\n"
        "        assert type(exc).__name__ in ('UsageError', 'ParityError'), exc\n"))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
    result.assert_outcomes(passed=1)
