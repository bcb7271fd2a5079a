"""Environment drift as findings of their own kind: what was shimmed, where, and whether the port then agrees.

The port's worker applies a shim only after the port failed the way the shim
cures (:mod:`portcheck.runner.drift`); each application is an event on the
port. One finding per drift id:

``python2``             Python 2 source (``print x``, ``xrange`` ...), with the lines where ``/``
                        divided two integers (Python 2 floored there; Python 3 does not)
``pandas-removed-api``  ``.as_matrix()``, ``.ix`` (removed in pandas 1.0)
``numpy-removed-alias`` ``np.float``, ``np.int`` ... (removed in NumPy 1.24)
``numpy2-scalar``       ``float()``/``int()`` of a size-1 array with ``ndim > 0`` (a TypeError in NumPy 2)
``ragged-array``        ``np.array`` of ragged lists (an error since NumPy 1.24)
``repo-import``         a module of the port's repository, found from an ancestor folder

Status: *confirmed*. The drift is real and was shimmed; when the port then
agrees, its mathematics is right but the file as written does not run under
this Python, NumPy or pandas, so the run is not parity (:func:`shimmed_gaps`
makes it *inconclusive*: nothing differs, but only with portcheck's shims -- a
CI gate must not pass a file that fails to import). When it still differs, the
diagnosis of the remaining difference stands beside it. ``repo-import`` is always
*noted*: the repository's own driver puts its root on ``sys.path``, so the file
runs as its author runs it, and a module found so is no mistake of the port.
"""
from __future__ import annotations

import os

from .finding import Finding

__all__ = ["drift_findings", "shimmed_gaps", "DRIFT_TITLES"]

DRIFT_TITLES = {
    "python2": "Python 2 code, run under Python 3 with shims",
    "pandas-removed-api": "pandas API removed in pandas 1.0",
    "numpy-removed-alias": "NumPy API removed (np.float ... since 1.24, an int order as in flatten(1))",
    "numpy2-scalar": "float()/int() of a size-1 array (a TypeError in NumPy 2)",
    "ragged-array": "np.array of ragged lists (an error since NumPy 1.24)",
    "repo-import": "imports a module of its own repository",
}

_FIXES = {
    "python2": "print(...) as a function; range for xrange; d.items() for d.iteritems()",
    "pandas-removed-api": "df.to_numpy() for df.as_matrix(); df.loc[...] or df.iloc[...] for df.ix[...]",
    "numpy-removed-alias": "float, int, bool, object (the builtins) for np.float, np.int, np.bool, np.object; "
                           "a.flatten('F') for a.flatten(1)",
    "numpy2-scalar": "float(a.item()) or a.reshape(()) ... for a size-1 array a",
    "ragged-array": "np.array(rows, dtype=object), or pad the rows to one length",
}


def _place(e) -> str:
    if not e.get("file") or not e.get("line"):
        return ""
    return f"{os.path.basename(e['file'])}:{e['line']}"


def drift_findings(events, agrees: bool, python2: dict | None = None, used=None) -> list[Finding]:
    """One finding per drift id among ``events`` (the port's :attr:`~portcheck.runner.Port.drift`).

    ``used``: the shims the calls of the comparison used (:attr:`PortRun.shimmed`); NumPy 2's scalar shim that none
    of them used (only a representation tried and not kept needed it) is a note.

    ``python2``: what the port computed under Python 2 semantics (``/`` flooring
    two ints, integer scalars passed as ``int``): ``{"sets": [names that then
    differ from OCTAVE], "int_scalars": [...]}``.
    """
    by_id: dict[str, list[dict]] = {}
    for e in events or ():
        by_id.setdefault(e["id"], []).append(e)
    out = []
    for shim, evs in by_id.items():
        triggers = [e for e in evs if e.get("trigger")]
        uses = [e for e in evs if e.get("note")]
        if not uses and triggers and all(e.get("cured") is False for e in triggers):
            continue  # tried on a failure it did not cure and never used: the failure was the port's own
        divisions = [e for e in uses if e["what"] == "integer division"]
        others = [e for e in uses if e["what"] != "integer division"]
        whats = list(dict.fromkeys(f"{e['what']} at {_place(e)}" if _place(e) else e["what"] for e in (triggers + others)))
        status = "noted" if shim == "repo-import" else "confirmed"  # finding its own package is no mistake
        if shim == "numpy2-scalar" and used is not None and shim not in used:
            status = "noted"  # only under a representation the comparison did not keep (theta a column): as called, none
        evidence = (f"{triggers[0]['trigger']}; " if triggers else "") + "shimmed: " + ", ".join(whats[:6])
        if len(whats) > 6:
            evidence += f" and {len(whats) - 6} more"
        if shim == "repo-import":
            folder = next((e.get("folder") for e in triggers if e.get("folder")), "")
            evidence = f"{triggers[0]['trigger'] if triggers else 'a module of its repository'}; found from {folder} " \
                       "(put on sys.path, as the repository's own driver would run)"
        if divisions:
            lines = ", ".join(_place(e) for e in divisions[:5])
            evidence += f"; integer division at {lines}: both operands were ints, which Python 2 floors"
            if shim == "python2" and python2 and python2.get("sets"):
                given = " and ".join(f"{n} as an int" for n in python2.get("int_scalars") or ()) or "its ints"
                evidence += (f"; under Python 2 (given {given}, as a Python 2 caller passes 1 or 3) the port differs "
                             f"from OCTAVE on {len(python2['sets'])} set{'s' if len(python2['sets']) != 1 else ''}, "
                             "shown as Python 2 computes them (see integer-division)")
            else:
                evidence += " (under Python 2 as under Python 3, the port computes the same there)"
        if status == "noted" and shim == "numpy2-scalar":
            evidence += ("; needed only by a representation tried and not kept: called as the comparison calls it, "
                         "the port runs as written")
        elif agrees and shim != "repo-import":
            evidence += "; shimmed, the port agrees with OCTAVE: its mathematics is right, but as written it does not run here"
        else:
            evidence += "; the port then agrees with OCTAVE" if agrees else "; the port still differs (see the other findings)"
        out.append(Finding(shim, status, DRIFT_TITLES.get(shim, shim), evidence,
                           location=", ".join(list(dict.fromkeys(_place(e) for e in triggers + others if _place(e)))[:5]),
                           fix=_FIXES.get(shim, ""),
                           data={"events": [dict(e) for e in evs],
                                 "integer_division": [{"file": e.get("file"), "line": e.get("line")} for e in divisions],
                                 "python2_semantics_differ_on": list((python2 or {}).get("sets") or ())}))
    return out


def shimmed_gaps(findings) -> tuple[str, ...]:
    """Why a port that agrees only under portcheck's shims is not at parity: ``("Python 2 code ... (port.py:7) ...",)``."""
    out = []
    for f in findings:
        if f.id in DRIFT_TITLES and f.id != "repo-import" and f.status == "confirmed":
            where = f" ({f.location})" if f.location else ""
            out.append(f"the port is {_GAP_WORDS.get(f.id, DRIFT_TITLES[f.id])}{where}: it agrees only with portcheck's "
                       f"shims, and as written it does not run here (fix: {_FIXES.get(f.id, 'see the finding')})")
    return tuple(out)


_GAP_WORDS = {
    "python2": "Python 2 code",
    "pandas-removed-api": "written for pandas < 1.0",
    "numpy-removed-alias": "written for NumPy < 1.24",
    "numpy2-scalar": "written for NumPy < 2",
    "ragged-array": "written for NumPy < 1.24 (ragged np.array)",
}
