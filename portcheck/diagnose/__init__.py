"""Diagnosis: from a divergence to named porting mistakes (Findings).

The full engine (probes, relations, self-consistency) lives in the modules of
this package; :func:`diagnose` is the one entry point the pipeline calls.
"""
from __future__ import annotations

from .finding import STATUS_ORDER, STATUSES, Finding
from .basic import basic_findings

__all__ = ["Finding", "STATUSES", "STATUS_ORDER", "diagnose", "sort_findings"]


def sort_findings(findings) -> tuple[Finding, ...]:
    """Confirmed first, then consistent, unexplained, noted; stable within a status."""
    return tuple(sorted(findings, key=lambda f: STATUS_ORDER.get(f.status, 99)))


def diagnose(ctx) -> tuple[Finding, ...]:
    """All findings for a comparison context (see :class:`portcheck.pipeline.DiagnosisContext`).

    The engine (:mod:`.engine`) runs only on a divergence; it merges the basic
    findings into its own (a raise it explains is folded into the finding
    that explains it).
    """
    findings = list(basic_findings(ctx))
    if not ctx.all_parity:
        from .engine import engine_findings

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
