"""The preview of a published summary: exactly what an export will contain, laid out to be
read on screen.

It shows only the `Summary` the service returned (every number already through disclosure
control): headline figures on top, the monthly values, then one small table per count
table, grouped by area of work. A withheld value keeps its mark ("<5", "×", "—") and gets
a tinted background and a tooltip that says why; the legend says the same once in words,
so the meaning never rests on colour alone. Each table's definition (the one printed in
the report's appendix) is a click away.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shelter_app.i18n import fill
from shelter_app.reports.model import CellState, Definition, Figure, Series, Summary, Table

from ..display import date_text as day_text

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the CellState of a count (tests, accessibility)

# how a withheld value looks: a pale tint behind dark text (readable in any theme, calm)
PRIMARY_BACKGROUND = "#fde9c8"
COMPLEMENTARY_BACKGROUND = "#e4e4e4"
WITHHELD_FOREGROUND = "#5f5f5f"
MARK_TEXT = "#202020"
FIGURE_COLUMNS = 3  # headline figures per line
TABLE_COLUMNS = 2  # tables side by side
MAX_SERIES_ROWS = 12  # a longer monthly table scrolls inside its card
HEADER_LINE_CHARS = 16  # column headers longer than this wrap onto a second line


class Mark:
    """The three ways a value can be withheld, as the renderers print them."""

    PRIMARY = "primary"  # a count from 1 to k-1: "<k"
    COMPLEMENTARY = "complementary"  # hidden so that a small count cannot be worked out: "×"
    STATISTIC = "statistic"  # a mean, median or percentage over too few people: "—"


def mark_of_text(text: str) -> str | None:
    """For figures and series, which carry only their text: which mark, if any."""
    if text.startswith("<"):
        return Mark.PRIMARY
    if text == "×":
        return Mark.COMPLEMENTARY
    if text == "—":
        return Mark.STATISTIC
    return None


def mark_of_state(state: CellState) -> str | None:
    if state is CellState.PRIMARY:
        return Mark.PRIMARY
    if state is CellState.COMPLEMENTARY:
        return Mark.COMPLEMENTARY
    return None


def mark_explanation(mark: str, k: int) -> str:
    if mark == Mark.PRIMARY:
        return fill(
            QCoreApplication.translate(
                "reports_ui", "A count from 1 to %1: not shown, so that nobody can be recognised."
            ),
            str(k - 1),
        )
    if mark == Mark.COMPLEMENTARY:
        return QCoreApplication.translate(
            "reports_ui",
            "Hidden as well, so that a small count cannot be worked out from the totals.",
        )
    return fill(
        QCoreApplication.translate(
            "reports_ui", "Not shown: it would rest on fewer than %1 people."
        ),
        str(2 * k),
    )


def mark_background(mark: str | None) -> str | None:
    return {Mark.PRIMARY: PRIMARY_BACKGROUND, Mark.COMPLEMENTARY: COMPLEMENTARY_BACKGROUND}.get(
        mark or ""
    )


def mark_style(mark: str | None) -> str:
    """Style sheet of a label showing a value with this mark."""
    background = mark_background(mark)
    if background is not None:
        return (
            f"background: {background}; color: {MARK_TEXT}; border-radius: 3px; padding: 1px 6px;"
        )
    if mark == Mark.STATISTIC:
        return f"color: {WITHHELD_FOREGROUND}; padding: 1px 6px;"
    return "padding: 1px 6px;"


def wrap_header(text: str, limit: int = HEADER_LINE_CHARS) -> str:
    """A long column header on two lines (Ukrainian headers would make narrow columns of
    short numbers very wide); short ones unchanged."""
    if len(text) <= limit or " " not in text:
        return text
    words = text.split(" ")
    best, best_width = text, len(text)
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        width = max(len(first), len(second))
        if width < best_width:
            best, best_width = f"{first}\n{second}", width
    return best


# --- sections --------------------------------------------------------------------------

# Which area of work an indicator belongs to, for headings in the preview. An indicator
# the GUI does not know yet goes under "Other figures" rather than disappearing.
_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("reports_ui", "People served"), ("people_served", "categories")),
    (
        QT_TRANSLATE_NOOP("reports_ui", "Consultations"),
        ("consultations", "consultation_topics", "appointments"),
    ),
    (
        QT_TRANSLATE_NOOP("reports_ui", "Courses and events"),
        ("courses", "attendance_rate", "events", "partners", "programmes_by_aim"),
    ),
    (
        QT_TRANSLATE_NOOP("reports_ui", "Shelter"),
        (
            "admissions",
            "departures",
            "housed",
            "bed_nights",
            "occupancy",
            "length_of_stay",
            "extensions",
            "waiting_list",
            "turn_aways",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("reports_ui", "Referrals and violence"),
        ("referrals", "violence_forms", "children_affected"),
    ),
)
CONSULTATIONS_SECTION = 1  # the monthly series go with the consultation tables


def section_of(indicator: str) -> int:
    for number, (_title, indicators) in enumerate(_SECTIONS):
        if indicator in indicators:
            return number
    return len(_SECTIONS)


def section_title(number: int) -> str:
    if number < len(_SECTIONS):
        return QCoreApplication.translate("reports_ui", _SECTIONS[number][0])
    return QCoreApplication.translate("reports_ui", "Other figures")


def grouped(items: Sequence[Any]) -> list[tuple[int, list[Any]]]:
    """Items with an `indicator`, by section in section order, keeping their own order."""
    groups: dict[int, list[Any]] = {}
    for item in items:
        groups.setdefault(section_of(item.indicator), []).append(item)
    return sorted(groups.items())


# --- table models ----------------------------------------------------------------------


class SummaryTableModel(QAbstractTableModel):
    """One published count table, read-only: the label column, then its value columns."""

    def __init__(self, table: Table, k: int, parent: QObject | None = None):
        super().__init__(parent)
        self.table = table
        self.k = k

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        text = self.table.row_header if section == 0 else self.table.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return wrap_header(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.label
            return None
        cell = row.cells[column - 1]
        mark = mark_of_state(cell.state)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == STATE_ROLE:
            return cell.state
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if mark is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(mark_background(mark)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(MARK_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark_explanation(mark, self.k)
        return None


class SeriesModel(QAbstractTableModel):
    """The monthly series side by side: one row per month, one column per series."""

    def __init__(self, series: Sequence[Series], k: int, parent: QObject | None = None):
        super().__init__(parent)
        self.series = list(series)
        self.k = k
        self.months = list(self.series[0].labels) if self.series else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.series)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            text = QCoreApplication.translate("reports_ui", "Month")
        else:
            series = self.series[section - 1]
            unit_said = series.unit.casefold() in series.title.casefold()
            text = series.title if unit_said else f"{series.title} ({series.unit})"
        if role == Qt.ItemDataRole.DisplayRole:
            return wrap_header(text, 24)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == 0:
            return self.months[row] if role == Qt.ItemDataRole.DisplayRole else None
        series = self.series[column - 1]
        text = series.texts[row] if row < len(series.texts) else ""
        mark = mark_of_text(text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if mark is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and mark_background(mark):
            return QBrush(QColor(mark_background(mark)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(MARK_TEXT if mark_background(mark) else WITHHELD_FOREGROUND))
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark_explanation(mark, self.k)
        return None


class FittedTable(QTableView):
    """A table as tall as its rows, so the page scrolls as one document instead of many
    small scroll areas. Long labels wrap in the first column, which takes the spare
    width; `max_rows` caps the height (the rest scrolls inside)."""

    def __init__(self, name: str, parent: QWidget, *, max_rows: int | None = None):
        super().__init__(parent)
        self.max_rows = max_rows
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab moves on to the next table
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if max_rows is None:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_height)
        header.sectionResized.connect(self._refit_soon)

    def setModel(self, model: QAbstractTableModel) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_height()

    def minimumSizeHint(self) -> QSize:
        """Wide enough for every value column and a readable label column."""
        header = self.horizontalHeader()
        values = sum(header.sectionSizeHint(c) for c in range(1, header.count()))
        label = max(self.fontMetrics().horizontalAdvance("M" * 12), header.sectionSizeHint(0))
        return QSize(values + label + 2 * self.frameWidth(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width(), self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit_soon()

    @property
    def settled(self) -> bool:
        """No refit is pending (tests wait for this before a screenshot)."""
        return not self._refit.isActive()

    def _refit_soon(self, *_args: object) -> None:
        """Once the columns have their new widths (the header settles them after the
        resize event), fit the rows and the height; several changes give one refit."""
        if not self._refit.isActive():
            self._refit.start()

    def _fit_height(self) -> None:
        model = self.model()
        if model is None:
            return
        rows = self.verticalHeader()
        self.resizeRowsToContents()
        shown = model.rowCount()
        if self.max_rows is not None and shown > self.max_rows:
            body = sum(rows.sectionSize(r) for r in range(self.max_rows))
        else:
            body = rows.length()
        height = self.horizontalHeader().sizeHint().height() + body + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)


# --- building blocks -------------------------------------------------------------------


def _heading(text: str, parent: QWidget, scale: float = 1.15) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _text(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _definition_tip(definition: Definition | None) -> str:
    if definition is None:
        return ""
    return f"<b>{_escape(definition.name)}</b><br>{_escape(definition.text)}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DefinitionButton(QToolButton):
    """ "ⓘ" beside a title: hovering shows the indicator's definition, clicking shows it
    in the page under the title (for reading it at leisure, or by keyboard)."""

    def __init__(self, definition: Definition | None, target: QLabel, parent: QWidget):
        super().__init__(parent)
        self.setText(QCoreApplication.translate("reports_ui", "Definition"))
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
        size = self.fontMetrics().height()
        self.setIconSize(QSize(size, size))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setToolTip(_definition_tip(definition))
        self.setAccessibleName(QCoreApplication.translate("reports_ui", "Definition"))
        self.setEnabled(definition is not None)
        target.setText(definition.text if definition is not None else "")
        target.hide()
        self.toggled.connect(target.setVisible)


class TableCard(QFrame):
    """A count table with its title and its definition."""

    def __init__(self, table: Table, definition: Definition | None, k: int, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = _heading(table.title, self, 1.0)
        top.addWidget(self.title, 1)
        self.definition = _text("", self)
        self.definition_button = DefinitionButton(definition, self.definition, self)
        top.addWidget(self.definition_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.definition)
        self.view = FittedTable(table.title, self)
        self.model = SummaryTableModel(table, k, self.view)
        self.view.setModel(self.model)
        self.view.setToolTip("")
        layout.addWidget(self.view)
        layout.addStretch(1)


class SeriesCard(QFrame):
    def __init__(self, series: Sequence[Series], definitions: dict[str, Definition], k, parent):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = _heading(QCoreApplication.translate("reports_ui", "Per month"), self, 1.0)
        top.addWidget(self.title, 1)
        self.definition = _text("", self)
        first = definitions.get(series[0].indicator) if series else None
        names = [definitions[s.indicator] for s in series if s.indicator in definitions]
        if len(names) > 1:  # one definition per series, joined
            first = Definition(
                "series",
                " / ".join(d.name for d in names),
                "\n\n".join(f"{d.name}: {d.text}" for d in names),
            )
        self.definition_button = DefinitionButton(first, self.definition, self)
        top.addWidget(self.definition_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.definition)
        self.view = FittedTable(self.title.text(), self, max_rows=MAX_SERIES_ROWS)
        self.model = SeriesModel(series, k, self.view)
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        layout.addStretch(1)


class Legend(QWidget):
    """The three marks, explained once in words."""

    def __init__(self, k: int, parent: QWidget):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        caption = QLabel(QCoreApplication.translate("reports_ui", "Marks:"), self)
        layout.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        items = (
            (Mark.PRIMARY, f"<{k}"),
            (Mark.COMPLEMENTARY, "×"),
            (Mark.STATISTIC, "—"),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for row, (mark, text) in enumerate(items):
            chip = QLabel(text, self)
            chip.setStyleSheet(mark_style(mark))
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setMinimumWidth(chip.fontMetrics().horizontalAdvance("<00") + 12)
            grid.addWidget(chip, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_text(mark_explanation(mark, k), self), row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)


class FiguresGrid(QWidget):
    """The headline figures, grouped under the area of work they belong to, in as many
    columns as the width allows (three on a wide screen)."""

    def __init__(
        self, figures: Sequence[Figure], definitions: dict[str, Definition], k: int, parent
    ):
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.columns = 0
        # each figure is its value, then its name: the number stays next to its words
        # however long the (Ukrainian) name, and the names wrap in the spare width
        self.groups: list[tuple[QLabel, list[tuple[QLabel, QLabel]]]] = []
        for section, items in grouped(figures):
            caption = QLabel(section_title(section), self)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            pairs = []
            for figure in items:
                name = _text(figure.label, self)
                tip = _definition_tip(definitions.get(figure.indicator))
                name.setToolTip(tip)
                value = QLabel(figure.text, self)
                mark = mark_of_text(figure.text)
                value.setStyleSheet(mark_style(mark))
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                value.setToolTip(mark_explanation(mark, k) if mark else tip)
                value.setAccessibleName(figure.label)
                bold = value.font()
                bold.setBold(True)
                value.setFont(bold)
                name.setBuddy(value)
                self.values[figure.key] = value
                pairs.append((value, name))
            self.groups.append((caption, pairs))
        self.value_width = self.fontMetrics().horizontalAdvance("000 000") + 16
        self.name_width = self.fontMetrics().horizontalAdvance("M") * 16
        self.set_columns(FIGURE_COLUMNS)

    def minimumSizeHint(self) -> QSize:
        """One column is always possible: never force the page wider than that."""
        return QSize(self.value_width + self.name_width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        pair = self.value_width + self.name_width + 2 * self.grid.horizontalSpacing() + 16
        fitting = max(1, min(FIGURE_COLUMNS, self.width() // pair))
        self.set_columns(fitting)

    def set_columns(self, columns: int) -> None:
        if columns == self.columns:
            return
        grid = self.grid
        while grid.count():
            grid.takeAt(0)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
            grid.setColumnMinimumWidth(column, 0)
        line = 0
        for caption, pairs in self.groups:
            grid.addWidget(caption, line, 0, 1, 3 * columns)
            line += 1
            for n, (value, name) in enumerate(pairs):
                row, slot = line + n // columns, 3 * (n % columns)
                grid.addWidget(value, row, slot, Qt.AlignmentFlag.AlignRight)
                grid.addWidget(name, row, slot + 1)
            line += (len(pairs) + columns - 1) // columns
            grid.setRowMinimumHeight(line, 6)  # a little air before the next group
            line += 1
        for slot in range(columns):
            grid.setColumnMinimumWidth(3 * slot, self.value_width)
            grid.setColumnStretch(3 * slot + 1, 1)
            grid.setColumnMinimumWidth(3 * slot + 2, 16)  # a gap between the figures
        self.columns = columns


class CardGrid(QWidget):
    """Table cards side by side when the width allows, else one under the other."""

    def __init__(self, cards: Sequence[QWidget], parent: QWidget):
        super().__init__(parent)
        self.cards = list(cards)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(8)
        self.columns = 0
        self.set_columns(TABLE_COLUMNS)

    def _card_width(self) -> int:
        return max((card.minimumSizeHint().width() for card in self.cards), default=0)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._card_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        spacing = self.grid.horizontalSpacing()
        fitting = max(1, (self.width() + spacing) // (self._card_width() + spacing))
        self.set_columns(min(TABLE_COLUMNS, fitting))

    def set_columns(self, columns: int) -> None:
        if columns == self.columns:
            return
        while self.grid.count():
            self.grid.takeAt(0)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for n, card in enumerate(self.cards):
            self.grid.addWidget(card, n // columns, n % columns)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        self.columns = columns


# --- the preview -----------------------------------------------------------------------


class SummaryView(QWidget):
    """One summary, as a single scrollable document."""

    def __init__(self, summary: Summary, parent: QWidget):
        super().__init__(parent)
        self.summary = summary
        k = summary.k
        definitions = {d.key: d for d in summary.definitions}
        self.cards: dict[str, TableCard] = {}
        self.grids: list[CardGrid] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)

        self.title = _heading(
            f"{summary.period_label} · {day_text(summary.period_start)} – "
            f"{day_text(summary.period_end)}",
            self,
            1.3,
        )
        layout.addWidget(self.title)
        language = (
            QCoreApplication.translate("reports_ui", "Ukrainian")
            if summary.language == "uk"
            else QCoreApplication.translate("reports_ui", "English")
        )
        self.parameters = _text(
            fill(
                QCoreApplication.translate(
                    "reports_ui",
                    "%1 · disclosure threshold k = %2 · report in %3. This is what an export "
                    "of these settings will contain.",
                ),
                summary.centre,
                str(k),
                language,
            ),
            self,
        )
        layout.addWidget(self.parameters)
        self.legend = Legend(k, self)
        layout.addWidget(self.legend)

        layout.addWidget(
            _heading(QCoreApplication.translate("reports_ui", "Headline figures"), self)
        )
        self.figures = FiguresGrid(summary.figures, definitions, k, self)
        layout.addWidget(self.figures)

        layout.addWidget(_heading(QCoreApplication.translate("reports_ui", "Tables"), self))
        self.series_card: SeriesCard | None = None
        if summary.series:
            self.series_card = SeriesCard(summary.series, definitions, k, self)
        sections = grouped(summary.tables)
        if self.series_card is not None and CONSULTATIONS_SECTION not in dict(sections):
            sections = sorted([*sections, (CONSULTATIONS_SECTION, [])])
        for section, tables in sections:
            layout.addWidget(_heading(section_title(section), self, 1.05))
            cards: list[QWidget] = []
            for table in tables:
                card = TableCard(table, definitions.get(table.indicator), k, self)
                self.cards[table.key] = card
                cards.append(card)
            if section == CONSULTATIONS_SECTION and self.series_card is not None:
                cards.append(self.series_card)
            self.grids.append(CardGrid(cards, self))
            layout.addWidget(self.grids[-1])

        layout.addWidget(
            _heading(
                QCoreApplication.translate("reports_ui", "How the figures are protected"), self
            )
        )
        self.rule = _text(summary.disclosure_rule, self)
        layout.addWidget(self.rule)
        layout.addStretch(1)

    def view(self, key: str) -> QTableView:
        return self.cards[key].view

    @property
    def settled(self) -> bool:
        return all(table.settled for table in self.findChildren(FittedTable))


class SummaryPreview(QWidget):
    """The preview area: a hint before the first preview, a busy bar while the summary is
    built, then the summary."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.current: SummaryView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stale = QLabel(self)
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(
            "background: #fff4e5; color: #663c00; border: 1px solid #ffcc80;"
            " border-radius: 4px; padding: 6px;"
        )
        self.stale.setText(
            self.tr(
                "The settings have changed since this preview was made: press Preview "
                "tables to see what an export would now contain."
            )
        )
        self.stale.hide()
        layout.addWidget(self.stale)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        self.hint_page = QWidget(self)  # the hint in a readable column, centred
        hint_layout = QVBoxLayout(self.hint_page)
        self.hint = QLabel(self.hint_page)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.hint)
        row.addStretch(1)
        hint_layout.addStretch(1)
        hint_layout.addLayout(row)
        hint_layout.addStretch(2)
        self.stack.addWidget(self.hint_page)

        self.busy = QWidget(self)
        busy_layout = QVBoxLayout(self.busy)
        busy_layout.addStretch(1)
        self.busy_text = QLabel(self.busy)
        self.busy_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_text.setWordWrap(True)
        busy_layout.addWidget(self.busy_text)
        self.busy_bar = QProgressBar(self.busy)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(360)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(2)
        self.stack.addWidget(self.busy)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack.addWidget(self.scroll)
        self.show_hint(
            self.tr(
                "Choose a period and press Preview tables (F5) to see the anonymised tables "
                "exactly as an export would contain them. Nothing leaves this computer until "
                "you export a file."
            )
        )

    @property
    def summary(self) -> Summary | None:
        return self.current.summary if self.current is not None else None

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.stack.setCurrentWidget(self.hint_page)

    def show_busy(self, text: str) -> None:
        self.busy_text.setText(text)
        self.stale.hide()
        self.stack.setCurrentWidget(self.busy)

    def show_summary(self, summary: Summary) -> SummaryView:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.current = SummaryView(summary, self.scroll)
        self.scroll.setWidget(self.current)
        self.scroll.verticalScrollBar().setValue(0)
        self.stale.hide()
        self.stack.setCurrentWidget(self.scroll)
        return self.current

    def show_previous(self) -> None:
        """After a refusal: back to what was shown before (a summary or the hint)."""
        self.stack.setCurrentWidget(self.scroll if self.current is not None else self.hint_page)

    def set_stale(self, stale: bool) -> None:
        self.stale.setVisible(stale and self.current is not None)
