"""Adapters between two APIs, declared in portcheck.toml: applied on both sides, every one shown in the report."""
import json

import numpy as np
import pytest

from portcheck.cases.adapters import apply_operations, parse_adapter
from portcheck.cases.project import load_project
from portcheck.errors import UsageError
from portcheck.signature import map_arguments

STDFT = """\
function [X, nf] = stdft(x, N, K, N_fft)
%STDFT Short-time DFT: frames of N samples every K, Hann-windowed, one frame per row, the full N_fft spectrum.
x = x(:);
w = hanning(N);
frames = 1:K:(numel(x) - N);
nf = numel(frames);
X = zeros(nf, N_fft);
for i = 1:nf
  X(i, :) = fft(x(frames(i):(frames(i) + N - 1)) .* w, N_fft);
end
end
"""

PORT = """\
import numpy as np


def stft(x, win_size, fft_size, overlap=4, *, center=True):
    \"\"\"One-sided spectra, one frame per COLUMN; hop = win_size // overlap.\"\"\"
    assert center is False
    x = np.ravel(x)
    hop = int(win_size // overlap)
    w = np.hanning(win_size)
    frames = range(0, len(x) - win_size, hop)
    return np.stack([np.fft.rfft(x[i:i + win_size] * w, n=fft_size) for i in frames], axis=1)


def stft_extra_frame(x, win_size, fft_size, overlap=4, *, center=True):
    x = np.ravel(x)
    hop = int(win_size // overlap)
    w = np.hanning(win_size)
    frames = range(0, len(x) - win_size + 1, hop)
    return np.stack([np.fft.rfft(x[i:i + win_size] * w, n=fft_size) for i in frames], axis=1)


def count(a, b):
    return a.size + b, a.size


def scale(data, k):
    return data * k
"""

TOML = """\
[[case]]
name = "stft"
reference = "stdft.m"
port = "port.py:{port}"
args = {{ win_size = "N", fft_size = "N_fft" }}
port_args = {{ overlap = "N / K" }}
port_kwargs = {{ center = false }}
outputs = ["X"]
map_octave = {{ X = ["[:, :N_fft/2+1]", "transpose"] }}
inputs = {{ x = {{ shape = [{n}], generator = "randn:1" }}, N = 16, K = 8, N_fft = 32 }}
"""


@pytest.fixture
def proj(tmp_path, monkeypatch):
    (tmp_path / "stdft.m").write_text(STDFT)
    (tmp_path / "port.py").write_text(PORT)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.octave
def test_declared_adapters_bring_two_apis_to_parity_and_are_reported(proj, run_cli):
    (proj / "portcheck.toml").write_text(TOML.format(port="stft", n=100))
    code, out, err = run_cli("compare", "stft")
    assert code == 0, out + err
    assert "Adapters:  port gets center=False (constant)" in out
    assert "           port gets overlap = N / K = 2.0 (computed from the .m arguments)" in out
    assert "           compared: X of OCTAVE's X, nf" in out
    assert "           OCTAVE X: [:, :N_fft/2+1], transpose" in out
    assert ("Arguments: mapped by adapter, name, override: x, N -> win_size (override), N_fft -> fft_size (override), "
            "center (adapter), overlap (adapter)") in out


@pytest.mark.octave
def test_a_bug_behind_adapters_is_still_named(proj, run_cli):
    (proj / "portcheck.toml").write_text(TOML.format(port="stft_extra_frame", n=104))  # (len - N) % K == 0
    code, out, err = run_cli("compare", "stft", "--json")
    doc = json.loads(out)
    assert code == 1
    assert doc["findings"][0]["id"] in ("range-end", "extra-element"), doc["findings"]
    assert "port gets overlap = N / K = 2.0 (computed from the .m arguments)" in doc["adapters"]


def test_arguments_matched_by_position_with_other_names_get_a_warning():
    def count(a, b):
        return a
    m = map_arguments(["x", "n"], count)
    assert m.warnings == (
        "argument x -> a: matched by position, the names differ; declare it with args = { a = \"x\" } "
        "(or --args a=x) if that is right",
        "argument n -> b: matched by position, the names differ; declare it with args = { b = \"n\" } "
        "(or --args b=n) if that is right")
    assert map_arguments(["x", "n"], count, {"a": "x", "b": "n"}).warnings == ()


def test_keyword_only_and_adapter_parameters_are_passed_by_keyword():
    def f(A, b, *, relax=1.0, x0=None, extended=False):
        return A
    m = map_arguments(["b", "A", "x0"], f, extras=("extended",))
    args, kwargs = m.build_call({"A": 1, "b": 2, "x0": 3, "extended": True})
    assert args == [1, 2] and kwargs == {"x0": 3, "extended": True}
    args, kwargs = m.build_call({"A": 1, "b": 2, "extended": True})  # an optional .m argument left out
    assert args == [1, 2] and kwargs == {"extended": True}


def test_output_operations():
    a = np.arange(12.0).reshape(3, 4)
    np.testing.assert_array_equal(apply_operations(a, ["[:, :N/2+1]", "transpose", "+ 1"], {"N": 4}), a[:, :3].T + 1)
    np.testing.assert_array_equal(apply_operations(a, ["flatten", "column"], {}), a.ravel(order="F").reshape(-1, 1))
    np.testing.assert_array_equal(apply_operations(np.ones((1, 3, 1)), ["squeeze"], {}), np.ones(3))


@pytest.mark.parametrize("raw, message", [
    ({"port_args": {"overlap": "open(N)"}}, r"port_args.overlap: 'open\(N\)': 'open\(N\)' is not allowed"),
    ({"port_args": {"overlap": 4}}, r"port_args=\{'overlap': 4\}: must be a table of expressions"),
    ({"port_kwargs": {"a": 1}, "port_args": {"a": "N"}}, r"\['a'\] given in both port_kwargs and port_args"),
    ({"map_octave": {"X": ["rotate"]}}, r"'rotate' is not an operation; use one of transpose, squeeze"),
    ({"map_port": {"X": "[:, :N/2+1"}}, r"a subscript is written in brackets"),
    ({"outputs": "X"}, None),
])
def test_adapter_schema_errors(raw, message):
    if message is None:
        assert parse_adapter(raw, "where").outputs == ("X",)
        return
    with pytest.raises(UsageError, match=message):
        parse_adapter(raw, "portcheck.toml: [[case]] #1")


def test_names_the_signature_does_not_have_are_schema_errors(proj):
    (proj / "portcheck.toml").write_text(TOML.format(port="stft", n=100).replace('"N / K"', '"N / hop"'))
    with pytest.raises(UsageError, match=r"port_args.overlap='N / hop': \['hop'\] not among the .m arguments"):
        load_project(proj / "portcheck.toml")
    (proj / "portcheck.toml").write_text(TOML.format(port="stft", n=100).replace('outputs = ["X"]', 'outputs = ["Y"]'))
    with pytest.raises(UsageError, match=r"outputs=\['Y'\]: \['Y'\] not among the .m outputs \['X', 'nf'\]"):
        load_project(proj / "portcheck.toml")
