"""The Clients area on a shared screen: as it opens, by the centre's setting, and the
column headers that sort (in the service) and are remembered per user."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelter_app.permissions import Role
from shelter_app.settings import ClientListOpens
from tests.ui.conftest import type_text
from ui.clients.model import ClientListModel
from ui.clients.page import ClientsPage


def open_page(qtbot, ctx, idle, opens: ClientListOpens) -> ClientsPage:
    ctx.set_settings(replace(ctx.settings, client_list_opens=opens))
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.activate()
    idle(ctx)
    return page


def shown_texts(page: ClientsPage) -> list[str]:
    model = page.model
    return [column.value(row) for row in model.rows for column in model.columns]


def test_by_default_nobody_is_listed_until_she_types(qtbot, gui_ctx, make_client, idle):
    make_client("Ґонта", "Дар’я")
    make_client("Бойко", "Олена")
    ctx = gui_ctx(Role.CASE_WORKER)
    assert ctx.settings.client_list_opens == ClientListOpens.EMPTY  # the stored default
    page = open_page(qtbot, ctx, idle, ClientListOpens(ctx.settings.client_list_opens))
    assert page.model.rowCount() == 0
    assert "Type part of a surname" in page.count_label.text()
    type_text(page.search, "бойко")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.summary(0).display_name == "Бойко Олена"
    page.search.clear()
    qtbot.wait(300)
    idle(ctx)
    assert page.model.rowCount() == 0


def test_codes_only_shows_no_name_age_or_district(qtbot, gui_ctx, make_client, idle):
    make_client("Ґонта", "Дар’я")
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle, ClientListOpens.CODES)
    assert page.model.rowCount() == 1
    texts = shown_texts(page)
    assert texts[0].startswith("K-2026-")
    assert not any("Ґонта" in t or "Оболонський" in t for t in texts)
    type_text(page.search, "ґонта")
    qtbot.waitUntil(lambda: page.model.summary(0).display_name == "Ґонта Дар’я")


def test_a_header_click_sorts_by_that_column_and_is_remembered(qtbot, gui_ctx, make_client, idle):
    from datetime import date

    ids = [
        make_client("Бойко", "Олена", birth_date=date(1990, 1, 1)),
        make_client("Ґонта", "Дар’я", birth_date=date(2001, 1, 1)),
        make_client("Яковенко", "Ірина", birth_date=date(1980, 1, 1)),
    ]
    ctx = gui_ctx(Role.CASE_WORKER)
    page = open_page(qtbot, ctx, idle, ClientListOpens.NAMES)
    assert [page.model.summary(r).id for r in range(3)] == ids  # alphabetical
    header = page.table.horizontalHeader()
    header.setSortIndicator(ClientListModel.AGE, Qt.SortOrder.AscendingOrder)  # as a click
    idle(ctx)
    assert [page.model.summary(r).id for r in range(3)] == [ids[1], ids[0], ids[2]]
    header.setSortIndicator(ClientListModel.DISTRICT, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == ClientListModel.AGE  # a code: not sortable
    header.resizeSection(ClientListModel.CODE, 211)
    again = open_page(qtbot, ctx, idle, ClientListOpens.NAMES)  # the same user, later
    assert again.table.horizontalHeader().sortIndicatorSection() == ClientListModel.AGE
    assert again.table.horizontalHeader().sectionSize(ClientListModel.CODE) == 211
    assert [again.model.summary(r).id for r in range(3)] == [ids[1], ids[0], ids[2]]
    other = open_page(qtbot, gui_ctx(Role.ADMIN), idle, ClientListOpens.NAMES)
    assert other.table.horizontalHeader().sortIndicatorSection() == ClientListModel.NAME
