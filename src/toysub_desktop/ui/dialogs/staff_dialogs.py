"""The owner's staff screen: each staff member's role, a forgotten PIN reset, and the counter's idle lock time.

Anyone may look; each change is the owner's, or is saved with the owner's approving PIN typed at that moment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.staff import IDLE_LOCK_MINUTES_RANGE
from toysub_desktop.services.access import Approval
from toysub_desktop.services.staff import (
    StaffAccount,
    idle_lock_minutes,
    reset_pin,
    set_idle_lock_minutes,
    set_role,
    staff_accounts,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.forms import ERROR_STYLE, WARNING_STYLE, make_message_label
from toysub_desktop.ui.sign_in import role_name, run_with_approval
from toysub_desktop.ui.text import moment_text, problem_text

NAME, ROLE, PIN = range(3)


class StaffDialog(QDialog):
    """Roles and PINs of the shop's staff, and how long the counter waits before it locks."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.accounts: list[StaffAccount] = []
        self.setWindowTitle(self.tr("Staff and roles"))
        intro = QLabel(
            self.tr(
                "Owner: staff, roles and shop settings. Manager: prices and plans, import and export, voiding a fee. "
                "Staff: counter work. A change here is the owner's, or needs the owner's PIN."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("PIN")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(PIN, QHeaderView.ResizeMode.Stretch)
        self.role = QComboBox()
        for role in (StaffRole.CLERK, StaffRole.MANAGER, StaffRole.OWNER):
            self.role.addItem(role_name(role), role.value)
        set_role_button = QPushButton(self.tr("Set &role"))
        set_role_button.clicked.connect(self.set_role)
        reset_button = QPushButton(self.tr("Reset &PIN"))
        reset_button.setToolTip(self.tr("The staff member sets a new PIN at their next sign-in"))
        reset_button.clicked.connect(self.reset_pin)
        row = QHBoxLayout()
        role_caption = QLabel(self.tr("R&ole"))
        role_caption.setBuddy(self.role)
        row.addWidget(role_caption)
        row.addWidget(self.role)
        row.addWidget(set_role_button)
        row.addStretch(1)
        row.addWidget(reset_button)
        self.idle = QSpinBox()
        self.idle.setRange(*IDLE_LOCK_MINUTES_RANGE)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(idle_lock_minutes(counter.db))
        self.idle.editingFinished.connect(self.save_idle_minutes)
        form = QFormLayout()
        idle_caption = QLabel(self.tr("Lock the counter after &idle"))
        idle_caption.setBuddy(self.idle)
        form.addRow(idle_caption, self.idle)
        self.message = make_message_label(ERROR_STYLE)
        self.done_text = make_message_label(WARNING_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.done_text)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda *_cells: self._show_role())
        self.resize(640, 420)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        current = self.current()
        self.accounts = staff_accounts(self.counter.db)
        self.table.setRowCount(len(self.accounts))
        now = self.counter.now()
        for row, account in enumerate(self.accounts):
            if account.locked_until is not None and account.locked_until > now:
                pin = self.tr("locked until {time} (wrong PINs)").format(time=moment_text(account.locked_until))
            elif account.has_pin:
                pin = self.tr("set")
            else:
                pin = self.tr("not yet: set at the next sign-in")
            for column, text in ((NAME, account.name), (ROLE, role_name(account.role)), (PIN, pin)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(NAME)
        self.table.resizeColumnToContents(ROLE)
        rows = [i for i, a in enumerate(self.accounts) if current is not None and a.id == current.id]
        self.table.setCurrentCell(rows[0] if rows else 0, NAME)
        self._show_role()

    def current(self) -> StaffAccount | None:
        row = self.table.currentRow()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def _show_role(self) -> None:
        account = self.current()
        if account is not None:
            self.role.setCurrentIndex(self.role.findData(account.role.value))

    def _change(self, action: Callable[[Approval | None], object], done: str) -> bool:
        self.message.hide()
        self.done_text.hide()
        try:
            run_with_approval(self, self.counter.db, action)
        except ValidationError as error:
            self.message.setText("\n".join(problem_text(p) for p in error.problems))
            self.message.show()
            return False
        self.done_text.setText(done)
        self.done_text.show()
        return True

    def set_role(self) -> None:
        account = self.current()
        chosen = self.role.currentData()
        if account is None or chosen is None or chosen == account.role.value:
            return
        role = StaffRole(chosen)
        self._change(
            lambda approval: set_role(
                self.counter.db,
                by_staff_id=self.counter.staff.id,
                staff_id=account.id,
                role=role,
                approval=approval,
                now=self.counter.now(),
            ),
            self.tr("{name} is now {role}.").format(name=account.name, role=role_name(role)),
        )
        self.reload()

    def reset_pin(self) -> None:
        account = self.current()
        if account is None:
            return
        self._change(
            lambda approval: reset_pin(
                self.counter.db,
                by_staff_id=self.counter.staff.id,
                staff_id=account.id,
                approval=approval,
                now=self.counter.now(),
            ),
            self.tr("{name} sets a new PIN at their next sign-in.").format(name=account.name),
        )
        self.reload()

    def save_idle_minutes(self) -> None:
        minutes = self.idle.value()
        if minutes == idle_lock_minutes(self.counter.db):
            return
        if not self._change(
            lambda approval: set_idle_lock_minutes(
                self.counter.db,
                by_staff_id=self.counter.staff.id,
                minutes=minutes,
                approval=approval,
                now=self.counter.now(),
            ),
            self.tr("The counter now locks after {minutes} idle minutes.").format(minutes=minutes),
        ):
            self.idle.setFocus(Qt.FocusReason.OtherFocusReason)
