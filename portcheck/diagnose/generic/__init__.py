"""The generic diagnosis layer: relations and repair probes for any numerical function.

The course's probes (unrolling order, labels, regularisation, a design matrix
cut into examples) need the roles of the course's inputs. They run only when the
roles fit (:func:`course_fits`): a built-in case, or a user case whose inputs
include a parameter vector with its gradient, a regularisation strength or
integer labels. Every other case is diagnosed here, in general terms:

1. **Relations** between each differing output of OCTAVE and PORT
   (:mod:`.relations`): a sign flip, a complex conjugate, a real part, a
   transpose, reversed rows, an (m,1) op (m,) broadcast, one extra or missing
   trailing element/row/frame, every element one position off (index base),
   C- vs F-order inside a reshape, an inclusive range end in a mask, a window
   variant, integer saturation, a constant gain of any value with its likely
   origin, a constant offset, a per-position factor, differences at the edges.
2. **Repair probes** (:mod:`.repair`): one-line changes of the port's own
   lines, each the inverse of a catalogued mistake; one that makes the port
   agree on every input set confirms the mistake and gives the fix.
3. Whatever neither explains is located (``unexplained``).

Nothing here may stop with an internal error: a relation that cannot be
evaluated is no relation, a probe that fails is no repair (tests/test_generic_fuzz.py).
"""
from __future__ import annotations

import warnings
from dataclasses import replace

import numpy as np

from ..finding import Finding
from ...cases.roles import OutRole, Role
from ..wording import g, set_list
from .causes import generic_cause, sizes_of
from .joint_orders import with_joint_orders
from .relations import OUTPUT_RELATIONS, relate
from .repair import search_repairs

__all__ = ["OUTPUT_RELATIONS", "relate", "course_fits", "generic_findings"]

#: Relation ids -> the repair causes worth trying first.
_HINTS = {
    "extra-element": ("range-end", "index-base", "off-by-one", "round-half"),
    "missing-element": ("range-end", "index-base", "off-by-one"),
    "index-shift": ("index-base", "range-end"), "index-base": ("index-base", "off-by-one"),
    "range-end": ("range-end", "off-by-one"),
    "constant-gain": ("constant-gain", "db-scale", "log-base", "std-ddof", "power", "integer-division", "truncated-constant"),
    "normalisation": ("constant-gain", "truncated-constant", "power"), "std-ddof": ("std-ddof",),
    "log-base": ("log-base",), "fft-scaling": ("constant-gain", "integer-division"), "degrees-radians": ("constant-gain",),
    "conjugate": ("conjugate", "sign-flip"), "sign-flip": ("sign-flip",), "reshape-order": ("reshape-order",),
    "transpose": ("transpose",), "window-variant": ("window-variant",), "per-position-factor": ("window-variant",),
    "edge-handling": ("edge-handling",), "reversed": ("index-base",),
}


def course_fits(ctx) -> bool:
    """Whether the course's role-based probes apply.

    A built-in case: yes. Otherwise the case's roles (:mod:`portcheck.cases.roles`:
    declared in ``portcheck.toml`` or inferred) must include a cost and its
    gradient of a parameter vector or with a regularisation strength, or
    integer labels; every input set must give every argument; and every input must be a non-empty, finite array of reals (text,
    structs, cells, complex numbers, NaN and empty arrays are not the course's
    kind of inputs). A 1-D signal named ``x`` is data, not a design matrix.
    """
    if getattr(ctx.case, "source", "") == "built-in":
        return True
    values = [v for s in ctx.sets for v in s.input_set.values.values()]
    if any(isinstance(v, (str, dict, list, tuple)) or getattr(v, "dtype", np.dtype(float)).kind not in "biuf"
           for v in values):
        return False
    if any(np.size(v) == 0 or not np.all(np.isfinite(np.asarray(v, dtype=float))) for v in values):
        return False
    if any(set(s.input_set.values) != set(ctx.signature.inputs) for s in ctx.sets):
        return False  # optional arguments left out: the course's functions take all of theirs
    usable = [s for s in ctx.sets if s.reference.error is None and s.reference.outputs is not None]
    try:
        roles = ctx.case.roles_for([s.input_set for s in ctx.sets], signature=ctx.signature,
                                   reference_outputs=list(usable[0].reference.outputs) if usable else None)
    except Exception:
        return False
    model = roles.names(OutRole.COST) and roles.names(OutRole.GRAD)
    if any(np.size(s.input_set.values.get(name, 0.0)) != 1 for name in roles.names(Role.LAMBDA) for s in ctx.sets):
        return False  # a regularisation strength is one number: a vector named lambda is data of another function
    return bool((model and (roles.names(Role.PARAMS) or roles.names(Role.LAMBDA))) or roles.names(Role.LABELS))


def generic_findings(ctx, basic=()) -> list[Finding]:
    """Findings for a divergent comparison of a case outside the course, merged with ``basic``."""
    basic = [_generic_basic(f) for f in (basic or ())]
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            found = _findings(ctx, basic)
    except Exception as exc:  # a bug in portcheck: said, never hidden, never fatal
        import traceback

        found = [Finding("unexplained", "unexplained", "the diagnosis stopped",
                         f"an internal error in portcheck's diagnosis ({type(exc).__name__}: {exc}); the comparison above stands",
                         location="portcheck.diagnose.generic", details=traceback.format_exc())]
    found = _readings_after_repair(found)
    covered = {f.data.get("output") for f in found if f.status in ("confirmed", "consistent")}
    kept = [f for f in basic if not (f.id == "index-shift" and f.data.get("output") in covered)]
    if any(f.status == "confirmed" and f.data.get("repair") and not f.data.get("partial") for f in found):
        # one line makes every set agree: what the outputs showed (every row one off) is that line's doing
        kept = [replace(f, status="noted", evidence=f"{f.evidence} (what the repair above explains)")
                if f.status in ("consistent", "likely") and f.id != "port-raised" else f for f in kept]
    if not any(f.status in ("confirmed", "consistent") for f in found):
        found = _single_example(ctx) + found
    elif not any(f.status == "confirmed" for f in found):  # a repair that makes every set but m = 1 agree
        agreed = {name for f in found if f.data.get("partial") for name in f.data.get("agreed", ())}
        single = _single_example(ctx, agreed) if agreed else []
        found = [f for f in found if f.id != "unexplained"] + single if single else found
    if any(f.data.get("finite") or (f.status == "confirmed" and f.data.get("repair")) for f in found):
        # the NaN the port returned is what the repair's line led to: a symptom, said after the cause
        kept = [replace(f, status="noted", evidence=f"{f.evidence} (what the repair above explains)")
                if f.id == "non-finite-output" else f for f in kept]
    return _raise_cured(found, kept)


def _single_example(ctx, agreed=frozenset()) -> list[Finding]:
    """The port raises on the sets with one example (an input of one row where the others have many) and agrees
    on every other set (or does once a repair above is made: ``agreed``): a squeeze or a 1-D reduction that drops
    the example axis (``np.squeeze(X)``, ``len()`` of a 0-d array)."""
    sets = _usable(ctx)
    bad = [s for s in sets if s.status != "parity" and s.input_set.name not in agreed]
    if not bad or not all(s.port.failure is not None for s in bad) or len(bad) == len(sets):
        return []
    rows = lambda s: {k: np.shape(v)[0] for k, v in s.input_set.values.items() if np.ndim(v) == 2}
    single = lambda s: any(n == 1 and any(rows(o).get(k, 1) > 1 for o in sets if o is not s) for k, n in rows(s).items())
    if not all(single(s) for s in bad):
        return []
    f = bad[0].port.failure
    return [Finding("squeeze-m1", "consistent", "fails for a single example (m = 1)",
                    f"{f.brief()} only on {set_list([s.input_set.name for s in bad])}, where an input has one row; "
                    "every set with more agrees" + (" with the change above" if agreed else ""),
                    location=f"raised at {f.site(quoted=True)}" if f.site() else "",
                    fix="X = np.atleast_2d(X)   # keep the example axis: no np.squeeze, reshape(m, -1)",
                    data={"sets": [s.input_set.name for s in bad], "cures_raise": True})]


def _smallest_first(found) -> list[Finding]:
    """Two one-line repairs that each make every set agree are alternatives: the smaller edit is kept confirmed.

    ``p <= eps`` -> ``p < eps`` and the threshold grid shifted one step agree on
    the same sets; the one-character change is the likelier mistake (Occam), the
    other is noted as what else would agree.
    """
    whole = [f for f in found if f.status == "confirmed" and not f.data.get("joint") and f.data.get("repair")]
    if len(whole) < 2:
        return found
    size = lambda f: _edit(f.location.split(": ", 1)[-1], f.fix)
    keep = min(whole, key=size)
    return [f if f is keep or f not in whole else
            replace(f, status="noted", evidence=f"{f.evidence} -- another change that also agrees; the smaller one is "
                                                f"kept: {keep.fix}") for f in found]


def _edit(old: str, new: str) -> int:
    import difflib

    sm = difflib.SequenceMatcher(None, old, new)
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")


def _readings_after_repair(found) -> list[Finding]:
    """Once a one-line repair makes every set agree, the relations read off the same difference are notes.

    "Differences only at the edges" beside "the loop skips its first iteration"
    describes the repaired difference, not a second mistake; left *consistent*
    it reads as one.
    """
    if not any(f.status == "confirmed" and f.data.get("repair") and not f.data.get("partial") for f in found):
        return found
    return [replace(f, status="noted", evidence=f"{f.evidence} (what the repair above explains)")
            if f.status in ("consistent", "likely") else f for f in found]


def _raise_cured(found, kept) -> list[Finding]:
    """A repair under which the raising sets run explains the raise: it leads, with the raise as its evidence."""
    cure = next((i for i, f in enumerate(found) if f.data.get("cures_raise")), None)
    raised = [f for f in kept if f.id == "port-raised"]
    if cure is None or not raised:
        return found + kept
    head = raised[0].evidence.split(" -- likely cause: ")[0]
    found[cure] = replace(found[cure], evidence=f"{found[cure].evidence}. Unchanged, the port raises {head}",
                          details=found[cure].details or raised[0].details)  # the user's traceback, under it
    return found + [f for f in kept if f.id != "port-raised"]


def _generic_basic(f: Finding) -> Finding:
    """A basic finding in general terms: a raise's likely cause without course concepts."""
    if f.id != "port-raised" or " -- likely cause: " not in f.evidence:
        return f
    head = f.evidence.split(" -- likely cause: ")[0]
    exc_type, _, message = head.partition(": ")
    cause = generic_cause(exc_type, message)
    return replace(f, evidence=head + (f" -- likely cause: {cause}" if cause else ""))


def _usable(ctx):
    return [s for s in ctx.sets if s.reference.error is None and s.reference.outputs is not None]


def _findings(ctx, basic) -> list[Finding]:
    sets = _usable(ctx)
    relations = _relations(ctx, sets)
    hints = [c for f in relations for c in _HINTS.get(f.id, ())]
    repairs, cost = search_repairs(ctx, sets, hints)
    found = _smallest_first([r.finding() for r in repairs])
    for f in found:
        f.data["search"] = cost
    found += relations + _after_repair(repairs)
    explained = {f.data.get("output") for f in found if f.data.get("output")} | (
        {"*"} if any(r.partial is None for r in repairs) else set())
    basic_explains = {f.data.get("output") for f in basic if f.id in ("output-count", "output-type", "non-finite-output",
                                                                        "complex-output", "index-shift")}
    left = _unexplained(ctx, sets, explained | basic_explains)
    if left is not None and not any(r.partial is None for r in repairs):
        found.append(left)
    return found


def _after_repair(repairs) -> list[Finding]:
    """The second mistake a partial repair leaves in sight: what remains bears a relation to OCTAVE's output."""
    out = []
    for r in repairs:
        for name, on, (ident, title, evidence, fix) in r.data.get("_remaining") or ():
            m = r.mutation
            out.append(Finding(ident, "consistent", title, f"{name} on '{on}', with line {m.line} changed to "
                               f"`{m.new_text}`: {evidence}.", location=name, fix=fix,
                               data={"output": name, "sets": [on], "after": m.new_text}))
    return out


def _relations(ctx, sets) -> list[Finding]:
    """One finding per (relation, output), naming every set it holds on."""
    by_key: dict = {}
    for s in sets:
        if s.comparison is None or s.port.outputs is None:
            continue
        sizes = sizes_of(s.input_set.values.values())
        pairs = {o.name: (s.reference.outputs[o.position - 1],
                          s.port.outputs[o.position - 1] if o.position - 1 < len(s.port.outputs) else None)
                 for o in s.comparison.outputs if o.status == "divergence"}
        rels = with_joint_orders(pairs, {name: relate(a, b, sizes) for name, (a, b) in pairs.items()}, sizes)
        for name, rel in rels.items():
            for ident, title, evidence, fix in (rel if isinstance(rel, list) else [rel] if rel else []):
                entry = by_key.setdefault((ident, name), {"title": title, "evidence": evidence, "fix": fix, "sets": []})
                entry["sets"].append(s.input_set.name)
    out = []
    n = len(ctx.sets)
    for (ident, name), v in by_key.items():
        on = f"on all {n} input sets" if len(v["sets"]) == n and n > 1 else f"on {set_list(v['sets'])}"
        out.append(Finding(ident, "consistent", v["title"], f"{name} {on}: {v['evidence']}.", location=name,
                           fix=v["fix"], data={"output": name, "sets": v["sets"]}))
    return out


def _unexplained(ctx, sets, explained) -> Finding | None:
    """The outputs that still differ, located by their largest entries."""
    parts, where = [], []
    for s in sets:
        if s.comparison is None:
            continue
        for o in s.comparison.outputs:
            if o.status == "parity" or o.name in explained or "*" in explained:
                continue
            if not where:
                where = [f"{x.label} PORT {g(x.port, 8)}, OCTAVE {g(x.octave, 8)}" for x in o.worst[:3]]
            if o.port_shape is None and o.message:  # a struct, cell or string: where it differs
                what = o.message
            elif o.mismatched:
                what = f"{o.mismatched} of {o.total} entries (max rel {g(o.max_rel_violation, 3)})"
            else:
                what = o.shape_note or o.message or o.status
            parts.append(f"{o.name} on '{s.input_set.name}': {what}")
    if not parts:
        return None
    names = list(dict.fromkeys(p.split(" on ")[0] for p in parts))
    ev = ("; ".join(parts[:4]) + (f"; and {len(parts) - 4} more" if len(parts) > 4 else "")
          + "; no relation or one-line repair reproduces OCTAVE" + (f". Largest: {'; '.join(where)}." if where else "."))
    return Finding("unexplained", "unexplained", "unexplained divergence", ev, location=", ".join(names),
                   data={"outputs": names})

