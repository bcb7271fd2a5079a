"""Probes: re-run the port under another convention and see whether it agrees.

A :class:`Convention` says how the port may expect its inputs and lay out its
outputs differently from Octave: parameters unrolled row-major (per block), the
gradient unrolled row-major (per block), labels 0-based, labels as a 1-D
``(m,)`` vector, labels as integers, ``X`` with its bias column already
prepended, ``X`` transposed. :func:`apply_inputs` turns Octave's inputs into
the port's convention, :func:`apply_outputs` turns the port's outputs back.

:func:`search` peels conventions greedily: from Octave's own convention it
tries every single move (one block's order, a label setting, an ``X``
setting), keeps the one that makes the most output cells agree with Octave,
and continues from there, so two mistakes at once are both found. A move is
kept only when it turns cells that differed into cells that agree exactly (or
proportionally, when a second mistake scales them): agreement to rounding does
not happen by chance.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np

from .cells import compare_cells, layout, score
from .finding import Finding
from .wording import blocks_phrase, e, plural

__all__ = ["Convention", "apply_inputs", "apply_outputs", "search", "Trial", "convention_findings"]


@dataclass(frozen=True)
class Convention:
    """One way of passing inputs to the port and reading its outputs back."""

    in_order: tuple = ()      # per block: "F" (Octave) or "C": how the port reads the parameter vector
    out_order: tuple = ()     # per block: how the port unrolls the gradient
    y_base: int = 1           # 1: labels 1..K (Octave); 0: labels 0..K-1
    y_flat: bool = False      # labels as (m,) instead of (m, 1)
    y_int: bool = False       # labels as integers instead of doubles
    x_bias: bool = False      # X with its column of ones already prepended
    x_T: bool = False         # X transposed (one example per column)

    def changes(self, base: "Convention") -> list[str]:
        """The settings that differ from ``base``, as finding-sized names."""
        out = []
        if self.in_order != base.in_order:
            out.append("in_order")
        if self.out_order != base.out_order:
            out.append("out_order")
        for name in ("y_base", "y_flat", "y_int", "x_bias", "x_T"):
            if getattr(self, name) != getattr(base, name):
                out.append(name)
        return out


def octave_convention(nblocks: int) -> Convention:
    return Convention(in_order=("F",) * nblocks, out_order=("F",) * nblocks)


def _reorder(flat, blocks, orders, forward: bool):
    """Re-unroll each block of ``flat``: forward = Octave (F) -> port order; else back."""
    flat = np.asarray(flat, dtype=float).ravel()
    out = flat.copy()
    for b, o in zip(blocks, orders):
        if o == "F":
            continue
        seg = flat[b.offset:b.offset + b.size]
        if forward:
            out[b.offset:b.offset + b.size] = seg.reshape(b.shape, order="F").ravel(order="C")
        else:
            out[b.offset:b.offset + b.size] = seg.reshape(b.shape, order="C").ravel(order="F")
    return out


def apply_inputs(values: dict, conv: Convention, problem, blocks) -> dict:
    """Port-shaped ``values`` turned into the port's convention ``conv``."""
    r = problem.roles
    v = dict(values)
    if r.params is not None and any(o != "F" for o in conv.in_order):
        p = np.asarray(v[r.params])
        v[r.params] = _reorder(p, blocks, conv.in_order, True).reshape(p.shape)
    yname = r.labels or r.y
    if yname is not None and (conv.y_base == 0 or conv.y_flat or conv.y_int):
        y = np.asarray(v[yname], dtype=float)
        if conv.y_base == 0:
            y = y - 1
        if conv.y_flat:
            y = y.ravel()
        if conv.y_int:
            y = y.astype(int)
        v[yname] = y
    if r.X is not None:
        X = np.asarray(v[r.X], dtype=float)
        if conv.x_bias:
            X = np.column_stack([np.ones(X.shape[0]), X])
        if conv.x_T:
            X = X.T.copy()
        v[r.X] = X
    return v


def apply_outputs(outputs, conv: Convention, problem, blocks):
    """The port's outputs read back into Octave's layout (the gradient re-unrolled)."""
    r = problem.roles
    if outputs is None or r.grad is None or r.grad >= len(outputs) or all(o == "F" for o in conv.out_order):
        return outputs
    g = outputs[r.grad]
    try:
        a = np.asarray(g, dtype=float)
    except (TypeError, ValueError):
        return outputs
    if a.size != sum(b.size for b in blocks):
        return outputs
    outs = list(outputs)
    outs[r.grad] = _reorder(a.ravel(), blocks, conv.out_order, False).reshape(a.shape)
    return tuple(outs)


@dataclass
class Trial:
    """The port run on every set under one convention, compared cell by cell."""

    conv: Convention
    runs: list            # PortRun per set (outputs already read back)
    results: list         # {cell key: CellResult} per set
    score: int


class Runner:
    """Runs the port under a convention on a list of (input set, reference outputs), with a cache."""

    def __init__(self, ctx, problem, targets):
        self.ctx = ctx
        self.problem = problem
        self.targets = targets  # list of (InputSet, ref outputs)
        self._cache = {}

    def run(self, conv: Convention, input_set, ref_outputs):
        blocks = self.problem.blocks(input_set)
        values = apply_inputs(input_set.for_port(), conv, self.problem, blocks)
        run = self.ctx.run_port_on(values, input_set)
        outs = apply_outputs(run.outputs, conv, self.problem, blocks)
        cells = layout(self.ctx.output_names, ref_outputs, self.problem.output_blocks(input_set))
        res = compare_cells(outs, ref_outputs, cells, self.ctx.rtol, self.ctx.atol)
        return run, outs, res

    def single(self, conv: Convention, i: int) -> int:
        """The score of ``conv`` on target ``i`` alone (cached)."""
        key = (conv, i)
        if key not in self._cache:
            s, ref = self.targets[i]
            self._cache[key] = score(self.run(conv, s, ref)[2])
        return self._cache[key]

    def trial(self, conv: Convention) -> Trial:
        if conv in self._cache:
            return self._cache[conv]
        runs, results, total = [], [], 0
        for s, ref in self.targets:
            run, outs, res = self.run(conv, s, ref)
            runs.append(replace(run, outputs=outs) if run.outputs is not None else run)
            results.append(res)
            total += score(res)
        t = Trial(conv, runs, results, total)
        self._cache[conv] = t
        return t


def moves(conv: Convention, problem, blocks) -> list[Convention]:
    """Every convention one move away from ``conv``."""
    r = problem.roles
    out = []
    nb = len(conv.in_order)
    flip = lambda orders, S: tuple(("C" if o == "F" else "F") if i in S else o for i, o in enumerate(orders))
    if r.params is not None and nb:
        reorderable = [i for i, b in enumerate(blocks) if min(b.shape) > 1]
        for k in range(len(reorderable), 0, -1):
            for S in combinations(reorderable, k):
                out.append(replace(conv, in_order=flip(conv.in_order, S), out_order=flip(conv.out_order, S)))
                out.append(replace(conv, in_order=flip(conv.in_order, S)))
                if r.grad is not None:
                    out.append(replace(conv, out_order=flip(conv.out_order, S)))
    if r.labels is not None or r.y is not None:
        settings = ("y_base", "y_flat", "y_int") if r.labels is not None else ("y_flat",)
        for k in (1, 2, 3):
            for S in combinations(settings, k):
                ch = {}
                for name in S:
                    cur = getattr(conv, name)
                    ch[name] = (1 - cur) if name == "y_base" else (not cur)
                out.append(replace(conv, **ch))
    if r.X is not None:
        out += [replace(conv, x_bias=not conv.x_bias), replace(conv, x_T=not conv.x_T),
                replace(conv, x_bias=not conv.x_bias, x_T=not conv.x_T)]
    return out


def search(runner: Runner, start: Convention, blocks, max_steps: int = 4) -> tuple[Trial, list[Trial]]:
    """Greedy peeling from ``start``; returns the final trial and the path of trials (start first)."""
    current = runner.trial(start)
    path = [current]
    best_possible = 2 * sum(len(r) for r in current.results)
    for _ in range(max_steps):
        if current.score >= best_possible:
            break
        # screen each move on the first two sets that still differ; only a move that
        # helps one of them is run on every set (the port can be slow at full size)
        full = [2 * len(r) for r in current.results]
        screen = [i for i, r in enumerate(current.results) if score(r) < full[i]][:2]
        best = None
        for conv in moves(current.conv, runner.problem, blocks):
            if not any(runner.single(conv, i) > score(current.results[i]) for i in screen):
                continue
            t = runner.trial(conv)
            if t.score > current.score and (best is None or t.score > best.score):
                best = t
        if best is None:
            break
        current = best
        path.append(current)
    return current, path


# -- what the search found, in words ----------------------------------------------------------
# convention_findings says which convention each move stands for, with the agreement it bought,
# and says exactly when the port is correct under its own convention.
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
        if worst:
            parts.append(f"{name} off by {e(worst)} (rel)")
    if fails:
        parts.append(f"{fails[0].failure.type} on {plural(len(fails), 'set')}")
    return ", ".join(parts) or "a different layout", site


def convention_findings(eng, path) -> list[Finding]:
    """One ``confirmed`` finding per convention the search moved to, the first with the agreement it bought."""
    start, final = path[0], path[-1]
    changes = final.conv.changes(start.conv)
    if not changes:
        return []
    summ = _summary(eng, final)
    n = len(final.runs)
    order = sorted(summ.items(), key=lambda kv: -kv[1][0])
    agree = " and ".join(f"{k} on {a}" + (f" of {n} sets" if i == 0 else "") for i, (k, (a, _, _)) in enumerate(order))
    worst = max((w for _, (a, _, w) in summ.items() if a), default=0.0)
    all_match = all(a == n for a, _, _ in summ.values())
    before, site = _before_text(eng, start, final)
    items = _convention_items(eng, changes, final.conv)
    findings = []
    for i, (ident, title, expects, own, octave, fix, where) in enumerate(items):
        if i == 0:
            sets = "both sets" if n == 2 else f"all {n} sets" if n > 2 else "the set"
            if eng.origin:
                sets += f" (probed on their first {len(eng.usable[0].input_set.values[eng.problem.roles.X])} examples)"
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
        findings.append(Finding(ident, "confirmed", title, ev + ".", location=where, fix=fix,
                                data={"convention": True, "own_convention": all_match,
                                      "agreement": {k: list(v) for k, v in summ.items()}}))
    return findings


def _convention_items(eng, changes, conv) -> list[tuple]:
    """(id, title, what PORT expects, own-convention phrase, octave phrase, fix, where) per change, in a fixed order."""
    r = eng.problem.roles
    y, X = eng.port_name(r.labels or r.y), eng.port_name(r.X)
    items = []
    if "in_order" in changes or "out_order" in changes:
        items.append(_unroll_item(eng, conv))
    if "y_base" in changes:
        items.append(("label-base", "labels taken as 0-based", "PORT expects labels 0..K-1", "labels 0..K-1",
                      "Octave's labels 1..K",
                      f"{y} = np.asarray({y}).astype(int).ravel() - 1   # Octave labels are 1..K; columns are 0..K-1", y))
    if "y_flat" in changes:
        items.append(("y-shape-broadcast", "(m,1) labels broadcast",
                      f"PORT expects {y} as (m,); an (m,1) column broadcasts against it",
                      f"{y} of shape (m,)", "an (m,1) column (as Octave and scipy.io.loadmat give it)",
                      f"{y} = np.asarray({y}).ravel()   # (m,1) -> (m,) before any broadcasting", y))
    if "y_int" in changes:
        items.append(("label-dtype", "labels used as indices must be integers", "PORT expects integer labels",
                      "integer labels", "Octave's double labels",
                      f"{y} = np.asarray({y}).astype(int)   # Octave (and loadmat of a double) give float labels", y))
    if "x_bias" in changes:
        items.append(("x-bias-column", f"{X} expected with its bias column",
                      f"PORT expects {X} with its column of ones already prepended", f"{X} with the bias column",
                      f"{X} without it (Octave's function adds it)",
                      f"a1 = np.column_stack([np.ones(m), {X}])   # add the bias column inside the function", X))
    if "x_T" in changes:
        items.append(("x-transposed", f"{X} expected transposed", f"PORT expects {X} as (n, m), one example per column",
                      f"{X} as (n, m)", "Octave's (m, n), one example per row",
                      f"{X} = np.asarray({X}).T   # Octave passes one example per row", X))
    return items


def _unroll_item(eng, conv) -> tuple:
    """The unrolling-order item: which blocks PORT reads or writes row-major, and the fixing lines."""
    r = eng.problem.roles
    blocks = eng.problem.blocks(eng.usable[0].input_set)
    param = eng.port_name(r.params)
    gname = eng.output_name(r.grad) if r.grad is not None else "grad"
    cin = [b.name for b, o in zip(blocks, conv.in_order) if o == "C"]
    cout = [b.name for b, o in zip(blocks, conv.out_order) if o == "C"]
    what, fixes = [], []
    if cin:
        what.append(f"reads {param} row-major (C order)" + ("" if len(cin) == len(blocks) else f" for {blocks_phrase(cin)}"))
        b = next(b for b in blocks if b.name == cin[0])
        fixes.append(f"{b.name} = {param}[{_span(eng, b, blocks)}].reshape({_shape_expr(eng, b)}, order=\"F\")")
    if cout:
        what.append(f"unrolls {gname} row-major" + ("" if len(cout) == len(blocks) else f" for {blocks_phrase(cout)}"))
        ravels = ", ".join(b.name + '_grad.ravel(order="F")' for b in blocks)
        fixes.append(f"{gname} = np.concatenate([{ravels}])")
    where = " and ".join(x for x, c in ((param, cin), (gname, cout)) if c)
    return ("unroll-order", "column-major unrolling", "PORT " + " and ".join(what), "row-major " + where,
            f"Octave's column-major [{'; '.join(b.name + '(:)' for b in blocks)}]", "; ".join(fixes), where)


def _span(eng, b, blocks) -> str:
    names = set(eng.ctx.signature.inputs)
    if {"hidden_layer_size", "input_layer_size"} <= names and len(blocks) == 2:
        return ":h * (n + 1)" if b.offset == 0 else "h * (n + 1):"
    return f"{b.offset}:{b.offset + b.size}"


def _shape_expr(eng, b) -> str:
    names = set(eng.ctx.signature.inputs)
    if {"hidden_layer_size", "input_layer_size"} <= names:
        return "h, n + 1" if b.offset == 0 else "K, h + 1"
    return f"{b.shape[0]}, {b.shape[1]}"
