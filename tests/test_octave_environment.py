"""Octave's environment per case: paths, packages, references that are not a plain .m file; no leaks between cases."""
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from portcheck.cases.project import load_project
from portcheck.errors import UsageError
from portcheck.octave import OctaveSession
from portcheck.octave.environment import Environment, local_function_source
from portcheck.workflow.course import compare_all
from portcheck.workflow.pipeline import compare_case

pytestmark = pytest.mark.octave

ROOT = Path(__file__).resolve().parents[1]


def _has_signal() -> bool:
    try:
        out = subprocess.run(["octave-cli", "--no-gui", "-q", "--eval", "pkg load signal; disp(exist('resample'))"],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.stdout.strip() == "2"


needs_signal = pytest.mark.skipif(not _has_signal(), reason="Octave's signal package is not installed here "
                                  "(Debian: apt-get install octave-signal; 'make test' installs it as root)")


@pytest.fixture
def proj(tmp_path, monkeypatch):
    for folder, body in (("a", "y = x + 1;"), ("b", "y = x + 2;")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "f.m").write_text(f"function y = f(x)\n{body}\nend\n")
    (tmp_path / "lib it's").mkdir()
    (tmp_path / "lib it's" / "helper.m").write_text("function y = helper(x)\ny = 10 * x;\nend\n")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "uses_helper.m").write_text("function y = uses_helper(x)\ny = helper(x);\nend\n")
    (tmp_path / "port.py").write_text("def f1(x):\n    return x + 1\n\ndef f2(x):\n    return x + 2\n\n"
                                      "def ten(x):\n    return 10 * x\n")
    (tmp_path / "portcheck.toml").write_text('''
[[case]]
name = "A"
reference = "a/f.m"
port = "port.py:f1"
inputs = { x = 1.0 }

[[case]]
name = "withHelper"
reference = "c/uses_helper.m"
path = ["lib it's"]
port = "port.py:ten"
inputs = { x = 2.0 }

[[case]]
name = "B"
reference = "b/f.m"
port = "port.py:f2"
inputs = { x = 1.0 }

[[case]]
name = "noHelper"
reference = "c/uses_helper.m"
port = "port.py:ten"
inputs = { x = 2.0 }
''')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_each_case_runs_with_exactly_its_own_path(proj):
    cases = {c.name: c for c in load_project(proj / "portcheck.toml").cases}
    alone = {}
    for name, case in cases.items():
        run = compare_all([case])
        alone[name] = run.outcomes[0]
    suite = {o.case.name: o for o in compare_all(list(cases.values())).outcomes}
    for name in cases:  # the same verdict alone and in the suite, in one session
        assert (alone[name].error is None, alone[name].failed) == (suite[name].error is None, suite[name].failed), name
    assert not suite["A"].failed and not suite["B"].failed and not suite["withHelper"].failed
    # the folder withHelper put on the path is gone for the next case: 'helper' is undefined there
    assert "'helper' undefined" in suite["noHelper"].error.message


def test_the_path_reaches_octave_as_data(proj):
    with OctaveSession(paths=[proj / "lib it's"]) as s:
        assert s.call("helper", 3.0)[0].item() == 30.0
        s.use(Environment.of([proj / "a"]))
        with pytest.raises(Exception, match="helper"):
            s.call("helper", 3.0)


def test_a_missing_folder_or_package_is_an_error_with_the_remedy(proj):
    with OctaveSession() as s:
        with pytest.raises(UsageError, match="is not a directory"):
            s.use(Environment.of([proj / "nowhere"]))
        with pytest.raises(UsageError, match=r"Octave cannot load the package 'nosuchpkg': package nosuchpkg is not installed") as e:
            s.use(Environment.of([], ["nosuchpkg"]))
        assert "apt-get install octave-nosuchpkg" in e.value.tip
        assert s.call("deal", 2.0)[0].item() == 2.0  # the session still works


def test_a_local_function_is_made_callable_from_a_copy():
    text = "function a = main(x)\na = helper(x);\nend\nfunction h = helper(x)\nh = sib(x) + 1;\nend\nfunction s = sib(x)\ns = 2 * x;\nend\n"
    src = local_function_source(text, "helper")
    assert src.splitlines()[0] == "function h = helper(x)" and "function a = main(x)" in src
    assert local_function_source(text, "nothere") is None


def test_a_builtin_reference_from_the_command_line(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.py").write_text("import numpy as np\n\ndef fft(x):\n    return np.fft.fft(np.ravel(x))\n\n"
                                   "def fft_conj(x):\n    return np.conj(np.fft.fft(np.ravel(x)))\n")
    np.savez(tmp_path / "d.npz", x=np.random.default_rng(0).standard_normal(16))
    code, out, err = run_cli("compare", "--octave", "fft", "--python", "p.py:fft", "--inputs", "d.npz", "--atol", "1e-12")
    assert code == 0, out + err
    assert "Reference: fft (a function on Octave's path)" in out
    code, out, err = run_cli("compare", "--octave", "fft", "--python", "p.py:fft_conj", "--inputs", "d.npz", "--json")
    doc = json.loads(out)
    assert code == 1 and doc["findings"][0]["id"] == "conjugate"


def test_a_function_octave_cannot_find_quotes_octaves_advice(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.py").write_text("def resample(x, p, q):\n    return x\n")
    np.savez(tmp_path / "d.npz", x=np.ones(8), p=2.0, q=1.0)
    code, out, err = run_cli("compare", "--octave", "resample", "--python", "p.py:resample", "--inputs", "d.npz")
    assert code == 2 and out == ""
    if "belongs to the signal package" in err:  # Octave knows the package: its words, intact, and our tip
        assert "run 'pkg load signal' from the Octave prompt" in err
        assert "Tip: resample is a function of Octave's signal package: load it with packages = [\"signal\"]" in err
        assert "--package signal" in err
    else:
        assert "Octave finds no function 'resample'" in err


@needs_signal
def test_a_package_function_as_reference_and_a_gain_named_with_its_value(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    x = np.sin(np.arange(300.0) / 7) + 0.1 * np.cos(np.arange(300.0) / 3)
    np.savez(tmp_path / "d.npz", x=x, p=4.0, q=3.0)
    port = ROOT / "examples" / "signal" / "resample_port.py"
    code, out, err = run_cli("compare", "--octave", "resample", "--package", "signal", "--python", f"{port}:resample",
                             "--inputs", "d.npz")
    assert code == 0, out + err
    code, out, err = run_cli("compare", "--octave", "resample", "--package", "signal", "--python",
                             f"{port}:resample_normalised", "--inputs", "d.npz", "--json")
    doc = json.loads(out)
    ids = [f["id"] for f in doc["findings"]]
    assert code == 1 and "normalisation" in ids
    gain = next(f for f in doc["findings"] if f["id"] == "normalisation")
    assert "PORT = 1.0000565 x OCTAVE" in gain["evidence"]
    assert doc["octave_environment"] == "packages: signal"
    assert doc["findings"][0]["fix"] == "# delete the line: h = h * p / np.sum(h)"


@needs_signal
def test_packages_in_the_toml_and_an_optional_fourth_argument(tmp_path):
    (tmp_path / "portcheck.toml").write_text(f'''
packages = ["signal"]
[[case]]
name = "rs"
reference = "resample"
port = "{ROOT / 'examples' / 'signal' / 'resample_port.py'}:resample"
inputs = {{ x = {{ shape = [64], generator = "randn:0" }}, p = 3, q = 2 }}
''')
    case = load_project(tmp_path / "portcheck.toml").cases[0]
    result = compare_case(case)
    assert result.parity and result.signature == "function [y, h] = resample(x, p, q, h)"
    assert [o.name for o in result.sets[0].comparison.outputs] == ["y"]  # a path function: its first output


def test_octaves_wrapped_advice_is_joined_into_one_line_intact():
    from portcheck.octave.bridge import one_line

    text = ("'resample' undefined near line 1, column 1\n\nThe 'resample' function belongs to the signal package "
            "from Octave Forge\nwhich you have installed but not loaded.  To load the package, run 'pkg\n"
            "load signal' from the Octave prompt.\n")
    assert one_line(text) == ("'resample' undefined near line 1, column 1: The 'resample' function belongs to the signal "
                              "package from Octave Forge which you have installed but not loaded.  To load the package, "
                              "run 'pkg load signal' from the Octave prompt.")


def test_a_m_file_calling_a_package_function_says_to_load_the_package(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "up2.m").write_text("function y = up2(x)\ny = resample(x, 2, 1);\nend\n")
    (tmp_path / "p.py").write_text("def up2(x):\n    return x\n")
    np.savez(tmp_path / "d.npz", x=np.ones(8))
    code, out, err = run_cli("compare", "--octave", "up2.m", "--python", "p.py:up2", "--inputs", "d.npz")
    assert code == 2
    assert "run 'pkg load signal' from the Octave prompt" in err or "'resample' undefined" in err
    if "belongs to the signal package" in err:
        assert "Tip: resample is a function of Octave's signal package: load it with packages = [\"signal\"]" in err
