"""Run the mutant corpus through the diagnosis and print how often each mistake is named.

    python -m tests.mutants.evaluate        (what `make diagnose-eval` runs)

For every finding id: how many mutants expect it, how many got it as the top
finding, how many got another top finding, and how many were called parity
(must be 0). Controls (correct ports) must be parity. One Octave session for
everything. Exit status 0 when every mutant is named correctly, 1 otherwise.
"""
from __future__ import annotations

import sys
import tempfile
import time

__all__ = ["evaluate", "main"]


def evaluate(session=None, mutants=None, controls=None):
    """[(mutant, CompareResult)] for the corpus and the controls, sharing one Octave session."""
    from portcheck.cases import get_case
    from portcheck.octave import OctaveSession
    from portcheck.workflow.pipeline import compare_case
    from portcheck.runner import load_port

    from .corpus import CONTROLS, MUTANTS, materialise

    case = get_case("nnCostFunction")
    mutants = MUTANTS if mutants is None else mutants
    controls = CONTROLS if controls is None else controls
    own = session is None
    if own:
        session = OctaveSession(paths=[case.reference_path.parent])
    out = []
    try:
        with tempfile.TemporaryDirectory(prefix="portcheck-mutants-") as tmp:
            for mu, path in materialise(tmp, tuple(mutants) + tuple(controls)):
                port = load_port(f"{path}:nnCostFunction")
                res = compare_case(case, port=port, port_label=f"mutant {mu.name}", session=session)
                out.append((mu, res))
    finally:
        if own:
            session.close()
    return out


def top_id(result) -> str:
    """The id of the first finding, or ``parity`` when the comparison found none."""
    if result.parity:
        return "parity"
    return result.findings[0].id if result.findings else "(none)"


def table(results) -> tuple[str, bool]:
    """The per-finding-id table and whether everything was named correctly."""
    rows = {}
    wrong = []
    for mu, res in results:
        if mu.expected.startswith("parity"):
            continue
        r = rows.setdefault(mu.expected, [0, 0, 0, 0])
        r[0] += 1
        got = top_id(res)
        if got == "parity":
            r[3] += 1
            wrong.append((mu, got))
        elif got == mu.expected:
            r[1] += 1
        else:
            r[2] += 1
            wrong.append((mu, got))
    controls = [(mu, res) for mu, res in results if mu.expected.startswith("parity")]
    lines = [f"{'finding id':<20} {'mutants':>7} {'named':>6} {'wrong top':>9} {'parity':>6}"]
    tot = [0, 0, 0, 0]
    for ident in sorted(rows):
        r = rows[ident]
        tot = [a + b for a, b in zip(tot, r)]
        lines.append(f"{ident:<20} {r[0]:>7} {r[1]:>6} {r[2]:>9} {r[3]:>6}")
    lines.append(f"{'total':<20} {tot[0]:>7} {tot[1]:>6} {tot[2]:>9} {tot[3]:>6}")
    bad_controls = [(mu, top_id(res)) for mu, res in controls if not res.parity]
    lines.append(f"controls (correct ports): {len(controls) - len(bad_controls)} of {len(controls)} parity")
    for mu, got in wrong:
        lines.append(f"  WRONG {mu.name}: expected {mu.expected}, top finding {got}")
    for mu, got in bad_controls:
        lines.append(f"  CONTROL {mu.name} not parity: {got}")
    return "\n".join(lines), not wrong and not bad_controls


def main(argv=None) -> int:
    start = time.perf_counter()
    results = evaluate()
    text, ok = table(results)
    print(text)
    trips = sum(res.octave_round_trips for _, res in results)
    print(f"{len(results)} ports, {trips} Octave round trips, {time.perf_counter() - start:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
