"""Cold start: ``portcheck compare nnCost`` against a bare ``octave-cli`` run and a raw oct2py script.

Each round runs the three commands once, one after the other, each a fresh
process (so all see the same machine load); prints min / median / max seconds
over the rounds and the ratios per round (paired). Asserts nothing.

* ``octave-cli``: a small ``.m`` driver that does what compare does on the
  Octave side -- the reference ``nnCostFunction.m`` on the same five input
  sets (loaded from a ``.mat`` written beforehand), outputs displayed;
* ``raw oct2py``: the script a user writes by hand -- ``from oct2py import
  octave``, the reference on the five sets, the bundled port in process,
  ``np.allclose`` on every output;
* ``portcheck compare nnCost``: the command, its report to /dev/null.

The target (issue 15): compare at most 4x the bare ``octave-cli`` run.
Usage: ``python bench/bench_cold.py [ROUNDS]`` (default 5).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

DRIVER = """\
function nncost_check(matfile)
  % The Octave side of 'portcheck compare nnCost': the reference on the same five input sets.
  S = load(matfile);
  for k = 1:S.n
    v = S.(sprintf('set%d', k));
    [J, grad] = nnCostFunction(v.nn_params, v.input_layer_size, v.hidden_layer_size, v.num_labels, v.X, v.y, v.lambda);
    printf('%s J=%.10g |grad|=%.10g\\n', v.name, J, norm(grad));
  end
end
"""

RAW = """\
import sys
import numpy as np
import scipy.io
from oct2py import octave  # the module-level session starts here, as in any user script
sys.path.insert(0, {root!r})
from portcheck.ports.ex4 import nnCostFunction

octave.addpath({refdir!r})
S = scipy.io.loadmat({mat!r}, squeeze_me=True, struct_as_record=False)
names = ["nn_params", "input_layer_size", "hidden_layer_size", "num_labels", "X", "y", "lambda"]
ok = True
for k in range(1, int(S["n"]) + 1):
    v = S[f"set{{k}}"]
    args = [np.atleast_2d(getattr(v, n)) if n in ("X",) else getattr(v, n) for n in names]
    J_o, g_o = octave.nnCostFunction(*args, nout=2)
    J_p, g_p = nnCostFunction(*args)
    ok &= bool(np.allclose(J_o, J_p, rtol=1e-9, atol=1e-12) and np.allclose(np.ravel(g_o), np.ravel(g_p), rtol=1e-9, atol=1e-12))
print("parity" if ok else "divergence")
sys.exit(0 if ok else 1)
"""


def write_inputs(folder: Path) -> Path:
    """The five input sets of ``compare nnCost`` in a .mat file (not timed)."""
    import numpy as np
    import scipy.io

    from portcheck.cases import get_case

    sets = get_case("nnCost").build_inputs(size="debug")
    data = {"n": float(len(sets))}
    for k, s in enumerate(sets, 1):
        v = {n: (np.asarray(x, dtype=float) if np.ndim(x) else float(x)) for n, x in s.values.items()}
        v["name"] = s.name
        data[f"set{k}"] = v
    mat = folder / "nncost_sets.mat"
    scipy.io.savemat(mat, data)
    return mat


def commands(folder: Path, mat: Path) -> dict[str, list[str]]:
    from portcheck.resources import reference_dir

    refdir = str(reference_dir("ex4"))
    (folder / "nncost_check.m").write_text(DRIVER)
    raw = folder / "raw_oct2py.py"
    raw.write_text(RAW.format(root=str(ROOT), refdir=refdir, mat=str(mat)))
    octave = os.environ.get("OCTAVE_EXECUTABLE") or "octave-cli"
    return {
        "octave-cli (bare .m driver)": [octave, "--no-gui", "--quiet", "--no-init-file", "--eval",
                                        f"addpath('{refdir}'); addpath('{folder}'); nncost_check('{mat}')"],
        "raw oct2py script": [sys.executable, str(raw)],
        "portcheck compare nnCost": [str(BIN / "portcheck"), "compare", "nnCost"],
    }


def run_rounds(cmds: dict[str, list[str]], rounds: int) -> dict[str, list[float]]:
    out = {k: [] for k in cmds}
    for cmd in cmds.values():  # warm the page cache and the .pyc files once
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    for _ in range(rounds):
        for label, cmd in cmds.items():
            t = time.perf_counter()
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
            out[label].append(time.perf_counter() - t)
            if proc.returncode != 0:
                print(f"  {label} exited {proc.returncode}: {proc.stderr.decode()[-300:]}", flush=True)
    return out


def fmt(ts: list[float]) -> str:
    return f"min {min(ts):6.3f}  median {statistics.median(ts):6.3f}  max {max(ts):6.3f} s"


def ratios(num: list[float], den: list[float]) -> list[float]:
    return [a / b for a, b in zip(num, den)]


def measure(rounds: int = 5) -> dict:
    """The three commands, ``rounds`` interleaved rounds; returns the figures (also printed)."""
    with tempfile.TemporaryDirectory(prefix="portcheck-bench-cold-") as tmp:
        folder = Path(tmp)
        cmds = commands(folder, write_inputs(folder))
        got = run_rounds(cmds, rounds)
    labels = list(cmds)
    bare, raw, pc = (got[k] for k in labels)
    print(f"cold start, {rounds} interleaved rounds (each a fresh process)", flush=True)
    for label in labels:
        print(f"  {label:34s} {fmt(got[label])}", flush=True)
    r_bare, r_raw = ratios(pc, bare), ratios(pc, raw)
    print(f"  => compare / octave-cli (paired)   min {min(r_bare):5.2f}x  median {statistics.median(r_bare):5.2f}x  "
          f"max {max(r_bare):5.2f}x   (target <= 4x)", flush=True)
    print(f"  => compare / raw oct2py (paired)   min {min(r_raw):5.2f}x  median {statistics.median(r_raw):5.2f}x  "
          f"max {max(r_raw):5.2f}x", flush=True)
    return {"compare_vs_octave_cli": statistics.median(r_bare), "compare_vs_raw_oct2py": statistics.median(r_raw),
            "compare_s": statistics.median(pc), "octave_cli_s": statistics.median(bare), "raw_oct2py_s": statistics.median(raw)}


if __name__ == "__main__":
    measure(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
