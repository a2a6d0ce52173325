"""Signing in at the counter: a name and a PIN, fast as a keyboard allows (the name's number, the digits, Enter).

Also where a staff member without a PIN sets one, where the owner's recovery code is shown once to be printed,
and where another staff member approves an action beyond the clerk's role with their PIN.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.staff import PIN_MAX, role_may
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.access import Approval, ApprovalNeeded
from toysub_desktop.services.database import Database, DatabaseProblem
from toysub_desktop.services.shop import StaffMember
from toysub_desktop.services.staff import (
    DEMO_PIN,
    FirstPin,
    SignInAccount,
    recover_owner_pin,
    set_first_pin,
    sign_in,
    sign_in_accounts,
)
from toysub_desktop.ui.forms import ERROR_STYLE, FieldErrors, make_message_label
from toysub_desktop.ui.problems import problem_message

T = TypeVar("T")

_ROLE_NAMES = {
    StaffRole.OWNER: QT_TRANSLATE_NOOP("SignIn", "owner"),
    StaffRole.MANAGER: QT_TRANSLATE_NOOP("SignIn", "manager"),
    StaffRole.CLERK: QT_TRANSLATE_NOOP("SignIn", "staff"),
}


def role_name(role: StaffRole) -> str:
    return QCoreApplication.translate("SignIn", _ROLE_NAMES[role])


def pin_edit() -> QLineEdit:
    """A box for a PIN: digits hidden as typed, no longer than a PIN may be."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 14)
    return edit


class _NameList(QListWidget):
    """The staff by number: a digit picks that person and moves on to the PIN; Enter moves on too."""

    def __init__(self, on_chosen: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_chosen = on_chosen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text != "0" and int(text) <= self.count():
            self.setCurrentRow(int(text) - 1)
            self._chosen()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._chosen()
            return
        super().keyPressEvent(event)

    def _chosen(self) -> None:
        callback = self._on_chosen
        assert callable(callback)
        callback()


class _StaffPinDialog(QDialog):
    """A list of staff to choose from and a PIN field; the problems show beside the fields, input kept."""

    def __init__(self, accounts: list[SignInAccount], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.errors = FieldErrors()
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.names = _NameList(self._go_to_pin)
        for number, account in enumerate(accounts, start=1):
            item = QListWidgetItem(f"{number}   {account.name}  ·  {role_name(account.role)}")
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.names.addItem(item)
        lines = max(3, min(len(accounts), 8))
        self.names.setFixedHeight(self.names.sizeHintForRow(0) * lines + 2 * self.names.frameWidth() + 4)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.errors.add_row(
            self.form, QCoreApplication.translate("SignIn", "&Who"), self.names, ["staff", "approval_staff"]
        )
        self.pin = pin_edit()
        # The arrow keys that chose a name at the counter's staff list go on choosing here, from the PIN field.
        self.pin.installEventFilter(self)
        self.errors.add_row(self.form, QCoreApplication.translate("SignIn", "&PIN"), self.pin, ["pin", "approval_pin"])
        self.general_error = make_message_label(ERROR_STYLE)
        self.errors.set_fallback(self.general_error)
        self.layout_.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.pin.returnPressed.connect(self.go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pin and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)
            row = self.names.currentRow() + step
            if step and 0 <= row < self.names.count():
                self.names.setCurrentRow(row)
                self.pin.clear()  # a PIN typed for someone else is not sent as this one's
                return True
        return super().eventFilter(watched, event)

    def account(self) -> SignInAccount | None:
        row = self.names.currentRow()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def choose(self, staff_id: int) -> None:
        for row, account in enumerate(self.accounts):
            if account.id == staff_id:
                self.names.setCurrentRow(row)

    def _go_to_pin(self) -> None:
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pin.selectAll()

    def go(self) -> None:
        raise NotImplementedError  # each PIN dialog defines what its Enter does (sign in, approve)


class SignInDialog(_StaffPinDialog):
    """Who is at the counter: at start-up, when the idle lock comes back, and when staff switch.

    A staff member without a PIN (new, reset by the owner, or from before PINs) sets one here; an owner's first
    PIN shows the recovery code once, to print. ``locked``: the counter is locked and can only be signed in to
    (or the program closed); anything open underneath keeps its input."""

    def __init__(self, db: Database, *, locked: bool, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(sign_in_accounts(db), parent)
        self.db = db
        self.locked = locked
        #: Who signed in, once accepted.
        self.member: StaffMember | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.intro.setText(
            self.tr("The counter is locked. Choose your name (its number), type your PIN and press Enter.")
            if locked
            else self.tr("Choose your name (its number), type your PIN and press Enter.")
        )
        self.repeat_pin = pin_edit()
        self.errors.add_row(self.form, self.tr("&Repeat the PIN"), self.repeat_pin, "repeated_pin")
        self.repeat_pin.returnPressed.connect(self.go)
        # Made after the buttons: Tab from the PIN goes to its repetition, not to the buttons below.
        QWidget.setTabOrder(self.pin, self.repeat_pin)
        self.new_pin_hint = QLabel(self.tr("You have no PIN yet: choose one of 4 to 8 digits and type it twice."))
        self.new_pin_hint.setWordWrap(True)
        self.layout_.insertWidget(1, self.new_pin_hint)
        if demo:
            hint = QLabel(self.tr("Demo shop: every PIN is {pin}.").format(pin=DEMO_PIN))
            hint.setStyleSheet("font-weight: bold;")
            self.layout_.insertWidget(1, hint)
        self.recover = QPushButton(self.tr("Forgot the owner's PIN…"))
        self.recover.clicked.connect(self._recover)
        self.buttons.addButton(self.recover, QDialogButtonBox.ButtonRole.ResetRole)
        if locked:
            # Nothing to go back to: the only other way out is closing the program.
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            assert cancel is not None
            self.buttons.removeButton(cancel)
            cancel.deleteLater()
            quit_button = self.buttons.addButton(self.tr("&Close ToySub"), QDialogButtonBox.ButtonRole.DestructiveRole)
            assert quit_button is not None
            quit_button.clicked.connect(QApplication.quit)
        self.names.currentRowChanged.connect(lambda _row: self._show_for_account())
        self.names.setCurrentRow(0)
        self._show_for_account()
        self.names.setFocus()

    def _show_for_account(self) -> None:
        account = self.account()
        new = account is not None and not account.has_pin
        self.new_pin_hint.setVisible(new)
        self.repeat_pin.setVisible(new)
        row = self.repeat_pin.parentWidget()
        label = self.form.labelForField(row) if row is not None else None
        if label is not None:
            label.setVisible(new)
        self.recover.setVisible(account is not None and account.role is StaffRole.OWNER and account.has_pin)

    def reject(self) -> None:
        if not self.locked:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def go(self) -> None:
        account = self.account()
        if account is None:
            return
        self.errors.clear()
        try:
            if account.has_pin:
                self.member = sign_in(self.db, staff_id=account.id, pin=self.pin.text())
            else:
                first = set_first_pin(
                    self.db, staff_id=account.id, pin=self.pin.text(), repeated_pin=self.repeat_pin.text()
                )
                self._first_pin_set(first)
        except ValidationError as error:
            self.errors.show(error)
            self.pin.selectAll()
            return
        except DatabaseProblem as problem:
            self.general_error.setText(problem_message(problem))
            self.general_error.show()
            return
        self.pin.clear()
        self.repeat_pin.clear()
        self.accept()

    def _first_pin_set(self, first: FirstPin) -> None:
        self.member = first.member
        if first.recovery_code is not None:
            RecoveryCodeDialog(first.recovery_code, self).exec()

    def _recover(self) -> None:
        account = self.account()
        if account is None:
            return
        dialog = RecoverOwnerPinDialog(self.db, account, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome is not None:
            self._first_pin_set(dialog.outcome)
            self.accept()


class RecoveryCodeView(QWidget):
    """The owner's recovery code, shown this once, with what it is for and a button to print it: in the dialog after
    an owner's first PIN or a recovery, and on the last page of the first start."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(
            QCoreApplication.translate(
                "RecoveryCodeDialog",
                "If the owner's PIN is ever forgotten, this code sets a new one. It is shown only now: print it "
                "or write it down, and keep it away from the counter.",
            )
        )
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        self.code_label = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.code_label)
        self.print_button = QPushButton(QCoreApplication.translate("RecoveryCodeDialog", "&Print…"))
        self.print_button.clicked.connect(self.print_code)

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loads only when printing

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(
            QCoreApplication.translate("RecoveryCodeDialog", "ToySub Desktop — owner's recovery code")
            + "\n\n"
            + self.code
            + "\n\n"
            + QCoreApplication.translate(
                "RecoveryCodeDialog", "Sets a new owner PIN when it is forgotten. Keep it away from the counter."
            )
        )
        document.print_(printer)


class RecoveryCodeDialog(QDialog):
    """The owner's recovery code, shown this once: print it (or write it down) and keep it away from the counter."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Owner's recovery code"))
        column = QVBoxLayout(self)
        self.view = RecoveryCodeView(code)
        column.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(self.view.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        column.addWidget(buttons)


class RecoverOwnerPinDialog(QDialog):
    """The printed recovery code and a new owner PIN, typed twice."""

    def __init__(self, db: Database, account: SignInAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.account = account
        self.outcome: FirstPin | None = None
        self.setWindowTitle(self.tr("New owner PIN"))
        self.errors = FieldErrors()
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the recovery code printed when the owner's PIN was set, and a new PIN."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        column.addLayout(form)
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.pin = pin_edit()
        self.repeat_pin = pin_edit()
        self.errors.add_row(form, self.tr("Recovery &code"), self.code, "recovery_code")
        self.errors.add_row(form, self.tr("New &PIN"), self.pin, "pin")
        self.errors.add_row(form, self.tr("&Repeat the PIN"), self.repeat_pin, "repeated_pin")
        general = make_message_label(ERROR_STYLE)
        self.errors.set_fallback(general)
        column.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.go)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def go(self) -> None:
        self.errors.clear()
        try:
            self.outcome = recover_owner_pin(
                self.db,
                staff_id=self.account.id,
                recovery_code=self.code.text(),
                pin=self.pin.text(),
                repeated_pin=self.repeat_pin.text(),
            )
        except ValidationError as error:
            self.errors.show(error)
            return
        self.accept()


class ApprovalDialog(_StaffPinDialog):
    """Someone whose role allows the action approves it with their PIN, at this moment."""

    def __init__(self, db: Database, needed: ApprovalNeeded, parent: QWidget | None = None) -> None:
        accounts = [a for a in sign_in_accounts(db) if a.has_pin and role_may(a.role, needed.permission)]
        super().__init__(accounts, parent)
        self.approval: Approval | None = None
        self.setWindowTitle(self.tr("Approval"))
        self.intro.setText(
            self.tr("Only the owner can do this. The owner approves it with their PIN.")
            if needed.lowest_role is StaffRole.OWNER
            else self.tr("Only the owner or a manager can do this. One of them approves it with their PIN.")
        )
        self.names.setCurrentRow(0)
        self.names.setFocus()

    def go(self) -> None:
        account = self.account()
        if account is None:
            return
        self.approval = Approval(account.id, self.pin.text())
        self.accept()


def run_with_approval(parent: QWidget, db: Database, action: Callable[[Approval | None], T]) -> T:
    """Run *action* as the signed-in person; when their role does not allow it, ask someone whose role does for
    their PIN and run it again with that approval. Cancelled, the service's refusal is raised for the caller to
    show."""
    try:
        return action(None)
    except ApprovalNeeded as needed:
        dialog = ApprovalDialog(db, needed, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.approval is None:
            raise
        return action(dialog.approval)
