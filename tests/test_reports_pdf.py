"""The PDF of an anonymised summary: it opens, shows every published figure, embeds its
font, numbers its pages, and is the same bytes for the same Summary.

The Summaries are built by hand here: the renderer is checked apart from the indicators
and disclosure control that normally produce them."""

from __future__ import annotations

import ast
import io
import json
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator

from shelter_app.i18n import install_translator
from shelter_app.reports.model import (
    Cell,
    CellState,
    Definition,
    Figure,
    Row,
    Series,
    Summary,
    Table,
)
from shelter_app.reports.pdf import render_pdf

ROOT = Path(__file__).resolve().parent.parent
PENDING = ROOT / "resources" / "translations" / "pending" / "reports_pdf.json"
K = 5

AGE_BANDS = ("0–17", "18–24", "25–34", "35–44", "45–59", "60+")
DISTRICTS = (
    "Голосіївський",
    "Дарницький",
    "Деснянський",
    "Дніпровський",
    "Оболонський",
    "Печерський",
    "Подільський",
    "Святошинський",
    "Солом’янський",
    "Шевченківський",
)
MONTHS = tuple(f"{m:02d}.2025" for m in range(1, 13))
DEFINITIONS = {
    "people": (
        "Отримувачки послуг",
        "Кількість різних осіб, яким у звітному періоді надано хоча б одну послугу центру чи "
        "притулку (консультацію, курс, захід або проживання). Кожну особу враховано один "
        "раз, незалежно від кількості звернень; вік визначено на останній день періоду.",
    ),
    "new_clients": ("Нові клієнтки", "Особи, перше звернення яких припало на звітний період."),
    "consultations": (
        "Консультації",
        "Проведені психологічні та юридичні консультації, включно з груповими. Неявка — "
        "запланована консультація, на яку клієнтка не прийшла й не скасувала її заздалегідь. "
        "Первинна консультація — перша консультація цього виду для клієнтки.",
    ),
    "courses": (
        "Курси",
        "Записи на курси, що тривали у звітному періоді; курс завершено, якщо учасниця "
        "відвідала щонайменше 80 % занять. Відвідуваність — частка відвіданих занять серед "
        "запланованих для записаних учасниць.",
    ),
    "events": (
        "Заходи",
        "Інформаційні, просвітницькі та навчальні заходи центру, проведені у звітному "
        "періоді, і кількість їх учасниць за реєстраційними листами.",
    ),
    "shelter": (
        "Притулок",
        "Поселення — прийняття жінки до притулку у звітному періоді; вибуття — завершення "
        "перебування. Ліжко-день — одна ніч, проведена в притулку однією особою (жінкою або "
        "дитиною). Тривалість перебування рахують у ночах від поселення до вибуття.",
    ),
    "occupancy": (
        "Заповненість притулку",
        "Частка використаних ліжко-днів від усіх ліжко-днів, доступних у місяці, у відсотках.",
    ),
    "waiting_list": (
        "Черга та відмови",
        "Звернення щодо влаштування до притулку, які не було задоволено в день звернення.",
    ),
    "referrals": (
        "Переадресації",
        "Вхідні — клієнтки, направлені до центру іншою організацією; вихідні — направлення "
        "клієнток центром до інших організацій.",
    ),
    "violence_forms": (
        "Форми насильства",
        "Кількість клієнток, які повідомили про відповідну форму домашнього насильства "
        "(за Законом України «Про запобігання та протидію домашньому насильству»). Одна "
        "клієнтка може повідомити про кілька форм.",
    ),
}
INDICATOR_OF = {
    "people_by_age": "people",
    "people_by_district": "people",
    "people_by_district_and_age": "people",
    "consultations_by_topic": "consultations",
    "consultations_by_format": "consultations",
    "consultations_by_month": "consultations",
    "shelter_departures": "shelter",
}


def _cell(count: int) -> Cell:
    if 0 < count < K:
        return Cell(None, CellState.PRIMARY, f"<{K}")
    return Cell(count, CellState.SHOWN, f"{count:,}".replace(",", "\u00a0"))


def _hidden() -> Cell:
    return Cell(None, CellState.COMPLEMENTARY, "×")


def _table(
    key: str,
    title: str,
    row_header: str,
    columns: tuple[str, ...],
    labels: tuple[str, ...],
    rng: random.Random,
    *,
    high: int = 90,
    total_label: str = "Усього",
) -> Table:
    """Counts with a total row, and a total column when the last column is called so.
    Each row or column with one primary suppression gets a complementary one, as the real
    disclosure control would."""
    total_column = columns[-1] in ("Усього", "Total")
    width = len(columns) - total_column
    raw = [[rng.choice([0, 1, 3, *range(5, high)]) for _ in range(width)] for _ in labels]
    rows = []
    for label, counts in zip(labels, raw, strict=True):
        cells = [_cell(c) for c in counts]
        primaries = [j for j, c in enumerate(cells) if c.state is CellState.PRIMARY]
        if len(primaries) == 1 and len(cells) > 1:
            shown = [j for j, c in enumerate(cells) if c.state is CellState.SHOWN]
            if shown:
                smallest = min(shown, key=lambda j: counts[j])
                cells[smallest] = _hidden()
        if total_column:
            cells.append(_cell(sum(counts)))
        rows.append(Row(label, tuple(cells)))
    totals = [sum(r[j] for r in raw) for j in range(width)]
    total_cells = [_cell(t) for t in totals]
    if total_column:
        total_cells.append(_cell(sum(totals)))
    rows.append(Row(total_label, tuple(total_cells), is_total=True))
    return Table(key, title, row_header, columns, tuple(rows), INDICATOR_OF.get(key, key))


def ukrainian_summary() -> Summary:
    rng = random.Random(4)
    tables = (
        _table(
            "people_by_age",
            "Отримувачки послуг за віковими групами",
            "Вікова група",
            ("Нові клієнтки", "Повторні звернення", "Усього"),
            AGE_BANDS,
            rng,
        ),
        _table(
            "people_by_district",
            "Отримувачки послуг за районами Києва",
            "Район",
            ("Нові клієнтки", "Усього"),
            DISTRICTS,
            rng,
        ),
        _table(
            "people_by_district_and_age",
            "Отримувачки послуг за районами та віковими групами",
            "Район міста Києва",
            (*AGE_BANDS, "Вік не зазначено", "Усього"),
            DISTRICTS,
            rng,
            high=40,
        ),
        _table(
            "consultations_by_topic",
            "Консультації за темою звернення",
            "Тема консультації",
            ("Психологічні", "Юридичні", "Усього"),
            (
                "Психологічна допомога у зв’язку з пережитим домашнім насильством та його "
                "наслідками для дітей, які були свідками насильства",
                "Тривожність, панічні атаки та порушення сну після пережитої травми",
                "Розлучення, поділ спільного майна подружжя та визначення місця проживання дітей",
                "Стягнення аліментів і виконання рішень суду",
                "Термінові заборонні приписи та обмежувальні приписи щодо кривдника",
                "Житлові питання",
                "Працевлаштування та економічна незалежність",
                "Інше",
            ),
            rng,
            high=300,
        ),
        _table(
            "consultations_by_format",
            "Консультації за формою та первинністю",
            "Форма проведення",
            ("Первинні", "Повторні", "Неявки", "Усього"),
            ("Очно в центрі", "Телефоном", "Онлайн (відеозв’язок)", "Виїзна консультація"),
            rng,
            high=400,
        ),
        _table(
            "consultations_by_month",
            "Консультації за місяцями та видами",
            "Вид консультації",
            (*MONTHS, "Усього"),
            ("Психологічні індивідуальні", "Психологічні групові", "Юридичні"),
            rng,
            high=120,
        ),
        _table(
            "courses",
            "Курси: записи, завершення та відвідуваність",
            "Курс",
            ("Записалися", "Завершили"),
            (
                "Фінансова грамотність і планування бюджету",
                "Основи цифрової безпеки та захисту від переслідування в мережі",
                "Група підтримки «Відновлення»",
                "Професійне навчання: перукарська справа",
            ),
            rng,
            high=40,
        ),
        _table(
            "events",
            "Заходи та їх відвідування",
            "Вид заходу",
            ("Заходів", "Учасниць"),
            ("Інформаційні зустрічі", "Тренінги для фахівців", "Акції «16 днів проти насильства»"),
            rng,
            high=60,
        ),
        _table(
            "shelter_departures",
            "Притулок: вибуття за результатом",
            "Результат",
            ("Жінки", "Діти"),
            (
                "Повернулася до власного житла після виселення кривдника",
                "Переїхала до родичів або знайомих",
                "Орендоване житло",
                "Переведено до іншого закладу",
                "Інше або невідомо",
            ),
            rng,
            high=20,
        ),
        _table(
            "waiting_list",
            "Черга та відмови у влаштуванні за причиною",
            "Причина",
            ("Кількість",),
            ("Немає вільних місць", "Не відповідає умовам перебування", "Відмовилася сама"),
            rng,
            high=30,
        ),
        _table(
            "referrals",
            "Переадресації за типом організації",
            "Тип організації",
            ("Вхідні", "Вихідні", "Усього"),
            (
                "Служба у справах дітей",
                "Національна поліція",
                "Центр безоплатної правничої допомоги",
                "Заклад охорони здоров’я",
                "Громадська організація",
            ),
            rng,
            high=50,
        ),
        _table(
            "violence_forms",
            "Форми насильства, про які повідомили клієнтки",
            "Форма насильства",
            ("Кількість клієнток",),
            ("Психологічне", "Фізичне", "Економічне", "Сексуальне"),
            rng,
            high=400,
        ),
    )
    figures = (
        Figure("people_served", "Отримувачки послуг (без повторів)", 1234, "1\u00a0234", "people"),
        Figure("new_clients", "Нові клієнтки", 412, "412", "new_clients"),
        Figure("consultations", "Консультації, усього", 3388, "3\u00a0388", "consultations"),
        Figure("no_shows", "Неявки на консультації", 147, "147", "consultations"),
        Figure("attendance", "Відвідуваність курсів", 82.5, "82,5 %", "courses"),
        Figure("admissions", "Поселення до притулку", 38, "38", "shelter"),
        Figure("bed_nights", "Ліжко-дні", 4512, "4\u00a0512", "shelter"),
        Figure("occupancy", "Середня заповненість притулку", 78.4, "78,4 %", "occupancy"),
        Figure("mean_stay", "Середня тривалість перебування, днів", None, "—", "shelter"),
        Figure("children", "Діти, які проживали в притулку", None, "<5", "shelter"),
    )
    consultations = (130, None, 150, 162, 171, 149, 120, None, 188, 201, 176, 190)
    occupancy = (71.0, 74.5, 80.2, 85.0, None, 76.4, 69.9, 72.3, 81.0, 88.6, 90.1, 84.7)
    series = (
        Series(
            "consultations_per_month",
            "Консультації за місяцями",
            "консультацій",
            MONTHS,
            consultations,
            tuple("<5" if v is None else str(v) for v in consultations),
            "consultations",
        ),
        Series(
            "occupancy_per_month",
            "Заповненість притулку за місяцями",
            "% ліжок",
            MONTHS,
            occupancy,
            tuple("—" if v is None else f"{v:.1f}".replace(".", ",") for v in occupancy),
            "occupancy",
        ),
    )
    definitions = tuple(Definition(key, name, text) for key, (name, text) in DEFINITIONS.items())
    return Summary(
        centre="Київський міський центр роботи з жінками",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        period_label="2025 рік",
        generated_at=datetime(2026, 1, 15, 9, 30),
        generated_by_role="Координаторка",
        k=K,
        language="uk",
        disclosure_rule=(
            "Кількість від 1 до 4 не показано (позначено «<5»). Щоб приховану кількість не "
            "можна було обчислити з підсумків рядка чи стовпця або з інших таблиць звіту, "
            "додатково приховано ще щонайменше одну клітинку (позначено «×»). Середні "
            "значення, медіани та відсотки, обчислені для менш ніж 10 осіб, не показано."
        ),
        figures=figures,
        tables=tables,
        series=series,
        definitions=definitions,
    )


def english_summary() -> Summary:
    rng = random.Random(7)
    table = _table(
        "people_by_age",
        "People served by age band",
        "Age band",
        ("New clients", "Returning", "Total"),
        AGE_BANDS,
        rng,
        total_label="Total",
    )
    values = (40, None, 52, 61)
    return Summary(
        centre="Kyiv City Centre for Work with Women",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
        period_label="2026, Q1",
        generated_at=datetime(2026, 4, 2, 7, 5),
        generated_by_role="Coordinator",
        k=K,
        language="en",
        disclosure_rule="Counts from 1 to 4 are not shown.",
        figures=(Figure("people_served", "People served", 97, "97", "people_by_age"),),
        tables=(table,),
        series=(
            Series(
                "consultations_per_month",
                "Consultations per month",
                "consultations",
                ("01.2026", "02.2026", "03.2026", "04.2026"),
                values,
                tuple("<5" if v is None else str(v) for v in values),
                "people_by_age",
            ),
        ),
        definitions=(Definition("people_by_age", "People served", "Each person once."),),
    )


# --- translations ------------------------------------------------------------------------


def _pending() -> dict[str, str]:
    return json.loads(PENDING.read_text(encoding="utf-8"))


def _ukrainian() -> dict[str, str]:
    """The Ukrainian of the renderer's strings: the pending file until the lead merges it
    into the catalogue, the catalogue after."""
    if PENDING.exists():
        return _pending()
    ts = ET.parse(ROOT / "resources" / "translations" / "oberih_uk.ts").getroot()
    return {
        message.find("source").text: message.find("translation").text
        for context in ts.iter("context")
        if context.find("name").text == "reports_pdf"
        for message in context.iter("message")
    }


def _report_sources() -> list[str]:
    """Every `QCoreApplication.translate("reports_pdf", ...)` source text in the renderer."""
    found = []
    for name in ("pdf.py", "pdf_charts.py", "pdf_tables.py", "pdf_style.py"):
        tree = ast.parse((ROOT / "shelter_app" / "reports" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == "reports_pdf"
            ):
                found.append(node.args[1].value)
    return found


def _compile_pending(folder: Path) -> Path:
    """A .qm of the pending strings, until the lead merges them into oberih_uk.ts."""
    messages = "".join(
        f"<message><source>{escape(en)}</source><translation>{escape(uk)}</translation></message>"
        for en, uk in _pending().items()
    )
    ts = folder / "reports_pdf_uk.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="uk_UA"><context><name>reports_pdf</name>{messages}</context></TS>',
        encoding="utf-8",
    )
    qm = folder / "reports_pdf_uk.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture(scope="module")
def ukrainian_pdf(qapp, tmp_path_factory) -> bytes:
    """The realistic report in Ukrainian, rendered once; English is restored at once so
    that the other tests run in the language conftest sets."""
    install_translator("uk")
    extra = None
    if PENDING.exists():
        extra = QTranslator(qapp)
        assert extra.load(str(_compile_pending(tmp_path_factory.mktemp("qm"))))
        QCoreApplication.installTranslator(extra)
    try:
        return render_pdf(ukrainian_summary())
    finally:
        if extra is not None:
            QCoreApplication.removeTranslator(extra)
        install_translator("en")


def _plain(text: str) -> str:
    """Whitespace as pypdf gives it back: runs of spaces, line breaks and no-break spaces
    become one space."""
    return " ".join(text.split())


def _text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, _plain(text)


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


# --- the tests ---------------------------------------------------------------------------


def test_every_string_of_the_pdf_has_a_ukrainian_translation():
    sources = _report_sources()
    ukrainian = _ukrainian()
    assert len(sources) > 25
    assert set(sources) <= set(ukrainian), set(sources) - set(ukrainian)
    for english in sources:
        assert re.search("[а-яіїєґ]", ukrainian[english], re.IGNORECASE), english
        placeholders = sorted(re.findall("%[0-9]", english))
        assert sorted(re.findall("%[0-9]", ukrainian[english])) == placeholders, english


def test_report_opens_with_a_sensible_number_of_pages(ukrainian_pdf):
    reader, _ = _text(ukrainian_pdf)
    assert 10 <= len(reader.pages) <= 30
    assert reader.metadata.title.startswith("Анонімізований звіт про діяльність")


def test_fonts_are_embedded_dejavu_and_nothing_falls_back_to_helvetica(ukrainian_pdf):
    reader, _ = _text(ukrainian_pdf)
    fonts = _fonts(reader)
    assert fonts
    assert all("DejaVuSans" in name for name in fonts), fonts
    assert any("Bold" in name for name in fonts)
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            descriptor = ref.get_object().get("/DescendantFonts", [ref])[0].get_object()
            descriptor = descriptor.get("/FontDescriptor", descriptor).get_object()
            assert "/FontFile2" in descriptor, "font not embedded"


def test_title_page_names_the_centre_period_role_and_threshold(ukrainian_pdf):
    reader, _ = _text(ukrainian_pdf)
    first = _plain(reader.pages[0].extract_text())
    summary = ukrainian_summary()
    for text in (
        summary.centre,
        "Анонімізований звіт про діяльність",
        summary.period_label,
        "01.01.2025 – 31.12.2025",
        "15.01.2026",
        "Координаторка",
        "k = 5",
        "Кількості від 1 до 4 показано як «<5»",
    ):
        assert text in first, text
    assert f"Сторінка 1 з {len(reader.pages)}" in first


def test_every_figure_table_title_and_cell_text_appears(ukrainian_pdf):
    _, text = _text(ukrainian_pdf)
    summary = ukrainian_summary()
    for figure in summary.figures:
        assert _plain(figure.label) in text
        assert _plain(figure.text) in text
    for i, table in enumerate(summary.tables, start=1):
        assert f"Таблиця {i}. {table.title}" in text
        assert _plain(" ".join([table.row_header, *table.columns])) in text
        for row in table.rows:
            # The row reads back in order: its label, then every cell's text.
            line = _plain(" ".join([row.label, *(cell.text for cell in row.cells)]))
            assert line in text, line
    for i, series in enumerate(summary.series, start=1):
        assert f"Діаграма {i}. {series.title}" in text
        assert series.unit in text
        assert all(label in text for label in series.labels)
    assert "Місяць" in text


def test_suppressed_cells_are_shaded_and_the_legend_explains_them(ukrainian_pdf):
    _, text = _text(ukrainian_pdf)
    assert "Умовні позначення" in text
    assert "кількість від 1 до 4; приховано, щоб захистити людей" in text
    assert "не можна було обчислити з підсумків чи інших клітинок" in text
    assert "Приховані значення надруковано сірим на затіненому тлі" in text
    assert "«<5» — кількість від 1 до 4" in text
    assert "«×» — приховано для захисту іншої клітинки" in text


def test_every_page_is_numbered_and_says_the_report_is_anonymised(ukrainian_pdf):
    reader, _ = _text(ukrainian_pdf)
    total = len(reader.pages)
    for n, page in enumerate(reader.pages, start=1):
        text = _plain(page.extract_text())
        assert f"Сторінка {n} з {total}" in text
        assert "Анонімізований звіт: не містить персональних даних" in text


def test_wide_tables_get_landscape_pages_and_everything_else_portrait(ukrainian_pdf):
    reader, _ = _text(ukrainian_pdf)
    shapes = [
        "landscape" if page.mediabox.width > page.mediabox.height else "portrait"
        for page in reader.pages
    ]
    assert shapes[0] == shapes[-1] == "portrait"
    assert "landscape" in shapes
    # "Психологічні індивідуальні" is a row of the 13-column monthly table only.
    monthly = next(
        n
        for n, page in enumerate(reader.pages)
        if "Психологічні індивідуальні" in page.extract_text()
    )
    assert shapes[monthly] == "landscape"


def test_appendix_gives_the_disclosure_rule_and_every_definition(ukrainian_pdf):
    reader, text = _text(ukrainian_pdf)
    summary = ukrainian_summary()
    assert _plain(summary.disclosure_rule) in text
    assert "Додаток А" in text and "Додаток Б. Визначення показників" in text
    for definition in summary.definitions:
        assert definition.name in text
    assert "Кожну особу враховано один раз" in text
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Додаток Б. Визначення показників" in outline


def test_same_summary_gives_the_same_bytes(qapp):
    summary = english_summary()
    first = render_pdf(summary)
    assert render_pdf(summary) == first
    later = Summary(**{**summary.__dict__, "generated_at": datetime(2026, 4, 3, 7, 5)})
    assert render_pdf(later) != first


def test_english_report(qapp):
    install_translator("en")
    pdf = render_pdf(english_summary())
    reader, text = _text(pdf)
    assert len(reader.pages) >= 4
    for expected in (
        "Anonymised activity summary",
        "Kyiv City Centre for Work with Women",
        "Generated by (role) Coordinator",
        "Table 1. People served by age band",
        "Chart 1. Consultations per month",
        "Appendix B. Indicator definitions",
        f"Page 1 of {len(reader.pages)}",
        "Anonymised summary: contains no personal data",
    ):
        assert expected in text, expected
    assert all("DejaVuSans" in name for name in _fonts(reader))


def test_a_table_too_wide_for_any_page_is_split_into_column_groups(qapp):
    rng = random.Random(1)
    columns = tuple(f"Показник номер {i}" for i in range(1, 25))
    wide = _table("wide", "Дуже широка таблиця", "Район", columns, DISTRICTS, rng)
    summary = Summary(**{**english_summary().__dict__, "tables": (wide,)})
    reader, text = _text(render_pdf(summary))
    assert "Table 1. Дуже широка таблиця (continued)" in text
    assert "Columns 1–" in text
    for column in columns:
        assert column in text
    for row in wide.rows:
        assert _plain(row.label) in text
        assert all(_plain(cell.text) in text for cell in row.cells)
    for page in reader.pages:
        assert page.mediabox.width <= 842


def test_a_long_table_repeats_its_header_row_on_every_page(qapp):
    labels = tuple(f"Категорія отримувачок послуг номер {i}" for i in range(1, 121))
    long = _table(
        "long", "Довга таблиця", "Категорія", ("Нові", "Усього"), labels, random.Random(2)
    )
    summary = Summary(**{**english_summary().__dict__, "tables": (long,)})
    reader, _ = _text(render_pdf(summary))
    pages = [_plain(p.extract_text()) for p in reader.pages]
    spanned = [p for p in pages if "Категорія отримувачок послуг номер" in p]
    assert len(spanned) >= 3
    assert all("Категорія Нові Усього" in p for p in spanned)
    assert sum("Table 1. Довга таблиця" in p for p in pages) == 2  # contents and the table
