"""A choice of site (the centre or a shelter at another address) for a form: filled from
the sites service when it opens, with the record's own site chosen, or the centre for a
new one. Until the sites have come (or with one site only) it names nobody's choice, and
the service puts the record at the default site."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from shelter_app import sites
from shelter_app.sites import SiteInfo

from .context import AppContext


class SiteBox(QComboBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, chosen: int | None = None):
        super().__init__(parent)
        self.chosen = chosen
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setEnabled(False)
        # closed sites too when editing: a record of a site closed since keeps its site
        ctx.call(sites.list_sites, chosen is not None, on_done=self._loaded, owner=self)

    def _loaded(self, found: list[SiteInfo]) -> None:
        self.clear()
        for site in found:
            if site.active or site.id == self.chosen:
                self.addItem(site.name, site.id)
        self.setCurrentIndex(max(0, self.findData(self.chosen)))
        self.setEnabled(self.count() > 1)

    def site_id(self) -> int | None:
        data = self.currentData()
        return data if isinstance(data, int) else None
