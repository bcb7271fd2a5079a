"""The diagnosis engine: peel a divergence like an onion (design.md, "The diagnosis engine").

Order of work, cheapest and most decisive first:

1. Side effects: a port that answers differently to the same inputs
   (``nondeterministic``) makes every other probe meaningless, so it is
   checked first; a port that writes into its inputs is re-called the way a
   caller would call it again (``input-mutation``).
2. One batched Octave round trip for every reference value the diagnosis may
   need: each set at lambda = 0, a set whose absent label is restored, the
   same set with its labels renumbered by rank, and the reference's cost along
   a few directions (self-consistency).
3. The joint convention search (:mod:`.search`): representation and
   convention changes combined, screened on cheap sets within a budget of port
   calls; a convention is confirmed when it turns differing output cells into
   exact agreement.
4. Relations on what is left, per cell and split into its lambda-dependent
   part (:mod:`.regularisation`) and its lambda = 0 part (:mod:`.relations`).
5. Self-consistency (:mod:`.consistency`) and, for anything still open, one
   ``unexplained`` finding that says where.

Every cell that differs is either covered by a finding or listed in the
``unexplained`` one: a divergence is never called parity and never left
without a location.
"""
from __future__ import annotations

import traceback
import warnings
from dataclasses import dataclass, field, replace

import numpy as np

from ..runner import ReferenceRun
from . import consistency, data_gaps, effects, relations
from .generic import course_fits, generic_findings
from .generic.mutations import TITLES as REPAIR_TITLES
from .repaired import confirmed_by_repair, course_words, raise_read_by_repair, second_mistake
from .basic import VALUE_KIND_IDS
from .cells import compare_cells, layout
from .convention_findings import convention_findings, representation_finding
from .conventions import octave_convention
from .finding import Finding
from .problem import Problem, variant
from .regularisation import analyse_regularisation
from .search import DEFAULT_BUDGET, Runner, SearchStats, State, search
from .source import gradient_functions, gradient_switches, port_source
from .unexplained import fallback, unexplained
from .wording import set_list

__all__ = ["engine_findings", "Engine", "SetState"]

#: Findings about a port that did not produce outputs; merged per site across input sets.
_RAISE_IDS = ("port-raised", "port-timeout")


@dataclass
class SetState:
    """One input set under the port's best convention, with what is still unexplained."""

    s: object                     # SetResult
    ref: tuple                    # OCTAVE's outputs
    lam: float | None
    run: object = None            # PortRun under the convention
    out: tuple | None = None      # its outputs, read back into Octave's layout
    res: dict = field(default_factory=dict)
    cells: dict = field(default_factory=dict)
    ref0: tuple | None = None     # OCTAVE at lambda = 0
    out0: tuple | None = None     # PORT at lambda = 0
    res0: dict = field(default_factory=dict)
    data_open: set = field(default_factory=set)
    reg_open: set = field(default_factory=set)
    raised: bool = False
    raise_explained: bool = False
    explained: dict = field(default_factory=dict)
    ci: int | None = None         # index of the cost output

    @property
    def ran(self) -> bool:
        return self.out is not None

    def _scalar(self, outs):
        if outs is None or self.ci is None:
            return float("nan")
        return float(np.asarray(outs[self.ci], dtype=float).reshape(-1)[0])

    @property
    def ref_J(self) -> float:
        return self._scalar(self.ref)

    @property
    def ref0_J(self) -> float:
        return self._scalar(self.ref0)

    @property
    def gap_J(self) -> float:
        """J_port - J_octave on this set (the port under the chosen convention): the real difference."""
        return self._scalar(self.out) - self.ref_J

    @property
    def reg_gap_J(self) -> float:
        """(J_port - J_port(lambda=0)) - (J_octave - J_octave(lambda=0))."""
        return (self._scalar(self.out) - self._scalar(self.out0)) - (self.ref_J - self.ref0_J)

    @property
    def name(self) -> str:
        return self.s.input_set.name


class Engine:
    """State shared by the stages: context, roles, reference batch, the chosen convention."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.problem = Problem(ctx)
        self.rtol, self.atol = ctx.rtol, ctx.atol
        self.usable = [s for s in ctx.sets if s.reference.error is None and s.reference.outputs is not None]
        self.state: State | None = None
        self.start: State | None = None
        self.runner: Runner | None = None
        self.stats = SearchStats(budget=getattr(ctx, "budget", None) or DEFAULT_BUDGET)
        self.source = port_source(ctx.port)
        self.refs: dict = {}
        self.states: list[SetState] = []
        self.origin: dict[str, str] = {}  # probe twin's name -> the compared set's name
        self.mutated: dict = {}           # set name -> (inputs before, after the call, InputSet after)
        self.explained_by_mutation: set = set()
        r = self.problem.roles
        self.cost_key = self.output_name(r.cost) if r.cost is not None else None

    # -- helpers used by the stages ----------------------------------------------------
    def output_name(self, i: int) -> str:
        return self.ctx.output_names[i]

    def port_name(self, ref_name: str | None) -> str:
        if ref_name is None:
            return ""
        for ref, port, _ in self.ctx.mapping.pairs:
            if ref == ref_name:
                return port
        return ref_name

    def flat(self, outs, i: int):
        if outs is None or i >= len(outs):
            return None
        try:
            a = np.asarray(outs[i], dtype=float)
        except (TypeError, ValueError):
            return None
        return a.ravel(order="F")

    @property
    def conv(self):
        return self.state.conv if self.state is not None else None

    def port_outputs(self, input_set, state: State | None = None):
        """(PortRun, outputs read back) of the port under ``state`` (default: the chosen one)."""
        runner = self.runner or Runner(self.ctx, self.problem, [], stats=self.stats)
        return runner.outputs(state or self.state, input_set)

    def port_cost(self, input_set) -> float | None:
        _, outs = self.port_outputs(input_set)
        ci = self.problem.roles.cost
        if outs is None or ci is None or ci >= len(outs):
            return None
        try:
            return float(np.asarray(outs[ci], dtype=float).reshape(-1)[0])
        except (TypeError, ValueError, IndexError):
            return None

    def cells_of(self, input_set, ref):
        return layout(self.ctx.output_names, ref, self.problem.output_blocks(input_set))

    def compare(self, outs, ref, input_set) -> dict:
        return compare_cells(outs, ref, self.cells_of(input_set, ref), self.rtol, self.atol)


def engine_findings(ctx, basic=None) -> list[Finding]:
    """Findings for a divergent comparison; with ``basic``, the merged list (basic ones superseded where explained).

    The course's role-based stages run only when the roles fit; every other
    case gets the generic layer (:mod:`portcheck.diagnose.generic`).
    """
    if not course_fits(ctx):
        return generic_findings(ctx, basic)
    eng = None
    try:
        eng = Engine(ctx)
        # the probes feed the port unusual inputs on purpose: its warnings are not news
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            found = _run(eng, _explained_outputs(basic))
    except Exception as exc:  # a bug in a probe must not hide the comparison itself
        found = [Finding("unexplained", "unexplained", "the diagnosis stopped",
                         f"an internal error in portcheck's diagnosis ({type(exc).__name__}: {exc}); the comparison above stands",
                         location="portcheck.diagnose", details=traceback.format_exc())]
    merged = found if basic is None else (_merge(eng, list(basic), found) if eng is not None else found + list(basic))
    if _names_nothing(merged):  # no course mistake fits: the generic layer's relations and one-line repairs
        generic = course_words(generic_findings(ctx, basic))
        if not _names_nothing(generic):
            return generic
    elif not any(f.status == "confirmed" for f in merged):
        # read off the numbers only: a one-line repair under which every set agrees is stronger evidence --
        # of the same mistake (it gains the port's line), or of another one (it replaces the reading)
        generic = course_words(generic_findings(ctx, basic))
        if any(f.status == "confirmed" and (f.id in REPAIR_TITLES or f.id == "label-base") for f in generic):
            merged = confirmed_by_repair(merged, generic)
            if not any(f.status == "confirmed" for f in merged):
                return generic
        else:
            merged = raise_read_by_repair(merged, generic)
    elif all(f.data.get("own_convention") is False for f in merged if f.status == "confirmed"):
        # a convention that leaves a difference (X transposed, and S then off by m/n) against one line that makes
        # every set agree as Octave's caller calls it (X @ X.T for X.T @ X): the line is the mistake
        generic = course_words(generic_findings(ctx, basic))
        if any(f.status == "confirmed" and f.data.get("repair") and not f.data.get("partial") for f in generic):
            return generic
    elif any(f.id in ("block-local", "unexplained") and f.status != "noted" for f in merged):
        merged = second_mistake(merged, course_words(generic_findings(ctx, basic)))
    return merged


def _names_nothing(findings) -> bool:
    """Every finding is a note, *unexplained*, where the port raised, or NaN where Octave is finite (each says where
    or what, not why; or none)."""
    return all(f.status in ("noted", "unexplained") or f.id in ("port-raised", "non-finite-output") for f in findings)


_SC_IDS = {"block-local", "per-unit-factor", "constant-factor", "missing-1-over-m"}


def _explained_outputs(basic) -> frozenset:
    """Outputs a basic finding already explains (a wrong type, NaN, complex values, a missing output)."""
    return frozenset(f.data.get("output") for f in (basic or ()) if f.id in VALUE_KIND_IDS and f.data.get("output"))


def _run(eng: Engine, explained_outputs=frozenset()) -> list[Finding]:
    ctx = eng.ctx
    eng.explained_outputs = explained_outputs
    if not eng.usable:
        return []
    findings: list[Finding] = []
    twins = _twin_sets(eng)
    extra = [(("twin", tw.name), tw) for _, tw in twins] + effects.mutated_inputs(eng)
    eng.refs = _reference_batch(eng, extra)
    if twins:
        _use_twins(eng, twins)
        if not eng.usable:
            return []
    nd = effects.nondeterminism(eng)
    if nd is not None:
        return [nd]
    findings += effects.mutation(eng)

    final, start = _search(eng)
    _build_states(eng, final)
    findings += convention_findings(eng, start, final)
    rep = representation_finding(eng, start, final)
    if rep is not None:
        findings.append(rep)

    findings += relations.precision(eng)
    findings += data_gaps.early_findings(eng)
    findings += analyse_regularisation(eng)
    findings += data_gaps.data_gap_findings(eng)
    findings += relations.data_findings(eng)
    sc = consistency.self_consistency(eng)
    left = [(st, k, kind) for st, k, kind in _leftover(eng) if st.cells[k].name not in explained_outputs]
    if left:
        findings.append(unexplained(eng, left, sc))  # carries the self-consistency verdict
    elif sc is not None and any(f.id in _SC_IDS for f in findings):
        # it tells "the cost is wrong" from "the gradient is wrong" where relations only localise
        findings.append(sc)
    if not any(f.status != "noted" for f in findings):
        fb = fallback(eng, explained_outputs)
        if fb is not None:
            findings.append(fb)
    return findings


def _search(eng: Engine):
    """The joint search from the start state (Octave's convention, or the declared one): (best, start) trials."""
    p = eng.problem
    s0 = eng.usable[0].input_set
    nb = len(p.blocks(s0)) if p.roles.params else 0
    conv = getattr(eng.ctx, "declared", None) or octave_convention(nb)
    eng.start = State(conv, p.rep_default(s0))
    targets = [(s.input_set, s.reference.outputs) for s in eng.usable]
    eng.runner = Runner(eng.ctx, p, targets, budget=eng.stats.budget, stats=eng.stats)
    both = p.roles.cost is not None and p.roles.grad is not None
    fns = gradient_functions(eng.source) if both else []
    switches = gradient_switches(eng.source, eng.ctx.mapping) if both else []
    final, start = search(eng.runner, eng.start, fns, switches)
    eng.state = final.state
    eng.ctx.search_stats = eng.stats.to_dict()
    return final, start


# -- large inputs: probe on their first examples ----------------------------------------------
#: Sets with more examples than this are probed on a twin made of their first PROBE_M examples:
#: conventions and regularisation do not depend on m, and the port runs ~100 times.
LARGE_M = 200
PROBE_M = 100


def _twin_sets(eng: Engine) -> list:
    """(set, twin input set) for every usable set larger than LARGE_M examples; [] when none is."""
    p = eng.problem
    r = p.roles
    if r.X is None or not any((p.m(s.input_set) or 0) > LARGE_M for s in eng.usable):
        return []
    out = []
    for s in eng.usable:
        m = p.m(s.input_set) or 0
        rows = list(range(min(m, PROBE_M)))
        if r.labels is not None:
            y = np.asarray(s.input_set.values[r.labels]).ravel()
            for label in np.unique(y):
                if label not in y[rows]:
                    rows.append(int(np.flatnonzero(y == label)[0]))
        changes = {r.X: np.asarray(s.input_set.values[r.X])[rows]}
        for name in {r.labels, r.y} - {None}:
            changes[name] = np.asarray(s.input_set.values[name]).reshape(m, -1)[rows]
        out.append((s, variant(s.input_set, f"first {len(rows)} examples", **changes)))
    # until the batch returns, the twins stand in with the full sets' outputs (same layout)
    eng.usable = [replace(s, input_set=tw, comparison=None) for s, tw in out]
    return out


def _use_twins(eng: Engine, twins) -> None:
    usable = []
    for s, tw in twins:
        got = eng.refs.get(("twin", tw.name))
        if got is None or got[1] is None:
            continue
        run = eng.ctx.run_port_on(tw.for_port(), tw)
        eng.origin[tw.name] = s.input_set.name
        usable.append(replace(s, input_set=tw, reference=ReferenceRun(tuple(got[1]), None), port=run, comparison=None))
    eng.usable = usable


# -- the reference batch ----------------------------------------------------------------
def _reference_batch(eng: Engine, extra=()) -> dict:
    """Every reference value the diagnosis may use, in ONE Octave round trip."""
    p = eng.problem
    r = p.roles
    requests = list(extra)
    for s in eng.usable:
        lam = p.lam(s.input_set)
        if r.lam is not None and lam:
            requests.append((("lam0", s.input_set.name), p.with_lambda(s.input_set, 0.0)))
        elif r.lam is not None:  # the penalty per unit of lambda, for the lambda a port really uses
            requests.append((("lam1", s.input_set.name), p.with_lambda(s.input_set, 1.0)))
        absent = p.absent_labels(s.input_set)
        if absent and r.lam is not None:
            y = np.asarray(s.input_set.values[r.labels], dtype=float)
            m = y.size
            base = p.with_lambda(s.input_set, 0.0)
            if m >= p.K(s.input_set):
                yc = y.copy().ravel()
                yc[:len(absent)] = absent
                requests.append((("complete", s.input_set.name), variant(base, "labels completed", **{r.labels: yc.reshape(y.shape)})))
            uniq = np.unique(y)
            ranked = (np.searchsorted(uniq, y) + 1).astype(float)
            requests.append((("ranked", s.input_set.name), variant(base, "labels by rank", **{r.labels: ranked})))
    for key, vs in consistency.plan(eng) + data_gaps.plan(eng):
        requests.append((key, vs))
    if not requests:
        return {}
    runs = eng.ctx.run_reference_on([vs.values for _, vs in requests])
    out = {}
    for (key, vs), run in zip(requests, runs):
        out[key] = (vs, run.outputs if run.error is None else None)
    return out


# -- states under the chosen convention ----------------------------------------------------
def _build_states(eng: Engine, trial) -> None:
    p = eng.problem
    for s, run, res in zip(eng.usable, trial.runs, trial.results):
        lam = p.lam(s.input_set)
        st = SetState(s=s, ref=tuple(s.reference.outputs), lam=lam, run=run,
                      out=run.outputs if run.failure is None else None, res=res, ci=p.roles.cost)
        st.cells = {c.key: c for c in eng.cells_of(s.input_set, st.ref)}
        if not lam:
            st.ref0, st.out0, st.res0 = st.ref, st.out, st.res
        else:
            got = eng.refs.get(("lam0", s.input_set.name))
            if got is not None and got[1] is not None:
                st.ref0 = tuple(got[1])
                run0, out0 = eng.port_outputs(got[0])
                st.out0 = out0 if run0.failure is None else None
                st.res0 = eng.compare(st.out0, st.ref0, got[0]) if st.out0 is not None else {}
        if st.name not in eng.explained_by_mutation:  # its outputs are OCTAVE's for the inputs it changed
            _open_gaps(eng, st)
        eng.states.append(st)


def _open_gaps(eng: Engine, st: SetState) -> None:
    if st.out is None:
        st.raised = True
        return
    for key, r in st.res.items():
        if r.match:
            continue
        data = st.res0.get(key)
        data_gap = data is None or not data.match or st.out0 is None
        reg_gap = False
        if st.lam and st.out0 is not None and st.ref0 is not None:
            c = st.cells[key]
            idx = np.asarray(c.index, dtype=int)
            bp, bp0 = eng.flat(st.out, c.output), eng.flat(st.out0, c.output)
            ar, ar0 = eng.flat(st.ref, c.output), eng.flat(st.ref0, c.output)
            if bp is None or bp0 is None or bp.size != ar.size or bp0.size != ar0.size:
                data_gap = True
            else:
                gap = (bp[idx] - bp0[idx]) - (ar[idx] - ar0[idx])
                tol = eng.atol + eng.rtol * np.maximum(np.abs(ar[idx]), np.abs(ar0[idx]))
                reg_gap = bool(np.any(np.abs(gap) > tol))
        if data_gap:
            st.data_open.add(key)
        if reg_gap:
            st.reg_open.add(key)
        if not data_gap and not reg_gap:
            st.data_open.add(key)


def _leftover(eng: Engine) -> list[tuple[SetState, str, str]]:
    """(state, cell key, "data" | "reg") still unexplained; a raise nothing explains stays ``port-raised``."""
    out = []
    for st in eng.states:
        for k in sorted(st.data_open):
            out.append((st, k, "data"))
        for k in sorted(st.reg_open):
            out.append((st, k, "reg"))
    return out


# -- merging with the basic findings ---------------------------------------------------------
def _merge(eng: Engine, basic: list[Finding], found: list[Finding]) -> list[Finding]:
    name = lambda st: eng.origin.get(st.name, st.name)
    explained_raise = {name(st) for st in eng.states if st.raised and st.raise_explained}
    fixed_by_conv = set()
    if any(f.data.get("convention") or f.data.get("representation") for f in found):
        fixed_by_conv = {name(st) for st in eng.states if st.ran}
    # what the port returned under Octave's convention (a missing output, NaN rows, a shift) is the symptom
    # of the convention the search found, not a finding of its own, on every set the convention runs
    symptoms = set(VALUE_KIND_IDS) if fixed_by_conv else set()
    out = []
    mutation = [f for f in found if f.id == "input-mutation"]
    for f in basic:
        if f.id in _RAISE_IDS and (f.input_set in explained_raise or f.input_set in fixed_by_conv):
            continue
        if f.id in symptoms and f.input_set in fixed_by_conv:
            continue
        if f.id == "input-mutation" and mutation:
            continue
        out.append(f)
    raised_basic = [f for f in out if f.id in _RAISE_IDS]
    if raised_basic:
        # one finding per distinct raise site, naming the sets it happened on
        by_site = {}
        for f in raised_basic:
            by_site.setdefault((f.title, f.location), []).append(f.input_set)
        merged = []
        seen = set()
        for f in out:
            if f.id not in _RAISE_IDS:
                merged.append(f)
                continue
            key = (f.title, f.location)
            if key in seen:
                continue
            seen.add(key)
            sets = by_site[key]
            n = len(eng.ctx.sets)
            on = "" if len(sets) == n else set_list(sets)
            merged.append(Finding(f.id, f.status, f.title + (f" on {on}" if on else f" on all {n} input sets" if n > 1 else ""),
                                  f.evidence, f.location, f.fix, "" if len(sets) == n else sets[0], f.details, f.data))
        out = merged
    return found + out if found else out
