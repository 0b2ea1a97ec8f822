"""The Reports area, driven as a coordinator would: choose last quarter, preview the
anonymised tables (small counts marked), export CSV and PDF, find the exports in the
register with the SHA-256 of their bytes, export again and get the same bytes; only
ended fixed periods and the database's k on offer; a case worker never gets the area and
the service refuses her."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFileDialog,
    QLabel,
    QSpinBox,
    QWidget,
)
from shiboken6 import isValid

from shelter_app import consultations
from shelter_app.errors import PermissionDenied
from shelter_app.permissions import Role
from shelter_app.reports.export import export_summary, list_exports
from shelter_app.reports.model import CellState
from shelter_app.reports.summary import build_summary
from ui.admin.common import ConfirmDialog
from ui.areas import areas_for
from ui.reports.page import (
    ExportDoneDialog,
    Preset,
    ReportsPage,
    default_file_name,
    ended_periods,
    preset_of,
    preset_period,
)
from ui.reports.preview import STATE_ROLE
from ui.reports.register import ExportRegisterModel

LEFT = Qt.MouseButton.LeftButton
LAST_QUARTER = preset_period(Preset.QUARTER, date.today())
NAMES = ("Шевченко", "Оксана", "Коваленко", "Марія")  # must never reach a file name or file


def click(qtbot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget
    qtbot.mouseClick(widget, LEFT)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def quarter_data(opened, staff, make_client):
    """Last quarter: eight women (six from Obolon, born 1990; two from Darnytsia, born
    2000) and three psychological consultations, so that some counts are small."""
    day = LAST_QUARTER.start + timedelta(days=10)
    ids = []
    for n in range(8):
        young = n >= 6
        ids.append(
            make_client(
                NAMES[2] if young else NAMES[0],
                NAMES[3] if young else NAMES[1],
                birth_date=date(2000 if young else 1990, 3, 1),
                district="darnytskyi" if young else "obolonskyi",
                first_contact_on=day + timedelta(days=n),
            )
        )
    psychologist = staff[Role.PSYCHOLOGIST]
    for n, client_id in enumerate(ids[:3]):
        consultations.log_consultation(
            opened.db,
            psychologist,
            client_id,
            "psychological",
            datetime.combine(day + timedelta(days=20 + n), time(10, 0)),
            50,
            "in_person",
            ["trauma"],
            "follow_up",
        )
    return ids


@pytest.fixture
def reports_page(qtbot, gui_ctx, idle):
    def open_as(role: Role = Role.COORDINATOR) -> ReportsPage:
        ctx = gui_ctx(role)
        page = ReportsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1500, 950)
        page.show()
        qtbot.waitExposed(page)
        page.activate()
        idle(ctx)
        return page

    return open_as


@pytest.fixture
def opened_urls(monkeypatch) -> list[QUrl]:
    """Opening a file with the system viewer, recorded instead of done."""
    urls: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def choose_last_quarter(page: ReportsPage) -> None:
    page.preset.setFocus()
    page.preset.setCurrentIndex(page.preset.findData(Preset.QUARTER))
    assert page.request().start == LAST_QUARTER.start
    assert page.request().end == LAST_QUARTER.end
    assert page.which.currentText() == preset_period(Preset.QUARTER, date.today()).label


def preview(qtbot, page: ReportsPage, idle, *, by_key: bool = True) -> None:
    if by_key:
        qtbot.keyClick(page.preset, Qt.Key.Key_F5)  # the shortcut, as a hurried user would
    else:
        click(qtbot, page.preview_button)
    assert page.preview_area.stack.currentWidget() is page.preview_area.busy
    assert not page.preview_button.isEnabled()
    idle(page.ctx)
    assert page.preview_button.isEnabled()
    settle(qtbot, page)


def settle(qtbot, page: ReportsPage) -> None:
    """Tables fitted to their rows, and the page laid out again around them."""
    qtbot.waitUntil(lambda: page.preview_area.current.settled)
    QApplication.processEvents()
    QApplication.processEvents()


def save_as(qtbot, page: ReportsPage, button, target: Path) -> QFileDialog:
    click(qtbot, button)
    chooser = page.file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(target))
    chooser.accept()
    return chooser


def done_dialog(qtbot, page: ReportsPage, idle) -> ExportDoneDialog:
    idle(page.ctx)
    qtbot.waitUntil(lambda: page.done_dialog is not None and page.done_dialog.isVisible())
    return page.done_dialog


def close(qtbot, dialog: QWidget) -> None:
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())


def cells_of(page: ReportsPage, key: str) -> list[tuple[str, CellState]]:
    model = page.preview_area.current.view(key).model()
    return [
        (model.index(r, c).data(), model.index(r, c).data(STATE_ROLE))
        for r in range(model.rowCount())
        for c in range(1, model.columnCount())
    ]


# --- periods ----------------------------------------------------------------------------


def test_presets_list_ended_periods_only():
    assert (preset_period(Preset.MONTH, date(2026, 1, 20)).start) == date(2025, 12, 1)
    last_q = preset_period(Preset.QUARTER, date(2026, 2, 3))
    assert (last_q.start, last_q.end) == (date(2025, 10, 1), date(2025, 12, 31))
    half = preset_period(Preset.HALF_YEAR, date(2026, 7, 1))  # the Ministry's, due 20 July
    assert (half.start, half.end) == (date(2026, 1, 1), date(2026, 6, 30))
    assert preset_period(Preset.HALF_YEAR, date(2026, 6, 30)).start == date(2025, 7, 1)
    assert preset_period(Preset.YEAR, date(2026, 12, 31)).start == date(2025, 1, 1)
    months = ended_periods(Preset.MONTH, date(2026, 3, 31))
    assert len(months) == 36 and months[0].start == date(2026, 2, 1)
    assert all(p.end < date(2026, 3, 31) for p in months)
    assert preset_of(date(2025, 1, 1), date(2025, 12, 31)) is Preset.YEAR
    assert preset_of(date(2026, 1, 5), date(2026, 2, 20)) is None
    assert default_file_name(date(2026, 7, 1), date(2026, 9, 30), "pdf") == (
        "oberih-report-2026-Q3.pdf"
    )
    assert default_file_name(date(2026, 1, 1), date(2026, 6, 30), "json") == (
        "oberih-report-2026-H1.json"
    )
    assert default_file_name(date(2026, 3, 1), date(2026, 3, 31), "csv") == (
        "oberih-report-2026-03.csv"
    )


def test_the_window_offers_only_ended_fixed_periods_and_shows_k_read_only(qtbot, reports_page):
    """No custom range and no other k can be asked for: there is no field for either."""
    page = reports_page()
    assert page.preset.currentData() == Preset.MONTH  # the everyday monthly report
    assert not page.findChildren(QDateEdit) and not page.findChildren(QSpinBox)
    for preset in Preset:
        page.choose_preset(preset)
        listed = [page.which.itemData(i) for i in range(page.which.count())]
        assert listed == ended_periods(preset, date.today())
        assert page.request().end < date.today()
    page.choose_preset(Preset.HALF_YEAR)
    assert "Ministry" in page.period_label.text()
    assert page.k.text().startswith("5 ") and isinstance(page.k, QLabel)
    page.ctx.set_settings(replace(page.ctx.settings, report_k=7))  # changed in Administration
    assert page.k.text().startswith("7 ") and "1 to 6" in page.k_hint.text()


# --- preview ----------------------------------------------------------------------------


def test_coordinator_previews_last_quarter_with_small_counts_marked(
    qtbot, reports_page, quarter_data, idle
):
    page = reports_page()
    choose_last_quarter(page)
    preview(qtbot, page, idle)
    shown = page.preview_area.summary
    assert shown is not None and shown.period_start == LAST_QUARTER.start
    view = page.preview_area.current
    # what the service publishes is what the page shows, cell by cell
    expected = build_summary(
        page.ctx.db, page.ctx.user, LAST_QUARTER.start, LAST_QUARTER.end, language="en"
    )
    for table in expected.tables:
        assert cells_of(page, table.key) == [(c.text, c.state) for r in table.rows for c in r.cells]
    ages = cells_of(page, "people_by_age")
    assert ("<5", CellState.PRIMARY) in ages  # the two women born in 2000
    assert any(state == CellState.COMPLEMENTARY and text == "×" for text, state in ages)
    consulted = cells_of(page, "consultations_by_format")
    assert ("<5", CellState.PRIMARY) in consulted  # three consultations
    assert view.figures.values["people_served"].text() == "8"
    assert view.figures.values["consultations_held"].text() == "<5"
    # every table has its definition a click away
    card = view.cards["people_by_age"]
    assert "Different people" in card.definition_button.toolTip()
    click(qtbot, card.definition_button)
    assert card.definition.isVisible() and "Different people" in card.definition.text()
    legend = " ".join(label.text() for label in view.legend.findChildren(QLabel))
    assert "<5" in legend and "from 1 to 4" in legend and "×" in legend
    # nothing from a client's record is on screen
    texts = " ".join(label.text() for label in view.findChildren(QLabel))
    assert not any(name in texts for name in NAMES)
    # changed settings: the preview says it is out of date
    page.language.setCurrentIndex(page.language.findData("uk"))
    assert page.preview_area.stale.isVisible()


# --- export -----------------------------------------------------------------------------


def test_csv_export_is_registered_and_the_same_period_gives_the_same_bytes(
    qtbot, reports_page, quarter_data, idle, tmp_path, opened_urls
):
    page = reports_page()
    choose_last_quarter(page)
    click(qtbot, page.csv_button)
    chooser = page.file_dialog
    default = Path(chooser.selectedFiles()[0]).name
    assert default == default_file_name(LAST_QUARTER.start, LAST_QUARTER.end, "csv")
    target = tmp_path / "department" / "q.csv"
    target.parent.mkdir()
    chooser.selectFile(str(target))
    chooser.accept()
    assert page.busy is not None and page.busy.isVisible()  # the bar while the worker writes
    done = done_dialog(qtbot, page, idle)
    assert page.busy is None
    assert target.is_file()
    first = target.read_bytes()
    assert first.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    digest = sha256(target)
    assert done.sha.text() == digest
    assert str(target) in done.file.text()
    assert not done.comparison.isVisible()  # nothing to compare with yet
    click(qtbot, done.open_button)  # opens in the system's viewer
    assert opened_urls == [QUrl.fromLocalFile(str(target))]
    qtbot.waitUntil(lambda: not isValid(done) or not done.isVisible())

    # the register lists it, with the SHA-256 of the bytes on disk
    page.tabs.setCurrentWidget(page.register)
    idle(page.ctx)
    model = page.register.model
    assert model.rowCount() == 1
    assert model.index(0, ExportRegisterModel.SHA).data() == digest
    assert (
        model.index(0, ExportRegisterModel.PERIOD).data()
        == preset_period(Preset.QUARTER, date.today()).label
    )
    assert model.index(0, ExportRegisterModel.FORMAT).data() == "CSV"
    assert model.index(0, ExportRegisterModel.K).data() == "5"
    stored = list_exports(page.ctx.db, page.ctx.user)
    assert [(r.sha256, r.format, r.period_start) for r in stored] == [
        (digest, "csv", LAST_QUARTER.start)
    ]

    # export the same period again from its register row, to another file: same bytes
    page.choose_preset(Preset.YEAR)  # the form's settings do not matter: the row's are used
    page.register.select_row(0)
    click(qtbot, page.register.reexport_button)
    assert page.preset.currentData() == Preset.QUARTER
    again = tmp_path / "department" / "again.csv"
    page.file_dialog.selectFile(str(again))
    page.file_dialog.accept()
    done = done_dialog(qtbot, page, idle)
    assert again.read_bytes() == first
    assert done.comparison.isVisible() and "Identical" in done.comparison.text()
    close(qtbot, done)

    # and over the first file, after confirming the replacement: still the same bytes
    page.register.select_row(0)
    click(qtbot, page.register.reexport_button)
    page.file_dialog.selectFile(str(target))
    page.file_dialog.accept()
    confirm = page.confirm_dialog
    assert isinstance(confirm, ConfirmDialog) and confirm.isVisible()
    assert confirm.cancel_button.isDefault()
    click(qtbot, confirm.confirm_button)
    done = done_dialog(qtbot, page, idle)
    assert target.read_bytes() == first
    close(qtbot, done)
    idle(page.ctx)
    assert model.rowCount() == 3
    assert {model.index(r, ExportRegisterModel.SHA).data() for r in range(3)} == {digest}
    assert not any(name.encode() in first for name in NAMES)

    # a register row previews its period with its settings
    page.choose_preset(Preset.MONTH)
    page.register.select_row(0)
    click(qtbot, page.register.preview_button)
    idle(page.ctx)
    assert page.tabs.currentWidget() is page.preview_area
    assert page.preview_area.summary.k == 5
    assert page.preview_area.summary.period_end == LAST_QUARTER.end


def test_pdf_export_writes_a_pdf_and_registers_it(
    qtbot, reports_page, quarter_data, idle, tmp_path, opened_urls
):
    page = reports_page()
    choose_last_quarter(page)
    target = tmp_path / "quarter"  # no suffix typed: the dialog adds .pdf
    save_as(qtbot, page, page.pdf_button, target)
    done = done_dialog(qtbot, page, idle)
    written = tmp_path / "quarter.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert done.sha.text() == sha256(written)
    click(qtbot, done.folder_button)
    assert opened_urls == [QUrl.fromLocalFile(str(tmp_path))]
    close(qtbot, done)
    idle(page.ctx)
    model = page.register.model
    assert model.index(0, ExportRegisterModel.FORMAT).data() == "PDF"
    assert model.index(0, ExportRegisterModel.SHA).data() == sha256(written)


# --- who may --------------------------------------------------------------------------


def test_case_worker_has_no_reports_area_and_the_service_refuses_her(
    qtbot, reports_page, staff, opened, idle, tmp_path
):
    assert "reports" not in [a.key for a in areas_for(Role.CASE_WORKER)]
    for role in (Role.COORDINATOR, Role.ADMIN):
        assert "reports" in [a.key for a in areas_for(role)]
    worker = staff[Role.CASE_WORKER]
    with pytest.raises(PermissionDenied):
        build_summary(opened.db, worker, LAST_QUARTER.start, LAST_QUARTER.end)
    with pytest.raises(PermissionDenied):
        export_summary(opened.db, worker, LAST_QUARTER.start, LAST_QUARTER.end, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    # even if the page were put in front of her, it only shows the refusal
    page = reports_page(Role.CASE_WORKER)
    assert not page.register.error.isHidden() and page.register.error.text()
    click(qtbot, page.preview_button)
    idle(page.ctx)
    assert page.form.banner.isVisible() and page.preview_area.summary is None


# --- screenshots ----------------------------------------------------------------------


def test_screenshots(qtbot, reports_page, quarter_data, idle, tmp_path, language, screenshot):
    page = reports_page()
    screenshot(page, "reports_start")
    choose_last_quarter(page)
    preview(qtbot, page, idle)
    screenshot(page, "reports_preview")
    scroll = page.preview_area.scroll.verticalScrollBar()
    scroll.setValue(scroll.maximum() // 3)
    screenshot(page, "reports_preview_tables")
    scroll.setValue(2 * scroll.maximum() // 3)
    screenshot(page, "reports_preview_tables2")
    scroll.setValue(scroll.maximum())
    screenshot(page, "reports_preview_end")
    save_as(qtbot, page, page.csv_button, tmp_path / "q.csv")
    done = done_dialog(qtbot, page, idle)
    screenshot(done, "reports_export_done")
    close(qtbot, done)
    idle(page.ctx)
    page.tabs.setCurrentWidget(page.register)
    page.register.select_row(0)
    click(qtbot, page.register.reexport_button)
    page.file_dialog.selectFile(str(tmp_path / "q2.csv"))
    page.file_dialog.accept()
    done = done_dialog(qtbot, page, idle)
    screenshot(done, "reports_export_again")
    close(qtbot, done)
    idle(page.ctx)
    page.tabs.setCurrentWidget(page.register)
    page.register.select_row(0)
    screenshot(page, "reports_register")


def test_report_in_the_other_language_leaves_the_interface_in_its_own(
    qtbot, reports_page, quarter_data, idle
):
    page = reports_page()
    assert page.language.currentData() == "en"  # the interface's language by default
    choose_last_quarter(page)
    page.language.setCurrentIndex(page.language.findData("uk"))
    preview(qtbot, page, idle)
    shown = page.preview_area.summary
    assert shown.language == "uk"
    assert page.preview_area.current.figures.values["people_served"].text() == "8"
    # the interface is still in English once the Ukrainian report is built
    assert QLocale().language() == QLocale.Language.English
    assert page.preview_button.text() == "&Preview tables"
    assert page.tabs.tabText(1) == "&Register of exports"


def test_coordinator_opens_reports_from_the_main_window(
    qtbot, gui_ctx, quarter_data, idle, language, screenshot
):
    from ui.main_window import MainWindow

    ctx = gui_ctx(Role.COORDINATOR)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)  # a usual laptop
    window.show()
    qtbot.waitExposed(window)
    nav = window.nav
    item = nav.item(window.area_keys().index("reports"))
    qtbot.mouseClick(nav.viewport(), LEFT, pos=nav.visualItemRect(item).center())
    page = window.stack.currentWidget()
    assert isinstance(page, ReportsPage)
    idle(ctx)
    assert page.register.status.text()  # the register was loaded on showing the area
    choose_last_quarter(page) if language == "en" else page.choose_preset(Preset.QUARTER)
    preview(qtbot, page, idle, by_key=False)
    screenshot(window, "reports_in_main_window")
    view = page.preview_area.current
    page.preview_area.scroll.ensureWidgetVisible(view.cards["people_by_district"], 0, 0)
    QApplication.processEvents()
    screenshot(window, "reports_in_main_window_tables")


def test_json_export_for_the_department_is_registered(
    qtbot, reports_page, quarter_data, idle, tmp_path
):
    import json

    page = reports_page()
    choose_last_quarter(page)
    target = tmp_path / "q.json"
    save_as(qtbot, page, page.json_button, target)
    done = done_dialog(qtbot, page, idle)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["schema"] == "oberih.summary" and doc["k"] == 5
    assert doc["period"]["start"] == LAST_QUARTER.start.isoformat()
    close(qtbot, done)
    [record] = list_exports(page.ctx.db, page.ctx.user)
    assert record.format == "json"


def test_the_summary_of_one_site_is_previewed_and_registered_with_its_site(
    qtbot, reports_page, opened, idle, monkeypatch, tmp_path
):
    """ "All" by default; a site chosen gives that site's summary (counts of things only),
    and its export is registered with the site's code."""
    from shelter_app import sites

    sites.add_site(opened.db, opened.admin, "Притулок «Оболонь»", "shelter", "prytulok-2")
    page = reports_page()
    box = page.site
    assert box.currentData() is None and box.count() == 3  # All, the centre, the shelter
    box.setCurrentIndex(box.findData("prytulok-2"))
    page.preview()
    idle(page.ctx)
    qtbot.waitUntil(lambda: page.preview_area.current is not None, timeout=15_000)
    shown = page.preview_area.current.summary
    assert "Притулок «Оболонь»" in shown.centre
    assert [t.key for t in shown.tables] == ["site_events_by_kind"]
    out = tmp_path / "site.csv"
    page._run_export(out, "csv", page.request())
    idle(page.ctx)
    qtbot.waitUntil(lambda: out.exists(), timeout=15_000)
    [record] = list_exports(opened.db, opened.admin)
    assert record.site == "prytulok-2"
    assert page.request().same_settings(record, "csv")
