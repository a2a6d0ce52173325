"""Registering a customer and editing their details."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.bank_statements import DEPOSITOR_NAME_MAX
from toysub_desktop.domain.contacts import (
    CONSENT_GIVEN_ON,
    CURRENT_NOTICE_VERSION,
    ConsentKind,
    ConsentMethod,
    PhoneRole,
)
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.person import EMAIL_MAX, check_birth_month
from toysub_desktop.domain.privacy import CONSENT_KINDS, HEALTH_NOTES_MAX
from toysub_desktop.services.customers import (
    CHILD_NOTES_LIMIT,
    consent_notices,
    register_customer,
    update_customer_details,
)
from toysub_desktop.services.inputs import ChildInput, ConsentInput, NewCustomer, PhoneInput
from toysub_desktop.services.views import CustomerCard
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.fields import AddressFields, phone_row
from toysub_desktop.ui.forms import ERROR_STYLE, WARNING_STYLE, FieldErrors, date_edit, date_of, make_message_label
from toysub_desktop.ui.text import method_name

#: Phone fields of the registration form, in the order they are offered.
PHONE_FIELDS = (PhoneRole.PRIMARY, PhoneRole.SPOUSE, PhoneRole.HOME)


class ChildRow(QWidget):
    """One child: name, birth month, notes, and a button to take the row out again."""

    def __init__(self, counter: Counter, errors: FieldErrors, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Child's name"))
        self.birth_month = date_edit(
            counter.today(),
            today=counter.today(),
            field=f"children[{index}].birth_month",
            rule=check_birth_month,
            month_only=True,
        )
        # The row is squeezed at 150 %: the month must still show whole, not its last few characters.
        line = self.birth_month.line
        line.setMinimumWidth(line.fontMetrics().horizontalAdvance("2026-12") + 16)
        self.notes = QLineEdit()
        self.notes.setMaxLength(CHILD_NOTES_LIMIT)
        # Allergies are health data (PIPA §23): they have a field of their own, open only under a separate consent.
        self.notes.setPlaceholderText(self.tr("Notes (favourite toys; no health information)"))
        self.health = QLineEdit()
        self.health.setMaxLength(HEALTH_NOTES_MAX)
        self.health.setPlaceholderText(self.tr("Allergies or health (sensitive data)"))
        self.remove = QPushButton(self.tr("Remove"))
        # As wide as its word: a push button's usual minimum would take the room the child's name needs at 150 %.
        self.remove.setMaximumWidth(self.remove.fontMetrics().horizontalAdvance(self.remove.text()) + 24)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        # Top-aligned: the birth month shows what it understood under itself, the others stay on its first line.
        for widget, stretch in ((self.name, 2), (self.birth_month, 1), (self.notes, 3), (self.remove, 0)):
            row.addWidget(widget, stretch, Qt.AlignmentFlag.AlignTop)
        self.error = make_message_label(ERROR_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.health)
        column.addWidget(self.error)
        prefix = f"children[{index}]"
        errors.bind(f"{prefix}.name", self.name, self.error)
        errors.bind(f"{prefix}.birth_month", self.birth_month, self.error)
        errors.bind(f"{prefix}.notes", self.notes, self.error)
        errors.bind(f"{prefix}.health_notes", self.health, self.error)
        self.allow_health_notes(False)

    def allow_health_notes(self, allowed: bool) -> None:
        """Open the allergy and health field only while the sensitive-data consent is given; what was typed stays."""
        self.health.setEnabled(allowed)
        self.health.setToolTip("" if allowed else health_notes_hint(False))

    def value(self) -> ChildInput:
        month = date_of(self.birth_month)
        return ChildInput(self.name.text(), month.year, month.month, self.notes.text(), self.health.text())


def health_notes_hint(allowed: bool) -> str:
    """Why the allergy and health field is open or closed."""
    if allowed:
        return QCoreApplication.translate(
            "ChildRow", "The guardian agreed to the sensitive-data consent: allergy and health notes may be written."
        )
    return QCoreApplication.translate(
        "ChildRow",
        "Allergy and health notes can be written only after the guardian agrees to the separate sensitive-data "
        "consent.",
    )


def consent_notice_view(kinds: tuple[ConsentKind, ...]) -> QPlainTextEdit:
    """The notice of the consents asked, read-only, as the contract prints it (a Korean legal text)."""
    notices = consent_notices()
    view = QPlainTextEdit("\n\n".join(notices[kind] for kind in kinds))
    view.setReadOnly(True)
    view.setTabChangesFocus(True)
    view.setFixedHeight(view.fontMetrics().lineSpacing() * 7 + 12)
    return view


def health_hint_label() -> QLabel:
    """Above the children: whether the allergy field is open, and why (``show_health_hint``)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    show_health_hint(label, allowed=False)
    return label


def show_health_hint(label: QLabel, *, allowed: bool) -> None:
    # The hint stays in place with either text, so the form does not jump when the consent is ticked.
    label.setText(health_notes_hint(allowed))
    label.setStyleSheet("" if allowed else WARNING_STYLE)


class NewCustomerDialog(ServiceDialog):
    """신규 고객: guardian, phones, address, children, consents. Returns the new customer's id."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("New customer"), parent)
        self.name = QLineEdit()
        self.errors.add_row(self.form, self.tr("Guardian's name"), self.name, "name")
        self.phones = {
            PhoneRole.PRIMARY: phone_row(self.form, self.errors, self.tr("Mobile phone"), "phone.primary"),
            PhoneRole.SPOUSE: phone_row(self.form, self.errors, self.tr("Spouse's phone (optional)"), "phone.spouse"),
            PhoneRole.HOME: phone_row(self.form, self.errors, self.tr("Home phone (optional)"), "phone.home"),
        }
        # "Enter at least one phone" shows beside the customer's own phone.
        self.errors.alias("phones", "phone.primary")
        self.email = QLineEdit()
        self.email.setMaxLength(EMAIL_MAX)
        self.email.setPlaceholderText(self.tr("optional"))
        self.errors.add_row(self.form, self.tr("Email"), self.email, "email")
        self.address = AddressFields(self.form, self.errors)

        side = self.add_side_column()
        children_box = QGroupBox(self.tr("Children"))
        self.children_layout = QVBoxLayout(children_box)
        self.child_rows: list[ChildRow] = []
        self.health_hint = health_hint_label()
        self.children_layout.addWidget(self.health_hint)
        self.add_child_button = QPushButton(self.tr("Add &child"))
        self.add_child_button.clicked.connect(self.add_child_row)
        self.children_layout.addWidget(self.add_child_button)
        side.addWidget(children_box)

        consent_box = QGroupBox(
            self.tr("Consent to the personal-data notice ({version})").format(version=CURRENT_NOTICE_VERSION)
        )
        # The notice and the answers one under another (a box layout: its height for a width holds when the
        # required consent's message wraps, where a form's rows with empty captions gave it a line too little);
        # how and when they were given in a form below.
        consent_column = QVBoxLayout(consent_box)
        self.notice = consent_notice_view(CONSENT_KINDS)
        consent_column.addWidget(self.notice)
        self.personal_data = QCheckBox(self.tr("Agrees to the collection and use of personal data (required)"))
        self.marketing = QCheckBox(self.tr("Agrees to receive news and offers (optional)"))
        self.sensitive = QCheckBox(self.tr("Agrees to sensitive data: allergies, health (optional)"))
        self.sensitive.toggled.connect(self._allow_health_notes)
        self.method = QComboBox()
        for method in ConsentMethod:
            self.method.addItem(method_name(method), method)
        self.given_on = date_edit(
            counter.today(), today=counter.today(), field="consent.given_on", rule=CONSENT_GIVEN_ON
        )
        consent_column.addWidget(self.personal_data)
        personal_data_message = make_message_label(ERROR_STYLE)
        consent_column.addWidget(personal_data_message)
        self.errors.bind("consent.personal_data", self.personal_data, personal_data_message)
        consent_column.addWidget(self.marketing)
        consent_column.addWidget(self.sensitive)
        consent_form = QFormLayout()
        consent_column.addLayout(consent_form)
        consent_form.addRow(self.tr("How given"), self.method)
        self.errors.add_row(consent_form, self.tr("Given on"), self.given_on, "consent.given_on")
        side.addWidget(consent_box)

        notes_form = QFormLayout()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.errors.add_row(notes_form, self.tr("Notes"), self.notes, "notes")
        side.addLayout(notes_form)
        side.addStretch(1)
        # The side column (with the consent notice) is the taller one: the room left beside the guardian's fields
        # falls to the last of them, whose box keeps the memo at its top, next to its label.
        memo_box = self.address.delivery_memo.parentWidget()
        memo_column = memo_box.layout() if memo_box is not None else None
        if memo_column is not None:
            memo_column.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.add_child_row()
        self.name.setFocus()

    def _allow_health_notes(self, allowed: bool) -> None:
        show_health_hint(self.health_hint, allowed=allowed)
        for row in self.child_rows:
            row.allow_health_notes(allowed)

    def add_child_row(self) -> ChildRow:
        row = ChildRow(self.counter, self.errors, len(self.child_rows))
        row.allow_health_notes(self.sensitive.isChecked())
        row.remove.clicked.connect(lambda: self._remove_child(row))
        self.child_rows.append(row)
        self.children_layout.insertWidget(self.children_layout.count() - 1, row)
        row.name.setFocus()
        return row

    def _remove_child(self, row: ChildRow) -> None:
        index = self.child_rows.index(row)
        self.child_rows.pop(index)
        row.hide()
        row.deleteLater()
        self._rebind_children()
        self.add_child_button.setFocus()

    def _rebind_children(self) -> None:
        for index, row in enumerate(self.child_rows):
            prefix = f"children[{index}]"
            row.birth_month.field = f"{prefix}.birth_month"
            for name, widget in (
                ("name", row.name),
                ("birth_month", row.birth_month),
                ("notes", row.notes),
                ("health_notes", row.health),
            ):
                self.errors.bind(f"{prefix}.{name}", widget, row.error)

    def submit(self) -> int:
        phones: list[PhoneInput] = []
        roles: list[PhoneRole] = []
        for role, edit in self.phones.items():
            if edit.text().strip() or role is PhoneRole.PRIMARY:
                phones.append(PhoneInput(role, edit.text()))
                roles.append(role)
        # Rows left completely empty are not children.
        children = tuple(
            r.value()
            for r in self.child_rows
            if r.name.text().strip() or r.notes.text().strip() or r.health.text().strip()
        )
        new = NewCustomer(
            name=self.name.text(),
            phones=tuple(phones),
            address=self.address.value(),
            consent=ConsentInput(
                personal_data=self.personal_data.isChecked(),
                marketing=self.marketing.isChecked(),
                given_on=date_of(self.given_on),
                method=ConsentMethod(self.method.currentData()),
                notice_version=CURRENT_NOTICE_VERSION,
                sensitive=self.sensitive.isChecked(),
            ),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            children=children,
        )
        try:
            return register_customer(self.counter.db, staff_id=self.counter.staff.id, now=self.counter.now(), new=new)
        except ValidationError as error:
            raise ValidationError(*(_phone_field_by_role(p, roles) for p in error.problems)) from None


def _phone_field_by_role(problem: FieldProblem, roles: list[PhoneRole]) -> FieldProblem:
    """``phones[1].number`` is the spouse's field when the spouse's number was the second one typed."""
    if problem.field.startswith("phones[") and "]" in problem.field:
        index = int(problem.field[len("phones[") : problem.field.index("]")])
        if 0 <= index < len(roles):
            return dataclasses.replace(problem, field=f"phone.{roles[index].value}")
    return problem


class EditCustomerDialog(ServiceDialog):
    """고객 정보 수정: name, email, notes, and children to add. Contacts change through their own dialogs."""

    def __init__(self, counter: Counter, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Edit customer {number}").format(number=card.number), parent)
        self.card = card
        self.name = QLineEdit(card.name)
        self.errors.add_row(self.form, self.tr("Guardian's name"), self.name, "name")
        self.email = QLineEdit(card.email or "")
        self.email.setMaxLength(EMAIL_MAX)
        self.errors.add_row(self.form, self.tr("Email"), self.email, "email")
        self.depositor_name = QLineEdit(card.depositor_name or "")
        self.depositor_name.setMaxLength(DEPOSITOR_NAME_MAX)
        # Empty: their transfers come under the customer's own name.
        self.depositor_name.setPlaceholderText(self.tr("{name} (the customer's name)").format(name=card.name))
        self.depositor_name.setToolTip(
            self.tr("The name their bank transfers come under, often a parent's or the child's name")
        )
        self.errors.add_row(self.form, self.tr("Depositor name"), self.depositor_name, "depositor_name")
        self.notes = QPlainTextEdit(card.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.errors.add_row(self.form, self.tr("Notes"), self.notes, "notes")
        granted = next((c.granted for c in card.consents if c.kind is ConsentKind.MARKETING), False)
        self.marketing = QCheckBox(self.tr("Agrees to receive news and offers (optional)"))
        self.marketing.setChecked(granted)
        self.marketing_method = QComboBox()
        for method in ConsentMethod:
            self.marketing_method.addItem(method_name(method), method)
        self.marketing_method.setCurrentIndex(list(ConsentMethod).index(ConsentMethod.VERBAL))
        self.night_granted = next((c.granted for c in card.consents if c.kind is ConsentKind.NIGHT_ADS), False)
        self.night_ads = QCheckBox(self.tr("Agrees to advertising at night, 21:00 to 08:00 (optional)"))
        self.night_ads.setChecked(self.night_granted)
        self.sensitive_granted = next((c.granted for c in card.consents if c.kind is ConsentKind.SENSITIVE), False)
        self.sensitive = QCheckBox(self.tr("Agrees to sensitive data: allergies, health (optional)"))
        self.sensitive.setChecked(self.sensitive_granted)
        self.form.addRow(
            self.tr("Optional consents"),
            consent_notice_view((ConsentKind.MARKETING, ConsentKind.NIGHT_ADS, ConsentKind.SENSITIVE)),
        )
        self.form.addRow(self.tr("Marketing consent"), self.marketing)
        self.form.addRow(self.tr("Night-time advertising"), self.night_ads)
        self.form.addRow(self.tr("Sensitive-data consent"), self.sensitive)
        self.form.addRow(self.tr("If changed, given"), self.marketing_method)
        children_box = QGroupBox(self.tr("Children"))
        self.children_layout = QVBoxLayout(children_box)
        for child in card.children:
            self.children_layout.addWidget(QLabel(f"{child.name} ({child.birth_month:%Y-%m})"))
        self.new_child = ChildRow(counter, self.errors, 0)
        self.new_child.remove.hide()
        self.children_layout.addWidget(QLabel(self.tr("Add a child (leave empty for none):")))
        self.children_layout.addWidget(self.new_child)
        self.health_hint = health_hint_label()
        self.children_layout.addWidget(self.health_hint)
        self.sensitive.toggled.connect(self._allow_health_notes)
        self._allow_health_notes(self.sensitive_granted)
        self.form.addRow(children_box)
        self.name.setFocus()

    def _allow_health_notes(self, allowed: bool) -> None:
        show_health_hint(self.health_hint, allowed=allowed)
        self.new_child.allow_health_notes(allowed)
        if self.sensitive_granted and not allowed and any(child.health_notes for child in self.card.children):
            # Withdrawing the consent destroys what it allowed: say so before the clerk saves.
            self.health_hint.setText(
                self.tr("Saving withdraws the consent and erases the children's allergy and health notes.")
            )

    def submit(self) -> int:
        typed = self.new_child.name.text().strip() or self.new_child.health.text().strip()
        child = self.new_child.value() if typed else None
        update_customer_details(
            self.counter.db,
            staff_id=self.counter.staff.id,
            now=self.counter.now(),
            customer_id=self.card.id,
            expected_version=self.card.version,
            name=self.name.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            depositor_name=self.depositor_name.text(),
            new_children=(child,) if child else (),
            marketing=(self.marketing.isChecked(), ConsentMethod(self.marketing_method.currentData())),
            # Only a changed answer is recorded: an old customer never asked is not recorded as refusing.
            sensitive=(
                (self.sensitive.isChecked(), ConsentMethod(self.marketing_method.currentData()))
                if self.sensitive.isChecked() != self.sensitive_granted
                else None
            ),
            night_ads=(
                (self.night_ads.isChecked(), ConsentMethod(self.marketing_method.currentData()))
                if self.night_ads.isChecked() != self.night_granted
                else None
            ),
        )
        return self.card.id
