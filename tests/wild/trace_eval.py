"""The trace on the blind corpus: is the first divergent line the line of the mistake?

Run ``python -m tests.wild.trace_eval`` (``make diagnose-eval`` runs it after the
diagnosis evaluation). Every ``kind = "bug"`` port of ``tests/wild/*/manifest.toml``
is traced (:func:`portcheck.trace.run.trace_case`, one Octave session for all) on
the first input set where its outputs differ from Octave's, and the line it
reports is compared with the manifest's ``lines``:

* **exact**: the reported line is the line of the mistake -- the earlier one
  when the port has two (``python2`` causes aside: they are where the file does
  not compile, not where a value departs);
* **near**: within 2 lines of it;
* **wrong**: anywhere else (the line of the port's *other* mistake is said so);
* **none**: no divergence found (the outputs agree on every input set run: the
  inputs do not expose the mistake, or the trace saw nothing);
* **error**: the port could not be traced (it does not load -- Python 2 --, or
  the trace raised).

The ``kind = "correct"`` ports are traced the same way as controls: any line
reported there is a false alarm.

Inputs are the built-in case's input sets, each also with every all-zero
floating-point input replaced by small seeded random values and ``lambda`` set
to 1.5 (course data often starts from ``theta = zeros``, which hides
regularisation mistakes); references without a built-in case
(``sigmoidGradient``, ``debugInitializeWeights``, ex4 ``predict``) get a few
hand-made input sets. A port whose manifest names a separate gradient function
is traced through that function too when the cost function agrees.

The manifests are read, never edited; nothing here is tuned per port.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
WILD = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from portcheck.cases import get_case  # noqa: E402
from portcheck.cases.base import InputSet  # noqa: E402
from portcheck.cases.project import user_case  # noqa: E402
from portcheck.errors import PortcheckError, UsageError  # noqa: E402
from portcheck.octave import OctaveSession, reference_dir  # noqa: E402
from portcheck.runner import load_port  # noqa: E402
from portcheck.signature import read_m_signature  # noqa: E402
from portcheck.trace.run import trace_case  # noqa: E402

CATEGORIES = ("exact", "near", "wrong", "none", "error")


@dataclass
class Outcome:
    id: str
    reference: str
    expected: tuple
    category: str
    reported: int | None = None
    reason: str = ""
    input_set: str = ""
    detail: str = ""


def bug_ports(only: str | None = None, kind: str = "bug") -> list[dict]:
    """Every port of the corpus of ``kind`` (``bug``, ``correct``), with its manifest's folder."""
    out = []
    for manifest in sorted(WILD.glob("*/manifest.toml")):
        for port in tomllib.loads(manifest.read_text())["port"]:
            if port["kind"] == kind and (only is None or only in (port["id"], port["reference"])):
                out.append(dict(port, root=manifest.parent))
    return out


def expected_lines(port: dict) -> tuple:
    """The lines of the mistakes whose values depart (not the Python 2 ones), earliest first."""
    lines = [ln for cause, ln in zip(port["causes"], port["lines"]) if cause != "python2"]
    return tuple(sorted(lines or port["lines"]))


# --------------------------------------------------------------------------- inputs


def _ex4_sets(reference: str) -> list[dict]:
    rng = np.random.default_rng(12)
    if reference == "sigmoidGradient":
        return [{"z": np.array([[-2.0, -0.5, 0.0, 0.5, 2.0]])}, {"z": rng.normal(size=(4, 3))}, {"z": np.array([[0.3]])}]
    if reference == "debugInitializeWeights":
        return [{"fan_out": np.array([[5.0]]), "fan_in": np.array([[3.0]])},
                {"fan_out": np.array([[3.0]]), "fan_in": np.array([[4.0]])}]
    if reference == "ex4/predict":
        return [{"Theta1": 2 * rng.normal(size=(5, 4)), "Theta2": 2 * rng.normal(size=(3, 6)), "X": rng.normal(size=(8, 3))}
                for _ in range(3)]
    raise KeyError(reference)


def _exposing(s: InputSet, lambda_names=("lambda",)) -> InputSet | None:
    """``s`` with all-zero float inputs made small seeded random values and lambda 1.5 (None if nothing changes)."""
    rng = np.random.default_rng(7)
    values, changed = dict(s.values), False
    for name, v in s.values.items():
        a = np.asarray(v)
        if name in lambda_names and a.size == 1 and float(a.ravel()[0]) != 1.5:
            values[name], changed = np.full(a.shape, 1.5) if a.ndim else 1.5, True
        elif a.dtype.kind == "f" and a.size > 1 and not np.any(a):
            values[name], changed = 0.5 * rng.normal(size=a.shape), True
    if not changed:
        return None
    port_values = {k: values[k].ravel() if np.ndim(v) == 1 and k in values else v for k, v in s.port_values.items()}
    return replace(s, name=s.name + ", exposing", values=values, port_values=port_values)


def case_and_sets(port: dict, spec: str):
    """The case to trace against and its input sets."""
    reference = port["reference"]
    if reference in ("sigmoidGradient", "debugInitializeWeights", "ex4/predict"):
        ref = reference_dir("ex4") / f"{reference.split('/')[-1]}.m"
        case = user_case(ref, spec, _ex4_sets(reference), name=reference)
        return case, case.build_inputs()
    case = get_case(reference)
    sets = list(case.build_inputs())
    sets += [x for x in (_exposing(s) for s in sets) if x is not None]
    return case, sets


def arg_overrides(port: dict, reference_path: Path) -> dict | None:
    """The manifest's ``args`` that name a reference input (the others are notes for a human caller)."""
    inputs = set(read_m_signature(reference_path).inputs)
    pairs = {p: o for p, o in port["args"].items() if o in inputs and p != o}
    return pairs or None


# --------------------------------------------------------------------------- one port


def _classify(port: dict, tr) -> Outcome:
    exp = expected_lines(port)
    base = Outcome(port["id"], port["reference"], exp, "none", input_set=tr.input_set)
    fd = tr.first
    if fd is None:
        base.detail = tr.reference_error or "every intermediate agrees on the sets run"
        return base
    own = Path(fd.file).resolve() == (port["root"] / port["file"]).resolve()
    base.reported, base.reason = fd.line, fd.reason
    base.detail = f"{Path(fd.file).name}:{fd.line} {fd.code[:60]} -- {fd.message[:90]}"
    if not exp:  # a correct port: any line is a false alarm
        base.category = "wrong"
    elif own and fd.line == exp[0]:
        base.category = "exact"
    elif own and abs(fd.line - exp[0]) <= 2:
        base.category = "near"
    else:
        base.category = "wrong"
        if own and fd.line in exp[1:]:
            base.detail = "(the other mistake's line) " + base.detail
    return base


def evaluate_port(port: dict, session) -> Outcome:
    path = port["root"] / port["file"]
    exp = expected_lines(port)
    try:
        func = load_port(f"{path}:{port['function']}", timeout=120)
    except PortcheckError as exc:
        return Outcome(port["id"], port["reference"], exp, "error", detail=f"port does not load: {exc.message[:100]}")
    try:
        case, sets = case_and_sets(port, f"{path}:{port['function']}")
        overrides = arg_overrides(port, case.reference_path)
        tr = trace_case(case, func, port_label=port["id"], session=session, input_sets=sets, arg_overrides=overrides,
                        timeout=120)
        if tr.first is None and port["gradient_function"]:
            grad = load_port(f"{path}:{port['gradient_function']}", timeout=120)
            tr = trace_case(case, grad, port_label=port["id"], session=session, input_sets=sets,
                            arg_overrides=overrides, timeout=120)
    except (PortcheckError, UsageError) as exc:
        return Outcome(port["id"], port["reference"], exp, "error", detail=f"trace not run: {exc.message[:100]}")
    except Exception as exc:  # a bug in the trace: counted, shown, never hidden
        return Outcome(port["id"], port["reference"], exp, "error", detail=f"trace raised {type(exc).__name__}: {exc}"[:140])
    return _classify(port, tr)


# --------------------------------------------------------------------------- the table


def controls(outcomes: list[Outcome]) -> str:
    """The correct ports: a divergence reported there is a false alarm."""
    alarms = [o for o in outcomes if o.category not in ("none", "error")]
    errors = [o for o in outcomes if o.category == "error"]
    lines = [f"controls (correct ports): {len(outcomes) - len(alarms) - len(errors)}/{len(outcomes)} without a divergence, "
             f"{len(alarms)} false alarms, {len(errors)} not traced"]
    lines += [f"  false alarm {o.id:<10} {o.reference:<22} {o.detail}" for o in alarms]
    lines += [f"  not traced  {o.id:<10} {o.reference:<22} {o.detail}" for o in errors]
    return "\n".join(lines)


def report(outcomes: list[Outcome], seconds: float) -> str:
    n = len(outcomes)
    counts = {c: sum(o.category == c for o in outcomes) for c in CATEGORIES}
    lines = [f"trace on the wild corpus: {n} buggy ports, {seconds:.0f} s", ""]
    lines.append(f"{'id':<12} {'reference':<24} {'mistake':<9} {'reported':<9} {'result':<6} detail")
    for o in outcomes:
        exp = ",".join(map(str, o.expected))
        lines.append(f"{o.id:<12} {o.reference:<24} {exp:<9} {str(o.reported or '-'):<9} {o.category:<6} {o.detail}")
    lines.append("")
    traced = n - counts["error"]
    lines.append("  ".join(f"{c} {counts[c]}" for c in CATEGORIES))
    lines.append(f"line of the mistake: {counts['exact']}/{n} ({100 * counts['exact'] / max(n, 1):.0f}%); "
                 f"within 2 lines: {counts['exact'] + counts['near']}/{n}; "
                 f"of the {traced} ports that could be traced: {counts['exact']}/{traced} exact")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", metavar="ID|REFERENCE", help="one port id or one reference")
    parser.add_argument("--no-controls", action="store_true", help="skip the correct ports")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    with OctaveSession() as session:
        outcomes = [evaluate_port(p, session) for p in bug_ports(args.only)]
        checks = [] if args.no_controls else [evaluate_port(p, session) for p in bug_ports(args.only, "correct")]
    print(report(outcomes, time.perf_counter() - start))
    if checks:
        print("\n" + controls(checks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
