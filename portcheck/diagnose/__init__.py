"""Diagnosis: from a divergence to named porting mistakes (Findings).

:func:`diagnose` is the one entry point the workflow calls, with a
:class:`DiagnosisContext`. Modules, top to bottom: ``engine`` (the order of the
stages), ``effects`` (side effects), ``conventions`` (probes), ``regularisation``
and ``relations`` (relations between the outputs), ``consistency``
(self-consistency of each side's gradient), ``unexplained`` (what no finding
explains, located), ``basic`` (findings that need no probe), ``problem`` (the
roles of inputs and outputs), ``cells`` (outputs cut into the pieces findings
explain), ``context``, ``finding``, ``wording``.
Findings carry text and numbers; rendering them is :mod:`portcheck.report`'s job.
"""
from __future__ import annotations

from .basic import basic_findings
from .context import DiagnosisContext
from .engine import engine_findings
from .finding import STATUS_ORDER, STATUSES, Finding

__all__ = ["Finding", "DiagnosisContext", "STATUSES", "STATUS_ORDER", "diagnose", "sort_findings"]


def sort_findings(findings) -> tuple[Finding, ...]:
    """Confirmed first, then consistent, unexplained, noted; stable within a status."""
    return tuple(sorted(findings, key=lambda f: STATUS_ORDER.get(f.status, 99)))


def diagnose(ctx) -> tuple[Finding, ...]:
    """All findings for a comparison context (a :class:`DiagnosisContext`).

    The engine (:mod:`.engine`) runs only on a divergence; it merges the basic
    findings into its own (a raise it explains is folded into the finding
    that explains it).
    """
    findings = list(basic_findings(ctx))
    if not ctx.all_parity:
        findings = engine_findings(ctx, findings)
    return sort_findings(_dedupe(findings))


def _dedupe(findings):
    seen = set()
    out = []
    for f in findings:
        key = (f.id, f.status, f.location)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
