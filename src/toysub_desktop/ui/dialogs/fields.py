"""Field groups several dialogs share: an address, a phone number with its live check."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from toysub_desktop.domain.address import DETAIL_MAX, ENTRY_NOTES_MAX, ROAD_ADDRESS_MAX, Address
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.phone import parse_phone
from toysub_desktop.services.inputs import AddressInput
from toysub_desktop.ui.forms import WARNING_STYLE, FieldErrors, make_message_label
from toysub_desktop.ui.text import kind_name, message_text


class AddressFields(QObject):
    """Postal code, road-name address, detail, entry notes and delivery memo, with errors beside each."""

    def __init__(self, form: QFormLayout, errors: FieldErrors, *, prefix: str = "address") -> None:
        super().__init__()
        self.postal_code = QLineEdit()
        self.postal_code.setPlaceholderText("04001")
        self.postal_code.setMaxLength(7)
        self.road_address = QLineEdit()
        self.road_address.setMaxLength(ROAD_ADDRESS_MAX)
        self.road_address.setPlaceholderText(self.tr("e.g. Seoul Mapo-gu World Cup buk-ro 396"))
        self.detail = QLineEdit()
        self.detail.setMaxLength(DETAIL_MAX)
        self.detail.setPlaceholderText(self.tr("building and unit, e.g. 101-dong 1203-ho"))
        self.entry_notes = QLineEdit()
        self.entry_notes.setMaxLength(ENTRY_NOTES_MAX)
        self.entry_notes.setPlaceholderText(self.tr("e.g. lobby door code; shown only to delivery staff"))
        self.delivery_memo = QPlainTextEdit()
        self.delivery_memo.setTabChangesFocus(True)
        self.delivery_memo.setFixedHeight(self.delivery_memo.fontMetrics().lineSpacing() * 3 + 12)
        rows = (
            (self.tr("Postal code"), self.postal_code, "postal_code"),
            (self.tr("Road-name address"), self.road_address, "road_address"),
            (self.tr("Detail (dong/ho)"), self.detail, "detail"),
            (self.tr("Entry notes"), self.entry_notes, "entry_notes"),
            (self.tr("Delivery memo"), self.delivery_memo, "delivery_memo"),
        )
        for label, widget, name in rows:
            errors.add_row(form, label, widget, f"{prefix}.{name}")

    def value(self) -> AddressInput:
        return AddressInput(
            postal_code=self.postal_code.text(),
            road_address=self.road_address.text(),
            detail=self.detail.text(),
            entry_notes=self.entry_notes.text(),
            delivery_memo=self.delivery_memo.toPlainText(),
        )

    def set_value(self, address: Address) -> None:
        self.postal_code.setText(address.postal_code)
        self.road_address.setText(address.road_address)
        self.detail.setText(address.detail)
        self.entry_notes.setText(address.entry_notes)
        self.delivery_memo.setPlainText(address.delivery_memo)


class PhoneHint(QObject):
    """Says under a phone field what the typed number is (mobile, landline, 070) or warns about it."""

    def __init__(self, edit: QLineEdit, error: QLabel | None = None) -> None:
        super().__init__(edit)
        self.edit = edit
        #: The field's error message: while it shows, the hint keeps quiet.
        self.error = error
        self.label: QLabel = make_message_label(WARNING_STYLE)
        edit.textChanged.connect(self._update)

    def _update(self, text: str) -> None:
        if not text.strip():
            self.label.clear()
            self.label.hide()
            return
        try:
            phone = parse_phone(text)
        except ValidationError:
            self.label.clear()
            self.label.hide()  # the refusal itself is shown on Save, beside the field
            return
        lines = [f"{phone.national} · {kind_name(phone.kind)}"]
        lines += [message_text(warning) for warning in phone.warnings]
        self.label.setText("\n".join(lines))
        self.label.setVisible(self.error is None or self.error.isHidden())


def phone_row(form: QFormLayout, errors: FieldErrors, label: str, field: str) -> QLineEdit:
    """A phone field with its error label and, under it, the live hint."""
    edit = QLineEdit()
    edit.setPlaceholderText("010-1234-5678")
    edit.setInputMethodHints(edit.inputMethodHints())
    message = errors.add_row(form, label, edit, field)
    hint = PhoneHint(edit, message)
    errors.add_hint(message, hint.label)
    return edit
