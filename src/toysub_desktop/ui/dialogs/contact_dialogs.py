"""주소 변경, 연락처 변경, 정정 and 확인: each records a new version or voids a wrong one, never overwrites."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypedDict

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from toysub_desktop.domain.contacts import CONFIRMED_ON, PhoneRole
from toysub_desktop.domain.dates import check_effective_date
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.services.contacts import (
    change_phone,
    confirm_contacts,
    correct_address,
    correct_phone,
    record_move,
    record_temporary_address,
    remove_phone,
    set_temporary_address_end,
    withdraw_address,
    withdraw_phone,
)
from toysub_desktop.services.views import AddressEntry, CustomerCard, PhoneEntry
from toysub_desktop.ui.affected_deliveries import AffectedDeliveries
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.date_input import DateInput
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.fields import AddressFields, phone_row
from toysub_desktop.ui.forms import date_edit, date_of
from toysub_desktop.ui.text import day_text, phone_text, role_name


def _current_line(card: CustomerCard) -> str:
    return card.current_address.address.one_line if card.current_address else ""


class AddressChangeDialog(ServiceDialog):
    """A move (lasting) or a temporary stay, from an effective date that may be past or future."""

    def __init__(self, counter: Counter, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Change address — {name}").format(name=card.name), parent)
        self.card = card
        self.add_intro(self.tr("Address now: {address}").format(address=_current_line(card)))
        kind_box = QWidget()
        kinds = QVBoxLayout(kind_box)
        kinds.setContentsMargins(0, 0, 0, 0)
        self.move_choice = QRadioButton(self.tr("&Moving house"))
        self.temporary_choice = QRadioButton(self.tr("&Temporary stay (e.g. with grandparents)"))
        self.move_choice.setChecked(True)
        kinds.addWidget(self.move_choice)
        kinds.addWidget(self.temporary_choice)
        self.form.addRow(self.tr("Kind of change"), kind_box)
        self.address = AddressFields(self.form, self.errors)
        self.effective_from = _effective_date(counter, counter.today())
        self.errors.add_row(self.form, self.tr("Takes effect on"), self.effective_from, "effective_from")
        self.until_known = QCheckBox(self.tr("End date known"))
        self.until_known.setChecked(True)
        self.effective_until = _effective_date(counter, counter.today(), field="effective_until")
        until_box = QWidget()
        until_row = QVBoxLayout(until_box)
        until_row.setContentsMargins(0, 0, 0, 0)
        until_row.addWidget(self.until_known)
        until_row.addWidget(self.effective_until)
        self.until_caption = self.errors.add_row(
            self.form, self.tr("Last day of the stay"), until_box, "effective_until"
        )
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.errors.add_row(self.form, self.tr("Note"), self.note, "note")
        self.affected = AffectedDeliveries(counter, card.id)
        self.add_side_column().addWidget(self.affected)
        self.temporary_choice.toggled.connect(self._sync)
        self.until_known.toggled.connect(self._sync)
        self.effective_from.dateChanged.connect(lambda _day: self._sync())
        self.effective_until.dateChanged.connect(lambda _day: self._sync())
        self._until_box = until_box
        self._sync()
        self.address.postal_code.setFocus()

    def _until(self) -> date | None:
        if self.temporary_choice.isChecked() and self.until_known.isChecked():
            return date_of(self.effective_until)
        return None

    def _sync(self) -> None:
        temporary = self.temporary_choice.isChecked()
        self._until_box.setEnabled(temporary)
        self.effective_until.setEnabled(temporary and self.until_known.isChecked())
        start = self.effective_from.date()
        until = self.effective_until.date() if self.effective_until.isEnabled() else None
        if start is not None and (until is not None or not self.effective_until.isEnabled()):
            self.affected.show_for(start, until)

    def submit(self) -> int:
        common = {
            "staff_id": self.counter.staff.id,
            "now": self.counter.now(),
            "customer_id": self.card.id,
            "expected_version": self.card.version,
            "address": self.address.value(),
            "effective_from": date_of(self.effective_from),
            "note": self.note.text(),
        }
        if self.temporary_choice.isChecked():
            return record_temporary_address(self.counter.db, effective_until=self._until(), **common)  # type: ignore[arg-type]
        return record_move(self.counter.db, **common)  # type: ignore[arg-type]


class PhoneChangeDialog(ServiceDialog):
    """A new number for a role (or a first one), or no number any more for a role other than the customer's."""

    def __init__(self, counter: Counter, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Change phone — {name}").format(name=card.name), parent)
        self.card = card
        now = ", ".join(f"{role_name(p.role)} {phone_text(p.phone)}" for p in card.current_phones)
        self.add_intro(self.tr("Phones now: {phones}").format(phones=now))
        self.role = QComboBox()
        for role in PhoneRole:
            self.role.addItem(role_name(role), role)
        self.errors.add_row(self.form, self.tr("Whose phone"), self.role, "role")
        self.remove = QCheckBox(self.tr("No number for this any more"))
        self.form.addRow("", self.remove)
        self.number = phone_row(self.form, self.errors, self.tr("New number"), "number")
        self.effective_from = _effective_date(counter, counter.today())
        self.errors.add_row(self.form, self.tr("Takes effect on"), self.effective_from, "effective_from")
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.errors.add_row(self.form, self.tr("Note"), self.note, "note")
        self.remove.toggled.connect(lambda removing: self.number.setEnabled(not removing))
        self.number.setFocus()

    def submit(self) -> int:
        role = PhoneRole(self.role.currentData())
        common = {
            "staff_id": self.counter.staff.id,
            "now": self.counter.now(),
            "customer_id": self.card.id,
            "expected_version": self.card.version,
            "role": role,
            "effective_from": date_of(self.effective_from),
            "note": self.note.text(),
        }
        if self.remove.isChecked():
            return remove_phone(self.counter.db, **common)  # type: ignore[arg-type]
        return change_phone(self.counter.db, number=self.number.text(), **common)  # type: ignore[arg-type]


class _EntryAction(TypedDict):
    """The arguments every correction or withdrawal of one history entry passes to its service."""

    staff_id: int
    now: datetime
    customer_id: int
    expected_version: int | None
    version_id: int
    reason: str


class _CorrectionDialog(ServiceDialog):
    """What correcting an address entry and a phone entry share: the entry, the reason, and withdrawing it instead
    (the wrong entry stays in the history either way). Each kind says how it withdraws and how it corrects."""

    card: CustomerCard
    entry: AddressEntry | PhoneEntry
    withdraw: QCheckBox
    effective_from: DateInput
    reason: QLineEdit

    def withdraw_entry(self, common: _EntryAction) -> None:
        raise NotImplementedError

    def correct_entry(self, common: _EntryAction, effective_from: date | None) -> int:
        raise NotImplementedError

    def submit(self) -> int | None:
        common: _EntryAction = {
            "staff_id": self.counter.staff.id,
            "now": self.counter.now(),
            "customer_id": self.card.id,
            "expected_version": self.card.version,
            "version_id": self.entry.version_id,
            "reason": self.reason.text(),
        }
        if self.withdraw.isChecked():
            self.withdraw_entry(common)
            return None
        start = date_of(self.effective_from)
        return self.correct_entry(common, start if start != self.entry.effective_from else None)


class CorrectAddressDialog(_CorrectionDialog):
    """정정: the selected address entry was wrong. It is voided with the reason and the right one recorded,
    or, when it should never have been recorded, only voided."""

    def __init__(self, counter: Counter, card: CustomerCard, entry: AddressEntry, parent: QWidget | None = None):
        super().__init__(counter, self.tr("Correct an address entry — {name}").format(name=card.name), parent)
        self.card = card
        self.entry = entry
        self.add_intro(
            self.tr(
                "Recorded: {address}, in effect from {date}. The wrong entry stays in the history, marked as corrected."
            ).format(address=entry.address.one_line, date=day_text(entry.effective_from))
        )
        self.withdraw = QCheckBox(self.tr("This entry should never have been recorded (withdraw it)"))
        self.form.addRow("", self.withdraw)
        self.address = AddressFields(self.form, self.errors)
        self.address.set_value(entry.address)
        self.effective_from = _effective_date(counter, entry.effective_from)
        self.errors.add_row(self.form, self.tr("In effect from"), self.effective_from, "effective_from")
        self.reason = QLineEdit()
        self.reason.setMaxLength(NOTE_MAX)
        self.reason.setPlaceholderText(self.tr("What was wrong, e.g. unit number mistyped"))
        self.errors.add_row(self.form, self.tr("Reason"), self.reason, ["reason", "version"])
        self.affected = AffectedDeliveries(counter, card.id)
        self.add_side_column().addWidget(self.affected)
        self.effective_from.dateChanged.connect(lambda _day: self._show_affected())
        self.withdraw.toggled.connect(self._sync)
        self._show_affected()
        self.address.road_address.setFocus()

    def _show_affected(self) -> None:
        """The corrected entry takes the wrong one's place: the deliveries on its days go to the right address."""
        self.affected.setVisible(not self.withdraw.isChecked())
        start = self.effective_from.date()
        if not self.withdraw.isChecked() and start is not None:
            self.affected.show_for(start, self.entry.effective_until, replacing_version_id=self.entry.version_id)

    def _sync(self, withdrawing: bool) -> None:
        for widget in (
            self.address.postal_code,
            self.address.road_address,
            self.address.detail,
            self.address.entry_notes,
            self.address.delivery_memo,
            self.effective_from,
        ):
            widget.setEnabled(not withdrawing)
        self._show_affected()

    def withdraw_entry(self, common: _EntryAction) -> None:
        withdraw_address(self.counter.db, **common)

    def correct_entry(self, common: _EntryAction, effective_from: date | None) -> int:
        return correct_address(self.counter.db, address=self.address.value(), effective_from=effective_from, **common)


class CorrectPhoneDialog(_CorrectionDialog):
    """정정 for a phone entry: a mistyped number, or an entry that should not exist."""

    def __init__(self, counter: Counter, card: CustomerCard, entry: PhoneEntry, parent: QWidget | None = None):
        super().__init__(counter, self.tr("Correct a phone entry — {name}").format(name=card.name), parent)
        self.card = card
        self.entry = entry
        self.add_intro(
            self.tr(
                "Recorded: {role} {number}, in effect from {date}. The wrong entry stays in the "
                "history, marked as corrected."
            ).format(role=role_name(entry.role), number=phone_text(entry.phone), date=day_text(entry.effective_from))
        )
        self.withdraw = QCheckBox(self.tr("This entry should never have been recorded (withdraw it)"))
        self.form.addRow("", self.withdraw)
        self.number = phone_row(self.form, self.errors, self.tr("Right number"), "number")
        if entry.phone:
            self.number.setText(entry.phone.national)
        self.effective_from = _effective_date(counter, entry.effective_from)
        self.errors.add_row(self.form, self.tr("In effect from"), self.effective_from, "effective_from")
        self.reason = QLineEdit()
        self.reason.setMaxLength(NOTE_MAX)
        self.reason.setPlaceholderText(self.tr("What was wrong, e.g. last digit mistyped"))
        self.errors.add_row(self.form, self.tr("Reason"), self.reason, ["reason", "version"])
        self.withdraw.toggled.connect(self._sync)
        self.number.setFocus()

    def _sync(self, withdrawing: bool) -> None:
        self.number.setEnabled(not withdrawing)
        self.effective_from.setEnabled(not withdrawing)

    def withdraw_entry(self, common: _EntryAction) -> None:
        withdraw_phone(self.counter.db, **common)

    def correct_entry(self, common: _EntryAction, effective_from: date | None) -> int:
        return correct_phone(self.counter.db, number=self.number.text(), effective_from=effective_from, **common)


class TemporaryEndDialog(ServiceDialog):
    """Set or change the last day of a temporary stay."""

    def __init__(self, counter: Counter, card: CustomerCard, entry: AddressEntry, parent: QWidget | None = None):
        super().__init__(counter, self.tr("End of temporary stay — {name}").format(name=card.name), parent)
        self.card = card
        self.entry = entry
        self.add_intro(
            self.tr("Staying at {address} from {date}.").format(
                address=entry.address.one_line, date=day_text(entry.effective_from)
            )
        )
        self.until = _effective_date(
            counter, entry.effective_until or max(counter.today(), entry.effective_from), field="effective_until"
        )
        self.errors.add_row(self.form, self.tr("Last day of the stay"), self.until, "effective_until")
        self.until.setFocus()

    def submit(self) -> int:
        return set_temporary_address_end(
            self.counter.db,
            staff_id=self.counter.staff.id,
            now=self.counter.now(),
            customer_id=self.card.id,
            expected_version=self.card.version,
            version_id=self.entry.version_id,
            effective_until=date_of(self.until),
        )


class ConfirmContactsDialog(ServiceDialog):
    """확인: the customer confirmed that these contacts are still right."""

    def __init__(self, counter: Counter, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Confirm contacts — {name}").format(name=card.name), parent)
        self.card = card
        self.add_intro(self.tr("Tick what the customer confirmed is still right."))
        self.address_checks: list[tuple[QCheckBox, int]] = []
        self.phone_checks: list[tuple[QCheckBox, int]] = []
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        if card.current_address:
            check = QCheckBox(card.current_address.address.one_line)
            check.setChecked(True)
            column.addWidget(check)
            self.address_checks.append((check, card.current_address.version_id))
        for phone in card.current_phones:
            check = QCheckBox(f"{role_name(phone.role)} {phone_text(phone.phone)}")
            check.setChecked(True)
            column.addWidget(check)
            self.phone_checks.append((check, phone.version_id))
        if not self.address_checks and not self.phone_checks:
            column.addWidget(QLabel(self.tr("No contacts are in effect today.")))
        self.errors.add_row(self.form, self.tr("Contacts"), box, "contacts")
        self.confirmed_on = date_edit(counter.today(), today=counter.today(), field="confirmed_on", rule=CONFIRMED_ON)
        self.errors.add_row(self.form, self.tr("Confirmed on"), self.confirmed_on, "confirmed_on")

    def submit(self) -> None:
        confirm_contacts(
            self.counter.db,
            staff_id=self.counter.staff.id,
            now=self.counter.now(),
            customer_id=self.card.id,
            address_version_ids=tuple(i for c, i in self.address_checks if c.isChecked()),
            phone_version_ids=tuple(i for c, i in self.phone_checks if c.isChecked()),
            confirmed_on=date_of(self.confirmed_on),
        )


def _effective_date(counter: Counter, initial: date, *, field: str = "effective_from") -> DateInput:
    """A date a contact version takes effect (or ends), within the window the service allows."""
    return date_edit(initial, today=counter.today(), field=field, rule=check_effective_date)
