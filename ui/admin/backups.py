"""Backups: make one now (to a USB stick, say), see the automatic ones, choose how many
are kept, and restore one. Restoring is the app controller's job (it signs everyone out
and closes the database first); this section only chooses the file, checks it and asks
for confirmation."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QDir,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app import backups, settings
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.local_files import BACKUP_SUFFIX as SUFFIX
from shelter_app.local_files import (
    BackupFile,
    BackupInfo,
    BackupManifest,
    backup_files,
    check_backup,
)
from shelter_app.settings import CentreSettings

from ..context import AppContext
from ..dialogs import BusyDialog
from ..forms import ErrorForm, error_label
from ..table_model import Column, TableModel
from .common import (
    SUCCESS_STYLE,
    ConfirmDialog,
    explanation,
    local_time_text,
    monospace,
    setup_table,
    size_text,
)

Index = QModelIndex | QPersistentModelIndex
FOLDER_KEY = "admin/backup_folder"


class BackupFilesModel(TableModel):
    NAME, MADE, SIZE, KIND = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent, tooltip=lambda f: str(f.path))
        self.columns = [
            Column(self.tr("File"), lambda f: f.path.name),
            Column(self.tr("Written"), lambda f: local_time_text(f.modified)),
            Column(self.tr("Size"), lambda f: size_text(f.size_bytes), align_right=True),
            Column(
                self.tr("Kind"),
                lambda f: self.tr("daily, automatic") if f.automatic else self.tr("made by hand"),
            ),
        ]

    def set_files(self, rows: list[BackupFile]) -> None:
        self.set_rows(rows)

    def file(self, row: int) -> BackupFile | None:
        return self.record(row)


class BackupsSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.busy: BusyDialog | None = None
        self.last_backup: BackupInfo | None = None
        layout = QVBoxLayout(self)

        # make a backup now
        make = QGroupBox(self.tr("Make a backup now"), self)
        make_layout = QVBoxLayout(make)
        make_layout.addWidget(
            explanation(
                self.tr(
                    "A backup is one encrypted file: it opens only with the staff passwords "
                    "or the recovery code. Keep copies away from this computer, e.g. on a "
                    "USB stick in a locked cupboard."
                ),
                make,
            )
        )
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Make a backup now…"), make)
        row.addWidget(self.make_button)
        row.addStretch(1)
        make_layout.addLayout(row)
        self.make_error = error_label(make)
        make_layout.addWidget(self.make_error)
        self.result = QWidget(make)
        result_form = QFormLayout(self.result)
        result_form.setContentsMargins(0, 0, 0, 0)
        self.result_title = QLabel(self.result)
        self.result_title.setStyleSheet(SUCCESS_STYLE)
        self.result_file = explanation("", self.result)
        self.result_size = QLabel(self.result)
        self.result_sha = monospace(explanation("", self.result))
        result_form.addRow(self.result_title)
        result_form.addRow(self.tr("File:"), self.result_file)
        result_form.addRow(self.tr("Size:"), self.result_size)
        result_form.addRow(self.tr("SHA-256:"), self.result_sha)
        self.result.hide()
        make_layout.addWidget(self.result)
        layout.addWidget(make)

        # automatic backups and restore
        auto = QGroupBox(self.tr("Automatic backups and restore"), self)
        auto_layout = QVBoxLayout(auto)
        self.folder_text = explanation("", auto)
        auto_layout.addWidget(self.folder_text)
        self.generations_form = ErrorForm(auto)
        self.generations = QSpinBox(auto)
        self.generations.setRange(0, 100_000)  # the service decides what is allowed
        self.generations.setValue(ctx.settings.backup_generations)
        keep_row = QWidget(auto)
        keep_layout = QHBoxLayout(keep_row)
        keep_layout.setContentsMargins(0, 0, 0, 0)
        keep_layout.addWidget(self.generations)
        self.save_generations = QPushButton(self.tr("&Save"), keep_row)
        keep_layout.addWidget(self.save_generations)
        self.generations_saved = QLabel(keep_row)
        self.generations_saved.setStyleSheet(SUCCESS_STYLE)
        keep_layout.addWidget(self.generations_saved)
        keep_layout.addStretch(1)
        keep_row.setFocusProxy(self.generations)
        self.generations_form.add("backup_generations", self.tr("Daily ba&ckups kept:"), keep_row)
        auto_layout.addWidget(self.generations_form)

        self.model = BackupFilesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, stretch_last=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BackupFilesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (BackupFilesModel.MADE, BackupFilesModel.SIZE, BackupFilesModel.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        auto_layout.addWidget(self.table, 1)
        self.list_status = QLabel(auto)
        auto_layout.addWidget(self.list_status)
        buttons = QHBoxLayout()
        self.restore_selected_button = QPushButton(self.tr("&Restore the selected backup…"), auto)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"), auto)
        self.refresh_button = QPushButton(self.tr("Refresh l&ist"), auto)
        buttons.addWidget(self.restore_selected_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        auto_layout.addLayout(buttons)
        self.restore_error = error_label(auto)
        auto_layout.addWidget(self.restore_error)
        layout.addWidget(auto, 1)

        self.make_button.clicked.connect(self.choose_backup_file)
        self.save_generations.clicked.connect(self.save_generations_setting)
        self.generations.lineEdit().returnPressed.connect(self.save_generations_setting)
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_restore_file)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        ctx.settings_changed.connect(self._settings_changed)
        self._show_folder_text()
        self._update_buttons()

    def activate(self) -> None:
        self.refresh()

    # --- listing -----------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return self.ctx.db.paths.backup_dir

    def _show_folder_text(self) -> None:
        self.folder_text.setText(
            fill(
                self.tr(
                    "Once a day, when someone closes Oberih, a backup is written to the folder "
                    "%1. Older daily backups are deleted so that only the newest ones are kept."
                ),
                QDir.toNativeSeparators(str(self.folder)),
            )
        )

    def refresh(self) -> None:
        self.list_status.setText(self.tr("Looking for backups…"))
        self.ctx.worker.submit(backup_files, self.folder, on_done=self._listed, owner=self)

    def _listed(self, files: list[BackupFile]) -> None:
        self.model.set_files(files)
        if files:
            self.list_status.setText(self.tr("%n backup(s) in the folder", "", len(files)))
        else:
            self.list_status.setText(self.tr("No backups in the folder yet."))
        self._update_buttons()

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.file(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        self.restore_selected_button.setEnabled(self.selected() is not None)

    # --- generations -------------------------------------------------------------------

    def save_generations_setting(self) -> None:
        self.generations_form.clear_errors()
        self.generations_saved.clear()
        self.save_generations.setEnabled(False)
        self.ctx.call(
            settings.update_settings,
            backup_generations=self.generations.value(),
            on_done=self._generations_saved,
            on_error=self._generations_failed,
            owner=self,
        )

    def _generations_saved(self, new: CentreSettings) -> None:
        self.save_generations.setEnabled(True)
        self.generations_saved.setText(self.tr("Saved."))
        self.ctx.set_settings(new)

    def _generations_failed(self, error: OberihError) -> None:
        self.save_generations.setEnabled(True)
        self.generations_form.show_error(error)

    def _settings_changed(self, new: CentreSettings) -> None:
        self.generations.setValue(new.backup_generations)

    # --- making a backup ---------------------------------------------------------------

    def _start_folder(self) -> str:
        saved = QSettings().value(FOLDER_KEY, "", type=str)
        if saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _file_dialog(self, mode: QFileDialog.AcceptMode, title: str) -> QFileDialog:
        dialog = QFileDialog(self, title, self._start_folder())
        dialog.setAcceptMode(mode)
        dialog.setNameFilters(
            [fill(self.tr("Oberih backups (*%1)"), SUFFIX), self.tr("All files (*)")]
        )
        dialog.setDefaultSuffix(SUFFIX.lstrip("."))
        if mode == QFileDialog.AcceptMode.AcceptOpen:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        else:  # a backup never overwrites a file: make_backup says so in plain words
            dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    def choose_backup_file(self) -> QFileDialog:
        self.make_error.hide()
        dialog = self._file_dialog(
            QFileDialog.AcceptMode.AcceptSave, self.tr("Where to save the backup")
        )
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        dialog.selectFile(f"oberih-{stamp}{SUFFIX}")
        dialog.fileSelected.connect(self.make_backup)
        dialog.open()
        return dialog

    def make_backup(self, file: str) -> None:
        path = Path(file)
        if path.suffix == "":
            path = path.with_suffix(SUFFIX)
        if path.exists():
            self.make_error.setText(
                self.tr(
                    "A file with this name exists already, and a backup never overwrites "
                    "a file. Choose another name."
                )
            )
            self.make_error.show()
            return
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        self.result.hide()
        self.make_button.setEnabled(False)
        self.busy = BusyDialog(self.tr("Writing the backup and reading it back to check it…"), self)
        self.busy.setWindowTitle(self.tr("Backup"))
        self.busy.open()
        self.ctx.call(
            backups.make_backup,
            path,
            on_done=self._made,
            on_error=self._make_failed,
            owner=self,
        )

    def _end_busy(self) -> None:
        self.make_button.setEnabled(True)
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None

    def _made(self, info: BackupInfo) -> None:
        self._end_busy()
        self.last_backup = info
        self.result_title.setText(
            fill(
                self.tr("The backup was written and checked (%1)."),
                local_time_text(info.created_at),
            )
        )
        self.result_file.setText(QDir.toNativeSeparators(str(info.path)))
        self.result_size.setText(size_text(info.size_bytes))
        self.result_sha.setText(info.sha256)
        self.result.show()
        if info.path.parent == self.folder:
            self.refresh()

    def _make_failed(self, error: OberihError) -> None:
        self._end_busy()
        self.make_error.setText(error.user_message())
        self.make_error.show()

    # --- restoring ---------------------------------------------------------------------

    def choose_restore_file(self) -> QFileDialog:
        self.restore_error.hide()
        dialog = self._file_dialog(
            QFileDialog.AcceptMode.AcceptOpen, self.tr("Choose the backup to restore")
        )
        dialog.fileSelected.connect(lambda f: self.check_for_restore(Path(f)))
        dialog.open()
        return dialog

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.check_for_restore(chosen.path)

    def check_for_restore(self, path: Path) -> None:
        self.restore_error.hide()
        self.restore_file_button.setEnabled(False)
        self.restore_selected_button.setEnabled(False)
        self.ctx.worker.submit(
            check_backup,
            path,
            self.ctx.db,
            on_done=lambda result: self._confirm_restore(path, *result),
            on_error=self._restore_refused,
            owner=self,
        )

    def _restore_refused(self, error: OberihError) -> None:
        self.restore_file_button.setEnabled(True)
        self._update_buttons()
        self.restore_error.setText(error.user_message())
        self.restore_error.show()

    def _confirm_restore(self, path: Path, manifest: BackupManifest, same: bool) -> None:
        self.restore_file_button.setEnabled(True)
        self._update_buttons()
        warning = fill(
            self.tr(
                "Everything entered after %1 will be missing from the restored database. The "
                "current database is not deleted: it is kept aside in its folder. Everyone is "
                "signed out. A backup holds only the administrators' keys: afterwards the "
                "administrators sign in with the passwords they had when the backup was made, "
                "and give the other staff new passwords under Accounts."
            ),
            local_time_text(manifest.created_at),
        )
        if not same:
            warning += " " + self.tr(
                "This backup comes from a different database than the one open now."
            )
        dialog = RestoreDialog(
            self.tr("Restore a backup"),
            fill(
                self.tr("Replace the database with the backup %1, made on %2?"),
                QDir.toNativeSeparators(str(path)),
                local_time_text(manifest.created_at),
            ),
            self.tr("&Restore and sign out"),
            self,
            warning=warning,
        )
        dialog.confirmed.connect(lambda: self._check_opener(dialog, path))
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _check_opener(self, dialog: RestoreDialog, path: Path) -> None:
        """The password or code must open the backup before everyone is signed out."""
        secret = dialog.secret.text()
        if not secret:
            dialog.set_working(False)
            dialog.banner.setText(self.tr("Enter the password or the recovery code."))
            dialog.banner.show()
            return
        if dialog.use_recovery.isChecked():
            opener = backups.Opener.recovery(secret)
        else:
            opener = backups.Opener.administrator(self.ctx.user.username, secret)
        self.ctx.worker.submit(
            backups.check_restore_opener,
            path,
            opener,
            on_done=lambda _manifest: self._restore(dialog, path, opener),
            on_error=dialog.show_error,
            owner=dialog,
        )

    def _restore(self, dialog: RestoreDialog, path: Path, opener: backups.Opener) -> None:
        dialog.secret.clear()
        dialog.accept()
        self.ctx.restore_requested.emit(Path(path), opener)


class RestoreDialog(ConfirmDialog):
    """The restore confirmation, with the secret that opens the backup: the
    administrator's password as it was when the backup was made, or the recovery code."""

    def __init__(self, title: str, text: str, confirm_text: str, parent: QWidget, *, warning: str):
        super().__init__(title, text, confirm_text, parent, warning=warning)
        form = QFormLayout()
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_recovery = QCheckBox(self.tr("This is the &recovery code"), self)
        form.addRow(self.tr("Your &password when the backup was made:"), self.secret)
        form.addRow("", self.use_recovery)
        outer = self.layout()
        if isinstance(outer, QVBoxLayout):
            outer.insertLayout(outer.indexOf(self.buttons), form)
        self.secret.setFocus()
