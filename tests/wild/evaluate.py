"""Measure the diagnosis on a corpus of ports portcheck's developers did not write.

    python -m tests.wild.evaluate                 # the blind corpus tests/wild/
    python -m tests.wild.evaluate DIR [DIR ...]   # any corpus laid out the same way
    python -m tests.wild.evaluate --verbose       # one line per port as well

A corpus is a directory holding ``*/manifest.toml`` files (any depth). Each
``[[port]]`` names a file, a function, the Octave ``reference`` (a built-in
case), its ``kind`` (``correct``, ``convention``, ``bug``), the ``conventions``
it uses and the ``causes`` of its mistakes. Every port goes through the compare
workflow a user gets (:func:`portcheck.workflow.pipeline.compare_case` on
``FILE.py:FUNC``, the case's own inputs), all in ONE Octave session. The
manifest's ``gradient_function`` and ``args`` are *not* given to portcheck:
finding them is the tool's job.

Verdicts read finding ids (and the ``data`` the findings carry), never words of
the report. :data:`CAUSE_IDS` is the one table from a manifest's cause label to
the finding ids that name it:

* ``correct``: parity (exit 0); representation notes are allowed. Anything else
  is a *false divergence*.
* ``convention``: exit 1, and the convention findings (``data["conventions"]``
  of the findings marked ``own_convention``) name exactly the manifest's
  conventions; declared with ``conventions=`` the port is at parity (else a
  *false divergence*). Exit 0 undeclared is a *false parity*.
* ``bug``: *named* when the top finding's id is accepted for one of its causes
  (or conventions), every cause is named by a confirmed or consistent finding,
  and no confirmed or consistent finding names a cause the port does not have
  (else a *wrong cause*). Exit 0 is a *false parity*, except a port whose only
  causes are representation hazards (:data:`HAZARDS`: ``y-shape-broadcast``,
  and ``overflow`` by ``-y`` on uint8 0/1 targets) and whose report carries
  their findings, noted (the issue makes ``(m,)``/``(m,1)`` and integer
  classes representations): counted in its own row. Those causes are named by
  their finding at any status.
* A course reading confirmed by a one-line repair (``data["repaired_as"]``: "one
  missing trailing column" confirmed by ``range(2, p)`` -> ``range(2, p + 1)``)
  names a cause in its own words or the repair's.
* ``python2`` / ``pandas-removed-api`` must come as environment-drift findings
  and the real bug must still be named after the shim.

Exit status 0 when nothing is wrong (no false parity, false divergence or wrong
cause, every bug named), 1 otherwise.
"""
from __future__ import annotations

import argparse
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CAUSE_IDS", "NEUTRAL_IDS", "Entry", "Outcome", "load_corpus", "judge", "evaluate", "render", "main"]

HERE = Path(__file__).resolve().parent

#: Manifest cause label -> the finding ids that name it. The README shows this table.
CAUSE_IDS: dict[str, frozenset] = {k: frozenset(v) for k, v in {
    # conventions (the manifest's ``conventions``; also accepted as causes)
    "row-major-params": {"unroll-order"},
    "zero-based-labels": {"label-base"},
    "x-with-bias": {"x-bias-column"},
    "x-without-bias": {"x-without-bias"},
    "x-transposed": {"x-transposed", "transposed-data"},
    "transposed-data": {"x-transposed", "transposed-data", "transpose"},  # examples as columns, outputs too
    "separate-gradient": {"separate-gradient"},
    "blocks-returned": {"output-mapping"},
    "y-one-hot-input": {"y-one-hot-input"},
    "outputs-transposed": {"transpose"},
    # layout and indexing
    "unroll-order": {"unroll-order"},
    "reshape-order": {"reshape-order", "unroll-order"},
    "transpose": {"transpose"},
    "label-base": {"label-base"},
    # the brief's index-shift is "range(p) for 1:p, a loop starting at 0 where Octave starts at 1, or the reverse":
    # the one-line repairs of a range's end or start bound are that slip, named at its line (a loop from 1 that skips
    # its first iteration is "the reverse")
    "index-shift": {"index-shift", "range-end", "index-base", "first-iteration-skipped"},
    "y-shape-broadcast": {"y-shape-broadcast"},
    "onehot-from-data": {"onehot-from-data"},
    "onehot-raw-labels": {"onehot-raw-labels"},
    "classes-hardcoded": {"classes-hardcoded"},
    "bias-column": {"bias-column"},
    # regularisation
    "reg-bias": {"reg-bias"},
    "reg-row0": {"reg-row0"},
    "reg-bias-constant": {"reg-bias-constant"},
    "reg-sign": {"reg-sign"},
    "reg-scale": {"reg-scale"},
    "reg-missing": {"reg-missing"},
    "grad-reg-missing": {"grad-reg-missing"},
    "lambda-ignored": {"lambda-ignored"},
    "lambda-squared": {"lambda-squared"},
    "theta-slice": {"theta-slice", "index-base"},  # the brief's "(or similar slice off by one)": a slice bound repaired
    # the data term
    "missing-1-over-m": {"missing-1-over-m", "constant-factor", "precedence"},  # x / 2*m: the m multiplies
    "wrong-m": {"wrong-m", "wrong-dimension"},        # the repair .shape[1] -> .shape[0] of the line that takes m
    "reduction-axis": {"reduction-axis", "wrong-m"},
    "std-ddof": {"std-ddof"},
    "wrong-derivative": {"per-unit-factor", "wrong-derivative"},
    "elementwise-vs-matrix": {"elementwise-vs-matrix"},
    "first-example-dropped": {"first-example-dropped", "first-iteration-skipped"},
    "grad-zero": {"grad-zero"},
    "unmasked-term": {"unmasked-term"},
    "constant-factor": {"constant-factor"},
    "squeeze-m1": {"squeeze-m1"},
    "precision": {"precision"},
    # side effects
    "input-mutation": {"input-mutation"},
    "nondeterministic": {"nondeterministic"},
    # environment drift
    "python2": {"python2"},
    "integer-division": {"integer-division"},
    "pandas-removed-api": {"pandas-removed-api"},
    # labels added to the brief for the n, o, p corpora (free text before)
    "comparison": {"comparison", "round-half"},       # "ties broken the other way": np.round's half to even too
    "non-simultaneous-update": {"non-simultaneous-update"},
    "overflow": {"overflow", "unsigned-wrap"},     # -y on uint8 labels wraps: an integer overflow
    "column-order": {"column-order", "reversed"},     # columns in reverse order is one other order
    "numpy2-scalar": {"numpy2-scalar"},
    "numpy-removed-alias": {"numpy-removed-alias"},
    "ragged-array": {"ragged-array"},
    # labels added to the brief for the fifth round (free text before)
    "pseudo-inverse": {"pseudo-inverse"},
    "empty-guard": {"empty-guard"},
    "repo-import": {"repo-import"},
    # labels added to the brief for the sixth round (free text before)
    "extra-step": {"extra-step"},
    "wrong-variable": {"wrong-variable"},
}.items()}

#: Causes that a *noted* finding names: silent only under one of a caller's natural representations, which the
#: issue makes free -- ``(m,1)`` against ``(m,)``, and ``-y`` on 0/1 targets held as uint8 (a ``.mat`` file's class).
HAZARDS = {"y-shape-broadcast": "y-shape-broadcast", "overflow": "unsigned-wrap"}

#: Findings that name no mistake: where it raised, what the rest is, notes.
NEUTRAL_IDS = frozenset({"port-raised", "port-timeout", "unexplained", "self-consistency", "output-mapping",
                         "block-local", "representation", "reference-raised", "declared-convention"})

#: Causes the manifest spells as free text ("other: ..."): no finding id can name them.
OTHER = "other:"


@dataclass(frozen=True)
class Entry:
    """One ``[[port]]`` of a manifest."""

    id: str
    path: Path
    function: str
    reference: str
    kind: str
    conventions: tuple
    causes: tuple

    @property
    def spec(self) -> str:
        return f"{self.path}:{self.function}"


@dataclass
class Outcome:
    """What portcheck said about one port: exit code, findings, and the declared run."""

    exit: int
    findings: list = field(default_factory=list)   # [(id, status, data)]
    declared_exit: int | None = None
    error: str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class Verdict:
    entry: Entry
    outcome: Outcome
    named: bool = False
    false_parity: bool = False
    false_divergence: bool = False
    wrong_cause: bool = False
    y_shape_parity: bool = False
    why: str = ""


def load_corpus(roots) -> list[Entry]:
    """Every ``[[port]]`` of every ``manifest.toml`` under ``roots``, in path order."""
    out = []
    for root in roots:
        for mf in sorted(Path(root).rglob("manifest.toml")):
            data = tomllib.loads(mf.read_text(encoding="utf-8"))
            for p in data.get("port", []):
                out.append(Entry(p["id"], (mf.parent / p["file"]).resolve(), p["function"], p["reference"],
                                 p["kind"], tuple(p.get("conventions", ())), tuple(p.get("causes", ()))))
    return out


# -- running ---------------------------------------------------------------------------------
def _findings(result) -> list:
    return [(f.id, f.status, dict(f.data)) for f in result.findings]


def run_entry(entry: Entry, session) -> Outcome:
    """Compare one port the way ``portcheck compare REF --python FILE.py:FUNC`` does; declared too for conventions."""
    from portcheck.cases import get_case
    from portcheck.errors import PortcheckError
    from portcheck.runner import load_port
    from portcheck.workflow.pipeline import compare_case

    start = time.perf_counter()
    try:
        case = get_case(entry.reference, project=False)
        port = load_port(entry.spec)
        res = compare_case(case, port=port, port_label=entry.spec, session=session)
        out = Outcome(res.exit_code, _findings(res))
        if entry.kind == "convention" or (entry.conventions and res.exit_code == 1):
            declared = _declared(entry, res)
            if declared:
                dres = compare_case(case, port=port, port_label=entry.spec, session=session, conventions=declared)
                out.declared_exit = dres.exit_code
    except PortcheckError as exc:
        out = Outcome(2, error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a bug in portcheck: exit 3, shown, counted
        out = Outcome(3, error=f"{type(exc).__name__}: {exc}")
    out.seconds = time.perf_counter() - start
    return out


def _declared(entry: Entry, res) -> list:
    """The manifest's conventions in portcheck's names: the brief's ``transposed-data`` (examples as columns) is
    portcheck's ``x-transposed`` or ``transposed-data``, with ``outputs-transposed`` when the outputs come so too."""
    declared = [c for c in entry.conventions if not c.startswith("other:") and c not in _FREE_CONVENTIONS]
    if "transposed-data" not in declared:
        return declared
    named = {c for f in res.findings if f.status == "confirmed" and f.data.get("own_convention")
             for c in f.data.get("conventions", ())} & _TRANSPOSED
    return [c for c in declared if c != "transposed-data"] + (sorted(named) or ["transposed-data"])


_TRANSPOSED = frozenset({"x-transposed", "transposed-data", "outputs-transposed"})

#: Conventions portcheck takes as representation (nothing to name, nothing to declare): arguments are mapped by name.
_FREE_CONVENTIONS = frozenset({"arguments-reordered"})


# -- judging ---------------------------------------------------------------------------------
#: The brief's convention labels and portcheck's family names for the same thing (the brief says "transposed-data"
#: for any input the port takes transposed; portcheck says x-transposed for X, transposed-data for the others).
_SAME_CONVENTION = {"x-transposed": "transposed-data"}


def _accepted(labels) -> frozenset:
    ids = set()
    for lab in labels:
        ids |= CAUSE_IDS.get(lab, frozenset())
    return frozenset(ids)


def _named_by(ids, cause: str) -> bool:
    return bool(CAUSE_IDS.get(cause, frozenset()) & set(ids))


def judge(entry: Entry, out: Outcome) -> Verdict:
    """The verdict on one port (see the module docstring for the rules)."""
    strong = [(i, d) for i, s, d in out.findings if s in ("confirmed", "consistent")]
    # a course reading confirmed by a one-line repair also names the mistake in the repair's words
    strong_ids = [i for i, _ in strong] + [d["repaired_as"] for _, d in strong if d.get("repaired_as")]
    # ... and is a wrong cause only when neither its words nor the repair's name one of the port's
    readings = [(i, d.get("repaired_as")) for i, d in strong]
    all_ids = [i for i, _, _ in out.findings]
    top, top_as = next(((i, d.get("repaired_as")) for i, s, d in out.findings if s != "noted"), (None, None))
    if entry.kind == "correct":
        ok = out.exit == 0
        return Verdict(entry, out, named=ok, false_divergence=not ok, why="" if ok else f"exit {out.exit}, top {top}")
    own = set()
    for _, d in strong:
        if d.get("own_convention"):
            own |= {_SAME_CONVENTION.get(c, c) for c in d.get("conventions", ())}
    if "transposed-data" in entry.conventions and "transposed-data" in own:
        own.discard("outputs-transposed")  # examples as columns, in and out: one convention in the brief's words
    if entry.kind == "convention":
        want = {_SAME_CONVENTION.get(c, c) for c in entry.conventions} - _FREE_CONVENTIONS
        if not want:  # only a representation (its own argument order): right for a caller who reads the signature
            ok = out.exit == 0
            return Verdict(entry, out, named=ok, false_divergence=not ok, why="" if ok else f"exit {out.exit}, top {top}")
        if out.exit == 0:
            return Verdict(entry, out, false_parity=True, why="parity without the convention declared")
        wrong = bool([i for i, r in readings if i not in NEUTRAL_IDS and i not in _accepted(entry.conventions)
                      and r not in _accepted(entry.conventions)])
        declared_ok = out.declared_exit in (None, 0)
        named = out.exit == 1 and own == want and declared_ok
        why = "" if named else f"named {sorted(own)} (want {sorted(want)}), declared exit {out.declared_exit}, top {top}"
        return Verdict(entry, out, named=named, false_divergence=not declared_ok, wrong_cause=wrong, why=why)
    causes = [c for c in entry.causes]
    hazard = lambda c: HAZARDS.get(c) in all_ids  # a representation hazard names its cause even when only noted
    if out.exit == 0:
        if causes and all(hazard(c) for c in causes):
            return Verdict(entry, out, named=True, y_shape_parity=True)
        return Verdict(entry, out, false_parity=True, why="parity")
    allowed = _accepted(causes) | _accepted(entry.conventions)
    if {"python2", "pandas-removed-api"} & set(causes):  # code of that era also meets NumPy 2's removals
        allowed |= {"numpy2-scalar", "numpy-removed-alias"}
    wrong = [i for i, r in readings if i not in NEUTRAL_IDS and i not in allowed and r not in allowed]
    missing = [c for c in causes if not (_named_by(strong_ids, c) or hazard(c))]
    top_ok = top in allowed or top_as in allowed
    named = out.exit == 1 and top_ok and not missing and not wrong
    why = "" if named else (f"exit {out.exit} {out.error}".strip() if out.exit not in (0, 1) else
                            f"top {top}; not named: {missing}; wrong: {wrong}")
    return Verdict(entry, out, named=named, wrong_cause=bool(wrong), why=why)


# -- the table ---------------------------------------------------------------------------------
def render(verdicts, verbose: bool = False) -> tuple[str, bool]:
    """The per-function table, the totals and the misses; and whether everything is right."""
    rows: dict[str, list] = {}
    for v in verdicts:
        r = rows.setdefault(v.entry.reference, [0, 0, 0, 0, 0, 0, 0, 0])
        r[0] += 1
        r[1] += v.entry.kind == "correct"
        r[2] += v.entry.kind == "correct" and v.named
        r[3] += v.entry.kind != "correct"
        r[4] += v.entry.kind != "correct" and v.named
        r[5] += v.false_parity
        r[6] += v.false_divergence
        r[7] += v.wrong_cause
    head = f"{'function':<24} {'ports':>5} {'correct at parity':>17} {'named':>9} {'false parity':>12} {'false div.':>10} {'wrong cause':>11}"
    lines = [head, "-" * len(head)]
    tot = [0] * 8
    for name in sorted(rows):
        r = rows[name]
        tot = [a + b for a, b in zip(tot, r)]
        lines.append(f"{name:<24} {r[0]:>5} {f'{r[2]}/{r[1]}':>17} {f'{r[4]}/{r[3]}':>9} {r[5]:>12} {r[6]:>10} {r[7]:>11}")
    lines.append("-" * len(head))
    lines.append(f"{'total':<24} {tot[0]:>5} {f'{tot[2]}/{tot[1]}':>17} {f'{tot[4]}/{tot[3]}':>9} {tot[5]:>12} {tot[6]:>10} {tot[7]:>11}")
    bugs = [v for v in verdicts if v.entry.kind == "bug"]
    convs = [v for v in verdicts if v.entry.kind == "convention"]
    nb = sum(v.named for v in bugs)
    other = [v for v in bugs if any(c.startswith(OTHER) for c in v.entry.causes)]
    lines.append("")
    lines.append(f"buggy ports named with the true cause: {nb}/{len(bugs)} ({100 * nb / max(len(bugs), 1):.1f}%)"
                 f"; own-convention ports named: {sum(v.named for v in convs)}/{len(convs)}")
    ys = [v for v in verdicts if v.y_shape_parity]
    if ys:
        lines.append(f"representation hazards alone (y-shape-broadcast, uint8 wrap), at parity with the hazard noted: {len(ys)} "
                     f"({', '.join(v.entry.id for v in ys)}) -- counted as named, not as parity")
    if other:
        lines.append(f"ports with a cause only free text names ('other: ...'): {len(other)} "
                     f"({', '.join(v.entry.id for v in other)})")
    misses = [v for v in verdicts if not v.named or v.false_parity or v.false_divergence or v.wrong_cause]
    if misses:
        lines.append("")
        lines.append("misses:")
        for v in misses:
            lines.append(f"  {v.entry.id:<11} {v.entry.kind:<10} {','.join(v.entry.conventions + v.entry.causes)[:60]:<60} {v.why}")
    if verbose:
        lines.append("")
        for v in verdicts:
            ids = [f"{i}({s[:4]})" for i, s, _ in v.outcome.findings]
            lines.append(f"  {v.entry.id:<11} exit {v.outcome.exit} {v.outcome.seconds:5.1f}s {' '.join(ids)}")
    ok = not misses
    return "\n".join(lines), ok


def evaluate(roots, session=None, progress=None) -> list[Verdict]:
    """Run and judge every port of the corpora under ``roots``, sharing one Octave session."""
    from portcheck.octave import OctaveSession

    entries = load_corpus(roots)
    own = session is None
    if own:
        session = OctaveSession()
    verdicts = []
    try:
        for entry in entries:
            out = run_entry(entry, session)
            verdicts.append(judge(entry, out))
            if progress is not None:
                progress(verdicts[-1])
    finally:
        if own:
            session.close()
    return verdicts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.wild.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("roots", nargs="*", default=[str(HERE)], help="corpus directories (default: tests/wild)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per port with its findings")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    verdicts = evaluate(args.roots)
    text, ok = render(verdicts, verbose=args.verbose)
    print(text)
    print(f"{len(verdicts)} ports, {time.perf_counter() - start:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
