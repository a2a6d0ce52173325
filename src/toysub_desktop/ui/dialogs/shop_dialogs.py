"""Adding staff, and the list of contacts to check with customers (the first start is ``ui.first_start``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.services.contacts import contacts_to_check
from toysub_desktop.services.shop import StaffMember, add_staff, set_contact_check_days, shop_settings
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import ERROR_STYLE, make_message_label
from toysub_desktop.ui.screen_fit import available_area, keep_on_screen
from toysub_desktop.ui.sign_in import role_name as staff_role_name
from toysub_desktop.ui.sign_in import run_with_approval
from toysub_desktop.ui.text import day_text, phone_text, problem_text, role_name


class AddStaffDialog(ServiceDialog):
    """A new staff member and their role (staff, manager or owner); they set their PIN at their first sign-in."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Add staff member"), parent)
        self.name = QLineEdit()
        self.errors.add_row(self.form, self.tr("&Name"), self.name, "name")
        self.role = QComboBox()
        for role in (StaffRole.CLERK, StaffRole.MANAGER, StaffRole.OWNER):
            self.role.addItem(staff_role_name(role), role.value)
        self.errors.add_row(self.form, self.tr("&Role"), self.role, "role")
        self.add_intro(
            self.tr(
                "They set their PIN at their first sign-in. Staff: counter work. Manager: also prices and plans, "
                "import and export, voiding a fee. Owner: also staff, roles and shop settings."
            )
        )
        self.setMinimumWidth(min(self.fontMetrics().horizontalAdvance("가") * 30, available_area(self).width()))
        self.name.setFocus()

    def submit(self) -> StaffMember:
        return add_staff(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            now=self.counter.now(),
            name=self.name.text(),
            role=StaffRole(self.role.currentData()),
            approval=self.approval,
        )


class ContactCheckDialog(QDialog):
    """Contacts the customer has not confirmed for longer than the shop's setting; double-click opens one."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Contacts to check"))
        self.days = QSpinBox()
        self.days.setRange(30, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(shop_settings(counter.db).contact_check_days)
        self.days_error = make_message_label(ERROR_STYLE)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Name"), self.tr("Contact"), self.tr("Last confirmed")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._choose)
        self.table.activated.connect(self._choose)
        form = QFormLayout()
        form.addRow(self.tr("Check contacts not confirmed for"), self.days)
        form.addRow("", self.days_error)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.days.editingFinished.connect(self._save_days)
        self.resize(760, 480)
        keep_on_screen(self)
        self.reload()

    def _save_days(self) -> None:
        self.days_error.hide()
        try:
            run_with_approval(
                self,
                self.counter.db,
                lambda approval: set_contact_check_days(
                    self.counter.db,
                    by_staff_id=self.counter.staff.id,
                    now=self.counter.now(),
                    days=self.days.value(),
                    approval=approval,
                ),
            )
        except ValidationError as error:
            self.days_error.setText(problem_text(error.problems[0]))
            self.days_error.show()
            return
        self.reload()

    def reload(self) -> None:
        rows = contacts_to_check(self.counter.db, today=self.counter.today())
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            if row.address is not None:
                contact = row.address.one_line
            else:
                assert row.role is not None
                contact = f"{role_name(row.role)} {phone_text(row.phone)}"
            for column, text in enumerate(
                (row.customer_number, row.customer_name, contact, day_text(row.last_confirmed_on))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.customer_id)
                self.table.setItem(index, column, item)
        self.count.setText(self.tr("{count} contacts to check").format(count=len(rows)))

    def _choose(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.customerChosen.emit(int(items[0].data(Qt.ItemDataRole.UserRole)))
            self.accept()
