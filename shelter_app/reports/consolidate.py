"""The city-wide summary: the JSON summaries of several centres, added up
(`shelter-app consolidate --out city.pdf|city.csv a.json b.json …`).

Rule (printed in the appendix of the output): a figure is the sum of the same figure in
every input. A sum that includes a figure hidden in any input is hidden ("×"), never
given as a range: a range would narrow the hidden inputs for a reader who also holds the
inputs (the department does), and the inputs' own protection must hold. Sums of shown
figures are sums of numbers already published, each 0 or at least k, so they are 0 or
at least k too and reveal nothing new. Means, medians and percentages cannot be added
and are not shown ("—"). A table missing from any input (withheld there) is left out.
The inputs must share the schema, period, k and language, or nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from shelter_app.i18n import fill

from ..database import utcnow
from ..errors import InvalidInput
from .json_export import READABLE_VERSIONS, SCHEMA
from .model import Cell, CellState, Definition, Figure, Row, Series, Summary, Table

HIDDEN, WITHHELD = "×", "—"


def read_inputs(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """The documents, checked to be summaries of one release kind (period, k, language)."""
    if len(paths) < 2:
        raise InvalidInput(
            QCoreApplication.translate(
                "reports", "Give at least two JSON summaries to consolidate."
            ),
            "inputs",
        )
    docs = []
    for path in paths:
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise InvalidInput(
                fill(
                    QCoreApplication.translate("reports", "%1 is not a readable JSON summary."),
                    Path(path).name,
                ),
                "inputs",
            ) from None
        if (
            not isinstance(doc, dict)
            or doc.get("schema") != SCHEMA
            or type(doc.get("schema_version")) is not int
            or doc["schema_version"] not in READABLE_VERSIONS
        ):
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "reports", "%1 is not a summary of schema version %2."
                    ),
                    Path(path).name,
                    f"{READABLE_VERSIONS[0]}–{READABLE_VERSIONS[-1]}",
                ),
                "inputs",
            )
        if doc.get("site") is not None:
            # counts of things of one site (site_figures.py), not a centre's summary
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "reports",
                        "%1 is the summary of one site: add up the summaries of whole "
                        "centres (all their sites).",
                    ),
                    Path(path).name,
                ),
                "inputs",
            )
        docs.append(doc)
    first = docs[0]
    for path, doc in zip(paths, docs, strict=True):
        if doc["period"]["start"] != first["period"]["start"] or (
            doc["period"]["end"] != first["period"]["end"]
        ):
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "reports",
                        "%1 covers another period than %2: only one period can be added up.",
                    ),
                    Path(path).name,
                    Path(paths[0]).name,
                ),
                "inputs",
            )
        if doc["k"] != first["k"]:
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "reports",
                        "%1 was protected with k = %2, %3 with k = %4: k must be the same.",
                    ),
                    Path(path).name,
                    str(doc["k"]),
                    Path(paths[0]).name,
                    str(first["k"]),
                ),
                "inputs",
            )
        if doc["language"] != first["language"]:
            raise InvalidInput(
                fill(
                    QCoreApplication.translate(
                        "reports", "%1 is in another language than %2: export all in one language."
                    ),
                    Path(path).name,
                    Path(paths[0]).name,
                ),
                "inputs",
            )
    return docs


def consolidate(docs: Sequence[dict[str, Any]]) -> Summary:
    first = docs[0]
    figures = []
    for f in first["figures"]:
        same = [next((g for g in d["figures"] if g["key"] == f["key"]), None) for d in docs]
        value, text = _sum([g for g in same if g is not None], len(docs))
        figures.append(Figure(f["key"], f["label"], value, text, ""))
    tables = []
    for t in first["tables"]:
        found = [next((u for u in d["tables"] if u["key"] == t["key"]), None) for d in docs]
        alike = [u for u in found if u is not None and _shape(u) == _shape(t)]
        if len(alike) < len(docs):
            continue  # withheld (or laid out otherwise) in some input
        rows = []
        for i, r in enumerate(t["rows"]):
            cells = []
            for j in range(len(r["cells"])):
                value, text = _sum([u["rows"][i]["cells"][j] for u in alike], len(docs))
                state = CellState.SHOWN if value is not None else CellState.COMPLEMENTARY
                cells.append(Cell(None if value is None else int(value), state, text))
            rows.append(Row(r["label"], tuple(cells), bool(r["total"])))
        tables.append(
            Table(t["key"], t["title"], t["row_header"], tuple(t["columns"]), tuple(rows), "")
        )
    series = []
    for x in first["series"]:
        found = [next((y for y in d["series"] if y["key"] == x["key"]), None) for d in docs]
        months = [y for y in found if y is not None and y["months"] == x["months"]]
        if len(months) < len(docs):
            continue
        sums = [_sum([y["cells"][i] for y in months], len(docs)) for i in range(len(x["months"]))]
        series.append(
            Series(
                x["key"],
                x["title"],
                x["unit"],
                tuple(x["months"]),
                tuple(v for v, _ in sums),
                tuple(t for _, t in sums),
                "",
            )
        )
    return Summary(
        centre=fill(
            QCoreApplication.translate("reports", "City-wide summary of %1 reports"), str(len(docs))
        ),
        period_start=date.fromisoformat(first["period"]["start"]),
        period_end=date.fromisoformat(first["period"]["end"]),
        period_label=first["period"]["label"],
        generated_at=utcnow(),
        generated_by_role=QCoreApplication.translate("reports", "consolidation"),
        k=int(first["k"]),
        language=str(first["language"]),
        disclosure_rule=rule_text(int(first["k"])),
        figures=tuple(figures),
        tables=tuple(tables),
        series=tuple(series),
        definitions=tuple(
            Definition(d["key"], d["name"], d["text"]) for d in first.get("definitions", [])
        ),
    )


def rule_text(k: int) -> str:
    return fill(
        QCoreApplication.translate(
            "reports",
            "Each figure is the sum of the same figure in every consolidated report. A sum that "
            "includes a figure hidden in any report is hidden (“×”) and given neither as a "
            "number nor as a range: read beside the reports themselves, a range would narrow "
            "their hidden counts. Sums of shown figures add numbers already published, each 0 "
            "or at least %1. Means, medians and percentages cannot be added up and are not "
            "shown (“—”). A table not published by every report is left out.",
        ),
        str(k),
    )


def _sum(cells: list[dict[str, Any]], expected: int) -> tuple[int | None, str]:
    if len(cells) < expected or any(c["state"] == "statistic_withheld" for c in cells):
        return None, WITHHELD
    if any(isinstance(c["value"], float) for c in cells):
        return None, WITHHELD  # a mean or a percentage: not additive
    if any(c["value"] is None for c in cells):
        return None, HIDDEN
    total = sum(int(c["value"]) for c in cells)
    return total, str(total)


def _shape(t: dict[str, Any]) -> tuple[Any, ...]:
    return (tuple(t["columns"]), tuple(r["label"] for r in t["rows"]))
