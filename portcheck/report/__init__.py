"""Renderings of a comparison (:class:`~portcheck.workflow.pipeline.CompareResult`): text, JSON, Markdown.

Pure functions: a result in, a string (or a dict) out; they never print. The
``--all`` summary of many comparisons is :mod:`.summary`. Numbers and
locations are written by :mod:`portcheck.formatting`, as everywhere.
"""
from ..formatting import fmt, fmt_small
from .json import JSON_SCHEMA_VERSION, render_json, to_json_dict
from .markdown import render_markdown
from .text import render_text, verdict_line

__all__ = ["render_text", "render_json", "to_json_dict", "render_markdown", "verdict_line", "fmt", "fmt_small",
           "JSON_SCHEMA_VERSION"]
