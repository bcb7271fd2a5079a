"""What the joint search found, in words: one finding per convention family, one for the representation.

The first convention finding carries the agreement the state bought ("re-run
that way it agrees with OCTAVE on every output of all 5 sets") and, when every
output then agrees everywhere, says so exactly: *correct under its own
convention (...): a caller passing Octave's (...) gets ...*. Each finding's
``data`` names its family (``conventions``) in the shared vocabulary and
whether the port is correct under its own convention (``own_convention``), so
machine readers (the JSON, the wild-corpus evaluation) never read words.
"""
from __future__ import annotations

from .cells import score
from .finding import Finding
from .fixes import fix_for
from .wording import blocks_phrase, e, plural

__all__ = ["convention_findings", "representation_finding", "FAMILY_IDS"]

#: Convention family -> finding id (the catalog, docs/diagnosis.md).
FAMILY_IDS = {"row-major-params": "unroll-order", "zero-based-labels": "label-base", "x-with-bias": "x-bias-column",
              "x-without-bias": "x-without-bias", "x-transposed": "x-transposed", "transposed-data": "transposed-data", "separate-gradient": "separate-gradient",
              "y-one-hot-input": "y-one-hot-input", "outputs-transposed": "transpose"}


def _summary(eng, trial) -> dict:
    """{output name: (sets where it agrees, sets where it runs, max rel among agreeing)}."""
    out = {}
    for name in eng.ctx.output_names:
        agree, ran, worst = 0, 0, 0.0
        for res in trial.results:
            cells = [r for r in res.values() if r.cell.name == name]
            if not cells or all(r.status == "missing" for r in cells):
                continue
            ran += 1
            if all(r.match for r in cells):
                agree += 1
                worst = max(worst, max(r.max_rel for r in cells))
        out[name] = (agree, ran, worst)
    return out


def _before_text(eng, trial, after=None) -> tuple[str, str]:
    """What a caller using Octave's convention gets, and the raise site if it raised."""
    fails = [r for i, r in enumerate(trial.runs) if r.failure is not None
             and (after is None or after.runs[i].failure is None)]
    site = fails[0].failure.site(quoted=True) if fails else ""
    if fails and len(fails) == len(trial.runs):
        return f"{fails[0].failure.type} on every set", site
    parts = []
    for name in eng.ctx.output_names:
        worst = 0.0
        for res in trial.results:
            for r in res.values():
                if r.cell.name == name and r.status == "differ":
                    worst = max(worst, r.max_rel)
                elif r.cell.name == name and r.status == "shape":
                    worst = max(worst, float("inf"))
        if worst == float("inf"):
            parts.append(f"{name} of another shape")
        elif worst:
            parts.append(f"{name} off by {e(worst)} (rel)")
    if fails:
        parts.append(f"{fails[0].failure.type} on {plural(len(fails), 'set')}")
    return ", ".join(parts) or "a different layout", site


def _all_agree(trial) -> bool:
    return all(score(r) == 2 * len(r) for r in trial.results)


def convention_findings(eng, start, final) -> list[Finding]:
    """One ``confirmed`` finding per convention family the search moved to, the first with the agreement it bought."""
    fams = final.conv.families(start.conv)
    if not fams:
        return []
    summ = _summary(eng, final)
    n = len(final.runs)
    order = sorted(summ.items(), key=lambda kv: -kv[1][0])
    agree = " and ".join(f"{k} on {a}" + (f" of {n} sets" if i == 0 else "") for i, (k, (a, _, _)) in enumerate(order))
    worst = max((w for _, (a, _, w) in summ.items() if a), default=0.0)
    all_match = _all_agree(final)
    before, site = _before_text(eng, start, final)
    items = [_item(eng, fam, final.conv) for fam in fams]
    findings = []
    for i, (fam, title, expects, own, octave, fix, where) in enumerate(items):
        if i == 0:
            sets = "both sets" if n == 2 else f"all {n} sets" if n > 2 else "the set"
            if eng.origin:
                sets += f" (probed on their first {eng.problem.m(eng.usable[0].input_set)} examples)"
            if all_match:
                ev = (f"{expects}: re-run that way it agrees with OCTAVE on every output of {sets} "
                      f"(max rel {e(worst)}). Correct under its own convention "
                      f"({' and '.join(x[3] for x in items)}): a caller passing {' and '.join(x[4] for x in items)} gets {before}")
            else:
                ev = (f"{expects}: re-run that way, it agrees with OCTAVE in {agree} (max rel {e(worst)}); "
                      f"the rest is explained below")
        else:
            ev = f"{expects}; re-run that way together with the {items[0][1]} above"
        if i == 0 and site:
            where = f"{where}; raised at {site}"
        findings.append(Finding(FAMILY_IDS[fam], "confirmed", title, ev + ".", location=where, fix=fix,
                                data={"convention": True, "conventions": [fam], "own_convention": all_match,
                                      "agreement": {k: list(v) for k, v in summ.items()}}))
    return findings


def _item(eng, fam: str, conv) -> tuple:
    """(family, title, what PORT expects, own-convention phrase, octave phrase, fix, where)."""
    r = eng.problem.roles
    y, X = eng.port_name(r.labels or r.y), eng.port_name(r.X)
    if fam == "row-major-params":
        return _unroll_item(eng, conv)
    if fam == "zero-based-labels":
        outs = [eng.output_name(i) for i in r.labels_out]
        if conv.y_base == 0 and conv.out_base == 0:
            what, own, octave = f"PORT takes {y} as 0..K-1 and returns {blocks_phrase(outs)} as 0..K-1", \
                "labels 0..K-1 in and out", "Octave's 1..K"
        elif conv.out_base == 0:
            what, own, octave = f"PORT returns {blocks_phrase(outs)} as 0-based indices 0..K-1", \
                f"{blocks_phrase(outs)} as 0..K-1", "Octave's 1..K"
        else:
            what, own, octave = f"PORT expects {y} as 0..K-1", "labels 0..K-1", "Octave's labels 1..K"
        return (fam, "labels taken as 0-based", what, own, octave, fix_for(eng, "label-base", conv=conv),
                y if conv.y_base == 0 else blocks_phrase(outs))
    if fam == "x-with-bias":
        return (fam, f"{X} expected with its bias column", f"PORT expects {X} with its column of ones already prepended",
                f"{X} with the bias column", f"{X} without it (Octave's function adds it)",
                fix_for(eng, "x-bias-column", conv=conv), X)
    if fam == "x-without-bias":
        return (fam, f"{X} expected without its bias column", f"PORT adds the column of ones to {X} itself",
                f"{X} without the bias column", f"Octave's {X} whose first column is the ones",
                fix_for(eng, "x-without-bias", conv=conv), X)
    if fam == "x-transposed":
        return (fam, f"{X} expected transposed", f"PORT expects {X} as (n, m), one example per column",
                f"{X} as (n, m)", "Octave's (m, n), one example per row", fix_for(eng, "x-transposed", conv=conv), X)
    if fam == "transposed-data":
        names = blocks_phrase([eng.port_name(n) for n in conv.t_inputs])
        return (fam, f"{names} expected transposed", f"PORT expects {names} transposed (Octave's is (rows, cols), "
                f"PORT's (cols, rows))", f"{names} transposed", f"Octave's {names} as they are",
                fix_for(eng, "transposed-data", conv=conv), names)
    if fam == "separate-gradient":
        g = eng.output_name(r.grad)
        return (fam, f"{g} returned by a separate function", f"PORT returns {eng.output_name(r.cost)} only; its module's "
                f"{conv.grad_fn}() takes the same arguments and returns {g}", f"{g} from {conv.grad_fn}()",
                f"one call returning [{', '.join(eng.ctx.output_names)}]", fix_for(eng, "separate-gradient", conv=conv),
                f"{conv.grad_fn}()")
    if fam == "y-one-hot-input":
        return (fam, f"{y} expected one-hot", f"PORT expects {y} as the one-hot matrix (m, K)", f"{y} one-hot (m, K)",
                f"Octave's labels 1..K", fix_for(eng, "y-one-hot-input", conv=conv), y)
    outs = [eng.output_name(i) for i in sorted({i for s in eng.usable for i in eng.problem.matrix_outputs(s.input_set)})]
    return (fam, "outputs transposed", f"PORT returns {blocks_phrase(outs)} transposed", f"{blocks_phrase(outs)} transposed",
            "Octave's layout", fix_for(eng, "transpose", conv=conv), blocks_phrase(outs))


def _unroll_item(eng, conv) -> tuple:
    """The unrolling-order item: which blocks PORT reads or writes row-major, and the fixing lines."""
    r = eng.problem.roles
    blocks = eng.problem.blocks(eng.usable[0].input_set)
    param = eng.port_name(r.params)
    gname = eng.output_name(r.grad) if r.grad is not None else "grad"
    cin = [b.name for b, o in zip(blocks, conv.in_order) if o == "C"]
    cout = [b.name for b, o in zip(blocks, conv.out_order) if o == "C"]
    what = []
    if cin:
        what.append(f"reads {param} row-major (C order)" + ("" if len(cin) == len(blocks) else f" for {blocks_phrase(cin)}"))
    if cout:
        what.append(f"unrolls {gname} row-major" + ("" if len(cout) == len(blocks) else f" for {blocks_phrase(cout)}"))
    where = " and ".join(x for x, c in ((param, cin), (gname, cout)) if c)
    return ("row-major-params", "column-major unrolling", "PORT " + " and ".join(what), "row-major " + where,
            f"Octave's column-major [{'; '.join(b.name + '(:)' for b in blocks)}]", fix_for(eng, "unroll-order", conv=conv),
            where)


def representation_finding(eng, start, final) -> Finding | None:
    """The representation the port needed (free: noted), or confirmed when nothing else was wrong and the compare did not use it."""
    changes = final.state.free_changes(eng.problem, start.state)
    if not changes:
        return None
    r = eng.problem.roles
    y = eng.port_name(r.labels or r.y)
    # what the port needs in all, from a Python caller's default (the compare may have chosen part of it already)
    whole = tuple(eng.problem.rep_changes(final.state.rep, eng.problem.rep_default_plain(eng.usable[0].input_set))) + changes
    flat = any("(m,)" in c or "(N, 1)" in c for c in whole)
    dtype = any(c.startswith(("labels as", f"{y} as int", f"{y} as float")) for c in changes)
    ident = "y-shape-broadcast" if flat else ("label-dtype" if dtype else "representation")
    alone = not final.conv.families(start.conv) and _all_agree(final)
    before, site = _before_text(eng, start, final)
    ev = (f"PORT needs {', '.join(dict.fromkeys(whole))}: called that way it agrees with OCTAVE"
          + (" on every output of every set" if alone else " where its other findings allow")
          + f"; with Octave's shapes it gets {before}" + (f" (raised at {site})" if site else ""))
    fix = fix_for(eng, ident, changes=changes)
    title = {"y-shape-broadcast": f"(m,1) {y} broadcast", "label-dtype": "labels used as indices must be integers"}.get(
        ident, "representation")
    if alone:  # the compare is re-run that way (declared.settle_free): parity, with this note
        eng.ctx.free_state = final.state
    return Finding(ident, "noted", title, ev + ".",
                   location=y if ident != "representation" else ", ".join(changes), fix=fix,
                   data={"representation": list(changes), "alone": alone, "free": True})
