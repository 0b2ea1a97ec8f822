"""The main window: the areas the role may use, a status bar with who is signed in, and
the lock and quick-exit controls always in reach."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QScreen, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import role_label

from . import area_keys
from .areas import Area, areas_for, start_area
from .context import AppContext
from .fault_dialog import show_fault
from .shortcuts_help import ShortcutsDialog
from .window_state import (
    FRAME_GUESS,
    DialogLists,
    UserSettings,
    first_geometry,
    fitted,
    keep_area_headers,
)

QUICK_EXIT_STYLE = (
    "QPushButton { background: #b3261e; color: white; font-weight: bold; padding: 4px 14px;"
    " border-radius: 4px; } QPushButton:hover { background: #8c1d18; }"
)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quick_exit_requested = Signal()
    sign_out_requested = Signal()
    close_requested = Signal()
    change_password_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.allow_close = False
        # The title names the program only: never a client, never a path.
        self.setWindowTitle(self.tr("Oberih"))
        self.areas: list[Area] = areas_for(ctx.user.role)
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setUniformItemSizes(True)
        self.nav.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.nav.setFont(font)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        for area in self.areas:
            item = QListWidgetItem(area.title, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setToolTip(f"{area.title} ({area.shortcut})")
        # the sidebar never squeezes below its longest title (a wide area gives way instead)
        widest = max(
            (self.nav.fontMetrics().horizontalAdvance(a.title) for a in self.areas), default=0
        )
        self.nav.setMinimumWidth(widest + 36)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1000])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        # her own window state, column widths and sorts (never the previous user's)
        self.settings = UserSettings(ctx.user)
        self.dialog_lists = DialogLists(self.settings, self)  # lists in dialogs too
        self.nav.currentRowChanged.connect(self._show_row)
        if not self.areas:
            empty = QLabel(self.tr("There is no work area for your role yet."), self.stack)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(empty)

        self._build_actions()
        self._build_status_bar()
        ctx.worker.unhandled_error.connect(self.show_error)
        ctx.worker.busy_changed.connect(self.busy.setVisible)
        ctx.navigate.connect(self.navigate)

        # each user's own size and last area (window_state: never the previous user's)
        geometry = self.settings.value("main_window/geometry")
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty()
        if not restored or not self.restoreGeometry(geometry):
            self.setGeometry(first_geometry(self._available()))
        self._screen: QScreen | None = None
        last = str(self.settings.value("main_window/area", "") or "")
        keys = [a.key for a in self.areas]
        if last not in keys:
            last = start_area(ctx.user.role)
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    # --- building ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(16, 16))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.area_title = QLabel(self)
        font = self.area_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.area_title.setFont(font)
        self.area_title.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.area_title)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"), self)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.lock_button.clicked.connect(self.lock_requested.emit)
        bar.addWidget(self.lock_button)
        self.quick_exit_button = QPushButton(self.tr("Quick exit (F12)"), self)
        self.quick_exit_button.setObjectName("quickExitButton")
        self.quick_exit_button.setStyleSheet(QUICK_EXIT_STYLE)
        self.quick_exit_button.setToolTip(
            self.tr("Hides every window of the program at once and locks it.")
        )
        self.quick_exit_button.clicked.connect(self.quick_exit_requested.emit)
        bar.addWidget(self.quick_exit_button)

        account = self.menuBar().addMenu(self.tr("&Account"))
        self.change_password_action = QAction(self.tr("Change my &password…"), self)
        self.change_password_action.triggered.connect(self.change_password_requested.emit)
        account.addAction(self.change_password_action)
        account.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested.emit)
        account.addAction(self.lock_action)
        self.quick_exit_action = QAction(self.tr("&Quick exit"), self)
        self.quick_exit_action.setShortcut(QKeySequence("F12"))
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_exit_action.triggered.connect(self.quick_exit_requested.emit)
        account.addAction(self.quick_exit_action)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested.emit)
        account.addAction(self.sign_out_action)
        account.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        account.addAction(quit_action)

        go = self.menuBar().addMenu(self.tr("&Go"))
        for row, area in enumerate(self.areas):
            action = QAction(area.title, self)
            action.setShortcut(QKeySequence(area.shortcut))
            action.triggered.connect(lambda _=False, r=row: self.go_to_row(r))
            go.addAction(action)
            self.addAction(action)
        # Ctrl+F and Ctrl+N belong to the window: they work from the sidebar too (area_keys)
        for keys, slot in ((area_keys.FIND, self.find), (area_keys.NEW, self.new_item)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            shortcut.activatedAmbiguously.connect(slot)  # a page's own made since: adopted

        help_menu = self.menuBar().addMenu(self.tr("H&elp"))
        keys_action = QAction(self.tr("&Keyboard shortcuts"), self)
        keys_action.setShortcut(QKeySequence("F1"))
        keys_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys_action)
        about = QAction(self.tr("&About Oberih"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        text = fill(
            self.tr("Signed in: %1 — %2"),
            self.ctx.user.display_name,
            role_label(self.ctx.user.role),
        )
        self.user_label = QLabel(text, self)
        status.addWidget(self.user_label)
        if self.ctx.demo:
            demo = QLabel(self.tr("Demo database: synthetic clients only"), self)
            demo.setStyleSheet("color: #8a6d00;")
            status.addWidget(demo)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setVisible(self.ctx.worker.busy)
        status.addPermanentWidget(self.busy)
        lock = QPushButton(self.tr("Lock"), self)
        lock.setFlat(True)
        lock.clicked.connect(self.lock_requested.emit)
        status.addPermanentWidget(lock)

    # --- areas -------------------------------------------------------------------------

    def area_keys(self) -> list[str]:
        return [a.key for a in self.areas]

    def page(self, key: str) -> QWidget:
        """The page of an area, built the first time it is needed."""
        if key not in self.pages:
            area = next(a for a in self.areas if a.key == key)
            page = area.page_class()(self.ctx, self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
            keep_area_headers(self.settings, page, key)  # her widths and sort, per list
            area_keys.adopt(page)
        return self.pages[key]

    def show_area(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.area_keys().index(key))
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        area = self.areas[row]
        page = self.page(area.key)
        self.stack.setCurrentWidget(page)
        self.area_title.setText(area.title)
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate()
        area_keys.adopt(page)

    def go_to_row(self, row: int) -> None:
        """Ctrl+1..9: show the area and put the keyboard into it, not in the sidebar."""
        self.nav.setCurrentRow(row)
        page = self.stack.currentWidget()
        if page is not None and row == self.nav.currentRow():
            area_keys.focus_content(page)

    def current_page(self) -> QWidget | None:
        row = self.nav.currentRow()
        return self.pages.get(self.areas[row].key) if 0 <= row < len(self.areas) else None

    def find(self) -> None:
        """Ctrl+F: the area's search, wherever the focus is; its content if it has none."""
        page = self.current_page()
        if page is not None and not area_keys.trigger(page, area_keys.FIND):
            area_keys.focus_content(page)

    def new_item(self) -> None:
        """Ctrl+N: what the shown area makes new (a client, a course, an admission…)."""
        page = self.current_page()
        if page is not None:
            area_keys.trigger(page, area_keys.NEW)

    def navigate(self, key: str, argument: object) -> None:
        if key not in self.area_keys():
            return
        page = self.show_area(key)
        target = getattr(page, "navigate_to", None)
        if callable(target) and argument is not None:
            target(argument)

    # --- messages ----------------------------------------------------------------------

    def show_error(self, error: OberihError) -> None:
        show_fault(error, self)  # worded by its kind: a full disk never reads as damage

    def show_shortcuts(self) -> None:
        areas = sorted(self.areas, key=lambda a: int(a.shortcut.rsplit("+", 1)[-1]))
        dialog = ShortcutsDialog([(a.shortcut, a.title) for a in areas], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _about(self) -> None:
        from shelter_app import __version__

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Oberih"),
            fill(
                self.tr(
                    "Oberih %1 — case management for the Kyiv City Centre for Work with Women "
                    "and its Shelter. Records are kept encrypted on this computer."
                ),
                __version__,
            ),
            parent=self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- the screen ------------------------------------------------------------------

    def _available(self) -> QRect:
        screen = self.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 680)

    def fit_to_screen(self, *_args: object) -> None:
        """Keep the whole window, status bar included, on the available part of the
        screen (without the taskbar); a window too big for a new screen shrinks."""
        if self.isMaximized() or self.isFullScreen():
            return
        available = self._available()
        frame = self.frameGeometry()
        inner = self.geometry()
        margins = (
            QMargins(
                inner.left() - frame.left(),
                inner.top() - frame.top(),
                frame.right() - inner.right(),
                frame.bottom() - inner.bottom(),
            )
            if frame != inner
            else FRAME_GUESS
        )
        target = fitted(inner, available, margins)
        if target != inner:
            self.setGeometry(target)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and self._screen is None:
            handle.screenChanged.connect(self._screen_changed)
            self._screen_changed(handle.screen())
            page = self.current_page()
            if page is not None:  # the first area opens with the keyboard in it
                area_keys.focus_content(page)
        self.fit_to_screen()

    def _screen_changed(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.availableGeometryChanged.disconnect(self.fit_to_screen)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self.fit_to_screen)
            self.fit_to_screen()

    # --- closing -----------------------------------------------------------------------

    def save_state(self) -> None:
        self.settings.set_value("main_window/geometry", self.saveGeometry())
        row = self.nav.currentRow()
        if 0 <= row < len(self.areas):
            self.settings.set_value("main_window/area", self.areas[row].key)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.allow_close:
            self.dialog_lists.stop()  # the next user's dialogs are hers, not this user's
            event.accept()
            return
        event.ignore()  # the app finishes the day's backup and signs out, then closes us
        self.close_requested.emit()
