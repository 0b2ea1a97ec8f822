"""Administration → Sites: the centre and the shelters at other addresses. The
administrator adds a site, renames it (name, code, address) and closes one that no
longer works (its history stays); the services refuse what would lose track of a woman
(closing a site she stays at, or the last one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_app import sites
from shelter_app.changes import Kind
from shelter_app.errors import OberihError
from shelter_app.sites import SiteInfo, SiteKind, kind_label

from ..context import AppContext
from ..forms import error_label
from .common import FormDialog, explanation


class SiteDialog(FormDialog):
    """A new site, or a site's new name, code and address."""

    def __init__(self, ctx: AppContext, parent: QWidget, site: SiteInfo | None):
        super().__init__(ctx, "", "", parent)
        self.site = site
        self.name = QLineEdit(site.name if site else "", self)
        self.kind = QComboBox(self)
        for kind in SiteKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(site.kind if site else SiteKind.SHELTER))
        self.kind.setEnabled(site is None)  # what a site is does not change
        self.code = QLineEdit(site.code if site else "", self)
        self.code.setPlaceholderText(self.tr("e.g. shelter-2"))
        self.address = QLineEdit((site.address or "") if site else "", self)
        if site is None:
            self.setWindowTitle(self.tr("Add a site"))
            self.ok_button.setText(self.tr("&Add site"))
        else:
            self.setWindowTitle(self.tr("Edit site"))
            self.ok_button.setText(self.tr("&Save"))
        self.form.add("name", self.tr("&Name:"), self.name)
        self.form.add("kind", self.tr("&Kind:"), self.kind)
        self.form.add("code", self.tr("&Code (for reports):"), self.code)
        self.form.add("address", self.tr("A&ddress:"), self.address)
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "A shelter's address is shown only to staff who work with the stays. "
                    "The code names the site on the command line (report --site)."
                ),
                self,
            )
        )
        self.finish_layout()

    def submit(self) -> None:
        if self.site is None:
            self.run(
                sites.add_site,
                self.name.text(),
                self.kind.currentData(),
                self.code.text(),
                self.address.text(),
            )
        else:
            self.run(
                sites.rename_site,
                self.site.id,
                self.name.text(),
                self.code.text(),
                self.address.text(),
            )


class SitesSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sites: list[SiteInfo] = []
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "The centre and the shelters at other addresses. Rooms, beds, courses "
                    "and events belong to a site; the shelter board shows one site at a time."
                ),
                self,
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        columns = (self.tr("Site"), self.tr("Kind"), self.tr("Code"), self.tr("Address"))
        self.tree.setHeaderLabels([*columns, self.tr("State")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&New site…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it site…"), self)
        self.close_button = QPushButton(self.tr("&Close site"), self)
        self.reopen_button = QPushButton(self.tr("&Reopen site"), self)
        for button in (self.add_button, self.edit_button, self.close_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(lambda: self.open_site(None))
        self.edit_button.clicked.connect(lambda: self.open_site(self.current()))
        self.close_button.clicked.connect(lambda: self.set_active(False))
        self.reopen_button.clicked.connect(lambda: self.set_active(True))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        ctx.changed.connect(lambda changes: changes.touches(Kind.SITES) and self.activate())
        self._update_buttons()

    def activate(self) -> None:
        self.ctx.call(sites.list_sites, True, on_done=self._loaded, owner=self)

    def _loaded(self, found: list[SiteInfo]) -> None:
        chosen = self.current()
        self.sites = found
        self.tree.clear()
        for site in found:
            state = self.tr("in use") if site.active else self.tr("closed")
            item = QTreeWidgetItem(
                [site.name, kind_label(site.kind), site.code, site.address or "", state]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, site.id)
            self.tree.addTopLevelItem(item)
            if chosen is not None and site.id == chosen.id:
                self.tree.setCurrentItem(item)
        for column in range(1, 5):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def current(self) -> SiteInfo | None:
        item = self.tree.currentItem()
        site_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((s for s in self.sites if s.id == site_id), None)

    def _update_buttons(self) -> None:
        site = self.current()
        self.edit_button.setEnabled(site is not None)
        self.close_button.setEnabled(site is not None and site.active)
        self.reopen_button.setEnabled(site is not None and not site.active)

    def open_site(self, site: SiteInfo | None) -> QDialog:
        self.error.hide()
        dialog = SiteDialog(self.ctx, self, site)
        dialog.succeeded.connect(lambda _info: self.activate())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_active(self, active: bool) -> None:
        site = self.current()
        if site is None:
            return
        self.error.hide()
        self.ctx.call(
            sites.set_site_active,
            site.id,
            active,
            on_done=lambda _info: self.activate(),
            on_error=self._refused,
            owner=self,
        )

    def _refused(self, error: OberihError) -> None:
        self.error.setText(error.user_message())
        self.error.show()
