"""The machine-readable rendering of one published `Summary`, for the department that
consolidates the city's centres (schema `oberih.summary`, version 2).

Protected exactly like the PDF and CSV of the same release: it is rendered from the same
`Summary`, after disclosure control, so a withheld cell carries its protection state
and no value. Like the CSV it holds nothing that changes between runs (no generation
time, no role): the same release gives the same bytes.

Schema, version 2 (a new version is a new number; readers check it):
- `schema` "oberih.summary", `schema_version` 2, `producer` {name, version};
- `centre`, `language` ("uk"/"en"), `k`, `period` {start, end (ISO dates, inclusive),
  label};
- `figures`: [{key, label, value, state}];
- `tables`: [{key, title, row_header, columns, rows: [{label, total, cells: [{value,
  state}]}]}];
- `series`: [{key, title, unit, months, cells: [{value, state}]}];
- `definitions`: [{key, name, text}], the indicator definitions of the appendix;
- `disclosure_rule`: the text of the rule as printed in the PDF;
- `site` (only in the summary of one site, reports/site_figures.py): the site's code; such
  a document holds counts of things only and `consolidate` refuses it.
`value` is a number, or null when the cell is withheld; `state` is one of
"shown", "below_k" (a count from 1 to k-1), "hidden_to_protect" (hidden so that a
"below_k" cell cannot be worked out), "statistic_withheld" (a mean, median or
percentage over fewer than 2k people).

Version 2 keeps every field of version 1 and adds the department's tables (by `key`):
`services_by_classifier` (people and services by the classifier of social services),
`cases_by_group`, `course_participants_by_group` and `programmes_by_aim`. A version-1
document is a version-2 document without them, so `consolidate` reads both
(`READABLE_VERSIONS`) and leaves out a table that any input lacks.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from .model import Cell, CellState, Summary

SCHEMA = "oberih.summary"
SCHEMA_VERSION = 2
READABLE_VERSIONS = (1, 2)  # what consolidate accepts: 2 only adds tables to 1
_STATES = {
    CellState.SHOWN: "shown",
    CellState.PRIMARY: "below_k",
    CellState.COMPLEMENTARY: "hidden_to_protect",
}


def render_json(summary: Summary) -> bytes:
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "producer": {"name": "oberih", "version": __version__},
        "centre": summary.centre,
        "language": summary.language,
        "k": summary.k,
        "period": {
            "start": summary.period_start.isoformat(),
            "end": summary.period_end.isoformat(),
            "label": summary.period_label,
        },
        "figures": [
            {"key": f.key, "label": f.label, **_withheld(f.value, f.text)} for f in summary.figures
        ],
        "tables": [
            {
                "key": t.key,
                "title": t.title,
                "row_header": t.row_header,
                "columns": list(t.columns),
                "rows": [
                    {"label": r.label, "total": r.is_total, "cells": [_cell(c) for c in r.cells]}
                    for r in t.rows
                ],
            }
            for t in summary.tables
        ],
        "series": [
            {
                "key": x.key,
                "title": x.title,
                "unit": x.unit,
                "months": list(x.labels),
                "cells": [_withheld(v, text) for v, text in zip(x.values, x.texts, strict=True)],
            }
            for x in summary.series
        ],
        "definitions": [
            {"key": d.key, "name": d.name, "text": d.text} for d in summary.definitions
        ],
        "disclosure_rule": summary.disclosure_rule,
    }
    if summary.site is not None:  # one site's counts of things: never consolidated
        doc["site"] = summary.site
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _cell(cell: Cell) -> dict[str, Any]:
    return {"value": cell.value, "state": _STATES[cell.state]}


def _withheld(value: float | int | None, text: str) -> dict[str, Any]:
    """A figure or series value: its number, or the state its mark stands for."""
    if value is not None:
        return {"value": round(value, 1) if isinstance(value, float) else value, "state": "shown"}
    if text.startswith("<"):
        state = "below_k"
    elif text == "×":
        state = "hidden_to_protect"
    else:
        state = "statistic_withheld"
    return {"value": None, "state": state}
