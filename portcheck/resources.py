"""Where portcheck's own files are: the bundled reference ``.m`` files and the Octave helpers.

Both are package data (see ``pyproject.toml``). They are found here, at the bottom
of the package, so that the built-in cases (which name reference files) and the
Octave bridge (which puts the helpers on Octave's path) need not import each other.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["VERSION", "DISTRIBUTION", "PACKAGE_DIR", "OCTAVE_LIB", "reference_dir"]

#: portcheck's version (``portcheck.__version__``; pyproject.toml reads it from here).
VERSION = "0.1.0"

#: The distribution's name on the package index (the import name and the command stay ``portcheck``).
DISTRIBUTION = "octave-portcheck"

#: The installed ``portcheck`` package directory.
PACKAGE_DIR = Path(__file__).resolve().parent

#: Octave functions portcheck itself calls (``portcheck_batch.m``); always on Octave's path.
OCTAVE_LIB = PACKAGE_DIR / "octave_lib"


def reference_dir(exercise: str | None = None) -> Path:
    """Directory of the bundled reference ``.m`` files (``ex4`` etc. below it).

    Parameters
    ----------
    exercise : str, optional
        A course exercise, e.g. ``"ex4"``; default the directory holding all of them.
    """
    base = PACKAGE_DIR / "reference_octave"
    return base / exercise if exercise else base
