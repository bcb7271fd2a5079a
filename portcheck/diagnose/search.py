"""The joint convention search: several convention changes at once, within a budget of port calls.

A *state* is ``(representation, convention)``. Its *score* is the number of
output cells (an output, or a block / bias column of a blocked output) that
agree with Octave on every input set: 2 per agreeing cell, 1 per vector cell
that is Octave's times one factor (a second mistake scaling it). Agreement to
rounding does not happen by chance, so a state that makes cells agree found
the port's convention for them.

The search (:func:`search`), cheapest first:

1. **Screen sets**: one or two input sets on which the port differs, chosen to
   discriminate (lambda = 0 first: the regularisation cannot hide the data
   term; every label present; m > 1; the most distinct dimensions).
2. **Representations** (free): the start's one-step moves, screened; those
   that help are kept as bases.
3. **Structure**: every combination of up to three families (zero-based
   labels, X with / without its bias column, X transposed, a separate gradient
   function, a one-hot Y, transposed outputs) on each base, screened.
4. **Orders**: every per-block choice of row-major input and output order on
   the best structures (and the empty one), screened.
5. **Survivors** (a screen score above the start's) run on every set; rep
   moves are tried once more on top of the best. The best state wins by score,
   then by fewer convention families, then by fewer representation changes: a
   representation is preferred to a convention at equal score, a smaller change
   set to a larger one.

Every port call counts against ``budget`` (:data:`DEFAULT_BUDGET`); when it is
spent the search stops where it is and says so. :class:`SearchStats` (port
calls, seconds, candidates screened, whether the budget ran out) goes to the
JSON as ``diagnosis.search``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np

from .cells import compare_cells, layout, score
from .conventions import Convention, apply_inputs, apply_outputs, order_variants, structure_atoms

__all__ = ["State", "Trial", "Runner", "SearchStats", "search", "DEFAULT_BUDGET", "MAX_FAMILIES"]

#: Port calls the search may make (debug-size sets: about 2 ms each in-process).
DEFAULT_BUDGET = 400
#: At most this many convention families changed at once.
MAX_FAMILIES = 3
#: Structures whose per-block orders are refined; survivors run on every set.
_REFINE = 3
_FULL = 10


@dataclass(frozen=True)
class State:
    """A convention and a representation (with keyword switches the port takes, ``return_grad=True``)."""

    conv: Convention
    rep: object
    kw: tuple = ()

    def free_changes(self, problem, base: "State") -> tuple[str, ...]:
        """The representation and switch changes from ``base``, as phrases."""
        return tuple(problem.rep_changes(self.rep, base.rep)) + tuple(f"{k}={v!r}" for k, v in self.kw if (k, v) not in base.kw)


@dataclass
class Trial:
    """The port run on every set under one state, compared cell by cell."""

    state: State
    runs: list            # PortRun per set (outputs already read back)
    results: list         # {cell key: CellResult} per set
    score: int

    @property
    def conv(self) -> Convention:
        return self.state.conv


@dataclass
class SearchStats:
    """What the search cost: port calls, seconds, states screened and run on every set."""

    port_calls: int = 0
    seconds: float = 0.0
    screened: int = 0
    full: int = 0
    budget: int = DEFAULT_BUDGET
    exhausted: bool = False

    def to_dict(self) -> dict:
        return {"port_calls": self.port_calls, "seconds": round(self.seconds, 3), "screened": self.screened,
                "full": self.full, "budget": self.budget, "budget_exhausted": self.exhausted}


class BudgetSpent(Exception):
    """The search made as many port calls as it may."""


class Runner:
    """Runs the port under a state on (input set, reference outputs) targets, cached, counting calls."""

    def __init__(self, ctx, problem, targets, budget: int = DEFAULT_BUDGET, stats: SearchStats | None = None):
        self.ctx = ctx
        self.problem = problem
        self.targets = targets  # list of (InputSet, ref outputs)
        self.stats = stats or SearchStats(budget=budget)
        self.stats.budget = budget
        self._runs = {}
        self._trials = {}
        self.bounded = False   # the budget binds during the search only

    def _call(self, values, input_set, func=None, mapping=None, rep=None):
        if self.bounded and self.stats.port_calls >= self.stats.budget:
            self.stats.exhausted = True
            raise BudgetSpent
        self.stats.port_calls += 1
        return self.ctx.run_port_on(values, input_set, func=func, mapping=mapping, representation=rep)

    def outputs(self, state: State, input_set):
        """(PortRun, outputs read back into Octave's layout) of the port under ``state``."""
        p = self.problem
        blocks = p.blocks(input_set)
        values = apply_inputs(dict(input_set.values), state.conv, p, blocks, input_set)
        values = p.to_port(values, input_set, state.rep)
        run = self._call(values, input_set, mapping=self.ctx.mapping_with(dict(state.kw)) if state.kw else None,
                         rep=p.port_representation(state.rep))
        if state.conv.grad_fn and run.outputs is not None:
            run = self._with_gradient(run, values, input_set, state.conv.grad_fn, p.port_representation(state.rep))
        return run, apply_outputs(run.outputs, state.conv, p, blocks)

    def _with_gradient(self, run, values, input_set, name, rep=None):
        """J from the port, the gradient from its sibling ``name`` (called alike): outputs in Octave's order."""
        r = self.problem.roles
        grun = self._call(values, input_set, func=self.ctx.sibling(name), rep=rep)
        if grun.failure is not None:
            return replace(run, outputs=None, failure=grun.failure)
        outs = [None] * len(self.ctx.output_names)
        outs[r.cost] = run.outputs[0]
        outs[r.grad] = grun.outputs[0]
        return replace(run, outputs=tuple(outs))

    def run(self, state: State, i: int):
        key = (state, i)
        if key not in self._runs:
            s, ref = self.targets[i]
            run, outs = self.outputs(state, s)
            cells = layout(self.ctx.output_names, ref, self.problem.output_blocks(s))
            res = compare_cells(outs, ref, cells, self.ctx.rtol, self.ctx.atol)
            self._runs[key] = (replace(run, outputs=outs) if run.outputs is not None else run, res)
        return self._runs[key]

    def screen(self, state: State, idx) -> int:
        """The score of ``state`` on the screen sets ``idx`` (counted once per state)."""
        if not any((state, i) in self._runs for i in idx):
            self.stats.screened += 1
        return sum(score(self.run(state, i)[1]) for i in idx)

    def ran(self, state: State, idx) -> int:
        """On how many of the screen sets ``idx`` the port returned (it may raise under a wrong convention)."""
        return sum(self.run(state, i)[0].failure is None for i in idx)

    def trial(self, state: State) -> Trial:
        if state not in self._trials:
            runs, results = [], []
            for i in range(len(self.targets)):
                run, res = self.run(state, i)
                runs.append(run)
                results.append(res)
            self.stats.full += 1
            self._trials[state] = Trial(state, runs, results, sum(score(r) for r in results))
        return self._trials[state]


def full_score(trial: Trial) -> int:
    return 2 * sum(len(r) for r in trial.results)


def screen_sets(problem, start: Trial, targets) -> list[int]:
    """One or two sets where the start differs, cheap and discriminating.

    The first is the cleanest (lambda = 0, so the regularisation cannot hide the
    data term; every label present; m > 1) with the most distinct dimensions
    (n = K hides a transpose); a second, the most distinct of all, only when the
    first has two equal dimensions.
    """
    differ = [i for i, r in enumerate(start.results) if score(r) < 2 * len(r)]
    if not differ:
        return []

    def clean(i):
        s = targets[i][0]
        lam = problem.lam(s) or 0.0
        m = problem.m(s) or 2
        return (lam != 0.0, bool(problem.absent_labels(s)), m == 1, -_distinct(s), _size(s))

    first = min(differ, key=clean)
    second = max(differ, key=lambda i: (_distinct(targets[i][0]), -clean(i)[0], -_size(targets[i][0])))
    if second == first or _distinct(targets[first][0]) >= _distinct(targets[second][0]):
        return [first]
    return [first, second]


def _distinct(input_set) -> int:
    dims = set()
    for v in input_set.values.values():
        dims.update(d for d in np.shape(v) if d > 1)
    return len(dims)


def _size(input_set) -> int:
    return int(sum(np.size(v) for v in input_set.values.values()))


def _rank(trial: Trial, start: State, problem) -> tuple:
    """Higher is better: score, then fewer convention families, then fewer representation changes, then
    one memory order per direction.

    The last is a port's habit: a port that unrolls one block's gradient
    row-major unrolls the others so too, so a block that differs under either
    order (a second mistake inside it) is read in the order of its neighbours,
    and the relations that explain it (a factor per unit ...) see its real layout.
    """
    mixed = (len(set(trial.conv.in_order)) > 1) + (len(set(trial.conv.out_order)) > 1)
    return (trial.score, -len(trial.conv.families(start.conv)), -len(trial.state.free_changes(problem, start)), -mixed)


def _structures(problem, s0, base: Convention, grad_fns) -> list[Convention]:
    """Every combination of up to MAX_FAMILIES structure atoms (one per family) applied to ``base``."""
    atoms = structure_atoms(problem, s0, grad_fns)
    out = []
    for k in range(1, MAX_FAMILIES + 1):
        for combo in combinations(atoms, k):
            fams = [f for f, _ in combo]
            if len(set(fams)) < k or {"x-with-bias", "x-without-bias"} <= set(fams):
                continue
            fields = {}
            for _, ch in combo:
                fields.update(ch)
            out.append(replace(base, **fields))
    return out


def search(runner: Runner, start: State, grad_fns=(), switches=()) -> tuple[Trial, Trial]:
    """The best state for the port, from ``start``: (best trial, start trial). See the module docstring."""
    t0 = time.perf_counter()
    problem = runner.problem
    start_trial = runner.trial(start)
    best = start_trial
    runner.bounded = True
    try:
        best = _search(runner, start, start_trial, grad_fns, switches)
    except BudgetSpent:
        best = max(runner._trials.values(), key=lambda t: _rank(t, start, problem))
    finally:
        runner.bounded = False
    runner.stats.seconds += time.perf_counter() - t0
    return best, start_trial


def _breaks(trial: Trial, start_trial: Trial) -> bool:
    """The trial loses an output cell that agreed as the port was called (on some set), and does not agree everywhere.

    A port's own convention explains its outputs; one that repairs the
    gradient while breaking a cost that was right (the raw labels in ``a3 - y``
    while ``J`` uses the one-hot matrix: "y one-hot" fixes the one, breaks the
    other) describes a mistake inside the port, not its convention. So does one
    that gives an output of Octave's shape another shape (X "transposed" for a
    ``mean`` over the wrong axis makes ``mu`` right and ``sigma2`` m long).
    """
    if trial.score >= full_score(trial):
        return False
    for before, after in zip(start_trial.results, trial.results):
        whole = _agreeing_outputs(before)
        for key, r in before.items():
            if key not in after:
                continue
            if r.match and not after[key].match and r.cell.output in whole:
                return True
            if r.status == "differ" and after[key].status == "shape":  # an output of Octave's shape loses it
                return True
    return False


def _produced(runner, state: State, start: State, idx) -> bool:
    """Under ``state`` the port returns an output (in some shape) that it did not return as called -- or its separate
    gradient function raises where the port ran (a (m,1) y against a 1-D theta broadcast inside it)."""
    for i in idx:
        (run0, before), (run1, after) = runner.run(start, i), runner.run(state, i)
        if any(r.status == "missing" and key in after and after[key].status in ("shape", "differ")
               for key, r in before.items()):
            return True
        if state.conv.grad_fn and run1.failure is not None and run0.failure is None \
                and any(r.status == "missing" for r in before.values()):
            return True
    return False


def _agreeing_outputs(results) -> set:
    """Outputs whose every cell agreed on a set. A few cells of an output agreeing by coincidence (0-based
    answers where a tie-break lands one class over) are not an output the port had right."""
    seen: dict = {}
    for r in results.values():
        seen[r.cell.output] = seen.get(r.cell.output, True) and r.match
    return {o for o, ok in seen.items() if ok}


def _search(runner: Runner, start: State, start_trial: Trial, grad_fns, switches=()) -> Trial:
    problem = runner.problem
    if start_trial.score >= full_score(start_trial):
        return start_trial
    idx = screen_sets(problem, start_trial, runner.targets)
    s0 = runner.targets[idx[0]][0]
    floor = runner.screen(start, idx)
    ran0 = runner.ran(start, idx)
    free = [State(start.conv, rep, start.kw) for rep in problem.rep_moves(s0, start.rep)]
    free += [State(start.conv, start.rep, start.kw + (sw,)) for sw in switches]
    free += [State(start.conv, st.rep, start.kw + (sw,)) for st in free[:len(free) - len(switches)] for sw in switches]
    better = [st for st in free if (runner.screen(st, idx), runner.ran(st, idx)) > (floor, ran0)]
    bases = [start] + sorted(better, key=lambda st: (-runner.screen(st, idx), -runner.ran(st, idx)))[:2]
    if not better and floor == 0 and ran0 == 0:
        # it raises as called and under every single representation change: a convention may need one with it
        # (X without its ones column, and theta as a column to go with it)
        bases += [st for st in free if not st.kw][:2]
    blocks = problem.blocks(s0)
    has_grad = problem.roles.grad is not None
    scored = {b: runner.screen(b, idx) for b in bases}
    for b in bases:
        for conv in _structures(problem, s0, start.conv, grad_fns):
            st = State(conv, b.rep, b.kw)
            scored[st] = runner.screen(st, idx)
    # a structure that gives an output the port did not return (a separate gradient function) but in another
    # shape or with other values may need a representation with it: its gradient broadcast y as a column
    produced = [st for st in scored if scored[st] <= floor and _produced(runner, st, start, idx)]
    for st in sorted(produced, key=lambda st: len(st.conv.families(start.conv)))[:2]:  # the plainest first
        reps = problem.rep_moves(s0, st.rep)
        reps += [r2 for r in reps for r2 in problem.rep_moves(s0, r) if r2 != st.rep and r2 not in reps]  # two steps:
        for rep in reps:  # the cost wants y as a column with theta as one, where the port chose y 1-D for it alone
            cand = State(st.conv, rep, st.kw)
            scored[cand] = runner.screen(cand, idx)
    # a structure that makes the port run where it raised is worth refining even before any cell agrees
    structures = sorted(scored, key=lambda st: (-scored[st], -runner.ran(st, idx)))
    refine = [st for st in structures if len(st.conv.families(start.conv)) < MAX_FAMILIES][:_REFINE]
    refine += [b for b in bases if b not in refine]
    for st in refine:
        for conv in order_variants(st.conv, blocks, has_grad):
            cand = State(conv, st.rep, st.kw)
            scored[cand] = runner.screen(cand, idx)
    survivors = sorted((st for st, sc in scored.items() if sc > floor), key=lambda st: -scored[st])[:_FULL]
    trials = [start_trial] + [t for t in (runner.trial(st) for st in survivors) if not _breaks(t, start_trial)]
    best = max(trials, key=lambda t: _rank(t, start, problem))
    if best.score < full_score(best) and best is not start_trial:
        for rep in problem.rep_moves(s0, best.state.rep):
            t = runner.trial(State(best.conv, rep, best.state.kw))
            if _rank(t, start, problem) > _rank(best, start, problem):
                best = t
    return best
