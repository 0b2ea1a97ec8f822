"""The CSV rendering of one published `Summary`, for the department's spreadsheets.

UTF-8 with a byte order mark, so that Excel opens Cyrillic text correctly; in Ukrainian
the separator is ";" and the decimal mark ",", as a Ukrainian Excel expects; in English
"," and ".". One section per table (its key, its title, its header and rows), then
the headline figures, the monthly series, the indicator definitions and the disclosure
rule. Nothing that changes from one run to the next is written (no generation time, no
role), so the same database and period give byte-identical files: a figure the
department quotes can be reproduced and checked against the SHA-256 in the register.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QCoreApplication

from .model import Cell, Summary

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render_csv(summary: Summary) -> bytes:
    uk = summary.language == "uk"
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer, delimiter=";" if uk else ",", lineterminator="\r\n")

    def row(*cells: object) -> None:
        out.writerow([_safe(str(c)) for c in cells])

    row(QCoreApplication.translate("reports_csv", "Anonymised activity summary"), summary.centre)
    row(QCoreApplication.translate("reports_csv", "Reporting period"), summary.period_label)
    row(
        QCoreApplication.translate("reports_csv", "Dates covered"),
        summary.period_start.isoformat(),
        summary.period_end.isoformat(),
    )
    row(QCoreApplication.translate("reports_csv", "Disclosure threshold (k)"), summary.k)
    row()

    row("figures", QCoreApplication.translate("reports_csv", "Headline figures"))
    row(
        QCoreApplication.translate("reports_csv", "Indicator"),
        QCoreApplication.translate("reports_csv", "Value"),
        QCoreApplication.translate("reports_csv", "Unit"),
    )
    for figure in summary.figures:
        unit = "%" if figure.text.endswith("%") else ""
        row(figure.label, _number(figure.value, figure.text, uk), unit)
    row()

    for table in summary.tables:
        row(table.key, table.title)
        row(table.row_header, *table.columns)
        for r in table.rows:
            row(r.label, *(_cell(c) for c in r.cells))
        row()

    for series in summary.series:
        row(series.key, series.title)
        row(QCoreApplication.translate("reports_csv", "Month"), series.unit)
        for month, value, text in zip(series.labels, series.values, series.texts, strict=True):
            row(month, _number(value, text, uk))
        row()

    row("definitions", QCoreApplication.translate("reports_csv", "Indicator definitions"))
    for d in summary.definitions:
        row(d.name, d.text)
    row()
    row("disclosure_rule", QCoreApplication.translate("reports_csv", "How figures were protected"))
    row(summary.disclosure_rule)
    return buffer.getvalue().encode("utf-8-sig")


def _cell(cell: Cell) -> str:
    """Shown counts as plain digits (a spreadsheet reads them as numbers); withheld ones
    as their mark."""
    return str(cell.value) if cell.value is not None else cell.text


def _number(value: float | int | None, text: str, uk: bool) -> str:
    """A figure or series value: digits for counts, one decimal (with the language's
    decimal mark) for means and percentages, the mark when withheld."""
    if value is None:
        return text
    decimal = ("," in text) if uk else ("." in text)
    if not decimal:
        return str(int(value))
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if uk else shown


def _safe(text: str) -> str:
    """No cell may start like a formula (no user text reaches a summary, but labels are
    translated text: keep it so even then)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
