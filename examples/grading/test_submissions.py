"""Grade every submission with pytest: one test per file, one Octave per pytest-xdist worker.

    SUBMISSIONS='submissions/*/nnCostFunction.py' pytest examples/grading -n 2 --junitxml grades.xml

Each test is ``portcheck compare nnCost --python FILE:nnCostFunction``: it passes at
parity, fails with the diagnosis as its message otherwise (a port that raises,
hangs past ``--portcheck-timeout`` or cannot be imported fails its own test only).
The plugin's session-scoped Octave is one per worker, so ``-n 2`` runs two Octaves.
See docs/grading.md (rows as JUnit XML, sharding across CI machines with pytest-split).
"""
import glob
import os
from pathlib import Path

import pytest

PATTERN = os.environ.get("SUBMISSIONS", "submissions/*/nnCostFunction.py")
FUNCTION = os.environ.get("SUBMISSION_FUNCTION", "nnCostFunction")
FILES = sorted(os.path.abspath(p) for p in glob.glob(PATTERN))


@pytest.mark.parametrize("path", FILES, ids=[Path(p).parent.name for p in FILES])
def test_submission(portcheck_parity, path):
    portcheck_parity("nnCost", f"{path}:{FUNCTION}")
