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

from ..cases.project import show_path

__all__ = ["reproduce_line", "compare_command"]


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
    if isinstance(inputs, (str, os.PathLike)) and _is_file_spec(port_label):
        return f"portcheck {command} --octave {reference if given_m else case.reference_path} --python {port_label} --inputs {inputs}"
    if given_m:
        return f"assert_parity({str(reference)!r}, {port_label!r}, ...)   (values given in Python: no command line to run)"
    line = f"portcheck {command} {case.name}"
    if _is_file_spec(port_label):
        return f"{line} --python {port_label}"
    if case.origin is not None and port_label is None and inputs is None:
        where = show_path(case.origin.parent)
        return line + (f"   (in {where})" if where != "." else "")
    return line
