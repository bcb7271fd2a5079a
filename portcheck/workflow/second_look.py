"""A second diagnosis of the port with its first mistake repaired: the mistake the first one hid.

When one mistake makes the port raise (or differ) on every input set -- a
wrong size in the slice that cuts Theta2 out of the parameter vector -- the
course's probes never see what the port computes after it: a one-hot matrix
built from the labels present, a regularised bias column. The repair search
names the first mistake and says another difference remains
(:mod:`portcheck.diagnose.generic.repair`, a *partial* repair). Here the
port's file is copied with that one line changed into a temporary folder (the
original's folder stays on ``sys.path``, for the helpers it imports), loaded
in a worker of its own, compared on the same input sets and diagnosed again.
What that names joins the report, each finding saying it was found with the
line changed; the user's file is never written.

Only one partial repair of one line of the port's own file is followed, once
(never a second look of a second look), and only when nothing else in the
report already names what remains.
"""
from __future__ import annotations

import contextvars
import os
import shutil
import tempfile
from dataclasses import replace

from ..diagnose.finding import Finding

__all__ = ["second_look"]

_ACTIVE = contextvars.ContextVar("portcheck_second_look", default=False)

#: Findings that name a mistake (what the second look may add).
_NAMING = ("confirmed", "consistent")


def second_look(findings, port, compare) -> list[Finding]:
    """``findings`` with what a diagnosis of the port, its partial repair made, names besides.

    ``compare(port_spec, sys_path)`` loads the patched copy and returns its
    :class:`~portcheck.workflow.pipeline.CompareResult` (or raises). Returns
    ``findings`` unchanged when there is nothing to follow or the second look
    names nothing new.
    """
    findings = list(findings)
    repair = _followed(findings, port)
    if repair is None or _ACTIVE.get():
        return findings
    source = getattr(port, "file", None)
    folder = tempfile.mkdtemp(prefix="portcheck-repaired-")
    token = _ACTIVE.set(True)
    try:
        copy = _patched_copy(source, repair, folder)
        if copy is None:
            return findings
        result = compare(f"{copy}:{port.__name__}", [os.path.dirname(os.path.abspath(source))])
    except Exception:  # a copy that does not load or run is no second look; the first diagnosis stands
        return findings
    finally:
        _ACTIVE.reset(token)
        shutil.rmtree(folder, ignore_errors=True)
    added = _new_findings(result.findings, repair, findings, folder, os.path.dirname(os.path.abspath(source)))
    if not added:
        return findings
    if any(f.status == "confirmed" and f.data.get("repair") and not f.data.get("partial") for f in result.findings):
        # the copy agrees on every set with one more line changed: both lines are confirmed, together
        findings = [replace(f, status="confirmed", evidence=f"{f.evidence}; with the change below as well, PORT agrees "
                                                             "with OCTAVE on every set") if f is repair else f
                    for f in findings]
    return [f for f in findings if f.status != "unexplained"] + added


def _followed(findings, port) -> Finding | None:
    """The one partial repair worth following: of one line of the port's own file, the only finding that names a
    mistake (anything else named may be what remains already)."""
    naming = [f for f in findings if f.status in _NAMING]
    partial = [f for f in naming if f.data.get("partial") and not f.data.get("joint")]
    source = getattr(port, "file", None)
    if len(partial) != 1 or len(naming) != 1 or not source or not os.path.isfile(source):
        return None
    f = partial[0]
    same = os.path.abspath(str(f.data.get("file", ""))) == os.path.abspath(source)
    return f if same and isinstance(f.data.get("line"), int) and isinstance(f.data.get("repair"), str) else None


def _patched_copy(source: str, repair: Finding, folder: str) -> str | None:
    """The port's file copied into ``folder`` with the repair's line changed (its indentation kept), or None when
    the line is not the one the repair read."""
    with open(source, encoding="utf-8", errors="surrogateescape") as fh:
        lines = fh.read().split("\n")
    k = repair.data["line"] - 1
    old = repair.location.split(": ", 1)[-1]
    if not 0 <= k < len(lines) or lines[k].strip() != old.strip():
        return None
    new = repair.data["repair"]
    indent = lines[k][: len(lines[k]) - len(lines[k].lstrip())]
    lines[k] = indent + ("pass  # " + new if new.startswith("#") else new)
    path = os.path.join(folder, os.path.basename(source))
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as fh:
        fh.write("\n".join(lines))
    return path


def _new_findings(found, repair: Finding, before, folder: str, home: str) -> list[Finding]:
    """The second diagnosis's findings that name a mistake other than the repaired one, in the user's paths and
    saying they were found with the line changed."""
    seen = {(f.id, f.data.get("line")) for f in before}
    out = []
    for f in found:
        if f.status not in _NAMING or (f.id, f.data.get("line")) in seen or f.id == repair.id \
                and f.data.get("line") == repair.data["line"]:
            continue
        where = lambda text: (text or "").replace(folder, home)
        line = repair.data["line"]
        out.append(replace(f, evidence=f"with line {line} changed as above (`{repair.data['repair']}`): "
                                       f"{where(f.evidence)}", location=where(f.location),
                           details=where(f.details), data={**f.data, "after": repair.data["repair"],
                                                           **({"file": where(f.data["file"])} if isinstance(
                                                               f.data.get("file"), str) else {})}))
    return out
