"""Course findings read off the numbers, and the one-line repairs that confirm them.

The course stages (:mod:`.engine`) name a mistake from what the outputs show;
the generic layer (:mod:`.generic`) names one from a change of the port's own
line under which every input set agrees. When both name the same mistake the
repair's evidence (the line, the fixed text) joins the course finding; these
are the rules for "the same mistake", kept apart from the engine's control flow.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .finding import Finding

__all__ = ["course_words", "confirmed_by_repair", "second_mistake", "raise_read_by_repair"]


def course_words(findings) -> list[Finding]:
    """Generic findings in the course's words: an index counted from 0 in a course port (a repair's ``+ 1``, or
    ``PORT = OCTAVE - 1`` read off the outputs) is its 0-based labels; a
    constant gain is the course's constant factor (its signal-processing origins do not apply to a cost)."""
    relation = lambda f: f.id == "index-base" and not f.data.get("line")  # PORT = OCTAVE - 1 read off the outputs
    return [replace(f, id="label-base") if f.id == "zero-based-index" or relation(f) else
            _constant_factor(f) if f.id == "constant-gain" else f for f in findings]


def _constant_factor(f: Finding) -> Finding:
    evidence = f.evidence.split("; likely origin:")[0]
    return replace(f, id="constant-factor", title=f.title.replace("constant gain", "constant factor"),
                   evidence=evidence if evidence.endswith(".") else evidence + ".")


#: A course finding's id -> the repair ids that undo the same mistake (a loop one short is a range end repaired).
_REPAIRED_AS = {"index-shift": ("range-end", "index-base"), "label-base": ("index-base",),
                "wrong-m": ("wrong-dimension",), "missing-element": ("range-end",),
                "non-simultaneous-update": ("aliasing",),  # temp = theta: each temp[j] written into theta itself
                "empty-guard": ("comparison",)}  # the NaN rows of absent labels, and `> 0` made `>= 0` on their count


def confirmed_by_repair(merged, generic) -> list[Finding]:
    """A course finding read off the numbers, confirmed by a one-line repair of the same mistake: the repair's
    finding takes its place (the port's line and its fixed text, where the course finding had only the output)."""
    repaired = {f.id: f for f in generic if f.status == "confirmed"}
    out, used = [], set()
    for f in merged:
        fix = None
        if f.status in ("consistent", "likely"):
            same = next((i for i in (f.id, *_REPAIRED_AS.get(f.id, ())) if i in repaired), None)
            fix = repaired.get(same) if same else None
            used |= {same} if same else set()
        out.append(f if fix is None else replace(
            f, status="confirmed", evidence=f"{f.evidence.rstrip('.')}; confirmed: {fix.evidence}",
            location=fix.location, fix=fix.fix, data={**f.data, "repair": fix.data, "repaired_as": fix.id,
                                                      "line": fix.data.get("line"), "file": fix.data.get("file")}))
    if used and any(repaired[i].data.get("joint") for i in used):  # the other half of a joint repair is a mistake too
        out += [f for i, f in repaired.items() if i not in used and f.data.get("joint")]
    # a confirmed repair makes every set agree: nothing is left unexplained
    return [f for f in out if f.id != "unexplained"] if used else out


def second_mistake(merged, generic) -> list[Finding]:
    """A course finding confirmed on some sets, and a difference the course only localised on the others (a block,
    *unexplained*): a one-line repair that makes exactly those others agree names the second mistake.

    One-hot from ``get_dummies`` explains the sets where a label is absent; on the sets with every label the
    gradient still differs in Theta1 -- ``sigmoidGradient(a2)`` for ``sigmoidGradient(z2)``. The repair counts
    only when the sets it makes agree are none of those the confirmed finding explains (a second mistake, not the
    first seen again); it then replaces the localisation.
    """
    named = [f for f in merged if f.status == "confirmed"]
    covered = {name for f in named for name in f.data.get("sets", ())}
    if not named or not all(f.data.get("sets") for f in named):
        return merged
    ids = {f.id for f in merged}
    extra = [f for f in generic if f.data.get("partial") and f.data.get("agreed") and f.id not in ids
             and not covered & set(f.data["agreed"]) and not f.data.get("joint")]
    if not extra:
        return merged
    return [f for f in merged if f.id not in ("block-local", "unexplained") or f.status == "noted"] + extra[:1]


def raise_read_by_repair(merged, generic) -> list[Finding]:
    """Course readings of where the port raised (a matrix product that raised: "elementwise for matrix"), or of the
    numbers on sets, against a one-line change of that very line -- or one under which those very sets agree whole:
    the change says what the mistake is (``X.dot(X)`` for ``X.T.dot(X)``; ``argmax + 1`` where every label read
    "one short at its end"), the reading only where it showed. The partial repair replaces the readings; what it
    leaves is a second mistake (the workflow's second look diagnoses it)."""
    naming = [f for f in merged if f.status in ("confirmed", "consistent")]
    repairs = [f for f in generic if f.status == "consistent" and f.data.get("partial") and f.data.get("agreed")
               and isinstance(f.data.get("line"), int) and not f.data.get("joint")]
    if not naming or len(repairs) != 1 or any(f.status == "confirmed" for f in naming):
        return merged
    line, agreed = repairs[0].data["line"], set(repairs[0].data["agreed"])
    # each reading is of the raise at that line, or of sets the change makes agree whole (it read the same mistake)
    if not all(_raised_line(f) == line or (f.data.get("sets") and set(f.data["sets"]) <= agreed) for f in naming):
        return merged
    return [f for f in merged if f not in naming and f.id != "unexplained"] + repairs


def _raised_line(f: Finding) -> int | None:
    m = re.search(r"raised at \S+?:(\d+)", f.location or "")
    return int(m.group(1)) if m else None
