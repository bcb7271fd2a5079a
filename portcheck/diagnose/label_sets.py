"""Differences confined to the input sets where a label never occurs (a one-hot built from the data), or to m = 1.

``pd.get_dummies(y)`` and ``np.unique(y)`` make one column per label *present*:
on a set where a label never occurs the one-hot matrix is a column short, and
the port raises (a broadcast against the K outputs) or computes another cost.
Every set with every label agrees -- or, when a second mistake leaves the
gradient wrong everywhere (a wrong activation derivative), agrees in the cost:
the one-hot matrix enters the gradient only through the cost's residual, so
the cost alone tells the sets apart. Given the missing label to one example,
the set runs and agrees (in the cost, then): confirmed.

A difference confined to the set with one example, where every set with more
agrees, is a squeeze or a 1-D reduction that drops the example axis.
"""
from __future__ import annotations

import ast

import numpy as np

from .cells import close_cell
from .finding import Finding
from .wording import blocks_phrase, plural

__all__ = ["label_set_findings"]


def label_set_findings(eng) -> list[Finding]:
    """The ``onehot-from-data`` or ``squeeze-m1`` finding the open cells show, or []."""
    p = eng.problem
    r = p.roles
    bad = [st for st in eng.states if (st.raised and not st.raise_explained) or (st.ran and st.data_open)]
    if not bad:
        return []
    good = [st for st in eng.states if st.ran and not st.data_open]
    absent = {st.name: p.absent_labels(st.s.input_set) for st in eng.states}
    m = {st.name: p.m(st.s.input_set) for st in eng.states}
    cost_only = False
    if r.labels is not None and not good and r.cost is not None:
        # a second mistake in the gradient everywhere: the sets with every label still agree in the cost
        agrees_in_cost = lambda st: st.ran and not any(st.cells[k].output == r.cost for k in st.data_open)
        good = [st for st in eng.states if agrees_in_cost(st) and not absent[st.name]]
        bad = [st for st in eng.states if (st.raised and not st.raise_explained) or (st.ran and not agrees_in_cost(st))]
        cost_only = bool(good and bad)
    if r.labels is not None and good and bad and all(absent[st.name] for st in bad) and any(m[st.name] > 1 for st in bad):
        if not cost_only and all(_where_octave_nan(eng, st) for st in bad):
            return [_empty_case(eng, bad, absent)]
        return [_onehot(eng, bad, good, absent, cost_only)]
    # "every set with m > 1 agrees" -- agrees, not explained by another finding (a loop from 1 fails at m = 1 too)
    if not cost_only and all(m[st.name] == 1 for st in bad) and good and not any(st.explained for st in good):
        return [_single_example(bad)]
    return []


def _where_octave_nan(eng, st) -> bool:
    """Set ``st`` ran and differs only where OCTAVE is NaN and PORT finite (Octave's mean of no rows)."""
    if not st.ran or not st.data_open:
        return False
    for k in st.data_open:
        c = st.cells[k]
        a, b = eng.flat(st.ref, c.output), eng.flat(st.out, c.output)
        if a is None or b is None or a.shape != b.shape:
            return False
        idx = np.asarray(c.index, dtype=int)
        a, b = a[idx], b[idx]
        differ = ~np.isclose(b, a, rtol=eng.rtol, atol=eng.atol, equal_nan=True)
        if not differ.any() or not np.all(np.isnan(a[differ]) & np.isfinite(b[differ])):
            return False
    return True


def _empty_case(eng, bad, absent) -> Finding:
    """The port gives finite values where OCTAVE's are NaN, for the labels no example has: it guards the empty case."""
    labels = eng.port_name(eng.problem.roles.labels)
    parts = []
    for st in bad:
        labs = blocks_phrase([str(x) for x in absent[st.name]])
        parts.append(f"{blocks_phrase(sorted({st.cells[k].name for k in st.data_open}))} on '{st.name}' "
                     f"(no example has label {labs})")
        for k in list(st.data_open):
            close_cell(st, k, "empty-guard")
    ev = ("; ".join(parts) + " differ only where OCTAVE is NaN -- its mean of no rows -- and PORT gives finite values; "
          "every set where each label occurs agrees.")
    return Finding("empty-guard", "consistent", "a guard Octave does not have: the empty case skipped", ev,
                   location=f"the rows of the labels {labels} never takes",
                   fix="# no guard: compute the empty case as Octave does (its mean of no rows is NaN)",
                   data={"sets": [st.name for st in bad]})


def _onehot(eng, bad, good, absent, cost_only: bool) -> Finding:
    r = eng.problem.roles
    y = eng.port_name(r.labels)
    cost = eng.output_name(r.cost) if r.cost is not None else "the cost"
    parts, confirm, seen, sites = [], [], {}, []
    for st in bad:
        labs = absent[st.name]
        lab = (f"label {labs[0]} never occurs" if len(labs) == 1
               else f"labels {blocks_phrase([str(x) for x in labs])} never occur")
        what = (st.run.failure.brief() if st.raised
                else f"{blocks_phrase(sorted({st.cells[k].name for k in st.data_open}))} differ")
        if st.raised and not sites:
            sites.append(st.run.failure.site(quoted=True))
        if what in seen:
            parts.append(f"the same on '{st.name}' ({lab})")
            continue
        seen[what] = len(parts)
        parts.append(f"{what} on '{st.name}' ({lab})")
        confirm += _confirmations(eng, st, labs, cost_only)
    for st in bad:
        st.raise_explained = st.raised
        for k in list(st.data_open):
            close_cell(st, k, "onehot-from-data")
    K = eng.port_name(r.num_labels) or "K"
    target = _onehot_name(getattr(eng, "source", None)) or "Y"
    agree = f"agree in {cost} (the gradient differs on every set: see below)" if cost_only else "agree"
    ev = "; ".join(parts) + f"; the {plural(len(good), 'set')} with every label {agree}" + \
        (f"; {confirm[0]}" if confirm else "") + "."
    return Finding("onehot-from-data", "confirmed" if confirm else "consistent", "one-hot built from the labels present",
                   ev, location=f"the one-hot matrix of {y} (one column per label present, not 1..{K})"
                   + (f"; raised at {sites[0]}" if sites else ""),
                   fix=f"{target} = np.eye(int({K}))[np.asarray({y}).astype(int).ravel() - 1]   # not pd.get_dummies / np.unique",
                   data={"sets": [st.name for st in bad], "absent": {st.name: absent[st.name] for st in bad},
                         "cost_only": cost_only})


def _onehot_name(src) -> str | None:
    """The port's name for its one-hot matrix: what it assigns a ``get_dummies``/``unique``/``OneHotEncoder`` to."""
    for node in ast.walk(getattr(src, "func", None) or ast.Module([], [])):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and any(
                isinstance(c, ast.Call) and _called(c) in ("get_dummies", "OneHotEncoder", "fit_transform")
                for c in ast.walk(node.value)):
            return node.targets[0].id
    return None


def _called(call) -> str:
    f = call.func
    return f.attr if hasattr(f, "attr") else getattr(f, "id", "")


def _confirmations(eng, st, labs, cost_only: bool) -> list[str]:
    """What the probes with the missing labels given (or renumbered by rank) show on set ``st``."""
    r = eng.problem.roles
    matches = lambda res: all(x.match for x in res.values() if not cost_only or x.cell.output == r.cost)
    out = []
    comp = eng.refs.get(("complete", st.name))
    if comp and comp[1] is not None:
        _, outs = eng.port_outputs(comp[0])
        if outs is not None and matches(eng.compare(outs, comp[1], comp[0])):
            given = blocks_phrase([str(x) for x in labs])
            out.append(f"with label{'s' if len(labs) > 1 else ''} {given} given to one example, '{st.name}' runs and "
                       f"agrees with OCTAVE" + (f" in {eng.output_name(r.cost)}" if cost_only else ""))
    ranked = eng.refs.get(("ranked", st.name))
    if ranked and ranked[1] is not None and st.out0 is not None and matches(eng.compare(st.out0, ranked[1], ranked[0])):
        out.append(f"PORT's answer on '{st.name}' is OCTAVE's with the labels renumbered by rank")
    return out


def _single_example(bad) -> Finding:
    st = bad[0]
    what = st.run.failure.brief() if st.raised else "the outputs differ"
    site = st.run.failure.site(quoted=True) if st.raised else ""
    for s in bad:
        s.raise_explained = s.raised
        for k in list(s.data_open):
            close_cell(s, k, "squeeze-m1")
    return Finding("squeeze-m1", "consistent", "fails for a single example (m = 1)",
                   f"{what} only on '{bad[0].name}'; every set with m > 1 agrees.",
                   location=(f"raised at {site}" if site else "a squeeze or 1-D reduction that drops the example axis"),
                   fix="X = np.atleast_2d(X)   # and keep (m, K) shapes: no np.squeeze, reshape(m, -1)")
