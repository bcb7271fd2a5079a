"""The .m files ship inside the package: a wheel built from the tree contains them."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_reference_m_files(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    (wheel,) = tmp_path.glob("portcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for m in ("nnCostFunction.m", "sigmoid.m", "sigmoidGradient.m", "randInitializeWeights.m", "debugInitializeWeights.m",
              "computeNumericalGradient.m", "checkNNGradients.m"):
        assert f"portcheck/reference_octave/ex4/{m}" in names
    assert "portcheck/octave_lib/portcheck_batch.m" in names
