"""자녀 정보 정정: a child's name, birth month or notes (and allergy notes, under the sensitive-data consent) recorded
wrong are corrected with the reason; the wrong record is kept (voided), as a contact correction keeps the wrong
entry."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from toysub_desktop.domain.contacts import ConsentKind
from toysub_desktop.domain.person import NAME_MAX, check_birth_month
from toysub_desktop.domain.privacy import HEALTH_NOTES_MAX
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.services.customers import CHILD_NOTES_LIMIT, correct_child
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.services.views import ChildView, CustomerCard
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.customer_dialogs import health_notes_hint
from toysub_desktop.ui.forms import WARNING_STYLE, date_edit, date_of


class CorrectChildDialog(ServiceDialog):
    """Returns the id of the corrected child's new record."""

    def __init__(self, counter: Counter, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Correct a child's details: {name}").format(name=card.name), parent)
        self.card = card
        self.add_intro(
            self.tr(
                "Fix what was recorded wrong. The wrong record is kept in the history with your reason; toys still "
                "out and reservations follow the child."
            )
        )
        self.child: ChoiceBox[ChildView] = ChoiceBox()
        for child in card.children:
            self.child.add(f"{child.name} ({child.birth_month:%Y-%m})", child)
        self.errors.add_row(self.form, self.tr("&Child"), self.child, "child")
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.errors.add_row(self.form, self.tr("&Name"), self.name, "children[0].name")
        today = counter.today()
        self.birth_month = date_edit(
            today, today=today, field="children[0].birth_month", rule=check_birth_month, month_only=True
        )
        self.errors.add_row(self.form, self.tr("&Birth month"), self.birth_month, "children[0].birth_month")
        self.notes = QLineEdit()
        self.notes.setMaxLength(CHILD_NOTES_LIMIT)
        self.errors.add_row(self.form, self.tr("N&otes"), self.notes, "children[0].notes")
        # Allergies and health: corrected like the rest, but only while the sensitive-data consent stands.
        self.consented = any(c.kind is ConsentKind.SENSITIVE and c.granted for c in card.consents)
        self.health = QLineEdit()
        self.health.setMaxLength(HEALTH_NOTES_MAX)
        self.health.setEnabled(self.consented)
        health_message = self.errors.add_row(
            self.form, self.tr("&Allergies, health"), self.health, "children[0].health_notes"
        )
        if not self.consented:
            hint = QLabel(health_notes_hint(False))
            hint.setWordWrap(True)
            hint.setStyleSheet(WARNING_STYLE)
            self.errors.add_hint(health_message, hint)
        self.reason = QLineEdit()
        self.reason.setMaxLength(NOTE_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. birth month typed wrong at registration"))
        self.errors.add_row(self.form, self.tr("&What was wrong"), self.reason, "reason")
        self.child.currentIndexChanged.connect(self._fill)
        self._fill()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # the reason's hint and messages read whole
        self.name.setFocus()

    def _fill(self) -> None:
        child = self.child.value()
        if child is None:
            return
        self.name.setText(child.name)
        self.birth_month.set_date(child.birth_month)
        self.notes.setText(child.notes)
        self.health.setText(child.health_notes)

    def submit(self) -> int:
        child = self.child.value()
        assert child is not None  # the action is offered only for a customer with children
        month = date_of(self.birth_month)
        return correct_child(
            self.counter.db,
            staff_id=self.counter.staff.id,
            customer_id=self.card.id,
            child_id=child.id,
            expected_version=child.version,
            child=ChildInput(
                self.name.text(),
                month.year,
                month.month,
                self.notes.text(),
                # Without the consent the record has no health notes to correct: they stay as they are.
                self.health.text() if self.consented else None,
            ),
            reason=self.reason.text(),
            now=self.counter.now(),
        )
