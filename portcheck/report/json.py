"""The JSON document of a comparison (``--json``; the schema is docs/json.md).

One document per run, strict JSON: non-finite numbers as the strings ``"nan"``,
``"inf"``, ``"-inf"`` (:func:`portcheck.formatting.to_jsonable`), arrays by
shape and dtype with up to 50 values in column-major order.
"""
from __future__ import annotations

import json

import numpy as np

from ..formatting import to_jsonable
from .text import verdict_line

__all__ = ["JSON_SCHEMA_VERSION", "to_json_dict", "render_json"]

JSON_SCHEMA_VERSION = 1


def _value_json(value, limit: int = 50):
    a = np.asarray(value) if value is not None else None
    if a is None or a.dtype.kind not in "biufc":
        return {"type": type(value).__name__}
    flat = a.ravel(order="F")
    return {"shape": list(a.shape), "dtype": str(a.dtype), "values": to_jsonable(flat[:limit].tolist()), "truncated": bool(flat.size > limit)}


def _input_json(value) -> dict:
    if getattr(value, "is_handle", False) or callable(value):
        return {"type": "function", "value": repr(value)}
    a = np.asarray(value)
    one = a.size == 1 and a.dtype.kind in "biufc"
    return _value_json(value, 0) | ({"value": to_jsonable(a.reshape(-1)[0].item())} if one else {})


def to_json_dict(result) -> dict:
    """The JSON document as a dict (schema in docs/json.md)."""
    sets = []
    for s in result.sets:
        entry = {
            "name": s.input_set.name,
            "status": s.status,
            "inputs": {k: _input_json(v) for k, v in s.input_set.values.items()},
            "octave": {"outputs": [_value_json(o) for o in s.reference.outputs] if s.reference.outputs else None,
                       "error": s.reference.error.message if s.reference.error else None},
            "port": {"outputs": [_value_json(o) for o in s.port.outputs] if s.port.outputs else None,
                     "returned": s.port.returned, "seconds": s.port.seconds, "mutated": list(s.port.mutated),
                     "stdout": getattr(s.port, "stdout", ""), "stderr": getattr(s.port, "stderr", ""),
                     "notes": list(getattr(s.port, "notes", ())),
                     "error": ({"type": s.port.failure.type, "message": s.port.failure.message, "file": s.port.failure.file,
                                "line": s.port.failure.line, "source": s.port.failure.source, "traceback": s.port.failure.traceback}
                               if s.port.failure else None)},
            "comparison": s.comparison.to_dict() if s.comparison else None,
        }
        sets.append(entry)
    return to_jsonable({
        "schema": JSON_SCHEMA_VERSION,
        "verdict": getattr(result, "verdict", "parity" if result.parity else "divergence"),
        "gaps": list(getattr(result, "gaps", ())),
        "exit_code": result.exit_code,
        "summary": verdict_line(result),
        "case": result.case,
        "reference": {"path": result.reference_path, "signature": result.signature},
        "port": result.port_label,
        "argument_mapping": {"method": result.mapping.method,
                             "pairs": [{"reference": r, "port": p, "how": h} for r, p, h in result.mapping.pairs],
                             "warnings": list(result.warnings)},
        "adapters": list(result.adapters),
        "octave_environment": result.environment,
        "case_origin": getattr(result, "case_origin", ""),
        "tolerances": {"rtol": result.rtol, "atol": result.atol},
        "size": result.size,
        "input_sets": sets,
        "findings": [f.to_dict() for f in result.findings],
        "calling": result.calling.to_dict() if getattr(result, "calling", None) is not None else None,
        "diagnosis": {"search": result.search or None, "conventions": list(result.conventions)},
        "versions": result.versions,
        "reference_source": result.source.to_dict(),
        "timing": {"seconds": result.seconds, "octave_round_trips": result.octave_round_trips},
        "reproduce": result.reproduce,
    })


def render_json(result) -> str:
    """One JSON document (see docs/json.md)."""
    return json.dumps(to_json_dict(result), indent=2, allow_nan=False)


