"""Per port of the blind corpus (tests/wild): verdict and top finding id, and the count of correct ports at parity.

    python bench/wild_status.py [--kind correct] [--id nn_01 ...]

A quick measure for the calling work (issue 9 part A); the full evaluator is
``tests/wild/evaluate.py`` (issue 9 part B). Each port goes through
``compare_case`` as a user's ``portcheck compare CASE --python FILE:FUNC
--args ...`` would, in one Octave session. Manifest ``args`` entries whose
value is not a reference input name (prose such as "X(:, 2)") are dropped.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WILD = ROOT / "tests" / "wild"


def ports():
    import tomllib

    for manifest in sorted(WILD.glob("*/manifest.toml")):
        for p in tomllib.loads(manifest.read_text())["port"]:
            yield manifest.parent, p


def run_one(folder, p, session):
    from portcheck.cases import get_case
    from portcheck.errors import PortcheckError
    from portcheck.signature import read_m_signature
    from portcheck.workflow.pipeline import compare_case

    try:
        case = get_case(p["reference"], project=False)
    except PortcheckError:
        return "no-case", ""
    inputs = read_m_signature(case.reference_path).inputs
    args = {k: v for k, v in (p.get("args") or {}).items() if v in inputs}
    spec = f"{folder / p['file']}:{p['function']}"
    try:
        try:
            from portcheck.runner import load_port
            port = load_port(spec)
        except PortcheckError as exc:
            return "exit-2", type(exc).__name__
        res = compare_case(case, port=port, port_label=p["file"], session=session, arg_overrides=args or None)
    except PortcheckError as exc:
        return "exit-2", f"{type(exc).__name__}: {exc.message[:60]}"
    except Exception as exc:  # a bug in portcheck
        return "exit-3", f"{type(exc).__name__}: {str(exc)[:60]}"
    top = res.findings[0].id if res.findings else ""
    verdict = "parity" if res.exit_code == 0 else "divergence"
    return verdict, top


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", action="append", help="only ports of this kind (correct, convention, bug)")
    ap.add_argument("--id", action="append", help="only these port ids")
    a = ap.parse_args(argv)
    from portcheck.octave import OctaveSession

    counts: dict = {}
    start = time.perf_counter()
    with OctaveSession() as session:
        for folder, p in ports():
            if a.kind and p["kind"] not in a.kind or a.id and p["id"] not in a.id:
                continue
            t0 = time.perf_counter()
            verdict, top = run_one(folder, p, session)
            ok = (verdict == "parity") == (p["kind"] == "correct")
            counts.setdefault(p["kind"], [0, 0])
            counts[p["kind"]][0] += ok
            counts[p["kind"]][1] += 1
            print(f"{p['id']:<11} {p['kind']:<10} {verdict:<11} {top:<28} {time.perf_counter() - t0:5.1f}s"
                  f"  {'' if ok else '<-- ' + ('not at parity' if p['kind'] == 'correct' else 'parity')}", flush=True)
    print()
    for kind, (good, total) in sorted(counts.items()):
        what = "at parity" if kind == "correct" else "not at parity"
        print(f"{kind:<10} {what}: {good} / {total}")
    print(f"{time.perf_counter() - start:.0f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
