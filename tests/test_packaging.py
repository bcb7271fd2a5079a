"""The .m files ship inside the package: a wheel built from the sources contains them.

The wheel is built from a copy of the sources in a temporary directory, so the
build leaves nothing (``build/``, ``*.egg-info``) in the checkout.
"""
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_reference_m_files(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(ROOT / "portcheck", src / "portcheck", ignore=shutil.ignore_patterns("__pycache__"))
    for extra in ["pyproject.toml", "README.md", *(p.name for p in ROOT.glob("LICEN[CS]E*"))]:
        shutil.copy2(ROOT / extra, src / extra)
    before = sorted(p.name for p in ROOT.iterdir())
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", str(tmp_path / "dist")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in ROOT.iterdir()) == before  # nothing written into the checkout
    (wheel,) = (tmp_path / "dist").glob("octave_portcheck-*.whl")  # "portcheck" on the index is another project
    names = set(zipfile.ZipFile(wheel).namelist())
    (meta,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    metadata = zipfile.ZipFile(wheel).read(meta).decode()
    assert "Name: octave-portcheck" in metadata.splitlines()
    requires = [l for l in metadata.splitlines() if l.startswith("Requires-Dist:")]
    hard = [r for r in requires if "extra ==" not in r]
    assert not any("pandas" in r or "matplotlib" in r for r in hard), hard  # the package never imports pandas
    assert any("matplotlib" in r and 'extra == "plot"' in r for r in requires)
    assert "portcheck = portcheck.cli:main" in zipfile.ZipFile(wheel).read(meta.replace("METADATA", "entry_points.txt")).decode()
    for m in ("nnCostFunction.m", "sigmoid.m", "sigmoidGradient.m", "randInitializeWeights.m", "debugInitializeWeights.m",
              "computeNumericalGradient.m", "checkNNGradients.m"):
        assert f"portcheck/reference_octave/ex4/{m}" in names
    assert "portcheck/octave_lib/portcheck_batch.m" in names
