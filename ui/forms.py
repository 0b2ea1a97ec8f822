"""Forms whose validation messages appear next to the field they are about.

The services validate (the GUI never duplicates a rule); an `InvalidInput` names its
field, and `ErrorForm.show_error` puts the message under that field, or in the banner at
the top when the field is not on this form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from shelter_app.errors import InvalidInput, OberihError

ERROR_STYLE = "color: #b3261e;"
REQUIRED_MARK = "*"
BANNER_STYLE = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px;"
    " padding: 6px;"
)


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class ErrorForm(QWidget):
    """A QFormLayout with an error line under every field and a banner above them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.layout_)
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add(self, field: str, label: str, widget: QWidget, *, required: bool = False) -> QWidget:
        """`required`: the caption gets a star (the form says what it means)."""
        if required:
            label = f"{label} {REQUIRED_MARK}"
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        # the row takes the full width, so that an error under a narrow field (a spin box,
        # a date) wraps across the form instead of into a thin strip; the narrow field
        # itself keeps its size
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value:
            column.addWidget(widget)
        else:
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        error = error_label(box)
        column.addWidget(error)
        self.layout_.addRow(label, box)
        caption = self.layout_.labelForField(box)
        if isinstance(caption, QLabel):
            caption.setBuddy(widget)
            if required:
                caption.setToolTip(self.tr("Required"))
                widget.setAccessibleDescription(self.tr("Required"))
        self._errors[field] = error
        self._widgets[field] = widget
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row without its own error line (read-only values, hints)."""
        self.layout_.addRow(label, widget)

    def clear_errors(self) -> None:
        self.banner.hide()
        for label in self._errors.values():
            label.hide()
            label.clear()

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_error(self, error: OberihError) -> None:
        self.clear_errors()
        field = error.field if isinstance(error, InvalidInput) else None
        if field in self._errors:
            self._errors[field].setText(error.user_message())
            self._errors[field].show()
            self._widgets[field].setFocus()
        else:
            self.show_banner(error.user_message())

    def show_error_text(self, field: str, text: str) -> None:
        """A message the GUI itself found (e.g. two password fields that differ)."""
        self.clear_errors()
        self.add_error(field, text, focus=True)

    def has_field(self, field: str) -> bool:
        return field in self._errors

    def add_error(self, field: str, text: str, *, focus: bool = False) -> None:
        """One more message beside its field, keeping those already shown (a form that
        shows every problem at once)."""
        self._errors[field].setText(text)
        self._errors[field].show()
        if focus:
            self._widgets[field].setFocus()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
