"""Hostile data and hostile names through the real CLI (issue 11, items 2 and 5).

Each run is ``python -m portcheck ...`` in a subprocess, with real GNU Octave, in a
folder of its own. Every run asserts: the exit code; that no file was created by
injected code (a PWNED path under tmp); that no user file was lost or changed;
and that no Octave process carrying the run's token outlived it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest
import scipy.io

pytestmark = pytest.mark.skipif(shutil.which("octave-cli") is None and shutil.which("octave") is None,
                                reason="needs GNU Octave")

REF = "function y = f(x)\ny = 2 * x;\nend\n"
PORT = "def f(x):\n    return 2 * x\n"
TOKEN_VAR = "PORTCHECK_HOSTILE_TOKEN"


def _octaves(token: str) -> list[int]:
    """Live Octave processes whose environment holds ``token``."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/comm") as fh:
                if "octave" not in fh.read():
                    continue
            with open(f"/proc/{pid}/environ", "rb") as fh:
                if f"{TOKEN_VAR}={token}".encode() in fh.read():
                    found.append(int(pid))
        except OSError:
            continue
    return found


def _files(folder: Path) -> dict:
    """Every file under ``folder`` with its bytes (what a run must leave as it was)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


#: A struct input is not numbers: any verdict but exit 3 is right here (which one is the isolation branch's call).
NOT_A_BUG = (0, 1, 2)


def hostile_run(args, cwd: Path, pwned: Path, *, env=None, code, user: Path | None = None):
    """Run ``portcheck ARGS`` in ``cwd``; assert the exit code (one, or a tuple of allowed ones), no ``pwned``
    file, no lost or changed user file, no Octave process left."""
    user = user or cwd
    before = _files(user)
    token = uuid.uuid4().hex
    full_env = {**os.environ, TOKEN_VAR: token, "COLUMNS": "120", **(env or {})}
    done = subprocess.run([sys.executable, "-m", "portcheck", *map(str, args)], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode in (code if isinstance(code, tuple) else (code,)), \
        f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    assert not pwned.exists(), "code injected through data or a name ran"
    after = _files(user)
    assert {k: v for k, v in after.items() if k in before} == before, "a user file was lost or changed"
    assert _octaves(token) == [], "an Octave process outlived the run"
    assert "Traceback" not in done.stderr
    return done


@pytest.fixture
def work(tmp_path):
    """A user's folder with f.m, f.py and x.npz, and the PWNED path injected code would create."""
    d = tmp_path / "work"
    d.mkdir()
    (d / "f.m").write_text(REF)
    (d / "f.py").write_text(PORT)
    np.savez(d / "x.npz", x=np.arange(3.0))
    return d, tmp_path / "PWNED"


def _payload(pwned: Path) -> str:
    return f"system('touch {pwned}')"


def test_a_structured_npz_with_the_old_resident_marker_runs_nothing(work):
    d, pwned = work
    np.savez(d / "s.npz", x=np.array([(_payload(pwned),)], dtype=[("portcheck_resident", "U200")]))
    hostile_run(["compare", "--octave", "f.m", "--python", "f.py:f", "--inputs", "s.npz", "--no-trace"], d, pwned,
                code=NOT_A_BUG)


def test_a_mat_struct_with_the_old_resident_marker_runs_nothing(work):
    d, pwned = work
    scipy.io.savemat(d / "s.mat", {"x": {"portcheck_resident": _payload(pwned)}})
    hostile_run(["compare", "--octave", "f.m", "--python", "f.py:f", "--inputs", "s.mat", "--no-trace"], d, pwned,
                code=NOT_A_BUG)


def test_a_toml_case_whose_inputs_carry_the_marker_runs_nothing(work):
    d, pwned = work
    np.savez(d / "s.npz", x=np.array([(_payload(pwned),)], dtype=[("portcheck_resident", "U200")]))
    (d / "portcheck.toml").write_text('[[case]]\nname = "hostile"\nreference = "f.m"\nport = "f.py:f"\ninputs = "s.npz"\n')
    hostile_run(["compare", "hostile", "--no-trace"], d, pwned, code=NOT_A_BUG)


def test_assert_parity_with_the_marker_in_a_dict_runs_nothing(work):
    d, pwned = work
    script = (f"import portcheck\ntry:\n    portcheck.assert_parity('f.m', 'f.py:f', {{'x': {{'portcheck_resident': "
              f"{_payload(pwned)!r}}}}})\nexcept Exception as exc:\n    print(type(exc).__name__)\n")
    token = uuid.uuid4().hex
    done = subprocess.run([sys.executable, "-c", script], cwd=d, env={**os.environ, TOKEN_VAR: token},
                          capture_output=True, text=True, timeout=600)
    assert not pwned.exists() and _octaves(token) == []
    assert "Traceback" not in done.stderr, done.stderr


def test_a_file_whose_function_line_names_a_builtin_is_refused(work):
    d, pwned = work
    (d / "harmless.m").write_text("function status = system(cmd)\nstatus = 0;\nend\n")
    (d / "harmless.py").write_text("def harmless(cmd):\n    return 1.0\n")
    np.savez(d / "cmd.npz", cmd=np.array(f"touch {pwned}"))
    done = hostile_run(["compare", "--octave", "harmless.m", "--python", "harmless.py:harmless", "--inputs", "cmd.npz"],
                       d, pwned, code=2)
    assert done.stderr.startswith("portcheck: error: 'harmless.m' defines function 'system', but Octave calls a file's "
                                  "function by the file name 'harmless'; rename the file to system.m")
    done = hostile_run(["trace", "--octave", "harmless.m", "--python", "harmless.py:harmless", "--inputs", "cmd.npz"],
                       d, pwned, code=2)
    assert "defines function 'system', but Octave calls a file's function by the file name" in done.stderr


def test_a_users_zscore_runs_the_users_file_not_octaves(work):
    d, pwned = work
    (d / "zscore.m").write_text("function z = zscore(x)\nz = 2 * x;\nend\n")
    (d / "mine.py").write_text("def zscore(x):\n    return 2 * x\n")
    (d / "octaves.py").write_text("import numpy as np\ndef zscore(x):\n    return (x - x.mean()) / x.std(ddof=1)\n")
    hostile_run(["compare", "--octave", "zscore.m", "--python", "mine.py:zscore", "--inputs", "x.npz"], d, pwned, code=0)
    hostile_run(["compare", "--octave", "zscore.m", "--python", "octaves.py:zscore", "--inputs", "x.npz", "--no-trace",
                 "--no-diagnose"], d, pwned, code=1)


def test_a_folder_with_a_colon_is_put_on_the_path_whole(work):
    d, pwned = work
    odd = d / "a:b"
    odd.mkdir()
    (odd / "zscore.m").write_text("function z = zscore(x)\nz = 2 * x;\nend\n")
    (d / "mine.py").write_text("def zscore(x):\n    return 2 * x\n")
    hostile_run(["compare", "--octave", "a:b/zscore.m", "--python", "mine.py:zscore", "--inputs", "x.npz"], d, pwned,
                code=0)


@pytest.mark.parametrize("name", ["my-f.m", "f'x.m", "donn\u00e9es.m"])
def test_a_file_name_octave_cannot_call_is_refused(work, name):
    d, pwned = work
    (d / name).write_text(REF)
    done = hostile_run(["compare", "--octave", name, "--python", "f.py:f", "--inputs", "x.npz"], d, pwned, code=2)
    assert "Octave cannot call a file named" in done.stderr and done.stderr.count("\n") <= 2


def test_a_quote_in_portcheck_temp_dir_is_refused_before_octave_sees_it(work, tmp_path):
    d, pwned = work
    bad = tmp_path / f'q","{tmp_path}/q2");system("touch {pwned}");%'
    bad.mkdir(parents=True)
    done = hostile_run(["compare", "--octave", "f.m", "--python", "f.py:f", "--inputs", "x.npz"], d, pwned,
                       env={"PORTCHECK_TEMP_DIR": str(bad)}, code=2)
    assert done.stderr.startswith("portcheck: error: PORTCHECK_TEMP_DIR=") and "holds '\"'" in done.stderr


def test_a_quote_in_the_current_directory_never_reaches_octave(work, tmp_path):
    d, pwned = work
    (tmp_path / "c").mkdir()
    home = tmp_path / "home"
    home.mkdir()
    (home / ".octaverc").write_text("% a user's start-up file: octave_kernel then runs cd(\"<cwd>\")\n")
    odd = tmp_path / f'c");system("touch {pwned}");%'
    odd.mkdir(parents=True)
    for name in ("f.m", "f.py", "x.npz"):
        shutil.copy(d / name, odd / name)
    hostile_run(["compare", "--octave", "f.m", "--python", "f.py:f", "--inputs", "x.npz"], odd, pwned,
                env={"HOME": str(home)}, code=0)


def test_non_ascii_folders_for_the_reference_and_the_temp_dir(work, tmp_path):
    d, pwned = work
    odd = tmp_path / "donn\u00e9es \u00e9t\u00e9 \u03bb"
    odd.mkdir()
    shutil.copy(d / "f.m", odd / "f.m")
    hostile_run(["compare", "--octave", odd / "f.m", "--python", "f.py:f", "--inputs", "x.npz"], d, pwned, code=0)
    temp = tmp_path / "temp \u00e9\u00e8"
    hostile_run(["compare", "--octave", "f.m", "--python", "f.py:f", "--inputs", "x.npz"], d, pwned,
                env={"PORTCHECK_TEMP_DIR": str(temp)}, code=0)
    assert [p.name for p in temp.iterdir()] == []  # the exchange folder went with the run


def test_quotes_in_the_reference_folder_are_data(work, tmp_path):
    d, pwned = work
    odd = tmp_path / f"it's \"here\"; system('touch {pwned.name}')"
    odd.mkdir()
    shutil.copy(d / "f.m", odd / "f.m")
    hostile_run(["compare", "--octave", odd / "f.m", "--python", "f.py:f", "--inputs", "x.npz"], d, pwned, code=0)


def test_a_parent_portcheck_toml_never_replaces_a_builtin_case(tmp_path):
    pwned = tmp_path / "PWNED"
    project = tmp_path / "shared"
    (project / "sub").mkdir(parents=True)
    (project / "sigmoid.m").write_text("function g = sigmoid(z)\ng = z;\nend\n")
    (project / "evil.py").write_text(f"open({str(pwned)!r}, 'w').close()\ndef sigmoid(z):\n    return z\n")
    (project / "portcheck.toml").write_text('[[case]]\nname = "sigmoid"\nreference = "sigmoid.m"\nport = "evil.py:sigmoid"\n'
                                            'inputs = { z = { shape = [3, 1], generator = "sin" } }\n')
    done = hostile_run(["compare", "sigmoid"], project / "sub", pwned, code=2, user=project)
    assert "a portcheck.toml in a parent folder" in done.stderr and str(project / "portcheck.toml") in done.stderr
    hostile_run(["list"], project / "sub", pwned, code=0, user=project)  # listing parses; it never imports
    hostile_run(["compare", "nnCostFunction"], project / "sub", pwned, code=0, user=project)


def test_a_users_octave_workspace_file_survives_the_run(work):
    d, pwned = work
    (d / "octave-workspace").write_text("the user's own file\n")
    hostile_run(["compare", "--octave", "f.m", "--python", "f.py:f", "--inputs", "x.npz"], d, pwned, code=0)
    assert (d / "octave-workspace").read_text() == "the user's own file\n"
