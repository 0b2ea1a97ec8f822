"""The audit log viewer: who did what and when, newest first, filtered by user, action and
period, read a batch at a time; and the check that nobody edited or cut the log.

Reading the log is itself audited (each batch adds an "audit log viewed" entry at the
top), so later batches are taken by offset and de-duplicated by sequence number: the
entry that the previous read added shifts the offsets by one."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_app import accounts, audit
from shelter_app.accounts import AccountInfo
from shelter_app.audit import AuditRecord, ChainStatus
from shelter_app.errors import OberihError
from shelter_app.i18n import fill
from shelter_app.permissions import role_label

from ..context import AppContext
from ..display import date_format, to_date
from ..paging import Pager
from ..table_model import Column, TableModel
from .common import (
    PROBLEM_STYLE,
    SUCCESS_STYLE,
    explanation,
    local_midnight_utc,
    local_time_text,
    setup_table,
)

Index = QModelIndex | QPersistentModelIndex
BATCH = 200
DENIED_COLOUR = QColor("#b3261e")
FILTER_DELAY_MS = 400

# What staff would call each action; a code not listed here is shown as it is stored.
ACTIONS: dict[str, str] = {
    "account.created": QT_TRANSLATE_NOOP("audit_log", "Account created"),
    "account.deactivated": QT_TRANSLATE_NOOP("audit_log", "Account deactivated"),
    "account.reactivated": QT_TRANSLATE_NOOP("audit_log", "Account reactivated"),
    "account.role_changed": QT_TRANSLATE_NOOP("audit_log", "Role changed"),
    "account.password_reset": QT_TRANSLATE_NOOP("audit_log", "Password reset"),
    "account.password_changed": QT_TRANSLATE_NOOP("audit_log", "Own password changed"),
    "account.password_change": QT_TRANSLATE_NOOP("audit_log", "Own password change refused"),
    "session.signed_in": QT_TRANSLATE_NOOP("audit_log", "Signed in"),
    "session.signed_out": QT_TRANSLATE_NOOP("audit_log", "Signed out"),
    "session.sign_in_failed": QT_TRANSLATE_NOOP("audit_log", "Sign-in failed"),
    "session.sign_in_refused": QT_TRANSLATE_NOOP("audit_log", "Sign-in refused"),
    "session.recovered": QT_TRANSLATE_NOOP("audit_log", "Signed in with the recovery code"),
    "permission.denied": QT_TRANSLATE_NOOP("audit_log", "Action not allowed for the role"),
    "database.created": QT_TRANSLATE_NOOP("audit_log", "Database created"),
    "audit.viewed": QT_TRANSLATE_NOOP("audit_log", "Audit log viewed"),
    "integrity.checked": QT_TRANSLATE_NOOP("audit_log", "Integrity checked"),
    "backup.created": QT_TRANSLATE_NOOP("audit_log", "Backup made"),
    "keys.rotated": QT_TRANSLATE_NOOP("audit_log", "Data key rotated"),
    "keys.slot_written": QT_TRANSLATE_NOOP("audit_log", "Key slot written for an account"),
    "keys.compartment_granted": QT_TRANSLATE_NOOP(
        "audit_log", "Compartment key given to a colleague's slot"
    ),
    "keys.authority_established": QT_TRANSLATE_NOOP(
        "audit_log", "Role signing established (upgrade)"
    ),
    "audit.head_problem": QT_TRANSLATE_NOOP(
        "audit_log", "Audit log head missing, older or foreign"
    ),
    "audit.head_accepted": QT_TRANSLATE_NOOP(
        "audit_log", "Audit log accepted as it is by an administrator"
    ),
    "keys.recovery_code_replaced": QT_TRANSLATE_NOOP("audit_log", "Recovery code replaced"),
    "keys.recovery_code_prepared": QT_TRANSLATE_NOOP(
        "audit_log", "New recovery code made (awaiting confirmation)"
    ),
    "clock.moved_back": QT_TRANSLATE_NOOP("audit_log", "Computer clock moved back"),
    "throttle.reset_detected": QT_TRANSLATE_NOOP(
        "audit_log", "Sign-in attempt counter deleted or altered"
    ),
    "settings.changed": QT_TRANSLATE_NOOP("audit_log", "Settings changed"),
    "records.purged": QT_TRANSLATE_NOOP("audit_log", "Old records anonymised"),
    "demo.generated": QT_TRANSLATE_NOOP("audit_log", "Demo data generated"),
    "client.created": QT_TRANSLATE_NOOP("audit_log", "Client registered"),
    "client.updated": QT_TRANSLATE_NOOP("audit_log", "Client details changed"),
    "client.viewed": QT_TRANSLATE_NOOP("audit_log", "Client card viewed"),
    "clients.listed": QT_TRANSLATE_NOOP("audit_log", "Page of the client list or a search viewed"),
    "client.history_viewed": QT_TRANSLATE_NOOP("audit_log", "Client history viewed"),
    "client.archived": QT_TRANSLATE_NOOP("audit_log", "Client archived"),
    "client.restored": QT_TRANSLATE_NOOP("audit_log", "Client restored from archive"),
    "consent.recorded": QT_TRANSLATE_NOOP("audit_log", "Consent recorded"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("audit_log", "Consent withdrawn"),
    "disclosure.recorded": QT_TRANSLATE_NOOP("audit_log", "Disclosure recorded"),
    "risk.assessed": QT_TRANSLATE_NOOP("audit_log", "Risk assessed"),
    "risk.viewed": QT_TRANSLATE_NOOP("audit_log", "Risk assessment viewed"),
    "safety.viewed": QT_TRANSLATE_NOOP("audit_log", "Safety plan viewed"),
    "safety_plan.saved": QT_TRANSLATE_NOOP("audit_log", "Safety plan saved"),
    "safety_plan.reviewed": QT_TRANSLATE_NOOP("audit_log", "Safety plan reviewed"),
    "consultation.scheduled": QT_TRANSLATE_NOOP("audit_log", "Consultation scheduled"),
    "consultation.logged": QT_TRANSLATE_NOOP("audit_log", "Consultation recorded"),
    "consultation.held": QT_TRANSLATE_NOOP("audit_log", "Consultation held"),
    "consultation.no_show": QT_TRANSLATE_NOOP("audit_log", "Consultation missed"),
    "consultation.cancelled": QT_TRANSLATE_NOOP("audit_log", "Consultation cancelled"),
    "consultation.notes_viewed": QT_TRANSLATE_NOOP("audit_log", "Consultation notes viewed"),
    "course.created": QT_TRANSLATE_NOOP("audit_log", "Course created"),
    "course.edited": QT_TRANSLATE_NOOP("audit_log", "Course changed"),
    "course.archived": QT_TRANSLATE_NOOP("audit_log", "Course archived"),
    "course.restored": QT_TRANSLATE_NOOP("audit_log", "Course restored"),
    "course_session.added": QT_TRANSLATE_NOOP("audit_log", "Course session added"),
    "course_session.changed": QT_TRANSLATE_NOOP("audit_log", "Course session changed"),
    "course_session.removed": QT_TRANSLATE_NOOP("audit_log", "Course session removed"),
    "enrolment.created": QT_TRANSLATE_NOOP("audit_log", "Enrolled in a course"),
    "enrolment.moved_in": QT_TRANSLATE_NOOP("audit_log", "Moved in from the waiting list"),
    "enrolment.completed": QT_TRANSLATE_NOOP("audit_log", "Course completed"),
    "enrolment.withdrawn": QT_TRANSLATE_NOOP("audit_log", "Withdrawn from a course"),
    "attendance.recorded": QT_TRANSLATE_NOOP("audit_log", "Attendance recorded"),
    "event.recorded": QT_TRANSLATE_NOOP("audit_log", "Event recorded"),
    "event.edited": QT_TRANSLATE_NOOP("audit_log", "Event changed"),
    "event.deleted": QT_TRANSLATE_NOOP("audit_log", "Event deleted"),
    "partner.added": QT_TRANSLATE_NOOP("audit_log", "Partner added"),
    "partner.edited": QT_TRANSLATE_NOOP("audit_log", "Partner changed"),
    "partner.deactivated": QT_TRANSLATE_NOOP("audit_log", "Partner deactivated"),
    "partner.reactivated": QT_TRANSLATE_NOOP("audit_log", "Partner reactivated"),
    "site.added": QT_TRANSLATE_NOOP("audit_log", "Site added"),
    "site.renamed": QT_TRANSLATE_NOOP("audit_log", "Site changed"),
    "site.deactivated": QT_TRANSLATE_NOOP("audit_log", "Site closed"),
    "site.activated": QT_TRANSLATE_NOOP("audit_log", "Site reopened"),
    "database.moved_to_server": QT_TRANSLATE_NOOP("audit_log", "Database moved to the server"),
    "referral.recorded": QT_TRANSLATE_NOOP("audit_log", "Referral recorded"),
    "referral.outcome_changed": QT_TRANSLATE_NOOP("audit_log", "Referral outcome changed"),
    "stay.admitted": QT_TRANSLATE_NOOP("audit_log", "Admitted to the shelter"),
    "stay.extended": QT_TRANSLATE_NOOP("audit_log", "Stay extended"),
    "stay.moved": QT_TRANSLATE_NOOP("audit_log", "Moved to another bed"),
    "stay.discharged": QT_TRANSLATE_NOOP("audit_log", "Discharged from the shelter"),
    "stay.cancelled": QT_TRANSLATE_NOOP("audit_log", "Admission cancelled"),
    "stay.planned_departure_set": QT_TRANSLATE_NOOP("audit_log", "Planned departure set"),
    "waiting_list.added": QT_TRANSLATE_NOOP("audit_log", "Added to the shelter waiting list"),
    "waiting_list.withdrawn": QT_TRANSLATE_NOOP("audit_log", "Taken off the waiting list"),
    "shelter.turn_away": QT_TRANSLATE_NOOP("audit_log", "Turn-away recorded"),
    "shelter.room_added": QT_TRANSLATE_NOOP("audit_log", "Room added"),
    "shelter.room_renamed": QT_TRANSLATE_NOOP("audit_log", "Room renamed"),
    "shelter.room_capacity_changed": QT_TRANSLATE_NOOP("audit_log", "Room capacity changed"),
    "shelter.bed_added": QT_TRANSLATE_NOOP("audit_log", "Bed added"),
    "shelter.bed_deactivated": QT_TRANSLATE_NOOP("audit_log", "Bed taken out of use"),
    "shelter.bed_reactivated": QT_TRANSLATE_NOOP("audit_log", "Bed back in use"),
    "summary.exported": QT_TRANSLATE_NOOP("audit_log", "Anonymised summary exported"),
    "summary.previewed": QT_TRANSLATE_NOOP("audit_log", "Summary previewed"),
    "journal.exported": QT_TRANSLATE_NOOP("audit_log", "Journal of appeals exported"),
    "bench.generated": QT_TRANSLATE_NOOP("audit_log", "Speed-test data generated"),
    "demo.cases": QT_TRANSLATE_NOOP("audit_log", "Demo cases generated"),
    "case.opened": QT_TRANSLATE_NOOP("audit_log", "Case opened"),
    "case.assessed": QT_TRANSLATE_NOOP("audit_log", "Needs assessed"),
    "case.assessment_printed": QT_TRANSLATE_NOOP("audit_log", "Needs assessment printed"),
    "case.closed": QT_TRANSLATE_NOOP("audit_log", "Case closed"),
    "case.closure_rejected": QT_TRANSLATE_NOOP("audit_log", "Case closure rejected"),
    "case.closure_requested": QT_TRANSLATE_NOOP("audit_log", "Case closure requested"),
    "case.follow_up_scheduled": QT_TRANSLATE_NOOP("audit_log", "Next contact planned"),
    "case.follow_up_rescheduled": QT_TRANSLATE_NOOP("audit_log", "Next contact moved"),
    "case.follow_up_open": QT_TRANSLATE_NOOP("audit_log", "Next contact reopened"),
    "case.follow_up_done": QT_TRANSLATE_NOOP("audit_log", "Next contact held"),
    "case.follow_up_dismissed": QT_TRANSLATE_NOOP("audit_log", "Next contact dropped"),
    "case.note_added": QT_TRANSLATE_NOOP("audit_log", "Case note added"),
    "case.plan_approved": QT_TRANSLATE_NOOP("audit_log", "Individual plan approved"),
    "case.plan_changed": QT_TRANSLATE_NOOP("audit_log", "Individual plan changed"),
    "case.reassigned": QT_TRANSLATE_NOOP("audit_log", "Case reassigned"),
    "case.reopened": QT_TRANSLATE_NOOP("audit_log", "Case reopened"),
    "case.service_recorded": QT_TRANSLATE_NOOP("audit_log", "Service recorded"),
    "case.state_changed": QT_TRANSLATE_NOOP("audit_log", "Case state changed"),
    "case.team_set": QT_TRANSLATE_NOOP("audit_log", "Case team set"),
    "child.added": QT_TRANSLATE_NOOP("audit_log", "Child added"),
    "child.edited": QT_TRANSLATE_NOOP("audit_log", "Child's details changed"),
    "child.session_logged": QT_TRANSLATE_NOOP("audit_log", "Session with a child recorded"),
    "contact.linked": QT_TRANSLATE_NOOP("audit_log", "Anonymous contact linked to a client"),
    "contact.logged": QT_TRANSLATE_NOOP("audit_log", "Anonymous contact recorded"),
    "course.trainer_assigned": QT_TRANSLATE_NOOP("audit_log", "Trainer assigned to a course"),
    "incident.perpetrator_linked": QT_TRANSLATE_NOOP(
        "audit_log", "Alleged perpetrator linked to an incident"
    ),
    "incident.recorded": QT_TRANSLATE_NOOP("audit_log", "Incident of violence recorded"),
    "incidents.viewed": QT_TRANSLATE_NOOP("audit_log", "Incidents viewed"),
    "notification.done": QT_TRANSLATE_NOOP("audit_log", "Notification made"),
    "notifications.viewed": QT_TRANSLATE_NOOP("audit_log", "Notifications viewed"),
    "order.extended": QT_TRANSLATE_NOOP("audit_log", "Protection order extended"),
    "order.recorded": QT_TRANSLATE_NOOP("audit_log", "Protection order recorded"),
    "order.violation_recorded": QT_TRANSLATE_NOOP("audit_log", "Order violation recorded"),
    "orders.viewed": QT_TRANSLATE_NOOP("audit_log", "Protection orders viewed"),
    "perpetrator.recorded": QT_TRANSLATE_NOOP("audit_log", "Alleged perpetrator recorded"),
    "perpetrator.updated": QT_TRANSLATE_NOOP("audit_log", "Alleged perpetrator's details changed"),
    "perpetrators.viewed": QT_TRANSLATE_NOOP("audit_log", "Alleged perpetrators viewed"),
    "violence.viewed": QT_TRANSLATE_NOOP("audit_log", "Violence records viewed"),
}

TARGETS: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("audit_log", "account"),
    "client": QT_TRANSLATE_NOOP("audit_log", "client"),
    "consultation": QT_TRANSLATE_NOOP("audit_log", "consultation"),
    "course": QT_TRANSLATE_NOOP("audit_log", "course"),
    "course_session": QT_TRANSLATE_NOOP("audit_log", "course session"),
    "event": QT_TRANSLATE_NOOP("audit_log", "event"),
    "partner": QT_TRANSLATE_NOOP("audit_log", "partner"),
    "room": QT_TRANSLATE_NOOP("audit_log", "room"),
    "bed": QT_TRANSLATE_NOOP("audit_log", "bed"),
    "stay": QT_TRANSLATE_NOOP("audit_log", "stay"),
    "turn_away": QT_TRANSLATE_NOOP("audit_log", "turn-away"),
    "waiting_entry": QT_TRANSLATE_NOOP("audit_log", "waiting list entry"),
    "referral": QT_TRANSLATE_NOOP("audit_log", "referral"),
    "anonymous_contact": QT_TRANSLATE_NOOP("audit_log", "anonymous contact"),
    "case": QT_TRANSLATE_NOOP("audit_log", "case"),
    "child": QT_TRANSLATE_NOOP("audit_log", "child"),
    "follow_up": QT_TRANSLATE_NOOP("audit_log", "next contact"),
}

OUTCOMES: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("audit_log", "done"),
    "denied": QT_TRANSLATE_NOOP("audit_log", "refused"),
    "problems": QT_TRANSLATE_NOOP("audit_log", "problems found"),
    "warning": QT_TRANSLATE_NOOP("audit_log", "warning"),
}


def action_label(code: str) -> str:
    source = ACTIONS.get(code)
    return QCoreApplication.translate("audit_log", source) if source else code


def _translated(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("audit_log", source) if source else code


class AuditLogModel(TableModel):
    sortable = False  # newest first, paged from the service: the chain's own order
    TIME, USER, ROLE, ACTION, TARGET, OUTCOME = range(6)

    loading = Signal(bool)
    failed = Signal(object)  # OberihError

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(
            [],
            parent,
            tint=lambda r: None if r.outcome in ("ok", None) else QBrush(DENIED_COLOUR),
            tooltip=self._tooltip_of,
            key=lambda r: r.seq,
        )
        self.columns = [
            Column(self.tr("Time"), lambda r: local_time_text(r.at, seconds=True)),
            Column(self.tr("User"), self.user_text),
            Column(self.tr("Role"), lambda r: role_label(r.role) if r.role else ""),
            Column(self.tr("Action"), lambda r: action_label(r.action)),
            Column(self.tr("Concerning"), self.target_text),
            Column(self.tr("Outcome"), lambda r: _translated(OUTCOMES, r.outcome)),
        ]
        self.ctx = ctx
        self.filters: dict[str, Any] = {}
        self.usernames: dict[int, str] = {}
        self._pager = Pager(BATCH)

    def query(self, **filters: Any) -> None:
        """Start over with these filters (account_id, action, since, until)."""
        self.filters = filters
        number = self._pager.start()
        self.loading.emit(True)
        self.ctx.call(
            audit.list_entries,
            limit=BATCH,
            offset=0,
            **filters,
            on_done=lambda rows: self._first(number, rows),
            on_error=lambda e: self._failed(number, e),
            owner=self,
        )

    def set_usernames(self, names: dict[int, str]) -> None:
        self.usernames = names
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.USER), self.index(len(self.rows) - 1, self.TARGET)
            )

    def _first(self, number: int, rows: list[AuditRecord]) -> None:
        if not self._pager.arrived(number, more=len(rows) == BATCH):
            return
        self.set_rows(rows)
        self.loading.emit(False)

    def _failed(self, number: int, error: OberihError) -> None:
        if not self._pager.failed(number):
            return
        self.loading.emit(False)
        self.failed.emit(error)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._pager.can_fetch_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        number = self._pager.next_batch()
        self.loading.emit(True)
        self.ctx.call(
            audit.list_entries,
            limit=BATCH,
            offset=len(self.rows),
            **self.filters,
            on_done=lambda rows: self._next(number, rows),
            on_error=lambda e: self._failed(number, e),
            owner=self,
        )

    def _next(self, number: int, rows: list[AuditRecord]) -> None:
        if not self._pager.arrived(number, more=len(rows) == BATCH):
            return
        oldest = self.rows[-1].seq if self.rows else None
        fresh = [r for r in rows if oldest is None or r.seq < oldest]
        self.append_rows(fresh)
        self.loading.emit(False)

    @property
    def busy(self) -> bool:
        return self._pager.fetching

    def user_text(self, r: AuditRecord) -> str:
        if r.account_id is None:
            return ""
        return self.usernames.get(r.account_id, f"#{r.account_id}")

    def target_text(self, r: AuditRecord) -> str:
        if r.target_type is None:
            return ""
        if r.target_type == "account" and r.target_id and r.target_id.isdigit():
            name = self.usernames.get(int(r.target_id))
            if name:
                return f"{_translated(TARGETS, 'account')} {name}"
        if r.target_label:  # a client's code, as staff know her
            return f"{_translated(TARGETS, r.target_type)} {r.target_label}"
        number = f" #{r.target_id}" if r.target_id else ""
        return f"{_translated(TARGETS, r.target_type)}{number}"

    def _tooltip_of(self, r: AuditRecord) -> str:
        lines = [fill(self.tr("Entry %1"), str(r.seq)), r.action]
        if r.detail:
            lines += [f"{k}: {v}" for k, v in sorted(r.detail.items())]
        return "\n".join(lines)


class AuditLogSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.user = QComboBox(self)
        self.user.addItem(self.tr("Everyone"), None)
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        user_label = QLabel(self.tr("&User:"), self)
        user_label.setBuddy(self.user)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("All actions"), None)
        for code, _source in sorted(ACTIONS.items(), key=lambda kv: action_label(kv[0])):
            self.action.addItem(action_label(code), code)
        self.action.setMaxVisibleItems(20)
        action_label_ = QLabel(self.tr("Acti&on:"), self)
        action_label_.setBuddy(self.action)
        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("&From:"), self)
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.use_to = QCheckBox(self.tr("&To:"), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_format())
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        filters.addWidget(user_label)
        filters.addWidget(self.user)
        filters.addSpacing(12)
        filters.addWidget(action_label_)
        filters.addWidget(self.action, 1)
        filters.addSpacing(12)
        filters.addWidget(self.use_from)
        filters.addWidget(self.date_from)
        filters.addWidget(self.use_to)
        filters.addWidget(self.date_to)
        layout.addLayout(filters)

        self.model = AuditLogModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, stretch_last=False)
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditLogModel.ACTION, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(BATCH)  # look at the first batch only
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        bottom.addWidget(self.status, 1)
        self.verify_button = QPushButton(self.tr("&Verify the log"), self)
        self.verify_button.setToolTip(
            self.tr("Checks that no entry was changed, removed or cut off since it was written.")
        )
        bottom.addWidget(self.verify_button)
        self.accept_head_button = QPushButton(self.tr("&Accept the log as it is"), self)
        self.accept_head_button.setToolTip(
            self.tr(
                "Only after comparing the fingerprint with your paper note: the file beside "
                "the database then records the newest entry again."
            )
        )
        self.accept_head_button.hide()
        bottom.addWidget(self.accept_head_button)
        layout.addLayout(bottom)
        self.verdict = explanation("", self)
        self.verdict.hide()
        layout.addWidget(self.verdict)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.user.currentIndexChanged.connect(self._timer.start)
        self.action.currentIndexChanged.connect(self._timer.start)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        for w in (self.use_from, self.use_to):
            w.toggled.connect(self._timer.start)
        self.date_from.dateChanged.connect(lambda: self._filter_date_changed(self.use_from))
        self.date_to.dateChanged.connect(lambda: self._filter_date_changed(self.use_to))
        self.verify_button.clicked.connect(self.verify)
        self.accept_head_button.clicked.connect(self.accept_head)
        self.model.loading.connect(self._loading)
        self.model.failed.connect(lambda e: self.status.setText(e.user_message()))
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)

    def _filter_date_changed(self, in_use: QCheckBox) -> None:
        if in_use.isChecked():
            self._timer.start()

    def activate(self) -> None:
        self.ctx.call(accounts.list_accounts, on_done=self._accounts, owner=self)
        self.reload()

    def _accounts(self, rows: list[AccountInfo]) -> None:
        chosen = self.user.currentData()
        self.model.set_usernames({a.id: a.username for a in rows})
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Everyone"), None)
        for a in rows:
            self.user.addItem(f"{a.username} — {a.display_name}", a.id)
        index = self.user.findData(chosen)
        self.user.setCurrentIndex(max(index, 0))
        self.user.blockSignals(False)

    def current_filters(self) -> dict[str, Any]:
        filters: dict[str, Any] = {
            "account_id": self.user.currentData(),
            "action": self.action.currentData(),
        }
        if self.use_from.isChecked():
            filters["since"] = local_midnight_utc(to_date(self.date_from.date()))
        if self.use_to.isChecked():
            last_day = to_date(self.date_to.date())
            filters["until"] = local_midnight_utc(last_day + timedelta(days=1))
        return filters

    def reload(self) -> None:
        self._timer.stop()
        self.model.query(**self.current_filters())

    def _loading(self, busy: bool) -> None:
        shown = self.model.rowCount()
        if busy:
            self.status.setText(self.tr("Reading the log…"))
        elif shown == 0:
            self.status.setText(self.tr("No entries match these filters."))
        else:
            text = self.tr("%n record(s) shown, newest first", "", shown)
            if self.model.canFetchMore():
                text += " " + self.tr("(scroll down for older ones)")
            self.status.setText(text)

    # --- verification ------------------------------------------------------------------

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Checking every entry of the log…"))
        self.verdict.show()
        self.ctx.call(
            audit.verify, on_done=self._verified, on_error=self._verify_failed, owner=self
        )

    def _fingerprint_text(self, status: ChainStatus) -> str:
        return fill(
            self.tr(
                "Fingerprint of the newest entry: %1. Note it on paper with the date, and "
                "compare it with your last note."
            ),
            status.fingerprint,
        )

    def _verified(self, status: ChainStatus) -> None:
        self.verify_button.setEnabled(True)
        self.last_status = status
        # only a head file found missing or older, on a chain intact from its first key
        self.accept_head_button.setVisible(
            status.chain_ok and status.from_first_key and status.head_problem is not None
        )
        if status.ok:
            self.verdict.setStyleSheet(SUCCESS_STYLE)
            self.verdict.setText(
                self.tr(
                    "The log is intact: %n record(s), none changed or missing.", "", status.entries
                )
                + " "
                + self._fingerprint_text(status)
            )
            return
        problems = []
        if not status.chain_ok:
            problems.append(
                fill(
                    self.tr(
                        "Entry %1 or the one before it was changed or removed after it was written."
                    ),
                    str(status.first_bad_seq),
                )
            )
        head = {
            "missing": self.tr("The file that records the newest entry is missing."),
            "truncated": self.tr("The newest entries were removed from the log."),
            "mismatch": self.tr("The newest entry does not match the one recorded beside it."),
            "foreign": self.tr("The file beside the database belongs to another database."),
        }
        if status.head_problem is not None:
            problems.append(head.get(status.head_problem, status.head_problem))
        self.verdict.setStyleSheet(PROBLEM_STYLE)
        self.verdict.setText(
            self.tr("The audit log was tampered with or damaged.")
            + " "
            + " ".join(problems)
            + " "
            + self.tr(
                "Do not restore anything yet: make a backup now to keep the evidence, and "
                "tell the centre's management."
            )
            + " "
            + self._fingerprint_text(status)
        )

    def accept_head(self) -> None:
        self.accept_head_button.setEnabled(False)
        self.ctx.call(
            audit.accept_head, on_done=self._head_accepted, on_error=self._verify_failed, owner=self
        )

    def _head_accepted(self, _fingerprint: str) -> None:
        self.accept_head_button.setEnabled(True)
        self.accept_head_button.hide()
        self.verify()

    def _verify_failed(self, error: OberihError) -> None:
        self.verify_button.setEnabled(True)
        self.verdict.setStyleSheet(PROBLEM_STYLE)
        self.verdict.setText(error.user_message())
