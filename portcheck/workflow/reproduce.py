"""The one line under "Reproduce": the command that runs the same check again.

Every shell and every kind of case gets its line here, so a report, a pytest
failure and the ``--all`` table say the same thing the same way:

* the command as the user typed it, when it was ``portcheck compare ...`` (``portcheck trace ...`` for a trace);
* ``portcheck compare NAME [--python FILE.py:FUNC]`` for a built-in case or a
  ``[[case]]`` of ``portcheck.toml`` (``(in DIR)`` when that file is elsewhere);
* ``portcheck compare --octave F.m --python FILE.py:FUNC --inputs DATA`` for a pair
  of the user's files;
* a note that values given in Python have no command line;
* under pytest, the test's node id (as the alternative when a command exists).
"""
from __future__ import annotations

import os
import shlex
from pathlib import Path

from ..cases.project import show_path

__all__ = ["reproduce_line", "compare_command", "save_failed_inputs"]


def reproduce_line(case=None, *, port_label: str | None = None, inputs=None, reference=None, argv=None,
                   pytest_node: str | None = None, command: str = "compare") -> str:
    """The line that reruns a check.

    Parameters
    ----------
    case : Case, optional
        The case compared (None: only ``pytest_node`` is known).
    port_label : str, optional
        The port given instead of the case's own (``FILE.py:FUNC``).
    inputs : str, path-like, dict or list, optional
        Inputs given instead of the case's own.
    reference : str or path-like, optional
        The ``.m`` file as the caller named it (``compare --octave`` and ``assert_parity``).
    argv : list of str, optional
        The command line of this process (``sys.argv``): used as typed when it is
        ``portcheck COMMAND ...``.
    pytest_node : str, optional
        The pytest node id of the test that ran the check.
    command : str
        The portcheck command that reruns it (``compare``, or ``trace``).
    """
    if argv is not None and list(argv[1:2]) == [command]:
        return " ".join(["portcheck"] + [shlex.quote(a) for a in argv[1:]])
    line = compare_command(case, port_label=port_label, inputs=inputs, reference=reference, command=command) \
        if case else None
    if pytest_node is None:
        return line or ""
    return f"{line}   (or: pytest {pytest_node})" if line else f"pytest {pytest_node}"


def _is_file_spec(label) -> bool:
    return bool(label) and ":" in label and label.rpartition(":")[0].endswith(".py")


def compare_command(case, *, port_label: str | None = None, inputs=None, reference=None, command: str = "compare") -> str:
    """``portcheck compare ...`` (or another ``command``) for ``case`` with what was given instead of its own."""
    given_m = isinstance(reference, (str, os.PathLike)) and str(reference).endswith(".m")
    files = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs) if isinstance(inputs, (list, tuple)) else []
    if files and all(isinstance(f, (str, os.PathLike)) for f in files) and _is_file_spec(port_label):
        env = " ".join([f"--path {shlex.quote(p)}" for p in case.paths] + [f"--package {p}" for p in case.packages])
        return (f"portcheck {command} --octave {reference if given_m else shlex.quote(case.reference_text)} --python {port_label} "
                + " ".join(f"--inputs {shlex.quote(str(f))}" for f in files) + (f" {env}" if env else ""))
    if given_m:
        return f"assert_parity({str(reference)!r}, {port_label!r}, ...)   (values given in Python: no command line to run)"
    line = f"portcheck {command} {case.name}"
    if _is_file_spec(port_label):
        return f"{line} --python {port_label}"
    if case.origin is not None and port_label is None and inputs is None:
        where = show_path(case.origin.parent)
        return line + (f"   (in {where})" if where != "." else "")
    return line


def save_failed_inputs(case, sets, reproduce: str, *, port_label: str | None = None, directory=None) -> str:
    """When a comparison failed on inputs no command line rebuilds, save them and return a Reproduce line that uses them.

    Input sets made from values given in Python, or from a spec drawing a
    random seed (``randn:random``), are not what ``portcheck compare NAME``
    would build again. When any set differs and any set is such, every set is
    saved -- ``.npz`` (numbers only, shapes as the port got them) or ``.mat``
    (structs, cells, strings) -- under ``$PORTCHECK_INPUTS_DIR`` (default: a
    ``portcheck-inputs`` folder in the system's temporary directory; never the
    user's own folders), and the line names them with ``--inputs``.
    """
    if all(s.status == "parity" for s in sets) or all(getattr(s.input_set, "reproducible", True) for s in sets):
        return reproduce
    import hashlib
    import tempfile

    folder = Path(directory or os.environ.get("PORTCHECK_INPUTS_DIR") or Path(tempfile.gettempdir()) / "portcheck-inputs")
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for s in sets:
        values = {k: v for k, v in s.input_set.values.items()}
        values.update({k: v for k, v in s.input_set.port_values.items() if k in values})
        digest = hashlib.sha1(repr(sorted((k, repr(v)) for k, v in values.items())).encode(), usedforsecurity=False)
        files.append(_save(folder / f"{_safe(case.name)}-{digest.hexdigest()[:10]}", values))
    inputs = " ".join(f"--inputs {shlex.quote(str(f))}" for f in files)
    if case.origin is not None and (port_label is None or port_label == case.port_label):
        return f"portcheck compare {case.name} {inputs}" + (f"   (in {show_path(case.origin.parent)})"
                                                           if show_path(case.origin.parent) != "." else "")
    env = " ".join([f"--path {shlex.quote(p)}" for p in case.paths] + [f"--package {p}" for p in case.packages])
    port = port_label if _is_file_spec(port_label) else case.port_label
    return (f"portcheck compare --octave {shlex.quote(case.reference_text)} --python {port} {inputs}"
            + (f" {env}" if env else ""))


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def _save(stem: Path, values: dict) -> Path:
    """``values`` in a ``.npz`` when they are all numbers, else a ``.mat`` (v5: structs, cells, strings)."""
    import numpy as np

    numeric = all(isinstance(v, (int, float, bool, np.number, np.bool_))
                  or (isinstance(v, np.ndarray) and v.dtype.kind in "biufc") for v in values.values())
    if numeric:
        path = stem.with_suffix(".npz")
        np.savez(path, **{k: np.asarray(v) for k, v in values.items()})
        return path
    import scipy.io

    path = stem.with_suffix(".mat")
    scipy.io.savemat(path, {k: (tuple(v) if isinstance(v, list) else v) for k, v in values.items()})
    return path
